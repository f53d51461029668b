//! Python bindings for warta, built with PyO3 and maturin.
//!
//! The Python package `warta` wraps this extension module (`warta._warta`).
//! Entities become dicts with the fields of the JSON contract (see
//! `warta::Entity`); `start`/`end` (and a title's `title_span`) are Python
//! string indices (code points) unless `offsets="bytes"` is asked for.
//!
//! Nothing here panics on any input: analysis runs on `&str`, offsets are
//! mapped with a checked walk, and every error becomes a Python exception.

use std::sync::{Arc, OnceLock};

use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde_json::Value;

/// The embedded-data analyzer, built once per process and shared.
static DEFAULT: OnceLock<Arc<warta::Analyzer>> = OnceLock::new();

fn default_analyzer() -> Arc<warta::Analyzer> {
    DEFAULT
        .get_or_init(|| Arc::new(warta::Analyzer::new()))
        .clone()
}

/// How offsets are reported.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Offsets {
    Chars,
    Bytes,
}

fn parse_offsets(offsets: &str) -> PyResult<Offsets> {
    match offsets {
        "chars" => Ok(Offsets::Chars),
        "bytes" => Ok(Offsets::Bytes),
        other => Err(PyValueError::new_err(format!(
            "offsets must be \"chars\" or \"bytes\", not {other:?}"
        ))),
    }
}

/// Maps UTF-8 byte offsets (on char boundaries) to code point indices.
///
/// The offsets wanted are collected, sorted and found in one walk over the
/// text, so the cost is one pass plus a sort, whatever the text's length.
struct CharIndex {
    /// Sorted, deduplicated (byte offset, char index) pairs.
    pairs: Vec<(usize, usize)>,
}

impl CharIndex {
    fn new(text: &str, mut wanted: Vec<usize>) -> CharIndex {
        wanted.sort_unstable();
        wanted.dedup();
        let mut pairs = Vec::with_capacity(wanted.len());
        let mut want = wanted.into_iter().peekable();
        let mut chars = 0usize;
        for (byte, _) in text.char_indices() {
            while let Some(&w) = want.peek() {
                if w > byte {
                    break;
                }
                // w == byte on a boundary; a w inside a char (never made by
                // warta) maps to the char it is in.
                pairs.push((w, if w == byte { chars } else { chars - 1 }));
                want.next();
            }
            chars += 1;
        }
        for w in want {
            pairs.push((w, chars));
        }
        CharIndex { pairs }
    }

    fn get(&self, byte: usize) -> usize {
        match self.pairs.binary_search_by_key(&byte, |p| p.0) {
            Ok(i) => self.pairs[i].1,
            Err(_) => byte,
        }
    }
}

/// Byte offsets of a serialised entity that need mapping.
fn push_offsets(v: &Value, out: &mut Vec<usize>) {
    if let Value::Object(m) = v {
        for key in ["start", "end"] {
            if let Some(n) = m.get(key).and_then(Value::as_u64) {
                out.push(n as usize);
            }
        }
        if let Some(span) = m.get("title_span") {
            push_offsets(span, out);
        }
    }
}

fn map_offsets(v: &mut Value, index: &CharIndex) {
    if let Value::Object(m) = v {
        for key in ["start", "end"] {
            if let Some(n) = m.get(key).and_then(Value::as_u64) {
                m.insert(key.to_string(), Value::from(index.get(n as usize) as u64));
            }
        }
        if let Some(span) = m.get_mut("title_span") {
            map_offsets(span, index);
        }
    }
}

/// Analyses one text into serialised entities with the offsets asked for.
/// Runs without the GIL.
fn analyse(analyzer: &warta::Analyzer, text: &str, offsets: Offsets) -> Vec<Value> {
    let mut values: Vec<Value> = analyzer
        .entities(text)
        .iter()
        .map(|e| serde_json::to_value(e).unwrap_or(Value::Null))
        .collect();
    if offsets == Offsets::Chars && !text.is_ascii() {
        let mut wanted = Vec::with_capacity(values.len() * 2);
        for v in &values {
            push_offsets(v, &mut wanted);
        }
        let index = CharIndex::new(text, wanted);
        for v in &mut values {
            map_offsets(v, &index);
        }
    }
    values
}

/// Converts a JSON value to Python objects (dict, list, str, int, float,
/// bool, None).
fn to_py(py: Python<'_>, v: &Value) -> PyResult<PyObject> {
    Ok(match v {
        Value::Null => py.None(),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any().unbind(),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any().unbind()
            } else if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any().unbind()
            } else {
                n.as_f64()
                    .unwrap_or(f64::NAN)
                    .into_pyobject(py)?
                    .into_any()
                    .unbind()
            }
        }
        Value::String(s) => s.into_pyobject(py)?.into_any().unbind(),
        Value::Array(a) => {
            let list = PyList::empty(py);
            for item in a {
                list.append(to_py(py, item)?)?;
            }
            list.into_any().unbind()
        }
        Value::Object(m) => {
            let dict = PyDict::new(py);
            for (k, item) in m {
                dict.set_item(k, to_py(py, item)?)?;
            }
            dict.into_any().unbind()
        }
    })
}

fn entities_to_py(py: Python<'_>, values: &[Value]) -> PyResult<Py<PyList>> {
    let list = PyList::empty(py);
    for v in values {
        list.append(to_py(py, v)?)?;
    }
    Ok(list.unbind())
}

fn data_error(e: warta::Error) -> PyErr {
    match e {
        warta::Error::Io { .. } => PyOSError::new_err(e.to_string()),
        _ => PyValueError::new_err(e.to_string()),
    }
}

/// Reads a data file given by path; an unreadable file raises OSError.
fn read(path: &str) -> PyResult<String> {
    let bytes = std::fs::read(path).map_err(|e| PyOSError::new_err(format!("{path}: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        PyValueError::new_err(format!("{path}:{line}: not UTF-8 (byte offset {offset})"))
    })
}

/// Finds officials, regions (with Kemendagri codes) and organisations in
/// Indonesian news text.
///
/// ``Analyzer()`` uses the embedded data, built once per process and shared
/// by every ``Analyzer()``. Keyword arguments take paths of data files in
/// the formats of the crate's ``data/`` directory; they are added to the
/// embedded data (``regions_only=True`` drops the embedded regions and
/// aliases first). Bad data raises ``ValueError`` with file, line and
/// problem; an unreadable file raises ``OSError``.
///
/// An analyzer is immutable and thread-safe.
#[pyclass(module = "warta._warta", name = "Analyzer", frozen)]
struct PyAnalyzer {
    inner: Arc<warta::Analyzer>,
}

#[pymethods]
impl PyAnalyzer {
    #[new]
    #[pyo3(signature = (*, regions=None, region_aliases=None, titles=None, organizations=None, not_names=None, regions_only=false))]
    fn new(
        py: Python<'_>,
        regions: Option<Vec<String>>,
        region_aliases: Option<Vec<String>>,
        titles: Option<Vec<String>>,
        organizations: Option<Vec<String>>,
        not_names: Option<Vec<String>>,
        regions_only: bool,
    ) -> PyResult<PyAnalyzer> {
        let custom = regions_only
            || [
                &regions,
                &region_aliases,
                &titles,
                &organizations,
                &not_names,
            ]
            .iter()
            .any(|o| o.is_some());
        if !custom {
            let inner = py.allow_threads(default_analyzer);
            return Ok(PyAnalyzer { inner });
        }
        let mut b = if regions_only {
            warta::AnalyzerBuilder::without_regions()
        } else {
            warta::AnalyzerBuilder::new()
        };
        for path in regions.unwrap_or_default() {
            b.regions_tsv(&path, &read(&path)?).map_err(data_error)?;
        }
        for path in region_aliases.unwrap_or_default() {
            b.region_aliases_tsv(&path, &read(&path)?)
                .map_err(data_error)?;
        }
        for path in titles.unwrap_or_default() {
            b.titles_tsv(&path, &read(&path)?).map_err(data_error)?;
        }
        for path in organizations.unwrap_or_default() {
            b.organizations_tsv(&path, &read(&path)?)
                .map_err(data_error)?;
        }
        for path in not_names.unwrap_or_default() {
            b.not_names(&path, &read(&path)?).map_err(data_error)?;
        }
        let built = py.allow_threads(|| b.build()).map_err(data_error)?;
        Ok(PyAnalyzer {
            inner: Arc::new(built),
        })
    }

    /// The entities of one text, in text order, as dicts with the fields of
    /// the JSON contract. ``offsets="chars"`` (the default) gives ``start``
    /// and ``end`` as Python string indices, so ``text[e["start"]:e["end"]]
    /// == e["text"]``; ``offsets="bytes"`` gives UTF-8 byte offsets.
    #[pyo3(signature = (text, offsets="chars"))]
    fn entities(&self, py: Python<'_>, text: &str, offsets: &str) -> PyResult<Py<PyList>> {
        let offsets = parse_offsets(offsets)?;
        let inner = &self.inner;
        let values = py.allow_threads(|| analyse(inner, text, offsets));
        entities_to_py(py, &values)
    }

    /// The entities of many texts: one list per text, equal to calling
    /// ``entities`` on each. Releases the GIL and analyses on ``threads``
    /// threads (default: the machine's available parallelism).
    #[pyo3(signature = (texts, threads=None, offsets="chars"))]
    fn entities_batch(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        threads: Option<usize>,
        offsets: &str,
    ) -> PyResult<Py<PyList>> {
        let offsets = parse_offsets(offsets)?;
        if threads == Some(0) {
            return Err(PyValueError::new_err("threads must be at least 1"));
        }
        let inner = &self.inner;
        let results: Vec<Vec<Value>> = py.allow_threads(|| {
            let n = threads
                .unwrap_or_else(|| {
                    std::thread::available_parallelism()
                        .map(|n| n.get())
                        .unwrap_or(1)
                })
                .clamp(1, texts.len().max(1));
            if n == 1 {
                return texts.iter().map(|t| analyse(inner, t, offsets)).collect();
            }
            // Contiguous chunks keep the order; each thread takes one.
            let chunk = texts.len().div_ceil(n);
            std::thread::scope(|s| {
                let handles: Vec<_> = texts
                    .chunks(chunk)
                    .map(|c| {
                        s.spawn(move || {
                            c.iter()
                                .map(|t| analyse(inner, t, offsets))
                                .collect::<Vec<_>>()
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .flat_map(|h| h.join().unwrap_or_default())
                    .collect()
            })
        });
        let out = PyList::empty(py);
        for values in &results {
            out.append(entities_to_py(py, values)?)?;
        }
        Ok(out.unbind())
    }

    fn __repr__(&self) -> String {
        format!("<warta.Analyzer: {} regions>", self.inner.gazetteer().len())
    }
}

fn offset_mapper(text: &str, offsets: Offsets) -> impl Fn(usize) -> usize + '_ {
    // Spans come in text order: an incremental walk maps them in one pass.
    // Counting the bytes that are not UTF-8 continuation bytes counts chars
    // without slicing, so no offset can panic.
    let identity = offsets == Offsets::Bytes || text.is_ascii();
    let bytes = text.as_bytes();
    let state = std::cell::Cell::new((0usize, 0usize));
    move |byte: usize| {
        if identity {
            return byte;
        }
        let (mut b, mut c) = state.get();
        if byte < b {
            (b, c) = (0, 0);
        }
        let end = byte.min(bytes.len());
        c += bytes[b..end]
            .iter()
            .filter(|&&x| (x as i8) >= -0x40)
            .count();
        state.set((end, c));
        c
    }
}

/// The tokens of a text: a list of ``(text, start, end, kind)`` tuples,
/// with Python string indices (``offsets="bytes"`` for UTF-8 offsets).
#[pyfunction]
#[pyo3(signature = (text, offsets="chars"))]
fn tokenize(
    py: Python<'_>,
    text: &str,
    offsets: &str,
) -> PyResult<Vec<(String, usize, usize, String)>> {
    let offsets = parse_offsets(offsets)?;
    Ok(py.allow_threads(|| {
        let map = offset_mapper(text, offsets);
        warta::tokenize(text)
            .map(|t| {
                let kind = serde_json::to_value(t.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                let start = map(t.span.start);
                let end = map(t.span.end);
                (t.text.to_string(), start, end, kind)
            })
            .collect()
    }))
}

/// The sentences of a text: a list of ``(start, end)`` pairs, Python string
/// indices (``offsets="bytes"`` for UTF-8 offsets).
#[pyfunction]
#[pyo3(signature = (text, offsets="chars"))]
fn sentences(py: Python<'_>, text: &str, offsets: &str) -> PyResult<Vec<(usize, usize)>> {
    let offsets = parse_offsets(offsets)?;
    Ok(py.allow_threads(|| {
        let map = offset_mapper(text, offsets);
        warta::sentences(text)
            .map(|s| {
                let start = map(s.start);
                (start, map(s.end))
            })
            .collect()
    }))
}

/// The compiled part of the ``warta`` package.
#[pymodule]
fn _warta(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyAnalyzer>()?;
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    Ok(())
}
