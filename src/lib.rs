//! warta: officials, regions and organisations in Indonesian news text.
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

pub use entity::{
    Entity, EntityInfo, EntityKind, Jurisdiction, OfficialInfo, OrganizationInfo, RegionInfo,
    Status,
};
pub use error::{Error, Result};
pub use gazetteer::{Gazetteer, GazetteerBuilder, Level, Region, VillageType};
pub use recognize::{Analysis, Analyzer, AnalyzerBuilder};
pub use sentence::{sentences, Sentences};
pub use span::Span;
pub use stopwords::{Stopwords, StopwordsBuilder};
pub use titles::{Title, Titles, TitlesBuilder};
pub use tokenize::{tokenize, Token, TokenKind, Tokens};
