//! A serde serializer that builds Python objects directly: dicts, lists,
//! str, int, float, bool and None, the shapes `serde_json` would print.
//!
//! Entities are turned into dicts through their `Serialize` impls, so the
//! dicts have exactly the fields (and the order) of the JSON contract, with
//! no intermediate JSON value. Short strings (keys, kinds, names, codes,
//! levels, categories, which repeat) are made once per [`Cache`] and shared:
//! Python strings are immutable, so sharing them is not observable except
//! by identity.

use std::collections::HashMap;
use std::fmt;

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyList, PyString};
use serde::ser::{self, Impossible, Serialize};

/// Strings longer than this are not cached (names in running text rarely
/// repeat).
const CACHED_LEN: usize = 32;

/// A multiply-rotate hasher (the rustc `FxHasher` scheme) for the short
/// strings of the cache: SipHash's resistance to chosen keys is not needed
/// for strings of one call's own output, and it cost as much as the lookup.
#[derive(Default)]
struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(c);
            self.add(u64::from_le_bytes(word));
        }
        let mut rest = [0; 8];
        let tail = chunks.remainder();
        rest[..tail.len()].copy_from_slice(tail);
        self.add(u64::from_le_bytes(rest) ^ tail.len() as u64);
    }
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// Python strings made so far, shared by the objects of one call.
pub struct Cache<'py> {
    py: Python<'py>,
    strings: HashMap<Box<str>, Bound<'py, PyString>, FxBuild>,
}

impl<'py> Cache<'py> {
    /// An empty cache.
    pub fn new(py: Python<'py>) -> Cache<'py> {
        Cache {
            py,
            strings: HashMap::default(),
        }
    }

    fn str(&mut self, s: &str) -> Bound<'py, PyAny> {
        if s.len() > CACHED_LEN {
            return PyString::new(self.py, s).into_any();
        }
        if let Some(cached) = self.strings.get(s) {
            return cached.clone().into_any();
        }
        let made = PyString::new(self.py, s);
        self.strings.insert(s.into(), made.clone());
        made.into_any()
    }

    /// The Python the objects are made for.
    pub fn py(&self) -> Python<'py> {
        self.py
    }

    /// Converts `value` to Python objects.
    pub fn convert<T: Serialize + ?Sized>(&mut self, value: &T) -> PyResult<Bound<'py, PyAny>> {
        value
            .serialize(Ser { cache: self })
            .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.0))
    }
}

/// Why a value could not be converted (never for warta's types).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Error {
        Error(e.to_string())
    }
}

type Result<T> = std::result::Result<T, Error>;

struct Ser<'c, 'py> {
    cache: &'c mut Cache<'py>,
}

impl<'py> Ser<'_, 'py> {
    fn signed(self, v: i64) -> Result<Bound<'py, PyAny>> {
        match v.into_pyobject(self.cache.py) {
            Ok(int) => Ok(int.into_any()),
            Err(never) => match never {},
        }
    }

    fn unsigned(self, v: u64) -> Result<Bound<'py, PyAny>> {
        match v.into_pyobject(self.cache.py) {
            Ok(int) => Ok(int.into_any()),
            Err(never) => match never {},
        }
    }
}

impl<'c, 'py> ser::Serializer for Ser<'c, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'c, 'py>;
    type SerializeTuple = Seq<'c, 'py>;
    type SerializeTupleStruct = Seq<'c, 'py>;
    type SerializeTupleVariant = Impossible<Self::Ok, Error>;
    type SerializeMap = Map<'c, 'py>;
    type SerializeStruct = Map<'c, 'py>;
    type SerializeStructVariant = Impossible<Self::Ok, Error>;

    fn serialize_bool(self, v: bool) -> Result<Self::Ok> {
        Ok(PyBool::new(self.cache.py, v).to_owned().into_any())
    }
    fn serialize_i8(self, v: i8) -> Result<Self::Ok> {
        self.signed(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<Self::Ok> {
        self.signed(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<Self::Ok> {
        self.signed(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<Self::Ok> {
        self.signed(v)
    }
    fn serialize_u8(self, v: u8) -> Result<Self::Ok> {
        self.unsigned(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<Self::Ok> {
        self.unsigned(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<Self::Ok> {
        self.unsigned(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<Self::Ok> {
        self.unsigned(v)
    }
    fn serialize_f32(self, v: f32) -> Result<Self::Ok> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<Self::Ok> {
        Ok(PyFloat::new(self.cache.py, v).into_any())
    }
    fn serialize_char(self, v: char) -> Result<Self::Ok> {
        let mut buf = [0; 4];
        Ok(self.cache.str(v.encode_utf8(&mut buf)))
    }
    fn serialize_str(self, v: &str) -> Result<Self::Ok> {
        Ok(self.cache.str(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Self::Ok> {
        Ok(pyo3::types::PyBytes::new(self.cache.py, v).into_any())
    }
    fn serialize_none(self) -> Result<Self::Ok> {
        Ok(self.cache.py.None().into_bound(self.cache.py))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Self::Ok> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        let py = self.cache.py;
        let key = self.cache.str(variant);
        let inner = value.serialize(Ser { cache: self.cache })?;
        let dict = PyDict::new(py);
        dict.set_item(key, inner)?;
        Ok(dict.into_any())
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Seq<'c, 'py>> {
        Ok(Seq {
            items: Vec::with_capacity(len.unwrap_or(0)),
            cache: self.cache,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'c, 'py>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Seq<'c, 'py>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(Error(format!(
            "{name}::{variant}: tuple variants are not converted"
        )))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Map<'c, 'py>> {
        Ok(Map {
            dict: PyDict::new(self.cache.py),
            key: None,
            cache: self.cache,
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Map<'c, 'py>> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(Error(format!(
            "{name}::{variant}: struct variants are not converted"
        )))
    }
}

/// A list being built.
pub struct Seq<'c, 'py> {
    items: Vec<Bound<'py, PyAny>>,
    cache: &'c mut Cache<'py>,
}

impl<'py> Seq<'_, 'py> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let item = value.serialize(Ser {
            cache: &mut *self.cache,
        })?;
        self.items.push(item);
        Ok(())
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        Ok(PyList::new(self.cache.py, self.items)?.into_any())
    }
}

/// Lists, tuples and tuple structs all become a Python list.
macro_rules! serialize_as_list {
    ($($trait:ident :: $element:ident),*) => {$(
        impl<'py> ser::$trait for Seq<'_, 'py> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn $element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
                self.push(value)
            }
            fn end(self) -> Result<Self::Ok> {
                self.finish()
            }
        }
    )*};
}

serialize_as_list!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

/// A dict being built.
pub struct Map<'c, 'py> {
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
    cache: &'c mut Cache<'py>,
}

impl<'py> Map<'_, 'py> {
    fn entry<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<()> {
        let key = self.cache.str(key);
        let value = value.serialize(Ser {
            cache: &mut *self.cache,
        })?;
        self.dict.set_item(key, value)?;
        Ok(())
    }
}

impl<'py> ser::SerializeMap for Map<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        self.key = Some(key.serialize(Ser {
            cache: &mut *self.cache,
        })?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let key = self
            .key
            .take()
            .ok_or_else(|| Error("a map value without its key".to_string()))?;
        let value = value.serialize(Ser {
            cache: &mut *self.cache,
        })?;
        self.dict.set_item(key, value)?;
        Ok(())
    }
    fn end(self) -> Result<Self::Ok> {
        Ok(self.dict.into_any())
    }
}

impl<'py> ser::SerializeStruct for Map<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        self.entry(key, value)
    }
    fn end(self) -> Result<Self::Ok> {
        Ok(self.dict.into_any())
    }
}
