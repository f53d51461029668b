//! Real output of the command checked against `schema/output.schema.json`
//! with a small validator for the keywords the schema uses (and a check that
//! it uses no other, so the validation is never silently weaker).

mod common;

use common::{record, scratch, warta};
use serde_json::{Map, Value};

const KEYWORDS: &[&str] = &[
    "$schema",
    "title",
    "description",
    "$defs",
    "$ref",
    "type",
    "const",
    "enum",
    "required",
    "properties",
    "items",
    "oneOf",
    "anyOf",
    "allOf",
    "minimum",
];

fn schema() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/output.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every object with schema keywords uses only known ones.
fn check_keywords(schema: &Value) {
    let Some(map) = schema.as_object() else {
        return;
    };
    for (key, value) in map {
        assert!(
            KEYWORDS.contains(&key.as_str()),
            "unsupported keyword {key}"
        );
        match key.as_str() {
            "$defs" | "properties" => value.as_object().unwrap().values().for_each(check_keywords),
            "items" => check_keywords(value),
            "oneOf" | "anyOf" | "allOf" => {
                value.as_array().unwrap().iter().for_each(check_keywords)
            }
            _ => {}
        }
    }
}

fn type_matches(name: &str, value: &Value) -> bool {
    match name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "integer" => value.is_u64() || value.is_i64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        _ => panic!("unknown type {name}"),
    }
}

/// The errors of `value` against `schema`, with their JSON paths.
fn validate(root: &Value, schema: &Value, value: &Value, path: &str) -> Vec<String> {
    let mut errors = Vec::new();
    let Some(s) = schema.as_object() else {
        return errors;
    };
    let fail = |errors: &mut Vec<String>, what: String| errors.push(format!("{path}: {what}"));
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").expect("local $ref");
        errors.extend(validate(root, &root["$defs"][name], value, path));
    }
    if let Some(t) = s.get("type") {
        let names: Vec<&str> = match t {
            Value::String(n) => vec![n.as_str()],
            other => other
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n.as_str().unwrap())
                .collect(),
        };
        if !names.iter().any(|n| type_matches(n, value)) {
            fail(&mut errors, format!("{value} is not of type {t}"));
        }
    }
    if let Some(c) = s.get("const").filter(|c| *c != value) {
        fail(&mut errors, format!("{value} is not {c}"));
    }
    if let Some(list) = s
        .get("enum")
        .and_then(Value::as_array)
        .filter(|l| !l.contains(value))
    {
        fail(&mut errors, format!("{value} is not one of {list:?}"));
    }
    if let (Some(min), Some(n)) = (s.get("minimum").and_then(Value::as_f64), value.as_f64()) {
        if n < min {
            fail(&mut errors, format!("{n} is below {min}"));
        }
    }
    if let Some(obj) = value.as_object() {
        object(root, s, obj, path, &mut errors);
    }
    if let (Some(items), Some(list)) = (s.get("items"), value.as_array()) {
        for (i, v) in list.iter().enumerate() {
            errors.extend(validate(root, items, v, &format!("{path}[{i}]")));
        }
    }
    let passing = |key: &str| {
        s.get(key).and_then(Value::as_array).map(|subs| {
            subs.iter()
                .filter(|sub| validate(root, sub, value, path).is_empty())
                .count()
        })
    };
    if let Some(n) = passing("oneOf").filter(|&n| n != 1) {
        fail(&mut errors, format!("matches {n} of oneOf, not 1"));
    }
    if passing("anyOf") == Some(0) {
        fail(&mut errors, "matches none of anyOf".into());
    }
    for sub in s
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        errors.extend(validate(root, sub, value, path));
    }
    errors
}

fn object(
    root: &Value,
    s: &Map<String, Value>,
    obj: &Map<String, Value>,
    path: &str,
    errors: &mut Vec<String>,
) {
    for key in s
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if !obj.contains_key(key.as_str().unwrap()) {
            errors.push(format!("{path}: lacks {key}"));
        }
    }
    if let Some(props) = s.get("properties").and_then(Value::as_object) {
        for (key, sub) in props {
            if let Some(v) = obj.get(key) {
                errors.extend(validate(root, sub, v, &format!("{path}.{key}")));
            }
        }
    }
}

fn assert_valid(schema: &Value, stdout: &str) -> usize {
    let mut n = 0;
    for line in stdout.lines() {
        let value: Value = serde_json::from_str(line).unwrap();
        let errors = validate(schema, schema, &value, "$");
        assert!(errors.is_empty(), "{errors:?}\n{line}");
        n += 1;
    }
    n
}

#[test]
fn the_schema_uses_only_keywords_the_validator_knows() {
    check_keywords(&schema());
}

#[test]
fn the_validator_rejects_what_the_schema_forbids() {
    let schema = schema();
    let bad = [
        r#"{"entities": []}"#,
        r#"{"file": "a", "entities": [], "error": "both"}"#,
        r#"{"file": "a", "entities": [{"kind": "region", "start": 0, "end": 1, "text": "x"}]}"#,
        r#"{"file": "a", "entities": [{"kind": "person", "start": 0, "end": 1, "text": "x"}]}"#,
        r#"{"line": 0, "error": "x"}"#,
    ];
    for line in bad {
        let value: Value = serde_json::from_str(line).unwrap();
        assert!(
            !validate(&schema, &schema, &value, "$").is_empty(),
            "{line}"
        );
    }
}

#[test]
fn real_output_matches_the_schema() {
    let schema = schema();
    let dir = scratch("schema");
    let missing = dir.join("missing.txt");
    let files = [
        "examples/data/palu.txt".as_ref(),
        "examples/data/morowali.txt".as_ref(),
        "examples/data/makassar.txt".as_ref(),
        missing.as_os_str(),
        dir.as_os_str(),
    ];
    let run = warta(&files, b"");
    assert_eq!(assert_valid(&schema, &run.stdout), 5);
    let all_kinds = [
        "\"official\"",
        "\"region\"",
        "\"organization\"",
        "village_type",
    ];
    for needle in all_kinds {
        assert!(
            run.stdout.contains(needle),
            "the sample output has no {needle}"
        );
    }
    let mut input = String::new();
    for (i, text) in [
        "Desa Bente dan Kecamatan Lembo.",
        "Plt Bupati Poso Verna Inkiriwang.",
    ]
    .iter()
    .enumerate()
    {
        input += &record(i, text);
    }
    input += "{\"text\": \"Kota Palu\"}\nnot json\n{\"id\": 9}\n";
    for offsets in ["bytes", "chars"] {
        let run = warta(
            &["--input", "jsonl", "--offsets", offsets],
            input.as_bytes(),
        );
        assert_eq!(assert_valid(&schema, &run.stdout), 5);
    }
}
