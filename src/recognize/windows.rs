//! Long texts are analysed in windows, so that the per-token buffers of the
//! recogniser (about 15 bytes of working memory per byte of text) are held
//! for one window at a time and a document's peak memory is close to what
//! its results need.
//!
//! A window ends at a line break: tokens, sentences and headlines are
//! line-local, so they come out exactly as for the whole text. What a
//! window does not see is the text before it: a bare surname or a repeated
//! place more than a window after its first mention is not linked to it.

use crate::span::Span;

/// Texts up to this many bytes are analysed whole; longer ones in windows
/// of about this size. News articles are a few kilobytes; a window holds
/// hundreds of them.
pub(crate) const WINDOW_BYTES: usize = 1 << 20;

/// Splits `text` into consecutive pieces of at most about `size` bytes
/// that end at a paragraph break (a blank line) where one lies in the
/// second half of the piece, else at a line break, else at a space; a text
/// with none of these is cut at a character boundary. The pieces cover the
/// text exactly; each comes with its byte offset.
pub(crate) fn windows(text: &str, size: usize) -> impl Iterator<Item = (usize, &str)> {
    let size = size.max(8);
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = if text.len() - start <= size {
            text.len()
        } else {
            cut_point(text, start, start + size)
        };
        let piece = (start, &text[start..end]);
        start = end;
        Some(piece)
    })
}

/// Where to end the window `start..limit`: after the last paragraph break,
/// line break or space in its second half, else at the last character
/// boundary before `limit`.
fn cut_point(text: &str, start: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let half = start + (limit - start) / 2;
    let tail = &bytes[half..limit];
    let after = |i: usize| half + i + 1;
    if let Some(i) = tail.windows(2).rposition(|w| w == b"\n\n") {
        return after(i + 1);
    }
    if let Some(i) = tail.iter().rposition(|&b| b == b'\n') {
        return after(i);
    }
    if let Some(i) = tail.iter().rposition(|&b| b == b' ') {
        return after(i);
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// `span` moved `by` bytes later.
#[inline]
pub(crate) fn shifted(span: Span, by: usize) -> Span {
    Span::new(span.start + by, span.end + by)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str, size: usize) -> Vec<(usize, &str)> {
        windows(text, size).collect()
    }

    #[test]
    fn pieces_cover_the_text_in_order() {
        let text = "Satu dua tiga.\n\nEmpat lima.\nEnam tujuh delapan sembilan sepuluh.";
        for size in [8, 10, 16, 20, 33, 1000] {
            let p = pieces(text, size);
            let mut at = 0;
            for (offset, piece) in &p {
                assert_eq!(*offset, at);
                assert!(!piece.is_empty());
                at += piece.len();
            }
            assert_eq!(at, text.len(), "size {size}");
            assert_eq!(p.iter().map(|(_, s)| *s).collect::<String>(), text);
        }
    }

    #[test]
    fn a_window_ends_at_a_paragraph_break_before_a_line_break() {
        let text = "aaaa aaaa\n\nbbbb\ncccc dddd eeee";
        assert_eq!(pieces(text, 16)[0].1, "aaaa aaaa\n\n");
        let text = "aaaa aaaa\nbbbb cccc dddd eeee";
        assert_eq!(pieces(text, 16)[0].1, "aaaa aaaa\n");
    }

    /// With windows of 4 KiB and articles of about 3 KB with blank lines
    /// only between them, each window holds one article: each gives what
    /// it gives alone, though the text before it names places and people
    /// that a whole-text analysis would carry over (a bare "Pemprov" after
    /// Makassar news reads as Sulawesi Selatan's).
    #[test]
    fn no_state_crosses_a_window() {
        let articles = [
            include_str!("../../examples/data/morowali.txt"),
            include_str!("../../examples/data/palu.txt"),
            include_str!("../../examples/data/makassar.txt"),
        ]
        .map(|a| a.trim_end().replace("\n\n", "\n"));
        let mut text = String::new();
        let mut placed = Vec::new();
        for article in articles.iter().cycle().take(7) {
            assert!((2049..4090).contains(&article.len()));
            placed.push((text.len(), article.as_str()));
            text.push_str(article);
            text.push_str("\n\n");
        }
        let analyzer = crate::Analyzer::new();
        let windowed = analyzer.analyze_in_windows(&text, 4096, false).entities;
        let whole = analyzer
            .analyze_in_windows(&text, usize::MAX, false)
            .entities;
        assert_ne!(windowed, whole, "the whole text carries state over");
        for (offset, article) in placed {
            let end = offset + article.len();
            let inside: Vec<_> = windowed
                .iter()
                .filter(|e| e.span.start >= offset && e.span.end <= end)
                .map(|e| (e.span.start - offset, e.span.end - offset, e.text, &e.info))
                .collect();
            let alone = analyzer.entities(article);
            let alone: Vec<_> = alone
                .iter()
                .map(|e| (e.span.start, e.span.end, e.text, &e.info))
                .collect();
            assert_eq!(inside.len(), alone.len(), "article at byte {offset}");
            // Person identifiers are the document's: compare them from the
            // article's first.
            let first_person = |infos: &mut dyn Iterator<Item = &crate::EntityInfo>| {
                infos
                    .filter_map(|info| info.official().map(|o| o.person))
                    .min()
                    .unwrap_or(0)
            };
            let (base_inside, base_alone) = (
                first_person(&mut inside.iter().map(|e| e.3)),
                first_person(&mut alone.iter().map(|e| e.3)),
            );
            for (a, b) in inside.iter().zip(&alone) {
                assert_eq!((a.0, a.1, a.2), (b.0, b.1, b.2));
                match (a.3, b.3) {
                    (crate::EntityInfo::Official(x), crate::EntityInfo::Official(y)) => {
                        assert_eq!(x.title, y.title);
                        let back = |s: Span| Span::new(s.start - offset, s.end - offset);
                        assert_eq!(x.title_span.map(back), y.title_span);
                        assert_eq!(x.person - base_inside, y.person - base_alone);
                        assert_eq!(x.coref, y.coref);
                    }
                    (x, y) => assert_eq!(x, y),
                }
            }
        }
    }

    #[test]
    fn small_windows_keep_every_span_on_the_text() {
        let analyzer = crate::Analyzer::new();
        let texts = [
            "Bupati Morowali Utara Delis Julkarson Hehi dan Kapolres Morut AKBP Reza hadir di Desa Bente.\n".repeat(5),
            "é日本".repeat(40),
            "\n".repeat(100),
            "Gubernur Sulteng, Gubernur Sulteng, Gubernur Sulteng ".repeat(10),
        ];
        for text in &texts {
            for size in [8, 13, 40, 97] {
                let analysis = analyzer.analyze_in_windows(text, size, true);
                for e in &analysis.entities {
                    assert_eq!(&text[e.span], e.text);
                }
                for t in &analysis.tokens {
                    assert_eq!(&text[t.span], t.text);
                }
                assert!(analysis
                    .sentences
                    .iter()
                    .all(|s| text.get(s.start..s.end).is_some()));
            }
        }
    }

    #[test]
    fn text_without_breaks_is_cut_at_a_char_boundary() {
        let text = "é".repeat(50);
        for size in [8, 9, 15] {
            let p = pieces(&text, size);
            assert!(p.iter().all(|(_, s)| s.len() <= size));
            assert_eq!(p.iter().map(|(_, s)| *s).collect::<String>(), text);
        }
    }
}
