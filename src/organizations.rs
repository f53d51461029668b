//! Known bodies (long forms, acronyms, categories) and the head nouns that
//! start an organisation's name.

use crate::error::{Error, Result};
use crate::gazetteer::Scope;
use crate::lexicon::{Case, Haystack, Hit, Lexicon, LexiconBuilder};
use crate::tsv::{forms, one_of, rows};

const ORGANIZATIONS_TSV: &str = include_str!("../data/organizations.tsv");
const HEADS_TSV: &str = include_str!("../data/org-heads.tsv");

/// Organisation categories, as in `data/organizations.tsv`.
const CATEGORIES: &[&str] = &[
    "government",
    "legislature",
    "police",
    "military",
    "prosecution",
    "judiciary",
    "election",
    "ministry",
    "agency",
    "company",
    "university",
    "community",
];

/// A known body.
#[derive(Clone, Debug)]
pub(crate) struct Body {
    /// Normalised long form without region.
    pub name: Box<str>,
    pub category: &'static str,
    pub scope: Scope,
    /// The form alone names one body (Polri, Bawaslu); otherwise it is a
    /// kind of unit that needs a region or an earlier mention (Polres).
    pub unique: bool,
}

/// A head noun that starts a name ("Dinas", "Universitas", "PT").
#[derive(Clone, Debug)]
pub(crate) struct Head {
    pub category: &'static str,
    pub scope: Scope,
}

/// The organisation lexicon.
pub(crate) struct Organizations {
    bodies: Vec<Body>,
    lexicon: Lexicon,
    heads: Vec<Head>,
    head_lexicon: Lexicon,
}

impl std::fmt::Debug for Organizations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Organizations")
            .field("bodies", &self.bodies.len())
            .field("heads", &self.heads.len())
            .finish()
    }
}

impl Organizations {
    /// Calls `add` with each lexicon: 0 bodies, 1 head nouns.
    pub fn add_starts(&self, add: &mut dyn FnMut(&Lexicon, usize)) {
        add(&self.lexicon, 0);
        add(&self.head_lexicon, 1);
    }

    pub fn body(&self, index: u32) -> &Body {
        &self.bodies[index as usize]
    }

    /// The known body written at token `i`.
    pub fn body_at(&self, hay: &Haystack<'_, '_>, i: usize) -> Option<(Hit, u32)> {
        let hit = self.lexicon.match_at(hay, i)?;
        let &entry = self.lexicon.entries(hit.pattern).first()?;
        Some((hit, entry))
    }

    /// [`Organizations::body_at`] ignoring the forms' case rules: a body
    /// written in lower case ("pemerintah Kabupaten Konawe"), which the
    /// caller accepts only with a region after it.
    pub fn body_at_caseless(&self, hay: &Haystack<'_, '_>, i: usize) -> Option<(Hit, u32)> {
        let hit = self.lexicon.match_at_with_case(hay, i, true)?;
        let &entry = self.lexicon.entries(hit.pattern).first()?;
        Some((hit, entry))
    }

    /// The body a written form stands for.
    pub fn body_form(&self, form: &str) -> Option<u32> {
        let pattern = self.lexicon.lookup(form)?;
        self.lexicon.entries(pattern).first().copied()
    }

    /// The head noun written at token `i`, with its index.
    pub fn head_index_at(&self, hay: &Haystack<'_, '_>, i: usize) -> Option<(Hit, u32)> {
        let hit = self.head_lexicon.match_at(hay, i)?;
        let &entry = self.head_lexicon.entries(hit.pattern).first()?;
        Some((hit, entry))
    }

    /// [`Organizations::head_index_at`] ignoring the heads' case rules: a
    /// head noun in lower case ("dinas"), which the caller accepts only
    /// with other evidence (an acronym spelled by the words after it).
    pub fn head_index_at_caseless(&self, hay: &Haystack<'_, '_>, i: usize) -> Option<(Hit, u32)> {
        let hit = self.head_lexicon.match_at_with_case(hay, i, true)?;
        let &entry = self.head_lexicon.entries(hit.pattern).first()?;
        Some((hit, entry))
    }

    pub fn head(&self, index: u32) -> &Head {
        &self.heads[index as usize]
    }
}

fn category(source: &str, line: usize, name: &str) -> Result<&'static str> {
    one_of(source, line, "category", name, CATEGORIES)
}

/// Case rule for an organisation form: acronyms keep their capitals, names
/// are capitalised.
fn case_of(form: &str) -> Case {
    let upper = form.bytes().filter(u8::is_ascii_uppercase).count();
    if upper >= 2 && !form.contains(' ') {
        Case::Capitals
    } else {
        Case::Capitalized
    }
}

/// Head nouns and the misspellings news writes them with ("Kementrian
/// Pertanian", "Sekertariat Daerah").
const MISSPELT_HEADS: &[(&str, &str)] = &[
    ("Kementerian ", "Kementrian "),
    ("Sekretariat ", "Sekertariat "),
];

/// Words inside a form that news writes in an older spelling
/// ("Pemerintah Propinsi").
const OLD_SPELLINGS: &[(&str, &str)] = &[(" Provinsi", " Propinsi")];

/// Collects organisation data and builds the lexicon.
#[derive(Clone, Debug, Default)]
pub(crate) struct OrganizationsBuilder {
    bodies: Vec<(Body, Vec<String>)>,
    heads: Vec<(Head, String)>,
}

impl OrganizationsBuilder {
    pub fn new() -> OrganizationsBuilder {
        let mut b = OrganizationsBuilder::default();
        let loaded = b
            .organizations_tsv("data/organizations.tsv", ORGANIZATIONS_TSV)
            .and_then(|b| b.heads_tsv("data/org-heads.tsv", HEADS_TSV))
            .map(|_| ());
        loaded.expect("embedded organisation data is valid (checked by a unit test)");
        b
    }

    /// Rows `name  forms  category  level  scope`.
    pub fn organizations_tsv(
        &mut self,
        source: &str,
        tsv: &str,
    ) -> Result<&mut OrganizationsBuilder> {
        // A name defined twice in one file is an error; another file may
        // add forms to a body defined before.
        let first_of_this_file = self.bodies.len();
        for row in rows(
            source,
            tsv,
            &["name", "forms", "category", "level", "scope"],
        ) {
            let (line, f) = row?;
            if f.len() < 5 || f[0].is_empty() {
                return Err(Error::data(
                    source,
                    line,
                    "expected 5 tab-separated fields: name, forms, category, level, scope",
                ));
            }
            let category = category(source, line, f[2])?;
            let scope = Scope::parse(f[3])
                .ok_or_else(|| Error::data(source, line, format!("unknown level {:?}", f[3])))?;
            let unique = match f[4] {
                "unique" => true,
                "unit" => false,
                other => {
                    return Err(Error::data(
                        source,
                        line,
                        format!("unknown scope {other:?}: expected unique or unit"),
                    ))
                }
            };
            let forms: Vec<String> = forms(source, line, f[1])?
                .into_iter()
                .map(str::to_string)
                .collect();
            if self.bodies[first_of_this_file..]
                .iter()
                .any(|(b, _)| *b.name == *f[0])
            {
                return Err(Error::data(
                    source,
                    line,
                    format!("organisation {:?} is defined twice in this file", f[0]),
                ));
            }
            self.bodies.push((
                Body {
                    name: f[0].into(),
                    category,
                    scope,
                    unique,
                },
                forms,
            ));
        }
        Ok(self)
    }

    /// Rows `head  category  level`.
    pub fn heads_tsv(&mut self, source: &str, tsv: &str) -> Result<&mut OrganizationsBuilder> {
        for row in rows(source, tsv, &["head", "category", "level"]) {
            let (line, f) = row?;
            if f.len() < 3 || f[0].is_empty() {
                return Err(Error::data(
                    source,
                    line,
                    "expected 3 tab-separated fields: head, category, level",
                ));
            }
            let category = category(source, line, f[1])?;
            let scope = Scope::parse(f[2])
                .ok_or_else(|| Error::data(source, line, format!("unknown level {:?}", f[2])))?;
            self.heads
                .push((Head { category, scope }, f[0].to_string()));
        }
        Ok(self)
    }

    /// Builds the lexicons; each form starting with a head noun of
    /// [`MISSPELT_HEADS`] is also matched as misspelt.
    pub fn build(&self) -> Organizations {
        let mut lexicon = LexiconBuilder::default();
        let mut bodies = Vec::with_capacity(self.bodies.len());
        for (body, forms) in &self.bodies {
            let index = bodies.len() as u32;
            lexicon.add(&body.name, Case::Capitalized, index);
            for form in forms {
                lexicon.add(form, case_of(form), index);
            }
            // "Kementrian PUPR": the head nouns news misspells most, for
            // every form they start.
            for form in std::iter::once(&*body.name).chain(forms.iter().map(String::as_str)) {
                for (right, wrong) in MISSPELT_HEADS {
                    if let Some(rest) = form.strip_prefix(right) {
                        lexicon.add(&format!("{wrong}{rest}"), case_of(form), index);
                    }
                }
                for (right, old) in OLD_SPELLINGS {
                    if form.contains(right) {
                        lexicon.add(&form.replace(right, old), case_of(form), index);
                    }
                }
            }
            bodies.push(body.clone());
        }
        let mut head_lexicon = LexiconBuilder::default();
        let mut heads = Vec::with_capacity(self.heads.len());
        for (head, form) in &self.heads {
            head_lexicon.add(form, case_of(form), heads.len() as u32);
            heads.push(head.clone());
        }
        Organizations {
            bodies,
            lexicon: lexicon.build(),
            heads,
            head_lexicon: head_lexicon.build(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_loads() {
        let orgs = OrganizationsBuilder::new().build();
        let dprd = orgs.body(orgs.body_form("DPRD").unwrap());
        assert_eq!(&*dprd.name, "Dewan Perwakilan Rakyat Daerah");
        assert!(!dprd.unique);
        assert!(orgs.body(orgs.body_form("Polri").unwrap()).unique);
    }

    #[test]
    fn bad_rows_name_the_line() {
        let err = OrganizationsBuilder::default()
            .organizations_tsv("o.tsv", "X\tX\tgovernment\tregional\tsometimes\n")
            .unwrap_err();
        assert!(err.to_string().starts_with("o.tsv:1: unknown scope"));
    }
}
