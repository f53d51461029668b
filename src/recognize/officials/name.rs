//! The name model: where a person's name starts and ends after (or before)
//! a title, with the honorifics, rank and degrees around it.

use crate::titles::AffixKind;

use super::Finder;

/// A name with the affixes around it.
#[derive(Clone, Debug)]
pub(super) struct NameParse {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) honorifics: Vec<String>,
    pub(super) rank: Option<String>,
    pub(super) degrees: Vec<String>,
    /// The first token after the name and its degrees.
    pub(super) after: usize,
    /// The name's span when it is part of a token ("Rusli" of
    /// "Rusli-Amir"); `None` for the span of tokens `first..=last`.
    pub(super) span: Option<crate::span::Span>,
}

impl NameParse {
    /// Whether the name is one word with no honorific, rank or degree: the
    /// weakest evidence of a person.
    pub(super) fn is_bare_word(&self) -> bool {
        self.first == self.last
            && self.honorifics.is_empty()
            && self.rank.is_none()
            && self.degrees.is_empty()
    }
}

/// One step of reading a name forward, word by word.
enum NameStep {
    /// The name goes on; the next token to read.
    To(usize),
    /// The name ends before the token read.
    End,
    /// The name ends, and the initial's full stop before the token read
    /// ends the sentence too.
    EndOfSentence,
    /// The words read complete the title; the name starts at this rank.
    AfterRank(usize),
}

/// Lowercase particles inside names ("Baharuddin bin Ahmad").
pub(super) const NAME_PARTICLES: &[&str] = &["bin", "binti", "van", "de", "da", "der", "dg", "dg."];

use super::super::{is_common_word, is_verb_root, looks_derived_noun, looks_verbal};

impl<'a, 't> Finder<'a, 't> {
    /// The token after an affix `hit`, past a full stop glued to it ("AKBP.",
    /// "SIK.") that the tokenizer wrote as a token of its own.
    fn past_stray_full_stop(&self, hit: crate::lexicon::Hit) -> usize {
        let next = hit.last + 1;
        let glued = self
            .doc
            .tokens
            .get(next)
            .is_some_and(|t| t.text == "." && t.span.start == hit.span.end);
        if glued {
            next + 1
        } else {
            next
        }
    }

    /// Whether token `i` may be part of a name.
    pub(super) fn is_name_word(&self, i: usize, first: bool) -> bool {
        let Some(t) = self.doc.tokens.get(i) else {
            return false;
        };
        match t.kind {
            crate::TokenKind::Word => {
                // A name word is capitalised, or in a line without capitals
                // (`caseless` below): most words asked are neither, and the
                // tests below cost more.
                if !t.is_capitalized() && !self.doc.in_lower_case_line(i) {
                    return false;
                }
                let acronym = t.is_all_caps() && t.text.len() >= 4 && !first
                    // "… Mineral dan Batubara ESDM Sultra, Rudi": an
                    // office's field in capitals is no person's initials.
                    || t.is_all_caps()
                        && t.text.len() >= 3
                        && self.engine.titles.field(t.text).is_some();
                // A capitalised -kan word is a verb in a headline or where a
                // name would start; inside a name in running text it is a
                // surname ("Ferry Walintukan").
                let headline = self.doc.in_title_case_line(i);
                // "Dikatakannya": a -kan verb with its "-nya".
                let kan =
                    t.text.len() >= 6 && (t.text.ends_with("kan") || t.text.ends_with("kannya"));
                // "Alfais Muhammad Mengucapkan …": a prefixed -kan verb
                // capitalised by mistake still ends the name.
                let prefixed = ["Me", "Di", "Ber", "Ter", "Per"]
                    .iter()
                    .any(|p| t.text.starts_with(p))
                    && t.text.len() >= 8;
                // "Gubernur Sultra Tunjuk Hasan": a verb's bare root too.
                let verb = kan && (first || headline || prefixed)
                    || headline && (looks_verbal(t.text) || is_verb_root(t.text));
                // A common word neither starts a name ("Kapolsek Jajaran")
                // nor continues one in a title-case headline ("Wabup Luwu
                // Tutup Pekan Olahraga").
                let common = (first || self.doc.in_title_case_line(i)) && is_common_word(t.text)
                    || looks_derived_noun(t.text);
                // In a line without capitals a name is any word that is no
                // common word, function word or verb.
                let caseless = self.doc.in_lower_case_line(i)
                    && t.text.len() >= 2
                    && !is_common_word(t.text)
                    && !looks_verbal(t.text);
                // "Plh Ketua DPRD", "dipimpin oleh Pjs": a status word
                // starts no name, nor continues one before a title.
                let status = || {
                    self.affix(i).is_some_and(|(hit, kind)| {
                        matches!(
                            kind,
                            AffixKind::Acting | AffixKind::Former | AffixKind::Candidate
                        ) && (first || self.starts_title(hit.last + 1))
                    })
                };
                // "Batalyon Zipur/SMG", "Kodam XIV/Hasanuddin": a word
                // joined to a slash is a unit's designation.
                let slash_at = |j: usize| self.doc.tokens.get(j).is_some_and(|n| n.text == "/");
                let slashed = slash_at(i + 1) && self.doc.tokens[i + 1].span.start == t.span.end
                    || i > 0 && slash_at(i - 1) && self.doc.tokens[i - 1].span.end == t.span.start;
                (t.is_capitalized() || caseless)
                    && !acronym
                    && !slashed
                    && !is_roman_numeral(t.text)
                    && !verb
                    && !common
                    && (!self.lk.not_name(i) || !first && self.not_name_inside_name(i))
                    && self.doc.level_word(i).is_none()
                    && !status()
                    // "Danyon Infanteri 721/Makkasau": a corps written out
                    // opens no name, nor does an office's field ("KBO
                    // Binmas Polres Luwu").
                    && !(first
                        && (matches!(self.affix(i), Some((_, AffixKind::Corps)))
                            || self.engine.titles.field(t.text).is_some()
                            || self.names_a_region_in_compound(t.text)))
                    // "Tiba di Mapolres Konawe, Kapolda …": a headquarters
                    // is a place.
                    && !(t.text.starts_with("Ma") && self.engine.is_headquarters(t.text))
            }
            // Initials and abbreviated given names: "A.", "W.R.", "Moh.".
            crate::TokenKind::Abbreviation => {
                // "Ablit H. Ilyas": inside a name a single letter is an
                // initial, even one that is also an honorific ("H.", Haji).
                let initial =
                    !first
                        && t.text.len() == 2
                        && self.doc.tokens.get(i + 1).is_some_and(|n| {
                            n.kind == crate::TokenKind::Word && n.is_capitalized()
                        });
                // "Prov.", "Jl.": a level or address word before a place.
                let place_word = self.doc.level_word(i).is_some()
                    || self.engine.not_name(t.text.trim_end_matches('.'));
                // "M.Tr", "S.Pd" after a name: a dotted chain with small
                // letters is a degree; initials are capitals ("W.R."), and
                // one opening a name is a given name's ("M.Ali").
                let stem = t.text.trim_end_matches('.');
                let degree_like =
                    stem.contains('.') && stem.bytes().any(|b| b.is_ascii_lowercase());
                // "Syamsuddin M.Lewa": an initial glued to a surname, which
                // no degree of the lexicon is.
                let glued_initial_word = glued_initial_and_word(t.text)
                    && !matches!(self.affix(i), Some((_, AffixKind::Degree)));
                if glued_initial_word {
                    return true;
                }
                (t.is_capitalized() || self.doc.in_lower_case_line(i))
                    && t.text.len() <= 5
                    && !place_word
                    && (first || !degree_like)
                    && (initial
                        || !matches!(self.affix(i), Some((_, k)) if k != AffixKind::Particle))
            }
            _ => false,
        }
    }

    /// Whether a hyphenated word holds the name of a province, regency or
    /// city: "Bali-Nusra", an area named after its regions, opens no name.
    pub(super) fn names_a_region_in_compound(&self, word: &str) -> bool {
        word.contains('-')
            && word.split('-').any(|part| {
                part.len() >= 3
                    && self
                        .engine
                        .gazetteer
                        .lookup(part)
                        .iter()
                        .any(|r| r.level() <= crate::Level::City)
            })
    }

    /// Whether token `i` is a capitalised word that is neither an acronym,
    /// a word that ends names, nor a common word: a plain name word.
    pub(super) fn is_plain_name_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| {
            t.kind == crate::TokenKind::Word
                && t.is_capitalized()
                && !t.is_all_caps()
                && !self.engine.not_name(t.text)
                && !is_common_word(t.text)
        })
    }

    /// Whether a word that ends names ("Hari", "Baru") at `i` is inside one
    /// in running text: "Agus Hari Kesuma sebagai …" — a capitalised name
    /// word that is neither such a word nor a common one follows, and the
    /// line is no title-case headline ("Bupati Delis Hari Ini Resmikan").
    fn not_name_inside_name(&self, i: usize) -> bool {
        let next = i + 1;
        if self.doc.in_title_case_line(i) || self.doc.line_break_before(next) {
            return false;
        }
        let name_follows = self.is_plain_name_word(next)
            && !self.starts_title(next)
            && self.region_mention(next).is_none()
            && self.org_mention(next).is_none();
        name_follows || self.last_word_of_name(i)
    }

    /// Whether a sentence-opening word ("Saya", "Tapi", "Bangun") at `i`,
    /// capitalised in mid-sentence right after a name word, is that name's
    /// last word: a comma, "yang" or a prefixed verb follows ("Febrianto
    /// Saya, mengatakan", "Tabana Bangun dimutasikan"). Days and months
    /// follow names as dates ("kata Budi Senin, …") and are never names.
    fn last_word_of_name(&self, i: usize) -> bool {
        let word = self.text(i);
        // Checked without recursion into is_name_word.
        let after_name_word = i.checked_sub(1).is_some_and(|p| self.is_plain_name_word(p));
        let next = self.text(i + 1);
        let ends = next == ","
            || next == "yang"
            || self.doc.tokens.get(i + 1).is_some_and(|t| {
                t.kind == crate::TokenKind::Word && !t.is_capitalized() && looks_verbal(t.text)
            });
        after_name_word && ends && !super::super::is_date_word(word)
    }

    /// The rank after a unit's number and name at `k`, which complete the
    /// title before it: "Pangdam XIII Merdeka Mayjen TNI …", "Dandim 1306
    /// Donggala Mayor Inf …".
    fn rank_after_unit(&self, k: usize) -> Option<usize> {
        let numbered = self.doc.tokens.get(k).is_some_and(|t| {
            t.kind == crate::TokenKind::Number || self.is_ordinal(k) && t.text.len() > 1
        });
        if !numbered {
            return None;
        }
        (k + 1..=k + 3).find(|&r| {
            matches!(self.affix(r), Some((_, AffixKind::Rank)))
                && (k + 1..r)
                    .all(|j| self.doc.tokens[j].is_capitalized() && !self.doc.line_break_before(j))
                && !self.doc.line_break_before(r)
        })
    }

    /// The token after a degree's form written inside a name that is the
    /// name's initials: one to three capitals, with or without dots, and a
    /// name word right after them ("M.T." in "Markus M.T. Tandiari"; not "MT"
    /// in "Markus Tandiari MT, Camat").
    fn initials_inside_name(&self, hit: crate::lexicon::Hit) -> Option<usize> {
        let written = &self.doc.text[hit.span];
        let letters = written.bytes().filter(u8::is_ascii_uppercase).count();
        let next = self.past_stray_full_stop(hit);
        (written.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
            && (1..=3).contains(&letters)
            && !self.doc.line_break_before(next)
            && self.affix(next).is_none()
            && self.is_name_word(next, false)
            && !self.doc.tokens[next].is_all_caps())
        .then_some(next)
    }

    /// A name starting at `k`, with honorifics and rank before it and
    /// degrees after it.
    pub(super) fn name_at(&self, k: usize) -> Option<NameParse> {
        if let Some(rank) = self.rank_after_unit(k) {
            return self.name_at(rank);
        }
        let (honorifics, rank, mut k) = self.name_prefixes(k);
        // "Brigadir Jenderal (Brigjen) TNI, Rudi Lolo": a rank set off by
        // commas before the name.
        if rank.is_some()
            && self.text(k) == ","
            && self.is_name_word(k + 1, true)
            && !self.doc.line_break_before(k + 1)
        {
            k += 1;
        }
        let first = k;
        if self.opens_no_name(first) {
            return None;
        }
        let prefixed = rank.is_some() || !honorifics.is_empty();
        let mut ends_sentence = false;
        while k < self.doc.tokens.len() && k < first + 7 {
            let step = (k > first)
                .then(|| self.step_at_word_boundary(k, first))
                .flatten()
                .unwrap_or_else(|| self.step_in_name(k, first, prefixed));
            match step {
                NameStep::To(next) => k = next,
                NameStep::End => break,
                NameStep::EndOfSentence => {
                    ends_sentence = true;
                    break;
                }
                NameStep::AfterRank(r) => return self.name_at(r),
            }
        }
        self.completed_name(first, k, ends_sentence, honorifics, rank)
    }

    /// The honorifics and rank (with its corps) written from `k` on, and
    /// the token after them.
    fn name_prefixes(&self, mut k: usize) -> (Vec<String>, Option<String>, usize) {
        let mut honorifics = Vec::new();
        let mut rank: Option<String> = None;
        while let Some((hit, kind)) = self.affix(k) {
            let written = &self.doc.text[hit.span];
            match kind {
                AffixKind::Honorific => honorifics.push(written.to_string()),
                AffixKind::Rank => match &mut rank {
                    Some(r) => {
                        r.push(' ');
                        r.push_str(written);
                    }
                    None => rank = Some(written.to_string()),
                },
                AffixKind::Corps if rank.is_some() => {
                    if let Some(r) = &mut rank {
                        r.push(' ');
                        r.push_str(written);
                    }
                }
                _ => break,
            }
            // "AKBP. Ridwan Hasan": a rank or honorific written with a stray
            // full stop.
            k = self.past_stray_full_stop(hit);
            k = self.past_affix_parentheses(kind, k, &mut rank);
        }
        (honorifics, rank, k)
    }

    /// The token after what an honorific or rank may have in parentheses
    /// right after it at `k` (the corps is added to `rank`).
    fn past_affix_parentheses(
        &self,
        kind: AffixKind,
        mut k: usize,
        rank: &mut Option<String>,
    ) -> usize {
        // "Dr.(H.C) Ir. H. Suardi": an honorary doctorate.
        let honoris_causa = |t: &str| t.replace('.', "").eq_ignore_ascii_case("hc");
        if kind == AffixKind::Honorific
            && self.text(k) == "("
            && self.text(k + 2) == ")"
            && honoris_causa(self.text(k + 1))
        {
            k += 3;
        }
        if !matches!(kind, AffixKind::Rank | AffixKind::Corps) {
            return k;
        }
        // "Kol (Inf) Rahmat", "Kolonel Marinir (Purn) Yohanes": a corps or
        // the retired marker in parentheses after a rank.
        if self.text(k) == "(" {
            if let Some((corps, AffixKind::Corps)) = self.affix(k + 1) {
                if self.text(corps.last + 1) == ")" {
                    if let Some(r) = rank {
                        r.push_str(" (");
                        r.push_str(&self.doc.text[corps.span]);
                        r.push(')');
                    }
                    k = corps.last + 2;
                }
            }
        }
        // "Mayor Jenderal (Mayjen) TNI", "Letnan Kolonel Infanteri (Letkol
        // Inf)": the rank's short form in parentheses, with its corps or
        // without.
        if self.text(k) == "(" {
            if let Some((short, AffixKind::Rank)) = self.affix(k + 1) {
                let mut close = short.last + 1;
                if let Some((corps, AffixKind::Corps)) = self.affix(close) {
                    close = corps.last + 1;
                }
                if self.text(close) == ")" {
                    k = close + 1;
                }
            }
        }
        k
    }

    /// Whether token `first` can start no name: "… kini Kepala Bapenda" (a
    /// title), "Hakim Pengadilan Tipikor Mamuju, Sulbar" (a province,
    /// regency or city), "ketua Asosiasi Kades …" (a body's head noun), a
    /// country or a body.
    fn opens_no_name(&self, first: usize) -> bool {
        // A district or village read as a place with a name right after it
        // is the title's place: "Kepala UPP Lasusua Rudi Hartono".
        let place = self.high_region_at(first).is_some()
            || self.region_mention(first).is_some_and(|m| {
                m.region.is_some()
                    && self.is_name_word(m.last + 1, false)
                    && self.is_name_word(m.last + 2, false)
                    && !self.doc.line_break_before(m.last + 1)
            });
        self.country_at(first).is_some()
            || place
            || self.org_mention(first).is_some()
            || self.lk.body(first).is_some()
            || self.lk.head(first).is_some()
            || self.starts_title(first) && !self.title_word_in_name(first, false)
    }

    /// What ends a name at token `k`, past its first word `first`, or goes
    /// past an affix inside it: a line break, a degree, a rank (the name
    /// then follows it, or the rank word is a surname), a body, a title or
    /// a country. `None` when the word is to be read as a name's word.
    fn step_at_word_boundary(&self, k: usize, first: usize) -> Option<NameStep> {
        let tokens = &self.doc.tokens;
        if self.doc.line_break_before(k) {
            return Some(NameStep::End);
        }
        let affix = self.affix(k);
        // "Markus M.T. Tandiari": a degree's letters with a name after them
        // are the name's initials.
        if let Some((hit, AffixKind::Degree)) = affix {
            if let Some(next) = self.initials_inside_name(hit) {
                return Some(NameStep::To(next));
            }
        }
        match affix {
            Some((_, AffixKind::Degree)) => return Some(NameStep::End),
            // "Benny Jems Mayor,": a rank word that ends the name, with no
            // name after it, is a surname.
            Some((hit, AffixKind::Rank))
                if hit.last == k
                    && tokens[k].is_capitalized()
                    && !tokens[k].is_all_caps()
                    && !self.is_name_word(k + 1, false)
                    && self.affix(k + 1).is_none() =>
            {
                return Some(NameStep::To(k + 1));
            }
            // "Pangdam Jaya Mayjen TNI Rafael Granada": a word or two before
            // a rank complete the title; the name follows.
            Some((_, AffixKind::Rank)) if k - first <= 2 => return Some(NameStep::AfterRank(k)),
            Some((_, AffixKind::Rank)) => return Some(NameStep::End),
            _ => {}
        }
        // "Sherly Tjoanda Laos, tiba …": a one-word country ending a name
        // is a surname ("Laos", "Israel"), not the country.
        // Not before a preposition: "Presiden Xi Jinping China di
        // Beijing".
        let country = self.country_at(k);
        let surname_country = country == Some(k)
            && !self.doc.is_capitalized_word(k + 1)
            && !self.is_one_of(k + 1, &["di", "ke", "dari", "untuk"])
            && !self.is(k, "indonesia");
        let ends = self.org_mention(k).is_some()
            || self.starts_title(k) && !self.title_word_in_name(k, true)
            || country.is_some() && !surname_country;
        ends.then_some(NameStep::End)
    }

    /// Whether the word at `k` goes on the name that starts at `first`
    /// (`prefixed`: after a rank or an honorific), and where to go on.
    fn step_in_name(&self, k: usize, first: usize, prefixed: bool) -> NameStep {
        let tokens = &self.doc.tokens;
        // "Rahim S. Menjawab hal itu": after an initial and its full stop, a
        // common word opens the next sentence (not a verb's shape alone:
        // "Rudi S. Meliala" is a surname).
        if k > first && is_initial(self.text(k - 1)) && is_common_word(tokens[k].text) {
            return NameStep::EndOfSentence;
        }
        // "Muchlis Tapi Tapi": a surname written twice, though each word
        // alone is a function or common word.
        let reduplicated = k > first
            && tokens.get(k + 1).is_some_and(|n| {
                n.text == tokens[k].text
                    && n.kind == crate::TokenKind::Word
                    && n.is_capitalized()
                    && !n.is_all_caps()
                    && !self.doc.line_break_before(k + 1)
            });
        if reduplicated {
            return NameStep::To(k + 2);
        }
        // "La ode Rahim": the Buton prefix La Ode / Wa Ode with "ode" in
        // lower case, as local news often writes it.
        let lower_ode = k > first
            && self.text(k) == "ode"
            && matches!(self.text(k - 1), "La" | "Wa" | "LA" | "WA");
        let particle = k > first
            && (NAME_PARTICLES.iter().any(|p| self.is(k, p)) || lower_ode)
            && self.is_name_word(k + 1, false);
        // After a rank or honorific a name must follow, so a word that is
        // also a common word ("Legowo") still starts it.
        let starts = k == first && !prefixed;
        // "Uyun K Panglima": a title word the name holds, though it would
        // end a name elsewhere.
        let title_in_name = k > first && self.starts_title(k) && self.title_word_in_name(k, true);
        if self.is_name_word(k, starts)
            || particle
            || title_in_name
            || prefixed && self.capitals_go_on(k, first)
            || starts && self.common_word_starts_name(k)
        {
            return NameStep::To(k + 1);
        }
        match self.punctuation_inside_name(k, first) {
            Some(next) => NameStep::To(next),
            None => NameStep::End,
        }
    }

    /// "AKBP SUGENG SETYO BUDHI, S.I.K.", "Dra. MARLINA, M.M.": after a rank
    /// or an honorific, whether a name opened in capitals at `first` goes on
    /// with the word in capitals at `k` ("AKBP I GUSTI PUTU …": a particle
    /// may open it).
    fn capitals_go_on(&self, k: usize, first: usize) -> bool {
        let tokens = &self.doc.tokens;
        let opens_in_capitals = tokens[first].is_all_caps()
            && (tokens[first].text.len() >= 3
                || matches!(self.affix(first), Some((_, AffixKind::Particle))));
        let opening_particle =
            k == first && matches!(self.affix(k), Some((_, AffixKind::Particle)));
        opens_in_capitals
            && tokens[k].kind == crate::TokenKind::Word
            && tokens[k].is_all_caps()
            && (tokens[k].text.len() >= 3 || opening_particle)
            && self
                .affix(k)
                .is_none_or(|(_, kind)| kind == AffixKind::Particle)
            && self.region_mention(k).is_none()
            && self.lk.body(k).is_none()
            && !self.starts_title(k)
            // "… HAMID MENANDATANGANI SURAT": a headline in capitals goes
            // on with its verb.
            && !looks_verbal(tokens[k].text)
            && !is_common_word(tokens[k].text)
    }

    /// The token after punctuation the name at `first` goes on past at
    /// `k`: initials in parentheses ("Andi Muhammad (AM) Fadli"), Haji
    /// abbreviated ("Abdul Rahman Hi. Budding"), initials' full stop
    /// ("Verna GM. Inkiriwang").
    fn punctuation_inside_name(&self, k: usize, first: usize) -> Option<usize> {
        let tokens = &self.doc.tokens;
        if k == first {
            return None;
        }
        if self.text(k) == "("
            && self.text(k + 2) == ")"
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.is_all_caps() && t.text.len() <= 4)
            && self.is_name_word(k + 3, false)
        {
            return Some(k + 3);
        }
        if self.text(k) != "."
            || !self.is_name_word(k + 1, false)
            || self.doc.line_break_before(k + 1)
        {
            return None;
        }
        let haji = k > first + 1
            && matches!(self.affix(k - 1), Some((hit, AffixKind::Honorific)) if hit.last == k);
        let initials = tokens[k].span.start == tokens[k - 1].span.end
            && tokens[k - 1].is_all_caps()
            && (2..=3).contains(&tokens[k - 1].text.len())
            && self.affix(k + 1).is_none();
        (haji || initials).then_some(k + 1)
    }

    /// The name of tokens `first..end` (exclusive) with its degrees, if it
    /// is one: not empty, not a numbered unit ("Sulawesi III"), holding a
    /// real word, not exactly a place of several words. `ends_sentence`: an
    /// initial's full stop ends the sentence too ("Rahim S.").
    fn completed_name(
        &self,
        first: usize,
        end: usize,
        ends_sentence: bool,
        honorifics: Vec<String>,
        rank: Option<String>,
    ) -> Option<NameParse> {
        let tokens = &self.doc.tokens;
        if end == first {
            return None;
        }
        let last = end - 1;
        // "Sulawesi III": a numbered unit, not a person.
        if self.text(end).len() > 1 && self.is_ordinal(end) {
            return None;
        }
        // A name needs a real word, not only initials; after a rank or an
        // honorific, a name in capitals of three letters or more will do.
        let capitals_name = (rank.is_some() || !honorifics.is_empty())
            && tokens[first..=last]
                .iter()
                .any(|t| t.kind == crate::TokenKind::Word && t.text.len() >= 3);
        if !tokens[first..=last].iter().any(is_real_word) && !capitals_name {
            return None;
        }
        // "Camat Labobo dan Bokan Kepulauan": a place of several words,
        // exactly, is no person.
        if last > first && self.region_mention(first).is_some_and(|m| m.last == last) {
            return None;
        }
        // Degrees after the name, with or without a comma.
        let mut degrees = Vec::new();
        let mut d = end;
        loop {
            let p = if self.text(d) == "," { d + 1 } else { d };
            match self.affix(p) {
                Some((hit, AffixKind::Degree)) => {
                    degrees.push(self.doc.text[hit.span].to_string());
                    // "SIK.,MH.": a degree's full stop written apart.
                    d = self.past_stray_full_stop(hit);
                }
                _ => break,
            }
        }
        // The initial's full stop also ends the sentence or line: "Rahim S".
        let ends_sentence = ends_sentence
            || is_initial(self.text(last)) && last > first && self.doc.line_break_before(last + 1);
        // "Usman Laode-red": the editor's mark glued to the name is no part
        // of it.
        let editor_mark = tokens[last].text.ends_with("-red") && tokens[last].text.len() > 4;
        let (start, end) = (tokens[first].span.start, tokens[last].span.end);
        let span = if ends_sentence && degrees.is_empty() {
            Some(crate::span::Span::new(start, end - 1))
        } else if editor_mark {
            Some(crate::span::Span::new(start, end - 4))
        } else {
            None
        };
        Some(NameParse {
            first,
            last,
            honorifics,
            rank,
            degrees,
            after: d,
            span,
        })
    }

    /// A name ending right before token `end` (exclusive), read backwards:
    /// "… serta Musda Guntur," → "Musda Guntur"; "Ir. Hendra Pakamundi".
    pub(super) fn name_before(&self, end: usize) -> Option<NameParse> {
        let tokens = &self.doc.tokens;
        let mut last = end.checked_sub(1)?;
        // Degrees written after the name.
        let mut degrees = Vec::new();
        let is_degree_at = |j: usize| {
            tokens[j].is_wordlike()
                && self
                    .affix(j)
                    .is_some_and(|(hit, kind)| kind == AffixKind::Degree && hit.last == j)
        };
        loop {
            // "SIK, MH. (Kapolres …)": a degree's full stop written apart.
            let stray_stop = last > 0
                && tokens[last].text == "."
                && tokens[last].span.start == tokens[last - 1].span.end
                && is_degree_at(last - 1);
            if stray_stop {
                last -= 1;
            }
            let t = &tokens[last];
            if is_degree_at(last) {
                degrees.push(t.text.to_string());
                last = last.checked_sub(1)?;
                if self.text(last) == "," {
                    last = last.checked_sub(1)?;
                }
            } else {
                break;
            }
        }
        degrees.reverse();
        let mut first = last;
        if !self.is_name_word(last, false) && !self.is_name_word(last, true) {
            return None;
        }
        while first > 0 && first + 6 > last {
            let p = first - 1;
            if self.doc.line_break_before(first) {
                break;
            }
            let is_affix = self.affix(p).is_some_and(|(hit, kind)| {
                matches!(
                    kind,
                    AffixKind::Honorific | AffixKind::Rank | AffixKind::Corps
                ) && hit.last == p
            });
            // "Yasin H. Said": one capital with its dot between two name
            // words is an initial, not the honorific "H." of the next name.
            let initial_inside = is_affix
                && p > 0
                && is_initial(self.text(p))
                && !self.doc.line_break_before(p)
                && self.is_name_word(p - 1, true)
                && self.affix(p - 1).is_none();
            if initial_inside {
                first = p;
                continue;
            }
            // "Biro Pers Sekretariat Presiden, Presiden …": a body's head
            // noun is no name word.
            if is_affix || !self.is_name_word(p, true) || self.lk.head(p).is_some() {
                break;
            }
            first = p;
        }
        // Honorifics and ranks before the name.
        let mut honorifics = Vec::new();
        let mut rank = None;
        let mut p = first;
        while let Some(q) = p.checked_sub(1) {
            match self.affix(q) {
                Some((hit, AffixKind::Honorific)) if hit.last == q => {
                    honorifics.insert(0, tokens[q].text.to_string())
                }
                Some((hit, AffixKind::Rank)) if hit.last == q => {
                    rank = Some(tokens[q].text.to_string())
                }
                _ => break,
            }
            p = q;
        }
        // The name must not be the tail of something else: a title or body,
        // or the complement of a title ("dari Kepala Bapenda menjadi …").
        let title_ends_before = (first.saturating_sub(4)..first).any(|s| {
            self.lk
                .title(s)
                .is_some_and(|(hit, _)| hit.last + 1 == first)
                || self
                    .lk
                    .role(s)
                    .is_some_and(|(hit, _)| hit.last + 1 == first)
        });
        if self.org_mention(first).is_some() || self.starts_title(first) || title_ends_before {
            return None;
        }
        // Nor words holding a body: "… Kemasyarakatan dan SDM Pemda
        // Kab.Bulukumba, Kabid PAIS".
        if (first..=last).any(|j| self.org_mention(j).is_some() || self.lk.body(j).is_some()) {
            return None;
        }
        // Nor a place: "Dandim 1421/Pangkep, Kapolres Pangkep".
        if self.region_mention(first).is_some_and(|m| m.last == last) {
            return None;
        }
        // Nor a place after its level word: "Kepala BPP Kecamatan Lasusua,
        // Kepala Desa …" names a district, not the next title's holder.
        if p == first
            && first
                .checked_sub(1)
                .is_some_and(|q| self.doc.level_word(q).is_some())
        {
            return None;
        }
        // Nor a unit's numeral: "Pejabat Eselon II, Kepala Bapenda".
        if !tokens[first..=last].iter().any(is_real_word) {
            return None;
        }
        let name = NameParse {
            first,
            last,
            honorifics,
            rank,
            degrees,
            after: end,
            span: None,
        };
        // Nor one bare word that is a common word ("Staf Ahli, Kepala
        // OPD") or opens a quotation ("“Iya, Mendagri sudah …").
        let opens_quote = first
            .checked_sub(1)
            .is_some_and(|q| matches!(self.text(q), "“" | "\"" | "‘" | "'"));
        if name.is_bare_word() && (is_common_word(self.text(first)) || opens_quote) {
            return None;
        }
        Some(name)
    }

    /// Whether a one-word title at `k` is part of a name: "Rizal Hakim
    /// Pakaya", "Lukman Hakim Pratama". It is when a name word follows it
    /// directly and nothing a title would take (a region, a body, a rank)
    /// does, or, `inside` a name being read, when nothing follows that a
    /// title would take ("Syamsul Hakim menyoroti").
    fn title_word_in_name(&self, k: usize, inside: bool) -> bool {
        // A title of one word ("Hakim"); inside a name after an initial, a
        // role of one word too ("Uyun K Panglima").
        let title = self.lk.title(k);
        let role = self.lk.role(k);
        let after_initial =
            inside && k > 0 && self.doc.tokens[k - 1].text.trim_end_matches('.').len() == 1;
        let single = (title.is_some() || after_initial && role.is_some())
            && title.is_none_or(|(hit, _)| hit.last == k)
            && role.is_none_or(|(hit, _)| hit.last == k);
        let next = k + 1;
        // "… dan Ketua Komisi C Syamsul Hakim menyoroti": nothing a title
        // takes follows, so the word ends the name.
        // In a headline the next capitalised word may be a verb: "Hakim
        // Lukman Hakim Tolak Eksepsi".
        let nothing_follows = self.doc.tokens.get(next).is_none_or(|t| {
            self.doc.line_break_before(next)
                || t.kind == crate::TokenKind::Punctuation && !matches!(t.text, "(" | "/" | "-")
                || t.kind == crate::TokenKind::Word && !t.is_capitalized() && !t.is_all_caps()
                || self.doc.in_title_case_line(next)
                    && t.kind == crate::TokenKind::Word
                    && !self.is_name_word(next, false)
                    && !self.starts_title(next)
        });
        // "Gubernur SDK": a title and the initials the press names its
        // holder by, not a name.
        let initials_follow = self
            .doc
            .tokens
            .get(next)
            .is_some_and(|t| t.is_all_caps() && (2..=4).contains(&t.text.len()));
        let name_follows = !self.doc.line_break_before(next)
            && !initials_follow
            && self.is_name_word(next, false)
            && self.region_mention(next).is_none()
            && self.org_mention(next).is_none()
            && !self.starts_title(next)
            && self.affix(next).is_none();
        // A name starts with a title word only when the word is also a
        // name ("Raja Hakim Sitompul"); "Sekda Buton, Bupati Alvin" names
        // another office.
        let starts_name = inside || TITLE_WORDS_IN_NAMES.iter().any(|w| self.is(k, w));
        single
            && self.doc.tokens[k].is_capitalized()
            && !self.doc.tokens[k].is_all_caps()
            && (name_follows && starts_name
                || inside && nothing_follows && !self.doc.in_lower_case_line(k))
    }

    /// Whether a common word at `k` still starts a name because a name word
    /// that is no common word follows it in running text: "Raja Hakim
    /// Sitompul", but not "Kapolsek Jajaran Polres Poso", "Anggota KPU
    /// Divisi Hukum Rina" nor, in a headline, "Bupati Sigi Rotasi Pejabat".
    fn common_word_starts_name(&self, k: usize) -> bool {
        let next = k + 1;
        self.doc.tokens.get(k).is_some_and(|t| {
            t.kind == crate::TokenKind::Word
                && t.is_capitalized()
                && is_common_word(t.text)
                // "Wakil Bupati Donggala Berlangsung Meriah": a verb opens
                // no name.
                && !looks_verbal(t.text)
        }) && !self.doc.in_title_case_line(k)
            && !self.doc.line_break_before(next)
            // A word listed as never a name ("Divisi", "Kasus") stays one.
            && !self.lk.not_name(k)
            && self.is_name_word(k, false)
            && self.is_name_word(next, true)
            && self.org_mention(next).is_none()
            && (!self.starts_title(next) || self.title_word_in_name(next, true))
    }
}

/// A word that can carry a name: not an initial, an acronym or a numeral.
fn is_real_word(t: &crate::Token<'_>) -> bool {
    t.kind == crate::TokenKind::Word && t.text.len() >= 2 && !t.is_all_caps()
}

/// A Roman numeral of two letters or more ("II", "XIII"): a unit's number
/// ("Pangdam XIII Merdeka", "Eselon II"), never part of a name. A single
/// letter stays an initial.
pub(super) fn is_roman_numeral(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

/// Whether a token is one or two capitals, a dot and a capitalised word of
/// four letters or more: "M.Lewa", "HM.Jusuf" (degrees are shorter:
/// "M.Mar", "M.Kes").
fn glued_initial_and_word(text: &str) -> bool {
    let Some((initials, word)) = text.split_once('.') else {
        return false;
    };
    let word_bytes = word.as_bytes();
    (1..=2).contains(&initials.len())
        && initials.bytes().all(|b| b.is_ascii_uppercase())
        && word_bytes.len() >= 4
        && word_bytes[0].is_ascii_uppercase()
        && word_bytes[1..].iter().all(u8::is_ascii_lowercase)
}

/// Whether a token is one capital and its dot ("H.", "T.").
fn is_initial(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
}

/// Title words that are also given names or surnames: "Hakim" is the one
/// title word found inside person spans of the public NER train splits more
/// than twice; "Raja" is a common given name in Sumatra and Sulawesi.
const TITLE_WORDS_IN_NAMES: &[&str] = &["hakim", "raja"];
