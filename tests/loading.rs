//! The rules of data loading: what a user's file may look like (a
//! byte-order mark, CRLF, trailing whitespace) and what is an error naming
//! the file, the line and the field.

use warta::{Analyzer, DataFile, Error, GazetteerBuilder, StopwordsBuilder, TitlesBuilder};

const PROVINCE: &str = "72\tprovince\tSulawesi Tengah\n";

fn regions(tsv: &str) -> Result<warta::Gazetteer, Error> {
    GazetteerBuilder::empty().regions_tsv("r.tsv", tsv)?.build()
}

fn aliases(tsv: &str) -> Result<warta::Gazetteer, Error> {
    let mut b = GazetteerBuilder::empty();
    b.regions_tsv("r.tsv", PROVINCE)?;
    b.aliases_tsv("a.tsv", tsv)?;
    b.build()
}

fn message(result: Result<impl std::fmt::Debug, Error>) -> String {
    result.expect_err("must be an error").to_string()
}

#[test]
fn byte_order_mark_crlf_and_trailing_whitespace_are_accepted_everywhere() {
    let g = regions("\u{feff}code\tlevel\tname\r\n72\tprovince\tSulawesi Tengah \t \r\n").unwrap();
    assert_eq!(g.get("72").unwrap().name(), "Sulawesi Tengah");
    // The first row after a BOM is kept (it used to be lost).
    let g = regions("\u{feff}72\tprovince\tSulawesi Tengah\r\n").unwrap();
    assert_eq!(g.len(), 1);
    let g = aliases("\u{feff}Sulteng\t72\tabbreviation\t\r\n").unwrap();
    assert_eq!(g.lookup("Sulteng")[0].code(), "72");
    let mut t = TitlesBuilder::empty();
    t.titles_tsv(
        "t.tsv",
        "\u{feff}Kepala Lingkungan\tvillage\tvillage\tKaling; \t\r\n",
    )
    .unwrap();
    assert_eq!(
        t.build().unwrap().lookup("Kaling").unwrap().canonical(),
        "Kepala Lingkungan"
    );
    let stop = StopwordsBuilder::empty()
        .add_list("s.txt", "\u{feff}yang \r\ndan\r\n")
        .unwrap()
        .build();
    assert!(stop.is_stopword("yang") && stop.is_stopword("dan"));
    let mut b = Analyzer::builder();
    b.not_names("n.txt", "\u{feff}Gebyar\r\n").unwrap();
    b.organizations_tsv(
        "o.tsv",
        "\u{feff}Koperasi Tani Makmur\tKTM\tcommunity\tnone\tunique \r\n",
    )
    .unwrap();
}

#[test]
fn too_many_fields_are_an_error_naming_the_columns() {
    assert_eq!(
        message(regions("72\tprovince\tSulawesi Tengah\t\tdesa\textra\n")),
        "r.tsv:1: 6 tab-separated fields, expected at most 5: code, level, name, parent, village_type"
    );
    assert!(
        message(aliases("Sulteng\t72\tabbreviation\tfree\tnote\tmore\n"))
            .starts_with("a.tsv:1: 6 tab-separated fields")
    );
    let err = message(TitlesBuilder::empty().titles_tsv("t.tsv", "X\tpolice\tlocal\tX\tY\n"));
    assert!(err.starts_with("t.tsv:1: 5 tab-separated fields"), "{err}");
    let err = message(
        Analyzer::builder().organizations_tsv("o.tsv", "A\tA\tcommunity\tnone\tunique\tx\n"),
    );
    assert!(err.starts_with("o.tsv:1: 6 tab-separated fields"), "{err}");
}

#[test]
fn an_unknown_alias_type_is_an_error_listing_the_types() {
    let err = message(aliases("Sulteng\t72\tshortname\n"));
    assert!(
        err.starts_with(
            "a.tsv:1: unknown alias type \"shortname\": expected one of abbreviation, short_name"
        ),
        "{err}"
    );
    aliases("Sulteng\t72\tshort_name\n").unwrap();
}

#[test]
fn empty_forms_and_names_are_errors() {
    assert_eq!(
        message(regions("72\tprovince\t \t\tdesa\n")),
        "r.tsv:1: empty name or control character in name"
    );
    assert!(message(aliases(" \t72\n")).starts_with("a.tsv:1:"));
    assert_eq!(
        message(TitlesBuilder::empty().titles_tsv("t.tsv", "X\tpolice\tlocal\tA;; B\n")),
        "t.tsv:1: empty form in \"A;; B\""
    );
    assert!(message(
        Analyzer::builder().organizations_tsv("o.tsv", "A\tB; ;C\tcommunity\tnone\tunique\n")
    )
    .starts_with("o.tsv:1: empty form"));
    assert!(
        message(TitlesBuilder::empty().affixes_tsv("f.tsv", "degree\t \tx\n"))
            .starts_with("f.tsv:1:")
    );
    assert!(
        message(GazetteerBuilder::empty().ambiguous_names("m.txt", "Bone\n\t note\n"))
            .starts_with("m.txt:2: empty name")
    );
}

#[test]
fn duplicate_keys_are_errors() {
    let err = message(regions(
        "72\tprovince\tSulawesi Tengah\n72\tprovince\tSulteng\n",
    ));
    assert!(
        err.starts_with("r.tsv:2: region \"72\" is defined twice"),
        "{err}"
    );
    let err = message(aliases("Sulteng\t72\nSulteng\t72\n"));
    assert_eq!(
        err,
        "a.tsv:2: alias \"Sulteng\" of \"72\" is defined twice (also line 1)"
    );
    let err = message(
        TitlesBuilder::empty().titles_tsv("t.tsv", "X\tpolice\tlocal\tX\nX\tpolice\tlocal\tY\n"),
    );
    assert_eq!(err, "t.tsv:2: title \"X\" is defined twice in this file");
    let err = message(Analyzer::builder().organizations_tsv(
        "o.tsv",
        "A\tA\tcommunity\tnone\tunique\nA\tB\tcommunity\tnone\tunique\n",
    ));
    assert_eq!(
        err,
        "o.tsv:2: organisation \"A\" is defined twice in this file"
    );
    // A user's file may add forms to an embedded title.
    Analyzer::builder()
        .titles_tsv("t.tsv", "Bupati\tregional_executive\tregency\tBup.\n")
        .unwrap();
}

#[test]
fn an_unknown_category_lists_the_valid_ones() {
    let err = message(TitlesBuilder::empty().titles_tsv("t.tsv", "X\tpolicee\tlocal\tX\n"));
    assert!(
        err.starts_with("t.tsv:1: unknown category \"policee\": expected one of "),
        "{err}"
    );
    assert!(err.contains("police"), "{err}");
    let err = message(Analyzer::builder().organizations_tsv("o.tsv", "A\tA\tnope\tnone\tunique\n"));
    assert!(
        err.starts_with("o.tsv:1: unknown category \"nope\": expected one of "),
        "{err}"
    );
}

#[test]
fn files_and_readers_become_text_or_an_error_naming_the_file() {
    let dir = std::env::temp_dir().join(format!("warta-loading-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("aliases.tsv");
    std::fs::write(&good, b"\xef\xbb\xbfSulteng\t72\r\n").unwrap();
    let file = DataFile::read(&good).unwrap();
    assert_eq!(file.name(), good.display().to_string());
    assert_eq!(file.contents(), "Sulteng\t72\r\n");
    let g = aliases(file.contents()).unwrap();
    assert_eq!(g.lookup("Sulteng").len(), 1);

    let bad = dir.join("latin1.tsv");
    std::fs::write(&bad, b"Palu\t72.71\nSulawesi\xa0Tengah\t72\n").unwrap();
    let err = DataFile::read(&bad).unwrap_err();
    assert_eq!(
        err,
        Error::NotUtf8 {
            source: bad.display().to_string(),
            line: 2,
            offset: 19
        }
    );
    assert_eq!(
        err.to_string(),
        format!("{}:2: not UTF-8 at byte 19", bad.display())
    );

    let missing = dir.join("missing.tsv");
    let err = DataFile::read(&missing).unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Io {
                kind: std::io::ErrorKind::NotFound,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.source_name(), missing.display().to_string());
    std::fs::remove_dir_all(&dir).unwrap();

    struct Broken;
    impl std::io::Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let err = DataFile::from_reader("stream.tsv", Broken).unwrap_err();
    assert_eq!(err.to_string(), "stream.tsv: cannot read: disk on fire");
}

#[test]
fn the_embedded_data_still_loads() {
    assert_eq!(
        Analyzer::builder().build().unwrap().gazetteer().len(),
        12_157
    );
}
