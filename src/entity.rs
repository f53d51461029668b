//! The entities warta reports: officials, regions and organisations.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::gazetteer::{Level, VillageType};
use crate::span::Span;

/// What an [`Entity`] is.
///
/// ```
/// assert_eq!(warta::EntityKind::Official.as_str(), "official");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityKind {
    /// A person holding a public office, with title and jurisdiction.
    Official,
    /// An administrative region: province, regency, city, district or village.
    Region,
    /// A named body: government unit, legislature, police, company, …
    Organization,
}

impl EntityKind {
    /// The kind's name in JSON output.
    ///
    /// ```
    /// assert_eq!(warta::EntityKind::Organization.as_str(), "organization");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityKind::Official => "official",
            EntityKind::Region => "region",
            EntityKind::Organization => "organization",
        }
    }
}

/// One entity mention in the analysed text.
///
/// Serialises (with serde) to the JSON object the `extract` example prints:
/// `kind`, `start`, `end`, `text`, then the fields of its [`EntityInfo`].
/// To read that JSON back, deserialise [`OwnedEntity`].
///
/// ```
/// let text = "Wakil Bupati Morowali, Iriane Iliyas, hadir.";
/// let entities = warta::Analyzer::new().entities(text);
/// let official = entities.iter().find(|e| e.kind == warta::EntityKind::Official).unwrap();
/// assert_eq!(&text[official.span], "Iriane Iliyas");
/// assert_eq!(official.official().unwrap().title, "Wakil Bupati");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity<'t> {
    /// What the entity is.
    pub kind: EntityKind,
    /// Where it is (UTF-8 byte offsets), serialised as `start` and `end`.
    #[serde(flatten)]
    pub span: Span,
    /// The text of the span, borrowed from the input.
    pub text: &'t str,
    /// The kind's attributes.
    #[serde(flatten)]
    pub info: EntityInfo,
}

impl<'t> Entity<'t> {
    /// The region attributes, if this is a region.
    ///
    /// ```
    /// let e = &warta::Analyzer::new().entities("Warga Kota Palu")[0];
    /// assert_eq!(e.region().unwrap().code.as_deref(), Some("72.71"));
    /// ```
    pub fn region(&self) -> Option<&RegionInfo> {
        self.info.region()
    }

    /// The official attributes, if this is an official.
    ///
    /// ```
    /// let entities = warta::Analyzer::new().entities("Kata Bupati Poso Verna Inkiriwang.");
    /// assert!(entities.iter().any(|e| e.official().is_some()));
    /// ```
    pub fn official(&self) -> Option<&OfficialInfo> {
        self.info.official()
    }

    /// The organisation attributes, if this is an organisation.
    ///
    /// ```
    /// let entities = warta::Analyzer::new().entities("Rapat di Kantor Pemkab Morowali.");
    /// let org = entities.iter().find_map(|e| e.organization()).unwrap();
    /// assert_eq!(org.jurisdiction.as_ref().unwrap().code.as_deref(), Some("72.06"));
    /// ```
    pub fn organization(&self) -> Option<&OrganizationInfo> {
        self.info.organization()
    }
}

/// An [`Entity`] that owns its text: what a program reads back from warta's
/// JSON output (the `warta` command's lines, or `serde_json::to_string` of an
/// [`Entity`]).
///
/// Serialises to exactly the same JSON as [`Entity`]. When deserialising, the
/// attributes are recognised by their fields (an official has `title`, a
/// region `sulawesi`), so unknown extra fields are ignored.
///
/// ```
/// let entities = warta::Analyzer::new().entities("Warga Kota Palu");
/// let owned: warta::OwnedEntity = entities[0].clone().into();
/// assert_eq!(owned.text, "Kota Palu");
/// assert_eq!(owned.region().unwrap().code.as_deref(), Some("72.71"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnedEntity {
    /// What the entity is.
    pub kind: EntityKind,
    /// Where it is, serialised as `start` and `end` (UTF-8 byte offsets in
    /// warta's output unless it was asked for char offsets).
    #[serde(flatten)]
    pub span: Span,
    /// The text of the span.
    pub text: String,
    /// The kind's attributes.
    #[serde(flatten)]
    pub info: EntityInfo,
}

impl OwnedEntity {
    /// The region attributes, if this is a region.
    pub fn region(&self) -> Option<&RegionInfo> {
        self.info.region()
    }

    /// The official attributes, if this is an official.
    pub fn official(&self) -> Option<&OfficialInfo> {
        self.info.official()
    }

    /// The organisation attributes, if this is an organisation.
    pub fn organization(&self) -> Option<&OrganizationInfo> {
        self.info.organization()
    }
}

impl From<Entity<'_>> for OwnedEntity {
    fn from(entity: Entity<'_>) -> OwnedEntity {
        OwnedEntity {
            kind: entity.kind,
            span: entity.span,
            text: entity.text.to_owned(),
            info: entity.info,
        }
    }
}

/// The attributes of an [`Entity`], by kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum EntityInfo {
    /// An official's attributes.
    Official(OfficialInfo),
    /// A region's attributes.
    Region(RegionInfo),
    /// An organisation's attributes.
    Organization(OrganizationInfo),
}

impl EntityInfo {
    /// The region attributes, if these are a region's.
    ///
    /// ```
    /// let e = &warta::Analyzer::new().entities("Warga Kota Palu")[0];
    /// assert!(e.info.region().is_some() && e.info.official().is_none());
    /// ```
    pub fn region(&self) -> Option<&RegionInfo> {
        match self {
            EntityInfo::Region(r) => Some(r),
            _ => None,
        }
    }

    /// The official attributes, if these are an official's.
    pub fn official(&self) -> Option<&OfficialInfo> {
        match self {
            EntityInfo::Official(o) => Some(o),
            _ => None,
        }
    }

    /// The organisation attributes, if these are an organisation's.
    pub fn organization(&self) -> Option<&OrganizationInfo> {
        match self {
            EntityInfo::Organization(o) => Some(o),
            _ => None,
        }
    }
}

/// A region mention's attributes.
///
/// When the text does not decide between regions of the same name,
/// `code` is `None` and `candidates` lists every code it may be.
///
/// ```
/// let e = &warta::Analyzer::new().entities("Pemkab Morut")[1];
/// let r = e.region().unwrap();
/// assert_eq!((r.name.as_deref(), r.code.as_deref(), r.level), (Some("Morowali Utara"), Some("72.12"), Some(warta::Level::Regency)));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RegionInfo {
    /// Official name ("Morowali", "Kota Palu", "Sulawesi Tengah").
    pub name: Option<Arc<str>>,
    /// Kemendagri code ("72.06"); `None` when ambiguous.
    pub code: Option<Arc<str>>,
    /// Administrative level.
    pub level: Option<Level>,
    /// For villages: desa or kelurahan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub village_type: Option<VillageType>,
    /// Official name of the province the region lies in.
    pub province: Option<Arc<str>>,
    /// Whether the region lies in Sulawesi (provinces 71–76).
    pub sulawesi: bool,
    /// The codes an ambiguous mention may mean; empty when resolved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Arc<str>>,
}

/// The region an office or body is bound to.
///
/// ```
/// let entities = warta::Analyzer::new().entities("Bupati Morut Delis Julkarson Hehi hadir.");
/// let j = entities.iter().find_map(|e| e.official()).unwrap().jurisdiction.clone().unwrap();
/// assert_eq!((&*j.name, j.code.as_deref(), j.inferred), ("Morowali Utara", Some("72.12"), false));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Jurisdiction {
    /// Official name of the region.
    pub name: Arc<str>,
    /// Its Kemendagri code.
    pub code: Option<Arc<str>>,
    /// Its level.
    pub level: Option<Level>,
    /// True when the text does not state it next to the title and warta
    /// took it from the document's context (dateline, an earlier mention).
    pub inferred: bool,
}

/// Whether an office is held now.
///
/// ```
/// assert_eq!(warta::Status::Acting.as_str(), "acting");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Status {
    /// Plt, Plh, Pj, Pjs, Penjabat, Pelaksana Tugas: acting in the office.
    Acting,
    /// Mantan, eks, a completed term: held it before.
    Former,
}

impl Status {
    /// The status's name in JSON output.
    ///
    /// ```
    /// assert_eq!(warta::Status::Former.as_str(), "former");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Acting => "acting",
            Status::Former => "former",
        }
    }
}

/// An official mention's attributes. The entity's span is the person's name
/// only, without honorifics, rank or degrees.
///
/// ```
/// let text = "Kapolres Morut AKBP Reza Khomeini, S.I.K., hadir.";
/// let entities = warta::Analyzer::new().entities(text);
/// let o = entities.iter().find_map(|e| e.official()).unwrap();
/// assert_eq!(o.title, "Kepala Kepolisian Resor");
/// assert_eq!(o.rank.as_deref(), Some("AKBP"));
/// assert_eq!(o.degrees, ["S.I.K."]);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfficialInfo {
    /// Normalised title ("Wakil Bupati", "Kepala Kepolisian Resor").
    pub title: String,
    /// The title as written next to the name, with region and status words
    /// ("Wabup Morowali", "Pj Bupati Parimo"); `None` for a bare name.
    pub title_text: Option<String>,
    /// Where `title_text` is.
    pub title_span: Option<Span>,
    /// Acting or former; `None` for a current holder.
    pub status: Option<Status>,
    /// The office's region, or `None` when neither the title nor the
    /// document gives one (ministers, national offices).
    pub jurisdiction: Option<Jurisdiction>,
    /// Honorifics and religious titles as written ("Dr.", "dr.", "H.").
    pub honorifics: Vec<String>,
    /// Police or military rank with corps, as written ("AKBP", "Letkol Inf").
    pub rank: Option<String>,
    /// Academic degrees as written ("S.Pd.", "MARS").
    pub degrees: Vec<String>,
    /// Identifier of the person within the document, shared by every
    /// mention of that person.
    pub person: u32,
    /// True for every mention after the person's first in the document.
    pub coref: bool,
    /// The office's category ("regional_executive", "police", …).
    pub category: String,
    /// Other offices the text gives the same person at this mention, such as
    /// an earlier one ("yang sebelumnya menjabat Kepala Dinas Sosial"),
    /// normalised like `title`; empty for most mentions.
    pub other_titles: Vec<String>,
}

/// An organisation mention's attributes.
///
/// ```
/// let text = "Dinas Perindustrian dan Perdagangan (Disperindag) Provinsi Sulawesi Tengah";
/// let entities = warta::Analyzer::new().entities(text);
/// let org = entities.iter().find_map(|e| e.organization()).unwrap();
/// assert_eq!(org.acronym.as_deref(), Some("Disperindag"));
/// assert_eq!(org.jurisdiction.as_ref().unwrap().code.as_deref(), Some("72"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganizationInfo {
    /// Normalised long form, with the region when the text names one
    /// ("Pemerintah Kabupaten Morowali Utara").
    pub name: Option<String>,
    /// The acronym linked to this body in the document, if any.
    pub acronym: Option<String>,
    /// Category: government, legislature, police, military, prosecution,
    /// judiciary, election, ministry, agency, company, university, community.
    pub category: Option<String>,
    /// The region named in or after the name, if any.
    pub jurisdiction: Option<Jurisdiction>,
}
