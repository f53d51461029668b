//! Helpers for tests that analyse sentences written for them.

#![allow(dead_code)]

use warta::{Analyzer, Entity, OfficialInfo};

/// The entities the default analyzer finds in `text`.
pub fn analyze(text: &str) -> Vec<Entity<'_>> {
    Analyzer::new().entities(text)
}

/// (name, attributes) of every official, in text order.
pub fn officials<'t>(entities: &'t [Entity<'t>]) -> Vec<(&'t str, &'t OfficialInfo)> {
    entities
        .iter()
        .filter_map(|e| Some((e.text, e.official()?)))
        .collect()
}

/// The names of the officials, in text order.
pub fn holder_names<'t>(entities: &'t [Entity<'t>]) -> Vec<&'t str> {
    officials(entities)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

/// (name, canonical title) of every official, in text order.
pub fn holders_and_titles<'t>(entities: &'t [Entity<'t>]) -> Vec<(&'t str, &'t str)> {
    officials(entities)
        .into_iter()
        .map(|(name, o)| (name, o.title.as_str()))
        .collect()
}
