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

/// Sentence spans of already-made tokens, and the sentence of each token;
/// `newline_before[i]` tells whether a line break precedes token `i`. Gives
/// the same sentences as [`sentences`], by index instead of by iterator, so
/// the analyzer tokenizes once and copies no token.
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
