//! The `warta` command run as a user runs it: files, standard input, JSONL,
//! offsets, filters, formats and every kind of bad input.

mod common;

use common::{record, root, scratch, warta, Run};
use serde_json::Value;

const SAMPLES: [&str; 3] = [
    "examples/data/palu.txt",
    "examples/data/morowali.txt",
    "examples/data/makassar.txt",
];

fn entities(doc: &Value) -> &Vec<Value> {
    doc["entities"].as_array().expect("entities")
}

#[test]
fn several_files_in_the_order_given() {
    for jobs in ["1", "2"] {
        let run = warta(&["--jobs", jobs, SAMPLES[0], SAMPLES[1], SAMPLES[2]], b"");
        assert_eq!(run.status, 0, "{}", run.stderr);
        let docs = run.json();
        let files: Vec<&str> = docs.iter().map(|d| d["file"].as_str().unwrap()).collect();
        assert_eq!(files, SAMPLES);
        for (doc, file) in docs.iter().zip(SAMPLES) {
            let text = std::fs::read_to_string(root().join(file)).unwrap();
            assert!(!entities(doc).is_empty());
            for e in entities(doc) {
                let (s, t) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
                assert_eq!(&text[s as usize..t as usize], e["text"].as_str().unwrap());
            }
        }
    }
}

#[test]
fn standard_input_without_file_or_with_dash() {
    let text = "Bupati Morut Delis Julkarson Hehi hadir di Kota Palu.";
    for args in [&[][..], &["-"][..]] {
        let run = warta(args, text.as_bytes());
        assert_eq!(run.status, 0);
        let docs = run.json();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0]["file"], "-");
        assert!(entities(&docs[0]).iter().any(|e| e["kind"] == "official"));
    }
}

#[test]
fn jsonl_records_in_input_order_across_chunks() {
    // More records than one chunk holds, on two threads.
    let texts = [
        "Kata Bupati Poso Verna Inkiriwang.",
        "Warga Kota Palu",
        "Tidak ada apa-apa.",
    ];
    let input: String = (0..5000).map(|i| record(i, texts[i % 3])).collect();
    let run = warta(&["--input", "jsonl", "--jobs", "2"], input.as_bytes());
    assert_eq!(run.status, 0, "{}", run.stderr);
    let docs = run.json();
    assert_eq!(docs.len(), 5000);
    for (i, doc) in docs.iter().enumerate() {
        assert_eq!(doc["id"], i);
        assert_eq!(doc.as_object().unwrap().len(), 2, "only id and entities");
        assert_eq!(entities(doc).is_empty(), i % 3 == 2);
    }
}

#[test]
fn jsonl_ids_of_any_type_other_fields_dropped_and_missing_ids_get_lines() {
    let input =
        "{\"id\":\"a-1\",\"text\":\"Kota Palu\",\"source\":\"x\"}\n\n{\"text\":\"Kota Palu\"}\n";
    let run = warta(&["--input=jsonl"], input.as_bytes());
    let docs = run.json();
    assert_eq!(docs[0]["id"], "a-1");
    assert!(docs[0].get("source").is_none());
    // The blank line is skipped but counted.
    assert_eq!(docs[1]["line"], 3);
    assert!(docs[1].get("file").is_none(), "standard input has no file");
}

/// Slices `text` by code points, as Python's `str` does.
fn py_slice(text: &str, start: &Value, end: &Value) -> String {
    let (s, e) = (start.as_u64().unwrap(), end.as_u64().unwrap());
    text.chars()
        .skip(s as usize)
        .take((e - s) as usize)
        .collect()
}

#[test]
fn char_offsets_slice_back_like_python() {
    let text = "“Kata” 👩‍👩‍👧 Bupati Morut Dr. dr. Delis Julkarson Hehi 🙂 di Désa Bente, Kota Palu (Sulteng). \
                Kapolres Morut AKBP Reza Khomeini hadir. Wakil Bupati Morowali, Iriane Iliyas.";
    let input = record("x", text);
    let run = warta(
        &["--input", "jsonl", "--offsets", "chars"],
        input.as_bytes(),
    );
    let docs = run.json();
    let list = entities(&docs[0]);
    assert!(list.len() >= 6);
    let mut titles = 0;
    for e in list {
        assert_eq!(
            py_slice(text, &e["start"], &e["end"]),
            e["text"].as_str().unwrap()
        );
        if let Some(span) = e.get("title_span").filter(|s| !s.is_null()) {
            let title = py_slice(text, &span["start"], &span["end"]);
            assert_eq!(title, e["title_text"].as_str().unwrap());
            titles += 1;
        }
    }
    assert!(titles >= 2);
    // Byte offsets are the default and differ here.
    let bytes = warta(&["--input", "jsonl"], input.as_bytes()).json();
    assert_ne!(bytes[0]["entities"][0]["start"], list[0]["start"]);
}

#[test]
fn kinds_keep_only_the_kinds_asked_for() {
    let run = warta(&["--kinds", "region,official", SAMPLES[1]], b"");
    let docs = run.json();
    let kinds: std::collections::BTreeSet<&str> = entities(&docs[0])
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["official", "region"]
    );
}

#[test]
fn outermost_leaves_no_nested_or_overlapping_entity() {
    let all = warta(&[SAMPLES[1]], b"").json();
    let outer = warta(&["--outermost", SAMPLES[1]], b"").json();
    let (all, outer) = (entities(&all[0]), entities(&outer[0]));
    assert!(outer.len() < all.len());
    let span = |e: &Value| (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
    for pair in outer.windows(2) {
        assert!(span(&pair[0]).1 <= span(&pair[1]).0, "{pair:?}");
    }
    // "Pemkab Morowali" stays, the region inside it goes.
    assert!(outer.iter().any(|e| e["text"] == "Pemkab Morowali"));
    assert!(!outer.iter().any(|e| span(e) == (7, 15)));
}

#[test]
fn tsv_has_a_header_and_eleven_columns() {
    let run = warta(&["--format", "tsv", SAMPLES[0], SAMPLES[1]], b"");
    assert_eq!(run.status, 0);
    let rows: Vec<Vec<&str>> = run
        .stdout
        .lines()
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(rows[0][..5], ["doc", "kind", "start", "end", "text"]);
    assert!(rows.len() > 20);
    assert!(rows.iter().all(|r| r.len() == 11));
    assert!(rows
        .iter()
        .any(|r| r[0] == SAMPLES[1] && r[1] == "official"));
    // An error row has the same columns, the message in `text`.
    let bad = warta(&["--format", "tsv", "--input", "jsonl"], b"xx\n");
    let rows: Vec<Vec<&str>> = bad
        .stdout
        .lines()
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r.len() == 11));
    assert_eq!(rows[1][..2], ["line 1", "error"]);
    assert!(rows[1][4].starts_with("not JSON"));
}

#[test]
fn table_columns_line_up_whatever_the_text() {
    let long = "Dinas Perindustrian dan Perdagangan (Disperindag) Provinsi Sulawesi Tengah \
                dan Bupati Morut 🙂 Delis Julkarson Hehi, di Kota Palu.";
    let run = warta(&["--format", "table"], long.as_bytes());
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines[0].starts_with("# -"));
    let header = lines[1];
    let at = |line: &str, col: &str| line[..line.find(col).unwrap()].chars().count();
    let kind_col = at(header, "kind");
    let text_col = at(header, "text");
    let rows: Vec<&str> = lines[2..]
        .iter()
        .copied()
        .filter(|l| !l.is_empty())
        .collect();
    assert!(rows.len() >= 4);
    for row in rows {
        let chars: Vec<char> = row.chars().collect();
        assert!(
            chars[kind_col - 1] == ' ' && chars[kind_col] != ' ',
            "{row}"
        );
        assert!(
            chars[text_col - 1] == ' ' && chars[text_col] != ' ',
            "{row}"
        );
    }
}

fn assert_error(doc: &Value, key: &str, value: &str, message: &str) {
    assert_eq!(doc[key], value, "{doc}");
    assert!(doc.get("entities").is_none());
    let error = doc["error"].as_str().unwrap();
    assert!(error.contains(message), "{error:?} lacks {message:?}");
}

#[test]
fn bad_files_give_error_records_in_place_and_the_rest_is_analysed() {
    let dir = scratch("bad_files");
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"Bupati Poso Verna Inkiriwang di Pal\xfa hadir.").unwrap();
    let missing = dir.join("missing.txt");
    let args = [
        bad.as_os_str(),
        SAMPLES[0].as_ref(),
        missing.as_os_str(),
        dir.as_os_str(),
        SAMPLES[2].as_ref(),
    ];
    let run = warta(&args, b"");
    assert_eq!(run.status, 1);
    let docs = run.json();
    assert_eq!(docs.len(), 5);
    assert_error(&docs[0], "file", bad.to_str().unwrap(), "not UTF-8");
    assert_error(&docs[2], "file", missing.to_str().unwrap(), "");
    assert_error(&docs[3], "file", dir.to_str().unwrap(), "directory");
    assert!(!entities(&docs[1]).is_empty() && !entities(&docs[4]).is_empty());
    assert!(run.stderr.contains("3 of 5"), "{}", run.stderr);
    // --lossy replaces the byte instead.
    let lossy = warta(&[bad.as_os_str(), "--lossy".as_ref()], b"");
    assert_eq!(lossy.status, 0);
    assert!(lossy.stdout.contains("Verna Inkiriwang"));
}

#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_work() {
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("non_utf8_name");
    let path = dir.join(std::ffi::OsStr::from_bytes(b"berita-\xff.txt"));
    std::fs::write(&path, "Warga Kota Palu").unwrap();
    let run = warta(&[path.as_os_str()], b"");
    assert_eq!(run.status, 0, "{}", run.stderr);
    let docs = run.json();
    assert!(docs[0]["file"]
        .as_str()
        .unwrap()
        .ends_with("berita-\u{fffd}.txt"));
    assert_eq!(entities(&docs[0])[0]["text"], "Kota Palu");
}

#[test]
fn bad_jsonl_lines_give_error_records_in_place() {
    let dir = scratch("bad_jsonl");
    let file = dir.join("in.jsonl");
    let mut input = record(1, "Warga Kota Palu").into_bytes();
    input.extend_from_slice(b"{\"id\": 2, \"text\": \"Pal\xfa\"}\n");
    input.extend_from_slice(b"not json\n");
    input.extend_from_slice(b"{\"id\": 4}\n{\"id\": 5, \"text\": 5}\n[6]\n");
    input.extend_from_slice(record(7, "Bupati Poso Verna Inkiriwang").as_bytes());
    std::fs::write(&file, &input).unwrap();
    let missing = dir.join("missing.jsonl");
    let args = [
        "--input".as_ref(),
        "jsonl".as_ref(),
        file.as_os_str(),
        missing.as_os_str(),
    ];
    let run = warta(&args, b"");
    assert_eq!(run.status, 1);
    let docs = run.json();
    assert_eq!(docs.len(), 8, "{}", run.stdout);
    assert_eq!(docs[0]["id"], 1);
    assert_eq!(
        (&docs[1]["id"], &docs[1]["line"]),
        (&Value::from(2), &Value::from(2))
    );
    assert_error(&docs[1], "file", file.to_str().unwrap(), "not UTF-8");
    assert_error(&docs[2], "file", file.to_str().unwrap(), "not JSON");
    assert_eq!(docs[2]["line"], 3);
    assert_error(&docs[3], "file", file.to_str().unwrap(), "no \"text\"");
    assert_error(&docs[4], "file", file.to_str().unwrap(), "not a string");
    assert_error(
        &docs[5],
        "file",
        file.to_str().unwrap(),
        "not a JSON object",
    );
    assert_eq!(docs[6]["id"], 7);
    assert!(!entities(&docs[6]).is_empty());
    assert_error(&docs[7], "file", missing.to_str().unwrap(), "");
}

#[test]
fn usage_errors_say_what_was_wrong() {
    let cases = [
        (
            &["--format", "xml"][..],
            "--format takes jsonl, table or tsv, not \"xml\"",
        ),
        (&["--jobs", "zero"][..], "--jobs"),
        (&["--kinds", "person"][..], "\"person\""),
        (&["--offsets"][..], "--offsets needs a value"),
        (&["--frobnicate"][..], "unknown option --frobnicate"),
    ];
    for (args, message) in cases {
        let Run {
            status,
            stdout,
            stderr,
        } = warta(args, b"");
        assert_eq!(status, 2, "{args:?}");
        assert!(stdout.is_empty());
        assert!(stderr.contains(message), "{stderr}");
    }
    let help = warta(&["--help"], b"");
    assert_eq!(help.status, 0);
    assert!(help.stdout.contains("--input"));
}

#[test]
fn output_reads_back_as_owned_entities() {
    let run = warta(&[SAMPLES[1]], b"");
    let line = run.stdout.lines().next().unwrap();
    let doc: Value = serde_json::from_str(line).unwrap();
    let back: Vec<warta::OwnedEntity> = serde_json::from_value(doc["entities"].clone()).unwrap();
    let text = std::fs::read_to_string(root().join(SAMPLES[1])).unwrap();
    let direct: Vec<warta::OwnedEntity> = warta::Analyzer::new()
        .entities(&text)
        .into_iter()
        .map(Into::into)
        .collect();
    assert_eq!(back, direct);
}
