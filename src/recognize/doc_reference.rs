//! The document as the two-pass builder made it before the one-pass
//! [`Doc::new`]: tokens collected first, then line breaks, sentences, line
//! cases and lexicon masks each in a pass of its own. Kept, for tests only,
//! while the one-pass builder is new: every field must come out the same.

use super::{Doc, Engine};
use crate::sentence::sentence_index;
use crate::tokenize::{tokenize, Token};

/// The fields of a document as the two-pass builder computed them.
pub(super) struct Reference<'t> {
    pub tokens: Vec<Token<'t>>,
    pub sentences: Vec<crate::span::Span>,
    pub token_sentence: Vec<u32>,
    pub newline_before: Vec<bool>,
    pub title_case: Vec<bool>,
    pub lower_case: Vec<bool>,
    pub mask: Vec<u8>,
}

pub(super) fn build<'t>(text: &'t str, engine: &Engine) -> Reference<'t> {
    let tokens: Vec<Token<'t>> = tokenize(text).collect();
    let bytes = text.as_bytes();
    let mut newline_before = Vec::with_capacity(tokens.len());
    let mut prev_end = 0;
    for t in &tokens {
        let gap = &bytes[prev_end..t.span.start];
        newline_before.push(prev_end > 0 && gap != b" " && gap.contains(&b'\n'));
        prev_end = t.span.end;
    }
    let (sentences, token_sentence) = sentence_index(&tokens, &newline_before);
    let mut title_case = vec![false; tokens.len()];
    let mut lower_case = Vec::new();
    let mut line_start = 0;
    for i in 0..=tokens.len() {
        if i == tokens.len() || i > 0 && newline_before[i] {
            let (mut words, mut capitals, mut full_stops) = (0, 0, 0);
            for t in &tokens[line_start..i] {
                if t.kind == crate::TokenKind::Word && t.text.len() > 3 {
                    words += 1;
                    capitals += usize::from(t.is_capitalized());
                }
                full_stops += usize::from(t.text == ".");
            }
            let bulleted = super::starts_list_item(&tokens, line_start)
                || super::starts_with_dateline(&tokens, line_start);
            let verb_in_small_letters = tokens[line_start..i].iter().any(|t| {
                t.kind == crate::TokenKind::Word
                    && t.text.len() >= 6
                    && !t.is_capitalized()
                    && !engine.is_function_word(t.text)
            });
            if words >= 3
                && capitals * 10 >= words * 7
                && full_stops == 0
                && !bulleted
                && !verb_in_small_letters
            {
                title_case[line_start..i].iter_mut().for_each(|f| *f = true);
            }
            if words >= 2 && capitals == 0 {
                lower_case.resize(tokens.len(), false);
                lower_case[line_start..i].iter_mut().for_each(|f| *f = true);
            }
            line_start = i;
        }
    }
    let mask = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if lower_case.get(i).copied().unwrap_or(false) {
                engine.mask_caseless(t)
            } else {
                engine.mask_of(t)
            }
        })
        .collect();
    Reference {
        tokens,
        sentences,
        token_sentence,
        newline_before,
        title_case,
        lower_case,
        mask,
    }
}

/// Texts that exercise every field: news, headlines, lists, lines without
/// capitals, bullets, quotes, non-Latin script and random mixes.
fn texts() -> Vec<String> {
    let mut texts: Vec<String> = [
        include_str!("../../benches/texts/news-sentences.txt"),
        include_str!("../../examples/data/morowali.txt"),
        include_str!("../../examples/data/palu.txt"),
        include_str!("../../examples/data/makassar.txt"),
        "",
        "\n",
        "Gubernur",
        "1\n2. Bupati Poso Hadir Di Tentena\n• Kepala Dinas Pendidikan Kota Palu\nwakil gubernur sulawesi tengah hadir",
        "BUPATI MOROWALI UTARA MELANTIK PEJABAT\n\n1) Camat Bungku\n- Lurah Bente\n日本語のテキスト。Désa Émile.",
    ]
    .iter()
    .map(|t| t.to_string())
    .collect();
    let pieces = [
        "Bupati",
        "bupati",
        "Poso",
        "kabupaten",
        "Kota",
        "palu",
        ".",
        ",",
        "!",
        "”",
        "“",
        "(",
        ")",
        "\n",
        "\n\n",
        " ",
        "1",
        "•",
        "-",
        "Dr.",
        "é",
        "Désa",
        "DPRD",
        "Kecamatan",
        "desa",
    ];
    let mut state: u64 = 0x9e37_79b9;
    for _ in 0..500 {
        let mut text = String::new();
        for _ in 0..40 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            if state >> 61 != 0 {
                text.push(' ');
            }
        }
        texts.push(text);
    }
    texts
}

#[test]
fn one_pass_document_equals_two_pass_document() {
    let analyzer = crate::Analyzer::new();
    let engine = &*analyzer.engine;
    for text in texts() {
        let doc = Doc::new(&text, engine);
        let old = build(&text, engine);
        assert_eq!(doc.tokens, old.tokens, "{text:?}");
        let newline_before: Vec<bool> = (0..doc.tokens.len())
            .map(|i| doc.line_break_before(i))
            .collect();
        assert_eq!(newline_before, old.newline_before, "{text:?}");
        let line_starts: Vec<usize> = (0..old.tokens.len())
            .filter(|&i| i == 0 || old.newline_before[i])
            .collect();
        assert_eq!(
            doc.line_starts().collect::<Vec<_>>(),
            line_starts,
            "{text:?}"
        );
        assert_eq!(doc.sentences, old.sentences, "{text:?}");
        let token_sentence: Vec<u32> = (0..doc.tokens.len())
            .map(|i| doc.sentence_of(i) as u32)
            .collect();
        assert_eq!(token_sentence, old.token_sentence, "{text:?}");
        // The walking and one-search forms agree with it, in text order,
        // backwards and past the end.
        let mut cursor = 0;
        for i in (0..=doc.tokens.len()).chain((0..=doc.tokens.len()).rev()) {
            let sentence = doc.sentence_of(i);
            assert_eq!(doc.sentence_of_from(i, &mut cursor), sentence, "{text:?}");
            let starts = i < doc.tokens.len() && (i == 0 || doc.sentence_of(i - 1) != sentence);
            assert_eq!(doc.starts_sentence(i), starts, "{text:?}");
        }
        assert_eq!(doc.title_case, old.title_case, "{text:?}");
        assert_eq!(doc.lower_case, old.lower_case, "{text:?}");
        assert_eq!(doc.mask, old.mask, "{text:?}");
    }
}
