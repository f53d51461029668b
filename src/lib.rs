//! warta reads Indonesian news text and finds **who holds which office where**,
//! **which regions** are involved and **which bodies** act — with exact byte
//! offsets, normalised titles and official (Kemendagri) region codes. Sulawesi
//! regional news is the home ground: every Sulawesi province, regency, city,
//! district and village is in the embedded gazetteer, with the provinces,
//! regencies and cities of the rest of Indonesia.
//!
//! # Overview
//!
//! The pipeline has one stage per module, each usable on its own:
//!
//! - [`tokenize`] splits text into [`Token`]s (words, abbreviations with
//!   their periods, numbers, dates, money, URLs, punctuation) with byte
//!   [`Span`]s; [`sentences`] splits it into sentences.
//! - [`Stopwords`] holds Indonesian function words that never include words
//!   of names and titles.
//! - [`Gazetteer`] holds the regions, their codes, hierarchy and aliases.
//! - [`Titles`] holds office titles, roles, honorifics, ranks and degrees.
//! - [`Analyzer`] puts them together and returns [`Entity`]s: officials,
//!   regions and organisations.
//!
//! # Examples
//!
//! ```
//! let text = "KOLONODALE – Bupati Morut Dr. dr. Delis Julkarson Hehi, MARS melantik 12 kepala desa.";
//! let entities = warta::Analyzer::new().entities(text);
//!
//! let official = entities.iter().find_map(|e| Some((e.text, e.official()?))).unwrap();
//! assert_eq!(official.0, "Delis Julkarson Hehi");
//! assert_eq!(official.1.title, "Bupati");
//! assert_eq!(official.1.honorifics, ["Dr.", "dr."]);
//! assert_eq!(official.1.jurisdiction.as_ref().unwrap().code.as_deref(), Some("72.12"));
//! ```
//!
//! Regions come with their level, decided by the words around them:
//!
//! ```
//! use warta::Level;
//! let text = "Bupati Gorontalo dan Wali Kota Gorontalo bertemu Gubernur Gorontalo.";
//! let levels: Vec<Level> = warta::Analyzer::new()
//!     .entities(text)
//!     .iter()
//!     .filter_map(|e| e.region()?.level)
//!     .collect();
//! assert_eq!(levels, [Level::Regency, Level::City, Level::Province]);
//! ```
//!
//! Your own data extends the embedded data; a bad line is an [`Error`]
//! naming the file and the line:
//!
//! ```
//! let mut builder = warta::Analyzer::builder();
//! let err = builder.region_aliases_tsv("mine.tsv", "Morut\t99.99\n").and_then(|b| b.build()).unwrap_err();
//! assert_eq!(err.to_string(), "mine.tsv:1: alias \"Morut\" names unknown region \"99.99\"");
//! ```
//!
//! # Data
//!
//! The data is embedded (`data/` in the repository) and parsed on first use:
//! region codes and names from *Kepmendagri No. 300.2.2-2430 Tahun 2025*
//! (digitised by cahyadsn/wilayah, MIT), and aliases, titles, affixes,
//! organisations and stopwords written by the warta team. See `data/README.md`.
//!
//! # No panics
//!
//! Only construction from user data can fail, with an [`Error`]. Analysing
//! text is infallible and does not panic on any input: empty, huge, or any
//! Unicode. Property tests check that every span lies on `char` boundaries and
//! slices back to its text, that tokens cover the input in order, and that
//! results are deterministic.
#![deny(missing_docs)]

mod entity;
mod error;
mod fold;
mod gazetteer;
mod lexicon;
mod organizations;
mod recognize;
mod sentence;
mod span;
mod stopwords;
mod titles;
mod tokenize;
mod tsv;

pub use entity::{
    Entity, EntityInfo, EntityKind, Jurisdiction, OfficialInfo, OrganizationInfo, OwnedEntity,
    RegionInfo, Status,
};
pub use error::{Error, Result};
pub use gazetteer::{Gazetteer, GazetteerBuilder, Level, Region, VillageType};
pub use recognize::{Analysis, Analyzer, AnalyzerBuilder};
pub use sentence::{sentences, Sentences};
pub use span::Span;
pub use stopwords::{Stopwords, StopwordsBuilder};
pub use titles::{Title, Titles, TitlesBuilder};
pub use tokenize::{tokenize, Token, TokenKind, Tokens};
pub use tsv::DataFile;

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
