//! Texts longer than a window (1 MiB) are analysed in windows that end at
//! line breaks: tokens and sentences come out exactly as for the whole
//! text. (That no state crosses a window is a unit test in
//! `src/recognize/windows.rs`.)

use warta::Analyzer;

const ARTICLES: [&str; 3] = [
    include_str!("../examples/data/morowali.txt"),
    include_str!("../examples/data/palu.txt"),
    include_str!("../examples/data/makassar.txt"),
];

/// The example articles in turn, separated by blank lines, until the text
/// passes `min_bytes`.
fn long_text(min_bytes: usize) -> String {
    let mut text = String::new();
    for article in ARTICLES.iter().cycle() {
        if text.len() >= min_bytes {
            break;
        }
        text.push_str(article.trim_end());
        text.push_str("\n\n");
    }
    text
}

#[test]
fn tokens_and_sentences_of_a_long_text_are_those_of_the_whole_text() {
    let text = long_text(2_500_000);
    let analysis = Analyzer::new().analyze(&text);
    let tokens: Vec<_> = warta::tokenize(&text).collect();
    assert_eq!(analysis.tokens.len(), tokens.len());
    assert!(analysis.tokens == tokens, "tokens differ");
    let sentences: Vec<_> = warta::sentences(&text).collect();
    assert_eq!(analysis.sentences, sentences);
    for e in &analysis.entities {
        assert_eq!(&text[e.span], e.text);
    }
    assert!(analysis
        .entities
        .windows(2)
        .all(|w| w[0].span.start <= w[1].span.start));
}
