//! The pass that binds each title of the text to its holder. For a title it
//! reads, in order: the title's place and qualifiers, the separator after
//! them, the holder (after the title, named by a verb, or before it in
//! apposition), then those who share the office (members, deputies, names
//! listed before) and the one replaced. The patterns themselves are
//! [`Finder`] methods in `binding.rs`; this module only sequences them and
//! keeps the pass's state.

use crate::entity::Status;
use crate::gazetteer::Scope;
use crate::titles::{is_public_office, AffixKind};

use super::super::{ROLE, TITLE};
use super::binding::{
    mention_of, merge_found, set_title, untitled_mention_of, OCCUPATIONS_AFTER_NAME,
    PHRASE_OPENERS, SPEECH_VERBS,
};
use super::name::NameParse;
use super::title::TitleOcc;
use super::{Finder, OfficialMention};

/// The titled mentions of the document, in text order, with the tokens they
/// cover (title and name).
pub(super) fn titled_mentions(f: &Finder<'_, '_>) -> (Vec<OfficialMention>, Vec<bool>) {
    let mut binder = Binder::new(f);
    let mut i = 0;
    while i < f.doc.tokens.len() {
        if f.lk.mask(i) & (TITLE | ROLE) == 0 || binder.covered[i] {
            i = f.next_title_start(i + 1);
            continue;
        }
        i = match f.title_at(i) {
            Some(occ) => match binder.pair_before(&occ) {
                Some(next) => next,
                None => binder.bind(occ, i),
            },
            None => past_unread_title(f, i),
        };
    }
    binder.finish()
}

/// The token after a title word that gives no office here. A candidate's
/// title is passed whole: "Calon Wakil Bupati" is no "Bupati".
fn past_unread_title(f: &Finder<'_, '_>, i: usize) -> usize {
    match f.lk.title(i) {
        Some((hit, _)) if f.status_before(i).2 || f.pair_of_candidates(i) => hit.last + 1,
        _ => i + 1,
    }
}

/// The state of the pass: the mentions found, the public offices left with
/// no holder, and the tokens that titles and names have taken.
struct Binder<'b, 'a, 't> {
    f: &'b Finder<'a, 't>,
    found: Vec<OfficialMention>,
    /// Public-office titles read with no holder, in text order (the later
    /// passes give them holders listed under them or named later).
    nameless: Vec<TitleOcc>,
    covered: Vec<bool>,
    /// The last token of the latest title that took the name before it.
    backward_end: Option<usize>,
}

impl<'b, 'a, 't> Binder<'b, 'a, 't> {
    fn new(f: &'b Finder<'a, 't>) -> Self {
        let mut found = super::super::take_kept(&super::KEPT_MENTIONS);
        found.clear();
        Binder {
            f,
            found,
            nameless: Vec::new(),
            covered: vec![false; f.doc.tokens.len()],
            backward_end: None,
        }
    }

    fn is_covered(&self, first: usize, last: usize) -> bool {
        self.covered[first..=last].iter().any(|&c| c)
    }

    fn cover(&mut self, first: usize, last: usize) {
        for c in &mut self.covered[first..=last] {
            *c = true;
        }
    }

    /// The mentions in text order, with those the later passes find:
    /// holders listed under a header or named later, pairs listed by place,
    /// successions, heads of bodies and places, deputies named "wakilnya".
    fn finish(self) -> (Vec<OfficialMention>, Vec<bool>) {
        let Binder {
            f,
            mut found,
            nameless,
            mut covered,
            ..
        } = self;
        found.sort_by_key(|m| m.first);
        super::lists::listed_under_header(f, &nameless, &mut found, &mut covered);
        super::lists::members_named_later(f, &mut found, &mut covered);
        super::lists::pairs_listed_by_place(f, &mut found, &mut covered);
        successions(f, &mut found, &mut covered);
        super::heads::heads_of_bodies_and_places(f, &mut found, &mut covered);
        super::heads::acting_heads_named_by_level_word(f, &mut found, &mut covered);
        super::heads::deputies_named_wakilnya(f, &mut found, &mut covered);
        (found, covered)
    }

    /// "pasangan A dan B sebagai Bupati dan Wakil Bupati", "A-B Sebagai
    /// Bupati Dan Wakil Bupati": two holders before two titles, with the
    /// pair they replaced ("…, menggantikan C dan D"). The token to go on
    /// from, when `occ` opens such a pair.
    fn pair_before(&mut self, occ: &TitleOcc) -> Option<usize> {
        let f = self.f;
        let tokens = &f.doc.tokens;
        let (second_title, one, two) = f.pair_before(occ)?;
        if self.is_covered(one.first, two.last.max(second_title.last)) {
            return None;
        }
        self.cover(one.first, second_title.last);
        let mut next = second_title.last + 1;
        // "… sebagai Bupati dan Wakil Bupati Pinrang": the place written
        // once is both titles'.
        let mut occ = occ.clone();
        if occ.region.is_none() {
            occ.region = second_title
                .region
                .filter(|&r| occ.scope.admits(f.gazetteer().region(r).level()));
        }
        self.found.push(mention_of(tokens, &occ, one));
        self.found.push(mention_of(tokens, &second_title, two));
        // "…, menggantikan Judas Amir dan Rahmat Masri": the pair replaced
        // held the two offices before.
        let mut k = second_title.last + 1;
        if f.text(k) == "," {
            k += 1;
        }
        let replaced = f
            .is(k, "menggantikan")
            .then(|| {
                let one = f.name_at(k + 1)?;
                let two = f.is(one.after, "dan").then(|| f.name_at(one.after + 1))??;
                Some((one, two))
            })
            .flatten()
            .filter(|(one, two)| !self.is_covered(one.first, two.last));
        if let Some((old_one, old_two)) = replaced {
            self.cover(old_one.first, old_two.last);
            next = old_two.last + 1;
            for (title, name) in [(&occ, old_one), (&second_title, old_two)] {
                let mut former = title.clone();
                former.status = Some(Status::Former);
                self.found.push(untitled_mention_of(tokens, &former, name));
            }
        }
        Some(next)
    }

    /// Binds the title `occ`, read at token `i`, to its holder if it has
    /// one. The token to go on from.
    fn bind(&mut self, mut occ: TitleOcc, i: usize) -> usize {
        let f = self.f;
        let title_last = occ.last;
        let (mut k, qualified, holder_before) = self.read_past_title(&mut occ, title_last);
        // "Istri Wali Kota, Nurul Aini": the name in apposition is the
        // relative's, not the holder's; after a title with its region
        // ("istri mantan Wali Kota Makassar, Ilham Arief") it is the holder's.
        if f.text(k) == "," && f.relative_before(occ.first) && occ.region.is_none() {
            self.nameless.push(occ);
            return k;
        }
        k = self.past_separator(k, qualified);
        // "Kepala Desa Pontolo Atas dijabat oleh Sartin": the words after a
        // title are its place or unit when a binding verb follows them.
        let verb_bound = f.capitalised_run(k).and_then(|last| {
            let holder = f.verb_bound_name(last + 1)?;
            occ.last = last;
            Some(holder)
        });
        let forward = self.holder_after(&mut occ, &mut k);
        let name = holder_before
            .or(verb_bound)
            .or(forward)
            .or_else(|| {
                // "Presiden SBY", "Wapres JK": a national office held by a
                // person the press names by initials.
                let capitalised = f.doc.tokens[occ.first.max(i)].is_capitalized();
                (matches!(occ.scope, Scope::National) && capitalised)
                    .then(|| f.initialism_name(k))
                    .flatten()
            })
            .or_else(|| f.verb_bound_name(k))
            .or_else(|| self.holder_named_before(&mut occ, i));
        // "… sebagai Penjabat Bupati Berau menggantikan Rudi Lolo": with no
        // holder of its own, the title names the one replaced, who held it.
        let name = name.or_else(|| {
            let replaced = f.is(k, "menggantikan").then(|| f.name_at(k + 1))??;
            occ.status = Some(Status::Former);
            Some(replaced)
        });
        // "Direktur RSUD Sulbar yang sebelumnya dipegang dr. X".
        if let Some(n) = name.as_ref().filter(|n| n.first > occ.last + 1) {
            if f.former_between(occ.last + 1, n.first) {
                occ.status = Some(Status::Former);
            }
        }
        match name {
            Some(name) if is_public_office(occ.category) => {
                self.bind_public_office(occ, name, (title_last, k))
            }
            Some(name) => self.pass_private_office(&occ, &name),
            None if is_public_office(occ.category) => self.rotation_or_nameless(occ),
            None => {
                let next = occ.last + 1;
                self.nameless.push(occ);
                next
            }
        }
    }

    /// Reads past the title's place and what qualifies it: a second body
    /// its holder chairs, a holder named before a local title, the parent
    /// command, qualifiers (which may make the office former or acting).
    /// Returns the token after them, the token where the qualifiers began,
    /// and the holder named before a local title.
    fn read_past_title(
        &self,
        occ: &mut TitleOcc,
        title_last: usize,
    ) -> (usize, usize, Option<NameParse>) {
        let f = self.f;
        let mut k = f.place_after_title(occ);
        // "Bupati Bolmong (Bolaang Mongondow) Ny Hj X": the place spelled
        // out again in parentheses.
        if let Some(close) = f.same_place_in_parentheses(occ, k) {
            occ.last = close;
            k = close + 1;
        }
        // "Ketua TP PKK dan Dekranasda Sulsel, Ir X": a second body the
        // holder chairs too, and the place both share.
        if occ.region.is_none() && f.is(k, "dan") && is_public_office(occ.category) {
            if let Some(o) = f
                .org_mention(k + 1)
                .filter(|o| o.region.is_some() && f.text(o.last + 1) == ",")
            {
                occ.region = o.region;
                occ.place = true;
                occ.last = o.last;
                k = o.last + 1;
            }
        }
        // "Yusuf Tandi Kepala Desa Ululere, Hamka Sule Kepala Desa …".
        let holder_before = f
            .holder_before_local_title(occ, title_last, k)
            .filter(|(n, _)| !self.is_covered(n.first, n.last))
            .map(|(name, place_last)| {
                occ.last = place_last;
                k = place_last + 1;
                name
            });
        // "Kapolsek Bunta Polres Banggai Iptu X": the parent command.
        if let Some(last) = f.parent_command_before_rank(occ, k) {
            occ.last = last;
            k = last + 1;
        }
        // "Kepala Bandara Haluoleo Kendari, X": the facility's name.
        if let Some(last) = f.unit_name_after_title(k) {
            occ.last = last;
            k = last + 1;
        }
        let qualified = k;
        k = f.past_office_qualifiers(k);
        if f.former_between(qualified, k) {
            occ.status = Some(Status::Former);
        } else if (qualified..k).any(|j| f.is(j, "sementara")) {
            occ.status = Some(Status::Acting);
        }
        (k, qualified, holder_before)
    }

    /// The token where the holder's name may start, past what separates it
    /// from the title at `k` (its qualifiers began at `qualified`): a comma,
    /// a colon, a stray full stop, a clause, a dash.
    fn past_separator(&self, k: usize, qualified: usize) -> usize {
        let f = self.f;
        if f.text(k) == "," {
            // "Anggota KPU Luwu, yaitu Andi Salam, …".
            f.past_office_qualifiers(k + 1)
        } else if f.text(k) == ":" && !f.doc.line_break_before(k + 1) {
            // "Pj Sangadi Desa Duini, Kecamatan Pinogaluman: Butet Marbun".
            f.past_office_qualifiers(k + 1)
        } else if f.text(k) == "."
            && !f.doc.line_break_before(k + 1)
            && matches!(f.affix(k + 1), Some((_, AffixKind::Rank)))
        {
            // "di bawah komando Kapolres Sidrap. AKBP. Hendra Wijaya": a
            // stray full stop before the holder's rank.
            k + 1
        } else if let Some(after) = f
            .clause_before_holder(k)
            .or_else(|| f.clause_before_holder(qualified))
        {
            // "Kasat Reskrim Polres Gowa saat dikonfirmasi, AKP X, …",
            // "Kapolsek X yang baru menjabat, Kompol Y" ("yang baru" was
            // read as a qualifier).
            after
        } else if matches!(f.text(k), "–" | "—" | "-")
            && !f.doc.line_break_before(k)
            && !f.doc.line_break_before(k + 1)
            && f.name_at(k + 1).is_some()
        {
            // "Bupati Boalemo–Rum Pagau": a dash in place of the comma (not
            // a list item's marker on the next line).
            k + 1
        } else {
            k
        }
    }

    /// The holder named after the title, from token `k` on (or in
    /// parentheses there); one bare place word after the title is taken
    /// into it first, moving `k` past it.
    fn holder_after(&self, occ: &mut TitleOcc, k: &mut usize) -> Option<NameParse> {
        let f = self.f;
        // "Abdul Haris sebagai Asisten II …, Sidik Salam sebagai Kepala
        // Dinas …": a name followed by its own apposition link belongs to
        // the title after it.
        // Only a title that is itself someone's apposition ("A sebagai
        // T1, B …") gives up the name after its comma: after "Kepala Satpol
        // PP Kaltim, Munawar sebagai Pjs Bupati Bontang" Munawar holds the
        // first office.
        // A link with no name before it ("Sebelum menjabat sebagai Bupati
        // Wajo, A pernah menjadi camat") gives up nothing.
        let taken_by_earlier_name = f.text(k.wrapping_sub(1)) == ","
            && f.apposition_link_before(occ.first)
                .is_some_and(|(link, _)| f.name_before(link).is_some());
        if *k == occ.last + 1 && f.place_word_after_title(occ, *k) {
            occ.last = *k;
            *k += 1;
        }
        let (occ, k) = (&*occ, *k);
        // Not across a line break: "- Rahmat menjabat Camat Abeli" ends
        // its list item.
        // A line that ends in a comma goes on in the next: "Kepala Seksi
        // Pidana Umum Kejari Bone,\nAndi Rahmat Saleh, menyatakan …".
        let continued_line = f.text(k.wrapping_sub(1)) == ",";
        (!f.doc.line_break_before(k) || continued_line)
            .then(|| f.name_at(k))
            .flatten()
            .filter(|n| {
                !(taken_by_earlier_name
                    && (f.title_follows_link(n.after) || f.starts_title(n.after)))
            })
            // "Lurah Pekkabata, H. Salim Pemilik Toko": a name followed by
            // an occupation is that person's, not the office's holder.
            .filter(|n| !f.is_one_of(n.after, OCCUPATIONS_AFTER_NAME))
            // "Kepala Desa Bente, Yusuf Tandi Kepala Desa Ululere,": a name
            // followed by a village head's title and place is that one's.
            .filter(|n| !(f.text(k.wrapping_sub(1)) == "," && f.claims_name_before(n.after)))
            // "Ketua APDESI Polman, A yang juga Kepala Desa Lapeo": an
            // association's chair whose public office follows holds that.
            .filter(|n| is_public_office(occ.category) || !f.title_follows_link(n.after))
            // "Hadir A, Wakil Bupati X, B, Kapolres X, dan C, Ketua DPRD X.":
            // a list that opens with a name gives each title the name
            // before it; the name after the comma is the next title's.
            .filter(|n| !f.named_first_list(occ, k, n, self.backward_end))
            // "tiga kepala desa, masing-masing A, Kades X, dan B, Kades Y":
            // a counted title is no one's whose own title follows.
            .filter(|n| !(f.counted(occ.first) && f.own_title_after(n)))
            // "Anton Kopo, S.AP sebagai Plt Lurah Besusu.": a name linked
            // before the title holds it; one bare word after is its place.
            .filter(|n| !(n.is_bare_word() && f.name_linked_before(occ.first)))
            .or_else(|| self.holder_in_parentheses(k))
    }

    /// "kepala Dinas Perhubungan Makassar (Imam Hud)": the holder in
    /// parentheses at `k`, a name of two words or more. One word with its
    /// degrees will do: "Ketua KPU Sulbar (Rustang, S.Ag, M.Pd)", or with
    /// honorifics or a rank; so does one in a list whose next item is
    /// another title ("Komisioner Bawaslu Sulbar (Imran), Ketua PN …").
    fn holder_in_parentheses(&self, k: usize) -> Option<NameParse> {
        let f = self.f;
        (f.text(k) == "(")
            .then(|| f.name_at(k + 1))
            .flatten()
            .filter(|n| {
                let next_titled = matches!(f.text(n.after + 1), "," | "dan" | "serta")
                    && f.starts_title(n.after + 2);
                (n.last > n.first
                    || !n.degrees.is_empty()
                    || !n.honorifics.is_empty()
                    || n.rank.is_some()
                    || next_titled)
                    && f.text(n.after) == ")"
            })
    }

    /// The holder named before the title read at `i`: "Musda Guntur,
    /// Sekretaris Daerah …", "Ir. Hendra Pakamundi selaku Kepala Bappeda".
    /// A former office so linked may be followed by the one held now, which
    /// then replaces `occ`.
    fn holder_named_before(&self, occ: &mut TitleOcc, i: usize) -> Option<NameParse> {
        let f = self.f;
        let (link, former) = self.link_before_title(occ, i)?;
        // "Thariq Modanggu, yang sebelumnya menjabat Bupati Gorut".
        // "1. Muhdin Saleh; dilantik sebagai Kepala Desa …".
        let before = if f.text(link) != "," && matches!(f.text(link.wrapping_sub(1)), "," | ";") {
            link - 1
        } else {
            link
        };
        let name = f.name_before(self.past_initials_or_age(before))?;
        // "nelayan Tandupare, Lurah Tandupare": the title's own place
        // written before it is no holder.
        let place_again = name.first == name.last
            && (occ.first + 1..=occ.last + 1)
                .any(|j| f.text(name.first).eq_ignore_ascii_case(f.text(j)));
        // "Menurut Budi, Ketua DPRD sedang berada di luar daerah": the
        // title opens the clause the source reports, its predicate after it.
        let source_then_clause = f.is(
            name.first
                .saturating_sub(name.honorifics.len())
                .wrapping_sub(1),
            "menurut",
        ) && f.is_one_of(
            occ.last + 1,
            &[
                "sedang", "akan", "telah", "sudah", "belum", "masih", "tidak", "harus",
            ],
        );
        if self.is_covered(name.first, name.last)
            || f.verb_opening_sentence(&name)
            || f.inside_org(name.first)
            || place_again
            || f.place_named_before(&name)
            || source_then_clause
        {
            return None;
        }
        if former {
            // "X yang sebelumnya menjabat Kadis Perhubungan kini Kepala
            // Bapenda": the office held now is the title.
            match f.office_after_change(occ.last + 1) {
                Some(now) => *occ = now,
                None => occ.status = Some(Status::Former),
            }
        }
        Some(name)
    }

    /// The token that links a name before the title `occ` (read at `i`) to
    /// it, and whether the link names an office held before.
    fn link_before_title(&self, occ: &TitleOcc, i: usize) -> Option<(usize, bool)> {
        let f = self.f;
        // "Ditambahkan Rudi Lamba, Sekda adalah motor …": a title that opens
        // a clause of its own is no apposition.
        let clause_subject = f.is_one_of(occ.last + 1, &["adalah", "merupakan"]);
        if f.text(occ.first.wrapping_sub(1)) == "," && !clause_subject
            || f.parenthesised_title(occ)
            || f.dashed_list_item(occ.first)
        {
            // "Yahya Lamusu, sebelumnya menjabat Kepala BPSDM dilantik
            // sebagai …": a former office read as status words may be
            // followed by the office held now.
            return Some((occ.first - 1, occ.status == Some(Status::Former)));
        }
        // The link may have been read as status words ("yang sebelumnya
        // menjabat"): look before the title itself too.
        f.apposition_link_before(occ.first)
            .or_else(|| f.apposition_link_before(i))
            .or_else(|| {
                // "Roy Tamuntuan dari Kadis PUPR menjadi Asisten II": a move
                // from one office to another.
                let from = occ.first.checked_sub(1)?;
                (f.is(from, "dari") && f.office_after_change(occ.last + 1).is_some())
                    .then_some((from, true))
            })
            .or_else(|| self.speaker_before_title(occ))
    }

    /// "kata Rinto W. Ali ketua KPU Boalemo": after a verb of speech, the
    /// speaker's name and then his office; or a name of two words or more
    /// after a word that opens a noun phrase ("dan Rudi Hamka Kepala Dinas
    /// Pariwisata") or opening the sentence ("Sementara itu, Rahman Tola
    /// ketua Komisi I …"). The title's first token, as the link.
    fn speaker_before_title(&self, occ: &TitleOcc) -> Option<(usize, bool)> {
        let f = self.f;
        // A capitalised one-word title may be a surname ("kata Raja Hakim
        // saat …").
        if occ.last == occ.first && f.doc.tokens[occ.first].is_capitalized() {
            return None;
        }
        let name = f.name_before(occ.first)?;
        let start = name.first.saturating_sub(name.honorifics.len());
        let p = start.wrapping_sub(1);
        // "oleh Forum Kepala Desa" is a body: one word is not enough there.
        // "perintah Bapak Harsono Komandan Korem …": a name an honorific
        // introduces is a person's.
        let honoured = name
            .honorifics
            .iter()
            .any(|h| matches!(h.as_str(), "Bapak" | "Ibu" | "Pak" | "Bu"));
        // "A sebagai Camat X, B Sekretaris Dinas Y, dan C sebagai …": an
        // item of a list of offices linked to names.
        let linked_list_item = f.text(p) == "," && f.linked_item_before(p);
        let opener = f.is_one_of(p, SPEECH_VERBS)
            || honoured
            || linked_list_item
            || name.last > name.first
                && (f.is_one_of(p, PHRASE_OPENERS)
                    || f.opens_sentence(start)
                    || f.text(p) == "," && f.is_one_of(p.wrapping_sub(1), &["itu", "ini"]));
        opener.then_some((occ.first, false))
    }

    /// The token before which a name ends, from `before`: past the person's
    /// initials ("Andi Mappangara (AM) selaku ketua DPRD") or age ("Karim
    /// (60), Kepala Desa …") in parentheses.
    fn past_initials_or_age(&self, before: usize) -> usize {
        let f = self.f;
        let tokens = &f.doc.tokens;
        let parenthesised = before >= 3 && f.text(before - 1) == ")" && f.text(before - 3) == "(";
        if !parenthesised {
            return before;
        }
        let inner = &tokens[before - 2];
        let initials = inner.is_all_caps()
            && inner.text.len() <= 5
            // Not a body's acronym: "Dinas PUPR (PUPR), Asisten II".
            && f.org_mention(before - 2).is_none()
            && f.lk.body(before - 2).is_none();
        let age = inner.kind == crate::TokenKind::Number && inner.text.len() <= 2;
        if initials || age {
            before - 3
        } else {
            before
        }
    }

    /// Records `name` as the holder of the public office `occ` (`ends`: the
    /// title's last token before its place was read, and the token after
    /// the title), with a pair of titles sharing one place and the holders
    /// who share the office. The token to go on from.
    fn bind_public_office(
        &mut self,
        mut occ: TitleOcc,
        name: NameParse,
        ends: (usize, usize),
    ) -> usize {
        let f = self.f;
        let tokens = &f.doc.tokens;
        // "Ketua DPRD Sulteng selaku Ketua Banggar, Arus": the first title
        // is the one the person is named by.
        if let Some((link, _)) = f.apposition_link_before(occ.first) {
            if let Some(prev) = self.nameless.last() {
                // Not an association's chair before a public office ("Ketua
                // APDESI Gorut yang juga Kepala Desa X, A").
                if prev.last + 1 == link && is_public_office(prev.category) {
                    occ = prev.clone();
                }
            }
        }
        self.cover(occ.first.min(name.first), occ.last.max(name.last));
        if name.last < occ.first {
            self.backward_end = Some(occ.last);
        }
        let mut last = name.last.max(occ.last);
        // "Bupati dan Wakil Bupati Bangkep, Rusli Moidady dan Serfi Kambey":
        // two titles sharing a place, then two names.
        let pair = self
            .nameless
            .last()
            .filter(|t1| t1.last + 2 == occ.first && f.is(t1.last + 1, "dan"))
            .filter(|_| name.last > occ.last && f.is_one_of(name.last + 1, &["dan", "serta"]))
            .and_then(|t1| Some((t1.clone(), f.name_at(name.last + 2)?)));
        let hyphenated = pair
            .is_none()
            .then(|| f.hyphenated_pair(&self.nameless, &occ, &name))
            .flatten();
        match (pair, hyphenated) {
            (Some((mut first_title, second)), _) => {
                // "… periode 2013-2018 A serta B": both held them.
                first_title.status = first_title.status.or(occ.status);
                if first_title.region.is_none() {
                    first_title.region = occ
                        .region
                        .filter(|&r| first_title.scope.admits(f.gazetteer().region(r).level()));
                }
                self.nameless.pop();
                self.cover(first_title.first, second.last);
                last = second.last;
                self.found.push(mention_of(tokens, &first_title, name));
                self.found.push(mention_of(tokens, &occ, second));
            }
            (None, Some((first_title, second_title, (one, two)))) => {
                if second_title.first == occ.first {
                    self.nameless.pop();
                }
                self.found.push(mention_of(tokens, &first_title, one));
                self.found.push(mention_of(tokens, &second_title, two));
            }
            (None, None) => {
                // "menggantikan Bupati Wajo, Amir Latif, yang masa
                // jabatannya telah berakhir": the holder replaced, or whose
                // term is over, held the office before.
                if occ.status.is_none()
                    && (f.is(occ.first.wrapping_sub(1), "menggantikan")
                        || f.term_over_after(name.after))
                {
                    occ.status = Some(Status::Former);
                }
                // "menggantikan Rudi Lolo selaku Pjs Sangadi": the one
                // replaced held the office before, acting or not.
                let written_first = name.first.saturating_sub(name.honorifics.len());
                if name.last < occ.first
                    && f.is_one_of(
                        written_first.wrapping_sub(1),
                        &["menggantikan", "mengantikan", "mengganti"],
                    )
                {
                    occ.status = Some(Status::Former);
                }
                self.holder_and_sharers(&occ, name, ends, &mut last);
            }
        }
        last + 1
    }

    /// A company, party or community title and its holder, who is no
    /// official: the name is not read again as one, unless an official of
    /// that name was named before ("kata Amran Mahmud yang juga Ketua DPC
    /// PDI Perjuangan": the Bupati), when it is left to be read as the
    /// official's later mention. The token to go on from.
    fn pass_private_office(&mut self, occ: &TitleOcc, name: &NameParse) -> usize {
        let f = self.f;
        let tokens = &f.doc.tokens;
        let name_text = &f.doc.text[tokens[name.first].span.start..tokens[name.last].span.end];
        let official_before = self.found.iter().any(|m| &f.doc.text[m.span] == name_text);
        let title_first = if official_before {
            occ.first.max(name.last + 1)
        } else {
            occ.first.min(name.first)
        };
        self.cover(title_first, occ.last.max(name.last));
        name.last.max(occ.last) + 1
    }

    /// A public office with no holder at it: the old and new holders of a
    /// rotation written after it, or a title left for the later passes.
    /// The token to go on from.
    fn rotation_or_nameless(&mut self, occ: TitleOcc) -> usize {
        let f = self.f;
        let tokens = &f.doc.tokens;
        let Some((old, new)) = f.rotation(occ.last + 1) else {
            let next = occ.last + 1;
            self.nameless.push(occ);
            return next;
        };
        let end = old.after.max(new.after).min(tokens.len());
        for c in &mut self.covered[occ.first..end] {
            *c = true;
        }
        let next = new.after.max(occ.last + 1);
        let mut former = mention_of(tokens, &occ, old);
        former.status = Some(Status::Former);
        self.found.push(former);
        self.found.push(mention_of(tokens, &occ, new));
        next
    }

    /// The holder `name` of the public office `occ`, and those who share it
    /// with him: a body's members, a team's or deputies listed after him
    /// ("Anggota KPU Minut, A, B dan C"), names listed before him ("A, B
    /// dan C selaku Wakil Ketua DPRD") and the one he replaced
    /// ("menggantikan D", the office held before). `ends` holds the title's
    /// last token before its place was read and the token after the title;
    /// `last` is raised to the last token read.
    fn holder_and_sharers(
        &mut self,
        occ: &TitleOcc,
        name: NameParse,
        ends: (usize, usize),
        last: &mut usize,
    ) {
        let f = self.f;
        let tokens = &f.doc.tokens;
        let (title_last, k) = ends;
        let after = name.after;
        let name_first = name.first;
        let honorific_tokens = (0..name_first)
            .rev()
            .take_while(|&j| matches!(f.affix(j), Some((_, AffixKind::Honorific))))
            .count();
        let mut mention = mention_of(tokens, occ, name);
        mention.unlisted_place = f.unlisted_place_of(occ, title_last);
        let holder_at = self.found.len();
        self.found.push(mention);
        self.members_after(occ, title_last, (name_first, after), last);
        // "Harum, Munandar Wijaya dan Hamzah Hasan selaku Wakil Ketua
        // DPRD": names listed before the one in apposition share its office.
        if name_first < occ.first {
            // "A dan H. B": the list runs on before B's honorifics.
            let written_first = name_first.saturating_sub(honorific_tokens);
            let listed_before = f.names_listed_before(written_first);
            // "A dan B dilantik sebagai Bupati dan Wakil Bupati Mamasa": two
            // names before a pair of titles hold one each, in order, both of
            // the place written after the second.
            if let [listed] = listed_before.as_slice() {
                if let Some(second) = f.deputy_title_after(occ) {
                    if !self.is_covered(listed.first, listed.last) {
                        self.cover(listed.first, listed.last);
                        let mut first_title = occ.clone();
                        first_title.region = first_title.region.or(second.region);
                        first_title.place |= second.place;
                        let holder = &mut self.found[holder_at];
                        let status = holder.status;
                        set_title(tokens, holder, &second);
                        holder.status = holder.status.or(status);
                        self.found
                            .push(mention_of(tokens, &first_title, listed.clone()));
                        return;
                    }
                }
            }
            for listed in listed_before {
                if self.is_covered(listed.first, listed.last) {
                    break;
                }
                self.cover(listed.first, listed.last);
                self.found.push(mention_of(tokens, occ, listed));
            }
        }
        // "…, menggantikan Kompol I Ketut Sudarma": the one replaced held
        // the same office before. "A dilantik sebagai Pj Bupati Berau
        // menggantikan B": after a holder named first, past the title.
        let after = if name_first < occ.first { k } else { after };
        if let Some(old) = f.replaced_name(after) {
            self.cover(after, old.last);
            *last = (*last).max(old.last);
            let mut former = mention_of(tokens, occ, old);
            former.status = Some(Status::Former);
            former.title_span = None;
            former.region = None;
            self.found.push(former);
        }
    }

    /// "Anggota KPU Minut, Ibnu Dali, Risky Pogaga dan Hedriyanto Jacob": a
    /// body's members share the title; so do a team's ("Tim JPU …, yakni A
    /// dan B"), the holders a title introduces with "yakni" ("Jaksa
    /// Penuntut Umum …, yakni A, B dan C") and a body's deputies ("Wakil
    /// Ketua H. A dan H. B"). The names listed after the holder's, whose
    /// first token and the token after it `name` holds; `last` is raised to
    /// the last token read.
    fn members_after(
        &mut self,
        occ: &TitleOcc,
        title_last: usize,
        name: (usize, usize),
        last: &mut usize,
    ) {
        let f = self.f;
        let (name_first, after) = name;
        let team = f.is(occ.first.wrapping_sub(1), "tim")
            || (occ.last + 1..name_first).any(|j| f.is_one_of(j, &["yakni", "yaitu"]));
        let deputies = occ.canonical.starts_with("Wakil Ketua");
        // "hakim anggota A dan B": a member's title written so, whatever its
        // canonical form.
        let members_written = (occ.first..=title_last).any(|j| f.is(j, "anggota"));
        if !(occ.canonical.starts_with("Anggota") || team || deputies || members_written) {
            return;
        }
        let members = f.list_members(f.affiliation_after(after));
        let members = members
            .into_iter()
            .take(if deputies { 3 } else { usize::MAX });
        for member in members {
            self.cover(*last, member.last);
            *last = member.last;
            self.found.push(mention_of(&f.doc.tokens, occ, member));
        }
    }
}

/// Holders named by a succession verb after someone's titled mention:
/// "Ia menggantikan Irjen Pol X" (X held the office before: former) and
/// "… digantikan oleh Drs. Y" (Y holds it now). The office is the one of the
/// nearest titled mention before, in the same or the previous sentence.
fn successions(f: &Finder<'_, '_>, found: &mut Vec<OfficialMention>, covered: &mut [bool]) {
    if !f.has_any(&["menggantikan", "digantikan", "pejabat"]) {
        return;
    }
    let tokens = &f.doc.tokens;
    let mut added = Vec::new();
    // "menggantikan", "digantikan" and "pejabat" are keywords: only their
    // tokens are visited.
    for k in f.keyword_positions().filter(|&k| k > 0) {
        let (name, status) =
            if f.is(k, "pejabat") && f.is_one_of(k + 1, &["lama", "sebelumnya", "baru"]) {
                // "serah terima dengan pejabat sebelumnya Mayjen TNI X":
                // a holder of the office handed over, named by rank.
                let old = !f.is(k + 1, "baru");
                (f.name_at(k + 2), old.then_some(Status::Former))
            } else if f.is(k, "menggantikan") && f.is_one_of(k - 1, &["ia", "dia", "beliau"]) {
                (f.name_at(k + 1), Some(Status::Former))
            } else if f.is(k, "digantikan") {
                // "… digantikan (oleh) Brigjen Pol Y".
                let by = usize::from(f.is(k + 1, "oleh"));
                (f.name_at(k + 1 + by), None)
            } else {
                continue;
            };
        let Some(name) = name else { continue };
        if covered[name.first..=name.last].iter().any(|&c| c) {
            continue;
        }
        let sentence = f.doc.sentence_of(k);
        let before = found.partition_point(|m| m.first < k);
        let Some(at) = found[..before]
            .iter()
            .rposition(|m| m.title_span.is_some() && f.doc.sentence_of(m.first) + 1 >= sentence)
        else {
            continue;
        };
        // "Wakapolda X digantikan Y": the one named right before the verb
        // held the office before Y.
        let outgoing_end = if f.text(k - 1) == "," {
            k.saturating_sub(2)
        } else {
            k - 1
        };
        if status.is_none() && found[at].span.end == tokens[outgoing_end].span.end {
            found[at].status = Some(Status::Former);
        }
        let office = &found[at];
        for c in &mut covered[name.first..=name.last] {
            *c = true;
        }
        // The office of the mention before, as a title with no words here.
        let office = TitleOcc {
            first: k,
            last: k,
            canonical: office.title.clone(),
            category: office.category,
            scope: office.scope,
            status,
            region: if status.is_some() {
                None
            } else {
                office.region
            },
            place: false,
        };
        added.push(untitled_mention_of(tokens, &office, name));
    }
    merge_found(found, added);
}
