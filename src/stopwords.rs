//! Indonesian stopwords: a default list written for warta, with O(1)
//! case-insensitive lookup and a builder for users' own lists.

use once_cell::sync::Lazy;

use crate::error::{Error, Result};
use crate::fold::{ascii_lower, shape_index, FastSet, SHAPES};
use crate::span::Span;
use crate::tokenize::Token;

const DEFAULT_LIST: &str = include_str!("../data/stopwords.txt");

static DEFAULT: Lazy<Stopwords> = Lazy::new(|| {
    let mut builder = StopwordsBuilder::empty();
    builder
        .add_list("data/stopwords.txt", DEFAULT_LIST)
        .expect("embedded data/stopwords.txt is valid (checked by a unit test)");
    builder.build()
});

/// Longest word the ASCII fast path folds on the stack.
const STACK_WORD: usize = 32;

/// A set of stopwords with case-insensitive lookup.
///
/// The default list (`data/stopwords.txt`) holds Indonesian function words
/// only. Words that take part in names, titles and places — "wakil", "kepala",
/// "ketua", "utara", "tengah", "baru", "besar", "raya", "dalam" (as in
/// "Menteri Dalam Negeri") — are deliberately absent, so filtering never eats
/// a region or a title. Function words that do occur inside names ("dan" in
/// "Dinas Perindustrian dan Perdagangan") are stopwords; use
/// [`Stopwords::filter_protected`] to keep the tokens of detected entities.
///
/// ```
/// let stop = warta::Stopwords::default_list();
/// assert!(stop.is_stopword("yang"));
/// assert!(stop.is_stopword("YANG"));
/// assert!(!stop.is_stopword("Utara"));
/// assert!(!stop.is_stopword("wakil"));
/// ```
#[derive(Clone, Debug)]
pub struct Stopwords {
    words: FastSet<Box<str>>,
    longest: usize,
    has_non_ascii: bool,
    /// Which (first two letters, length) shapes the words have: most words
    /// of a text are rejected here without hashing.
    shapes: Box<[u32]>,
}

impl Default for Stopwords {
    /// A copy of [`Stopwords::default_list`].
    fn default() -> Self {
        DEFAULT.clone()
    }
}

impl Stopwords {
    /// The embedded default list, built on first use.
    ///
    /// ```
    /// assert!(warta::Stopwords::default_list().len() > 200);
    /// ```
    pub fn default_list() -> &'static Stopwords {
        &DEFAULT
    }

    /// A builder that starts from the default list.
    ///
    /// ```
    /// let stop = warta::Stopwords::builder().add("berita").remove("yang").build();
    /// assert!(stop.is_stopword("Berita"));
    /// assert!(!stop.is_stopword("yang"));
    /// ```
    pub fn builder() -> StopwordsBuilder {
        StopwordsBuilder {
            words: DEFAULT.words.clone(),
        }
    }

    /// Whether `word` is a stopword, ignoring case. Allocates only for
    /// words longer than 32 bytes and for non-ASCII
    /// words when the set holds non-ASCII entries.
    ///
    /// ```
    /// let stop = warta::Stopwords::default_list();
    /// assert!(stop.is_stopword("Dengan"));
    /// assert!(!stop.is_stopword("Morowali"));
    /// ```
    #[inline]
    pub fn is_stopword(&self, word: &str) -> bool {
        if word.len() > self.longest * 4 || word.is_empty() {
            return false;
        }
        if word.len() <= 31
            && self.shapes[shape_index(word.as_bytes())] & (1 << word.len()) == 0
            && word.is_ascii()
        {
            return false;
        }
        let mut buf = [0u8; STACK_WORD];
        match ascii_lower(word, &mut buf) {
            Some(folded) => folded.len() <= self.longest && self.words.contains(folded),
            // Long or non-ASCII words: rare, so the allocation is acceptable.
            None => {
                (word.is_ascii() || self.has_non_ascii)
                    && self.words.contains(word.to_lowercase().as_str())
            }
        }
    }

    /// Whether `folded`, an ASCII word already in lowercase, is a stopword:
    /// [`Stopwords::is_stopword`] without folding it again.
    pub(crate) fn is_folded_stopword(&self, folded: &str) -> bool {
        let len = folded.len();
        len <= self.longest
            && (len > 31 || self.shapes[shape_index(folded.as_bytes())] & (1 << len) != 0)
            && self.words.contains(folded)
    }

    /// Number of words in the set.
    ///
    /// ```
    /// assert_eq!(warta::StopwordsBuilder::empty().add("yang").build().len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the set is empty.
    ///
    /// ```
    /// assert!(warta::StopwordsBuilder::empty().build().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words, lower-cased and sorted.
    ///
    /// ```
    /// let stop = warta::StopwordsBuilder::empty().add("yang").add("dan").build();
    /// assert_eq!(stop.words(), ["dan", "yang"]);
    /// ```
    pub fn words(&self) -> Vec<&str> {
        let mut words: Vec<&str> = self.words.iter().map(|w| &**w).collect();
        words.sort_unstable();
        words
    }

    /// Drops the word tokens that are stopwords; other tokens pass through.
    ///
    /// ```
    /// let stop = warta::Stopwords::default_list();
    /// let kept: Vec<&str> = stop.filter(warta::tokenize("Bupati yang baru itu hadir")).map(|t| t.text).collect();
    /// assert_eq!(kept, ["Bupati", "baru", "hadir"]);
    /// ```
    pub fn filter<'s, 't, I>(&'s self, tokens: I) -> impl Iterator<Item = Token<'t>> + 's
    where
        I: IntoIterator<Item = Token<'t>>,
        I::IntoIter: 's,
    {
        tokens
            .into_iter()
            .filter(move |t| !(t.is_wordlike() && self.is_stopword(t.text)))
    }

    /// Like [`filter`](Self::filter), but keeps every token inside one of the
    /// `protected` spans (sorted by start, e.g. the spans of detected
    /// entities), so "dan" in "Dinas Perindustrian dan Perdagangan" survives.
    ///
    /// ```
    /// use warta::Span;
    /// let text = "Dinas Perindustrian dan Perdagangan dan warga";
    /// let protected = [Span::new(0, 35)];
    /// let kept: Vec<&str> = warta::Stopwords::default_list()
    ///     .filter_protected(warta::tokenize(text), &protected)
    ///     .map(|t| t.text)
    ///     .collect();
    /// assert_eq!(kept, ["Dinas", "Perindustrian", "dan", "Perdagangan", "warga"]);
    /// ```
    pub fn filter_protected<'s, 't, I>(
        &'s self,
        tokens: I,
        protected: &'s [Span],
    ) -> impl Iterator<Item = Token<'t>> + 's
    where
        I: IntoIterator<Item = Token<'t>>,
        I::IntoIter: 's,
    {
        let mut next_protected = 0;
        tokens.into_iter().filter(move |t| {
            while next_protected < protected.len() && protected[next_protected].end <= t.span.start
            {
                next_protected += 1;
            }
            let inside = protected
                .get(next_protected)
                .is_some_and(|p| p.contains(t.span));
            inside || !(t.is_wordlike() && self.is_stopword(t.text))
        })
    }
}

/// Builds a [`Stopwords`] set from the default list or from nothing.
///
/// ```
/// let mut builder = warta::StopwordsBuilder::empty();
/// builder.add_list("mine.txt", "# my list\nyang\nDan\n")?;
/// let stop = builder.build();
/// assert!(stop.is_stopword("dan"));
/// # Ok::<(), warta::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct StopwordsBuilder {
    words: FastSet<Box<str>>,
}

impl StopwordsBuilder {
    /// A builder with no words.
    ///
    /// ```
    /// assert!(warta::StopwordsBuilder::empty().build().is_empty());
    /// ```
    pub fn empty() -> StopwordsBuilder {
        StopwordsBuilder::default()
    }

    /// Adds a word (case-insensitive).
    ///
    /// ```
    /// assert!(warta::StopwordsBuilder::empty().add("Pun").build().is_stopword("pun"));
    /// ```
    pub fn add(&mut self, word: &str) -> &mut StopwordsBuilder {
        let word = word.trim();
        if !word.is_empty() {
            self.words.insert(word.to_lowercase().into_boxed_str());
        }
        self
    }

    /// Removes a word (case-insensitive).
    ///
    /// ```
    /// let stop = warta::Stopwords::builder().remove("Dan").build();
    /// assert!(!stop.is_stopword("dan"));
    /// ```
    pub fn remove(&mut self, word: &str) -> &mut StopwordsBuilder {
        self.words.remove(word.trim().to_lowercase().as_str());
        self
    }

    /// Adds the words of a list: one word per line; blank lines and lines
    /// starting with `#` are ignored. `source` names the list in errors.
    ///
    /// ```
    /// let err = warta::StopwordsBuilder::empty().add_list("x.txt", "yang\n\ndi sini").unwrap_err();
    /// assert_eq!(err.line(), Some(3));
    /// ```
    pub fn add_list(&mut self, source: &str, list: &str) -> Result<&mut StopwordsBuilder> {
        for (line, word) in crate::tsv::list_lines(list) {
            let word = word.trim_start();
            if word.chars().any(char::is_whitespace) {
                return Err(Error::data(
                    source,
                    line,
                    format!("a stopword must be one word, found {word:?}"),
                ));
            }
            if word.chars().any(|c| c.is_control() || c == '\u{fffd}') {
                return Err(Error::data(
                    source,
                    line,
                    format!("control or replacement character in {word:?}"),
                ));
            }
            self.add(word);
        }
        Ok(self)
    }

    /// Builds the set.
    ///
    /// ```
    /// let stop = warta::StopwordsBuilder::empty().add("yang").build();
    /// assert!(stop.is_stopword("Yang"));
    /// ```
    pub fn build(&self) -> Stopwords {
        let longest = self.words.iter().map(|w| w.len()).max().unwrap_or(0);
        let mut shapes = vec![0u32; SHAPES].into_boxed_slice();
        for w in &self.words {
            if w.len() <= 31 {
                shapes[shape_index(w.as_bytes())] |= 1 << w.len();
            }
        }
        Stopwords {
            has_non_ascii: self.words.iter().any(|w| !w.is_ascii()),
            longest,
            words: self.words.clone(),
            shapes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_list_loads() {
        assert!(Stopwords::default_list().len() >= 200);
    }

    #[test]
    fn name_and_title_words_are_not_stopwords() {
        let stop = Stopwords::default_list();
        for word in [
            "wakil", "kepala", "ketua", "anggota", "utara", "tengah", "selatan", "barat", "timur",
            "tenggara", "baru", "besar", "raya", "jaya", "kota", "desa", "dalam", "luar", "negeri",
            "umum", "daerah", "satu", "dua", "tiga",
        ] {
            assert!(!stop.is_stopword(word), "{word} must not be a stopword");
        }
    }

    #[test]
    fn common_function_words_are_stopwords() {
        let stop = Stopwords::default_list();
        for word in [
            "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "itu", "ini", "akan", "tidak",
        ] {
            assert!(stop.is_stopword(word), "{word}");
            assert!(stop.is_stopword(&word.to_uppercase()), "{word}");
        }
    }

    #[test]
    fn non_ascii_entries_and_queries() {
        let stop = StopwordsBuilder::empty().add("ÉTÉ").build();
        assert!(stop.is_stopword("été"));
        assert!(stop.is_stopword("Été"));
        assert!(!Stopwords::default_list().is_stopword("Désa"));
        assert!(!Stopwords::default_list().is_stopword(""));
    }

    #[test]
    fn bad_lines_name_the_line() {
        let err = StopwordsBuilder::empty()
            .add_list("list.txt", "# c\nyang\nbad\u{7}\n")
            .unwrap_err();
        assert_eq!(err.line(), Some(3));
        assert!(err.to_string().starts_with("list.txt:3:"));
    }
}
