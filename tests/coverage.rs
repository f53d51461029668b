//! Coverage of the region gazetteer against the project's reference table
//! (`../shared/reference`): every Sulawesi province, regency, city and
//! district is found with its code when written after its trigger word, and
//! every alias of the reference list resolves to its code.

mod common;

use std::fs;

use warta::{Analyzer, Gazetteer};

/// The region found exactly on `name` in `text`: its code, or its
/// candidates when ambiguous.
fn codes_found(analyzer: &Analyzer, text: &str, name: &str) -> Vec<String> {
    analyzer
        .entities(text)
        .into_iter()
        .filter(|e| e.text == name)
        .filter_map(|e| {
            let r = e.region()?;
            Some(match &r.code {
                Some(code) => vec![code.to_string()],
                None => r.candidates.iter().map(|c| c.to_string()).collect(),
            })
        })
        .next()
        .unwrap_or_default()
}

#[test]
fn every_sulawesi_unit_down_to_districts_is_found_after_its_trigger_word() {
    let Some(path) = common::shared("reference/wilayah-sulawesi.tsv") else {
        return;
    };
    let analyzer = Analyzer::new();
    let table = fs::read_to_string(path).unwrap();
    let (mut checked, mut failures) = (0, Vec::new());
    for line in table.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (code, level, name) = (fields[0], fields[1], fields[2]);
        // Written as news writes it: "Kabupaten Morowali", "Kota Palu",
        // "Provinsi Sulawesi Tengah", "Kecamatan Bungku Tengah".
        let (text, span) = match level {
            "province" => (format!("Warga Provinsi {name} hadir."), name.to_string()),
            "regency" => {
                let base = name.trim_start_matches("Kabupaten ");
                (format!("Warga {name} hadir."), base.to_string())
            }
            "city" => (format!("Warga {name} hadir."), name.to_string()),
            "district" => (format!("Warga Kecamatan {name} hadir."), name.to_string()),
            _ => continue,
        };
        checked += 1;
        let found = codes_found(&analyzer, &text, &span);
        if !found.iter().any(|c| c == code) {
            failures.push(format!("{code} {level} {text:?}: found {found:?}"));
        }
    }
    eprintln!(
        "checked {checked} units, {} not found with their code",
        failures.len()
    );
    assert_eq!(checked, 6 + 70 + 11 + 1_028);
    assert!(
        failures.is_empty(),
        "not found with their code:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_reference_alias_resolves_to_its_code() {
    let Some(path) = common::shared("reference/aliases-sulawesi.tsv") else {
        return;
    };
    let gazetteer = Gazetteer::embedded();
    let analyzer = Analyzer::new();
    let list = fs::read_to_string(path).unwrap();
    let mut failures = Vec::new();
    for line in list.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (alias, code) = (fields[0], fields[1]);
        // The lookup API knows the alias …
        if !gazetteer.lookup(alias).iter().any(|r| r.code() == code) {
            failures.push(format!("lookup({alias:?}) lacks {code}"));
            continue;
        }
        // … and so does recognition, after the trigger word of its level.
        let level = gazetteer.get(code).map(|r| r.level());
        let trigger = match level {
            Some(warta::Level::Province) => "Provinsi",
            Some(warta::Level::City) => "Kota",
            _ => "Kabupaten",
        };
        let text = format!("Warga {trigger} {alias} hadir.");
        // A city's span keeps "Kota" (GUIDELINES.md).
        let span = if trigger == "Kota" {
            format!("Kota {alias}")
        } else {
            alias.to_string()
        };
        let found = codes_found(&analyzer, &text, &span);
        if !found.iter().any(|c| c == code) {
            failures.push(format!("{text:?}: found {found:?}, expected {code}"));
        }
    }
    assert!(
        failures.is_empty(),
        "aliases not resolved:\n{}",
        failures.join("\n")
    );
}
