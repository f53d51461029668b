//! Invariant checks shared by the fuzz targets: each panics (a finding) when
//! warta breaks a promise of its documentation.

use std::sync::OnceLock;

use warta::{Analysis, Analyzer, Entity, Span};

/// The default analyzer, built once per fuzzing process.
pub fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(Analyzer::new)
}

/// A span that lies in `text` on `char` boundaries.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what}: reversed span {span:?}");
    assert!(
        span.end <= text.len(),
        "{what}: span {span:?} past the end {}",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start),
        "{what}: start {span:?} inside a char"
    );
    assert!(
        text.is_char_boundary(span.end),
        "{what}: end {span:?} inside a char"
    );
}

/// Every entity on char boundaries, slicing back to its text, ordered by
/// start; codes known to the gazetteer; a jurisdiction's code is a region's.
pub fn check_entities(analyzer: &Analyzer, text: &str, entities: &[Entity<'_>]) {
    let gazetteer = analyzer.gazetteer();
    let mut last_start = 0;
    for e in entities {
        check_span(text, e.span, "entity");
        assert_eq!(&text[e.span], e.text, "entity text is not its span");
        assert!(!e.text.is_empty(), "empty entity at {:?}", e.span);
        assert!(
            e.span.start >= last_start,
            "entities out of order at {:?}",
            e.span
        );
        last_start = e.span.start;
        if let Some(region) = e.region() {
            if let Some(code) = region.code.as_deref() {
                let known = gazetteer
                    .get(code)
                    .unwrap_or_else(|| panic!("unknown code {code}"));
                assert_eq!(region.name.as_deref(), Some(known.name()), "name of {code}");
                assert_eq!(region.level, Some(known.level()), "level of {code}");
            }
            for code in &region.candidates {
                assert!(gazetteer.get(code).is_some(), "unknown candidate {code}");
            }
        }
        if let Some(official) = e.official() {
            if let Some(span) = official.title_span {
                check_span(text, span, "title");
                if let Some(title_text) = &official.title_text {
                    assert_eq!(&text[span], title_text, "title text is not its span");
                }
            }
            assert!(!official.title.is_empty(), "official without a title");
            check_jurisdiction(analyzer, official.jurisdiction.as_ref());
        }
        if let Some(org) = e.organization() {
            check_jurisdiction(analyzer, org.jurisdiction.as_ref());
        }
    }
}

fn check_jurisdiction(analyzer: &Analyzer, jurisdiction: Option<&warta::Jurisdiction>) {
    let Some(j) = jurisdiction else { return };
    if let Some(code) = j.code.as_deref() {
        let region = analyzer
            .gazetteer()
            .get(code)
            .unwrap_or_else(|| panic!("jurisdiction code {code} unknown"));
        if let Some(level) = j.level {
            assert_eq!(level, region.level(), "jurisdiction level of {code}");
        }
    }
}

/// Tokens cover the text in order without overlap; sentences are ordered,
/// disjoint and on char boundaries.
pub fn check_analysis(text: &str, analysis: &Analysis<'_>) {
    let mut end = 0;
    for t in &analysis.tokens {
        check_span(text, t.span, "token");
        assert_eq!(&text[t.span], t.text, "token text is not its span");
        assert!(!t.text.is_empty(), "empty token at {:?}", t.span);
        assert!(t.span.start >= end, "tokens overlap at {:?}", t.span);
        assert!(
            text[end..t.span.start].trim().is_empty(),
            "non-space skipped before {:?}",
            t.span
        );
        end = t.span.end;
    }
    assert!(
        text[end..].trim().is_empty(),
        "non-space after the last token"
    );
    let mut end = 0;
    for s in &analysis.sentences {
        check_span(text, *s, "sentence");
        assert!(s.start >= end, "sentences overlap at {s:?}");
        assert!(!s.is_empty(), "empty sentence at {s:?}");
        end = s.end;
    }
}

/// Analyses `text` twice: invariants hold and both runs agree, and
/// `entities` agrees with `analyze`.
pub fn check_text(text: &str) {
    let analyzer = analyzer();
    let analysis = analyzer.analyze(text);
    check_analysis(text, &analysis);
    check_entities(analyzer, text, &analysis.entities);
    let again = analyzer.entities(text);
    assert_eq!(analysis.entities, again, "a second run differs");
}
