//! Reading the tab-separated data files (embedded or a user's).

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// The fields of one row: up to [`Fields::CAPACITY`] kept on the stack
/// (the data files have at most six columns); `count` is how many the
/// line had, so that a row with too many is an error, not ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Fields<'a> {
    items: [&'a str; Fields::CAPACITY],
    len: usize,
    count: usize,
}

impl<'a> Fields<'a> {
    const CAPACITY: usize = 8;

    /// Splits `line` at tabs, trimming each field.
    fn split(line: &'a str) -> Fields<'a> {
        let mut fields = Fields {
            items: [""; Fields::CAPACITY],
            len: 0,
            count: 0,
        };
        let mut start = 0;
        // Tabs are ASCII, so every split point is a char boundary.
        for (i, &b) in line.as_bytes().iter().enumerate() {
            if b == b'\t' {
                fields.push(&line[start..i]);
                start = i + 1;
            }
        }
        fields.push(&line[start..]);
        fields
    }

    fn push(&mut self, field: &'a str) {
        self.count += 1;
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = field.trim();
            self.len += 1;
        }
    }
}

impl<'a> std::ops::Deref for Fields<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        &self.items[..self.len]
    }
}

/// `text` without a leading byte-order mark (spreadsheets save one).
pub(crate) fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// The lines of a one-item-per-line list: 1-based line number and the line
/// without trailing whitespace (or CR), skipping a byte-order mark, blank
/// lines and `#` comments.
pub(crate) fn list_lines(list: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    without_bom(list)
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim_end()))
        .filter(|(_, line)| {
            let start = line.trim_start();
            !start.is_empty() && !start.starts_with('#')
        })
}

/// The data rows of a tab-separated text whose columns are `columns`:
/// 1-based line number and trimmed fields, skipping a byte-order mark,
/// blank lines, `#` comments and a header line (one that starts with the
/// first column's name and a tab). A line may end in CR and trailing
/// whitespace; a line with more fields than `columns` is an error naming
/// the source, the line and the columns.
pub(crate) fn rows<'a>(
    source: &'a str,
    tsv: &'a str,
    columns: &'a [&'a str],
) -> impl Iterator<Item = Result<(usize, Fields<'a>)>> + 'a {
    let header = columns.first().copied().unwrap_or("");
    without_bom(tsv)
        .lines()
        .enumerate()
        .filter_map(move |(i, line)| {
            let line = line.trim_end();
            let is_header = line
                .strip_prefix(header)
                .is_some_and(|rest| rest.starts_with('\t'));
            if line.trim_start().is_empty() || line.starts_with('#') || is_header {
                return None;
            }
            let fields = Fields::split(line);
            if fields.count > columns.len() {
                return Some(Err(Error::data(
                    source,
                    i + 1,
                    format!(
                        "{} tab-separated fields, expected at most {}: {}",
                        fields.count,
                        columns.len(),
                        columns.join(", ")
                    ),
                )));
            }
            Some(Ok((i + 1, fields)))
        })
}

/// `value` as one of the allowed `names`, or an error naming the source,
/// the line, the field and the values allowed.
pub(crate) fn one_of(
    source: &str,
    line: usize,
    what: &str,
    value: &str,
    names: &[&'static str],
) -> Result<&'static str> {
    names.iter().find(|n| **n == value).copied().ok_or_else(|| {
        Error::data(
            source,
            line,
            format!(
                "unknown {what} {value:?}: expected one of {}",
                names.join(", ")
            ),
        )
    })
}

/// The `; `-separated forms of a field, without `-` (no forms) and without
/// a trailing `;`; an empty form between two `;` is an error.
pub(crate) fn forms<'f>(source: &str, line: usize, field: &'f str) -> Result<Vec<&'f str>> {
    let field = field.trim().trim_end_matches(';');
    if field.is_empty() || field == "-" {
        return Ok(Vec::new());
    }
    let forms: Vec<&str> = field.split(';').map(str::trim).collect();
    if forms.iter().any(|f| f.is_empty()) {
        return Err(Error::data(
            source,
            line,
            format!("empty form in {field:?}"),
        ));
    }
    Ok(forms.into_iter().filter(|f| *f != "-").collect())
}

/// A data file's name and text, read from a path or a reader, for the
/// builders' loaders, which take the name (for errors) and the contents
/// as two arguments.
///
/// Reading fails with an [`Error`] that names the file: an I/O error, or
/// text that is not UTF-8 (with the line and byte offset of the first bad
/// byte). A leading byte-order mark is removed.
///
/// ```
/// let file = warta::DataFile::from_reader("mine.tsv", "\u{feff}Kota Daeng\t73.71\r\n".as_bytes())?;
/// assert_eq!(file.name(), "mine.tsv");
/// let mut builder = warta::Analyzer::builder();
/// builder.region_aliases_tsv(file.name(), file.contents())?;
/// let analyzer = builder.build()?;
/// assert_eq!(analyzer.entities("Warga Kota Daeng")[0].text, "Kota Daeng");
///
/// let err = warta::DataFile::from_reader("bad.tsv", &b"Palu\n\xff\n"[..]).unwrap_err();
/// assert_eq!(err.to_string(), "bad.tsv:2: not UTF-8 at byte 5");
/// let err = warta::DataFile::read("no/such/file.tsv").unwrap_err();
/// assert!(err.to_string().starts_with("no/such/file.tsv: cannot read: "));
/// # Ok::<(), warta::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataFile {
    name: String,
    contents: String,
}

impl DataFile {
    /// Reads the file at `path`; its name in errors is the path as given.
    ///
    /// ```
    /// let path = std::env::temp_dir().join("warta-datafile-doc.txt");
    /// std::fs::write(&path, "yang\n")?;
    /// let file = warta::DataFile::read(&path)?;
    /// assert_eq!(file.contents(), "yang\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn read(path: impl AsRef<Path>) -> Result<DataFile> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let file = std::fs::File::open(path).map_err(|e| Error::io(&name, &e))?;
        DataFile::from_reader(&name, file)
    }

    /// Reads all of `reader`, naming it `name` in errors.
    ///
    /// ```
    /// let file = warta::DataFile::from_reader("list.txt", "yang\n".as_bytes())?;
    /// assert_eq!(file.contents(), "yang\n");
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn from_reader(name: &str, mut reader: impl Read) -> Result<DataFile> {
        let mut bytes = Vec::new();
        reader
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io(name, &e))?;
        let contents = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let offset = e.utf8_error().valid_up_to();
                let line = 1 + e.as_bytes()[..offset]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
                return Err(Error::not_utf8(name, line, offset));
            }
        };
        let contents = match contents.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => contents,
        };
        Ok(DataFile {
            name: name.to_string(),
            contents,
        })
    }

    /// The name errors give the file: the path or the name given.
    ///
    /// ```
    /// assert_eq!(warta::DataFile::from_reader("a.tsv", &b""[..])?.name(), "a.tsv");
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file's text (without a byte-order mark).
    ///
    /// ```
    /// assert_eq!(warta::DataFile::from_reader("a.tsv", &b"\xef\xbb\xbfx"[..])?.contents(), "x");
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn contents(&self) -> &str {
        &self.contents
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[&str] = &["name", "form"];

    #[test]
    fn rows_skip_bom_comments_header_and_blank_lines() {
        let tsv = "\u{feff}# comment\nname\tform\n\nA\t a ; b \t \r\n";
        let rows: Vec<(usize, Vec<&str>)> = rows("x.tsv", tsv, COLUMNS)
            .map(|r| r.map(|(i, f)| (i, f.to_vec())).unwrap())
            .collect();
        assert_eq!(rows, [(4, vec!["A", "a ; b"])]);
        assert_eq!(forms("x", 1, "a ; b;-; ").unwrap(), ["a", "b"]);
        assert!(forms("x", 1, "a ;; b").is_err());
    }

    #[test]
    fn too_many_fields_name_the_columns() {
        let err = rows("x.tsv", "a\tb\tc\n", COLUMNS)
            .next()
            .unwrap()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.tsv:1: 3 tab-separated fields, expected at most 2: name, form"
        );
    }

    #[test]
    fn one_of_names_the_line_and_the_choices() {
        let err = one_of("x.tsv", 3, "category", "nope", &["police", "court"]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.tsv:3: unknown category \"nope\": expected one of police, court"
        );
    }
}
