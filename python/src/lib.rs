//! Python bindings for warta, built with PyO3 and maturin.
//!
//! The Python package `warta` wraps this extension module (`warta._warta`).
//! Entities become dicts with the fields of the JSON contract (see
//! `warta::Entity`); `start`/`end` (and a title's `title_span`) are Python
//! string indices (code points) unless `offsets="bytes"` is asked for.
//!
//! Nothing here panics on any input: analysis runs on `&str`, offsets are
//! mapped with a checked walk, and every error becomes a Python exception.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex, OnceLock};

use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyList;

mod pyser;

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

/// The byte offsets an entity holds: its span and an official's title span.
fn push_offsets(e: &warta::Entity<'_>, out: &mut Vec<usize>) {
    out.extend([e.span.start, e.span.end]);
    if let warta::EntityInfo::Official(o) = &e.info {
        if let Some(span) = o.title_span {
            out.extend([span.start, span.end]);
        }
    }
}

fn map_span(span: &mut warta::Span, index: &CharIndex) {
    span.start = index.get(span.start);
    span.end = index.get(span.end);
}

/// Analyses one text into entities whose spans have the offsets asked for
/// (code point indices for `Offsets::Chars`). Runs without the GIL.
fn analyse<'t>(
    analyzer: &warta::Analyzer,
    text: &'t str,
    offsets: Offsets,
) -> Vec<warta::Entity<'t>> {
    let mut entities = analyzer.entities(text);
    if offsets == Offsets::Chars && !text.is_ascii() {
        let mut wanted = Vec::with_capacity(entities.len() * 2);
        for e in &entities {
            push_offsets(e, &mut wanted);
        }
        let index = CharIndex::new(text, wanted);
        for e in &mut entities {
            map_span(&mut e.span, &index);
            if let warta::EntityInfo::Official(o) = &mut e.info {
                if let Some(span) = &mut o.title_span {
                    map_span(span, &index);
                }
            }
        }
    }
    entities
}

/// The entities of one text as a list of dicts (through their `Serialize`
/// impls: the fields of the JSON contract, in its order).
fn entities_to_py<'py>(
    cache: &mut pyser::Cache<'py>,
    entities: &[warta::Entity<'_>],
) -> PyResult<Bound<'py, PyAny>> {
    let _pause = GcPause::new(cache.py())?;
    cache.convert(entities)
}

/// Python's cyclic garbage collector, paused while one text's dicts are
/// made and resumed (if it was on) when dropped.
///
/// Every dict and list made counts towards the collector's next run, so
/// without the pause it runs once per few hundred entities and scans the
/// young objects, a third of the conversion time on entity-dense text. The
/// objects made hold no reference cycles, and the GIL is held from pause to
/// resume, so no other Python code runs while the collector is off.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<GcPause<'py>> {
        let gc = py.import("gc")?;
        if gc.call_method0("isenabled")?.is_truthy()? {
            gc.call_method0("disable")?;
            return Ok(GcPause { gc: Some(gc) });
        }
        Ok(GcPause { gc: None })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            // Cannot fail for the gc module; if it did, the error is dropped
            // rather than raised from a destructor.
            let _ = gc.call_method0("enable");
        }
    }
}

fn data_error(e: warta::Error) -> PyErr {
    match &e {
        warta::Error::Io { kind, .. } if *kind == std::io::ErrorKind::NotFound => {
            PyFileNotFoundError::new_err(e.to_string())
        }
        warta::Error::Io { .. } => PyOSError::new_err(e.to_string()),
        _ => PyValueError::new_err(e.to_string()),
    }
}

/// Reads a data file given by path: a missing or unreadable file raises
/// `FileNotFoundError`/`OSError`, a file that is not UTF-8 `ValueError`.
fn read(path: &str) -> PyResult<warta::DataFile> {
    warta::DataFile::read(path).map_err(data_error)
}

/// The data files one kind of builder method takes.
#[derive(Clone, Copy)]
enum DataKind {
    Regions,
    RegionAliases,
    Titles,
    Organizations,
    NotNames,
}

/// Reads the file at `path` and adds it to the builder as data of `kind`.
fn add_file(b: &mut warta::AnalyzerBuilder, kind: DataKind, path: &str) -> PyResult<()> {
    let file = read(path)?;
    let (name, text) = (file.name(), file.contents());
    match kind {
        DataKind::Regions => b.regions_tsv(name, text),
        DataKind::RegionAliases => b.region_aliases_tsv(name, text),
        DataKind::Titles => b.titles_tsv(name, text),
        DataKind::Organizations => b.organizations_tsv(name, text),
        DataKind::NotNames => b.not_names(name, text),
    }
    .map_err(data_error)?;
    Ok(())
}

/// Parses entity kind names ("official", "region", "organization").
fn parse_kinds(kinds: &[String]) -> PyResult<Vec<warta::EntityKind>> {
    kinds
        .iter()
        .map(|k| match k.as_str() {
            "official" => Ok(warta::EntityKind::Official),
            "region" => Ok(warta::EntityKind::Region),
            "organization" => Ok(warta::EntityKind::Organization),
            other => Err(PyValueError::new_err(format!(
                "unknown entity kind {other:?}: expected \"official\", \"region\" or \"organization\""
            ))),
        })
        .collect()
}

/// The entities of every text, one list per text, in order.
///
/// With one thread, each text is analysed on the calling thread with the GIL
/// released, then converted. With `threads` = N > 1, N - 1 worker threads
/// analyse (each taking the next text as it finishes one, so long and short
/// texts balance) while the calling thread, holding the GIL, turns finished
/// texts into dicts as they arrive, and analyses a text itself (GIL
/// released) when none is waiting: N threads busy in all, conversion
/// overlapping analysis.
fn batch<'py>(
    py: Python<'py>,
    analyzer: &warta::Analyzer,
    texts: &[String],
    threads: usize,
    offsets: Offsets,
) -> PyResult<Bound<'py, PyList>> {
    let mut cache = pyser::Cache::new(py);
    if threads <= 1 || texts.len() <= 1 {
        let mut lists = Vec::with_capacity(texts.len());
        for text in texts {
            let entities = py.allow_threads(|| analyse(analyzer, text, offsets));
            lists.push(entities_to_py(&mut cache, &entities)?);
        }
        return PyList::new(py, lists);
    }
    let out = PyList::new(py, texts.iter().map(|_| py.None()))?;
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Vec<warta::Entity<'_>>)>();
    let rx = Mutex::new(rx);
    std::thread::scope(|s| -> PyResult<()> {
        // The calling thread is one of the `threads`: it analyses too when
        // no finished text is waiting to be converted.
        let workers: Vec<_> = (1..threads.min(texts.len()))
            .map(|_| {
                let (tx, next) = (tx.clone(), &next);
                s.spawn(move || loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(text) = texts.get(i) else { break };
                    if tx.send((i, analyse(analyzer, text, offsets))).is_err() {
                        break;
                    }
                })
            })
            .collect();
        drop(tx);
        let mut converted = 0;
        let mut status = Ok(());
        while converted < texts.len() {
            let ready = rx.lock().ok().and_then(|r| r.try_recv().ok());
            let (i, entities) = match ready {
                Some(m) => m,
                None => {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    match texts.get(i) {
                        // Nothing to convert: analyse the next text here.
                        Some(text) => (i, py.allow_threads(|| analyse(analyzer, text, offsets))),
                        // No text left: wait for the workers without the GIL.
                        None => {
                            let rx = &rx;
                            match py
                                .allow_threads(move || rx.lock().ok().and_then(|r| r.recv().ok()))
                            {
                                Some(m) => m,
                                None => break,
                            }
                        }
                    }
                }
            };
            if let Err(e) = entities_to_py(&mut cache, &entities).and_then(|l| out.set_item(i, l)) {
                status = Err(e);
                break;
            }
            converted += 1;
        }
        // On an error, stop the workers: no text is left to take.
        next.store(texts.len(), Ordering::Relaxed);
        drop(rx);
        let panicked = workers.into_iter().any(|w| w.join().is_err());
        status?;
        if panicked || converted != texts.len() {
            return Err(PyRuntimeError::new_err("an analysis thread panicked"));
        }
        Ok(())
    })?;
    Ok(out)
}

/// Finds officials, regions (with Kemendagri codes) and organisations in
/// Indonesian news text.
///
/// ``Analyzer()`` uses the embedded data, built once per process (about
/// 30 ms) and shared by every ``Analyzer()``.
///
/// Keyword arguments take lists of paths of data files in the formats of
/// the crate's ``data/`` directory, added to the embedded data:
/// ``regions`` and ``region_aliases`` (TSV), ``titles`` (TSV),
/// ``organizations`` (TSV) and ``not_names`` (one word a line).
/// ``regions_only=True`` drops the embedded regions and aliases first;
/// ``kinds`` (a list of ``"official"``, ``"region"``, ``"organization"``)
/// reports only those kinds. ``Analyzer.builder()`` does the same step by
/// step. Bad data raises ``ValueError`` with the file, the line and the
/// problem (``"my.tsv:3: ..."``); a missing file ``FileNotFoundError``,
/// an unreadable one ``OSError``.
///
/// An analyzer is immutable and thread-safe; analysis releases the GIL.
#[pyclass(module = "warta._warta", name = "Analyzer", frozen)]
struct PyAnalyzer {
    inner: Arc<warta::Analyzer>,
}

#[pymethods]
impl PyAnalyzer {
    #[new]
    #[pyo3(signature = (*, regions=None, region_aliases=None, titles=None, organizations=None, not_names=None, regions_only=false, kinds=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        regions: Option<Vec<String>>,
        region_aliases: Option<Vec<String>>,
        titles: Option<Vec<String>>,
        organizations: Option<Vec<String>>,
        not_names: Option<Vec<String>>,
        regions_only: bool,
        kinds: Option<Vec<String>>,
    ) -> PyResult<PyAnalyzer> {
        let custom = regions_only
            || kinds.is_some()
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
        let mut b = PyAnalyzerBuilder::start(regions_only);
        for (kind, paths) in [
            (DataKind::Regions, regions),
            (DataKind::RegionAliases, region_aliases),
            (DataKind::Titles, titles),
            (DataKind::Organizations, organizations),
            (DataKind::NotNames, not_names),
        ] {
            for path in paths.unwrap_or_default() {
                add_file(&mut b, kind, &path)?;
            }
        }
        if let Some(kinds) = kinds {
            b.kinds(&parse_kinds(&kinds)?);
        }
        let built = py.allow_threads(|| b.build()).map_err(data_error)?;
        Ok(PyAnalyzer {
            inner: Arc::new(built),
        })
    }

    /// A builder for an analyzer with custom data: add files with its
    /// methods (each returns the builder), then call ``build()``.
    /// ``regions_only=True`` starts without the embedded regions and aliases.
    #[staticmethod]
    #[pyo3(signature = (*, regions_only=false))]
    fn builder(regions_only: bool) -> PyAnalyzerBuilder {
        PyAnalyzerBuilder {
            inner: PyAnalyzerBuilder::start(regions_only),
        }
    }

    /// The entities of one text, in text order, as dicts with the fields of
    /// the JSON contract. ``offsets="chars"`` (the default) gives ``start``
    /// and ``end`` (and a title's ``title_span``) as Python string indices,
    /// so ``text[e["start"]:e["end"]] == e["text"]``; ``offsets="bytes"``
    /// gives UTF-8 byte offsets.
    #[pyo3(signature = (text, offsets="chars"))]
    fn entities<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        offsets: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let offsets = parse_offsets(offsets)?;
        let inner = &self.inner;
        let entities = py.allow_threads(|| analyse(inner, text, offsets));
        entities_to_py(&mut pyser::Cache::new(py), &entities)
    }

    /// The entities of many texts: one list per text, in the order given,
    /// equal to calling ``entities`` on each. Analyses on ``threads``
    /// threads (default: the machine's available parallelism) without the
    /// GIL; the calling thread is one of them and, holding the GIL, turns
    /// finished texts into dicts while the others analyse. ``texts`` is a
    /// sequence of str (a list; not a bare str).
    #[pyo3(signature = (texts, threads=None, offsets="chars"))]
    fn entities_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<String>,
        threads: Option<usize>,
        offsets: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let offsets = parse_offsets(offsets)?;
        let threads = match threads {
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        batch(py, &self.inner, &texts, threads, offsets)
    }

    fn __repr__(&self) -> String {
        format!("<warta.Analyzer: {} regions>", self.inner.gazetteer().len())
    }
}

/// Builds an :class:`Analyzer` with custom data, step by step::
///
///     analyzer = (warta.Analyzer.builder()
///                 .region_aliases("my-aliases.tsv")
///                 .titles("my-titles.tsv")
///                 .build())
///
/// Each method reads the file at once: bad data raises ``ValueError`` with
/// the file, the line and the problem, a missing file
/// ``FileNotFoundError``.
#[pyclass(module = "warta._warta", name = "AnalyzerBuilder")]
struct PyAnalyzerBuilder {
    inner: warta::AnalyzerBuilder,
}

impl PyAnalyzerBuilder {
    fn start(regions_only: bool) -> warta::AnalyzerBuilder {
        if regions_only {
            warta::AnalyzerBuilder::without_regions()
        } else {
            warta::AnalyzerBuilder::new()
        }
    }

    fn add<'p>(
        mut slf: PyRefMut<'p, Self>,
        kind: DataKind,
        path: &str,
    ) -> PyResult<PyRefMut<'p, Self>> {
        add_file(&mut slf.inner, kind, path)?;
        Ok(slf)
    }
}

#[pymethods]
impl PyAnalyzerBuilder {
    /// Adds regions: a TSV file as ``data/regions.tsv`` (code, level,
    /// name, parent code, village type).
    fn regions<'p>(slf: PyRefMut<'p, Self>, path: &str) -> PyResult<PyRefMut<'p, Self>> {
        Self::add(slf, DataKind::Regions, path)
    }

    /// Adds region aliases: a TSV file as ``data/aliases.tsv``
    /// (alias, code, type, trigger, note).
    fn region_aliases<'p>(slf: PyRefMut<'p, Self>, path: &str) -> PyResult<PyRefMut<'p, Self>> {
        Self::add(slf, DataKind::RegionAliases, path)
    }

    /// Adds office titles: a TSV file as ``data/titles.tsv``.
    fn titles<'p>(slf: PyRefMut<'p, Self>, path: &str) -> PyResult<PyRefMut<'p, Self>> {
        Self::add(slf, DataKind::Titles, path)
    }

    /// Adds organisations: a TSV file as ``data/organizations.tsv`` (name,
    /// forms, category, level, scope).
    fn organizations<'p>(slf: PyRefMut<'p, Self>, path: &str) -> PyResult<PyRefMut<'p, Self>> {
        Self::add(slf, DataKind::Organizations, path)
    }

    /// Adds words that end a person's name, one a line, as
    /// ``data/not-names.txt``.
    fn not_names<'p>(slf: PyRefMut<'p, Self>, path: &str) -> PyResult<PyRefMut<'p, Self>> {
        Self::add(slf, DataKind::NotNames, path)
    }

    /// Reports only entities of these kinds: a list of ``"official"``,
    /// ``"region"`` and ``"organization"``.
    fn kinds<'p>(mut slf: PyRefMut<'p, Self>, kinds: Vec<String>) -> PyResult<PyRefMut<'p, Self>> {
        let kinds = parse_kinds(&kinds)?;
        slf.inner.kinds(&kinds);
        Ok(slf)
    }

    /// Builds the analyzer; the builder stays usable.
    fn build(&self, py: Python<'_>) -> PyResult<PyAnalyzer> {
        let b = &self.inner;
        let built = py.allow_threads(|| b.build()).map_err(data_error)?;
        Ok(PyAnalyzer {
            inner: Arc::new(built),
        })
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
                let kind = t.kind.as_str().to_string();
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
    m.add_class::<PyAnalyzerBuilder>()?;
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    Ok(())
}
