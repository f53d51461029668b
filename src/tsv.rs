//! Reading the tab-separated data files (embedded or a user's).

use crate::error::{Error, Result};

/// The fields of one row: up to [`Fields::CAPACITY`] kept on the stack
/// (the data files have at most six columns; further ones are ignored).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Fields<'a> {
    items: [&'a str; Fields::CAPACITY],
    len: usize,
}

impl<'a> Fields<'a> {
    const CAPACITY: usize = 8;

    /// Splits `line` at tabs, trimming each field.
    fn split(line: &'a str) -> Fields<'a> {
        let mut fields = Fields {
            items: [""; Fields::CAPACITY],
            len: 0,
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

/// The data rows of a tab-separated text: 1-based line number and trimmed
/// fields, skipping blank lines, `#` comments and a header line that starts
/// with `header`.
pub(crate) fn rows<'a>(
    tsv: &'a str,
    header: &'a str,
) -> impl Iterator<Item = (usize, Fields<'a>)> + 'a {
    tsv.lines().enumerate().filter_map(move |(i, line)| {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.starts_with('#') || line.starts_with(header) {
            None
        } else {
            Some((i + 1, Fields::split(line)))
        }
    })
}

/// `value` as one of the allowed `names`, or an error naming the source,
/// the line and what was expected.
pub(crate) fn one_of(
    source: &str,
    line: usize,
    what: &str,
    value: &str,
    names: &[&'static str],
) -> Result<&'static str> {
    names
        .iter()
        .find(|n| **n == value)
        .copied()
        .ok_or_else(|| Error::data(source, line, format!("unknown {what} {value:?}")))
}

/// The `; `-separated forms of a field, without empty ones and `-`.
pub(crate) fn forms(field: &str) -> impl Iterator<Item = &str> {
    field
        .split(';')
        .map(str::trim)
        .filter(|f| !f.is_empty() && *f != "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_skip_comments_header_and_blank_lines() {
        let tsv = "# comment\nname\tform\n\nA\t a ; b \r\n";
        let rows: Vec<(usize, Vec<&str>)> =
            rows(tsv, "name\t").map(|(i, f)| (i, f.to_vec())).collect();
        assert_eq!(rows, [(4, vec!["A", "a ; b"])]);
        assert_eq!(forms("a ; b;-; ").collect::<Vec<_>>(), ["a", "b"]);
    }

    #[test]
    fn one_of_names_the_line() {
        let err = one_of("x.tsv", 3, "category", "nope", &["police"]).unwrap_err();
        assert_eq!(err.to_string(), "x.tsv:3: unknown category \"nope\"");
    }
}
