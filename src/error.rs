//! The crate's error type.

use std::fmt;

/// Errors from loading data: a user's gazetteer, alias, title or stopword file.
///
/// `Error` is `Send + Sync`, so it crosses threads and fits `Box<dyn Error + Send + Sync>`.
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
    /// A data file could not be read (see [`DataFile`](crate::DataFile)).
    Io {
        /// The file's name or path.
        source: String,
        /// The kind of I/O failure.
        kind: std::io::ErrorKind,
        /// The operating system's message.
        message: String,
    },
    /// A data file is not UTF-8 text.
    NotUtf8 {
        /// The file's name or path.
        source: String,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// Byte offset of the first invalid byte from the start of the file.
        offset: usize,
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

    pub(crate) fn io(source: &str, error: &std::io::Error) -> Error {
        Error::Io {
            source: source.to_string(),
            kind: error.kind(),
            message: error.to_string(),
        }
    }

    pub(crate) fn not_utf8(source: &str, line: usize, offset: usize) -> Error {
        Error::NotUtf8 {
            source: source.to_string(),
            line,
            offset,
        }
    }

    /// The name of the data source the error is about (a file name or path).
    ///
    /// ```
    /// let err = warta::Stopwords::builder().add_list("s.txt", "a b").unwrap_err();
    /// assert_eq!(err.source_name(), "s.txt");
    /// ```
    pub fn source_name(&self) -> &str {
        match self {
            Error::Data { source, .. }
            | Error::Io { source, .. }
            | Error::NotUtf8 { source, .. } => source,
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
            Error::Data { line: 0, .. } | Error::Io { .. } => None,
            Error::Data { line, .. } | Error::NotUtf8 { line, .. } => Some(*line),
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
            Error::Io {
                source, message, ..
            } => write!(f, "{source}: cannot read: {message}"),
            Error::NotUtf8 {
                source,
                line,
                offset,
            } => write!(f, "{source}:{line}: not UTF-8 at byte {offset}"),
        }
    }
}

impl std::error::Error for Error {}

/// `Result` with warta's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

// Errors cross threads (a loader on one thread, a report on another).
const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Error>();
};
