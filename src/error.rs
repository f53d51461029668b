//! The crate's error type.

use std::fmt;

/// Errors from loading data: a user's gazetteer, alias, title or stopword file.
///
/// Analysing text never fails; only construction does. Every error names the
/// data source (the name the caller gave it, usually a file name), the line and
/// the problem.
///
/// ```
/// let err = warta::Stopwords::builder()
///     .add_list("mine.txt", "yang\nfoo bar\n")
///     .unwrap_err();
/// assert_eq!(err.to_string(), "mine.txt:2: a stopword must be one word, found \"foo bar\"");
/// assert_eq!(err.line(), Some(2));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A line of a data source could not be used.
    Data {
        /// The name the caller gave the source, e.g. a file name.
        source: String,
        /// 1-based line number; 0 when the problem concerns the whole source.
        line: usize,
        /// What is wrong, in a sentence.
        problem: String,
    },
}

impl Error {
    pub(crate) fn data(source: &str, line: usize, problem: impl Into<String>) -> Error {
        Error::Data {
            source: source.to_string(),
            line,
            problem: problem.into(),
        }
    }

    /// The 1-based line the error is about, if it is about one line.
    ///
    /// ```
    /// let err = warta::Stopwords::builder().add_list("s.txt", "a b").unwrap_err();
    /// assert_eq!(err.line(), Some(1));
    /// ```
    pub fn line(&self) -> Option<usize> {
        match self {
            Error::Data { line: 0, .. } => None,
            Error::Data { line, .. } => Some(*line),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Data {
                source,
                line: 0,
                problem,
            } => write!(f, "{source}: {problem}"),
            Error::Data {
                source,
                line,
                problem,
            } => write!(f, "{source}:{line}: {problem}"),
        }
    }
}

impl std::error::Error for Error {}

/// `Result` with warta's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
