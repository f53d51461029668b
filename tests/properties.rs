//! Property tests: invariants that hold for any input.

use proptest::prelude::*;
use warta::{sentences, tokenize, Stopwords, Token};

/// Text biased towards the characters the tokenizer treats specially.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "Z",
        "ke",
        "Rp",
        "rp",
        "S",
        ".",
        "..",
        "-",
        "'",
        "’",
        "@",
        "_",
        "+",
        "/",
        ":",
        ",",
        "1",
        "19",
        "2025",
        " ",
        "  ",
        "\n",
        "\t",
        "\u{a0}",
        "“",
        "”",
        "–",
        "—",
        "…",
        "(",
        ")",
        "é",
        "e\u{301}",
        "青山",
        "مرحبا",
        "👍🏽",
        "\u{200d}",
        "http://",
        "https://x",
        "www.",
        ".com",
        ".id",
        "Dr.",
        "S.Pd.",
        "\u{0}",
        "\u{fffd}",
        "ẞ",
        "İ",
        "ǅ",
        "ก",
        "्",
        "\u{2028}",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), tricky_text()]
}

fn check_tokens(text: &str) -> Result<Vec<Token<'_>>, TestCaseError> {
    let tokens: Vec<Token<'_>> = tokenize(text).collect();
    let mut prev_end = 0;
    for t in &tokens {
        prop_assert!(t.span.start < t.span.end, "empty token {:?}", t);
        prop_assert!(
            t.span.start >= prev_end,
            "tokens overlap or go back: {:?}",
            t
        );
        prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        prop_assert_eq!(&text[t.span], t.text);
        // Only whitespace lies between tokens.
        prop_assert!(
            text[prev_end..t.span.start]
                .chars()
                .all(char::is_whitespace),
            "non-whitespace skipped before {:?}",
            t
        );
        prev_end = t.span.end;
    }
    prop_assert!(
        text[prev_end..].chars().all(char::is_whitespace),
        "non-whitespace skipped at end"
    );
    Ok(tokens)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn tokens_cover_the_input_in_order(text in any_text()) {
        check_tokens(&text)?;
    }

    #[test]
    fn tokenizing_is_deterministic(text in any_text()) {
        let a: Vec<_> = tokenize(&text).collect();
        let b: Vec<_> = tokenize(&text).collect();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn sentences_are_ordered_trimmed_and_hold_every_token(text in any_text()) {
        let spans: Vec<_> = sentences(&text).collect();
        let mut prev_end = 0;
        for s in &spans {
            prop_assert!(s.start < s.end && s.start >= prev_end);
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let sentence = &text.as_str()[*s];
            prop_assert_eq!(sentence.trim(), sentence);
            prev_end = s.end;
        }
        for t in tokenize(&text) {
            prop_assert!(spans.iter().any(|s| s.contains(t.span)), "token {:?} in no sentence", t);
        }
        let again: Vec<_> = sentences(&text).collect();
        prop_assert_eq!(spans, again);
    }

    #[test]
    fn stopword_filtering_keeps_order_and_drops_only_stopwords(text in any_text()) {
        let stop = Stopwords::default_list();
        let all: Vec<_> = tokenize(&text).collect();
        let kept: Vec<_> = stop.filter(tokenize(&text)).collect();
        let mut it = all.iter();
        for k in &kept {
            // `kept` is a subsequence of `all`; everything skipped is a stopword.
            loop {
                let t = it.next();
                prop_assert!(t.is_some());
                let t = t.unwrap();
                if t == k { break; }
                prop_assert!(stop.is_stopword(t.text));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn analysis_is_consistent_and_deterministic(text in any_text()) {
        let analyzer = warta::Analyzer::new();
        let analysis = analyzer.analyze(&text);
        let tokens: Vec<_> = tokenize(&text).collect();
        prop_assert_eq!(&analysis.tokens, &tokens);
        let sentences: Vec<_> = sentences(&text).collect();
        prop_assert_eq!(&analysis.sentences, &sentences);
        let mut prev_start = 0;
        for e in &analysis.entities {
            prop_assert!(e.span.start < e.span.end && e.span.start >= prev_start);
            prop_assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
            prop_assert_eq!(&text.as_str()[e.span], e.text);
            prev_start = e.span.start;
        }
        prop_assert_eq!(analyzer.entities(&text), analysis.entities);
    }
}

/// News-like text built from pieces that exercise every stage.
fn newsy_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Bupati",
        "Wakil Bupati",
        "Morowali",
        "Morut",
        ",",
        ".",
        "Dr.",
        "dr.",
        "H.",
        "AKBP",
        "Kapolres",
        "Kecamatan",
        "Desa",
        "Bente",
        "Bungku Tengah",
        "Sulteng",
        "DPRD",
        "Pemkab",
        "Dinas",
        "Kesehatan",
        "(",
        ")",
        "Disperindag",
        "Iriane",
        "Iliyas",
        "Delis",
        "S.Pd.",
        "MARS",
        "kata",
        "yang",
        "selaku",
        "Sekda",
        "\n",
        "PALU",
        "–",
        "Kodim",
        "1311",
        "/",
        "Letkol",
        "Inf",
        "Alzaki",
        "“",
        "”",
        "para",
        "mantan",
        "Pj",
        "Gubernur",
        "dan",
        "di",
        "Kota",
        "Palu",
        "Wali",
        "RI",
        "Presiden",
        "Filipina",
        "é",
        "👍",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn entities_slice_back_and_officials_overlap_nothing(text in newsy_text()) {
        let entities = warta::Analyzer::new().entities(&text);
        for e in &entities {
            prop_assert_eq!(&text.as_str()[e.span], e.text);
            if e.kind == warta::EntityKind::Official {
                for other in &entities {
                    if !std::ptr::eq(e, other) {
                        prop_assert!(!e.span.overlaps(other.span), "{:?} overlaps {:?}", e, other);
                    }
                }
            }
        }
    }
}

#[test]
fn huge_input_does_not_overflow_anything() {
    let text = "Bupati Morut Dr. dr. Delis Julkarson Hehi, MARS hadir. ".repeat(20_000)
        + &"a".repeat(1 << 20)
        + &"-".repeat(100_000)
        + &"1.".repeat(100_000)
        + " "
        + &"a_".repeat(100_000)
        + " "
        + &"ab.".repeat(100_000)
        + " "
        + &"x@".repeat(100_000)
        + " "
        + &"S.".repeat(100_000);
    let tokens = check_tokens(&text).unwrap();
    assert!(tokens.len() > 200_000);
    assert!(sentences(&text).count() >= 20_000);
}
