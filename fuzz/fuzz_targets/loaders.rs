//! Every builder loader on arbitrary input: the first byte chooses the
//! loader, the rest is its contents. A loader either fails with an error
//! naming the source or loads; what it loaded must then build, and a
//! built gazetteer must hold what it says.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use warta::{GazetteerBuilder, StopwordsBuilder, TitlesBuilder};

const SOURCE: &str = "fuzz.tsv";

/// Parsed once: `Analyzer::builder()` parses every embedded file, which
/// held this target to ~230 executions a second; a clone is far cheaper.
fn base_builder() -> warta::AnalyzerBuilder {
    static BASE: OnceLock<warta::AnalyzerBuilder> = OnceLock::new();
    BASE.get_or_init(warta::AnalyzerBuilder::without_regions)
        .clone()
}

fn check_error(err: warta::Error) {
    assert!(
        err.to_string().starts_with(SOURCE),
        "error without its source: {err}"
    );
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    // Reading: the bytes are text, or an error naming the source.
    match warta::DataFile::from_reader(SOURCE, rest) {
        Ok(file) => {
            let text = std::str::from_utf8(rest).expect("read text is UTF-8");
            assert_eq!(
                file.contents(),
                text.strip_prefix('\u{feff}').unwrap_or(text)
            );
        }
        Err(warta::Error::NotUtf8 { offset, .. }) => {
            assert_eq!(offset, std::str::from_utf8(rest).unwrap_err().valid_up_to());
        }
        Err(err) => check_error(err),
    }
    let text = String::from_utf8_lossy(rest);
    let result = match which % 8 {
        0 => {
            let mut b = GazetteerBuilder::empty();
            b.regions_tsv(SOURCE, &text).map(|_| ()).and_then(|()| {
                let g = b.build()?;
                for r in g.iter() {
                    assert!(
                        g.get(r.code()).is_some(),
                        "region {} not found by its code",
                        r.code()
                    );
                }
                Ok(())
            })
        }
        1 => {
            // Aliases onto a small gazetteer of one province and a regency.
            let mut b = GazetteerBuilder::empty();
            b.regions_tsv(
                "base.tsv",
                "72\tprovince\tSulawesi Tengah\n72.01\tregency\tBanggai\t72\n",
            )
            .expect("base rows load");
            b.aliases_tsv(SOURCE, &text)
                .map(|_| ())
                .and_then(|()| b.build().map(|_| ()))
        }
        2 => {
            let mut b = GazetteerBuilder::empty();
            b.regions_tsv("base.tsv", "72\tprovince\tSulawesi Tengah\n")
                .expect("base rows load");
            b.ambiguous_names(SOURCE, &text)
                .map(|_| ())
                .and_then(|()| b.build().map(|_| ()))
        }
        3 => {
            let mut b = TitlesBuilder::empty();
            b.titles_tsv(SOURCE, &text)
                .map(|_| ())
                .and_then(|()| b.build().map(|_| ()))
        }
        4 => {
            let mut b = TitlesBuilder::empty();
            b.roles_tsv(SOURCE, &text)
                .map(|_| ())
                .and_then(|()| b.build().map(|_| ()))
        }
        5 => {
            let mut b = TitlesBuilder::empty();
            b.affixes_tsv(SOURCE, &text)
                .map(|_| ())
                .and_then(|()| b.build().map(|_| ()))
        }
        6 => base_builder()
            .organizations_tsv(SOURCE, &text)
            .map(|_| ()),
        _ => {
            let stop = StopwordsBuilder::empty()
                .add_list(SOURCE, &text)
                .map(|b| b.build());
            let names = base_builder()
                .not_names(SOURCE, &text)
                .map(|_| ());
            stop.map(|_| ()).and(names)
        }
    };
    if let Err(err) = result {
        check_error(err);
    }
});
