//! The tokenizer and the sentence splitter on their own, twice each.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let tokens: Vec<warta::Token<'_>> = warta::tokenize(&text).collect();
    let sentences: Vec<warta::Span> = warta::sentences(&text).collect();
    let analysis = warta::Analysis {
        tokens,
        sentences,
        entities: Vec::new(),
    };
    warta_fuzz::check_analysis(&text, &analysis);
    assert_eq!(warta::tokenize(&text).collect::<Vec<_>>(), analysis.tokens);
    assert_eq!(
        warta::sentences(&text).collect::<Vec<_>>(),
        analysis.sentences
    );
    for t in &analysis.tokens {
        // The token predicates must not panic on any token either.
        let _ = (
            t.is_capitalized(),
            t.is_all_caps(),
            t.has_digit(),
            t.folded(),
            t.currency_amount(),
        );
    }
});
