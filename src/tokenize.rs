//! Indonesian-aware tokenizer with byte offsets.
//!
//! The tokenizer walks ASCII text with a byte-class table and only decodes
//! characters where a byte is non-ASCII. Words in scripts written without
//! spaces are handed to `unicode-segmentation` (UAX #29), so "北京市政府" still
//! splits into words while "Désa" stays whole.

use std::borrow::Cow;

use serde::Serialize;
use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

use crate::span::Span;

/// What a [`Token`] is.
///
/// ```
/// use warta::{tokenize, TokenKind};
/// let kinds: Vec<TokenKind> = tokenize("Rp1.250.000 pada 19/6/2025").map(|t| t.kind).collect();
/// assert_eq!(kinds, [TokenKind::Money, TokenKind::Word, TokenKind::Date]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens or apostrophes: "kupu-kupu", "Sa'dan", "ke-12".
    Word,
    /// A word with its period(s): "Dr.", "S.Pd.", "Kec.", an initial "A.".
    Abbreviation,
    /// Digits with Indonesian grouping and decimals: "1.250.000", "71,64", "2006-2011".
    Number,
    /// A numeric date: "19/6/2025".
    Date,
    /// A clock time written with a colon: "20:58".
    Time,
    /// A currency with its amount: "Rp1.250.000.000".
    Money,
    /// A URL or a bare domain name: "https://…", "GLOBALSULTENG.COM".
    Url,
    /// An e-mail address.
    Email,
    /// Punctuation: ".", ",", "(", "“", "–", "…".
    Punctuation,
    /// Any other symbol: "%", "+", "©", an emoji.
    Symbol,
}

impl TokenKind {
    /// The kind's name as used in JSON output: "word", "abbreviation", "number", …
    ///
    /// ```
    /// assert_eq!(warta::TokenKind::Punctuation.as_str(), "punctuation");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Abbreviation => "abbreviation",
            TokenKind::Number => "number",
            TokenKind::Date => "date",
            TokenKind::Time => "time",
            TokenKind::Money => "money",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Punctuation => "punctuation",
            TokenKind::Symbol => "symbol",
        }
    }
}

/// One token: a slice of the input, its byte span and its kind.
///
/// ```
/// let t = warta::tokenize("Tojo Una-Una").nth(1).unwrap();
/// assert_eq!(t.text, "Una-Una");
/// assert_eq!((t.span.start, t.span.end), (5, 12));
/// assert!(t.is_capitalized());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Token<'t> {
    /// The token's text, borrowed from the input.
    pub text: &'t str,
    /// Where the token lies in the input (UTF-8 byte offsets).
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

impl<'t> Token<'t> {
    /// Whether the first character is an uppercase letter ("Bupati", "MOROWALI").
    ///
    /// ```
    /// let t = warta::tokenize("Palu").next().unwrap();
    /// assert!(t.is_capitalized());
    /// ```
    #[inline]
    pub fn is_capitalized(&self) -> bool {
        match self.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            Some(_) => self.text.chars().next().is_some_and(char::is_uppercase),
            None => false,
        }
    }

    /// Whether the token has letters and none of them is lowercase ("DPRD", "S.H.").
    ///
    /// ```
    /// let mut tokens = warta::tokenize("PALU Palu");
    /// assert!(tokens.next().unwrap().is_all_caps());
    /// assert!(!tokens.next().unwrap().is_all_caps());
    /// ```
    #[inline]
    pub fn is_all_caps(&self) -> bool {
        let mut letters = false;
        // One pass over ASCII bytes: most words fail at their second
        // letter; the first non-ASCII byte sends the word to the pass over
        // characters.
        for &b in self.text.as_bytes() {
            if b >= 0x80 {
                return self.is_all_caps_unicode();
            }
            if b.is_ascii_lowercase() {
                return false;
            }
            letters |= b.is_ascii_uppercase();
        }
        letters
    }

    fn is_all_caps_unicode(&self) -> bool {
        let mut letters = false;
        for c in self.text.chars() {
            if c.is_lowercase() {
                return false;
            }
            letters |= c.is_uppercase();
        }
        letters
    }

    /// Whether the token contains an ASCII digit.
    ///
    /// ```
    /// let t = warta::tokenize("G20").next().unwrap();
    /// assert!(t.has_digit());
    /// ```
    #[inline]
    pub fn has_digit(&self) -> bool {
        self.text.bytes().any(|b| b.is_ascii_digit())
    }

    /// Whether the token is a word or abbreviation (it has letters).
    ///
    /// ```
    /// let t = warta::tokenize("Kec.").next().unwrap();
    /// assert!(t.is_wordlike());
    /// ```
    #[inline]
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Abbreviation)
    }

    /// The case-folded form; borrowed when the token has no uppercase letter.
    ///
    /// ```
    /// let t = warta::tokenize("MOROWALI").next().unwrap();
    /// assert_eq!(t.folded(), "morowali");
    /// ```
    pub fn folded(&self) -> Cow<'t, str> {
        if self.text.is_ascii() {
            if self.text.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(self.text.to_ascii_lowercase())
            } else {
                Cow::Borrowed(self.text)
            }
        } else if self.text.chars().any(char::is_uppercase) {
            Cow::Owned(self.text.to_lowercase())
        } else {
            Cow::Borrowed(self.text)
        }
    }

    /// Case-insensitive (ASCII) comparison with `word`, without allocating.
    ///
    /// ```
    /// let t = warta::tokenize("KABUPATEN").next().unwrap();
    /// assert!(t.eq_folded("Kabupaten"));
    /// ```
    #[inline]
    pub fn eq_folded(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    /// For a [`TokenKind::Money`] token, the currency and the amount as written.
    ///
    /// ```
    /// let t = warta::tokenize("Rp1.250.000.000").next().unwrap();
    /// assert_eq!(t.currency_amount(), Some(("Rp", "1.250.000.000")));
    /// ```
    pub fn currency_amount(&self) -> Option<(&'t str, &'t str)> {
        if self.kind != TokenKind::Money {
            return None;
        }
        let split = self.text.find(|c: char| c.is_ascii_digit())?;
        let currency = self.text[..split].trim_end_matches('.');
        Some((currency, &self.text[split..]))
    }
}

/// Level words that news glues to the capitalised name after them
/// ("KabupatenKupang"); the short ones ("Kota", "Desa") start too many
/// names to split.
const GLUED_LEVEL_WORDS: &[&str] = &["Kabupaten", "Kecamatan", "Kelurahan", "Provinsi"];

/// Splits `text` into tokens, lazily.
///
/// Whitespace is skipped; every other character belongs to exactly one token,
/// and tokens come in text order without overlapping.
///
/// ```
/// let words: Vec<&str> = warta::tokenize("Bupati Morut Dr. dr. Delis Julkarson Hehi, MARS")
///     .map(|t| t.text)
///     .collect();
/// assert_eq!(words, ["Bupati", "Morut", "Dr.", "dr.", "Delis", "Julkarson", "Hehi", ",", "MARS"]);
/// ```
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens {
        text,
        pos: 0,
        pending: None,
        gap: GAP_UNKNOWN,
    }
}

/// Iterator over the [`Token`]s of a text, made by [`tokenize`].
#[derive(Clone)]
pub struct Tokens<'t> {
    text: &'t str,
    pos: usize,
    /// UAX #29 segments still to yield from a word in a script without spaces.
    pending: Option<(usize, UWordBoundIndices<'t>)>,
    /// What the whitespace skipped before the last token held:
    /// [`GAP_SPACES`], [`GAP_NEWLINE`] or [`GAP_UNKNOWN`] (after a token of
    /// a word split into segments).
    gap: u8,
}

/// The gap before the last token held no line break.
const GAP_SPACES: u8 = 0;
/// The gap before the last token held a line break.
const GAP_NEWLINE: u8 = 1;
/// The gap before the last token was not read by `skip_whitespace`.
const GAP_UNKNOWN: u8 = 2;

impl std::fmt::Debug for Tokens<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokens").field("pos", &self.pos).finish()
    }
}

// Byte classes for the ASCII fast path.
const WS: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 3;
const PUNCT: u8 = 4;
const SYMBOL: u8 = 5;
const HIGH: u8 = 6;

static CLASS: [u8; 256] = {
    let mut table = [HIGH; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            WS
        } else if matches!(
            c,
            b'.' | b','
                | b';'
                | b':'
                | b'!'
                | b'?'
                | b'\''
                | b'"'
                | b'('
                | b')'
                | b'['
                | b']'
                | b'{'
                | b'}'
                | b'-'
                | b'/'
        ) {
            PUNCT
        } else {
            SYMBOL
        };
        b += 1;
    }
    table
};

#[inline]
fn class(b: u8) -> u8 {
    CLASS[b as usize]
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = ONES * 0x80;

/// For each byte of `chunk`, 0x80 if it is an ASCII letter, else 0.
/// Folds case with `| 0x20`, then tests 0x60 < x < 0x7B per byte without
/// carries between bytes (the "has between" trick of Sean Anderson's Bit
/// Twiddling Hacks); bytes >= 0x80 are excluded by `!x`.
#[inline(always)]
fn letter_flags(chunk: u64) -> u64 {
    let x = chunk | (ONES * 0x20);
    let low7 = x & (ONES * 0x7F);
    (ONES * (0x7F + 0x7B)).wrapping_sub(low7)
        & !x
        & low7.wrapping_add(ONES * (0x7F - 0x60))
        & HIGH_BITS
}

/// ASCII letters, tested without a memory access.
#[inline(always)]
fn is_ascii_letter(b: u8) -> bool {
    (b | 0x20).wrapping_sub(b'a') < 26
}

/// Bytes after which a run of ASCII letters is certainly a whole word.
static PLAIN_END: [bool; 256] = {
    let mut table = [false; 256];
    let ends = b" \t\n\r,;!?)\"(]";
    let mut k = 0;
    while k < ends.len() {
        table[ends[k] as usize] = true;
        k += 1;
    }
    table
};

/// ASCII letters and digits.
#[inline(always)]
fn is_ascii_alnum(b: u8) -> bool {
    is_ascii_letter(b) || b.wrapping_sub(b'0') < 10
}

/// Combining marks and joiners that continue a word although they are not
/// alphanumeric.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x200C | 0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

/// Whether a non-ASCII character continues a word.
#[inline]
fn is_word_char(c: char) -> bool {
    // General Punctuation (quotes, dashes, ellipsis) is common in news and
    // never part of a word but for the joiners; decide it without the
    // Unicode tables.
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return matches!(c, '\u{200C}' | '\u{200D}');
    }
    c.is_alphanumeric() || is_mark(c)
}

/// Whether a non-ASCII, non-word character is punctuation (rather than a symbol).
fn is_punctuation_char(c: char) -> bool {
    matches!(c as u32,
        0x00A1 | 0x00A7 | 0x00AB | 0x00B6 | 0x00B7 | 0x00BB | 0x00BF | 0x2010..=0x2027
        | 0x2030..=0x205E | 0x2E00..=0x2E7F | 0x3001..=0x3003 | 0x3008..=0x3011
        | 0x3014..=0x301F | 0xFE10..=0xFE19 | 0xFE30..=0xFE4F | 0xFF01..=0xFF0F
        | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF3D | 0xFF5B..=0xFF65)
}

/// Whether a character belongs to a script that UAX #29 should segment
/// (anything beyond Latin, Greek, Cyrillic and their extensions).
#[inline]
fn needs_uax29(c: char) -> bool {
    let u = c as u32;
    u > 0x052F && !(0x1E00..=0x1FFF).contains(&u)
}

/// `word` in ASCII lower case, in `buf`; `None` when longer than `buf`.
fn lowered<'b>(word: &[u8], buf: &'b mut [u8]) -> Option<&'b [u8]> {
    let lowered = buf.get_mut(..word.len())?;
    for (slot, b) in lowered.iter_mut().zip(word) {
        *slot = b.to_ascii_lowercase();
    }
    Some(lowered)
}

/// Honorifics that news glues to the next honorific or name without a
/// space ("Ir.H.", "Dr.Hj.", "Drs.Moh.").
fn is_glueable_honorific(word: &[u8]) -> bool {
    let mut buf = [0u8; 4];
    let Some(word) = lowered(word, &mut buf) else {
        return false;
    };
    matches!(
        word,
        b"dr"
            | b"h"
            | b"drg"
            | b"drh"
            | b"ir"
            | b"hj"
            | b"prof"
            | b"drs"
            | b"dra"
            | b"pdt"
            | b"moh"
            | b"muh"
    )
}

/// Abbreviations that keep their period, compared case-insensitively.
/// A single uppercase letter with a period (an initial) is handled apart.
fn is_known_abbreviation(word: &[u8]) -> bool {
    let mut buf = [0u8; 6];
    let Some(word) = lowered(word, &mut buf) else {
        return false;
    };
    matches!(
        word,
        // honorifics and religious titles
        b"dr" | b"drg" | b"drh" | b"ir" | b"hj" | b"ny" | b"nn" | b"tn" | b"pdt" | b"moh"
            | b"muh" | b"mhd" | b"mochd" | b"prof" | b"drs" | b"dra" | b"kh" | b"ust" | b"sdr"
            | b"sdri" | b"bpk" | b"yth" | b"st" | b"mr" | b"mrs" | b"ms" | b"jr" | b"sr"
            | b"dg" | b"tgk" | b"tgh" | b"abd" | b"moch" | b"ach" | b"hm"
            // ranks and corps
            | b"pol" | b"inf" | b"purn" | b"arh" | b"kav" | b"czi" | b"kol" | b"brig"
            // status words
            | b"plt" | b"plh" | b"pj" | b"pjs"
            // degrees ending in a period
            | b"lc" | b"apt" | b"ns" | b"akt"
            // address, list and document forms
            | b"kec" | b"kab" | b"kel" | b"prov" | b"kep" | b"jl" | b"jln" | b"no" | b"gg"
            | b"rt" | b"rw" | b"dkk" | b"dll" | b"dsb" | b"dst" | b"tsb" | b"tbk"
            | b"hlm" | b"km" | b"vol" | b"ttd" | b"ds" | b"kp"
    )
}

/// Words written before a place's or company's name, which news glues to
/// it with a bare period ("Kab.Sigi", "PT.CSM").
fn is_name_prefix(word: &[u8]) -> bool {
    let mut buf = [0u8; 4];
    let Some(word) = lowered(word, &mut buf) else {
        return false;
    };
    matches!(
        word,
        b"kab" | b"kec" | b"kel" | b"prov" | b"ds" | b"jl" | b"jln" | b"pt" | b"cv"
    )
}

/// Longest e-mail local part (RFC 5321) and domain looked ahead for.
const MAX_EMAIL_LOCAL: usize = 64;
const MAX_DOMAIN: usize = 255;
/// Most period-separated segments an abbreviation or domain has.
const MAX_CHAIN: usize = 8;

/// Top-level domains that make "x.y" a domain name rather than an abbreviation.
fn is_tld(segment: &[u8]) -> bool {
    let mut buf = [0u8; 4];
    if segment.len() > 4 || segment.len() < 2 {
        return false;
    }
    for (slot, b) in buf.iter_mut().zip(segment) {
        *slot = b.to_ascii_lowercase();
    }
    matches!(
        &buf[..segment.len()],
        b"com"
            | b"id"
            | b"net"
            | b"org"
            | b"co"
            | b"go"
            | b"ac"
            | b"or"
            | b"info"
            | b"news"
            | b"tv"
            | b"io"
            | b"biz"
            | b"web"
            | b"sch"
            | b"my"
            | b"desa"
            | b"xyz"
            | b"site"
            | b"asia"
            | b"gov"
            | b"edu"
            | b"uk"
            | b"sg"
            | b"au"
            | b"ly"
            | b"me"
            | b"app"
    )
}

impl<'t> Tokens<'t> {
    #[inline]
    fn bytes(&self) -> &'t [u8] {
        self.text.as_bytes()
    }

    #[inline]
    fn byte_at(&self, i: usize) -> u8 {
        // 0 is a whitespace-class sentinel past the end.
        *self.bytes().get(i).unwrap_or(&0)
    }

    /// The token `start..end` of a plain path, whose first and last bytes
    /// are ASCII (letters, or a word's period): both ends are char
    /// boundaries, so the text is sliced without checking them again (about
    /// 14 instructions a token, a tenth of the tokenizer's work per word).
    #[inline(always)]
    fn ascii_token(&self, start: usize, end: usize, kind: TokenKind) -> Token<'t> {
        let bytes = self.bytes();
        assert!(start < end && end <= bytes.len());
        debug_assert!(bytes[start].is_ascii() && bytes[end - 1].is_ascii());
        // SAFETY: `start < end <= len` (asserted); `bytes[start]` is ASCII,
        // so no character starts before it and goes on there, and
        // `bytes[end - 1]` is ASCII, so a character starts at `end` (or the
        // text ends): both are char boundaries of `text`. The callers'
        // plain paths read ASCII letters from `start` and end after one of
        // them or after a period.
        let text = unsafe { self.text.get_unchecked(start..end) };
        Token {
            text,
            span: Span::new(start, end),
            kind,
        }
    }

    /// Decodes the char at byte `i` (which must be a char boundary).
    #[inline]
    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    /// Whether a word may continue at byte `i` (ASCII alphanumeric or a
    /// non-ASCII word character).
    #[inline]
    fn word_continues_at(&self, i: usize) -> bool {
        let b = self.byte_at(i);
        if b < 0x80 {
            is_ascii_alnum(b)
        } else {
            self.char_at(i).is_some_and(is_word_char)
        }
    }

    /// End of the run of word characters starting at `i`, and whether it held
    /// a character that needs UAX #29 segmentation.
    #[inline(always)]
    fn alnum_run(&self, mut i: usize, needs_segmenting: &mut bool) -> usize {
        let bytes = self.bytes();
        while let Some(&b) = bytes.get(i) {
            if is_ascii_alnum(b) {
                i += 1;
            } else if b < 0x80 {
                return i;
            } else {
                return self.alnum_run_slow(i, needs_segmenting);
            }
        }
        i
    }

    /// [`alnum_run`](Self::alnum_run) from a non-ASCII byte on.
    #[inline(never)]
    fn alnum_run_slow(&self, mut i: usize, needs_segmenting: &mut bool) -> usize {
        let bytes = self.bytes();
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if !is_ascii_alnum(b) {
                    break;
                }
                i += 1;
            } else {
                match self.char_at(i) {
                    Some(c) if is_word_char(c) => {
                        *needs_segmenting |= needs_uax29(c);
                        i += c.len_utf8();
                    }
                    _ => break,
                }
            }
        }
        i
    }

    #[inline]
    fn digit_run(&self, mut i: usize) -> usize {
        let bytes = self.bytes();
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    /// Scans a number starting at a digit; returns its end and kind.
    fn scan_number(&self, start: usize) -> (usize, TokenKind) {
        let mut i = self.digit_run(start);
        let mut kind = TokenKind::Number;
        // Dates: d/m/yyyy (three groups, day and month of one or two digits).
        if self.byte_at(i) == b'/' && i - start <= 2 {
            let m_end = self.digit_run(i + 1);
            if m_end > i + 1 && m_end - (i + 1) <= 2 && self.byte_at(m_end) == b'/' {
                let y_end = self.digit_run(m_end + 1);
                let y_len = y_end - (m_end + 1);
                if (y_len == 2 || y_len == 4) && !self.word_continues_at(y_end) {
                    return (y_end, TokenKind::Date);
                }
            }
        }
        // Clock times: h:mm.
        if self.byte_at(i) == b':' && i - start <= 2 {
            let m_end = self.digit_run(i + 1);
            if m_end - (i + 1) == 2 && !self.word_continues_at(m_end) {
                return (m_end, TokenKind::Time);
            }
        }
        loop {
            match self.byte_at(i) {
                // Thousands groups and decimals: 1.250.000, 71,64, 19.00.
                b'.' | b',' if self.byte_at(i + 1).is_ascii_digit() => {
                    i = self.digit_run(i + 1);
                }
                // Ranges and compounds: 2006-2011, 5-G.
                b'-' if self.word_continues_at(i + 1) => {
                    let mut seg = false;
                    let end = self.alnum_run(i + 1, &mut seg);
                    if !self.bytes()[i + 1..end].iter().all(u8::is_ascii_digit) {
                        kind = TokenKind::Word;
                    }
                    i = end;
                }
                // Digits running into letters: 10km, 2025an, 3D.
                _ if self.word_continues_at(i) => {
                    let mut seg = false;
                    i = self.alnum_run(i, &mut seg);
                    kind = TokenKind::Word;
                }
                _ => return (i, kind),
            }
        }
    }

    /// Whether one to four of the capitals I, V and X start at `at` and end
    /// the word there.
    fn roman_numeral_ends_at(&self, at: usize) -> bool {
        let mut j = at;
        while j < at + 4 && matches!(self.byte_at(j), b'I' | b'V' | b'X') {
            j += 1;
        }
        j > at && !self.word_continues_at(j)
    }

    /// Whether the word `start..hyphen` is two or more capital letters
    /// and a capitalised word (capital, then a small letter) follows the
    /// hyphen.
    fn capitalised_after_capitals(&self, start: usize, hyphen: usize) -> bool {
        let bytes = self.bytes();
        let before_capitalised = self.byte_at(hyphen + 1).is_ascii_uppercase()
            && self.byte_at(hyphen + 2).is_ascii_lowercase();
        // "beritaku.com-Balai …": a site's address glued to the story's
        // first word.
        let domain = || {
            start > 0
                && bytes[start - 1] == b'.'
                && ["com", "id", "co", "net", "org", "news"]
                    .iter()
                    .any(|d| bytes[start..hyphen].eq_ignore_ascii_case(d.as_bytes()))
        };
        hyphen - start >= 2
            && before_capitalised
            && (bytes[start..hyphen].iter().all(u8::is_ascii_uppercase) || domain())
    }

    /// Scans a URL starting at `start` (at "http", "https" or "www."):
    /// everything up to whitespace or a closing bracket or quote, minus
    /// trailing sentence punctuation.
    fn scan_url(&self, start: usize) -> usize {
        let bytes = self.bytes();
        let mut i = start;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if class(b) == WS || matches!(b, b'"' | b'<' | b'>' | b')' | b']' | b'\'') {
                    break;
                }
                i += 1;
            } else {
                match self.char_at(i) {
                    Some(c) if !c.is_whitespace() && !is_punctuation_char(c) => i += c.len_utf8(),
                    _ => break,
                }
            }
        }
        while i > start && matches!(bytes[i - 1], b'.' | b',' | b';' | b':' | b'!' | b'?') {
            i -= 1;
        }
        i
    }

    /// After a local part ending at `at` (which holds '@'), the end of an
    /// e-mail domain, if there is one with at least one dot.
    fn email_domain_end(&self, at: usize) -> Option<usize> {
        let mut seg = false;
        let mut i = at + 1;
        let mut dots = 0;
        loop {
            let end = self.alnum_run(i, &mut seg);
            if end == i || end - at > MAX_DOMAIN {
                return None;
            }
            i = end;
            if matches!(self.byte_at(i), b'.' | b'-') && is_ascii_alnum(self.byte_at(i + 1)) {
                dots += usize::from(self.byte_at(i) == b'.');
                i += 1;
            } else {
                break;
            }
        }
        (dots > 0 && !seg).then_some(i)
    }

    /// The end of an e-mail address starting at `start`, if one does: a local
    /// part of word characters joined by '.', '_', '+' or '-', then '@' and a
    /// domain.
    fn email_from(&self, start: usize) -> Option<usize> {
        let mut seg = false;
        let mut j = start;
        loop {
            j = self.alnum_run(j, &mut seg);
            if j - start > MAX_EMAIL_LOCAL {
                // Bounded so that text like "a_a_a_…" stays linear.
                return None;
            }
            match self.byte_at(j) {
                b'.' | b'_' | b'+' | b'-' if self.word_continues_at(j + 1) => j += 1,
                _ => break,
            }
        }
        if self.byte_at(j) == b'@' {
            self.email_domain_end(j)
        } else {
            None
        }
    }

    /// Scans a word starting at a letter; returns its end, kind and whether it
    /// needs UAX #29 segmentation.
    fn scan_word(&self, start: usize) -> (usize, TokenKind, bool) {
        let bytes = self.bytes();
        let mut seg = false;
        // "Rp1.250.000" and "Rp.1.250.000": a currency glued to its amount.
        if bytes.len() >= start + 3 && bytes[start..start + 2].eq_ignore_ascii_case(b"rp") {
            let mut j = start + 2;
            if bytes[j] == b'.' {
                j += 1;
            }
            if self.byte_at(j).is_ascii_digit() {
                let (end, _) = self.scan_number(j);
                return (end, TokenKind::Money, false);
            }
        }
        let mut i = self.alnum_run(start, &mut seg);
        if let Some(end) = self.glued_level_word_end(start, i) {
            return (end, TokenKind::Word, seg);
        }
        // "se-Sulteng", "se-Indonesia": the prefix "se-" (all of) before a
        // name stays apart from the name.
        if i == start + 2
            && bytes[start..i].eq_ignore_ascii_case(b"se")
            && self.byte_at(i) == b'-'
            && self.byte_at(i + 1).is_ascii_uppercase()
        {
            return (i, TokenKind::Word, seg);
        }
        loop {
            match self.byte_at(i) {
                // A dateline or an acronym glued to a capitalised word stays
                // apart from it: "PALU-Sejak", "TILAMUTA-Kepala", "TNI-Polri".
                b'-' if self.capitalised_after_capitals(start, i) => {
                    return (i, TokenKind::Word, seg);
                }
                // "Wakil Ketua-III DPRD": a Roman numeral glued to a word
                // by a hyphen is the office's number, a token of its own.
                b'-' if self.roman_numeral_ends_at(i + 1) => {
                    return (i, TokenKind::Word, seg);
                }
                // Reduplication and compounds: kupu-kupu, Una-Una, ke-12, HUT-nya.
                b'-' if self.word_continues_at(i + 1) => {
                    i = self.alnum_run(i + 1, &mut seg);
                }
                // Glottal stops and elisions inside a name: Sa'dan, Parigimpu'u.
                b'\'' if self.byte_at(i + 1).is_ascii_alphabetic() => {
                    i = self.alnum_run(i + 1, &mut seg);
                }
                // A trailing glottal stop (Sangalla') unless the word was opened by a quote.
                b'\''
                    if !self.word_continues_at(i + 1)
                        && (start == 0 || bytes[start - 1] != b'\'')
                        && bytes[i - 1].is_ascii_alphabetic() =>
                {
                    return (i + 1, TokenKind::Word, seg);
                }
                // Typographic apostrophe between letters.
                0xE2 if bytes.get(i..i + 3) == Some("\u{2019}".as_bytes())
                    && self.word_continues_at(i + 3) =>
                {
                    i = self.alnum_run(i + 3, &mut seg);
                }
                b'.' => return self.after_period(start, i, seg),
                b'@' => {
                    if let Some(end) = self.email_domain_end(i) {
                        return (end, TokenKind::Email, false);
                    }
                    return (i, TokenKind::Word, seg);
                }
                b'_' | b'+' if self.word_continues_at(i + 1) => {
                    if let Some(end) = self.email_from(start) {
                        return (end, TokenKind::Email, false);
                    }
                    return (i, TokenKind::Word, seg);
                }
                _ => return (i, TokenKind::Word, seg),
            }
        }
    }

    /// Whether a medical title in lower case with its period starts at
    /// `at`: "dr.", "drg.", "drh.".
    fn lower_honorific_at(&self, at: usize) -> bool {
        let bytes = self.bytes();
        let end = (at..bytes.len().min(at + 4))
            .find(|&k| !bytes[k].is_ascii_lowercase())
            .unwrap_or(bytes.len().min(at + 4));
        matches!(&bytes[at..end], b"dr" | b"drg" | b"drh") && self.byte_at(end) == b'.'
    }

    /// Decides what a period at `dot` after the word `start..dot` belongs to.
    fn after_period(&self, start: usize, dot: usize, seg: bool) -> (usize, TokenKind, bool) {
        let bytes = self.bytes();
        let word = &bytes[start..dot];
        // Honorifics glued to what follows: "Ir.H. Rahman", "Dr.Hj. Nurlia",
        // "Drs.Moh. Amin": each is a token of its own.
        // "H.Andi" is Haji Andi; another single letter before a short
        // chain ("W.R.") stays an initial.
        if self.byte_at(dot + 1).is_ascii_uppercase()
            && is_glueable_honorific(word)
            && (word.len() > 1 || self.byte_at(dot + 2).is_ascii_lowercase())
        {
            return (dot + 1, TokenKind::Abbreviation, seg);
        }
        // "DR.dr. Ratna", "Dr.drg. Ani": a doctorate glued to a medical
        // title written in lower case.
        if word.len() > 1 && is_glueable_honorific(word) && self.lower_honorific_at(dot + 1) {
            return (dot + 1, TokenKind::Abbreviation, seg);
        }
        // "H.M. Rudi", "H.M.Ali": Haji, then the initial of the given name
        // (Muhammad), which is part of the name; two tokens. Not "(H.C.)",
        // honoris causa.
        if word == b"H"
            && self.byte_at(dot + 1).is_ascii_uppercase()
            && matches!(self.byte_at(dot + 2), b'.' | b' ')
            && (start == 0 || bytes[start - 1] != b'(')
        {
            return (dot + 1, TokenKind::Abbreviation, seg);
        }
        // "Kab.Sigi", "Prov.Sulteng", "Jl.Sudirman", "PT.CSM": a place or
        // company word glued to the name after it is read as if a space
        // followed its period, not as one dotted chain ("S.Pd").
        let glued_to_name = self.byte_at(dot + 1).is_ascii_uppercase() && is_name_prefix(word);
        if is_ascii_alnum(self.byte_at(dot + 1)) && !glued_to_name {
            // A dotted chain: S.Pd, W.R., GLOBALSULTENG.COM, nama.redaksi@x.id.
            let mut segments_short = word.len() <= 3 && word.iter().all(u8::is_ascii_alphabetic);
            // "M.Tr.Hanla": a degree opened by one capital may have a
            // longer third segment ("M.Yusuf" is an initial and a name).
            let opened_by_capital = word.len() == 1 && word[0].is_ascii_uppercase();
            let mut end = dot;
            let mut last = start;
            let mut segments = 1;
            while self.byte_at(end) == b'.' && is_ascii_alnum(self.byte_at(end + 1)) {
                segments += 1;
                if segments > MAX_CHAIN {
                    // Neither an abbreviation nor a plausible domain; bounded
                    // so that "a.b.c.…" stays linear.
                    segments_short = false;
                    break;
                }
                let mut s = false;
                let seg_end = self.alnum_run(end + 1, &mut s);
                if s {
                    break;
                }
                let segment = &bytes[end + 1..seg_end];
                let longest_segment = if opened_by_capital && segments >= 3 {
                    5
                } else {
                    4
                };
                segments_short &=
                    segment.len() <= longest_segment && segment.iter().all(u8::is_ascii_alphabetic);
                last = end + 1;
                end = seg_end;
            }
            match self.byte_at(end) {
                b'@' | b'-' | b'_' | b'+' => {
                    if let Some(e) = self.email_from(start) {
                        return (e, TokenKind::Email, false);
                    }
                }
                _ => {
                    if is_tld(&bytes[last..end]) && !segments_short
                        || is_tld(&bytes[last..end]) && end - start > 6
                    {
                        // A domain, possibly with a path.
                        let url_end = if self.byte_at(end) == b'/' {
                            self.scan_url(end)
                        } else {
                            end
                        };
                        return (url_end, TokenKind::Url, false);
                    }
                    // "H.M.Ali Tangkilisan": an honorific and an initial
                    // glued to a given name; the name is a word of its own.
                    let name_glued = segments >= 3
                        && bytes[start..last]
                            .chunks(2)
                            .all(|c| c.len() == 2 && c[0].is_ascii_uppercase() && c[1] == b'.')
                        && end - last >= 3
                        && bytes[last].is_ascii_uppercase()
                        && bytes[last + 1..end].iter().all(u8::is_ascii_lowercase)
                        && self.byte_at(end) != b'.';
                    if name_glued && !seg {
                        return (last, TokenKind::Abbreviation, false);
                    }
                    if segments_short && !seg {
                        let with_dot = if self.byte_at(end) == b'.' {
                            end + 1
                        } else {
                            end
                        };
                        return (with_dot, TokenKind::Abbreviation, false);
                    }
                }
            }
            // Something else, e.g. a missing space after a sentence end. An
            // initial or honorific glued to the name keeps its period:
            // "H.Mahmud", "Ir.Tamrin".
            let glued_initial = word.len() == 1
                && word[0].is_ascii_uppercase()
                && self.byte_at(dot + 1).is_ascii_uppercase();
            if glued_initial || is_known_abbreviation(word) {
                return (dot + 1, TokenKind::Abbreviation, seg);
            }
            return (dot, TokenKind::Word, seg);
        }
        let initial = word.len() == 1 && word[0].is_ascii_uppercase();
        if initial || is_known_abbreviation(word) {
            return (dot + 1, TokenKind::Abbreviation, seg);
        }
        (dot, TokenKind::Word, seg)
    }

    /// The token starting at `start`, which holds a non-whitespace byte:
    /// its end and kind, or `None` for a word to segment with UAX #29.
    fn scan_token(&self, start: usize) -> (usize, Option<TokenKind>) {
        let bytes = self.bytes();
        let b = bytes[start];
        match class(b) {
            LOWER | UPPER => {
                let rest = &bytes[start..];
                let is_url = matches!(b, b'h' | b'H' | b'w' | b'W')
                    && ((rest.len() > 8
                        && (rest[..7].eq_ignore_ascii_case(b"http://")
                            || rest[..8].eq_ignore_ascii_case(b"https://")))
                        || (rest.len() > 5
                            && rest[..4].eq_ignore_ascii_case(b"www.")
                            && is_ascii_alnum(rest[4])));
                if is_url {
                    return (self.scan_url(start), Some(TokenKind::Url));
                }
                let (end, kind, seg) = self.scan_word(start);
                (end, (!seg).then_some(kind))
            }
            DIGIT => {
                let (end, kind) = self.scan_number(start);
                (end, Some(kind))
            }
            PUNCT => {
                if b == b'.' && self.byte_at(start + 1) == b'.' {
                    let mut end = start + 1;
                    while self.byte_at(end) == b'.' {
                        end += 1;
                    }
                    return (end, Some(TokenKind::Punctuation));
                }
                (start + 1, Some(TokenKind::Punctuation))
            }
            SYMBOL => (start + 1, Some(TokenKind::Symbol)),
            _ => {
                // `start` is a char boundary holding a non-ASCII lead byte.
                let c = self.char_at(start).unwrap_or(char::REPLACEMENT_CHARACTER);
                if is_word_char(c) {
                    let (end, kind, seg) = self.scan_word(start);
                    (end, (!seg).then_some(kind))
                } else if is_punctuation_char(c) {
                    (start + c.len_utf8(), Some(TokenKind::Punctuation))
                } else {
                    // Keep emoji sequences and other clusters whole.
                    let len = self.text[start..]
                        .graphemes(true)
                        .next()
                        .map_or(c.len_utf8(), str::len);
                    (start + len, Some(TokenKind::Symbol))
                }
            }
        }
    }

    /// The end of a level word glued to the capitalised name after it in
    /// the word `start..end` ("KabupatenKupang", "KecamatanBungku"): the
    /// level word is a token of its own. Only long words starting with K or
    /// P are compared.
    // Always inlined: asked of nearly every word and false for nearly all,
    // the two tests cost less than a call; the comparisons are out of line.
    #[inline(always)]
    fn glued_level_word_end(&self, start: usize, end: usize) -> Option<usize> {
        let bytes = self.bytes();
        // "didesa", "DiKecamatan": six letters at least and an "i" second.
        if matches!(bytes[start], b'd' | b'D')
            && end - start >= 6
            && bytes[start + 1].eq_ignore_ascii_case(&b'i')
        {
            return self.glued_locative_end(start, end);
        }
        if end - start <= 9 || !matches!(bytes[start], b'K' | b'P') {
            return None;
        }
        self.glued_level_word_split(start, end)
    }

    /// [`glued_level_word_end`](Self::glued_level_word_end) for a long word
    /// starting with K or P.
    #[inline(never)]
    fn glued_level_word_split(&self, start: usize, end: usize) -> Option<usize> {
        let bytes = self.bytes();
        GLUED_LEVEL_WORDS
            .iter()
            .find(|w| bytes[start..end].starts_with(w.as_bytes()))
            .map(|w| start + w.len())
            .filter(|&split| bytes[split].is_ascii_uppercase())
    }

    /// The end of the preposition "di" glued to a level word that makes up
    /// the rest of the word `start..end` ("didesa", "DiKecamatan"): the
    /// preposition is a token of its own. No Indonesian word is "di" and a
    /// level word ("dikotakan" is not "di kota"). The caller has tested
    /// the "di" and the length.
    #[inline(never)]
    fn glued_locative_end(&self, start: usize, end: usize) -> Option<usize> {
        const LEVEL_WORDS: &[&[u8]] = &[
            b"desa",
            b"kelurahan",
            b"kecamatan",
            b"kabupaten",
            b"kota",
            b"provinsi",
        ];
        let rest = self.bytes().get(start + 2..end)?;
        LEVEL_WORDS
            .iter()
            .any(|w| rest.eq_ignore_ascii_case(w))
            .then_some(start + 2)
    }

    /// The fast path for the commonest token: ASCII letters followed by a
    /// space or by punctuation that never joins a word (`Ok` with its end).
    /// Anything else (digits, periods, hyphens, apostrophes, non-ASCII) goes
    /// through [`scan_token`](Self::scan_token), or through
    /// [`word_before_period`](Self::word_before_period) for letters before a
    /// period: `Err` with the end of the letters (`start` when the token
    /// does not start with one).
    #[inline(always)]
    fn plain_word_end(&self, start: usize) -> Result<usize, usize> {
        let bytes = self.bytes();
        if !is_ascii_letter(bytes[start]) {
            return Err(start);
        }
        let mut i = start + 1;
        // Eight bytes at a time: most words end within the first chunk, so
        // the loop branch is well predicted.
        while let Some(chunk) = bytes
            .get(i..i + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
        {
            let not_letters = !letter_flags(u64::from_le_bytes(chunk)) & HIGH_BITS;
            if not_letters == 0 {
                i += 8;
            } else {
                i += (not_letters.trailing_zeros() / 8) as usize;
                return match bytes.get(i) {
                    Some(&b) if PLAIN_END[b as usize] => Ok(i),
                    _ => Err(i),
                };
            }
        }
        while let Some(&b) = bytes.get(i) {
            if is_ascii_letter(b) {
                i += 1;
            } else if PLAIN_END[b as usize] {
                return Ok(i);
            } else {
                return Err(i);
            }
        }
        Ok(i)
    }

    /// The token of the ASCII letters `start..dot` when a period follows
    /// them and no letter or digit follows the period (a sentence's last
    /// word, "Kec.", an initial "A."): what [`scan_word`](Self::scan_word)
    /// and [`after_period`](Self::after_period) make of it, without their
    /// tests for what a period between words may glue (honorifics, dotted
    /// chains, domains, currencies), which all want a letter or digit after
    /// the period. `None` when the letters are not followed so.
    #[inline(always)]
    fn word_before_period(&self, start: usize, dot: usize) -> Option<(usize, TokenKind)> {
        if dot == start || self.byte_at(dot) != b'.' || is_ascii_alnum(self.byte_at(dot + 1)) {
            return None;
        }
        if let Some(end) = self.glued_level_word_end(start, dot) {
            return Some((end, TokenKind::Word));
        }
        let word = &self.bytes()[start..dot];
        let initial = word.len() == 1 && word[0].is_ascii_uppercase();
        Some(if initial || is_known_abbreviation(word) {
            (dot + 1, TokenKind::Abbreviation)
        } else {
            (dot, TokenKind::Word)
        })
    }

    /// Skips whitespace from `self.pos`; returns false at the end of the text.
    #[inline]
    fn skip_whitespace(&mut self) -> bool {
        let bytes = self.bytes();
        let mut pos = self.pos;
        // Most gaps are one space before a printable ASCII byte.
        if let Some(&[b' ', next]) = bytes.get(pos..pos + 2) {
            if next.wrapping_sub(b'!') < 0x5F {
                self.pos = pos + 1;
                self.gap = GAP_SPACES;
                return true;
            }
        }
        let mut newline = false;
        while let Some(&b) = bytes.get(pos) {
            // ' ', '\t', '\n', '\x0b', '\x0c', '\r'
            if b == b' ' || b.wrapping_sub(b'\t') < 5 {
                newline |= b == b'\n';
                pos += 1;
            } else if b < 0x80 {
                break;
            } else {
                match self.char_at(pos) {
                    Some(c) if c.is_whitespace() => pos += c.len_utf8(),
                    _ => break,
                }
            }
        }
        self.pos = pos;
        self.gap = if newline { GAP_NEWLINE } else { GAP_SPACES };
        pos < bytes.len()
    }

    /// Whether a line break (a `\n` byte) is in the whitespace right before
    /// the last token returned; `None` when the tokenizer did not read that
    /// gap as whitespace (a piece of a word split into segments), which the
    /// caller then reads in the text.
    #[inline]
    pub(crate) fn newline_before_last(&self) -> Option<bool> {
        match self.gap {
            GAP_SPACES => Some(false),
            GAP_NEWLINE => Some(true),
            _ => None,
        }
    }

    fn next_pending(&mut self) -> Option<Token<'t>> {
        let (base, segments) = self.pending.as_mut()?;
        let base = *base;
        for (offset, piece) in segments.by_ref() {
            let first = piece.chars().next()?;
            if first.is_whitespace() {
                continue;
            }
            let kind = if is_word_char(first) {
                if piece.bytes().all(|b| b.is_ascii_digit()) {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                }
            } else if is_punctuation_char(first) || first.is_ascii_punctuation() {
                TokenKind::Punctuation
            } else {
                TokenKind::Symbol
            };
            let start = base + offset;
            return Some(Token {
                text: piece,
                span: Span::new(start, start + piece.len()),
                kind,
            });
        }
        self.pending = None;
        None
    }
}

impl<'t> Iterator for Tokens<'t> {
    type Item = Token<'t>;

    // Always inlined: the analyzer's document pass does its per-token work
    // in the same loop, and a call per token costs more than that work.
    #[inline(always)]
    fn next(&mut self) -> Option<Token<'t>> {
        loop {
            if self.pending.is_some() {
                if let Some(token) = self.next_pending() {
                    self.gap = GAP_UNKNOWN;
                    return Some(token);
                }
            }
            if !self.skip_whitespace() {
                return None;
            }
            let start = self.pos;
            let first = self.bytes()[start];
            if is_ascii_letter(first) {
                // Most tokens: a word of ASCII letters.
                let letters_end = match self.plain_word_end(start) {
                    Ok(end) => {
                        let end = self.glued_level_word_end(start, end).unwrap_or(end);
                        self.pos = end;
                        return Some(self.ascii_token(start, end, TokenKind::Word));
                    }
                    Err(letters_end) => letters_end,
                };
                if let Some((end, kind)) = self.word_before_period(start, letters_end) {
                    self.pos = end;
                    return Some(self.ascii_token(start, end, kind));
                }
            } else if first == 0xE2
                && self.byte_at(start + 1) == 0x80
                && (0x90..=0xA7).contains(&self.byte_at(start + 2))
            {
                // Quotes, dashes and the ellipsis (U+2010..U+2027): three
                // bytes, always a token of their own, and common in news.
                self.pos = start + 3;
                return Some(Token {
                    text: &self.text[start..start + 3],
                    span: Span::new(start, start + 3),
                    kind: TokenKind::Punctuation,
                });
            } else if matches!(class(first), PUNCT | SYMBOL)
                && !(first == b'.' && self.byte_at(start + 1) == b'.')
            {
                self.pos = start + 1;
                return Some(Token {
                    text: &self.text[start..start + 1],
                    span: Span::new(start, start + 1),
                    kind: if class(first) == PUNCT {
                        TokenKind::Punctuation
                    } else {
                        TokenKind::Symbol
                    },
                });
            }
            let (end, kind) = self.scan_token(start);
            self.pos = end;
            match kind {
                Some(kind) => {
                    return Some(Token {
                        text: &self.text[start..end],
                        span: Span::new(start, end),
                        kind,
                    })
                }
                None => {
                    let word = &self.text[start..end];
                    self.pending = Some((start, word.split_word_bound_indices()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).map(|t| t.text).collect()
    }

    fn kinds(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s).map(|t| (t.text, t.kind)).collect()
    }

    #[test]
    fn hyphenated_reduplication_and_compounds_stay_whole() {
        assert_eq!(texts("kupu-kupu"), ["kupu-kupu"]);
        assert_eq!(texts("Tojo Una-Una"), ["Tojo", "Una-Una"]);
        assert_eq!(texts("sehari-hari"), ["sehari-hari"]);
        assert_eq!(texts("HUT ke-12"), ["HUT", "ke-12"]);
        assert_eq!(texts("HUT-nya"), ["HUT-nya"]);
        assert_eq!(texts("anak-anak,"), ["anak-anak", ","]);
        assert_eq!(texts("COVID-19"), ["COVID-19"]);
        assert_eq!(
            texts("se-Sulbar dan se-kabupaten"),
            ["se", "-", "Sulbar", "dan", "se-kabupaten"]
        );
    }

    #[test]
    fn the_preposition_di_glued_to_a_level_word_splits() {
        assert_eq!(texts("didesa Lemo"), ["di", "desa", "Lemo"]);
        assert_eq!(texts("DiKecamatan Tolala"), ["Di", "Kecamatan", "Tolala"]);
        assert_eq!(
            texts("dikota, dikabupaten"),
            ["di", "kota", ",", "di", "kabupaten"]
        );
        assert_eq!(texts("berada didesa."), ["berada", "di", "desa", "."]);
        // A site's address glued to the story's first word.
        assert_eq!(
            texts("beritaku.com-Balai Jalan"),
            ["beritaku", ".", "com", "-", "Balai", "Jalan"]
        );
        // Words that only start like one stay whole.
        assert_eq!(
            texts("dikotakan didesak diri"),
            ["dikotakan", "didesak", "diri"]
        );
    }

    #[test]
    fn a_doctorate_glued_to_a_lower_case_medical_title_splits() {
        assert_eq!(texts("DR.dr. Ratna"), ["DR.", "dr.", "Ratna"]);
        assert_eq!(texts("Dr.drg. Ani"), ["Dr.", "drg.", "Ani"]);
        // Not a web address's parts.
        assert_eq!(texts("www.dr.com"), ["www.dr.com"]);
    }

    #[test]
    fn honorific_and_title_abbreviations_keep_their_periods() {
        for abbr in [
            "Dr.", "dr.", "Ir.", "H.", "Hj.", "Ny.", "Pdt.", "Moh.", "Prof.",
        ] {
            let text = format!("{abbr} Nama");
            let tokens = kinds(&text);
            assert_eq!(tokens[0], (abbr, TokenKind::Abbreviation), "{abbr}");
            assert_eq!(tokens[1].0, "Nama");
        }
    }

    #[test]
    fn degrees_stay_whole() {
        for degree in [
            "S.Pd.", "M.Pd.", "S.STP.", "S.I.P", "S.IK.", "Sp.PK.", "M.Kes", "S.H.", "M.H.",
            "S.Tr.K.", "Ph.D",
        ] {
            let text = format!("Budi, {degree}, hadir");
            let tokens = kinds(&text);
            assert_eq!(tokens[2], (degree, TokenKind::Abbreviation), "{text}");
            assert_eq!(tokens[3].0, ",");
        }
        assert_eq!(
            texts("Djira K, S.Pd., M.Pd., Kapolres"),
            ["Djira", "K", ",", "S.Pd.", ",", "M.Pd.", ",", "Kapolres"]
        );
    }

    #[test]
    fn address_and_list_abbreviations() {
        for abbr in ["Kec.", "Kab.", "Kel.", "Jl.", "No.", "dkk.", "dll."] {
            assert_eq!(kinds(abbr)[0], (abbr, TokenKind::Abbreviation), "{abbr}");
        }
        assert_eq!(texts("Kec. Petasia"), ["Kec.", "Petasia"]);
        assert_eq!(texts("Jl.Sudirman No.12"), ["Jl.", "Sudirman", "No.", "12"]);
        // Glued to a short name, still two tokens (not a chain like "S.Pd").
        assert_eq!(texts("Kab.Sigi"), ["Kab.", "Sigi"]);
        assert_eq!(texts("PT.CSM"), ["PT", ".", "CSM"]);
        assert_eq!(texts("S.Pd"), ["S.Pd"]);
    }

    #[test]
    fn initials_stay_with_their_period() {
        assert_eq!(texts("Reny A. Lamadjido"), ["Reny", "A.", "Lamadjido"]);
        assert_eq!(texts("Legowo W.R. Jatmiko"), ["Legowo", "W.R.", "Jatmiko"]);
    }

    #[test]
    fn sentence_final_period_is_separate() {
        assert_eq!(texts("ke Morowali. Lalu"), ["ke", "Morowali", ".", "Lalu"]);
        assert_eq!(texts("sendiri.Kemudian"), ["sendiri", ".", "Kemudian"]);
        assert_eq!(texts("tahun 2025."), ["tahun", "2025", "."]);
    }

    #[test]
    fn indonesian_numbers_dates_and_times() {
        assert_eq!(
            kinds("1.250.000.000"),
            [("1.250.000.000", TokenKind::Number)]
        );
        assert_eq!(kinds("71,64"), [("71,64", TokenKind::Number)]);
        assert_eq!(kinds("19/6/2025"), [("19/6/2025", TokenKind::Date)]);
        assert_eq!(kinds("23/10/2023"), [("23/10/2023", TokenKind::Date)]);
        assert_eq!(kinds("20:58"), [("20:58", TokenKind::Time)]);
        assert_eq!(kinds("2006-2011"), [("2006-2011", TokenKind::Number)]);
        assert_eq!(
            kinds("1311/Morowali"),
            [
                ("1311", TokenKind::Number),
                ("/", TokenKind::Punctuation),
                ("Morowali", TokenKind::Word)
            ]
        );
        assert_eq!(texts("(19/6/2025)."), ["(", "19/6/2025", ")", "."]);
    }

    #[test]
    fn money_has_currency_and_amount() {
        let t = tokenize("Rp1.250.000.000,").next().unwrap();
        assert_eq!((t.text, t.kind), ("Rp1.250.000.000", TokenKind::Money));
        assert_eq!(t.currency_amount(), Some(("Rp", "1.250.000.000")));
        let t = tokenize("Rp.5.000").next().unwrap();
        assert_eq!(t.currency_amount(), Some(("Rp", "5.000")));
        assert_eq!(texts("Rp 5 juta"), ["Rp", "5", "juta"]);
    }

    #[test]
    fn urls_domains_and_emails_are_whole() {
        assert_eq!(
            kinds("MOROWALI, GLOBALSULTENG.COM –"),
            [
                ("MOROWALI", TokenKind::Word),
                (",", TokenKind::Punctuation),
                ("GLOBALSULTENG.COM", TokenKind::Url),
                ("–", TokenKind::Punctuation)
            ]
        );
        assert_eq!(
            kinds("lihat https://sultengterkini.id/2025/10/24/berita-a?x=1.")[1],
            (
                "https://sultengterkini.id/2025/10/24/berita-a?x=1",
                TokenKind::Url
            )
        );
        assert_eq!(
            kinds("kirim ke redaksi@globalsulteng.com.")[2],
            ("redaksi@globalsulteng.com", TokenKind::Email)
        );
        assert_eq!(
            kinds("nama.redaksi_2@media.co.id")[0],
            ("nama.redaksi_2@media.co.id", TokenKind::Email)
        );
        assert_eq!(
            kinds("www.palukota.go.id")[0],
            ("www.palukota.go.id", TokenKind::Url)
        );
        assert_eq!(
            kinds("sultengprov.go.id")[0],
            ("sultengprov.go.id", TokenKind::Url)
        );
    }

    #[test]
    fn typographic_punctuation_is_separate() {
        assert_eq!(
            texts("“Anak-anak—semua…” (kata) – ya"),
            [
                "“",
                "Anak-anak",
                "—",
                "semua",
                "…",
                "”",
                "(",
                "kata",
                ")",
                "–",
                "ya"
            ]
        );
        assert_eq!(texts("tunggu..."), ["tunggu", "..."]);
    }

    #[test]
    fn apostrophes_in_names() {
        assert_eq!(
            texts("Sa'dan dan Sangalla' hadir"),
            ["Sa'dan", "dan", "Sangalla'", "hadir"]
        );
        assert_eq!(texts("'Palu'"), ["'", "Palu", "'"]);
        assert_eq!(texts("Jum’at"), ["Jum’at"]);
    }

    #[test]
    fn cheap_token_properties() {
        let t = tokenize("DPRD").next().unwrap();
        assert!(t.is_capitalized() && t.is_all_caps() && !t.has_digit());
        let t = tokenize("ke-12").next().unwrap();
        assert!(!t.is_capitalized() && t.has_digit());
        let t = tokenize("Élodie").next().unwrap();
        assert!(t.is_capitalized());
        assert_eq!(t.folded(), "élodie");
        assert!(!tokenize("123").next().unwrap().is_all_caps());
    }

    #[test]
    fn non_latin_scripts_use_uax29() {
        let tokens = texts("PT 青山 控股 (Tsingshan) مرحبا");
        assert_eq!(tokens[0], "PT");
        assert!(tokens.contains(&"(") && tokens.contains(&"Tsingshan"));
        assert!(tokens.contains(&"مرحبا"));
        assert_eq!(texts("Désa"), ["Désa"]);
        assert_eq!(texts("👍🏽 oke"), ["👍🏽", "oke"]);
    }

    #[test]
    fn letter_flags_match_a_scalar_test() {
        for b in 0..=255u8 {
            let chunk = u64::from_le_bytes([b, b'a', 0x80, b'Z', b'@', b'[', b'`', b'{']);
            let flags = letter_flags(chunk).to_le_bytes();
            assert_eq!(flags[0] == 0x80, b.is_ascii_alphabetic(), "byte {b:#x}");
            assert_eq!(flags[1..], [0x80, 0, 0x80, 0, 0, 0, 0]);
        }
    }

    #[test]
    fn a_word_before_a_period_is_read_as_scan_token_reads_it() {
        let words = [
            "A",
            "H",
            "M",
            "dr",
            "Dr",
            "DR",
            "Kec",
            "kab",
            "Prov",
            "Jl",
            "PT",
            "Rp",
            "rp",
            "se",
            "www",
            "kata",
            "Palu",
            "KecamatanBungku",
            "KabupatenKupang",
            "Kabupaten",
            "no",
            "dkk",
            "S",
            "Pd",
            "abcdefghijklmnopq",
        ];
        let after = [
            "", " ", "\n", ".", ",", ")", "\u{201d}", "\u{2019}", "-", "'", "@", "/", "_", "a",
            "A", "1", "\u{e9}", "dr.", "Pd", " x",
        ];
        for word in words {
            for rest in after {
                let text = format!("{word}.{rest}");
                let tokens = tokenize(&text);
                let dot = word.len();
                let expected = tokens.scan_token(0);
                match tokens.word_before_period(0, dot) {
                    Some((end, kind)) => assert_eq!((end, Some(kind)), expected, "{text:?}"),
                    None => assert!(is_ascii_alnum(tokens.byte_at(dot + 1)), "{text:?}"),
                }
            }
        }
    }

    #[test]
    fn an_honorific_and_an_initial_glued_to_a_given_name() {
        assert_eq!(texts("H.M.Ali Lolo"), ["H.", "M.Ali", "Lolo"]);
        assert_eq!(texts("H.M. Ali"), ["H.", "M.", "Ali"]);
        assert_eq!(texts("Dr.(H.C) Ali"), ["Dr.", "(", "H.C", ")", "Ali"]);
        // Degrees and initials in chains stay whole.
        assert_eq!(texts("S.Pd.I"), ["S.Pd.I"]);
        assert_eq!(texts("A.Md.Kep"), ["A.Md.Kep"]);
        assert_eq!(texts("W.R. Supratman"), ["W.R.", "Supratman"]);
    }

    #[test]
    fn empty_and_whitespace_only() {
        assert_eq!(tokenize("").count(), 0);
        assert_eq!(tokenize(" \n\t\u{a0}\u{3000}").count(), 0);
    }
}
