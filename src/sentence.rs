//! Sentence splitting over the token stream.

use crate::span::Span;
use crate::tokenize::{tokenize, Token, TokenKind, Tokens};

/// Splits `text` into sentences, lazily, as byte spans.
///
/// A sentence ends at ".", "!", "?" or "…" (with any closing quotes or
/// brackets after it) when the next token opens a new sentence: a capitalised
/// word, a number or an opening quote. A line break always ends a sentence,
/// because news text puts headlines, datelines and paragraphs on lines of
/// their own. Periods inside abbreviations, initials, numbers, dates and URLs
/// never end one, and neither does a quotation that the sentence continues
/// (“Sudah siap!” kata Delis.).
///
/// ```
/// let text = "Bupati Morut Dr. dr. Delis Julkarson Hehi, MARS hadir. “Kami siap!” kata dia.\nBaca juga: Rapat";
/// let sentences: Vec<&str> = warta::sentences(text).map(|s| &text[s]).collect();
/// assert_eq!(sentences, [
///     "Bupati Morut Dr. dr. Delis Julkarson Hehi, MARS hadir.",
///     "“Kami siap!” kata dia.",
///     "Baca juga: Rapat",
/// ]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences {
        text,
        tokens: tokenize(text),
        lookahead: None,
    }
}

/// Iterator over sentence spans, made by [`sentences`].
#[derive(Clone, Debug)]
pub struct Sentences<'t> {
    text: &'t str,
    tokens: Tokens<'t>,
    lookahead: Option<Token<'t>>,
}

/// Sentence spans of already-made tokens, and the sentence of each token
/// (the reference for [`SentenceStream`], which the analyzer uses);
/// `newline_before[i]` tells whether a line break precedes token `i`. Gives
/// the same sentences as [`sentences`], by index instead of by iterator, so
/// the analyzer tokenizes once and copies no token.
#[cfg(test)]
pub(crate) fn sentence_index(
    tokens: &[Token<'_>],
    newline_before: &[bool],
) -> (Vec<Span>, Vec<u32>) {
    let n = tokens.len();
    let mut spans: Vec<Span> = Vec::new();
    let mut of_token: Vec<u32> = Vec::with_capacity(n);
    if n == 0 {
        return (spans, of_token);
    }
    let mut close = |start: usize, end: usize| {
        let id = spans.len() as u32;
        spans.push(Span::new(
            tokens[start].span.start,
            tokens[end - 1].span.end,
        ));
        of_token.resize(end, id);
    };
    // `i` is the last token taken into the sentence that starts at `start`.
    let (mut start, mut i) = (0, 0);
    loop {
        if is_terminal(&tokens[i]) {
            // Take closing quotes, brackets and further terminals along.
            let mut j = i + 1;
            while j < n && (is_closer(&tokens[j]) || is_terminal(&tokens[j])) && !newline_before[j]
            {
                j += 1;
            }
            if j == n {
                close(start, n);
                break;
            }
            if opens_sentence(&tokens[j]) || newline_before[j] {
                close(start, j);
                start = j;
            }
            i = j;
            continue;
        }
        let k = i + 1;
        if k == n {
            close(start, n);
            break;
        }
        if newline_before[k] {
            close(start, k);
            start = k;
        }
        i = k;
    }
    (spans, of_token)
}

/// Sentence spans found token by token, so that the analyzer's document
/// pass splits sentences in the loop that tokenizes: the same sentences as
/// [`sentences`] (a unit test compares them with the two-pass
/// `sentence_index`).
///
/// A sentence ends before a token that follows a line break, or that opens
/// a sentence right after a run of a terminal and closing quotes, brackets
/// or further terminals.
#[derive(Default)]
pub(crate) struct SentenceStream {
    spans: Vec<Span>,
    /// Whether a token was taken.
    started: bool,
    /// Byte offset where the current sentence starts.
    start: usize,
    /// End of the last token.
    last_end: usize,
    /// Whether the last token ends a run of a terminal and its closers.
    in_run: bool,
}

impl SentenceStream {
    /// A stream that fills `spans` (emptied first), reusing its memory.
    /// The sentence of a token is not kept: [`sentence_containing`] finds
    /// it in the spans.
    pub fn with_buffer(mut spans: Vec<Span>) -> SentenceStream {
        spans.clear();
        SentenceStream {
            spans,
            ..SentenceStream::default()
        }
    }

    /// Takes the next token; `newline_before` tells whether a line break
    /// precedes it.
    #[inline]
    pub fn push(&mut self, t: &Token<'_>, newline_before: bool) {
        // Most tokens are words: neither terminals nor closers, so they
        // end any run.
        if t.kind == TokenKind::Word && self.started {
            if newline_before || self.in_run && opens_sentence(t) {
                self.spans.push(Span::new(self.start, self.last_end));
                self.start = t.span.start;
            }
            self.in_run = false;
            self.last_end = t.span.end;
            return;
        }
        let terminal = is_terminal(t);
        if !self.started {
            self.started = true;
            self.start = t.span.start;
        } else {
            let run_ends = self.in_run && !terminal && !is_closer(t) && opens_sentence(t);
            if newline_before || run_ends {
                self.spans.push(Span::new(self.start, self.last_end));
                self.start = t.span.start;
            }
        }
        self.in_run = terminal || self.in_run && !newline_before && is_closer(t);
        self.last_end = t.span.end;
    }

    /// The sentence spans.
    pub fn finish(mut self) -> Vec<Span> {
        if self.started {
            self.spans.push(Span::new(self.start, self.last_end));
        }
        self.spans
    }
}

/// The index of the sentence of `spans` (the sentences of a text, in
/// order) that holds a token starting at byte `start`: sentences cover
/// their tokens whole and follow each other, so it is the number of
/// sentences that end at or before `start`.
#[inline]
pub(crate) fn sentence_containing(spans: &[Span], start: usize) -> usize {
    spans.partition_point(|s| s.end <= start)
}

/// Whether a token can end a sentence.
#[inline]
fn is_terminal(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punctuation && matches!(t.text, "." | "!" | "?" | "…" | "..." | "....")
}

/// Closing quotes and brackets that stay with the sentence they close.
#[inline]
fn is_closer(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punctuation && matches!(t.text, "”" | "’" | "\"" | "'" | ")" | "]" | "»")
}

/// Whether a token may start a new sentence after a terminal.
#[inline]
fn opens_sentence(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::Word | TokenKind::Abbreviation => {
            !t.text.starts_with(|c: char| c.is_lowercase())
        }
        TokenKind::Punctuation => {
            matches!(t.text, "“" | "‘" | "\"" | "(" | "[" | "«" | "-" | "–" | "—")
        }
        TokenKind::Url | TokenKind::Email => false,
        _ => true,
    }
}

impl<'t> Sentences<'t> {
    #[inline]
    fn next_token(&mut self) -> Option<Token<'t>> {
        self.lookahead.take().or_else(|| self.tokens.next())
    }

    /// Whether the text between two tokens holds a line break.
    #[inline]
    fn line_break_between(&self, prev_end: usize, next_start: usize) -> bool {
        self.text.as_bytes()[prev_end..next_start].contains(&b'\n')
    }
}

impl<'t> Iterator for Sentences<'t> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let first = self.next_token()?;
        let start = first.span.start;
        let mut end = first.span.end;
        let mut last = first;
        loop {
            if is_terminal(&last) {
                // Take closing quotes, brackets and further terminals along.
                let mut next = self.tokens.next();
                while let Some(t) = next {
                    if (is_closer(&t) || is_terminal(&t))
                        && !self.line_break_between(end, t.span.start)
                    {
                        end = t.span.end;
                        next = self.tokens.next();
                    } else {
                        break;
                    }
                }
                match next {
                    None => return Some(Span::new(start, end)),
                    Some(t) => {
                        if opens_sentence(&t) || self.line_break_between(end, t.span.start) {
                            self.lookahead = Some(t);
                            return Some(Span::new(start, end));
                        }
                        end = t.span.end;
                        last = t;
                        continue;
                    }
                }
            }
            match self.next_token() {
                None => return Some(Span::new(start, end)),
                Some(t) => {
                    if self.line_break_between(end, t.span.start) {
                        self.lookahead = Some(t);
                        return Some(Span::new(start, end));
                    }
                    end = t.span.end;
                    last = t;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass stream and the two-pass index give the same sentences
    /// on news text and on random mixes of terminals, closers, openers and
    /// line breaks.
    #[test]
    fn stream_agrees_with_index() {
        let check = |text: &str| {
            let tokens: Vec<Token<'_>> = tokenize(text).collect();
            let mut newline_before = Vec::new();
            let mut prev_end = 0;
            for t in &tokens {
                newline_before.push(prev_end > 0 && text[prev_end..t.span.start].contains('\n'));
                prev_end = t.span.end;
            }
            let mut stream = SentenceStream::with_buffer(Vec::new());
            for (t, &nl) in tokens.iter().zip(&newline_before) {
                stream.push(t, nl);
            }
            let spans = stream.finish();
            let of_token: Vec<u32> = tokens
                .iter()
                .map(|t| sentence_containing(&spans, t.span.start) as u32)
                .collect();
            assert_eq!(
                (spans, of_token),
                sentence_index(&tokens, &newline_before),
                "{text:?}"
            );
        };
        for text in [
            include_str!("../benches/texts/news-sentences.txt"),
            include_str!("../examples/data/morowali.txt"),
            include_str!("../examples/data/palu.txt"),
            include_str!("../examples/data/makassar.txt"),
            "",
            "\n\n",
            ".",
            "Satu.” Dua",
        ] {
            check(text);
        }
        let pieces = [
            "Kata", "kata", ".", "!", "?", "…", "...", "”", ")", "“", "(", "-", "\n", " ", "12",
            "www.a.id", "Dr.", "é", "'",
        ];
        let mut state: u64 = 0x1234_5678;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..12 {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
                if state >> 62 != 0 {
                    text.push(' ');
                }
            }
            check(&text);
        }
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text).map(|s| &text[s]).collect()
    }

    #[test]
    fn splits_at_sentence_ends() {
        assert_eq!(
            split("Satu dua. Tiga empat! Lima?"),
            ["Satu dua.", "Tiga empat!", "Lima?"]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            split("Bupati Morut Dr. dr. Delis Julkarson Hehi, MARS hadir. Wagub Reny A. Lamadjido juga."),
            [
                "Bupati Morut Dr. dr. Delis Julkarson Hehi, MARS hadir.",
                "Wagub Reny A. Lamadjido juga."
            ]
        );
        assert_eq!(
            split("Kades H. Umar, S.Pd. menyambut."),
            ["Kades H. Umar, S.Pd. menyambut."]
        );
    }

    #[test]
    fn numbers_dates_and_urls_do_not_split() {
        assert_eq!(
            split(
                "Dana Rp1.250.000.000 cair pada 19/6/2025 pukul 20.58. Lihat www.x.go.id. Selesai."
            ),
            [
                "Dana Rp1.250.000.000 cair pada 19/6/2025 pukul 20.58.",
                "Lihat www.x.go.id.",
                "Selesai."
            ]
        );
    }

    #[test]
    fn quotations_that_continue_stay_whole() {
        assert_eq!(
            split("“Jangan menunggu. Segera bekerja!” tegas Delis. Ia pergi."),
            [
                "“Jangan menunggu.",
                "Segera bekerja!” tegas Delis.",
                "Ia pergi."
            ]
        );
        assert_eq!(split("“Kami siap,” kata dia."), ["“Kami siap,” kata dia."]);
        assert_eq!(
            split("Ia berkata: “Siap.” Lalu pergi."),
            ["Ia berkata: “Siap.”", "Lalu pergi."]
        );
    }

    #[test]
    fn line_breaks_split() {
        assert_eq!(
            split("Judul Berita Tanpa Titik\nPALU – Isi berita.\n\nParagraf dua"),
            [
                "Judul Berita Tanpa Titik",
                "PALU – Isi berita.",
                "Paragraf dua"
            ]
        );
    }

    #[test]
    fn lowercase_after_period_continues() {
        assert_eq!(
            split("pada pukul 10. kemudian"),
            ["pada pukul 10. kemudian"]
        );
    }

    #[test]
    fn empty_input() {
        assert_eq!(sentences("").count(), 0);
        assert_eq!(sentences("   \n ").count(), 0);
    }
}
