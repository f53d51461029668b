//! Recognition on sentences written for these tests (not from the dev set):
//! one test per pattern the issues name.

mod helpers;

use helpers::{analyze, holder_names, holders_and_titles, officials};
use warta::{Analyzer, Entity, EntityKind, OfficialInfo, Status};

/// The texts of the entities of one kind.
fn texts<'t>(entities: &[Entity<'t>], kind: EntityKind) -> Vec<&'t str> {
    entities
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.text)
        .collect()
}

fn juris(o: &OfficialInfo) -> Option<(&str, bool)> {
    o.jurisdiction
        .as_ref()
        .map(|j| (j.code.as_deref().unwrap_or(""), j.inferred))
}

fn orgs<'t>(entities: &'t [Entity<'t>]) -> Vec<(&'t str, Option<&'t str>)> {
    entities
        .iter()
        .filter_map(|e| {
            let o = e.organization()?;
            Some((
                e.text,
                o.jurisdiction.as_ref().and_then(|j| j.code.as_deref()),
            ))
        })
        .collect()
}

/// The texts of the organisations, in text order.
fn org_names<'t>(entities: &'t [Entity<'t>]) -> Vec<&'t str> {
    orgs(entities).into_iter().map(|(text, _)| text).collect()
}

fn regions<'t>(entities: &'t [Entity<'t>]) -> Vec<(&'t str, Option<&'t str>)> {
    entities
        .iter()
        .filter_map(|e| Some((e.text, e.region()?.code.as_deref())))
        .collect()
}

// ---- officials ----

#[test]
fn title_region_honorific_name_degrees() {
    let text = "Bupati Banggai dr. Amirudin Tamoreka, S.Sos. meninjau pasar.";
    let e = analyze(text);
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    let (name, info) = o[0];
    assert_eq!(name, "Amirudin Tamoreka");
    assert_eq!(info.title, "Bupati");
    assert_eq!(info.honorifics, ["dr."]);
    assert_eq!(info.degrees, ["S.Sos."]);
    assert_eq!(juris(info), Some(("72.01", false)));
    assert_eq!(info.title_text.as_deref(), Some("Bupati Banggai"));
}

#[test]
fn rank_with_corps_and_unit_number() {
    let e = analyze("Dandim 1307/Poso Letkol Inf Hendra Saputra, S.E., M.M. memimpin apel.");
    let o = officials(&e);
    let (name, info) = o[0];
    assert_eq!(name, "Hendra Saputra");
    assert_eq!(info.title, "Komandan Distrik Militer");
    assert_eq!(info.rank.as_deref(), Some("Letkol Inf"));
    assert_eq!(info.degrees, ["S.E.", "M.M."]);
    assert_eq!(juris(info), Some(("72.02", false)));
}

#[test]
fn title_comma_name() {
    let e = analyze("Wakil Wali Kota Kendari, Sudirman, membuka rapat koordinasi.");
    let (name, info) = officials(&e)[0];
    assert_eq!(name, "Sudirman");
    assert_eq!(info.title, "Wakil Wali Kota");
    assert_eq!(juris(info), Some(("74.71", false)));
}

#[test]
fn name_then_title_in_apposition() {
    let e =
        analyze("Andi Mappanyukki, Sekretaris Daerah Kabupaten Gowa, mengatakan anggaran cukup.");
    let (name, info) = officials(&e)[0];
    assert_eq!(name, "Andi Mappanyukki");
    assert_eq!(info.title, "Sekretaris Daerah");
    assert_eq!(juris(info), Some(("73.06", false)));

    let e = analyze(
        "Budi Hartono selaku Kepala Dinas Pendidikan Kota Makassar menjelaskan jadwal ujian.",
    );
    let (name, info) = officials(&e)[0];
    assert_eq!(name, "Budi Hartono");
    assert_eq!(info.title, "Kepala Dinas Pendidikan");
    assert_eq!(juris(info), Some(("73.71", false)));
}

#[test]
fn lists_of_officials() {
    let e = analyze(
        "Hadir Bupati Sigi Mohamad Rizal Intjenae, Kapolres Sigi AKBP Reja A. Simanjuntak, dan Ketua DPRD Sigi Rizal Sungkar.",
    );
    let o = officials(&e);
    let names: Vec<&str> = o.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        names,
        [
            "Mohamad Rizal Intjenae",
            "Reja A. Simanjuntak",
            "Rizal Sungkar"
        ]
    );
    let titles: Vec<&str> = o.iter().map(|(_, i)| i.title.as_str()).collect();
    assert_eq!(titles, ["Bupati", "Kepala Kepolisian Resor", "Ketua DPRD"]);
    assert!(o.iter().all(|(_, i)| juris(i) == Some(("72.10", false))));
}

#[test]
fn numbered_deputies_and_lettered_commissions_take_the_body_named_earlier() {
    let e = analyze(
        "Sidang DPRD Tolitoli dibuka Wakil Ketua I Ansar Pali. Ketua Komisi C Ruslan Adam membacakan laporan.",
    );
    let o = officials(&e);
    let got: Vec<(&str, &str)> = o.iter().map(|(n, i)| (*n, i.title.as_str())).collect();
    assert_eq!(
        got,
        [
            ("Ansar Pali", "Wakil Ketua DPRD"),
            ("Ruslan Adam", "Ketua Komisi DPRD")
        ]
    );
    // The titles name no region themselves (GUIDELINES: jurisdiction null).
    assert!(o
        .iter()
        .all(|(_, i)| juris(i).is_none_or(|(_, inferred)| inferred)));
    assert!(texts(&e, EntityKind::Organization).contains(&"Komisi C"));
}

#[test]
fn names_with_initials_and_particles_end_where_the_name_ends() {
    let e = analyze("Kepala Desa Tompe, Yohanis W.R. Lamba, mengatakan panen berhasil.");
    assert_eq!(officials(&e)[0].0, "Yohanis W.R. Lamba");
    let e = analyze("Camat Wolio La Ode Muhammad Sahlan menyebut jalan rusak.");
    assert_eq!(officials(&e)[0].0, "La Ode Muhammad Sahlan");
    let e = analyze("Lurah Tanjung Ria, Warda Dg Mamala, hadir.");
    assert_eq!(officials(&e)[0].0, "Warda Dg Mamala");
}

#[test]
fn later_mentions_link_to_the_first() {
    let text = "Bupati Poso Verna Inkiriwang membuka festival. Menurut Verna, wisata danau akan dibenahi. \
                Bupati Verna lalu menutup acara.";
    let e = analyze(text);
    let o = officials(&e);
    assert_eq!(o.len(), 3);
    assert!(o.iter().all(|(_, i)| i.person == o[0].1.person));
    let coref: Vec<bool> = o.iter().map(|(_, i)| i.coref).collect();
    assert_eq!(coref, [false, true, true]);
    // Later mentions inherit the jurisdiction stated first.
    assert!(o.iter().all(|(_, i)| juris(i) == Some(("72.02", false))));
    assert_eq!(o[1].1.title_text, None);
}

#[test]
fn titles_without_a_person_yield_no_official() {
    let e = analyze("Gubernur Sulawesi Tengah diwakili Asisten II Setda Sulteng Rudi Dewanto.");
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].0, "Rudi Dewanto");
    assert_eq!(o[0].1.title, "Asisten II Sekretariat Daerah");
    assert!(officials(&analyze(
        "Rapat diikuti para bupati se-Sulsel dan Kapolres Maros."
    ))
    .is_empty());
}

#[test]
fn status_words() {
    let e = analyze("Pj Bupati Buol Muchlis Tawil meresmikan pasar.");
    assert_eq!(officials(&e)[0].1.status, Some(Status::Acting));
    let e = analyze("Mantan Wali Kota Palu Hidayat Lamakarate ikut hadir.");
    let (name, info) = officials(&e)[0];
    assert_eq!(
        (name, info.status),
        ("Hidayat Lamakarate", Some(Status::Former))
    );
    assert!(officials(&analyze("Calon Bupati Ahmad Yani berkampanye di pasar.")).is_empty());
}

#[test]
fn company_and_community_leaders_are_not_officials() {
    assert!(officials(&analyze(
        "Direktur Utama PT Sulteng Makmur, Budi Santoso, menandatangani kontrak."
    ))
    .is_empty());
    assert!(officials(&analyze(
        "Ketua Kelompok Tani Maju, Baharuddin, berharap hujan turun."
    ))
    .is_empty());
}

#[test]
fn jurisdiction_inferred_from_the_dateline_is_marked() {
    let e = analyze("PALU – Wakil Gubernur Reny Lamadjido membuka rapat anggaran.");
    let (_, info) = officials(&e)[0];
    assert_eq!(juris(info), Some(("72", true)));
}

#[test]
fn headline_verbs_are_not_names() {
    let e = analyze("Bupati Gowa Buka Pasar Murah di Kecamatan Somba Opu");
    assert!(officials(&e).is_empty());
    let e = analyze("Wagub Sulbar Salim Mengga Tinjau Jembatan Putus");
    assert_eq!(officials(&e)[0].0, "Salim Mengga");
}

#[test]
fn foreign_heads_of_state_have_no_jurisdiction() {
    let e = analyze("Presiden Filipina Ferdinand Marcos bertemu Presiden Prabowo Subianto.");
    let o = officials(&e);
    let names: Vec<&str> = o.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["Ferdinand Marcos", "Prabowo Subianto"]);
    assert!(o.iter().all(|(_, i)| i.jurisdiction.is_none()));
}

// ---- organisations ----

#[test]
fn long_form_acronym_and_qualifier_after_it() {
    let e = analyze(
        "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Donggala menyiagakan perahu.",
    );
    assert_eq!(
        orgs(&e),
        [
            ("Badan Penanggulangan Bencana Daerah", Some("72.03")),
            ("BPBD", Some("72.03"))
        ]
    );
    let bpbd = e.iter().find_map(|x| x.organization()).unwrap();
    assert_eq!(bpbd.acronym.as_deref(), Some("BPBD"));
    assert_eq!(bpbd.category.as_deref(), Some("government"));
}

#[test]
fn region_bound_forms_carry_their_jurisdiction() {
    let e = analyze("Pemkab Banggai, Pemprov Sulsel, DPRD Kota Palu, Polres Tolitoli dan KPU Sulteng menandatangani nota.");
    assert_eq!(
        orgs(&e),
        [
            ("Pemkab Banggai", Some("72.01")),
            ("Pemprov Sulsel", Some("73")),
            ("DPRD Kota Palu", Some("72.71")),
            ("Polres Tolitoli", Some("72.04")),
            ("KPU Sulteng", Some("72")),
        ]
    );
}

#[test]
fn numbered_military_units_keep_their_number() {
    let e = analyze(
        "Personel Kodim 1306/Donggala, Korem 132/Tadulako dan Kodam XIII/Merdeka bersiaga.",
    );
    let texts: Vec<&str> = orgs(&e).iter().map(|o| o.0).collect();
    assert_eq!(
        texts,
        [
            "Kodim 1306/Donggala",
            "Korem 132/Tadulako",
            "Kodam XIII/Merdeka"
        ]
    );
    // Donggala is a regency; Tadulako and Merdeka are command names.
    assert_eq!(regions(&e), [("Donggala", Some("72.03"))]);
}

#[test]
fn bare_unit_nouns_need_an_antecedent() {
    let e = analyze("KPU Morowali menggelar rapat. Di Aula Kantor KPU itu hadir puluhan warga.");
    let texts: Vec<&str> = orgs(&e).iter().map(|o| o.0).collect();
    assert_eq!(texts, ["KPU Morowali", "KPU"]);
    assert!(orgs(&analyze("Petani bekerja bersama Kodim dan penyuluh.")).is_empty());
    assert!(orgs(&analyze(
        "Warga meminta dinas terkait dan pemerintah pusat turun tangan."
    ))
    .is_empty());
}

#[test]
fn fused_titles_and_headquarters_are_not_organisations() {
    let e = analyze("Kapolres Sigi memimpin apel di Mapolda Sulteng.");
    assert!(orgs(&e).is_empty());
    let e = analyze("Kasat Reskrim Polres Sigi AKP Dedi Kurniawan memaparkan kasus.");
    assert_eq!(orgs(&e), [("Polres Sigi", Some("72.10"))]);
}

#[test]
fn head_noun_names_with_connectors() {
    let e =
        analyze("Dinas Tanaman Pangan dan Hortikultura Provinsi Sulawesi Utara membagikan bibit.");
    assert_eq!(
        orgs(&e),
        [(
            "Dinas Tanaman Pangan dan Hortikultura Provinsi Sulawesi Utara",
            Some("71")
        )]
    );
}

// ---- regions ----

#[test]
fn village_and_district_resolved_by_their_parents() {
    let e = analyze("Warga Desa Sidera, Kecamatan Sigi Biromaru, memanen jagung.");
    assert_eq!(
        regions(&e),
        [
            ("Sidera", Some("72.10.01.2007")),
            ("Sigi Biromaru", Some("72.10.01"))
        ]
    );
}

#[test]
fn lake_names_and_datelines() {
    assert!(regions(&analyze("Nelayan menebar jala di Danau Lindu.")).is_empty());
    let e = analyze("LUWUK – Hujan deras mengguyur kota.");
    let r = e[0].region().unwrap();
    assert_eq!(
        (e[0].text, r.level),
        ("LUWUK", Some(warta::Level::District))
    );
}

#[test]
fn an_ambiguous_village_reports_its_candidates() {
    let e = analyze("Warga Desa Benteng menggelar kerja bakti.");
    let r = e[0].region().unwrap();
    assert_eq!(r.code, None);
    assert!(r.candidates.len() > 5, "{:?}", r.candidates);
    assert_eq!(r.level, Some(warta::Level::Village));
}

#[test]
fn every_kind_is_serialised_with_its_fields() {
    let text = "Ketua DPRD Morowali Herdianto Marzuki hadir.";
    let json = serde_json::to_value(analyze(text)).unwrap();
    let kinds: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["organization", "region", "official"]);
    let official = &json[2];
    for field in [
        "start",
        "end",
        "text",
        "title",
        "title_text",
        "status",
        "jurisdiction",
        "honorifics",
        "rank",
        "degrees",
        "person",
        "coref",
    ] {
        assert!(official.get(field).is_some(), "official lacks {field}");
    }
    assert_eq!(official["jurisdiction"]["code"], "72.06");
    assert!(analyze(text).iter().any(|e| e.kind == EntityKind::Region));
}

#[test]
fn a_headline_body_ends_at_a_function_word() {
    let text = "Baca juga: Wagub Sebut Hasil Pemeriksaan Inspektorat Harus Jadi Pijakan Perbaikan Tata Kelola\n\nIa hadir.";
    let orgs = texts(&analyze(text), EntityKind::Organization);
    // A bare "Inspektorat" names no particular inspectorate; what matters is
    // that the headline's verbs are not read as its name.
    assert!(orgs.iter().all(|o| !o.contains("Harus")), "{orgs:?}");
    let named =
        "BERITA\n\nDinas Pendidikan Kota Palu Akan Gelar Lomba Dan Pameran Sekolah\n\nIa hadir.";
    let orgs = texts(&analyze(named), EntityKind::Organization);
    assert_eq!(orgs, ["Dinas Pendidikan Kota Palu"]);
}

#[test]
fn a_known_body_ending_a_title_leaves_the_name_to_its_holder() {
    let entities = analyze("Kepala Dinas Pendidikan Ahmad Yani meninjau sekolah. Dinas Pendidikan Pemuda dan Olahraga menggelar lomba.");
    let texts: Vec<(EntityKind, &str)> = entities.iter().map(|e| (e.kind, e.text)).collect();
    assert_eq!(
        texts[..2],
        [
            (EntityKind::Organization, "Dinas Pendidikan"),
            (EntityKind::Official, "Ahmad Yani")
        ]
    );
    // A group bound to no region has a name of its own.
    let group = analyze("Ketua Kelompok Tani Sumber Rejeki, Ahmad Yani, berharap panen naik.");
    assert_eq!(group[0].text, "Kelompok Tani Sumber Rejeki");
    // Without a title before it, the longer body name stands.
    assert!(
        texts.contains(&(
            EntityKind::Organization,
            "Dinas Pendidikan Pemuda dan Olahraga"
        )),
        "{texts:?}"
    );
}

#[test]
fn a_body_name_ends_before_an_honorific() {
    let entities = analyze(
        "Rektor Universitas Tadulako Prof. Dr. Ir. Amar, ST, MT mengatakan mahasiswa siap.",
    );
    let orgs = texts(&entities, EntityKind::Organization);
    assert_eq!(orgs, ["Universitas Tadulako"]);
}

#[test]
fn a_town_after_a_local_office_is_its_seat_not_a_name() {
    let entities =
        analyze("Ketua Pengadilan Negeri Luwuk hadir. Kajari Luwuk Budi Santoso menerima berkas.");
    let officials = texts(&entities, EntityKind::Official);
    assert_eq!(officials, ["Budi Santoso"]);
    let court = entities
        .iter()
        .find(|e| e.kind == EntityKind::Organization)
        .expect("the court");
    assert_eq!(court.text, "Pengadilan Negeri Luwuk");
    assert_eq!(
        court.organization().unwrap().name.as_deref(),
        Some("Pengadilan Negeri Luwuk")
    );
}

#[test]
fn a_current_name_beats_a_former_one_after_a_trigger() {
    // Konawe was "Kabupaten Kendari" until 2004; Kodim 1417 sits in the city.
    let entities =
        analyze("Dandim 1417/Kendari Kolonel Inf Pabate hadir. Bupati Kendari tahun 1990 hadir.");
    let codes: Vec<(&str, Option<&str>)> = entities
        .iter()
        .filter_map(|e| Some((e.text, e.region()?.code.as_deref())))
        .collect();
    assert_eq!(
        codes,
        [("Kendari", Some("74.71")), ("Kendari", Some("74.02"))]
    );
}

#[test]
fn a_numbered_commission_belongs_to_its_legislature() {
    let entities = analyze(
        "Anggota Komisi III DPRD Sulteng Budi Luhur Larebu dan Ketua Komisi B DPRD Kota Palu Mutmainah Korona hadir.",
    );
    let orgs: Vec<(&str, Option<&str>)> = entities
        .iter()
        .filter_map(|e| Some((e.text, e.organization()?.category.as_deref())))
        .collect();
    assert_eq!(
        orgs,
        [
            ("Komisi III DPRD Sulteng", Some("legislature")),
            ("Komisi B DPRD Kota Palu", Some("legislature"))
        ]
    );
    let officials: Vec<(&str, &str)> = entities
        .iter()
        .filter_map(|e| Some((e.text, e.official()?.title.as_str())))
        .collect();
    assert_eq!(
        officials,
        [
            ("Budi Luhur Larebu", "Anggota DPRD"),
            ("Mutmainah Korona", "Ketua Komisi DPRD")
        ]
    );
}

#[test]
fn a_title_acronym_in_parentheses_is_skipped() {
    let entities = analyze(
        "Kepala Kepolisian Sektor (Kapolsek) Poso Pesisir Iptu Made Suarjana mengecek pos.",
    );
    let official = entities
        .iter()
        .find_map(|e| Some((e.text, e.official()?)))
        .expect("an official");
    assert_eq!(official.0, "Made Suarjana");
    assert_eq!(
        official.1.jurisdiction.as_ref().map(|j| &*j.name),
        Some("Poso Pesisir")
    );
    assert!(entities.iter().all(|e| e.text != "Kapolsek"));
}

#[test]
fn two_titles_sharing_a_place_pair_with_two_names() {
    let entities = analyze(
        "Bupati dan Wakil Bupati Banggai Kepulauan, Rusli Moidady dan Serfi Kambey, menghadiri rapat.",
    );
    let officials: Vec<(&str, &str, Option<&str>)> = entities
        .iter()
        .filter_map(|e| {
            let o = e.official()?;
            Some((
                e.text,
                o.title.as_str(),
                o.jurisdiction.as_ref().map(|j| &*j.name),
            ))
        })
        .collect();
    assert_eq!(
        officials,
        [
            ("Rusli Moidady", "Bupati", Some("Banggai Kepulauan")),
            ("Serfi Kambey", "Wakil Bupati", Some("Banggai Kepulauan"))
        ]
    );
}

#[test]
fn a_place_after_a_title_is_not_its_holder() {
    let entities = analyze(
        "Menurut Kepala Desa Towuti, Bapak Arsyad, warga Kecamatan Towuti kekurangan air bersih.",
    );
    let officials = texts(&entities, EntityKind::Official);
    assert_eq!(officials, ["Arsyad"]);
}

#[test]
fn a_village_name_inside_another_proper_name_is_no_region() {
    let entities = analyze("Mereka tiba di Bandara Sultan Hasanuddin, Maros.");
    let texts: Vec<&str> = entities.iter().map(|e| e.text).collect();
    assert_eq!(texts, ["Maros"]);
}

#[test]
fn a_national_title_gets_no_inferred_region() {
    let entities = analyze("PALU – Ketua KPU RI Mochammad Afifuddin memantau persiapan pilkada.");
    let official = entities
        .iter()
        .find_map(|e| e.official())
        .expect("an official");
    assert!(official.jurisdiction.is_none(), "{official:?}");
}

#[test]
fn forms_of_address_and_old_towns_are_no_regions() {
    let entities = analyze(
        "Ibu Bone membeli sayur. Kota Tua Makassar ramai. Kota Tentena sejuk. Ibu Kota Palu padat.",
    );
    let texts: Vec<&str> = entities.iter().map(|e| e.text).collect();
    assert_eq!(texts, ["Makassar", "Tentena", "Kota Palu"]);
}

#[test]
fn a_long_body_name_with_acronym_and_region_before_the_holder() {
    let entities = analyze(
        "Plt Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik (Diskominfo) Morowali, Ahmad Jafar, S.Sos, menjelaskan.",
    );
    let (text, official) = entities
        .iter()
        .find_map(|e| Some((e.text, e.official()?)))
        .expect("an official");
    assert_eq!(text, "Ahmad Jafar");
    assert_eq!(
        official.title,
        "Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik"
    );
    assert_eq!(
        official.jurisdiction.as_ref().map(|j| &*j.name),
        Some("Morowali")
    );
}

#[test]
fn a_national_legislators_constituency_is_part_of_the_title() {
    let entities = analyze(
        "Anggota DPD RI asal Sulteng, Abdul Rachman Thaha, meminta perhatian. Anggota DPR RI Dapil Sulteng Longki Djanggola hadir.",
    );
    let officials: Vec<(&str, bool)> = entities
        .iter()
        .filter_map(|e| Some((e.text, e.official()?.jurisdiction.is_none())))
        .collect();
    assert_eq!(
        officials,
        [("Abdul Rachman Thaha", true), ("Longki Djanggola", true)]
    );
}

#[test]
fn jakarta_commands_and_a_rank_after_the_unit() {
    let entities = analyze(
        "PALU – Pangdam Jaya Mayjen TNI Rafael Granada dan Kapolda Metro Jaya Irjen Pol Karyoto hadir di Polda Metro Jaya.",
    );
    let found: Vec<(&str, &str)> = entities.iter().map(|e| (e.kind.as_str(), e.text)).collect();
    assert_eq!(
        found,
        [
            ("region", "PALU"),
            ("official", "Rafael Granada"),
            ("official", "Karyoto"),
            ("organization", "Polda Metro Jaya")
        ]
    );
    // Jakarta's police chief is no official of Palu, the dateline.
    let karyoto = entities[2].official().expect("official");
    assert!(karyoto.jurisdiction.is_none());
}

#[test]
fn a_class_designation_sits_between_a_body_and_its_town() {
    let entities = analyze(
        "Kalapas Kelas IIA Kendari, Abdul Samad, menerima tamu di Lapas Kelas IIA Kendari. Ketua Pengadilan Negeri Kelas IA Palu, Budi Santoso, hadir.",
    );
    let found: Vec<(&str, &str)> = entities
        .iter()
        .filter(|e| e.kind != EntityKind::Region)
        .map(|e| (e.kind.as_str(), e.text))
        .collect();
    assert_eq!(
        found,
        [
            ("official", "Abdul Samad"),
            ("organization", "Lapas Kelas IIA Kendari"),
            ("organization", "Pengadilan Negeri Kelas IA Palu"),
            ("official", "Budi Santoso")
        ]
    );
}

/// (name, canonical title, status) of every official mention.
fn holders(text: &str) -> Vec<(String, String, Option<Status>)> {
    Analyzer::new()
        .entities(text)
        .iter()
        .filter_map(|e| {
            Some((
                e.text.to_string(),
                e.official()?.title.clone(),
                e.official()?.status,
            ))
        })
        .collect()
}

#[test]
fn glued_honorifics_and_ranks_with_a_full_stop_end_before_the_name() {
    let found = holders("Bupati Sigi H.Rusdi Lamaga,SE meninjau sawah bersama Kapolres Sigi AKBP. Herman Tobo,SIK.,MH. kemarin.");
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["Rusdi Lamaga", "Herman Tobo"]);
}

#[test]
fn a_title_in_parentheses_after_the_name_binds_it() {
    let found = holders(
        "Penerima penghargaan:\nKabupaten Banggai: Dr. Ir. Hamka Sulu, MT (Bupati) dan Hj. Rina Pasau, SE (Wakil Bupati)\n",
    );
    assert_eq!(
        found,
        [
            ("Hamka Sulu".to_string(), "Bupati".to_string(), None),
            ("Rina Pasau".to_string(), "Wakil Bupati".to_string(), None),
        ]
    );
}

#[test]
fn a_binding_verb_names_the_holder_after_the_office() {
    let found = holders("Jabatan Kepala Desa Ladongi Jaya kini dijabat oleh Markus Pau, sedangkan Polres Buton dipimpin AKBP Samsul Rijal. Pj Bupati Buton tetap diemban Dr. Idrus Kasim.");
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert!(names.contains(&"Markus Pau"), "{found:?}");
    assert!(names.contains(&"Idrus Kasim"), "{found:?}");
    assert!(!names.contains(&"Ladongi Jaya"), "{found:?}");
}

#[test]
fn a_handover_gives_the_office_to_both_holders_the_first_as_former() {
    let found = holders("Jabatan Kapolres Bone diserahterimakan dari pejabat lama AKBP Rudi Hartono, S.I.K. kepada penggantinya AKBP. Made Wirawan. Wakapolres Bone kini dijabat Kompol Irwan Lado, menggantikan Kompol Anton Sihombing.");
    assert!(
        found.contains(&(
            "Rudi Hartono".into(),
            "Kepala Kepolisian Resor".into(),
            Some(Status::Former)
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            "Made Wirawan".into(),
            "Kepala Kepolisian Resor".into(),
            None
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            "Irwan Lado".into(),
            "Wakil Kepala Kepolisian Resor".into(),
            None
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            "Anton Sihombing".into(),
            "Wakil Kepala Kepolisian Resor".into(),
            Some(Status::Former)
        )),
        "{found:?}"
    );
}

#[test]
fn a_common_word_after_a_title_is_no_name() {
    let found = holders("Baca juga: Kapolsek Jajaran Diminta Siaga\n\nKepala Dinas Perikanan Kosong sejak Mei. Wagub Gorontalo Tutup Pekan Budaya Daerah\n\nIa hadir.");
    assert!(found.is_empty(), "{found:?}");
    // After a rank, a name follows even when its first word is also a word.
    let found = holders("Kapolres Sigi AKBP Legowo Santoso hadir.");
    assert_eq!(found[0].0, "Legowo Santoso");
}

#[test]
fn a_hyphenated_pair_after_two_titles_is_two_holders() {
    let entities =
        Analyzer::new().entities("Program Bupati dan Wakil Bupati Sigi Arman-Yunus berjalan baik.");
    let found: Vec<(&str, &str)> = entities
        .iter()
        .filter_map(|e| Some((e.text, e.official()?.title.as_str())))
        .collect();
    assert_eq!(found, [("Arman", "Bupati"), ("Yunus", "Wakil Bupati")]);
}

#[test]
fn an_alias_in_parentheses_names_the_person_later() {
    let entities = Analyzer::new().entities(
        "Bupati Banggai Andi Rahman Sulu, SE (ARS) meninjau pasar. ARS meminta harga dijaga.",
    );
    let people: Vec<(&str, u32, bool)> = entities
        .iter()
        .filter_map(|e| Some((e.text, e.official()?.person, e.official()?.coref)))
        .collect();
    assert_eq!(
        people,
        [
            ("Andi Rahman Sulu", 0, false),
            ("ARS", 0, true),
            ("ARS", 0, true)
        ]
    );
}

#[test]
fn a_line_without_capitals_still_gives_officials_and_regions() {
    let entities = Analyzer::new().entities(
        "luwuk – bupati banggai amirudin tamoreka membuka pameran bersama ketua dprd banggai suprapto.\n\nkata amirudin, pameran digelar tiap tahun.",
    );
    let found: Vec<(&str, EntityKind)> = entities.iter().map(|e| (e.text, e.kind)).collect();
    assert!(
        found.contains(&("amirudin tamoreka", EntityKind::Official)),
        "{found:?}"
    );
    assert!(
        found.contains(&("banggai", EntityKind::Region)),
        "{found:?}"
    );
    let later = entities.iter().filter(|e| e.text == "amirudin").count();
    assert_eq!(later, 1, "{found:?}");
    // A capitalised text keeps its case rules: a lowercase word is no region.
    let cased = Analyzer::new().entities("Warga Luwuk menanam pohon bone di kebun.");
    assert!(cased.iter().all(|e| e.text != "bone"));
}

/// The (name, title) pairs of the officials found in `text`.
fn named(text: &str) -> Vec<(String, String)> {
    holders(text).into_iter().map(|(n, t, _)| (n, t)).collect()
}

#[test]
fn a_title_word_inside_a_name_is_part_of_the_name() {
    let found = named(
        "Sidang dipimpin Hakim Ketua Rudi Hakim Lubis. Kadis PUPR Buol Arif Hakim Pasau hadir. Ketua Komisi B Anwar Hakim menyoroti proyek.\n\nBaca juga: Hakim Yusuf Hakim Tolak Eksepsi Terdakwa\n",
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Rudi Hakim Lubis",
            "Arif Hakim Pasau",
            "Anwar Hakim",
            "Yusuf Hakim"
        ]
    );
    assert_eq!(found[0].1, "Hakim");
}

#[test]
fn unit_numerals_decree_numbers_and_headline_words_are_no_names() {
    for text in [
        "Bantuan dari Pangdam XIV Wirabuana tiba di Mamuju.",
        "Berdasarkan Keputusan Kapolri Nomor: Kep/456/2025 jabatan diserahkan.",
        "SK Bupati Bone Nomor 12 Tahun 2024 dibacakan.",
        "Bupati Wajo Rotasi 9 Pejabat Eselon II, Kepala Bappeda Kosong",
    ] {
        assert_eq!(named(text), [], "{text}");
    }
}

#[test]
fn glued_honorifics_and_undotted_degrees_stay_out_of_the_name() {
    let found = named(
        "Ketua DPRD Bone Ir.H. Andi Salam membuka sidang. Danrem 141/Toddopuli Brigjen TNI Budi Prasetyo SIP, MM hadir.",
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Andi Salam", "Budi Prasetyo"]);
}

#[test]
fn credits_name_staff_not_officials() {
    let found = named(
        "Camat Tiroang Nurul Anwar meninjau banjir.\n\n(Foto: Humas Pemkab Pinrang)\nEditor: Hakim Tandi\nPenulis: Nurul Hidayat\n",
    );
    assert_eq!(found, [("Nurul Anwar".to_string(), "Camat".to_string())]);
}

#[test]
fn members_listed_after_one_title_share_it() {
    let found = named(
        "Rapat dihadiri Anggota DPRD Buol, Ramli Usman, Sitti Nurjanah, dan Yosef Tandi. Ketua DPRD Buol, Arman Lasa, menutup rapat.",
    );
    assert_eq!(
        found,
        [
            ("Ramli Usman".to_string(), "Anggota DPRD".to_string()),
            ("Sitti Nurjanah".to_string(), "Anggota DPRD".to_string()),
            ("Yosef Tandi".to_string(), "Anggota DPRD".to_string()),
            ("Arman Lasa".to_string(), "Ketua DPRD".to_string()),
        ]
    );
}

#[test]
fn a_short_form_or_a_qualifier_may_stand_between_title_and_name() {
    let found = named(
        "Menteri Pertanian (Mentan), Andi Salim meninjau sawah. Bupati Luwu saat ini, Budi Rante (BR), menyambutnya. \"Kami siap,\" kata BR. Presiden terpilih Arif Nugroho hadir.",
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["Andi Salim", "Budi Rante", "BR", "BR", "Arif Nugroho"]
    );
    assert_eq!(found[1].1, "Bupati");
    assert_eq!(found[3].1, "Bupati");
}

#[test]
fn a_holder_named_before_menjadi_or_yang_menjabat_sebagai() {
    let found = named(
        "Yusran Lamba yang saat ini menjabat sebagai Sekretaris Kabupaten Bone hadir. Wakilnya, Andi Tahir, dilantik menjadi Wali Kota Palopo.",
    );
    assert_eq!(
        found,
        [
            ("Yusran Lamba".to_string(), "Sekretaris Daerah".to_string()),
            ("Andi Tahir".to_string(), "Wali Kota".to_string()),
        ]
    );
}

#[test]
fn relatives_titles_and_parts_of_other_names_are_no_officials() {
    let found = named(
        "Istri Bupati, Rina Marlina, membuka bazar bersama Marlina Pasau (mantan Bupati Wajo). Sebelumnya menjabat Kepala Dinas Sosial kini Kepala Bappeda, kursi itu kosong.",
    );
    assert_eq!(found, [("Marlina Pasau".to_string(), "Bupati".to_string())]);
}

#[test]
fn a_dateline_glued_to_the_first_word_stays_apart() {
    let e = analyze("MAJENE-Kepala Dinas Kesehatan (Kadinkes) Majene, dr. Hj. Rosmini Tahir, M.Kes mengatakan kasus naik.");
    assert_eq!(regions(&e)[0], ("MAJENE", Some("76.05")));
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].0, "Rosmini Tahir");
    assert_eq!(o[0].1.title, "Kepala Dinas Kesehatan");
}

#[test]
fn each_name_before_sebagai_takes_the_title_after_it() {
    let found = named(
        "Gubernur melantik Andi Rahman sebagai Asisten II Pemprov Sultra, Yusuf Lamba sebagai Kepala Dinas Pendidikan Sultra, dan Hasan Tomi sebagai Kepala Dinas Kesehatan Sultra.",
    );
    let got: Vec<(&str, &str)> = found
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("Andi Rahman", "Asisten II Sekretariat Daerah"),
            ("Yusuf Lamba", "Kepala Dinas Pendidikan"),
            ("Hasan Tomi", "Kepala Dinas Kesehatan"),
        ]
    );
}

#[test]
fn a_spelled_out_rank_or_a_region_after_a_title_is_no_holder() {
    let found = named(
        "Kapolda Sultra Inspektur Jenderal Polisi Joko Santoso hadir. Hakim Pengadilan Tipikor Kendari, Sultra menunda sidang.",
    );
    assert_eq!(
        found,
        [(
            "Joko Santoso".to_string(),
            "Kepala Kepolisian Daerah".to_string()
        )]
    );
}

#[test]
fn a_unit_written_before_its_parent_body_is_one_organisation() {
    let e = analyze(
        "Juru bicara Fraksi Partai NasDem DPRD Bone, Arman Saleh, membacakan pandangan. Personel Sat Samapta Polres Wajo dan Brimob Polda Sulsel berjaga. Badan Kehormatan DPRD Luwu bersidang. (Foto: Humas Polres Wajo)",
    );
    let names = texts(&e, EntityKind::Organization);
    assert_eq!(
        names,
        [
            "Fraksi Partai NasDem DPRD Bone",
            "Sat Samapta Polres Wajo",
            "Brimob Polda Sulsel",
            "Badan Kehormatan DPRD Luwu",
            "Humas Polres Wajo"
        ]
    );
    let o = officials(&e);
    assert_eq!(o[0].0, "Arman Saleh");
    assert_eq!(o[0].1.title, "Juru Bicara Fraksi DPRD");
}

#[test]
fn headquarters_words_stay_outside_the_body_and_single_institutions_stay_apart() {
    let e = analyze("Ia dipromosikan ke Mabes Polri. Sinergi TNI Polri dijaga.");
    assert_eq!(
        texts(&e, EntityKind::Organization),
        ["Polri", "TNI", "Polri"]
    );
}

#[test]
fn places_outside_the_gazetteer_are_read_by_their_trigger_with_a_level_and_no_code() {
    let e = analyze(
        "Kekeringan melanda Kecamatan Lembor, Lembor Selatan, Kuwus dan Macang Pacar. Camat Lembor Selatan Yohanes Dopo meninjau Distrik Wamena Kota.",
    );
    let places: Vec<(&str, Option<warta::Level>, Option<&str>)> = e
        .iter()
        .filter_map(|e| {
            let r = e.region()?;
            Some((e.text, r.level, r.code.as_deref()))
        })
        .collect();
    let district = Some(warta::Level::District);
    assert_eq!(
        places,
        [
            ("Lembor", district, None),
            ("Lembor Selatan", district, None),
            ("Kuwus", district, None),
            ("Macang Pacar", district, None),
            ("Lembor Selatan", district, None),
            ("Wamena Kota", district, None),
        ]
    );
    // The place named again after a title is the place, not the holder.
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].0, "Yohanes Dopo");
}

#[test]
fn party_and_new_installation_words_stand_between_title_and_name() {
    let found = named(
        "Hadir anggota DPRD Bone dari Partai Demokrat, Yusuf Tahir. Anggota DPRD Bone yang baru saja dilantik Rahmat Lasido berterima kasih.",
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Yusuf Tahir", "Rahmat Lasido"]);
}

#[test]
fn compass_words_and_bodies_after_a_title_are_no_names() {
    let found = named(
        "Bupati Bolmong Selatan (Bolsel) Hi Arman Mayulu hadir. Kata Kepala Seksi Penerangan Hukum Kejati Sulselbar, Salahuddin.",
    );
    assert!(
        found
            .iter()
            .all(|(n, _)| n != "Selatan" && !n.starts_with("Kejati")),
        "{found:?}"
    );
}

#[test]
fn multi_word_names_in_mixed_case_and_lower_case_names_after_a_level_word() {
    let e = analyze(
        "Polres Luwu timur siaga. Warga di kabupaten morowali utara senang, kata kepala desa baru itu.",
    );
    assert_eq!(
        regions(&e),
        [
            ("Luwu timur", Some("73.24")),
            ("morowali utara", Some("72.12"))
        ]
    );
}

#[test]
fn two_holders_before_two_titles_after_sebagai() {
    for text in [
        "KPU Sidrap menetapkan pasangan Andi Rauf dan Hasna Tamin sebagai Bupati dan Wakil Bupati terpilih.",
        "KPU Tetapkan Andi Rauf-Hasna Tamin Sebagai Bupati Dan Wakil Bupati Sidrap",
    ] {
        assert_eq!(
            named(text),
            [
                ("Andi Rauf".to_string(), "Bupati".to_string()),
                ("Hasna Tamin".to_string(), "Wakil Bupati".to_string()),
            ],
            "{text}"
        );
    }
}

#[test]
fn the_office_held_now_is_the_title_after_a_change_word() {
    let found = holders(
        "Rotasi itu menempatkan Yusuf Kila yang sebelumnya menjabat Kepala Dinas Perhubungan kini Kepala Bappeda, sedangkan Rina Sopa yang sebelumnya Kepala Dinas Sosial dilantik pula.",
    );
    assert_eq!(
        found,
        [
            (
                "Yusuf Kila".to_string(),
                "Kepala Badan Perencanaan Pembangunan Daerah".to_string(),
                None
            ),
            (
                "Rina Sopa".to_string(),
                "Kepala Dinas Sosial".to_string(),
                Some(Status::Former)
            ),
        ]
    );
}

#[test]
fn ranks_written_in_mixed_case_stay_outside_the_name() {
    let found =
        named("Kapolda Sultra Brigjen pol Andi Rahmat dan Kapolres Muna Akbp Yusuf Tomi hadir.");
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Andi Rahmat", "Yusuf Tomi"]);
}

#[test]
fn datelines_glued_to_site_names_and_honorifics_glued_to_names_split() {
    let found = named(
        "SORONG,PAPUAKINI.ID-Bupati Sorong Yohan Mambrasar melantik pejabat. Ketua DPRD Bone H.Andi Salam,S.Sos hadir. Sekertaris Daerah (Sekda) Bone, Dr. Rudi Tola, M.Si mengatakan hal itu.",
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Yohan Mambrasar", "Andi Salam", "Rudi Tola"]);
    assert_eq!(found[2].1, "Sekretaris Daerah");
}

#[test]
fn a_unit_head_composed_from_its_field_takes_the_body_written_after_it() {
    let found = named(
        "Data Kabid Pencegahan dan Pengendalian Penyakit (P2P) Dinkes Wajo Rina Tahir menunjukkan kenaikan.",
    );
    assert_eq!(
        found,
        [(
            "Rina Tahir".to_string(),
            "Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan".to_string()
        )]
    );
}

#[test]
fn lines_without_capitals_give_bodies_numbered_units_and_their_heads() {
    let e = analyze(
        "hadir wakil ketua ii dprd luwu andi tahir, ketua komisi ii rina pasau dan kepala bapenda luwu, ir. h. yusuf tomi.",
    );
    let got: Vec<(&str, &str)> = officials(&e)
        .iter()
        .map(|(n, i)| (*n, i.title.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("andi tahir", "Wakil Ketua DPRD"),
            ("rina pasau", "Ketua Komisi DPRD"),
            ("yusuf tomi", "Kepala Badan Pendapatan Daerah"),
        ]
    );
    assert!(texts(&e, EntityKind::Organization).contains(&"dprd luwu"));
}

#[test]
fn a_head_noun_with_only_a_generic_word_after_it_is_no_body() {
    let e = analyze(
        "Bantuan dari Pemerintah Pusat dan Pemerintah Kabupaten Sigi tiba di Kantor Kecamatan.",
    );
    assert_eq!(
        texts(&e, EntityKind::Organization),
        ["Pemerintah Kabupaten Sigi"]
    );
}

#[test]
fn succession_verbs_name_the_holder_before_and_after() {
    let found = holders(
        "Tongkat komando Kapolda Sulawesi Barat kini berada di tangan Irjen Pol Yusuf Tomi. Ia menggantikan Irjen Pol Arman Lasa. Sementara Wakil Ketua DPRD Majene, Rina Pasau, digantikan oleh Drs. Hasan Bado.",
    );
    assert_eq!(
        found,
        [
            (
                "Yusuf Tomi".to_string(),
                "Kepala Kepolisian Daerah".to_string(),
                None
            ),
            (
                "Arman Lasa".to_string(),
                "Kepala Kepolisian Daerah".to_string(),
                Some(Status::Former)
            ),
            // The outgoing holder of a handover (GUIDELINES.md, status).
            (
                "Rina Pasau".to_string(),
                "Wakil Ketua DPRD".to_string(),
                Some(Status::Former)
            ),
            (
                "Hasan Bado".to_string(),
                "Wakil Ketua DPRD".to_string(),
                None
            ),
        ]
    );
}

#[test]
fn bodies_headed_by_kepala_companies_by_suffix_and_no_venues_or_fields() {
    let e = analyze(
        "Kepala Bapenda dan Asisten II Bidang Perekonomian Setda Luwu hadir di Gedung Gabungan Dinas dan Balai Pertemuan Umum. Proyek itu dibangun Hunan Rising Nickel Co Ltd bersama Bosowa Group.",
    );
    assert_eq!(
        texts(&e, EntityKind::Organization),
        [
            "Bapenda",
            "Setda Luwu",
            "Hunan Rising Nickel Co Ltd",
            "Bosowa Group"
        ]
    );
}

#[test]
fn a_move_from_one_office_to_another_gives_the_new_office() {
    let found = holders(
        "Pejabat yang dirotasi:\n• Ir. Budi Tola dari Kadis PUPR menjadi Asisten II Setda Luwu\n• Hj. Rina Pasau, SE, sebelumnya Kabag Humas dan Protokol Setda Luwu, kini Kepala Dinas Sosial;\n",
    );
    assert_eq!(
        found,
        [
            (
                "Budi Tola".to_string(),
                "Asisten II Sekretariat Daerah".to_string(),
                None
            ),
            (
                "Rina Pasau".to_string(),
                "Kepala Dinas Sosial".to_string(),
                None
            ),
        ]
    );
}

#[test]
fn places_enumerated_under_a_level_noun_or_in_a_table_take_its_level() {
    let e = analyze(
        "Wilayah itu meliputi tiga kecamatan, yakni Bungku Barat, Bahodopi dan Menui Kepulauan. Data kasus:\nNo Kecamatan Kasus\n1 Petasia 12\n2 Lembo 3\n\nSelesai.",
    );
    let got: Vec<(&str, Option<warta::Level>)> = e
        .iter()
        .filter_map(|e| Some((e.text, e.region()?.level)))
        .collect();
    let district = Some(warta::Level::District);
    assert_eq!(
        got,
        [
            ("Bungku Barat", district),
            ("Bahodopi", district),
            ("Menui Kepulauan", district),
            ("Petasia", district),
            ("Lembo", district),
        ]
    );
}

#[test]
fn initials_after_a_national_office_and_nicknames_after_pria_yang_akrab_disapa() {
    let found = named(
        "Jalan itu dibangun pada masa Presiden SBY. Presiden RI dijadwalkan hadir. Wali Kota Palopo Rahmat Masri meninjau pasar. Pria yang akrab disapa Amma itu berjanji. Amma juga menyapa pedagang.",
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["SBY", "Rahmat Masri", "Amma", "Amma"]);
    assert!(found[1..].iter().all(|(_, t)| t == "Wali Kota"));
}

#[test]
fn an_unknown_place_after_a_village_title_placed_by_its_district_is_no_holder() {
    let found = named(
        "Bupati melantik Kepala Desa Lalumba di Kecamatan Mori Atas dan Kepala Desa Watuawu, Kecamatan Lage. Kepala Desa Tompe, Yusuf Lamba, hadir.",
    );
    assert_eq!(
        found,
        [("Yusuf Lamba".to_string(), "Kepala Desa".to_string())]
    );
}

#[test]
fn regencies_joined_by_a_hyphen_are_two_regions_and_reduplicated_names_one() {
    let e = analyze("Ia wakil Dapil Buol-Tolitoli dan warga Tojo Una-Una serta Toli-Toli.");
    assert_eq!(
        regions(&e),
        [
            ("Buol", Some("72.05")),
            ("Tolitoli", Some("72.04")),
            ("Tojo Una-Una", Some("72.09")),
            ("Toli-Toli", Some("72.04")),
        ]
    );
}

#[test]
fn yakni_yaitu_and_adalah_stand_between_an_office_and_its_holders() {
    let found = named(
        "Anggota KPU Luwu, yaitu Andi Salam, Rudi Tola dan Yusuf Kila, hadir. Bupati Luwu adalah Basri Mattola.",
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["Andi Salam", "Rudi Tola", "Yusuf Kila", "Basri Mattola"]
    );
    assert!(found[..3]
        .iter()
        .all(|(_, t)| t == "Anggota Komisi Pemilihan Umum"));
}

// ---- classes found in real news, session of 2026-12-07 (invented names) ----

#[test]
fn a_village_name_after_a_regency_level_title_starts_the_holders_name() {
    // "Mario" and "Dondo" are places in the gazetteer (a village, a
    // district) and given names; below a department head's level and with
    // a name right after, they are the name.
    let text = "Hadir Kepala Dinas Sosial Mario Tandiari dan Kaban Kesbangpol Dondo Lamaluta.";
    let e = analyze(text);
    let names = holder_names(&e);
    assert_eq!(names, ["Mario Tandiari", "Dondo Lamaluta"]);
    // A court still sits in a district's town.
    let e = analyze("Ketua Pengadilan Negeri Luwuk Yusran Lamba membuka sidang.");
    let o = officials(&e);
    assert_eq!(o[0].0, "Yusran Lamba");
    // A village head's village is still his place, before a comma.
    let e = analyze("Kepala Desa Towuti, Bapak Arsyad Lolo hadir.");
    assert_eq!(officials(&e)[0].0, "Arsyad Lolo");
}

#[test]
fn a_title_with_its_acronym_in_parentheses_before_a_name_that_is_a_place() {
    let text = "Kepala Dinas Komunikasi dan Informatika (Diskominfo) Mario Lasaido menjelaskan.";
    let e = analyze(text);
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].0, "Mario Lasaido");
    assert_eq!(o[0].1.title, "Kepala Dinas Komunikasi dan Informatika");
}

#[test]
fn a_body_inside_a_title_before_the_holders_name_is_an_organisation() {
    // "DPRD" followed by two capitalised words is no programme name
    // ("TNI Manunggal Membangun Desa") when a title ends at it.
    let text = "Sidang di DPRD Buol. Ketua DPRD Rahmat Lasindo mengatakan sidang lancar.";
    let e = analyze(text);
    assert_eq!(texts(&e, EntityKind::Organization), ["DPRD Buol", "DPRD"]);
    assert_eq!(officials(&e)[0].0, "Rahmat Lasindo");
    let e = analyze("Kegiatan TNI Manunggal Membangun Desa dibuka.");
    assert!(texts(&e, EntityKind::Organization).is_empty());
}

#[test]
fn status_words_and_terms_between_an_office_and_its_holder() {
    let text = "Sertijab dari Danrem lama Brigjen TNI Yosef Marpaung kepada Danrem baru Brigjen TNI Hendra Kusuma.";
    let e = analyze(text);
    let o = officials(&e);
    assert_eq!(o.len(), 2);
    assert_eq!(o[0].0, "Yosef Marpaung");
    assert_eq!(o[0].1.status, Some(Status::Former));
    assert_eq!(o[1].0, "Hendra Kusuma");
    assert_eq!(o[1].1.status, None);
    let e = analyze("Hadir mantan Wali Kota Kendari periode 2012-2017 Ridwan Lasiba dan istri.");
    let o = officials(&e);
    assert_eq!(o[0].0, "Ridwan Lasiba");
    assert_eq!(o[0].1.status, Some(Status::Former));
    let e = analyze("Kapolres sebelumnya AKBP Fajar Nugroho kini bertugas di Polda.");
    assert_eq!(officials(&e)[0].1.status, Some(Status::Former));
}

#[test]
fn a_units_number_and_name_and_a_spelled_out_rank_before_the_holder() {
    let e = analyze(
        "Pangdam XIV Hasanuddin Mayor Jenderal (Mayjen) TNI Hartono Wibowo membuka latihan.",
    );
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].0, "Hartono Wibowo");
    assert_eq!(o[0].1.rank.as_deref(), Some("Mayor Jenderal TNI"));
    let e = analyze("Dandim 1307 Poso Mayor Inf. Samuel Tandi memimpin apel.");
    assert_eq!(officials(&e)[0].0, "Samuel Tandi");
}

#[test]
fn a_word_that_ends_names_stays_inside_one_in_running_text() {
    // "Hari" ends a name before a day ("Hari Senin") or in a headline.
    let e = analyze("Kadis Pariwisata Sulteng, Yusuf Hari Santoso membuka acara.");
    assert_eq!(officials(&e)[0].0, "Yusuf Hari Santoso");
    let e = analyze("Kapolres Sigi AKBP Budi Lamba Hari Senin meninjau lokasi.");
    assert_eq!(officials(&e)[0].0, "Budi Lamba");
}

#[test]
fn bare_roles_in_a_list_of_a_bodys_members() {
    let text = "Hadir komisioner Badan Pengawas Pemilu (Bawaslu) Banggai, masing-masing Ketua Rina Lolo dan Anggota Yoppy Santi.";
    let e = analyze(text);
    let o = officials(&e);
    assert_eq!(o.len(), 2);
    assert_eq!(
        (o[0].0, &*o[0].1.title),
        ("Rina Lolo", "Ketua Badan Pengawas Pemilihan Umum")
    );
    assert_eq!(
        (o[1].0, &*o[1].1.title),
        ("Yoppy Santi", "Anggota Badan Pengawas Pemilihan Umum")
    );
    // A role right after a body named with its region, then members listed
    // after "anggota masing-masing"; the title comes from the nearest body.
    let text = "Panitia Pengawas Pemilihan Umum (Panwaslu) Kabupaten Bolaang Mongondow Ketua Hendra Pinontoan didampingi anggota masing-masing Ronal Lumi dan Sisca Wowor.";
    let e = analyze(text);
    let o = officials(&e);
    let names: Vec<&str> = o.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["Hendra Pinontoan", "Ronal Lumi", "Sisca Wowor"]);
    assert_eq!(o[1].1.title, "Anggota Panitia Pengawas Pemilihan Umum");
    // A bare task force names no member's office.
    let e = analyze("Pembubaran Satuan Tugas (Satgas) Ketua Puslatda Sulteng digelar.");
    assert!(officials(&e).is_empty());
}

#[test]
fn the_office_held_now_after_a_former_one_and_a_title_after_merupakan() {
    let e = analyze("Hendra Lolo, sebelumnya menjabat Kepala Dinas Sosial dilantik sebagai Kepala Dinas Kesehatan.");
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].1.title, "Kepala Dinas Kesehatan");
    assert_eq!(o[0].1.status, None);
    let e = analyze("Hendra Lolo yang sebelumnya menjabat Kepala Dinas Sosial kini dipercaya menempati jabatan baru sebagai Kepala Dinas Kesehatan.");
    assert_eq!(officials(&e)[0].1.title, "Kepala Dinas Kesehatan");
    let e = analyze("Rahman Lapadengan merupakan Bupati Sigi yang baru.");
    let o = officials(&e);
    assert_eq!((o[0].0, &*o[0].1.title), ("Rahman Lapadengan", "Bupati"));
}

#[test]
fn an_office_held_before_by_a_verb_bound_holder_then_the_successor() {
    let text = "Jabatan Direktur RSUD Undata yang sebelumnya dipegang dr. Lina Tumbelaka. Kini digantikan oleh dr. Anwar Lasimpo.";
    let e = analyze(text);
    let o = officials(&e);
    assert_eq!(o.len(), 2);
    assert_eq!(
        (o[0].0, o[0].1.status),
        ("Lina Tumbelaka", Some(Status::Former))
    );
    assert_eq!((o[1].0, o[1].1.status), ("Anwar Lasimpo", None));
}

#[test]
fn a_head_of_a_body_the_lexicon_lacks_written_as_an_acronym() {
    let e = analyze("Rapat dihadiri Kepala BKPPD Donggala Yusnan Lamatta dan camat.");
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!((o[0].0, &*o[0].1.title), ("Yusnan Lamatta", "Kepala BKPPD"));
    // Not for an association's chair, and not for a unit label.
    let e = analyze("Ketua HIPMI Palu Rizal Lamba hadir.");
    assert!(officials(&e).is_empty());
}

#[test]
fn new_police_and_prosecution_titles() {
    let e = analyze("Kadivkum Polri Irjen Pol Sugeng Hartono dan Ketua Tim Penyidik Kejari Poso, Ilham Lasido, hadir.");
    let o = officials(&e);
    let titles: Vec<&str> = o.iter().map(|(_, i)| &*i.title).collect();
    assert_eq!(
        titles,
        [
            "Kepala Divisi Hukum Kepolisian Negara Republik Indonesia",
            "Ketua Tim Penyidik Kejaksaan Negeri"
        ]
    );
}

#[test]
fn member_roles_listed_after_a_body_named_in_the_sentence() {
    let text = "Ketua Komisi II DPRD Sigi dijabat Yusran Lapadjo (Gerindra), Wakil Ketua Nurlela Tandi (Golkar), dan Sekretaris Drs Hamid Lasaka.";
    let e = analyze(text);
    let o = officials(&e);
    let got: Vec<(&str, &str)> = o.iter().map(|(n, i)| (*n, &*i.title)).collect();
    assert_eq!(
        got,
        [
            ("Yusran Lapadjo", "Ketua Komisi DPRD"),
            ("Nurlela Tandi", "Wakil Ketua Komisi DPRD"),
            ("Hamid Lasaka", "Sekretaris Komisi DPRD"),
        ]
    );
    // Past a faction to the legislature whose leaders are listed.
    let text = "Kursi pimpinan DPRD Buol diisi Ketua DPRD Rahmat Lasindo dari Fraksi NasDem, Wakil Ketua Irwan Tolo dari Fraksi Hanura.";
    let e = analyze(text);
    let o = officials(&e);
    assert_eq!((o[1].0, &*o[1].1.title), ("Irwan Tolo", "Wakil Ketua DPRD"));
    // A party unit's officer holds no public office.
    let e = analyze("Sekretaris DPC PDIP Buol Hamzah Lolo mengatakan hal itu.");
    assert!(officials(&e).is_empty());
}

#[test]
fn a_kind_of_body_in_every_place_names_no_single_body() {
    let text = "Rapat diikuti Dinas Kesehatan kabupaten/kota se-Sulteng. Dalam pleno itu masing-masing Panitia Pemilihan Kecamatan (PPK) melapor, lalu Panwaslu Kecamatan hadir.";
    let e = analyze(text);
    assert!(
        texts(&e, EntityKind::Organization).is_empty(),
        "{:?}",
        texts(&e, EntityKind::Organization)
    );
    // A unit's number after its head's title is no count.
    let e = analyze("Hadir Kanit 2 Sat Intelkam Polres Poso Ipda Rudi Lolo.");
    assert_eq!(
        texts(&e, EntityKind::Organization),
        ["Sat Intelkam Polres Poso"]
    );
}

#[test]
fn the_field_of_an_office_after_bidang_belongs_to_the_title() {
    let text = "Hadir Staf Ahli Bidang Pembangunan, Ekonomi dan Keuangan, Yunus Lamatta, dan Asisten Bidang Administrasi Umum Nirwana Lolo.";
    let e = analyze(text);
    let o = officials(&e);
    let got: Vec<(&str, &str)> = o.iter().map(|(n, i)| (*n, &*i.title)).collect();
    assert_eq!(
        got,
        [
            ("Yunus Lamatta", "Staf Ahli Bupati"),
            ("Nirwana Lolo", "Asisten Sekretariat Daerah")
        ]
    );
    // The field is no body.
    assert!(texts(&e, EntityKind::Organization).is_empty());
    // A field that makes a title of its own with the role.
    let e = analyze("Asisten Bidang Intelijen Kejati Sulteng Made Lasido mengatakan.");
    assert_eq!(
        officials(&e)[0].1.title,
        "Asisten Intelijen Kejaksaan Tinggi"
    );
}

#[test]
fn a_head_noun_left_out_between_role_and_acronym() {
    let e = analyze("Kepala ESDM Sulteng, Bambang Lolo, meninjau tambang.");
    let o = officials(&e);
    assert_eq!(
        (o[0].0, &*o[0].1.title),
        (
            "Bambang Lolo",
            "Kepala Dinas Energi dan Sumber Daya Mineral"
        )
    );
}

#[test]
fn a_body_written_in_lower_case_with_its_region() {
    let text = "Rapat dihadiri pemerintah Kabupaten Parigi Moutong dan pemkab Tojo Una-Una. Para pemerintah daerah hadir.";
    let e = analyze(text);
    assert_eq!(
        orgs(&e),
        [
            ("pemerintah Kabupaten Parigi Moutong", Some("72.08")),
            ("pemkab Tojo Una-Una", Some("72.09")),
        ]
    );
}

#[test]
fn a_field_named_alone_after_a_title_is_no_body() {
    let text = "Kabid Humas Polda Sultra Kombes Pol Ferry Lolo dan Kadiv Humas Polri Irjen Pol Sandi Lamba hadir.";
    let e = analyze(text);
    assert_eq!(
        texts(&e, EntityKind::Organization),
        ["Polda Sultra", "Polri"]
    );
    // A faction is a body, and joins its party and legislature.
    let e = analyze(
        "Juru bicara Fraksi Partai Golkar DPRD Kota Palu, Hasan Lolo, membacakan pandangan.",
    );
    assert_eq!(
        texts(&e, EntityKind::Organization),
        ["Fraksi Partai Golkar DPRD Kota Palu"]
    );
}

#[test]
fn an_item_of_a_bulleted_list_is_no_headline() {
    // Most of its long words are capitalised, but a headline has no bullet.
    let text = "Berikut pejabat yang dirotasi:\n• Dra. Yulin Mandagi,M.Pd dari Asisten I Bidang Pemerintahan menjadi Kadis DPMPTSP";
    let e = analyze(text);
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].0, "Yulin Mandagi");
}

#[test]
fn holders_named_by_the_body_or_place_they_lead() {
    let text = "Polres Tojo Una-Una (Touna) kini dipimpin AKBP Dedi Mahyudin. Desa Lembah Sari dipimpin Ir. Hasan Lolo, dan Kecamatan Bungku Tengah kini dijabat oleh Andi Rahmat.";
    let e = analyze(text);
    let got: Vec<(&str, &str)> = officials(&e).iter().map(|(n, i)| (*n, &*i.title)).collect();
    assert_eq!(
        got,
        [
            ("Dedi Mahyudin", "Kepala Kepolisian Resor"),
            ("Hasan Lolo", "Kepala Desa"),
            ("Andi Rahmat", "Camat"),
        ]
    );
    assert!(officials(&e).iter().all(|(_, i)| i.title_span.is_none()));
}

#[test]
fn an_acting_office_held_after_a_move() {
    let e = analyze("Frans Lumingkewas dari Kepala Bapenda menjadi Plt Kepala Bappeda.");
    let o = officials(&e);
    assert_eq!(o[0].1.title, "Kepala Badan Perencanaan Pembangunan Daerah");
    assert_eq!(o[0].1.status, Some(Status::Acting));
}

#[test]
fn a_fused_role_with_a_long_field_that_makes_a_known_title() {
    let text = "Hadir Kadis Pemberdayaan Masyarakat dan Desa (PMD) Yosef Tangkilisan dan Kaban Kesatuan Bangsa dan Politik Ruslan Lolo.";
    let e = analyze(text);
    let got: Vec<(&str, &str)> = officials(&e).iter().map(|(n, i)| (*n, &*i.title)).collect();
    assert_eq!(
        got,
        [
            (
                "Yosef Tangkilisan",
                "Kepala Dinas Pemberdayaan Masyarakat dan Desa"
            ),
            ("Ruslan Lolo", "Kepala Badan Kesatuan Bangsa dan Politik"),
        ]
    );
}

#[test]
fn short_forms_in_parentheses_inside_a_title() {
    let e = analyze(
        "Kepala seksi (Kasi) Pidana Khusus (Pidsus) Kejari Palu, Hendra Lolo, membenarkan.",
    );
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(
        (o[0].0, &*o[0].1.title),
        ("Hendra Lolo", "Kepala Seksi Pidana Khusus Kejaksaan Negeri")
    );
}

#[test]
fn members_after_diantaranya_and_a_party_with_its_acronym_between_title_and_name() {
    let e =
        analyze("Hadir tiga anggota KPU diantaranya, Rusli Lolo, Hamka Ikhsan dan Beni Lasido.");
    let names = holder_names(&e);
    assert_eq!(names, ["Rusli Lolo", "Hamka Ikhsan", "Beni Lasido"]);
    let e = analyze(
        "Anggota DPRD Poso dari Partai Demokrasi Indonesia Perjuangan (PDIP), Yuli Lamba hadir.",
    );
    assert_eq!(officials(&e)[0].0, "Yuli Lamba");
}

#[test]
fn a_hospital_named_after_a_person_keeps_the_honorific() {
    let e =
        analyze("Pasien dirujuk ke RSUD H Hasan Lamba. Direktur RSUD Undata dr. Yudi Lolo hadir.");
    assert_eq!(
        texts(&e, EntityKind::Organization),
        ["RSUD H Hasan Lamba", "RSUD Undata"]
    );
    assert_eq!(officials(&e)[0].0, "Yudi Lolo");
}

#[test]
fn the_holder_in_parentheses_after_a_title() {
    let e = analyze("Saksi yang diperiksa, kepala Dinas Perhubungan Palu (Imran Lasido), hadir.");
    assert_eq!(
        holders_and_titles(&e)[0],
        ("Imran Lasido", "Kepala Dinas Perhubungan")
    );
    // A short form in parentheses is the title's, not a name.
    let e = analyze(
        "Kepala Biro Sumber Daya Manusia (Karo SDM) Polda Sulteng, Kombes Pol Anton Lolo, hadir.",
    );
    assert_eq!(officials(&e)[0].0, "Anton Lolo");
}

#[test]
fn a_body_headed_by_a_role_before_its_heads_name_is_no_programme() {
    let e = analyze("Rapat dihadiri Direktur PDAM Yusuf Lamba dan camat.");
    assert_eq!(texts(&e, EntityKind::Organization), ["PDAM"]);
}

#[test]
fn a_single_letter_inside_a_name_is_an_initial_even_if_it_is_an_honorific() {
    let e = analyze("Wakil Bupati Rusli H. Lamba dan Kapolres AKBP H. Budi Lolo hadir.");
    let o = officials(&e);
    assert_eq!(o[0].0, "Rusli H. Lamba");
    assert_eq!(
        (o[1].0, o[1].1.honorifics.clone()),
        ("Budi Lolo", vec!["H.".to_string()])
    );
}

#[test]
fn an_acronym_after_a_fused_role_is_a_body_when_it_spells_the_head() {
    let e = analyze("Hari ini Kadis DPMPTSP Andi Lolo dan Kadis PUPR Budi Lamba hadir.");
    assert_eq!(texts(&e, EntityKind::Organization), ["DPMPTSP"]);
    assert_eq!(officials(&e).len(), 2);
}

#[test]
fn a_bare_unit_in_a_headline_names_the_body_the_story_names() {
    let text = "KPU Tetapkan Dua Pasangan Calon Bupati\nPOSO – KPU Poso menetapkan dua pasangan calon pada Senin.";
    let e = analyze(text);
    assert_eq!(texts(&e, EntityKind::Organization), ["KPU", "KPU Poso"]);
    let name = e[0].organization().and_then(|o| o.name.as_deref());
    assert_eq!(name, Some("Komisi Pemilihan Umum Kabupaten Poso"));
}

#[test]
fn names_listed_before_an_apposition_share_its_office() {
    let text = "Tersangka lain adalah Rudi Lamba, Munir Lolo serta Hasan Tandi selaku Wakil Ketua DPRD Sulbar.";
    let e = analyze(text);
    let got: Vec<(&str, &str)> = officials(&e).iter().map(|(n, i)| (*n, &*i.title)).collect();
    assert_eq!(
        got,
        [
            ("Rudi Lamba", "Wakil Ketua DPRD"),
            ("Munir Lolo", "Wakil Ketua DPRD"),
            ("Hasan Tandi", "Wakil Ketua DPRD"),
        ]
    );
    // A clause's opening word is no name.
    let e = analyze("Diketahui, Andi Lamba resmi menjabat sebagai Pangdam.");
    let names = holder_names(&e);
    assert_eq!(names, ["Andi Lamba"]);
}

#[test]
fn qualifiers_of_local_news_between_title_and_name() {
    let text = "Pj Sangadi Desa Duini, Kecamatan Pinogaluman: Sari Lusiana Lolo hadir. Sangadi Abak atas nama Samsul Damopolii hadir. Ketua sementara DPRD Poso Andi Lolo dan Ketua Komisi 1 DPRD Poso Budi Lamba membuka rapat.";
    let e = analyze(text);
    let got: Vec<(&str, &str, Option<Status>)> = officials(&e)
        .iter()
        .map(|(n, i)| (*n, &*i.title, i.status))
        .collect();
    assert_eq!(
        got,
        [
            ("Sari Lusiana Lolo", "Kepala Desa", Some(Status::Acting)),
            ("Samsul Damopolii", "Kepala Desa", None),
            ("Andi Lolo", "Ketua DPRD", Some(Status::Acting)),
            ("Budi Lamba", "Ketua Komisi DPRD", None),
        ]
    );
}

#[test]
fn a_surname_ending_in_kan_inside_a_name_in_running_text() {
    let e = analyze("Kabid Humas Polda Sulut Kombes Pol Ferry Walintukan mengatakan hal itu.");
    assert_eq!(officials(&e)[0].0, "Ferry Walintukan");
    // A prefixed verb capitalised by mistake still ends the name.
    let e = analyze("Anggota DPRD Mamuju Alfi Muhammad Mengucapkan terima kasih.");
    assert_eq!(officials(&e)[0].0, "Alfi Muhammad");
}

#[test]
fn waka_divisions_and_places_of_several_words() {
    let e = analyze("Waka Polda Sultra Brigjen Pol Waris Lolo hadir bersama Anggota KPU Provinsi Sulawesi Barat Divisi Teknis Penyelenggaraan Pemilu Said Lamba.");
    let got: Vec<(&str, &str)> = officials(&e).iter().map(|(n, i)| (*n, &*i.title)).collect();
    assert_eq!(
        got,
        [
            ("Waris Lolo", "Wakil Kepala Kepolisian Daerah"),
            ("Said Lamba", "Anggota Komisi Pemilihan Umum"),
        ]
    );
    // Two districts after one title: no person.
    let e = analyze("Camat Labobo dan Bokan Kepulauan hadir dalam rapat.");
    assert!(officials(&e).is_empty());
}

#[test]
fn a_fused_roles_field_ends_at_a_body_and_a_village_may_carry_a_number() {
    let e = analyze("Kanit Laka Polres Poso Bripka Ahmad Lolo hadir.");
    assert_eq!(
        officials(&e)[0].1.title,
        "Kepala Unit Kecelakaan Lalu Lintas Kepolisian Resor"
    );
    let e = analyze(
        "Sementara itu, Penjabat Sangadi Lolan 2, Meidin Batalipu, menyampaikan terima kasih.",
    );
    let o = officials(&e);
    assert_eq!(
        (o[0].0, &*o[0].1.title, o[0].1.status),
        ("Meidin Batalipu", "Kepala Desa", Some(Status::Acting))
    );
}

#[test]
fn a_roman_numeral_of_five_letters_numbers_a_unit() {
    let e =
        analyze("Bantuan diserahkan kepada Pangdam XXIII/PW, Mayjen TNI Jonatan Sianturi di Palu.");
    assert_eq!(
        holders_and_titles(&e)[0],
        ("Jonatan Sianturi", "Panglima Komando Daerah Militer")
    );
}

#[test]
fn an_office_whose_term_ended_and_its_successor() {
    let text = "Brigjen TNI Saleh Lamba telah berakhir masa tugasnya sebagai Danrem 132/Tadulako dan digantikan oleh Kolonel Inf Agus Lolo.";
    let e = analyze(text);
    let got: Vec<(&str, Option<Status>)> =
        officials(&e).iter().map(|(n, i)| (*n, i.status)).collect();
    assert_eq!(
        got,
        [("Saleh Lamba", Some(Status::Former)), ("Agus Lolo", None)]
    );
}

#[test]
fn a_role_word_after_an_initial_is_part_of_the_name() {
    let e = analyze("Camat Modayag Yusuf K Panglima hadir dalam acara itu.");
    assert_eq!(officials(&e)[0].0, "Yusuf K Panglima");
    // Not a role that starts the next holder's title.
    let e = analyze(
        "Hadir komisioner Bawaslu Poso, masing-masing Ketua Eva Lontoh dan Anggota Frans Sumual.",
    );
    let names = holder_names(&e);
    assert_eq!(names, ["Eva Lontoh", "Frans Sumual"]);
}

#[test]
fn a_place_is_never_read_as_the_next_titles_holder() {
    // A district after its level word, then a title with no holder.
    let e = analyze(
        "Bupati didampingi Camat Ampana Kota, Kepala BPP Kecamatan Tojo, Kepala Desa Tojo dan Babinsa.",
    );
    assert!(officials(&e).is_empty(), "{:?}", officials(&e));
    // A unit's town, with or without a slash, before the next title.
    for text in [
        "Turut hadir Dandim 1305 Tolitoli, Kapolres Tolitoli, dan Kajari Tolitoli.",
        "Turut hadir Dandim 1305/Tolitoli, Kapolres Tolitoli, dan Kajari Tolitoli.",
    ] {
        let e = analyze(text);
        assert!(officials(&e).is_empty(), "{text}: {:?}", officials(&e));
    }
}

#[test]
fn a_status_word_before_a_title_is_no_name() {
    let e = analyze("Hadir Wakil Bupati, Plh Ketua DPRD Bolmong dan para camat.");
    assert!(officials(&e).is_empty(), "{:?}", officials(&e));
    let e = analyze(
        "Kabupaten Buton kini dipimpin oleh Pjs yakni Ibu Rina Salam. Kami berharap kepada Pjs Bupati Buton segera bertindak.",
    );
    assert!(
        officials(&e).iter().all(|(name, _)| !name.contains("Pjs")),
        "{:?}",
        officials(&e)
    );
}

#[test]
fn spokespeople_and_leaders_named_by_their_body() {
    let e = analyze("Humas Pengadilan Negeri Luwuk Sinta Marlina, mengatakan sidang ditunda.");
    assert_eq!(
        holders_and_titles(&e)[0],
        ("Sinta Marlina", "Hubungan Masyarakat Pengadilan Negeri")
    );
    // The body alone is the organisation; the unit word is the title.
    let names = org_names(&e);
    assert_eq!(names, ["Pengadilan Negeri Luwuk"]);
    // With no holder, the press unit is an organisation of its own.
    let e = analyze("(Foto: Humas Polres Banggai)");
    let names = org_names(&e);
    assert_eq!(names, ["Humas Polres Banggai"]);
    let e = analyze(
        "\"Jadwal tetap,\" kata Juru Bicara Sekretariat Daerah Sulbar, Andi Rahmat di Mamuju.",
    );
    assert_eq!(
        holders_and_titles(&e)[0],
        ("Andi Rahmat", "Juru Bicara Sekretariat Daerah")
    );
    let e = analyze("Pimpinan Bawaslu Kabupaten Bolmut, Yanti Lasena, menambahkan hal itu.");
    assert_eq!(officials(&e)[0].0, "Yanti Lasena");
}

#[test]
fn a_courts_town_is_its_seat_not_a_name() {
    // "Watampone" is a village in the gazetteer, and the court's town.
    let e = analyze("Ketua PN Watampone, hakim Rudi Salim, S.H., mengatakan terdakwa bersalah.");
    let names = holder_names(&e);
    assert_eq!(names, ["Rudi Salim"]);
}

#[test]
fn names_keep_an_inner_haji_and_lose_undotted_degrees_and_honorary_doctorates() {
    for (text, name) in [
        (
            "Wakil Bupati Buol Hi. Amir Rahman Hi. Lasoma membuka acara.",
            "Amir Rahman Hi. Lasoma",
        ),
        (
            "Wakil Bupati Pdt. DR. Markus Lolowang MTh, melantik pejabat.",
            "Markus Lolowang",
        ),
        (
            "Bupati Soppeng Dr.(H.C) Ir. H. Arman Lolo, M.Si melakukan panen.",
            "Arman Lolo",
        ),
        ("Camat Lage Yusuf Tanda MSi hadir.", "Yusuf Tanda"),
    ] {
        let e = analyze(text);
        let o = officials(&e);
        assert_eq!(o.first().map(|(n, _)| *n), Some(name), "{text}");
    }
}

#[test]
fn a_members_faction_stands_between_title_and_name() {
    let e = analyze(
        "Rapat dihadiri Anggota DPRD Sulbar fraksi partai PAN Rudi Lamba, fraksi Gerindra Sitti Halija, fraksi partai Golkar Yusran Tahir dan Kapolres.",
    );
    let names = holder_names(&e);
    assert_eq!(names, ["Rudi Lamba", "Sitti Halija", "Yusran Tahir"]);
    assert!(officials(&e).iter().all(|(_, o)| o.title == "Anggota DPRD"));
    // A faction after the legislature is a body of its own, not part of it.
    let e = analyze("Anggota DPRD Fraksi PKB Yunus Salam hadir.");
    assert_eq!(officials(&e)[0].0, "Yunus Salam");
    let names = org_names(&e);
    assert_eq!(names, ["Fraksi PKB"]);
}

#[test]
fn a_bodys_name_may_list_its_fields_with_a_final_comma() {
    let e = analyze(
        "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk, dan Keluarga Berencana Sulbar Rina Lamba hadir.",
    );
    let names = org_names(&e);
    assert_eq!(
        names,
        ["Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk, dan Keluarga Berencana Sulbar"]
    );
    assert_eq!(officials(&e)[0].0, "Rina Lamba");
    // Lists of people and of other bodies are not fields.
    let e =
        analyze("Hadir Kepala Dinas Perikanan, Yusuf, Sekretaris Camat, Kapolsek, dan Danramil.");
    let names = org_names(&e);
    assert_eq!(names, ["Dinas Perikanan"]);
    let e = analyze("Hadir PT Sinar Laut, PT Bahari Jaya, dan GM PT Pelni.");
    let names = org_names(&e);
    assert!(names.contains(&"PT Bahari Jaya"), "{names:?}");
}

#[test]
fn sentence_words_end_names_except_as_a_last_name() {
    // A headline's preposition and a unit's "Sub" are no names.
    let e = analyze("Keterangan Kapolda Sulteng Pasca Pencoblosan\nPalu - Situasi aman.");
    assert!(officials(&e).is_empty(), "{:?}", officials(&e));
    let e = analyze("Hadir Staf Ahli Gubernur Sub Bidang Pemerintahan, Andi Lolo.");
    assert!(officials(&e).iter().all(|(n, _)| *n != "Sub"));
    // A word that opens sentences is a surname before a comma or a verb.
    let e = analyze("Penjabat Kepala Desa Bente, Yosef Saya, mengatakan dana sudah cair.");
    assert_eq!(officials(&e)[0].0, "Yosef Saya");
    // A day after a name is the date.
    let e = analyze("Hal itu disampaikan Camat Bungku Tengah Rudi Lamba Senin, 4 Maret 2024.");
    assert_eq!(officials(&e)[0].0, "Rudi Lamba");
}

#[test]
fn a_parent_region_after_a_comma_completes_the_title() {
    let e = analyze("Bupati Halmahera Barat, Maluku Utara Yusuf Kadir melantik pejabat.");
    let o = officials(&e);
    assert_eq!(o[0].0, "Yusuf Kadir");
    assert_eq!(
        o[0].1.jurisdiction.as_ref().and_then(|j| j.code.as_deref()),
        Some("82.01")
    );
}

#[test]
fn a_title_written_twice_binds_once() {
    let e = analyze("Acara itu dihadiri bupati Bupati Yohan Lintang dan Kapolres.");
    let names = holder_names(&e);
    assert_eq!(names, ["Yohan Lintang"]);
}

#[test]
fn a_capitalised_town_before_a_media_name_and_a_dash_is_a_dateline() {
    // A dateline names the city, not the province of the same name.
    let e = analyze("Gorontalo, WartaKita – Pemerintah daerah menggelar rapat.");
    assert_eq!(regions(&e)[0], ("Gorontalo", Some("75.71")));
    let e = analyze("Kendari - Warga berkumpul di lapangan.");
    assert_eq!(regions(&e)[0], ("Kendari", Some("74.71")));
}

#[test]
fn the_one_replaced_held_the_office_before() {
    let e = analyze("Wakapolda Sulteng Brigjen Pol Rudi Lolo digantikan Brigjen Pol Yanto Sule.");
    let got: Vec<(&str, &str, Option<Status>)> = officials(&e)
        .iter()
        .map(|(n, o)| (*n, o.title.as_str(), o.status))
        .collect();
    assert_eq!(
        got,
        [
            (
                "Rudi Lolo",
                "Wakil Kepala Kepolisian Daerah",
                Some(Status::Former)
            ),
            ("Yanto Sule", "Wakil Kepala Kepolisian Daerah", None),
        ]
    );
}

#[test]
fn a_speaker_named_before_the_office() {
    let e = analyze("\"Rapat pleno besok,\" kata Yusuf M. Lamba ketua KPU Banggai, saat rapat.");
    assert_eq!(
        holders_and_titles(&e)[0],
        ("Yusuf M. Lamba", "Ketua Komisi Pemilihan Umum")
    );
    // A one-word capitalised title after a name may be the surname.
    let e = analyze("\"Putusan dibacakan,\" kata Andi Hakim saat sidang.");
    assert!(officials(&e).is_empty(), "{:?}", officials(&e));
    // A numbered list item: the name, a semicolon, then the office.
    let e = analyze("1. Yosef Tandi; dilantik sebagai Kepala Desa Bente.");
    assert_eq!(officials(&e)[0].0, "Yosef Tandi");
}

#[test]
fn a_place_the_gazetteer_lacks_before_a_comma_and_a_rank() {
    // A misspelt or unlisted district after a district-level title.
    let e = analyze("Hadir Kapolsek Maritenge, AKP Yusran Lolo dan para camat.");
    assert_eq!(
        holders_and_titles(&e)[0],
        ("Yusran Lolo", "Kepala Kepolisian Sektor")
    );
}

#[test]
fn a_teams_members_share_its_title() {
    let e = analyze(
        "Tim JPU Kejari Palu, yang terdiri dari Rina Lolo, S.H. dan Andi Sule, S.H. membacakan tuntutan.",
    );
    let names = holder_names(&e);
    assert_eq!(names, ["Rina Lolo", "Andi Sule"]);
    assert!(officials(&e)
        .iter()
        .all(|(_, o)| o.title == "Jaksa Penuntut Umum"));
}

#[test]
fn holders_listed_under_a_header_that_names_their_office() {
    let e = analyze(
        "Bupati melantik tiga penjabat.\nPenjabat Kepala Desa Yang Dilantik:\n- Yosef Tandi (Desa Bente Kecamatan Bungku Tengah)\n- Rina Lolo (Desa Bahomohoni Kecamatan Bungku Tengah)\n- Andi Sule\nDemikian laporan kami.",
    );
    let got: Vec<(&str, &str, Option<&str>, Option<Status>)> = officials(&e)
        .iter()
        .map(|(n, o)| {
            (
                *n,
                o.title.as_str(),
                o.jurisdiction.as_ref().and_then(|j| j.code.as_deref()),
                o.status,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "Yosef Tandi",
                "Kepala Desa",
                Some("72.06.05.2022"),
                Some(Status::Acting)
            ),
            (
                "Rina Lolo",
                "Kepala Desa",
                Some("72.06.05.2024"),
                Some(Status::Acting)
            ),
            ("Andi Sule", "Kepala Desa", None, Some(Status::Acting)),
        ]
    );
    // A list under a line that names no office is no list of officials.
    let e = analyze("Peserta rapat:\n- Yosef Tandi\n- Rina Lolo");
    assert!(officials(&e).is_empty());
}

#[test]
fn handovers_name_holders_by_rank_and_deputies_by_their_head() {
    let e = analyze(
        "Pangdam XIII/Merdeka Mayjen TNI Andi Lolo melaksanakan serah terima jabatan dengan pejabat sebelumnya Mayjen TNI Surya Tandi di Jakarta.",
    );
    let got: Vec<(&str, Option<Status>)> =
        officials(&e).iter().map(|(n, o)| (*n, o.status)).collect();
    assert_eq!(
        got,
        [("Andi Lolo", None), ("Surya Tandi", Some(Status::Former))]
    );
    assert!(officials(&e)
        .iter()
        .all(|(_, o)| o.title == "Panglima Komando Daerah Militer"));
    let e = analyze("Ketua DPRD Poso Ahmad Lamba didampingi Wakil Ketua Rudi Tanda dan Kapolres.");
    let titles: Vec<(&str, &str)> = officials(&e)
        .iter()
        .map(|(n, o)| (*n, o.title.as_str()))
        .collect();
    assert_eq!(
        titles,
        [
            ("Ahmad Lamba", "Ketua DPRD"),
            ("Rudi Tanda", "Wakil Ketua DPRD")
        ]
    );
}

#[test]
fn a_title_before_initials_is_no_name() {
    let e = analyze(
        "Ganti Direktur RSUD Sulbar, Gubernur ABM: Layani Semua Pasien\nMamuju - Rapat digelar.",
    );
    assert!(officials(&e)
        .iter()
        .all(|(n, _)| !n.starts_with("Gubernur")));
}

#[test]
fn a_village_heads_unlisted_village_placed_by_its_district() {
    let e = analyze(
        "Yusuf Tala dilantik sebagai Kades Wairoro, Kecamatan Gane Barat. Kades Lelilef di Kecamatan Weda Tengah juga hadir.",
    );
    let villages: Vec<&str> = regions(&e)
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| *t == "Wairoro" || *t == "Lelilef")
        .collect();
    assert_eq!(villages, ["Wairoro", "Lelilef"]);
    // Without its district the word after the title may be the holder.
    let e = analyze("Kepala Desa Yusuf Lamba hadir.");
    assert!(regions(&e).is_empty(), "{:?}", regions(&e));
}

#[test]
fn titles_in_parentheses_after_names_and_short_forms_inside_titles() {
    // The words after a title in parentheses are its place, not a name.
    let e =
        analyze("Tersangka lain Yusuf Lamba (Sekdes Bente), dan Rudi Tandi (Camat Tojomakmur).");
    let names = holder_names(&e);
    assert_eq!(names, ["Yusuf Lamba", "Rudi Tandi"]);
    // The title's short form with its region, in parentheses.
    let e = analyze(
        "Sekretaris Provinsi Sulawesi Tengah (Sekprov Sulteng) Andi Lolo melantik pejabat.",
    );
    assert_eq!(officials(&e)[0].0, "Andi Lolo");
    // A body's acronym before an apposition is no person's initials.
    let e = analyze(
        "Bupati berkoordinasi dengan Dinas Pekerjaan Umum dan Penataan Ruang (PUPR), Asisten II, serta pihak terkait.",
    );
    assert!(officials(&e).is_empty(), "{:?}", officials(&e));
}

#[test]
fn a_military_units_number_then_its_town() {
    let e = analyze("Polres bersama Kodim 1306 Donggala, BPBD Kabupaten Donggala turun ke lokasi.");
    let got = orgs(&e);
    assert!(
        got.contains(&("Kodim 1306 Donggala", Some("72.03"))),
        "{got:?}"
    );
}

#[test]
fn a_name_with_an_initial_ends_a_bodys_name_and_is_no_village() {
    let e = analyze("Hadir Kepala Dinas P3AP2KB Rina M. Lolo, dan Kepala Dinas PMD, Yusuf Tandi.");
    assert_eq!(holder_names(&e), ["Rina M. Lolo", "Yusuf Tandi"]);
    let e = analyze(
        "Laporan Kepala Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Ronal S Lumi dibacakan.",
    );
    assert_eq!(holder_names(&e), ["Ronal S Lumi"]);
    assert!(regions(&e).is_empty(), "{:?}", regions(&e));
}

#[test]
fn a_road_between_two_places_after_a_capitalised_jalan() {
    let e = analyze("Perbaikan ruas Jalan Poso–Tentena rampung, kata warga Jalan Gowa.");
    let found: Vec<&str> = regions(&e).iter().map(|(t, _)| *t).collect();
    assert_eq!(found, ["Poso", "Tentena"]);
}

#[test]
fn a_roads_office_before_its_province_and_a_clan_word() {
    // "Bina Marga" is a roads office: the province after it is a region,
    // and the body ends before the holder's name.
    let e = analyze("Kepala Dinas SDA dan Bina Marga Sulbar Yusuf Lamba mengatakan.");
    assert_eq!(regions(&e), [("Sulbar", Some("76"))]);
    assert_eq!(holder_names(&e), ["Yusuf Lamba"]);
    // Lower-case "marga" is a clan: no region after it.
    let e = analyze("Warga marga Bone berkumpul di halaman.");
    assert!(regions(&e).is_empty(), "{:?}", regions(&e));
}

#[test]
fn a_courts_town_after_its_acronym_is_no_judge() {
    let e = analyze("Majelis hakim Pengadilan Negeri (PN) Andoolo menjatuhkan vonis dua tahun.");
    assert!(officials(&e).is_empty(), "{:?}", officials(&e));
    assert_eq!(regions(&e), [("Andoolo", Some("74.05.03"))]);
}

#[test]
fn a_body_the_lexicons_miss_is_defined_by_its_acronym_in_any_case() {
    let e = analyze(
        "Pemprov melalui dinas perumahan kawasan permukiman dan pertanahan (DPKPP) membangun rumah. Kepala dinas Perumahan Kawasan Permukiman & Pertanahan (DPKPP) Rudi Lamba hadir.",
    );
    let names = org_names(&e);
    assert_eq!(
        names,
        [
            "Pemprov",
            "dinas perumahan kawasan permukiman dan pertanahan",
            "DPKPP",
            "dinas Perumahan Kawasan Permukiman & Pertanahan",
            "DPKPP"
        ]
    );
    assert_eq!(holder_names(&e), ["Rudi Lamba"]);
    // Initials that spell something else, a hall and a movement are no body.
    let e = analyze(
        "Warga berkumpul di balai pertemuan umum (BPU) desa dan ikut gerakan pemberantasan sarang nyamuk (PSN) serta dinas sosial kota (DPK).",
    );
    assert!(orgs(&e).is_empty(), "{:?}", orgs(&e));
}

#[test]
fn a_companys_legal_form_before_its_short_name_and_no_date_in_a_name() {
    let e = analyze("RUPS PT BPD Sulteng digelar di Palu.");
    let names = org_names(&e);
    assert_eq!(names, ["PT BPD Sulteng"]);
    let e = analyze("Laporan disampaikan oleh PT Sinar Poso pada Kamis tanggal 4 Maret.");
    let names = org_names(&e);
    assert_eq!(names, ["PT Sinar Poso"]);
}

#[test]
fn a_national_bodys_office_in_a_region_after_ri() {
    let e = analyze("Laporan masuk ke Perwakilan Ombudsman RI Provinsi Sulawesi Barat kemarin.");
    assert_eq!(
        orgs(&e),
        [(
            "Perwakilan Ombudsman RI Provinsi Sulawesi Barat",
            Some("76")
        )]
    );
    // A national legislator's constituency is no office of the DPR.
    let e = analyze("Anggota DPR RI Sulteng Rudi Lolo hadir.");
    let names = org_names(&e);
    assert_eq!(names, ["DPR RI"]);
}

#[test]
fn a_known_body_with_its_region_ends_the_field_before_it() {
    let e = analyze(
        "Asisten Bidang Perekonomian dan Pembangunan Sekretariat Daerah Sulbar Yusuf Lamba hadir.",
    );
    let names = org_names(&e);
    assert_eq!(names, ["Sekretariat Daerah Sulbar"]);
    assert_eq!(holder_names(&e), ["Yusuf Lamba"]);
}

#[test]
fn words_holding_a_body_are_no_name_before_an_apposition() {
    let e = analyze(
        "Hadir Staf Ahli Bidang Kemasyarakatan dan SDM Pemda Kab.Poso, Kabid PAIS dan Kapolres.",
    );
    assert!(officials(&e).is_empty(), "{:?}", officials(&e));
}

#[test]
fn a_name_sharing_a_lexicon_bit_with_a_body_is_still_a_name() {
    // "Ahmadi" shares a bit of the lossy start index with some body: the
    // bit is only a prefilter, and the lookup says it starts none.
    let e = analyze("Humas Pengadilan Negeri Luwuk Ahmadi Lolo, mengatakan sidang ditunda.");
    assert_eq!(holder_names(&e), ["Ahmadi Lolo"]);
    let names = org_names(&e);
    assert_eq!(names, ["Pengadilan Negeri Luwuk"]);
    // A unit noun's own name follows it.
    let e = analyze("Ketua Fraksi Gabungan Amanat Pembangunan DPRD Wajo hadir.");
    assert!(!orgs(&e).is_empty());
}

#[test]
fn rotations_listed_by_verb_and_deputies_accompanying_by_oleh() {
    let e = analyze("Dalam daftar mutasi:\n- Yusuf Lamba menjabat Camat Bungku Tengah\n- Rina Lolo jadi Kadispora");
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Yusuf Lamba", "Camat"),
            ("Rina Lolo", "Kepala Dinas Pemuda dan Olahraga")
        ]
    );
    let e = analyze(
        "Rapat dipimpin Ketua DPRD Poso Andi Lolo dan didampingi oleh Wakil Ketua Rudi Tandi.",
    );
    assert_eq!(holder_names(&e), ["Andi Lolo", "Rudi Tandi"]);
}

#[test]
fn a_body_named_after_dinas_is_its_field_and_hospitals_by_short_head() {
    let e = analyze("Pejabat lingkup Dinas Kominfo Santik Provinsi Sulteng hadir.");
    let names = org_names(&e);
    assert_eq!(names, ["Dinas Kominfo Santik Provinsi Sulteng"]);
    let e = analyze("Pasien dirujuk ke RSUD Lukas Lolo dan RS Tentena.");
    let names = org_names(&e);
    assert_eq!(names, ["RSUD Lukas Lolo", "RS Tentena"]);
}

#[test]
fn holders_before_an_active_verb_and_no_name_across_a_line() {
    let e = analyze(
        "Dalam daftar mutasi:\n- Rina Lolo pimpin Dinas P3A\n- Yusuf Tandi menjabat Camat Lage\nAKBP Andi Sule kini memimpin Polres Poso.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            (
                "Rina Lolo",
                "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
            ),
            ("Yusuf Tandi", "Camat"),
            ("Andi Sule", "Kepala Kepolisian Resor")
        ]
    );
}

#[test]
fn an_unlisted_court_town_is_known_by_the_holder_after_it() {
    let e = analyze("Ketua PN Lolaro, Yosef Manus, SH hadir. Kasi Pidum Kejari Tambaro Muh. Rasyid menyatakan berkas lengkap.");
    assert_eq!(holder_names(&e), ["Yosef Manus", "Muh. Rasyid"]);
    assert_eq!(org_names(&e), ["PN Lolaro", "Kejari Tambaro"]);
    // A list of courts' offices: each town is a seat.
    let e = analyze("Ada SK yakni Ketua PN Lolaro, Ketua PN Tambaro dan Wakil Ketua PN Poso.");
    assert!(holder_names(&e).is_empty(), "{:?}", holder_names(&e));
    assert_eq!(org_names(&e), ["PN Lolaro", "PN Tambaro", "PN Poso"]);
    // A bare second word may be the surname: no town is taken from the name.
    let e = analyze("Kajari Budi Santoso menyatakan berkas lengkap.");
    assert_eq!(holder_names(&e), ["Budi Santoso"]);
}

#[test]
fn an_abstract_noun_starts_no_name_and_no_body_starts_inside_a_region() {
    let e = analyze("Kepemimpinan Andi Marzuki sebagai Kepala Desa Lemo berakhir.");
    assert_eq!(holder_names(&e), ["Andi Marzuki"]);
    let e = analyze("Warga Kabupaten Seram Bagian Timur menunggu bantuan.");
    assert!(org_names(&e).is_empty(), "{:?}", org_names(&e));
}

#[test]
fn a_fields_short_form_is_spelled_out_and_ends_the_field() {
    let e = analyze(
        "Kanit Binmas Polsek Lage Aipda Rudi Tambo hadir. Kadis Kesehatan melalui Kabid Promkes Lilis Hasan menyebut cakupan naik.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            (
                "Rudi Tambo",
                "Kepala Unit Pembinaan Masyarakat Kepolisian Sektor"
            ),
            ("Lilis Hasan", "Kepala Bidang Promosi Kesehatan")
        ]
    );
}

#[test]
fn the_new_holder_after_yang_baru_and_an_unlisted_district_before_a_comma() {
    let e = analyze(
        "Kepala Kejaksaan Negeri (Kajari) Bantaeng yang baru, Rusdi Alwi, SH, langsung bekerja.",
    );
    assert_eq!(holder_names(&e), ["Rusdi Alwi"]);
    let e = analyze("Hadir pula Camat Lembah Sunyi, Marten Jefri Lolo dan tamu.");
    assert_eq!(holders_and_titles(&e), [("Marten Jefri Lolo", "Camat")]);
}

#[test]
fn an_acronym_with_a_doubling_digit_defines_an_association_over_a_shorter_body() {
    // The title words "Kepala Lingkungan" end the body's name, until the
    // acronym's letters show they are part of it.
    let e = analyze("Wali Kota bertemu Forum Komunikasi Kepala Lingkungan (FK2L) di Palu.");
    assert_eq!(
        org_names(&e),
        ["Forum Komunikasi Kepala Lingkungan", "FK2L"]
    );
}

#[test]
fn interim_holders_aliases_after_names_first_and_ny_without_a_dot() {
    let e = analyze("Rapat dipimpin Ketua DPRD sementara, Hamka Tolo, di ruang sidang.");
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].0, "Hamka Tolo");
    assert_eq!(o[0].1.status, Some(Status::Acting));
    let e = analyze("Tersangka adalah Yusran Pali (YP), Kadis Perikanan Banggai. YP ditahan.");
    assert_eq!(holder_names(&e), ["Yusran Pali", "YP", "YP"]);
    let e = analyze("Ketua TP PKK Kabupaten Poso Ny Marlina Tandi membuka lomba.");
    assert_eq!(holder_names(&e), ["Marlina Tandi"]);
}

#[test]
fn offices_stated_after_the_name_with_adalah_or_a_former_sebagai_and_diduduki() {
    let e = analyze("Ketiga, Hamka Tolo ia adalah Ketua Panwaslu Kabupaten Poso.");
    assert_eq!(holder_names(&e), ["Hamka Tolo"]);
    let e = analyze(
        "Rina Lolo yang sebelumnya sebagai Kepala Dinas Sosial dilantik menjadi Staf Ahli Bupati.",
    );
    assert_eq!(holders_and_titles(&e), [("Rina Lolo", "Staf Ahli Bupati")]);
    let e = analyze("Jabatan Bupati Sigi untuk sementara diduduki oleh Yusuf Tandi.");
    assert_eq!(holders_and_titles(&e), [("Yusuf Tandi", "Bupati")]);
}

#[test]
fn status_short_form_in_parentheses_joined_fields_and_clause_subjects() {
    let e = analyze("Pelantikan Penjabat (Pj) Bupati Sigi Drs Yusuf Tandi berlangsung khidmat.");
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].1.status, Some(Status::Acting));
    let e = analyze("Kepala Biro Pemerintahan dan Humas Setda Sulteng Rina Lolo hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rina Lolo",
            "Kepala Biro Pemerintahan dan Hubungan Masyarakat"
        )]
    );
    // The office after the comma opens a clause of its own.
    let e = analyze("Ditambahkan Hamka Tolo, Sekda adalah motor penggerak birokrasi.");
    assert!(holders_and_titles(&e)
        .iter()
        .all(|(_, t)| *t != "Sekretaris Daerah"));
}

#[test]
fn members_of_a_legislatures_organs_are_its_members() {
    let e = analyze(
        "Rapat dihadiri Anggota Komisi III, Rina Tolo dan Anggota Fraksi PAN, Yusran Pali. Rombongan dipimpin Wakil Ketua Pansus Hamka Lolo didampingi anggota pansus lainnya yakni Marten Sule dan Ani Tandi.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rina Tolo", "Anggota DPRD"),
            ("Yusran Pali", "Anggota DPRD"),
            ("Hamka Lolo", "Wakil Ketua Panitia Khusus DPRD"),
            ("Marten Sule", "Anggota DPRD"),
            ("Ani Tandi", "Anggota DPRD")
        ]
    );
}

#[test]
fn companies_in_lower_case_defined_by_their_acronym_and_regional_branches() {
    let e = analyze(
        "Izin dicabut untuk PT. Sinar karya utama (SKU) dan PT bumi laut jaya (BLJ) di Morowali.",
    );
    assert_eq!(
        org_names(&e),
        ["PT. Sinar karya utama", "SKU", "PT bumi laut jaya", "BLJ"]
    );
    let e = analyze("Bantuan diserahkan Palang Merah Indonesia Wilayah Sulteng kepada warga.");
    assert_eq!(org_names(&e), ["Palang Merah Indonesia Wilayah Sulteng"]);
}

#[test]
fn a_holders_name_after_a_field_in_dictionary_words_ends_the_body() {
    let e = analyze("Kepala DLH Poso melalui Kepala Bidang Pengendalian Pencemaran Rina Makalalo berkata, sungai tercemar.");
    assert_eq!(holder_names(&e).last(), Some(&"Rina Makalalo"));
    // The division is the title's field, not a body of its own.
    assert_eq!(
        holders_and_titles(&e).last().map(|(_, t)| *t),
        Some("Kepala Bidang Pengendalian Pencemaran")
    );
    assert!(!org_names(&e).iter().any(|o| o.starts_with("Bidang")));
    // A field that goes on after "dan" is no name.
    let e = analyze("Kepala Dinas Pekerjaan Umum Bina Marga dan Pematusan Erna Lolo hadir.");
    assert_eq!(holder_names(&e), ["Erna Lolo"]);
}

#[test]
fn a_village_or_district_named_past_the_gazetteers_match_is_unlisted() {
    // "Muara" is a Sulawesi village; "Muara Jawa" in East Kalimantan is not.
    let e = analyze(
        "Tambang itu berada di Kelurahan Teluk Dalam Kecamatan Muara Jawa Kabupaten Kukar.",
    );
    let r = regions(&e);
    assert!(r.contains(&("Teluk Dalam", None)), "{r:?}");
    assert!(r.contains(&("Muara Jawa", None)), "{r:?}");
    // An unlisted district's two words before the next level word.
    let e = analyze(
        "Warga Negeri Lahema Kecamatan Tanjung Watubela Kabupaten Seram Bagian Timur berkumpul.",
    );
    assert!(regions(&e).contains(&("Tanjung Watubela", None)));
}

#[test]
fn a_hospitals_namesake_is_no_holder_and_a_removed_director_is_former() {
    let e = analyze("Direktur RSUD AM Lolo Poso dr. Rina Tandi dicopot. Wakil Direktur RSUD AM Lolo, Yusuf Tandi, ditunjuk.");
    let got = holders_and_titles(&e);
    assert_eq!(got[0], ("Rina Tandi", "Direktur Rumah Sakit Umum Daerah"));
    assert!(org_names(&e).contains(&"RSUD AM Lolo"));
    let e = analyze("Bupati menonaktifkan Hamka Tolo dari jabatannya sebagai Direktur Rumah Sakit Umum Daerah (RSUD) AM Lolo, Selasa (6/5/2025).");
    let o = officials(&e);
    assert_eq!(o.len(), 1, "{:?}", holder_names(&e));
    assert_eq!(o[0].0, "Hamka Tolo");
    assert_eq!(o[0].1.status, Some(Status::Former));
    let e = analyze("Kepala Kepolisian Resort Poso, AKBP Rudi Lamba memimpin apel.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lamba", "Kepala Kepolisian Resor")]
    );
}

#[test]
fn lower_case_member_roles_in_a_factions_roster() {
    let e = analyze(
        "Fraksi PAN, dengan ketua Hamka Tolo, wakil ketua Rina Lolo, dan sekretaris Yusuf Tandi.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Hamka Tolo", "Ketua Fraksi DPRD"),
            ("Rina Lolo", "Wakil Ketua Fraksi DPRD"),
            ("Yusuf Tandi", "Sekretaris Fraksi DPRD")
        ]
    );
}

#[test]
fn two_titles_over_a_past_term_then_two_names_joined_by_serta() {
    let e = analyze(
        "Bupati dan Wakil Bupati Poso periode 2010-2015 Rudi Lamba serta Yusuf Tandi diapresiasi.",
    );
    let o = officials(&e);
    let got: Vec<(&str, &str, Option<Status>)> =
        o.iter().map(|(n, i)| (*n, &*i.title, i.status)).collect();
    assert_eq!(
        got,
        [
            ("Rudi Lamba", "Bupati", Some(Status::Former)),
            ("Yusuf Tandi", "Wakil Bupati", Some(Status::Former))
        ]
    );
}

#[test]
fn parties_as_a_class_associations_and_their_chairs_public_offices() {
    let e = analyze("Kursi dibagi sesuai perolehan kursi Partai Politik pada Pemilu 2024.");
    assert!(org_names(&e).is_empty(), "{:?}", org_names(&e));
    let e = analyze(
        "Ketua APDESI Morowali, Hamka Tolo yang juga Kepala Desa Bente, berharap dana cair.",
    );
    assert_eq!(holders_and_titles(&e), [("Hamka Tolo", "Kepala Desa")]);
    assert_eq!(org_names(&e), ["APDESI Morowali"]);
    let e = analyze("Acara disaksikan Ketua Bhayangkari Daerah Sulteng dan Baperjakat Sigi.");
    assert_eq!(
        org_names(&e),
        ["Bhayangkari Daerah Sulteng", "Baperjakat Sigi"]
    );
}

#[test]
fn a_unit_head_speaking_for_an_office_head_heads_a_unit_of_that_office() {
    let e = analyze(
        "Kadis PU Poso Rudi Lamba melalui Kabid Binamarga Yusuf Tandi menjelaskan paket pekerjaan.",
    );
    let o = officials(&e);
    assert_eq!(o[1].0, "Yusuf Tandi");
    assert_eq!(
        o[1].1.title,
        "Kepala Bidang Bina Marga Dinas Pekerjaan Umum"
    );
    // Without "melalui" the unit's office is not known.
    let e = analyze("Kadis PU Poso Rudi Lamba hadir. Kabid Binamarga Yusuf Tandi menjelaskan.");
    assert_eq!(officials(&e)[1].1.title, "Kepala Bidang Bina Marga");
}

#[test]
fn a_field_joined_by_dan_before_the_holders_comma_and_a_ministry_as_a_field() {
    let e = analyze("Hadir antara lain kepala dinas Kominfo dan Persandian, Rina Lolo, dan Plt. Kepala dinas PMD dan Perlindungan Anak, Yusuf Tandi.");
    assert_eq!(
        holders_and_titles(&e),
        [
            (
                "Rina Lolo",
                "Kepala Dinas Komunikasi dan Informatika dan Persandian"
            ),
            (
                "Yusuf Tandi",
                "Kepala Dinas Pemberdayaan Masyarakat dan Desa dan Perlindungan Anak"
            )
        ]
    );
}

#[test]
fn regional_title_variants_and_names_in_parentheses_with_degrees() {
    let e = analyze("Kepala Kemenag Kabupaten Sigi Ahmad Lolo hadir bersama Ketua KPU Sulteng (Rustam, S.Ag, M.Pd).");
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Ahmad Lolo", "Kepala Kantor Kementerian Agama"),
            ("Rustam", "Ketua Komisi Pemilihan Umum")
        ]
    );
    let e = analyze("Hadir Direktur RSUD Undata Palu dr. H. Andi Lolo dan Kepala Bappeda Ishak Yunus  SIp MAp, serta Asisten 1 Setda, Hamka Tolo, S.Sos.");
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Andi Lolo", "Direktur Rumah Sakit Umum Daerah"),
            ("Ishak Yunus", "Kepala Badan Perencanaan Pembangunan Daerah"),
            ("Hamka Tolo", "Asisten I Sekretariat Daerah")
        ]
    );
    let e = analyze("Hadir Sekcam Kauditan Marten Rasu, Hukumtua Desa Maumbi Yusuf Lolo dan Ketua Majelis Rina Sule.");
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Marten Rasu", "Sekretaris Kecamatan"),
            ("Yusuf Lolo", "Kepala Desa"),
            ("Rina Sule", "Hakim")
        ]
    );
    let e = analyze("Posisi Kepala Dinas Kesehatan dan Kepala Inspektorat Sulteng masih kosong.");
    assert_eq!(org_names(&e), ["Dinas Kesehatan", "Inspektorat Sulteng"]);
}

#[test]
fn election_secretariat_heads_lower_case_doctoranda_and_more_fields() {
    let e = analyze("Hadir Ketua DPRD Kota Manado, dra. Rina Lolo, Koordinator Sekretariat Bawaslu Poso Arthur Tandi, dan Plt. Kadis Parmudora, Yusuf Sule.");
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rina Lolo", "Ketua DPRD"),
            (
                "Arthur Tandi",
                "Koordinator Sekretariat Badan Pengawas Pemilihan Umum"
            ),
            ("Yusuf Sule", "Kepala Dinas Pariwisata, Pemuda dan Olahraga")
        ]
    );
}

#[test]
fn schools_and_health_centres_are_named_after_their_district() {
    let e = analyze("Bupati Kolaka Utara meresmikan SMAN 1 Ngapa dan Puskesmas Pakue Utara.");
    let r = regions(&e);
    assert!(r.contains(&("Ngapa", Some("74.08.06"))), "{r:?}");
    assert!(r.contains(&("Pakue Utara", Some("74.08.11"))), "{r:?}");
}

#[test]
fn a_greater_area_is_no_region_and_a_misspelt_ministry_is_a_body() {
    let e = analyze("Listrik di sebagian wilayah Luwu Raya kembali pulih. Kementrian Pertanian mengirim bantuan ke Luwu.");
    let r = regions(&e);
    assert_eq!(r, [("Luwu", Some("73.17"))]);
    assert_eq!(org_names(&e), ["Kementrian Pertanian"]);
}

#[test]
fn a_dateline_with_its_date_in_parentheses() {
    let e = analyze("LIMBOTO (29 Oktober): Anggota DPRD meninjau pasar.");
    assert_eq!(regions(&e), [("LIMBOTO", Some("75.01.01"))]);
}

#[test]
fn an_unlisted_place_runs_to_a_rank_title_or_capitalised_dan() {
    let e = analyze("Posko di Kec Ile Mandiri Iptu Rudi Lolo memimpin. Hadir warga Desa Wae Lengga Dan Desa Golo Ndari.");
    let r: Vec<&str> = regions(&e).into_iter().map(|(t, _)| t).collect();
    assert_eq!(r, ["Ile Mandiri", "Wae Lengga", "Golo Ndari"]);
}

#[test]
fn short_forms_of_eastern_regencies_outside_sulawesi() {
    let e = analyze("Bupati Malteng ZAA membuka musyawarah. Kapolres Flotim AKBP Rudi Lolo hadir.");
    let r = regions(&e);
    assert!(r.contains(&("Malteng", Some("81.01"))), "{r:?}");
    assert!(r.contains(&("Flotim", Some("53.06"))), "{r:?}");
    assert_eq!(holder_names(&e), ["Rudi Lolo"]);
}

#[test]
fn a_verb_after_a_unit_phrase_binds_the_units_leader_not_the_parents_head() {
    let e = analyze(
        "Pelaku ditangkap Unit Resmob Polres Poso yang dipimpin AIPTU Rudi Lolo bersama warga.",
    );
    assert!(holder_names(&e).is_empty(), "{:?}", holders_and_titles(&e));
    let e = analyze("Posko Kecamatan Lage yang dipimpin Kaposko Kec Lage Iptu Yusuf Tandi hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [("Yusuf Tandi", "Kepala Pos Komando")]
    );
}

#[test]
fn a_speaker_after_a_passive_speech_verb_before_the_office() {
    let e = analyze("Hal ini diungkapkan Yusuf Tandi Bupati Sigi saat membuka acara.");
    assert_eq!(holders_and_titles(&e), [("Yusuf Tandi", "Bupati")]);
}

#[test]
fn a_holder_named_by_initials_after_inisial() {
    let e = analyze("Perkara mantan Kades Lembah Sari berinisial HT sudah masuk tahap pembuktian.");
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!((o[0].0, &*o[0].1.title), ("HT", "Kepala Desa"));
    assert_eq!(o[0].1.status, Some(Status::Former));
}

#[test]
fn a_written_out_honorific_inside_a_companys_name() {
    let e = analyze("Warga menolak PT Tiga Saudara Nikelmas di Morowali.");
    assert_eq!(org_names(&e), ["PT Tiga Saudara Nikelmas"]);
}

#[test]
fn a_name_in_capitals_after_a_rank() {
    let e = analyze("Atas perintah Kapolres Poso AKBP RUDI SETYO LOLO,S.I.K. melalui Kasat Reskrim AKP YUSUF TANDI,S.Sos, pelaku ditangkap.");
    assert_eq!(holder_names(&e), ["RUDI SETYO LOLO", "YUSUF TANDI"]);
    // A body's acronym after a rank is no name.
    let e = analyze("Kapolres AKBP KPU hadir.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn a_fields_short_form_after_the_body_is_the_offices() {
    let e =
        analyze("Hadir Kabag SDA Rudi Lasitara dan Kepala Badan Kesbangpol Linmas Yusuf Tandi.");
    assert_eq!(
        holders_and_titles(&e),
        [
            (
                "Rudi Lasitara",
                "Kepala Bagian Sumber Daya Alam Sekretariat Daerah"
            ),
            ("Yusuf Tandi", "Kepala Badan Kesatuan Bangsa dan Politik")
        ]
    );
}

#[test]
fn a_bodys_head_noun_is_no_word_of_a_name_read_backwards() {
    let e = analyze("Menurut keterangan Biro Pers Sekretariat Gubernur, Gubernur tiba di Kendari.");
    assert!(holder_names(&e).is_empty(), "{:?}", holders_and_titles(&e));
}

#[test]
fn a_military_units_roman_number_then_its_town_and_the_information_commission() {
    let e = analyze("Acara di Mako Lantamal VIII Manado, Senin. Ketua KIP Sulbar Rina Lolo hadir.");
    assert_eq!(org_names(&e), ["Lantamal VIII Manado", "KIP Sulbar"]);
    assert_eq!(
        holders_and_titles(&e),
        [("Rina Lolo", "Ketua Komisi Informasi")]
    );
}

#[test]
fn the_leaders_of_an_election_body_are_its_members() {
    let e = analyze("Hadir Pimpinan Bawaslu Provinsi Sulawesi Utara, Rudi Lolo, dan Pimpinan KPU Poso Yusuf Tandi.");
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lolo", "Anggota Badan Pengawas Pemilihan Umum"),
            ("Yusuf Tandi", "Anggota Komisi Pemilihan Umum")
        ]
    );
}

#[test]
fn a_schools_head_is_its_kepala_sekolah_or_kepala_madrasah() {
    let e = analyze("Kepala SMA Negeri 6 Kendari, Idham Lolo, hadir bersama Kepsek Rina Tandi dan Kepala MTsN 1 Kota Gorontalo, Yusuf Bau.");
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Idham Lolo", "Kepala Sekolah"),
            ("Rina Tandi", "Kepala Sekolah"),
            ("Yusuf Bau", "Kepala Madrasah")
        ]
    );
}

#[test]
fn a_composed_title_is_written_in_title_case() {
    let e = analyze(
        "Kepala dinas Pekerjaan umum Bina Marga & Penataan Ruang (PU-BMPR) Rudi Lolo hadir.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rudi Lolo",
            "Kepala Dinas Pekerjaan Umum Bina Marga dan Penataan Ruang"
        )]
    );
}

#[test]
fn more_regional_bodies_and_the_branch_prosecutors_head() {
    let e = analyze("Kajabjari Lage Handoko mengatakan. Kepala BKPP Baso Lolo hadir. Kepala Dinas P3AP2KB Rina Sule hadir.");
    let titles: Vec<&str> = holders_and_titles(&e).into_iter().map(|(_, t)| t).collect();
    assert_eq!(
        titles,
        [
            "Kepala Cabang Kejaksaan Negeri",
            "Kepala Badan Kepegawaian, Pendidikan dan Pelatihan",
            "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana"
        ]
    );
}

#[test]
fn a_later_mention_runs_over_an_initial_between_two_parts() {
    let e = analyze("Bupati Sigi Rudi A. Lamba membuka acara. Acara dihadiri langsung Bupati, Sigi, Rudi A. Lamba didampingi Kadis.");
    assert_eq!(holder_names(&e), ["Rudi A. Lamba", "Rudi A. Lamba"]);
}

#[test]
fn a_faction_chaired_by_its_ketua_after_diketuai_oleh() {
    let e =
        analyze("Fraksi Partai Golkar, diketuai oleh Hamka Tolo, dengan wakil ketua Rina Lolo.");
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Hamka Tolo", "Ketua Fraksi DPRD"),
            ("Rina Lolo", "Wakil Ketua Fraksi DPRD")
        ]
    );
}

#[test]
fn wakilnya_after_a_holder_names_the_deputy_of_that_office() {
    let e = analyze(
        "Masa jabatan Gubernur Sulawesi Tengah, Rudi Lolo dan Wakilnya Yusuf Tandi, akan berakhir.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lolo", "Gubernur"), ("Yusuf Tandi", "Wakil Gubernur")]
    );
}

#[test]
fn dalam_hal_ini_between_an_office_and_its_holder() {
    let e = analyze("Sidang ditunda karena Ketua Majelis dalam hal ini Ibu Rina Sule dimutasi.");
    assert_eq!(holders_and_titles(&e), [("Rina Sule", "Hakim")]);
}

#[test]
fn a_bare_local_government_body_names_the_storys_own() {
    let e = analyze(
        "Bupati Sigi meminta BPBD dan Dinsos bersiaga, sementara personel Satreskrim \
         berjaga bersama Forkopimda. Perhitungan kerugian dilakukan oleh Inspektorat.",
    );
    assert_eq!(
        org_names(&e),
        ["BPBD", "Dinsos", "Satreskrim", "Forkopimda", "Inspektorat"]
    );
    // Not a district's unit (one of many), not a field after a fused
    // title, not a unit noun counted or of another kind.
    let e =
        analyze("Warga datang ke Puskesmas. Kadis PUPR Rudi Lolo hadir. Dua Polres baru dibentuk.");
    assert_eq!(org_names(&e), Vec::<&str>::new());
}

#[test]
fn a_fused_roles_field_gives_back_the_name_it_ran_into() {
    // No holder follows the field, and its last words are a name's.
    let e = analyze("Hadir Sekdis Pertanian Rudi Lamba, Kepala Desa Bente, para petani.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lamba", "Sekretaris Dinas Pertanian")]
    );
    // Four words of field and name, the name's last word after them.
    let e = analyze("Hadir Kabid Perikanan dan Kelautan Rudi Lamba, para petani.");
    assert_eq!(holder_names(&e), ["Rudi Lamba"]);
    // A field whose holder follows a comma keeps all its words; one
    // unlisted word is no name.
    let e = analyze("Kabid Kedaruratan dan Logistik, Arnidah, hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [("Arnidah", "Kepala Bidang Kedaruratan dan Logistik")]
    );
    let e = analyze("Ia kemudian menjadi Kabid Pendidikan Madrasah.");
    assert!(officials(&e).is_empty(), "{:?}", officials(&e));
}

#[test]
fn a_police_rank_spelled_out_without_polisi_is_no_part_of_the_name() {
    let e = analyze("Kasat Reskrim Polres Tolitoli, Ajun Komisaris Rudi Lamba, mengatakan itu.");
    assert_eq!(holder_names(&e), ["Rudi Lamba"]);
    let e = analyze("Kapolsek Bungku Inspektur Satu Yusuf Tandi hadir.");
    assert_eq!(holder_names(&e), ["Yusuf Tandi"]);
}

#[test]
fn village_heads_listed_name_first_with_their_villages_after_the_title() {
    let e = analyze(
        "Yang dilantik masing-masing Rudi H. Lolo sebagai Kepala Desa Bente, Yusuf Tandi \
         Kepala Desa Tomaku, Hamka Sule Kepala Desa Lalomba, serta Rina T. Sanda sebagai \
         Kepala Desa Wosu.",
    );
    assert_eq!(
        holder_names(&e),
        ["Rudi H. Lolo", "Yusuf Tandi", "Hamka Sule", "Rina T. Sanda"]
    );
    // Written title first, the same villages keep their holders after them.
    let e = analyze("Hadir Kepala Desa Bente, Yusuf Tandi dan Kepala Desa Tomaku, Hamka Sule.");
    assert_eq!(holder_names(&e), ["Yusuf Tandi", "Hamka Sule"]);
    // A common noun opening the sentence is no holder before the title.
    let e = analyze("Terdakwa Kades Sumarang, Rudi Lolo juga hadir.");
    assert_eq!(holder_names(&e), ["Rudi Lolo"]);
}

#[test]
fn a_village_the_gazetteer_lacks_is_a_region_after_its_heads_title() {
    let e = analyze("Hadir Yusuf Tandi Kepala Desa Lalomba dan Kepala Desa Tomaku, Rudi Lolo.");
    assert_eq!(regions(&e), [("Lalomba", None), ("Tomaku", None)]);
    let village = e
        .iter()
        .find(|x| x.text == "Tomaku")
        .and_then(|x| x.region());
    assert_eq!(village.and_then(|r| r.level), Some(warta::Level::Village));
    // The holder's name after a title is no place.
    let e = analyze("Kepala Desa Rudi Lolo hadir.");
    assert!(regions(&e).is_empty(), "{:?}", regions(&e));
}

#[test]
fn a_units_number_and_name_after_its_commanders_title_belong_to_the_office() {
    let e = analyze(
        "Komandan Korem (Danrem) 132 Tadulako, Brigjen TNI Hartomo hadir. Kemudian Brigjen TNI \
         Hartomo meninjau jalan.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Hartomo", "Komandan Resor Militer"),
            ("Hartomo", "Komandan Resor Militer")
        ]
    );
    // The unit's designation is no part of the title.
    let e = analyze("Komandan Korem 132 Tadulako, Brigjen TNI Hartomo hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [("Hartomo", "Komandan Resor Militer")]
    );
}

#[test]
fn a_schools_number_follows_the_words_of_its_kind() {
    let e = analyze("Kepala SMP Satap 2 Wosu, Rina Lolo mengeluhkan siswa di SD Inpres 3 Bente.");
    assert_eq!(org_names(&e), ["SMP Satap 2 Wosu", "SD Inpres 3 Bente"]);
    assert_eq!(holders_and_titles(&e), [("Rina Lolo", "Kepala Sekolah")]);
    // Every school of a region is no one school.
    let e = analyze("Kadis Minta Kepsek SMA Se-Bolmong Raya Hentikan Pungutan");
    assert_eq!(org_names(&e), Vec::<&str>::new());
}

#[test]
fn section_officers_of_a_kodim_and_heads_of_search_posts_and_weather_stations() {
    let e = analyze("Pasiter Kodim 1311/Morowali Kapten Inf Hendra Ende Putra hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Hendra Ende Putra",
            "Perwira Seksi Teritorial Komando Distrik Militer"
        )]
    );
    // A regency's name inside a person's name is no region.
    assert_eq!(regions(&e), [("Morowali", Some("72.06"))]);
    let e = analyze("Komandan Pos Basarnas Morowali, Yusuf Tandi, membenarkan.");
    assert_eq!(
        holders_and_titles(&e),
        [("Yusuf Tandi", "Komandan Pos Pencarian dan Pertolongan")]
    );
    let e = analyze("Kepala Stasiun Meteorologi Majene Agus ST mengatakan cuaca buruk.");
    assert_eq!(
        holders_and_titles(&e),
        [("Agus", "Kepala Stasiun Meteorologi")]
    );
}

#[test]
fn a_name_particle_belongs_to_a_later_mention() {
    let e = analyze("Bupati Buton La Ode Rudi hadir. Menurut La Ode Rudi, acara lancar.");
    assert_eq!(holder_names(&e), ["La Ode Rudi", "La Ode Rudi"]);
    // The particle is no other person's name before a bare repeat.
    let e = analyze(
        "Syamsudin dilantik sebagai Sekretaris Daerah Buton. La Ode Syamsudin menggantikan \
         pejabat sebelumnya.",
    );
    assert_eq!(holder_names(&e), ["Syamsudin", "La Ode Syamsudin"]);
}

#[test]
fn holders_listed_after_yakni_past_a_relative_clause_share_the_title() {
    let e = analyze(
        "Jaksa Penuntut Umum yang menangani perkara ini, yakni Rina Z. Lolo, S.H., Yusuf \
         Tandi, S.H., dan Hamka Sule, S.H., meminta penundaan.",
    );
    assert_eq!(
        holder_names(&e),
        ["Rina Z. Lolo", "Yusuf Tandi", "Hamka Sule"]
    );
    // A member's constituency between the title and the names.
    let e = analyze(
        "Hadir Anggota DPRD Provinsi Sulteng perwakilan Banggai, Rina Lolo dan Yusuf Tandi.",
    );
    assert_eq!(holder_names(&e), ["Rina Lolo", "Yusuf Tandi"]);
}

#[test]
fn company_names_in_english_and_two_acronyms_joined_by_dan() {
    let e = analyze(
        "Rapat membahas lahan PT Sinar Mineral and Mining (SMM) dan PT Teluk Perkasa Mandiri \
         (TPM). Ketiga, CSR PT SMM dan TPM.",
    );
    assert_eq!(
        org_names(&e),
        [
            "PT Sinar Mineral and Mining",
            "SMM",
            "PT Teluk Perkasa Mandiri",
            "TPM",
            "PT SMM",
            "TPM"
        ]
    );
    let e = analyze("Polres Nunukan bersama Bea dan Cukai Nunukan menggagalkan penyelundupan.");
    assert_eq!(org_names(&e), ["Polres Nunukan", "Bea dan Cukai Nunukan"]);
}

#[test]
fn another_office_after_a_comma_is_no_holders_name() {
    let e = analyze("Hadir Kapolres Buton, Bupati Alvin Lolo dan warga.");
    assert_eq!(holders_and_titles(&e), [("Alvin Lolo", "Bupati")]);
    let e = analyze("Selain pelantikan Pj Sekda, Bupati Alvin juga menunjuk Asnawi.");
    assert_eq!(holders_and_titles(&e), [("Alvin", "Bupati")]);
}

#[test]
fn members_named_after_a_phrase_that_introduces_them() {
    let e = analyze(
        "Dalam rapat itu sejumlah anggota DPRD ikut hadir. Mulai dari Rudi Lolo, Yusuf Tandi, \
         Kisran, serta I Made Karsana.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lolo", "Anggota DPRD"),
            ("Yusuf Tandi", "Anggota DPRD"),
            ("Kisran", "Anggota DPRD"),
            ("I Made Karsana", "Anggota DPRD")
        ]
    );
    // No introducing phrase, no list: a name in the next sentence is no
    // member.
    let e = analyze("Sejumlah anggota DPRD hadir. Rudi Lolo mengatakan itu.");
    assert!(officials(&e).is_empty(), "{:?}", officials(&e));
}

#[test]
fn a_body_named_after_a_fused_role_is_the_offices_field() {
    let e = analyze("Hadir Kadis Kominfo Rudi Lolo dan Kadis PUPR Kabupaten Sinjai.");
    assert_eq!(org_names(&e), Vec::<&str>::new());
    // A parent body after a regional office's head is a body.
    let e = analyze("Hadir Kakanwil Kemenag Sulsel, Rudi Lolo.");
    assert_eq!(org_names(&e), ["Kemenag Sulsel"]);
}

#[test]
fn colleagues_of_a_kind_of_body_and_a_housing_estate_name_no_body() {
    let e = analyze("Ia mengapresiasi rekan-rekan Panitia Pemilihan Kecamatan (PPK) yang hadir.");
    assert_eq!(org_names(&e), Vec::<&str>::new());
    let e = analyze("Kejadian di kompleks Perum Bumi Indah, Kelurahan Bente.");
    assert_eq!(org_names(&e), Vec::<&str>::new());
}

#[test]
fn an_advisers_field_after_the_title_ends_before_the_holder() {
    let e = analyze(
        "Hadir Staf Ahli Bupati Bidang Pemerintahan, Kemasyarakatan, dan Sumber Daya Manusia \
         Kabupaten Sigi, Rina Lolo, mewakili Bupati.",
    );
    assert_eq!(holders_and_titles(&e), [("Rina Lolo", "Staf Ahli Bupati")]);
}

#[test]
fn a_bagian_without_its_body_is_the_regional_secretariats() {
    let e = analyze("Hadir Kabag Hukum Rudi Lolo dan Kabag Ops Polres Sigi Kompol Yusuf Tandi.");
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lolo", "Kepala Bagian Hukum Sekretariat Daerah"),
            ("Yusuf Tandi", "Kepala Bagian Operasional Kepolisian Resor")
        ]
    );
}

#[test]
fn a_possessive_field_after_a_fused_role_reads_as_its_stem() {
    let e = analyze("Kajari Gorut melalui Kasi Pidsusnya Rudi Lolo menjelaskan.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lolo", "Kepala Seksi Pidana Khusus Kejaksaan Negeri")]
    );
}

#[test]
fn initials_and_their_full_stop_inside_a_name() {
    let e = analyze("Usai pembukaan, Bupati Poso Verna GM. Inkiriwang mengatakan itu.");
    assert_eq!(holder_names(&e), ["Verna GM. Inkiriwang"]);
    // At a sentence's end the full stop ends the name.
    let e = analyze("Hadir Bupati Poso Verna GM. Kemudian acara dimulai.");
    assert_eq!(holder_names(&e), ["Verna GM"]);
}

#[test]
fn a_name_in_capitals_after_a_rank_may_open_with_a_particle() {
    let e = analyze("Kapolres Sigi AKBP I GUSTI MADE ARSA, S.I.K. meninjau jalan.");
    assert_eq!(holder_names(&e), ["I GUSTI MADE ARSA"]);
}

#[test]
fn an_assistants_field_without_bidang_and_no_government_named_by_a_person() {
    let e = analyze("Plt Asisten I Pemerintah Yusuf Tandi hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [("Yusuf Tandi", "Asisten I Sekretariat Daerah")]
    );
    assert_eq!(org_names(&e), Vec::<&str>::new());
    // After a comma the holder's name starts, even with a common word.
    let e = analyze("Jabatan itu diisi pelaksana tugas Asisten II, Bunga Elim Somba.");
    assert_eq!(holder_names(&e), ["Bunga Elim Somba"]);
    let e = analyze("Bupati melantik Rudi Lolo, S.Km sebagai Kepala Desa Bente.");
    assert_eq!(holders_and_titles(&e), [("Rudi Lolo", "Kepala Desa")]);
    let e = analyze("Hadir Ka. Kantor Kemenag Majene, H. Rudi Lolo.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lolo", "Kepala Kantor Kementerian Agama")]
    );
}

#[test]
fn other_members_of_a_body_and_a_rank_set_off_by_commas() {
    let e = analyze("Anggota Komisi II lainnya, Rudi Lolo (PKB), mengingatkan pemerintah.");
    assert_eq!(holders_and_titles(&e), [("Rudi Lolo", "Anggota DPRD")]);
    assert!(org_names(&e).contains(&"Komisi II"));
    let e =
        analyze("Komandan Korem 132/Tadulako, Brigadir Jenderal (Brigjen) TNI, Rudi Lolo, hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lolo", "Komandan Resor Militer")]
    );
    assert_eq!(org_names(&e), ["Korem 132/Tadulako"]);
}

#[test]
fn an_unlisted_district_known_by_its_compass_word_before_the_camat() {
    let e = analyze("Hadir pula Camat Oba Utara Rudi Lolo.");
    assert_eq!(holders_and_titles(&e), [("Rudi Lolo", "Camat")]);
    assert_eq!(regions(&e), [("Oba Utara", None)]);
    // A name that ends with such a word is still a name.
    let e = analyze("Camat Rudi Jaya hadir.");
    assert_eq!(holder_names(&e), ["Rudi Jaya"]);
}

#[test]
fn a_function_word_ends_an_unlisted_place_name() {
    let e = analyze("Kerusakan mulai dari Kecamatan Banggae Sampai di Kecamatan Malunda.");
    assert_eq!(
        regions(&e),
        [("Banggae", Some("76.05.01")), ("Malunda", Some("76.05.04"))]
    );
}

#[test]
fn candidates_for_a_pair_of_offices_and_a_tournament_are_no_officials() {
    let e = analyze("Pasangan Calon Bupati dan Wakil Bupati Majene Rudi-Yusuf (Ruyus) hadir.");
    assert!(officials(&e).is_empty(), "{:?}", officials(&e));
    let e = analyze("Turnamen Bupati Cup digelar di Majene.");
    assert!(officials(&e).is_empty(), "{:?}", officials(&e));
    // Holders of the same pair of offices are officials.
    let e = analyze("Bupati dan Wakil Bupati Majene Rudi-Yusuf hadir.");
    assert_eq!(holder_names(&e), ["Rudi", "Yusuf"]);
}

#[test]
fn a_suspended_holder_after_nonaktif() {
    let e = analyze("Wakil Bupati Majene non aktif, Rudi Lolo, hadir.");
    assert_eq!(holders_and_titles(&e), [("Rudi Lolo", "Wakil Bupati")]);
}

#[test]
fn a_dateline_with_a_bar_before_the_medium() {
    let e = analyze("KULISUSU | kabarberita.id — Warga berkumpul di balai desa.");
    assert_eq!(regions(&e), [("KULISUSU", Some("74.10.01"))]);
}

#[test]
fn a_companys_region_then_its_heads_name_after_a_title() {
    let e = analyze("Direktur Utama Bank Sulteng Rudi Lolo hadir.");
    assert_eq!(org_names(&e), ["Bank Sulteng"]);
}

#[test]
fn a_units_parent_command_between_its_place_and_the_holders_rank() {
    let e = analyze("Kapolsek Bunta Polres Banggai Iptu Rudi Lolo hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lolo", "Kepala Kepolisian Sektor")]
    );
    let e = analyze("Danramil Bunta Kodim 1308 Luwuk Kapten Inf Yusuf Tandi hadir.");
    assert_eq!(holder_names(&e), ["Yusuf Tandi"]);
}

#[test]
fn a_verb_opening_the_sentence_is_no_name_before_sebagai() {
    let e = analyze("Bertindak sebagai Ketua Majelis dalam sidang itu adalah Hakim Rudi Lolo.");
    assert_eq!(holder_names(&e), ["Rudi Lolo"]);
    // A short name with the same letters stays a name.
    let e = analyze("Dimas sebagai Kepala Desa Bente hadir.");
    assert_eq!(holder_names(&e), ["Dimas"]);
}

#[test]
fn deputies_joined_by_dan_with_honorifics_share_the_title() {
    let e = analyze(
        "Rapat dipimpin Wakil Ketua DPRD H. Rudi Lolo bersama Wakil Ketua Hj. Rina Sule dan H. \
         Yusuf Tandi.",
    );
    assert_eq!(holder_names(&e), ["Rudi Lolo", "Rina Sule", "Yusuf Tandi"]);
    // Bare names too: a legislature has several deputies, and real news
    // lists them after one title.
    let e = analyze("Ketua DPRD Sigi Rudi Lolo didampingi Wakil Ketua Yusuf Tandi dan Hamka Sule.");
    assert_eq!(holder_names(&e), ["Rudi Lolo", "Yusuf Tandi", "Hamka Sule"]);
}

#[test]
fn villages_listed_after_one_level_word() {
    let e = analyze("Warga Desa Tateli, Kalasey Satu, dan Kalasey Dua hadir.");
    assert_eq!(
        regions(&e),
        [
            ("Tateli", Some("71.02.23.2003")),
            ("Kalasey Satu", Some("71.02.23.2001")),
            ("Kalasey Dua", Some("71.02.23.2002"))
        ]
    );
    // After a village head's title the names are people.
    let e = analyze("Hadir Kepala Desa Tateli, Rudi Lolo, dan Yusuf Tandi.");
    assert_eq!(regions(&e), [("Tateli", Some("71.02.23.2003"))]);
}

#[test]
fn a_rank_word_ending_a_name_is_a_surname() {
    let e = analyze("Hadir Kepala Dinas Pendidikan Majene, Benny Jems Mayor, dan warga.");
    assert_eq!(holder_names(&e), ["Benny Jems Mayor"]);
    // Before a name it is a rank.
    let e = analyze("Dandim 1311/Morowali Letkol Inf Rudi Lolo hadir.");
    assert_eq!(holder_names(&e), ["Rudi Lolo"]);
}

#[test]
fn degrees_written_with_a_space_after_the_dot_end_the_name() {
    let e = analyze("Hadir Kapolres Majene, Akbp Benny Tangkilisan S. Ik. MH, dan warga.");
    assert_eq!(holder_names(&e), ["Benny Tangkilisan"]);
}

#[test]
fn a_police_units_name_runs_into_its_command() {
    let e = analyze(
        "Penyidikan dilakukan Unit Reskrim Polres Luwu Timur, lalu berkas diperiksa \
         Propam Polda Sulbar dan Satres Narkoba Polres Takalar.",
    );
    assert_eq!(
        org_names(&e),
        [
            "Unit Reskrim Polres Luwu Timur",
            "Propam Polda Sulbar",
            "Satres Narkoba Polres Takalar"
        ]
    );
    // A field after a fused title is the title's: the body is the command.
    let e = analyze("Hadir Kanit Tipikor Polres Takalar, Aiptu Bahar Lolo.");
    assert_eq!(org_names(&e), ["Polres Takalar"]);
}

#[test]
fn a_secretariat_assistant_named_by_the_field_alone() {
    let e = analyze(
        "Hadir Assisten Administrasi Umum Rudi Lolo, H. Yusuf Tandi (Asisten Kesejahteraan \
         Rakyat), Plt. Asisten Pemerintah dan Kesra Kota Palu Rina Sule, dan Asisten \
         Perekonomian Sekretariat Daerah (Setda) Sulteng Bahar Lolo.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lolo", "Asisten Sekretariat Daerah"),
            ("Yusuf Tandi", "Asisten Sekretariat Daerah"),
            ("Rina Sule", "Asisten Sekretariat Daerah"),
            ("Bahar Lolo", "Asisten Sekretariat Daerah")
        ]
    );
    // Anyone's assistant, or a role's field, is no secretariat's.
    let e = analyze(
        "Menurut Kepala Asisten Pencegahan Maladministrasi Rudi Lolo, dan Asisten Yusuf Tandi.",
    );
    assert_eq!(holders_and_titles(&e), Vec::<(&str, &str)>::new());
    // A village after a body's short form is the holder's given name.
    let e = analyze("Hadir Kepala Dinas Komunikasi dan Informatika (Diskominfo) Mario Said.");
    assert_eq!(holder_names(&e), ["Mario Said"]);
}

#[test]
fn a_central_directors_directorate_then_its_ministry() {
    let e = analyze(
        "Hadir Direktur Toponimi dan Batas Daerah Kemendagri, Rudi Lolo, Direktur Pengawasan \
         Asuransi dan BPJS Kesehatan Otoritas Jasa Keuangan Yusuf Tandi, dan Dirjen Perikanan \
         Budidaya, Rina Sule.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            (
                "Rudi Lolo",
                "Direktur Toponimi dan Batas Daerah Kementerian Dalam Negeri"
            ),
            (
                "Yusuf Tandi",
                "Direktur Pengawasan Asuransi dan BPJS Kesehatan Otoritas Jasa Keuangan"
            ),
            ("Rina Sule", "Direktur Jenderal Perikanan Budidaya")
        ]
    );
    // A company's director is no official, and its body ends before him.
    let e = analyze("Hadir Direktur Keuangan Bank Sulteng Bahar Lolo.");
    assert_eq!(holders_and_titles(&e), Vec::<(&str, &str)>::new());
    assert_eq!(org_names(&e), ["Bank Sulteng"]);
}

#[test]
fn initials_written_like_a_degree_inside_a_name() {
    let e = analyze(
        "Bupati Sigi Rudi M.T. Lolo membuka acara, didampingi Camat Palolo Yusuf MT. Tandi, SH.",
    );
    assert_eq!(holder_names(&e), ["Rudi M.T. Lolo", "Yusuf MT. Tandi"]);
    // After the name, with no name word after it, it is a degree.
    let e = analyze("Hadir Camat Palolo Yusuf Tandi MT, dan warga.");
    assert_eq!(holder_names(&e), ["Yusuf Tandi"]);
}

#[test]
fn a_village_heads_district_between_the_title_and_the_name() {
    let e = analyze(
        "Hadir Kepala Desa Bahomohoni Kecamatan Bungku Tengah Rina Sule, dan Kades Bente \
         Kecamatan Bungku Tengah, Hasnawati, S.Si.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Rina Sule", "Kepala Desa"), ("Hasnawati", "Kepala Desa")]
    );
    // The district the gazetteer knows whole does not take the name in.
    assert!(regions(&e)
        .iter()
        .all(|(text, _)| !text.contains("Hasnawati")));
}

#[test]
fn a_spelled_out_division_head_reads_its_field_like_the_fused_one() {
    let e = analyze(
        "Kepala Subbidang Penerangan Masyarakat Polda Sulut Kompol Rudi Lolo membenarkan, \
         didampingi Kabid Pemberdayaan Nelayan Kecil DKP Maluku, Yusuf Tandi.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            (
                "Rudi Lolo",
                "Kepala Subbidang Penerangan Masyarakat Bidang Hubungan Masyarakat Kepolisian Daerah"
            ),
            (
                "Yusuf Tandi",
                "Kepala Bidang Pemberdayaan Nelayan Kecil Dinas Kelautan dan Perikanan"
            )
        ]
    );
    // The division is the title's field; the body after it is reported.
    assert_eq!(org_names(&e), ["Polda Sulut", "DKP Maluku"]);
}

#[test]
fn short_forms_in_parentheses_inside_a_composed_title() {
    let e = analyze(
        "Kepala Subbidang (Kasubbid) Penerangan Masyarakat (Penmas) Polda Sulut Kompol Rudi \
         Lolo membenarkan. Hadir pula Pejabat Sekretaris Daerah (Pj. Sekda) Yusuf Tandi, S.Sos.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            (
                "Rudi Lolo",
                "Kepala Subbidang Penerangan Masyarakat Bidang Hubungan Masyarakat Kepolisian Daerah"
            ),
            ("Yusuf Tandi", "Sekretaris Daerah")
        ]
    );
}

#[test]
fn a_bodys_acronym_after_its_head_noun_names_the_body() {
    let e = analyze("Hadir Kepala Dinas DPMD Konut Rudi Lolo dan Kasat Serse Iptu Yusuf Tandi.");
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lolo", "Kepala Dinas Pemberdayaan Masyarakat dan Desa"),
            ("Yusuf Tandi", "Kepala Satuan Reserse Kriminal")
        ]
    );
}

#[test]
fn a_holder_after_a_dash_and_a_passive_verb_or_after_era() {
    let e = analyze(
        "Kepala Dinas Sosial – dijabat Plt oleh Rudi Lolo\nNama itu diusulkan pada masa \
         Gubernur era Yusuf Tandi.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lolo", "Kepala Dinas Sosial"),
            ("Yusuf Tandi", "Gubernur")
        ]
    );
}

#[test]
fn regional_names_of_a_village_head_place_the_village_before_its_district() {
    let e = analyze(
        "Bupati melantik Kepala Pemerintah Negeri (KPN):\n- Rudi Lolo sebagai KPN Waiputih \
         Kecamatan Leihitu,\n- Yusuf Tandi sebagai Kapitalaung Lenganeng Kecamatan Tabukan Utara.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lolo", "Kepala Desa"), ("Yusuf Tandi", "Kepala Desa")]
    );
    // The village head's title holds no body.
    assert!(org_names(&e)
        .iter()
        .all(|o| !o.contains("Pemerintah Negeri")));
    // The villages are places, not the holders' names.
    let places = texts(&e, EntityKind::Region);
    assert!(places.contains(&"Waiputih") && places.contains(&"Lenganeng"));
}

#[test]
fn a_building_of_an_office_whose_holder_is_named_with_his_rank() {
    let e = analyze("Rumah Wakapolda Sulut Brigjen Pol Rudi Lolo ada di desa itu.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lolo", "Wakil Kepala Kepolisian Daerah")]
    );
    // The building alone, or with its street, names no one.
    let e = analyze("Rapat di Kantor Bupati Morut Jalan Yos Sudarso, dan di Rujab Bupati Poso.");
    assert_eq!(holders_and_titles(&e), Vec::<(&str, &str)>::new());
}

#[test]
fn villages_listed_with_hamlets_and_numbers() {
    let e = analyze(
        "Banjir menerjang Desa Tondo Dusun 1, Talise, dan Layana Indah, Kecamatan Mantikulore, \
         serta Desa Wani 1 dan Wani 2, Kecamatan Tanantovea.",
    );
    assert_eq!(
        regions(&e),
        [
            ("Tondo", Some("72.71.08.1002")),
            ("Talise", Some("72.71.08.1003")),
            ("Layana Indah", Some("72.71.08.1001")),
            ("Mantikulore", Some("72.71.08")),
            ("Wani 1", Some("72.03.19.2001")),
            ("Wani 2", Some("72.03.19.2002")),
            ("Tanantovea", Some("72.03.19"))
        ]
    );
}

#[test]
fn a_titles_field_and_a_task_force_are_no_bodies() {
    let e = analyze(
        "Kegiatan dipandu Kepala Seksi Hubungan Masyarakat (Kasi Humas) Polres Donggala, Iptu \
         Rudi Lolo, usai pembubaran Satuan Tugas (Satgas) PON.",
    );
    assert_eq!(org_names(&e), ["Polres Donggala"]);
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rudi Lolo",
            "Kepala Seksi Hubungan Masyarakat Kepolisian Resor"
        )]
    );
}

#[test]
fn a_body_in_lower_case_after_a_title_or_before_its_regency() {
    let e = analyze(
        "Ia dilantik oleh ketua pengadilan Negeri (PN) Kolaka, Rudi Lolo. Bantuan disalurkan \
         dinas pertanian kabupaten Konawe.",
    );
    assert_eq!(
        org_names(&e),
        [
            "pengadilan Negeri",
            "PN",
            "dinas pertanian kabupaten Konawe"
        ]
    );
    // A class noun after a chair's title, or a clinic in a district, is none.
    let e = analyze("Hadir para ketua kelompok tani dan petugas puskesmas di Kecamatan Bilato.");
    assert_eq!(org_names(&e), Vec::<&str>::new());
}

#[test]
fn a_title_right_after_a_names_degrees_is_that_names() {
    let e = analyze(
        "Hadir Drs. Rudi Lolo, MM. Wakil Bupati Pasangkayu, AKBP Yusuf Tandi, SH Kapolres \
         Pasangkayu, H. Rina Sule, SE Ketua DPRD Pasangkayu.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lolo", "Wakil Bupati"),
            ("Yusuf Tandi", "Kepala Kepolisian Resor"),
            ("Rina Sule", "Ketua DPRD")
        ]
    );
    // A new line after the degree starts another item.
    let e = analyze("Hadir Pimpinan Bawaslu Sulut, Rudi Lolo S.Hut.\nKetua Bawaslu Boltim Yusuf Tandi mengatakan.");
    assert_eq!(holder_names(&e), ["Rudi Lolo", "Yusuf Tandi"]);
}

#[test]
fn a_list_that_opens_with_a_name_gives_each_title_the_name_before_it() {
    let e = analyze(
        "Hadir Rudi Lolo, Wakil Bupati Pasangkayu, Yusuf Tandi, Kapolres Pasangkayu, dan Rina \
         Sule, Ketua DPRD Pasangkayu.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lolo", "Wakil Bupati"),
            ("Yusuf Tandi", "Kepala Kepolisian Resor"),
            ("Rina Sule", "Ketua DPRD")
        ]
    );
    // Opening with a title, each title takes the name after it.
    let e = analyze(
        "Hadir Wakil Bupati Pasangkayu, Rudi Lolo, Kapolres Pasangkayu, Yusuf Tandi, dan Ketua \
         DPRD Pasangkayu, Rina Sule.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lolo", "Wakil Bupati"),
            ("Yusuf Tandi", "Kepala Kepolisian Resor"),
            ("Rina Sule", "Ketua DPRD")
        ]
    );
}

#[test]
fn a_state_universitys_rector_holds_a_public_office() {
    let e = analyze(
        "Kesepakatan ditandatangani Rektor Unhas Prof Dr Rudi Lolo MA dan Rektor Universitas \
         Muhammadiyah Makassar Prof. Dr. Yusuf Tandi.",
    );
    assert_eq!(holders_and_titles(&e), [("Rudi Lolo", "Rektor")]);
    // The degree MA after a name is no court.
    assert_eq!(
        org_names(&e),
        ["Unhas", "Universitas Muhammadiyah Makassar"]
    );
    let e = analyze("Hal itu disambut baik Rektor Unima Profesor Rina Sule.");
    assert_eq!(holder_names(&e), ["Rina Sule"]);
}

#[test]
fn a_compass_word_after_a_known_name_makes_another_place() {
    let e = analyze("Kepala desa yang dilantik berasal dari Katingan Hulu dan Sigi.");
    assert_eq!(regions(&e), [("Sigi", Some("72.10"))]);
    // A known name with its compass word is found whole.
    let e = analyze("Warga Kecamatan Palu Barat hadir.");
    assert_eq!(regions(&e), [("Palu Barat", Some("72.71.02"))]);
}

#[test]
fn a_citys_word_written_in_lower_case_stays_with_its_name() {
    let e = analyze("Stok untuk kota Makassar aman, kata Wali kota Palu.");
    assert_eq!(
        regions(&e),
        [("kota Makassar", Some("73.71")), ("Palu", Some("72.71"))]
    );
}

#[test]
fn a_regions_name_in_lower_case_after_a_body() {
    let e = analyze("Tim bertemu Asisten II Setda pohuwato dan anggota Bawaslu sulteng.");
    assert_eq!(
        regions(&e),
        [("pohuwato", Some("75.04")), ("sulteng", Some("72"))]
    );
    assert_eq!(org_names(&e), ["Setda pohuwato", "Bawaslu sulteng"]);
}

#[test]
fn a_dateline_glued_to_the_mediums_address() {
    let e = analyze("BONE-SULSEL-KABARSATU.COM|| Bupati hadir.\nWarga menyambut.");
    assert_eq!(
        regions(&e),
        [("BONE", Some("73.08")), ("SULSEL", Some("73"))]
    );
    let e = analyze("Majene-beritasatu.co.id. Dengan melihat kondisi itu.");
    assert_eq!(regions(&e), [("Majene", Some("76.05"))]);
    // An address in lower case names no place.
    let e = analyze("makassar.kabarsatu.com melaporkan kejadian itu.");
    assert_eq!(regions(&e), Vec::<(&str, Option<&str>)>::new());
}

#[test]
fn a_bagian_in_a_story_about_a_ministrys_office_is_that_offices() {
    let e = analyze(
        "Kakanwil Kemenag Sulbar membuka acara. Hadir pula Kepala Bagian Tata Usaha, H. Rudi \
         Lolo.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rudi Lolo",
            "Kepala Bagian Tata Usaha Kantor Wilayah Kementerian Agama"
        )]
    );
    // With a regional government named since, the Bagian is its secretariat's.
    let e = analyze(
        "Kakanwil Kemenag Sulbar membuka acara bersama Pemkab Mamuju. Hadir pula Kepala Bagian \
         Tata Usaha, H. Rudi Lolo.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lolo", "Kepala Bagian Tata Usaha Sekretariat Daerah")]
    );
}

#[test]
fn a_body_every_village_has_is_a_class_without_its_place() {
    // Every village has its council and every district its election
    // committee: the long form alone, even with its acronym, names none.
    let e = analyze(
        "Camat mengajak Badan Permusyawaratan Desa (BPD) dan Panitia Pemilihan Kecamatan (PPK) \
         bekerja sama. BPD wajib hadir.",
    );
    assert_eq!(org_names(&e), Vec::<&str>::new());
    // With its village written after it, it names one; a later bare form
    // refers back to it.
    let e = analyze(
        "Badan Permusyawaratan Desa (BPD) Lembah Hijau menetapkan anggaran. Badan \
         Permusyawaratan Desa itu rapat lagi.",
    );
    assert_eq!(
        org_names(&e),
        [
            "Badan Permusyawaratan Desa",
            "BPD",
            "Badan Permusyawaratan Desa"
        ]
    );
}

#[test]
fn haji_glued_to_the_initial_of_muhammad_leaves_the_initial_in_the_name() {
    let e = analyze("Acara dibuka Wali Kota Dr. H.M. Rudi Lamba, SH, MM di aula.");
    assert_eq!(holder_names(&e), ["M. Rudi Lamba"]);
    let e = analyze("Hadir pula Gubernur Sulbar H.M.Yusuf Lolo dan warga.");
    assert_eq!(holder_names(&e), ["M.Yusuf Lolo"]);
    // Honoris causa is no Haji.
    let e = analyze("Bupati Barru Dr.(H.C) Ir. H. Rudi Lamba, M.Si meninjau panen.");
    assert_eq!(holder_names(&e), ["Rudi Lamba"]);
}

#[test]
fn buton_prefix_with_a_lower_case_ode_stays_in_the_name() {
    let e = analyze("Hal itu dikatakan Kasi Intel La ode Hamka Rahim kepada wartawan.");
    assert_eq!(holder_names(&e), ["La ode Hamka Rahim"]);
    let e = analyze("Hadir Kepala Desa Lembah, Wa ode Sinta Dewi, dan camat.");
    assert_eq!(holder_names(&e), ["Wa ode Sinta Dewi"]);
}

#[test]
fn deputies_listed_after_one_deputy_title_share_it() {
    let e = analyze(
        "Sidang dipimpin Ketua DPRD Hasan Basri didampingi Wakil Ketua Rudi Lolo dan Marten \
         Sule.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Hasan Basri", "Ketua DPRD"),
            ("Rudi Lolo", "Wakil Ketua DPRD"),
            ("Marten Sule", "Wakil Ketua DPRD")
        ]
    );
    // A name with its own title keeps it.
    let e = analyze("Hadir Wakil Ketua DPRD Rudi Lolo dan Bupati Poso Marten Sule.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lolo", "Wakil Ketua DPRD"), ("Marten Sule", "Bupati")]
    );
}

#[test]
fn a_fused_roles_field_may_open_with_an_abstract_noun() {
    let e = analyze("Kabid Mutasi BKD Sulbar, Rina Tamara menyampaikan jadwal pelantikan.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rina Tamara",
            "Kepala Bidang Mutasi Badan Kepegawaian Daerah"
        )]
    );
    let e = analyze("Kasi Administrasi Desa, Yanto Baoli, mengatakan dana sudah cair.");
    assert_eq!(
        holders_and_titles(&e),
        [("Yanto Baoli", "Kepala Seksi Administrasi Desa")]
    );
    // A headline's verb is no field.
    let e = analyze("Kabid Tinjau Pasar Baru");
    assert_eq!(holder_names(&e), Vec::<&str>::new());
}

#[test]
fn a_hospitals_namesake_is_no_holder_of_the_next_title() {
    let e = analyze(
        "Hadir Kadis PUPR Yanto Baoli, Direktur RSU Lamadjido Tiro, Kabag Keuangan, dan \
         camat.",
    );
    assert_eq!(holder_names(&e), ["Yanto Baoli"]);
}

#[test]
fn a_role_its_field_and_then_its_public_body_compose_a_title() {
    let e = analyze(
        "Wakil Direktur Pelayanan dan Keuangan RSUD Tadulako, Rina Tamara, ditunjuk menjadi Plh \
         Direktur.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rina Tamara",
            "Wakil Direktur Pelayanan dan Keuangan Rumah Sakit Umum Daerah"
        )]
    );
    // A company's director is no public official.
    let e = analyze("Direktur Pemasaran PT Sinar Abadi, Rina Tamara, hadir.");
    assert_eq!(holder_names(&e), Vec::<&str>::new());
}

#[test]
fn an_offices_field_in_capitals_is_no_holders_name() {
    // "ESDM Sultra" names the office, not its head.
    let e = analyze(
        "Kepala Seksi Pembinaan dan Pengawasan Usaha Mineral dan Batubara ESDM Sulbar, Rudi Lolo \
         mengatakan, tambang ditutup.",
    );
    assert!(!holder_names(&e).contains(&"ESDM Sulbar"));
}

#[test]
fn holders_introduced_after_a_plural_or_member_title_share_it() {
    // A plural title of any office, then an introducing phrase.
    let e = analyze("Para kepala desa yang dilantik yakni Rudi Lolo, Hamka Sule dan Rina Tamara.");
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lolo", "Kepala Desa"),
            ("Hamka Sule", "Kepala Desa"),
            ("Rina Tamara", "Kepala Desa")
        ]
    );
    // Titled items and bodies among the names are passed; each name keeps
    // its own title.
    let e = analyze(
        "Anggota DPRD Sigi yang hadir yakni Ketua DPRD, Yusuf Tandi, Badan Kehormatan DPRD \
         Sigi, Rudi Lolo, Hamka Sule serta Marten Lolo.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Yusuf Tandi", "Ketua DPRD"),
            ("Rudi Lolo", "Anggota DPRD"),
            ("Hamka Sule", "Anggota DPRD"),
            ("Marten Lolo", "Anggota DPRD")
        ]
    );
    // "adalah" introduces them too.
    let e =
        analyze("Anggota DPRD Sigi yang dilantik adalah Rudi Lolo, Hamka Sule dan Rina Tamara.");
    assert_eq!(holder_names(&e), ["Rudi Lolo", "Hamka Sule", "Rina Tamara"]);
}

#[test]
fn the_governors_expert_staff_are_not_the_vice_governor() {
    let e = analyze(
        "Tenaga Ahli Gubernur dan Wakil Gubernur yang hadir, yaitu Rudi Lolo dan Hamka Sule.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lolo", "Tenaga Ahli Gubernur"),
            ("Hamka Sule", "Tenaga Ahli Gubernur")
        ]
    );
}

#[test]
fn a_council_or_meeting_defined_by_its_acronym_is_a_body_and_its_acronym_refers_back() {
    let e = analyze(
        "Ketua Musyawarah Guru Mata Pelajaran (MGMP) Poso, Rina Tamara, membuka rapat. MGMP \
         akan menggelar pelatihan.",
    );
    assert_eq!(
        org_names(&e),
        ["Musyawarah Guru Mata Pelajaran", "MGMP", "MGMP"]
    );
    // Not a phrase in lower case, nor a task force.
    let e = analyze(
        "Dewan kami memutuskan (DKM) hal itu. Tim Percepatan Penurunan Stunting (TPPS) rapat.",
    );
    assert_eq!(org_names(&e), Vec::<&str>::new());
    // The acronym defined twice is one mention each time.
    let e = analyze(
        "Dewan Pimpinan Cabang (DPC) rapat. Lalu Dewan Pimpinan Cabang (DPC) memilih ketua.",
    );
    assert_eq!(
        org_names(&e),
        [
            "Dewan Pimpinan Cabang",
            "DPC",
            "Dewan Pimpinan Cabang",
            "DPC"
        ]
    );
}

#[test]
fn a_partys_branch_board_is_named_with_the_party() {
    let e = analyze("Ketua DPC PDIP Kota Palu hadir bersama Anggota DPD RI.");
    assert_eq!(org_names(&e), ["DPC PDIP Kota Palu", "DPD RI"]);
    let board = e
        .iter()
        .find_map(|e| e.organization().filter(|_| e.text.starts_with("DPC")))
        .and_then(|o| o.name.as_deref());
    assert_eq!(
        board,
        Some("Dewan Pimpinan Cabang Partai Demokrasi Indonesia Perjuangan Kota Palu")
    );
}

#[test]
fn a_members_commission_between_the_body_and_the_name() {
    let e = analyze("Hadir Anggota DPRD Tolitoli Komisi B Yanto Baoli, SE dan camat.");
    assert_eq!(holders_and_titles(&e), [("Yanto Baoli", "Anggota DPRD")]);
}

#[test]
fn a_role_borrows_the_head_noun_of_its_short_form_in_parentheses() {
    let e = analyze("Kepala Satuan (Kasat) Reskrim AKP Yanto Baoli memimpin olah TKP.");
    assert_eq!(
        holders_and_titles(&e),
        [("Yanto Baoli", "Kepala Satuan Reserse Kriminal")]
    );
}

#[test]
fn the_one_a_new_holder_replaces_held_the_office_before() {
    let e = analyze(
        "Yanto Baoli dilantik sebagai Penjabat Bupati Buol menggantikan Rudi Lolo yang masa \
         jabatannya habis.",
    );
    let o = officials(&e);
    assert_eq!(holder_names(&e), ["Yanto Baoli", "Rudi Lolo"]);
    assert_eq!(o[1].1.status, Some(Status::Former));
    // With no new holder named.
    let e = analyze("Penjabat Bupati Buol menggantikan Rudi Lolo yang masa jabatannya habis.");
    let o = officials(&e);
    assert_eq!(holder_names(&e), ["Rudi Lolo"]);
    assert_eq!(o[0].1.status, Some(Status::Former));
}

#[test]
fn siti_abbreviated_without_its_dot_starts_the_name() {
    let e = analyze("Hadir pula Kepala UPTD Sigi, St Rahmawati, dan camat.");
    assert_eq!(
        holders_and_titles(&e),
        [("St Rahmawati", "Kepala Unit Pelaksana Teknis Daerah")]
    );
    // The degree in capitals after a name is no given name.
    let e = analyze("Camat Lage Rudi Lolo, ST hadir.");
    assert_eq!(holder_names(&e), ["Rudi Lolo"]);
}

#[test]
fn a_town_in_title_case_between_a_mediums_name_and_the_dateline_dash() {
    let e = analyze("KABARPOS, Wanggudu– Bupati meninjau banjir di desa itu kemarin.");
    assert_eq!(texts(&e, EntityKind::Region), ["Wanggudu"]);
    let e = analyze("Waingapu, beritaku.com – Bupati meninjau banjir di desa itu kemarin.");
    assert_eq!(texts(&e, EntityKind::Region), ["Waingapu"]);
    // A medium's own name after a town is no town.
    let e = analyze("BITUNG, Elnusanews - Polisi mengungkap kasus pencurian itu.");
    assert_eq!(texts(&e, EntityKind::Region), ["BITUNG"]);
    // One capitalised word and a dash may be the medium.
    let e = analyze("Darilaut – Komisi Pemilihan Umum menggelar rapat pleno.");
    assert_eq!(texts(&e, EntityKind::Region), Vec::<&str>::new());
}

#[test]
fn a_fields_short_form_after_a_role_is_spelled_out_in_the_title() {
    let e = analyze("Kepala Dinas P3A Sigi Rina Tamara membuka pelatihan.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rina Tamara",
            "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
        )]
    );
}

#[test]
fn karo_is_the_head_of_a_biro() {
    let e = analyze("Karo Pemerintahan Setda Sulteng Rudi Lolo membuka rapat.");
    assert_eq!(holder_names(&e), ["Rudi Lolo"]);
    assert!(holders_and_titles(&e)[0]
        .1
        .starts_with("Kepala Biro Pemerintahan"));
    // The regency of that name stays a place.
    let e = analyze("Warga Kabupaten Karo hadir.");
    assert_eq!(regions(&e), [("Karo", Some("12.06"))]);
}

#[test]
fn a_biro_or_subseksi_head_takes_the_body_written_after_the_field() {
    let e = analyze("Karo SDM Polda Sulbar Kombes Pol Rudi Lolo hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rudi Lolo",
            "Kepala Biro Sumber Daya Manusia Kepolisian Daerah"
        )]
    );
}

#[test]
fn one_unknown_word_before_a_comma_and_a_full_name_is_the_offices_place() {
    let e = analyze("Hal itu ditegaskan Kepala Dishub Halsel, Dwi Cahyono, di kantornya.");
    assert_eq!(
        holders_and_titles(&e),
        [("Dwi Cahyono", "Kepala Dinas Perhubungan")]
    );
    let e = analyze("Hadir Kepala Kantor Kemenag Mateng, H. Rudi Lolo, dan camat.");
    assert_eq!(holder_names(&e), ["Rudi Lolo"]);
    // A one-word holder before another title keeps it.
    let e = analyze("Hadir Bupati Yusran, Wakil Bupati Hamka Sule.");
    assert_eq!(holder_names(&e), ["Yusran", "Hamka Sule"]);
}

#[test]
fn number_words_and_personnel_are_no_names() {
    let e =
        analyze("Keduanya dilantik di Palu.\nDua mantan Kadis Dikda Sulut itu adalah Rudi Lolo.");
    assert!(!holder_names(&e).contains(&"Dua"));
    let e = analyze("Warga mengungsi, kata Personil Babinsa Koramil Lage, Serda Rudi Lolo.");
    assert!(!holder_names(&e).contains(&"Personil"));
}

#[test]
fn a_culture_named_after_a_region_is_no_mention_of_it() {
    let e = analyze("Penari memakai tenunan Muna dan hidangan khas Luwu di Palu.");
    assert_eq!(regions(&e), [("Palu", Some("72.71"))]);
}

#[test]
fn a_papuan_district_head_is_a_camat() {
    let e = analyze("Hadir Kepala Distrik Sentani Timur Yosef Wally dan warga.");
    assert_eq!(holders_and_titles(&e), [("Yosef Wally", "Camat")]);
}

#[test]
fn a_mines_inspector_is_an_office_of_its_own() {
    let e =
        analyze("Sementara itu, Inspektur Tambang, Rudi Lolo, ST menjelaskan bahwa blok ditutup.");
    assert_eq!(holders_and_titles(&e), [("Rudi Lolo", "Inspektur Tambang")]);
}

#[test]
fn kantor_before_a_body_is_its_building() {
    let e = analyze("Nasabah antre di Kantor Bank Sulteng dan di Kantor BPBD Sigi.");
    assert_eq!(org_names(&e), ["Bank Sulteng", "BPBD Sigi"]);
    // A regional office named "Kantor" keeps the word.
    let e = analyze("Kepala Kantor Kemenag Poso hadir.");
    assert_eq!(org_names(&e), ["Kantor Kemenag Poso"]);
}

#[test]
fn a_head_and_deputy_pair_written_with_hyphens() {
    let e =
        analyze("Rapat ini yang pertama sejak pasangan Bupati-Wakil Bupati Yanto-Rina dilantik.");
    assert_eq!(
        holders_and_titles(&e),
        [("Yanto", "Bupati"), ("Rina", "Wakil Bupati")]
    );
}

#[test]
fn the_head_of_an_unlisted_balai_holds_its_name() {
    // "Kepala Balai" is a role: the body after it is read whole, and the
    // first capitalised word of its name is no person.
    let e = analyze("Kepala Balai Karantina Ikan Sulteng, Harun Lasimpo, mengatakan stok aman.");
    assert_eq!(
        holders_and_titles(&e),
        [("Harun Lasimpo", "Kepala Balai Karantina Ikan")]
    );
    assert_eq!(org_names(&e), ["Balai Karantina Ikan Sulteng"]);
}

#[test]
fn a_commissioners_portfolio_is_no_name() {
    // The portfolio set off by a comma is read into the title.
    let e = analyze("Anggota KPU Poso Divisi Sosialisasi, Rini Gobel, menuturkan hal itu.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rini Gobel", "Anggota Komisi Pemilihan Umum")]
    );
    // A word listed as never a name does not start one, though a name
    // follows it.
    let e = analyze("Anggota KPU Poso Divisi Sosialisasi Rini Gobel menuturkan hal itu.");
    assert!(holder_names(&e).iter().all(|n| !n.starts_with("Divisi")));
}

#[test]
fn a_level_word_glued_to_its_place_is_still_read() {
    let e = analyze("Banjir merendam Desa Bobo, Kecamatan Palolo, Kab.Sigi, Selasa.");
    assert!(regions(&e).contains(&("Sigi", Some("72.10"))));
    let e = analyze("Warga memprotes aktivitas PT.CSM di desa itu.");
    assert_eq!(org_names(&e), ["PT.CSM"]);
}

#[test]
fn an_address_or_scope_word_after_a_title_is_no_holder() {
    let e = analyze("Penyerahan SK di ruang kerja Kadisdik Sulsel, Jl. Perintis Kemerdekaan.");
    assert!(holder_names(&e).is_empty());
    let e = analyze("Hadir Kepala OPD Lingkup Kab. Banggai dalam acara itu.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn an_unlisted_place_after_a_level_word_belongs_to_the_office() {
    // A misspelt province ("Sulbra") or another province's regency.
    let e = analyze("Hadir Kadis Sosial Prov.Sulbra Drs.H.Yusran Lamboko,M.Si dalam acara itu.");
    assert_eq!(
        holders_and_titles(&e),
        [("Yusran Lamboko", "Kepala Dinas Sosial")]
    );
}

#[test]
fn a_corps_or_retired_marker_in_parentheses_stays_with_the_rank() {
    let e = analyze("Hadir Bupati Poso Kolonel Marinir (Purn) Yohanes Lamba dalam acara itu.");
    assert_eq!(holders_and_titles(&e), [("Yohanes Lamba", "Bupati")]);
    assert!(org_names(&e).is_empty());
    let e = analyze("Hadir Danrem 132/Tadulako Kol (Inf) Rahmat Sulaiman dalam acara itu.");
    assert_eq!(holder_names(&e), ["Rahmat Sulaiman"]);
}

#[test]
fn a_dotted_degree_after_a_name_is_not_its_initials() {
    let e =
        analyze("Turut hadir Danlanal Palu Kolonel Laut (P) Markus Lolo M.Tr.Hanla dan jajaran.");
    assert_eq!(holder_names(&e), ["Markus Lolo"]);
}

#[test]
fn a_body_name_stops_before_a_person_joined_to_it() {
    let e = analyze(
        "Yusuf diangkat menjadi Kepala Dinas Pemadam Kebakaran dan Rudi Hamka Kepala Dinas Pariwisata.",
    );
    assert_eq!(
        org_names(&e),
        ["Dinas Pemadam Kebakaran", "Dinas Pariwisata"]
    );
    let e = analyze("Hadir Kepala Cabang Dinas Pendidikan Wilayah II, Fitri Ari Utami, dan warga.");
    assert_eq!(org_names(&e), ["Dinas Pendidikan Wilayah II"]);
    assert_eq!(holder_names(&e), ["Fitri Ari Utami"]);
    // Field words joined to the name stay in it, also before its place.
    let e = analyze("Ia staf Dinas Bina Marga dan Bina Konstruksi, Provinsi Sulsel.");
    assert_eq!(org_names(&e), ["Dinas Bina Marga dan Bina Konstruksi"]);
}

#[test]
fn a_name_then_its_office_without_a_comma_opens_a_phrase() {
    let e = analyze(
        "Yusuf diangkat menjadi Kepala Dinas Pemadam Kebakaran dan Rudi Hamka Kepala Dinas Pariwisata.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Yusuf", "Kepala Dinas Pemadam Kebakaran"),
            ("Rudi Hamka", "Kepala Dinas Pariwisata")
        ]
    );
    let e =
        analyze("Sementara itu, Rahman Tola ketua Komisi I DPRD Majene menyatakan hal itu wajar.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rahman Tola", "Ketua Komisi DPRD")]
    );
    // One word after such an opener is a body's name, not a person's.
    let e = analyze("Aksi itu digelar oleh Forum Kepala Desa se-Kabupaten Buol.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn a_dateline_after_a_medium_and_a_comma_is_the_town() {
    // The city of that name, not the province.
    let e = analyze("KABARKITA, GORONTALO – Warga memadati alun-alun kota.");
    assert_eq!(regions(&e), [("GORONTALO", Some("75.71"))]);
}

#[test]
fn an_abbreviated_bapak_is_an_honorific() {
    let e = analyze("Camat Pagimana Bpk. Sumitro Lamadu bersama tim melakukan kunjungan.");
    assert_eq!(holder_names(&e), ["Sumitro Lamadu"]);
}

#[test]
fn a_rank_after_a_unit_starts_a_person_not_a_programme() {
    let e = analyze("Kegiatan itu diikuti personel Satreskrim Ipda Rudi Lamadu di halaman kantor.");
    assert_eq!(org_names(&e), ["Satreskrim"]);
}

#[test]
fn two_names_before_a_head_and_deputy_pair_hold_one_each() {
    let e = analyze(
        "Pada hari itu Markus Lolo dan H. Sudirman Tahir resmi menjabat Bupati dan Wakil Bupati Kabupaten Mamasa.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Markus Lolo", "Bupati"),
            ("Sudirman Tahir", "Wakil Bupati")
        ]
    );
    let o = officials(&e);
    assert!(o
        .iter()
        .all(|(_, info)| juris(info) == Some(("76.03", false))));
}

#[test]
fn a_region_word_is_no_name_listed_before_a_holder() {
    let e = analyze(
        "Markus Tola ditetapkan sebagai Bupati terpilih Kepulauan Sangihe dan Rina Lamadu sebagai Wakil Bupati terpilih.",
    );
    assert!(!holder_names(&e).contains(&"Sangihe"));
    assert!(regions(&e).contains(&("Kepulauan Sangihe", Some("71.03"))));
}

#[test]
fn a_lower_case_corps_in_parentheses_stays_with_the_rank() {
    let e = analyze(
        "Hadir Danrem 132/Tadulako Kol (inf) Rahmat Sulaiman, Dandim 1306/Donggala, dan warga.",
    );
    assert_eq!(
        holders_and_titles(&e)[0],
        ("Rahmat Sulaiman", "Komandan Resor Militer")
    );
}

#[test]
fn a_party_before_a_members_name_is_still_a_body() {
    let e = analyze(
        "Rapat dihadiri anggota DPRD fraksi partai PKS Yanto Baoli dan fraksi Hanura Djon Pehopu di ruang rapat.",
    );
    assert_eq!(org_names(&e), ["PKS", "Hanura"]);
    assert_eq!(holder_names(&e), ["Yanto Baoli", "Djon Pehopu"]);
}

#[test]
fn a_listed_village_is_placed_by_the_district_after_it() {
    let e = analyze(
        "Banjir merendam sejumlah desa, yaitu:\n- Buko Utara Kecamatan Pinogaluman\n1. Tuntung Kecamatan Pinogaluman\n",
    );
    let r = regions(&e);
    assert!(r.contains(&("Buko Utara", Some("71.08.06.2018"))), "{r:?}");
    assert!(r.contains(&("Tuntung", Some("71.08.06.2002"))), "{r:?}");
}

#[test]
fn a_one_word_holder_in_parentheses_is_no_acronym() {
    let e = analyze(
        "Rapat itu dihadiri Kepala Dinas Sosial (Imran), Ketua PN Mamuju (Herianto, SH) di aula.",
    );
    assert_eq!(holder_names(&e), ["Imran", "Herianto"]);
    // A body's acronym in parentheses spells its letters, a name does not.
    assert_eq!(org_names(&e), ["Dinas Sosial", "PN Mamuju"]);
    let e = analyze("Hadir jajaran Forum Komunikasi Pimpinan Daerah (Forkopimda) Poso.");
    assert!(org_names(&e).contains(&"Forkopimda"));
    // A short form in parentheses before the holder stays the title's.
    let e = analyze("Hadir pula Kepala Bagian Humas (Kabaghumas), Rudi Lolo di aula.");
    assert_eq!(holder_names(&e), ["Rudi Lolo"]);
}

#[test]
fn an_election_division_acronym_before_its_body() {
    let e = analyze(
        "Sementara itu, Koordinator Divisi HP2H Bawaslu Kota Palu, Andi Basri, menjelaskan hal itu.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Andi Basri",
            "Koordinator Divisi Hukum, Pencegahan, Partisipasi Masyarakat dan Hubungan Masyarakat Badan Pengawas Pemilihan Umum"
        )]
    );
}

#[test]
fn a_section_head_takes_the_unit_named_after_it() {
    // The unit is the title's, named before the holder's rank.
    let e =
        analyze("Kegiatan itu dipimpin oleh KBO Satreskrim Ipda Rudi Lamadu di halaman kantor.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rudi Lamadu",
            "Kepala Urusan Pembinaan Operasional Satuan Reserse Kriminal"
        )]
    );
    let e =
        analyze("Kegiatan itu dipimpin oleh KBO Sat Narkoba IPDA Rudi Lamadu di halaman kantor.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rudi Lamadu",
            "Kepala Urusan Pembinaan Operasional Satuan Reserse Narkoba"
        )]
    );
}

#[test]
fn a_short_region_form_after_a_head_and_an_unknown_acronym() {
    let e = analyze("Hadir Kepala Dinas PTSP Mateng, Rina Lolo, di kantor.");
    assert!(regions(&e).contains(&("Mateng", Some("76.06"))));
    // "Dinas PTSP" is the one-stop office, named in full by its head's form.
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rina Lolo",
            "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"
        )]
    );
}

#[test]
fn a_field_short_form_reads_by_its_head_noun() {
    let e =
        analyze("Hal itu disampaikan Kepala Dinas SDA dan Bina Marga Sulteng, Rina Lolo, kemarin.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rina Lolo", "Kepala Dinas Sumber Daya Air dan Bina Marga")]
    );
    let e = analyze("Hal itu disampaikan Kabag SDA Setda Poso, Rina Lolo, kemarin.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rina Lolo",
            "Kepala Bagian Sumber Daya Alam Sekretariat Daerah"
        )]
    );
}

#[test]
fn a_commission_numeral_typed_with_small_ls() {
    let e = analyze(
        "Sama halnya, Anggota Komisi lll DPRD Kabupaten Poso, Suwandi Musa mengungkapkan hal itu.",
    );
    assert_eq!(holders_and_titles(&e), [("Suwandi Musa", "Anggota DPRD")]);
    assert_eq!(org_names(&e), ["Komisi lll DPRD Kabupaten Poso"]);
}

#[test]
fn a_lower_case_bidang_inside_a_title_adds_no_word() {
    let e = analyze(
        "Sementara itu, Kepala Seksi bidang Intelijen (Kasi Intel) Kejaksaan Negeri Poso, Rudi Lolo mengatakan hal itu.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lolo", "Kepala Seksi Intelijen Kejaksaan Negeri")]
    );
}

#[test]
fn a_bare_deputy_before_an_honorific_takes_the_body_named_before() {
    let e = analyze(
        "Sementara itu, Rapat Paripurna DPRD Kabupaten Poso dipimpin oleh Wakil Ketua H. Rudi Lolo di ruang sidang.",
    );
    assert_eq!(holders_and_titles(&e), [("Rudi Lolo", "Wakil Ketua DPRD")]);
    // Without a body in the sentence, a bare role binds nothing.
    let e = analyze("Acara itu juga dihadiri Ketua H. Rudi Lolo dari kampung sebelah.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn a_common_word_set_off_after_a_fused_role_is_its_field() {
    let e =
        analyze("Kegiatan itu dihadiri Kasubag Umum dan Kepegawaian, Rina Lestari, bersama staf.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rina Lestari", "Kepala Subbagian Umum dan Kepegawaian")]
    );
    let e =
        analyze("Kegiatan itu dihadiri Kasubag Umum Disdik Sulsel, Rina Lestari, bersama staf.");
    assert_eq!(holder_names(&e), ["Rina Lestari"]);
}

#[test]
fn a_second_office_joined_before_the_holder() {
    let e = analyze("Sekda Poso sekaligus Ketua TAPD, Arifin Lamadu, membuka rapat anggaran.");
    assert_eq!(
        holders_and_titles(&e),
        [("Arifin Lamadu", "Sekretaris Daerah")]
    );
    let e = analyze("Sekda Poso yang juga Ketua TAPD, Arifin Lamadu, membuka rapat anggaran.");
    assert_eq!(
        holders_and_titles(&e),
        [("Arifin Lamadu", "Sekretaris Daerah")]
    );
}

#[test]
fn parties_of_past_elections_are_bodies() {
    let e = analyze(
        "Anggota DPRD dari Fraksi PKPI dan Partai Berkarya menyampaikan pandangan di ruang sidang.",
    );
    assert_eq!(org_names(&e), ["Fraksi PKPI", "Partai Berkarya"]);
}

#[test]
fn a_body_led_by_a_verb_is_spelled_out_like_a_written_title() {
    // The holder bound by "pimpin" gets the same spelled-out office as
    // "Kepala Dinas P3A Banggai" would, and the body ends before the next
    // holder joined by "dan".
    let e = analyze(
        "Dalam mutasi itu Sinta Marlau pimpin Dinas P3A dan Yusran Takola pimpin Dinas PMD.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            (
                "Sinta Marlau",
                "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
            ),
            (
                "Yusran Takola",
                "Kepala Dinas Pemberdayaan Masyarakat dan Desa"
            )
        ]
    );
    assert_eq!(org_names(&e), ["Dinas P3A", "Dinas PMD"]);
}

#[test]
fn a_directorate_general_is_named_by_its_field_alone() {
    let e = analyze("Dirjen Otda Kemendagri Herman Sulewa membuka rapat koordinasi.");
    assert_eq!(
        holders_and_titles(&e),
        [("Herman Sulewa", "Direktur Jenderal Otonomi Daerah")]
    );
    // A director keeps his ministry: several have a directorate of that name.
    let e = analyze("Direktur Toponimi dan Batas Daerah Kemendagri, Herman Sulewa, hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Herman Sulewa",
            "Direktur Toponimi dan Batas Daerah Kementerian Dalam Negeri"
        )]
    );
}

#[test]
fn a_religion_qualifies_a_ministry_unit_short_form() {
    let e = analyze("Kabid Bimas Katolik Yoseph Lamere hadir dalam pertemuan itu.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Yoseph Lamere",
            "Kepala Bidang Bimbingan Masyarakat Katolik"
        )]
    );
    let e = analyze("Sekretaris TPID Mamuju, Hasni Tandiolo, memaparkan harga beras.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Hasni Tandiolo",
            "Sekretaris Tim Pengendalian Inflasi Daerah"
        )]
    );
}

#[test]
fn a_one_word_holder_in_parentheses_after_a_region_in_a_list() {
    // The region's short form is written in parentheses too ("Bupati Konawe
    // Selatan (Konsel)"); a plain name word followed by the next title is
    // the holder.
    let e = analyze("Hadir Bupati Majene (Sarmin), Kapolres Majene (Rudi Tandi) dan tamu lain.");
    assert_eq!(holder_names(&e), ["Sarmin", "Rudi Tandi"]);
    let e = analyze("Bupati Konawe Selatan (Konsel), Kapolres Konsel dan Dandim hadir.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn a_level_word_without_its_place_after_a_title() {
    let e = analyze("Hadir Anggota DPRD Provinsi, H. Basri Tolan, dan para camat.");
    assert_eq!(holders_and_titles(&e), [("Basri Tolan", "Anggota DPRD")]);
    let e = analyze("Hadir Ketua DPRD Kota H. Basri Tolan dan para camat.");
    assert_eq!(holders_and_titles(&e), [("Basri Tolan", "Ketua DPRD")]);
}

#[test]
fn an_assistant_numbered_in_arabic_digits() {
    let e = analyze("Rapat dibuka Asisten 2 Pemkab Banggai Laut Herman Tobo di aula.");
    assert_eq!(
        holders_and_titles(&e),
        [("Herman Tobo", "Asisten II Sekretariat Daerah")]
    );
}

#[test]
fn names_listed_right_after_a_plural_title_or_after_seperti() {
    let e = analyze(
        "Sidang itu dihadiri beberapa anggota DPRD Kabupaten Luwu seperti Sitti Rahma, Yosef Palinggi dan Andi Tenri.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Sitti Rahma", "Anggota DPRD"),
            ("Yosef Palinggi", "Anggota DPRD"),
            ("Andi Tenri", "Anggota DPRD")
        ]
    );
    let e = analyze("Hadir para anggota DPRD Luwu, Sitti Rahma, Yosef Palinggi dan Andi Tenri.");
    assert_eq!(
        holder_names(&e),
        ["Sitti Rahma", "Yosef Palinggi", "Andi Tenri"]
    );
    // One name is no list: a plural title names no one by itself.
    let e = analyze("Hadir para anggota DPRD Luwu, Sitti Rahma menyambut mereka.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn tengah_before_a_verb_is_an_adverb_not_a_compass_word() {
    // "Bitung Tengah" is a village of Kota Bitung; "tengah mengusut" is
    // "currently investigating".
    let e = analyze("Kejari Bitung tengah menyelidiki pengadaan perahu nelayan.");
    assert_eq!(regions(&e), [("Bitung", Some("71.72"))]);
    assert_eq!(org_names(&e), ["Kejari Bitung"]);
    let e = analyze("Warga Kelurahan Bitung Tengah menggelar kerja bakti.");
    assert_eq!(regions(&e), [("Bitung Tengah", Some("71.72.07.1004"))]);
}

#[test]
fn written_variants_of_titles_ranks_and_degrees() {
    let e = analyze("Sahli Gubernur Sulbar, Yosef Pakaya, membuka acara itu.");
    assert_eq!(
        holders_and_titles(&e),
        [("Yosef Pakaya", "Staf Ahli Gubernur")]
    );
    let e = analyze("Kasat Pol-PP Kota Palu, Amir Lamusu, memimpin penertiban.");
    assert_eq!(
        holders_and_titles(&e),
        [("Amir Lamusu", "Kepala Satuan Polisi Pamong Praja")]
    );
    let e = analyze("Kepala Bidang P2 Dinas Kesehatan Kabupaten Luwu, Rini Paembonan, hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rini Paembonan",
            "Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan"
        )]
    );
    let e = analyze("Kepala Dinas Energi Sumber Daya Mineral Sulteng, Bahar Tola, hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [("Bahar Tola", "Kepala Dinas Energi dan Sumber Daya Mineral")]
    );
    // Undotted degrees after the name, a rank spelt with a final d.
    let e = analyze(
        "Kasatpol PP Kota Bitung, Herman Tololiu AP hadir bersama Kabinda Sulut Yudi Hartanto SS.",
    );
    assert_eq!(holder_names(&e), ["Herman Tololiu", "Yudi Hartanto"]);
    let e = analyze("Kapolda Sulut Brigjend Pol Drs. Agus Salim hadir.");
    assert_eq!(holder_names(&e), ["Agus Salim"]);
}

#[test]
fn a_fused_division_head_takes_the_election_body_after_it() {
    let e = analyze("Rina Paturu, Kordiv HP2H Bawaslu Kabupaten Bone, menerima laporan itu.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rina Paturu",
            "Koordinator Divisi Hukum, Pencegahan, Partisipasi Masyarakat dan Hubungan Masyarakat Badan Pengawas Pemilihan Umum"
        )]
    );
}

#[test]
fn an_office_held_at_that_time_is_former() {
    let e = analyze("Gedung itu diresmikan Kapolda Sultra saat itu, Brigjen Pol Hasan Tahir.");
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].1.status, Some(Status::Former));
    let e = analyze("Kapolda Sultra saat ini, Brigjen Pol Hasan Tahir, hadir.");
    assert_eq!(officials(&e)[0].1.status, None);
}

#[test]
fn a_holders_name_inside_his_wifes_is_no_later_mention() {
    let e = analyze(
        "Dandim 1306/Donggala Letkol Inf Andi Pratama tiba bersama istri, Ny Rina Andi Pratama.",
    );
    assert_eq!(holder_names(&e), ["Andi Pratama"]);
}

#[test]
fn an_acronym_the_text_defines_as_no_body_is_none() {
    // "PKS" is a party's acronym, but this text defines it as an agreement.
    let e = analyze(
        "KPU Kota Palu menandatangani Nota Kesepahaman dan Perjanjian Kerja Sama (PKS) dengan Universitas Tadulako. PKS itu berlaku setahun.",
    );
    assert_eq!(org_names(&e), ["KPU Kota Palu", "Universitas Tadulako"]);
    // A plan's name holds a body's words: neither is a body.
    let e =
        analyze("Forum penyusunan Rencana Kerja Pemerintah Daerah (RKPD) Kabupaten Sigi digelar.");
    assert!(org_names(&e).is_empty());
    // The party's own long form defines it as the party.
    let e = analyze("Fraksi Partai Keadilan Sejahtera (PKS) DPRD Sigi menolak usulan itu.");
    assert!(org_names(&e).contains(&"PKS"));
}

#[test]
fn a_lower_case_place_after_a_lower_case_title_of_its_level() {
    let e = analyze("Acara itu dihadiri walikota palu dan para tokoh adat.");
    assert_eq!(regions(&e), [("palu", Some("72.71"))]);
    let e = analyze("Posko dibuka di halaman kantor camat dulupi sejak pagi.");
    assert_eq!(regions(&e), [("dulupi", Some("75.02.03"))]);
}

#[test]
fn misspelt_head_nouns_and_more_regional_bodies() {
    let e =
        analyze("Jembatan itu dibangun Kementrian PUPR bersama Sekertariat Daerah Kabupaten Sigi.");
    assert_eq!(
        org_names(&e),
        ["Kementrian PUPR", "Sekertariat Daerah Kabupaten Sigi"]
    );
    let e = analyze("Sampel dikirim ke Labkesda Kabupaten Poso dan SPN Polda Sulteng.");
    assert_eq!(
        org_names(&e),
        ["Labkesda Kabupaten Poso", "SPN Polda Sulteng"]
    );
}

#[test]
fn more_offices_of_courts_prosecutors_and_police_directorates() {
    let e = analyze("Sidang itu dipimpin hakim tunggal Yohan Mandagi dari PN Tondano.");
    assert_eq!(holders_and_titles(&e), [("Yohan Mandagi", "Hakim")]);
    let e = analyze("Jaksa Penyidik Kejati Sulbar, Umar Patongai SH, menerima berkas itu.");
    assert_eq!(
        holders_and_titles(&e),
        [("Umar Patongai", "Jaksa Penuntut Umum")]
    );
    let e = analyze("Kasubdit Tipikor Polda Sulteng Kompol Arif Lamadjido memimpin penyidikan.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Arif Lamadjido",
            "Kepala Subdirektorat Tindak Pidana Korupsi Kepolisian Daerah"
        )]
    );
    let e = analyze("Direktur Narkoba Polda Sulteng Kombes Pol Arif Lamadjido hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Arif Lamadjido",
            "Direktur Reserse Narkoba Kepolisian Daerah"
        )]
    );
}

#[test]
fn a_member_named_after_his_faction_in_lower_case() {
    let e = analyze("Anggota DPRD Sigi dari fraksi Gerindra, Ramli Tadjuddin, menolak usulan itu.");
    assert_eq!(
        holders_and_titles(&e),
        [("Ramli Tadjuddin", "Anggota DPRD")]
    );
}

#[test]
fn a_nickname_given_by_sapaan_akrab_links_to_its_holder() {
    let e = analyze(
        "Camat Lage, Andi Baso Mappatunru, melantik kepala desa. Baso Tunru sapaan akrab camat meninjau pasar.",
    );
    let o = officials(&e);
    let names: Vec<&str> = o.iter().map(|(text, _)| *text).collect();
    assert_eq!(names, ["Andi Baso Mappatunru", "Baso Tunru"]);
    assert_eq!(o[0].1.person, o[1].1.person);
    // "sapaan akrabnya": the holder named last before it.
    let e = analyze(
        "Sekretaris Dinas Sosial Kota Palu, Herman Lasimpo, hadir. \"Kami siap,\" kata Eman sapaan akrabnya.",
    );
    let o = officials(&e);
    assert_eq!(o.len(), 2);
    assert_eq!(o[1].0, "Eman");
    assert_eq!(o[0].1.person, o[1].1.person);
}

#[test]
fn a_polda_press_subsection_head_is_under_its_public_relations_division() {
    let e = analyze("Kasubbid Penmas Polda Sulbar Kompol Yusran Tahir membenarkan kabar itu.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Yusran Tahir",
            "Kepala Subbidang Penerangan Masyarakat Bidang Hubungan Masyarakat Kepolisian Daerah"
        )]
    );
}

#[test]
fn a_company_name_ends_before_a_headquarters_word() {
    let e = analyze("Massa mendatangi kantor PT Bumi Lestari serta Mapolres Konawe Utara.");
    assert_eq!(org_names(&e), ["PT Bumi Lestari"]);
    assert_eq!(regions(&e), [("Konawe Utara", Some("74.09"))]);
}

#[test]
fn a_military_units_number_alone_before_its_commander() {
    let e = analyze("Upacara dihadiri Dandim 1305 (Letkol Inf Yusuf Manggala) dan Kapolres.");
    assert_eq!(
        holders_and_titles(&e),
        [("Yusuf Manggala", "Komandan Distrik Militer")]
    );
}

#[test]
fn counted_or_lower_case_deputies_accompanying_their_head() {
    let e = analyze(
        "Ketua DPRD Poso, Yosef Lumba, didampingi dua wakil ketua Hartati Lamusu dan Syamsul Tolo.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Yosef Lumba", "Ketua DPRD"),
            ("Hartati Lamusu", "Wakil Ketua DPRD"),
            ("Syamsul Tolo", "Wakil Ketua DPRD")
        ]
    );
    let e = analyze("Ketua DPRD Poso, Yosef Lumba, didampingi wakil ketua Hartati Lamusu.");
    assert_eq!(holder_names(&e), ["Yosef Lumba", "Hartati Lamusu"]);
}

#[test]
fn villages_listed_each_with_its_district_in_parentheses() {
    let e = analyze(
        "Bantuan disalurkan ke Desa Kambayang (Dampelas), Talaga (Dampelas) dan Sioyong (Dampelas).",
    );
    let codes: Vec<_> = regions(&e).into_iter().filter_map(|(_, c)| c).collect();
    assert_eq!(
        codes,
        [
            "72.03.06.2001",
            "72.03.06",
            "72.03.06.2002",
            "72.03.06",
            "72.03.06.2004",
            "72.03.06"
        ]
    );
}

#[test]
fn offices_of_ports_airports_and_ministry_divisions() {
    let e = analyze("Kadiv Keimigrasian Kanwil Kemenkumham Sulteng, Yosua Pelealu, hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [("Yosua Pelealu", "Kepala Divisi Keimigrasian")]
    );
    let e = analyze("Kepala Bandara Kasiguncu, Herman Tadjuddin, meninjau landasan.");
    assert_eq!(
        holders_and_titles(&e),
        [("Herman Tadjuddin", "Kepala Bandar Udara")]
    );
    // A port office's class and town belong to the office; the master's
    // "Capt." is no name.
    let e = analyze(
        "Kepala Kantor UPP Kelas III Tolitoli, Capt. Yusran Lamusu M.Mar, menyambut kapal.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Yusran Lamusu",
            "Kepala Kantor Unit Penyelenggara Pelabuhan"
        )]
    );
    let e = analyze("Kepala Kantor Unit Penyelenggara Pelabuhan (UPP) Kelas II Tolitoli menyebutkan kapal sudah sandar.");
    assert!(holder_names(&e).is_empty());
    // The role's last word is the body's head noun: written once.
    let e = analyze("Arif Lamadu selaku Kepala kantor Perwakilan BI Sulteng memaparkan inflasi.");
    assert_eq!(
        holders_and_titles(&e),
        [("Arif Lamadu", "Kepala Perwakilan Bank Indonesia")]
    );
}

#[test]
fn more_corps_degrees_and_fields() {
    let e =
        analyze("Kepala Staf TNI Angkatan Laut Laksamana TNI AL Yudo Parapat meninjau Lanal Palu.");
    assert_eq!(holder_names(&e), ["Yudo Parapat"]);
    let e = analyze("Kasat Reskrim Polres Poso IPTU Rudi Hartono S.T.K, S.I.K menahan pelaku.");
    assert_eq!(holder_names(&e), ["Rudi Hartono"]);
    let e = analyze("Kabid Penmad Kanwil Kemenag Sulbar, H. Amir Lolo, membuka lomba.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Amir Lolo",
            "Kepala Bidang Pendidikan Madrasah Kantor Wilayah Kementerian Agama"
        )]
    );
}

#[test]
fn a_dash_in_place_of_the_comma_before_the_holder() {
    let e = analyze(
        "Acara dihadiri Bupati Banggai–Ir. Amir Tamoreka dan Ketua DPRD Banggai - Suprapto Lolo.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Amir Tamoreka", "Bupati"), ("Suprapto Lolo", "Ketua DPRD")]
    );
}

#[test]
fn a_members_role_in_parentheses_after_his_name() {
    let e = analyze(
        "Rapat paripurna DPRD Kabupaten Sigi menetapkan Markus Tandi (Ketua) dan Sitti Lamba (Wakil Ketua).",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Markus Tandi", "Ketua DPRD"),
            ("Sitti Lamba", "Wakil Ketua DPRD")
        ]
    );
}

#[test]
fn a_title_after_a_degree_takes_the_name_written_after_it() {
    // The sentence ended at "SH."; the governor is named after his title,
    // and his name inside his wife's is no later mention of him.
    let e = analyze(
        "Pita digunting Hj Ratna B Mastura SH. Gubernur Sulteng Rudi Mastura kemudian memberi sambutan.",
    );
    assert_eq!(holders_and_titles(&e), [("Rudi Mastura", "Gubernur")]);
    // In a list written name first the degree still ends the item.
    let e = analyze(
        "Hadir Drs. Rudi Lolo, MM. Wakil Bupati Poso, AKBP Andi Sule, SH Kapolres Poso, dan tamu.",
    );
    assert_eq!(holder_names(&e), ["Rudi Lolo", "Andi Sule"]);
}

#[test]
fn a_name_an_honorific_introduces_before_its_office() {
    let e =
        analyze("Atas arahan Bapak Suwandi Komandan Kodim 1306/Donggala, jembatan itu dibangun.");
    assert_eq!(
        holders_and_titles(&e),
        [("Suwandi", "Komandan Distrik Militer")]
    );
}

#[test]
fn directorates_general_and_courts_named_by_their_seat() {
    let e = analyze("Dermaga itu didanai Ditjen Perhubungan Laut.");
    assert_eq!(org_names(&e), ["Ditjen Perhubungan Laut"]);
    let e = analyze("Berkas banding dikirim ke Pengadilan Tinggi Agama Manado dan PA Mamuju.");
    assert_eq!(
        org_names(&e),
        ["Pengadilan Tinggi Agama Manado", "PA Mamuju"]
    );
}

#[test]
fn judges_listed_after_a_member_title_written_with_anggota() {
    let e = analyze(
        "Sidang dipimpin Hakim Ketua Frans Wowor, didampingi hakim anggota Rina Lasut dan Yohan Mandagi.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Frans Wowor", "Hakim"),
            ("Rina Lasut", "Hakim"),
            ("Yohan Mandagi", "Hakim")
        ]
    );
}

#[test]
fn an_abbreviated_role_before_a_level_word() {
    let e =
        analyze("Hadir Camat Lage, Yusuf Tandi dan Ka. Desa Tongko, Marten Lolo, dalam acara itu.");
    assert_eq!(
        holders_and_titles(&e),
        [("Yusuf Tandi", "Camat"), ("Marten Lolo", "Kepala Desa")]
    );
}

#[test]
fn a_country_or_a_fused_title_in_parentheses_is_no_bodys_acronym() {
    let e =
        analyze("Kepala Perwakilan Ombudsman Republik Indonesia (RI) Sulteng, Sofyan Lolo, hadir.");
    assert!(!org_names(&e).contains(&"RI"));
    let e = analyze("Kepala Dinas Pendidikan dan Kebudayaan (Kadikbud) Sigi, Rahmat Lolo, hadir.");
    assert!(!org_names(&e).contains(&"Kadikbud"));
    assert_eq!(holder_names(&e), ["Rahmat Lolo"]);
    // "kedua Kodam": both commands, no one body.
    let e = analyze("Upacara itu dihadiri Kodam XIII/Merdeka dan pejabat kedua Kodam.");
    assert_eq!(org_names(&e), ["Kodam XIII/Merdeka"]);
}

#[test]
fn a_synod_is_a_community_body() {
    let e = analyze("Ketua Sinode GMIST Pdt. Yohanes Takaliuang membuka sidang.");
    assert_eq!(org_names(&e), ["Sinode GMIST"]);
}

#[test]
fn districts_listed_before_their_regency() {
    let e = analyze("Banjir merendam Kakas, Langowan Timur dan Remboken di Kabupaten Minahasa.");
    let codes: Vec<_> = regions(&e).into_iter().filter_map(|(_, c)| c).collect();
    assert_eq!(codes, ["71.02.06", "71.02.09", "71.02.08", "71.02"]);
}

#[test]
fn a_one_word_name_with_degrees_after_a_fused_field() {
    let e = analyze("Tamu diterima Kabid Aset Darwis SE, MM di kantor bupati Mamuju.");
    assert_eq!(holders_and_titles(&e), [("Darwis", "Kepala Bidang Aset")]);
}

#[test]
fn districts_listed_after_a_described_level_noun() {
    let e = analyze("Lima kecamatan terdampak, yaitu Kakas, Eris, Tompaso dan Remboken.");
    let codes: Vec<_> = regions(&e).into_iter().filter_map(|(_, c)| c).collect();
    assert_eq!(codes, ["71.02.06", "71.02.03", "71.02.07", "71.02.08"]);
}

#[test]
fn a_title_interrupted_by_its_short_form() {
    let e = analyze("Acara itu dibuka Wakil Wali (Wawali) Kota Palu Sigit Lamadjido.");
    assert_eq!(
        holders_and_titles(&e),
        [("Sigit Lamadjido", "Wakil Wali Kota")]
    );
    let e = analyze("Pada 2010, Wakil Wali (Wawali) Kota Palu menanam pohon.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn a_short_clause_between_an_office_and_its_holder() {
    let e = analyze(
        "Kasat Narkoba Polres Luwu yang dihubungi, AKP Rinto Pasolle, membenarkan hal itu.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Rinto Pasolle", "Kepala Satuan Reserse Narkoba")]
    );
    let e = analyze("Kapolsek Wara yang baru menjabat, Iptu Sony Mahendra, menyapa warga.");
    assert_eq!(holder_names(&e), ["Sony Mahendra"]);
    let e =
        analyze("Camat Sabbang saat ditemui di kantornya, Hasdar Umar, mengatakan jalan rusak.");
    assert_eq!(holder_names(&e), ["Hasdar Umar"]);
    // The clause's own object is no holder, nor is a date after it.
    let e = analyze("Bupati Luwu saat membuka rapat, Rabu (4/6), meminta data baru.");
    assert_eq!(holder_names(&e), Vec::<&str>::new());
    let e = analyze("Wali Kota Palopo saat menerima tamu dari Jakarta, Sultan Mahmud hadir pula.");
    assert!(!holder_names(&e).contains(&"Sultan Mahmud"));
}

#[test]
fn a_level_word_ends_an_unlisted_field() {
    let e = analyze("Kadis Perkimtan Kabupaten Soppeng, Rusli Jalil, meninjau lokasi.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rusli Jalil", "Kepala Dinas Perkimtan")]
    );
}

#[test]
fn further_fields_listed_after_a_body_short_form() {
    // The fields joined by "dan" belong to the title, not to a holder.
    let e =
        analyze("Kadis Kominfo, Statistik dan Persandian Kabupaten Soppeng, Rusli Jalil, hadir.");
    assert_eq!(holder_names(&e), ["Rusli Jalil"]);
    let e = analyze("Kadis Kominfo Statistik dan Persandian Kota Palopo Rusli Jalil hadir.");
    assert_eq!(holder_names(&e), ["Rusli Jalil"]);
    // Names joined by "dan" are no fields.
    let e = analyze("Kadis Kominfo, Rusli Jalil dan Kadis PU, Amir Tola hadir.");
    assert_eq!(holder_names(&e), ["Rusli Jalil", "Amir Tola"]);
}

#[test]
fn a_coined_service_acronym_before_its_region() {
    let e = analyze("Kepala Disperkimtan Kabupaten Soppeng, Rusli Jalil, meninjau lokasi.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rusli Jalil", "Kepala Disperkimtan")]
    );
    assert_eq!(
        orgs(&e),
        [("Disperkimtan Kabupaten Soppeng", Some("73.12"))]
    );
    let e = analyze("Rapat digelar Diskominfo-SP Palopo bersama warga.");
    assert_eq!(org_names(&e), ["Diskominfo-SP Palopo"]);
    // Nouns of that shape, and the shape without a region, are no bodies.
    let e = analyze("Diskusi Soppeng digelar. Distribusi Soppeng lancar. Disperkimtan bekerja.");
    assert!(org_names(&e).is_empty());
}

#[test]
fn a_government_or_prosecution_named_by_its_region_alone() {
    let e = analyze("Bantuan itu disalurkan Pemerintah Gorontalo Utara kepada nelayan.");
    assert_eq!(orgs(&e), [("Pemerintah Gorontalo Utara", Some("75.05"))]);
    let e = analyze("Tim Kejaksaan Pinrang dan Kejaksaan Sulbar memeriksa berkas.");
    let names: Vec<_> = e
        .iter()
        .filter_map(|x| x.organization()?.name.as_deref())
        .collect();
    assert_eq!(
        names,
        [
            "Kejaksaan Negeri Pinrang",
            "Kejaksaan Tinggi Sulawesi Barat"
        ]
    );
    let e = analyze("Kepala Kejaksaan Pinrang, Hendra Lolo, hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [("Hendra Lolo", "Kepala Kejaksaan Negeri")]
    );
    // Bare, neither noun names a body.
    let e = analyze("Pemerintah terus bekerja, kata pihak Kejaksaan.");
    assert!(org_names(&e).is_empty());
}

#[test]
fn listed_holders_with_their_parties() {
    let e = analyze(
        "Tiga Wakil Ketua DPRD Wajo masing-masing Ilham Sade dari Golkar, Nasrun Pali dari Gerindra dan Sahrir Ode dari PKB.",
    );
    let o = officials(&e);
    let names: Vec<_> = o.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["Ilham Sade", "Nasrun Pali", "Sahrir Ode"]);
    assert!(o
        .iter()
        .all(|(_, i)| i.title == "Wakil Ketua DPRD" && juris(i) == Some(("73.13", false))));
    let e =
        analyze("Dua wakil ketua DPRD Bone masing-masing Ilham Sade (PAN) dan Nasrun Pali (PKS).");
    assert_eq!(holder_names(&e), ["Ilham Sade", "Nasrun Pali"]);
    let e = analyze("Lima anggota DPRD yang hadir yakni Ilham Sade dan Nasrun Pali dari Golkar, Sahrir Ode dari PKB.");
    assert_eq!(
        holder_names(&e),
        ["Ilham Sade", "Nasrun Pali", "Sahrir Ode"]
    );
}

#[test]
fn the_office_held_now_in_the_predicate() {
    let e = analyze("Haerul Sabri saat ini menjabat sebagai Kepala Dinas Sosial Kabupaten Sinjai.");
    assert_eq!(
        holders_and_titles(&e),
        [("Haerul Sabri", "Kepala Dinas Sosial")]
    );
    let e = analyze("Haerul Sabri kini menjabat Camat Sinjai Utara.");
    assert_eq!(holders_and_titles(&e), [("Haerul Sabri", "Camat")]);
    let e = analyze("Haerul Sabri, saat ini sebagai anggota KPU Sinjai, memberi keterangan.");
    assert_eq!(holder_names(&e), ["Haerul Sabri"]);
}

#[test]
fn a_headquarters_or_an_election_is_no_holder() {
    let e = analyze("Tiba di Mapolres Luwu, Kapolda disambut Kapolres Luwu AKBP Arisandi Lolo.");
    assert_eq!(holder_names(&e), ["Arisandi Lolo"]);
    let e = analyze("Sesuai aturan tentang Kepala Desa, Pilkades serentak digelar bulan depan.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn a_stray_full_stop_before_the_holders_rank() {
    let e =
        analyze("Perkara itu ditangani di bawah komando Kapolres Pinrang. AKBP. Yusran Lolo S.Ik.");
    assert_eq!(
        holders_and_titles(&e),
        [("Yusran Lolo", "Kepala Kepolisian Resor")]
    );
}

#[test]
fn an_office_number_glued_by_a_hyphen() {
    let e = analyze("Rapat dipimpin Wakil Ketua-II DPRD Provinsi Gorontalo, H. Sahrul Dako.");
    assert_eq!(
        holders_and_titles(&e),
        [("Sahrul Dako", "Wakil Ketua DPRD")]
    );
    assert_eq!(warta::tokenize("Ketua-III").count(), 3);
    assert_eq!(warta::tokenize("Una-Una").count(), 1);
}

#[test]
fn a_term_not_yet_over_is_no_former_office() {
    let status = |text: &str| officials(&analyze(text))[0].1.status;
    assert_eq!(
        status(
            "Amran Lolo dilantik menjadi Wali Kota Parepare periode 2025-2030, Senin (17/2/2025)."
        ),
        None
    );
    assert_eq!(
        status("Ketua DPRD Parepare periode 2014-2019, Amran Lolo, hadir pada HUT kota 2025."),
        Some(Status::Former)
    );
    assert_eq!(
        status("Bupati Banggai periode 2006–2011 Sudarto hadir."),
        Some(Status::Former)
    );
}

#[test]
fn an_unlisted_village_in_a_title_placed_by_its_district() {
    let e = analyze(
        "Bupati Kolaka melantik Rahmat, S.Km sebagai Kepala Desa (Kades) Tobu Langi Kecamatan Ladongi, Jumat (6/1).",
    );
    assert_eq!(holder_names(&e), ["Rahmat"]);
    assert!(regions(&e).contains(&("Tobu Langi", None)));
    let e = analyze("Kepala Desa Tobu Langi, Kecamatan Ladongi, Hamid Rauf, hadir.");
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].0, "Hamid Rauf");
    let j = o[0]
        .1
        .jurisdiction
        .as_ref()
        .expect("the village as written");
    assert_eq!((&*j.name, j.code.as_deref()), ("Tobu Langi", None));
    // Without the district, the words after the title may be the holder.
    let e = analyze("Kepala Desa Tobu Langi mengatakan warga sudah menerima bantuan.");
    assert!(!regions(&e).contains(&("Tobu Langi", None)));
}

#[test]
fn a_village_trigger_before_a_name_known_only_at_another_level() {
    // "Karo" is a regency in North Sumatra; after "Desa" it is a village
    // the gazetteer lacks.
    let e = analyze("Warga Desa Karo, Kecamatan Lasalimu, Kabupaten Buton datang.");
    let r = regions(&e);
    assert_eq!(r[0], ("Karo", None));
    assert_eq!(
        e[0].region().map(|x| x.level),
        Some(Some(warta::Level::Village))
    );
    // A lower-case "desa" is no trigger: "dana desa Bolmong" is the
    // regency's village fund.
    let e = analyze("Alokasi dana desa Bolmong tahun ini naik.");
    assert_eq!(regions(&e), [("Bolmong", Some("71.01"))]);
}

#[test]
fn districts_and_villages_written_with_other_spacing_or_doubled_letters() {
    let e = analyze("Warga Kecamatan Sabbangparu, Kabupaten Wajo, mengungsi.");
    assert_eq!(regions(&e)[0], ("Sabbangparu", Some("73.13.01")));
    let e = analyze("Warga Kecamatan Soyojaya, Kabupaten Morut mengeluh.");
    assert_eq!(regions(&e)[0], ("Soyojaya", Some("72.12.07")));
    // A title's district written with an apostrophe: the district Marang,
    // not the village Ma'rang.
    let e = analyze("Camat Ma’rang, Yusuf Tandi, memantau banjir.");
    assert_eq!(regions(&e), [("Ma’rang", Some("73.10.08"))]);
    assert_eq!(holders_and_titles(&e), [("Yusuf Tandi", "Camat")]);
}

#[test]
fn a_listed_company_with_its_legal_form_dotted() {
    let e = analyze("Warga menuntut ganti rugi dari PT. Vale Indonesia Tbk.");
    assert_eq!(org_names(&e), ["PT. Vale Indonesia Tbk"]);
    let e = analyze("Saham Vale Indonesia Tbk naik.");
    assert_eq!(org_names(&e), ["Vale Indonesia Tbk"]);
}

#[test]
fn a_party_board_with_its_tier() {
    let e = analyze("Ketua DPD I Golkar Sulsel membuka Musda DPD II Golkar Wajo.");
    assert_eq!(org_names(&e), ["DPD I Golkar Sulsel", "DPD II Golkar Wajo"]);
}

#[test]
fn a_known_long_form_then_its_region_and_the_regions_short_form() {
    let e = analyze("Komisi Pemilihan Umum Polewali Mandar (Polman) menggelar rapat pleno.");
    assert_eq!(
        orgs(&e),
        [("Komisi Pemilihan Umum Polewali Mandar", Some("76.04"))]
    );
}

#[test]
fn counted_or_only_kinds_of_body_and_representatives() {
    let e = analyze("Kepala Puskesmas Lalabata hadir. Ia menyebut satu-satunya Puskesmas di Soppeng yang terakreditasi.");
    assert_eq!(org_names(&e), ["Puskesmas Lalabata"]);
    let e = analyze("Sebanyak tiga Sekolah Menengah Atas (SMA) di Soppeng ikut lomba.");
    assert!(org_names(&e).is_empty());
    // "Perwakilan" is a representative of the body, not part of its name.
    let e = analyze("Rapat dihadiri Perwakilan Kesbangpol dan Perwakilan Disdukcapil.");
    assert_eq!(org_names(&e), ["Kesbangpol", "Disdukcapil"]);
}

#[test]
fn class_designations_in_their_written_variants() {
    let e = analyze("Kepala Rutan Klas IIB Bantaeng, Ridwan Tahir, membenarkan kejadian itu.");
    assert_eq!(holder_names(&e), ["Ridwan Tahir"]);
    assert_eq!(org_names(&e), ["Rutan Klas IIB Bantaeng"]);
    let e = analyze("Kepala Kantor Imigrasi Kelas I TPI Makassar, Rudi Hartono, menjelaskan.");
    assert_eq!(org_names(&e), ["Kantor Imigrasi Kelas I TPI Makassar"]);
    let e = analyze("Kepala Lapas Kelas 1 A Makassar, Rudi Hartono, menjelaskan.");
    assert_eq!(holder_names(&e), ["Rudi Hartono"]);
    // The town after the class, even one the gazetteer lacks.
    let e = analyze("Tersangka ditahan di Rutan Kelas IIb Raha selama 20 hari.");
    assert_eq!(org_names(&e), ["Rutan Kelas IIb Raha"]);
}

#[test]
fn a_field_joined_by_dan_and_a_one_word_holder_before_a_verb() {
    let e = analyze("Kabid Sarana dan Prasarana Hamdan Lolo menjelaskan rencana itu.");
    assert_eq!(
        holders_and_titles(&e),
        [("Hamdan Lolo", "Kepala Bidang Sarana dan Prasarana")]
    );
    let e = analyze("Kabid Perkebunan Hasanuddin menyebut hal itu.");
    assert_eq!(holder_names(&e), ["Hasanuddin"]);
    // A field's own word before the verb is no holder.
    let e = analyze("Kabid Pendidikan Dasar menyebut hal itu.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn a_deputy_of_an_office_listed_for_its_head() {
    let e = analyze("Hadir Wakil Menteri Perumahan dan Kawasan Permukiman, Fahri Lolo.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Fahri Lolo",
            "Wakil Menteri Perumahan dan Kawasan Permukiman"
        )]
    );
}

#[test]
fn a_place_the_gazetteer_lacks_named_after_several_titles() {
    let e = analyze(
        "Hadir Camat Lembarosa, Kapolsek Lembarosa, Kapus Lembarosa, dan tokoh masyarakat.",
    );
    assert!(holder_names(&e).is_empty());
    // Different words after the titles are their holders.
    let e = analyze("Hadir Camat Rahmat, Kapolsek Budi dan Kapus Yusran.");
    assert_eq!(holder_names(&e), ["Rahmat", "Budi", "Yusran"]);
    let e = analyze("Air bersih di Kacamatan Tinanggea sudah tersedia.");
    assert_eq!(regions(&e), [("Tinanggea", Some("74.05.01"))]);
}

#[test]
fn the_renamed_planning_agency_and_the_fishing_port() {
    let e = analyze("Rapat dibuka Kepala Bapperida Sultra, Rudi Sarapang.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rudi Sarapang",
            "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"
        )]
    );
    let e = analyze("Dermaga Pelabuhan Perikanan Samudera (PPS) Kendari diperluas.");
    assert_eq!(org_names(&e), ["Pelabuhan Perikanan Samudera", "PPS"]);
    // Without its long form, "PPS" is no port (it is also a polling committee).
    let e = analyze("Rapat PPS Desa Bente digelar untuk pemilu.");
    assert!(org_names(&e).is_empty());
}

#[test]
fn a_holder_on_the_next_line_after_a_comma() {
    let e = analyze(
        "Kepala Seksi Pidana Umum Kejari Bone,\nAndi Rahmat Saleh, menyatakan berkas lengkap.",
    );
    assert_eq!(holder_names(&e), ["Andi Rahmat Saleh"]);
}

#[test]
fn headline_words_named_nowhere_else_are_no_holder() {
    let text = "Bupati Bantaeng Panen Raya dan Evaluasi Pertanaman di Eremerasa\n\n\
                BANTAENG – Bupati Bantaeng Ilham Azikin memanen padi di Desa Bonto bersama \
                para petani dan penyuluh pertanian. Ia mengatakan hasil panen tahun ini naik \
                dibanding tahun lalu karena saluran irigasi sudah diperbaiki oleh pemerintah \
                daerah sejak awal musim tanam.";
    assert_eq!(holder_names(&analyze(text)), ["Ilham Azikin"]);
    // The headline's holder named again in the body stays.
    let text = "Bupati Bantaeng Ilham Azikin Tinjau Sawah\n\n\
                BANTAENG – Ilham Azikin meninjau sawah warga.";
    assert!(holder_names(&analyze(text)).contains(&"Ilham Azikin"));
}

#[test]
fn an_undotted_police_degree_an_abbreviated_stand_in_and_a_water_field() {
    let e = analyze("Kata Kapolres Muna, AKBP Andi Rahman Sik, melalui Kasat Reskrim.");
    assert_eq!(holder_names(&e), ["Andi Rahman"]);
    let e = analyze("Ia ditemani Ps. Kanit Reskrim Aipda Rudi Hamsah, S.H., saat sambang warga.");
    assert_eq!(officials(&e)[0].1.status, Some(Status::Acting));
    let e = analyze("Turut hadir Kadis PSDA Wajo Andi Rusli Tamar dan warga.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Andi Rusli Tamar",
            "Kepala Dinas Pengelolaan Sumber Daya Air"
        )]
    );
}

#[test]
fn the_holder_replaced_or_whose_term_is_over_held_the_office_before() {
    let status = |text: &str| officials(&analyze(text))[0].1.status;
    assert_eq!(
        status("Pelantikan itu menggantikan Bupati Barru, Dr. H. Amir Latif, M.Pd yang masa jabatannya telah berakhir."),
        Some(Status::Former)
    );
    assert_eq!(
        status("Rudi dilantik menggantikan Kapolres Barru AKBP Amir Latif."),
        Some(Status::Former)
    );
    assert_eq!(
        status("Bupati Barru Amir Latif yang masa jabatannya baru dimulai hadir."),
        None
    );
}

#[test]
fn peoples_listed_acronyms_in_capitals_and_interim_village_heads() {
    let e = analyze("Warga di sana berasal dari etnis Buton, Muna dan Tolaki.");
    assert!(regions(&e).is_empty());
    let e = analyze("Proyek itu dibiayai APBD Provinsi TA 2024.");
    assert!(regions(&e).is_empty());
    let e = analyze("Bupati melantik Rahmat Pake sebagai Kades PAW Desa Caramming.");
    let o = officials(&e);
    assert_eq!(o[0].0, "Rahmat Pake");
    assert_eq!(
        o[0].1.jurisdiction.as_ref().map(|j| &*j.name),
        Some("Caramming")
    );
    // A body's head noun starts no holder's name.
    let e = analyze("Hadir kadis DPMD, Camat Suwawa, dan ketua Asosiasi Kades Provinsi Gorontalo.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn a_pair_installed_takes_the_place_written_once_and_the_pair_replaced_held_it() {
    let e = analyze(
        "Gubernur melantik Andi Rusdi dan Bahar Tola sebagai Bupati dan Wakil Bupati Sidrap, menggantikan Dollah Mando dan Mahmud Yusuf.",
    );
    let o = officials(&e);
    let got: Vec<_> = o
        .iter()
        .map(|(n, i)| (*n, i.title.as_str(), juris(i).map(|j| j.0), i.status))
        .collect();
    assert_eq!(
        got,
        [
            ("Andi Rusdi", "Bupati", Some("73.14"), None),
            ("Bahar Tola", "Wakil Bupati", Some("73.14"), None),
            (
                "Dollah Mando",
                "Bupati",
                Some("73.14"),
                Some(Status::Former)
            ),
            (
                "Mahmud Yusuf",
                "Wakil Bupati",
                Some("73.14"),
                Some(Status::Former)
            ),
        ]
    );
}

#[test]
fn a_province_and_its_short_form_after_a_regency_and_its_own() {
    let e = analyze("Bupati Konawe Utara (Konut), Sulawesi Tenggara (Sultra) Andi Rahmat Sarira menyatakan tambang itu ilegal.");
    assert_eq!(holders_and_titles(&e), [("Andi Rahmat Sarira", "Bupati")]);
}

#[test]
fn a_later_mention_keeps_the_initial_the_name_opens_with() {
    let e = analyze(
        "Kepala Dinas Pertanian Kabupaten Wajo, A Rahmat Pawelloi mengatakan produksi naik. A Rahmat juga melapor.",
    );
    assert_eq!(holder_names(&e), ["A Rahmat Pawelloi", "A Rahmat"]);
    // Another initial before the later mention is not the name's.
    let e = analyze(
        "Kepala Dinas Pertanian Kabupaten Wajo, A Rahmat Pawelloi mengatakan produksi naik. Rumah B Rahmat kebanjiran.",
    );
    assert!(!holder_names(&e).contains(&"B Rahmat"));
}

#[test]
fn a_companys_number_and_a_defined_acronyms_region_again() {
    let e = analyze("Hakim memvonis bebas PT Tambang Sejati 88 pekan lalu.");
    assert_eq!(org_names(&e), ["PT Tambang Sejati 88"]);
    let e = analyze(
        "Dinas Pendidikan dan Kebudayaan (Dikbud) Buton hadir; Kepala Dikbud Buton, Rahmat Arsad, bicara.",
    );
    assert_eq!(
        org_names(&e),
        ["Dinas Pendidikan dan Kebudayaan", "Dikbud", "Dikbud Buton"]
    );
}

#[test]
fn a_bureau_of_the_provincial_government_and_members_with_two_parties() {
    let e = analyze("Kepala Biro Pemerintahan Pemprov Sulawesi Tengah Rudi Tamalu membuka rapat.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Tamalu", "Kepala Biro Pemerintahan")]
    );
    let e = analyze(
        "Hadir anggota Komisi III yakni Andi Salam (Golkar), Rusdi Tomoli, Nurhaeda Hasan, SE (PAN/PPP), Yakob Lasut, SE, serta Budi Karim (Demokrat).",
    );
    assert_eq!(
        holder_names(&e),
        [
            "Andi Salam",
            "Rusdi Tomoli",
            "Nurhaeda Hasan",
            "Yakob Lasut",
            "Budi Karim"
        ]
    );
}

#[test]
fn a_village_resolved_in_the_district_written_after_it() {
    // Masing is a village in Soppeng; in Batui Selatan (Banggai) the
    // village is written Maasing.
    let e = analyze("Warga Desa Masing, Kecamatan Batui Selatan, menolak pematokan lahan.");
    assert_eq!(
        regions(&e),
        [
            ("Masing", Some("72.01.15.2001")),
            ("Batui Selatan", Some("72.01.15"))
        ]
    );
}

#[test]
fn agencies_in_datelines_state_institutes_and_undotted_ka() {
    let e = analyze("Gorontalo (ANTARA) - Dinas Perikanan membagikan jaring.");
    assert_eq!(regions(&e), [("Gorontalo", Some("75.71"))]);
    let e = analyze("Rektor IAIN Bone hadir dalam rapat itu.");
    assert_eq!(org_names(&e), ["IAIN Bone"]);
    let e = analyze("Acara dihadiri Ka Basarnas, Roni Talumepa, serta Ka Dishub, Yanto Malewa.");
    assert_eq!(
        holders_and_titles(&e),
        [
            (
                "Roni Talumepa",
                "Kepala Badan Nasional Pencarian dan Pertolongan"
            ),
            ("Yanto Malewa", "Kepala Dinas Perhubungan")
        ]
    );
}

#[test]
fn a_level_word_glued_to_the_place_after_it() {
    let e = analyze(
        "Rapat dihadiri Asisten I Sekda KabupatenKupang Rima K.S. Salean dan pimpinan OPD.",
    );
    assert_eq!(holder_names(&e), ["Rima K.S. Salean"]);
    assert_eq!(regions(&e), [("Kupang", Some("53.01"))]);
    let words: Vec<&str> = warta::tokenize("KecamatanBungku Kabupatennya")
        .map(|t| t.text)
        .collect();
    assert_eq!(words, ["Kecamatan", "Bungku", "Kabupatennya"]);
}

#[test]
fn a_name_in_capitals_after_an_honorific() {
    let e = analyze("Pjs. Bupati Pinrang Dra. SITTI AMINAH, M.M. menandatangani surat edaran.");
    assert_eq!(holder_names(&e), ["SITTI AMINAH"]);
    // A headline in capitals goes on with its verb, which is no name.
    let e = analyze("Bupati Pinrang H. ANDI IRWAN HAMID MENANDATANGANI SURAT DI DPRD.");
    assert_eq!(holder_names(&e), ["ANDI IRWAN HAMID"]);
}

#[test]
fn a_state_schools_town_after_its_number() {
    let e = analyze("Siswa SMA Negeri 3 Wonosari Kabupaten Boalemo meraih juara lomba.");
    assert_eq!(
        regions(&e),
        [("Wonosari", Some("75.02.02")), ("Boalemo", Some("75.02"))]
    );
}

#[test]
fn a_later_mention_keeps_a_place_the_gazetteer_lacks_written_once() {
    let e = analyze(
        "Camat Amfoang Tengah, Yusuf Tefa mengatakan pelantikan lancar. “Kami siap”, jelas Tefa.",
    );
    let o = officials(&e);
    let places: Vec<_> = o
        .iter()
        .map(|(_, i)| i.jurisdiction.as_ref().map(|j| j.name.to_string()))
        .collect();
    assert_eq!(
        places,
        [
            Some("Amfoang Tengah".to_string()),
            Some("Amfoang Tengah".to_string())
        ]
    );
    assert_eq!(regions(&e).len(), 1);
    let e = analyze("Kepala Pelaksana Harian Badan Penanggulangan Bencana Daerah (Kalak BPBD) Majene Hamzah Tola mengatakan warga mengungsi.");
    assert_eq!(
        holders_and_titles(&e),
        [("Hamzah Tola", "Kepala Badan Penanggulangan Bencana Daerah")]
    );
}

#[test]
fn a_partys_organ_defined_by_its_acronym_is_no_public_office() {
    let e = analyze(
        "Ketua Badan Pemenangan Pemilu (Bappilu) Partai Gerindra Sulteng, Hendrik Saleh, menyampaikan target.",
    );
    assert!(holder_names(&e).is_empty());
    // A faction of a legislature stays one.
    let e = analyze("Ketua Fraksi Partai Golkar DPRD Gowa, Hendrik Saleh, menyampaikan pandangan.");
    assert_eq!(holder_names(&e), ["Hendrik Saleh"]);
}

#[test]
fn a_presiding_judge_named_with_his_title_and_a_kannya_verb() {
    let e = analyze(
        "Dikatakannya Majelis Hakim PN Masohi bersidang. Putusan dibacakan Majelis Hakim PN Masohi yang diketuai Hakim Samuel Pattinama.",
    );
    assert_eq!(holders_and_titles(&e), [("Samuel Pattinama", "Hakim")]);
}

#[test]
fn a_name_followed_by_an_occupation_holds_no_office_named_before() {
    let e = analyze(
        "Peninjauan pasar diikuti Kabag Umum Rudi Lamanda, Lurah Pekkabata, H. Salim Pemilik Toko, serta Asisten III Ir. Yusran Pakaya.",
    );
    assert_eq!(holder_names(&e), ["Rudi Lamanda", "Yusran Pakaya"]);
}

#[test]
fn a_later_mention_misspelt_by_one_letter_after_a_verb_of_speech() {
    let e =
        analyze("Kapolres Bone AKBP Rahmat Sulaeman hadir. “Kami tegas,” kata Rahmad Sulaiman.");
    assert_eq!(holder_names(&e), ["Rahmat Sulaeman", "Rahmad Sulaiman"]);
    let e = analyze("Kepala Dinas Kesehatan Gowa, dr. Akhmad Lamba, membuka acara. “Target tercapai,” ujar Ahmad.");
    assert_eq!(holder_names(&e), ["Akhmad Lamba", "Ahmad"]);
    // Another person with a name one letter away, described after a comma.
    let e = analyze(
        "Kapolres Bone AKBP Rahmat Sulaeman hadir. “Kami siap,” kata Rahman, warga setempat.",
    );
    assert_eq!(holder_names(&e), ["Rahmat Sulaeman"]);
}

#[test]
fn adverbs_before_an_apposition_link_keep_the_name_and_the_tense() {
    let h = holders(
        "Kini, Rudi Masengi kembali menjabat sebagai Sekda Poso sambil menunggu keputusan.",
    );
    assert_eq!(
        h,
        [("Rudi Masengi".into(), "Sekretaris Daerah".into(), None)]
    );
    let h =
        holders("Diketahui, Rudi Masengi mulanya menjabat sebagai Sekda Poso di era Bupati lama.");
    assert_eq!(
        h,
        [(
            "Rudi Masengi".into(),
            "Sekretaris Daerah".into(),
            Some(Status::Former)
        )]
    );
    let h = holders(
        "Rudi Masengi kemudian ditunjuk menjadi Pj Bupati Poso usai masa jabatan berakhir.",
    );
    assert_eq!(
        h,
        [("Rudi Masengi".into(), "Bupati".into(), Some(Status::Acting))]
    );
}

#[test]
fn a_provinces_short_form_written_with_a_hyphen() {
    let e = analyze("Wakil Ketua DPRD Prov. Sul-teng Rahmat Lolo hadir bersama Kapolda Sul-Tra.");
    assert_eq!(
        regions(&e),
        [("Sul-teng", Some("72")), ("Sul-Tra", Some("74"))]
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Rahmat Lolo", "Wakil Ketua DPRD")]
    );
    // Reduplicated and lower-case words with a hyphen name nothing.
    let e = analyze("Kepala-kepala desa hadir, masing-masing membawa Buku-buku.");
    assert!(regions(&e).is_empty());
}

#[test]
fn a_level_word_glued_to_the_preposition_before_it() {
    let e = analyze(
        "Tambang itu berada didesa Bahoruru Kecamatan Bungku Tengah dan DiKecamatan Petasia.",
    );
    let names: Vec<&str> = regions(&e).into_iter().map(|(text, _)| text).collect();
    assert_eq!(names, ["Bahoruru", "Bungku Tengah", "Petasia"]);
}

#[test]
fn a_list_of_names_each_with_its_own_title_after_a_counted_title() {
    let e = analyze(
        "Polisi menahan tiga kepala desa, masing-masing Rasyid Lamba, Kades Lafeu, Salim Modjo, Kades Bahoruru, dan Amir Tola, Kades Ululere.",
    );
    let held: Vec<(&str, Option<&str>)> = officials(&e)
        .into_iter()
        .map(|(name, o)| {
            (
                name,
                o.jurisdiction.as_ref().and_then(|j| j.code.as_deref()),
            )
        })
        .collect();
    assert_eq!(
        held,
        [
            ("Rasyid Lamba", Some("72.06.15.2005")),
            ("Salim Modjo", Some("72.06.05.2021")),
            ("Amir Tola", Some("72.06.18.2004")),
        ]
    );
    // The list's first name after a word of the clause, not after a place.
    let e = analyze(
        "Ikut mendampingi camat daratan Pulau Kabaena, Kepala Bagian Umum, Rina Lolo SH, Kepala Bagian Hukum, Drs Amir Tola, serta rombongan.",
    );
    assert_eq!(holder_names(&e), ["Rina Lolo", "Amir Tola"]);
}

#[test]
fn a_one_word_holder_set_off_after_a_village_the_gazetteer_lacks() {
    let e = analyze("Kepala Desa Lembah Sari, Hasan, mengatakan warga siap.");
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].0, "Hasan");
    assert_eq!(
        o[0].1.jurisdiction.as_ref().map(|j| &*j.name),
        Some("Lembah Sari")
    );
    // A list of names after the holder's is no place and holder.
    let e = analyze("Kepala Desa Hasan Basri, Amir, dan Budi hadir.");
    assert_eq!(holder_names(&e), ["Hasan Basri"]);
}

#[test]
fn unit_nouns_listed_before_one_with_its_region_share_it() {
    let e = analyze("Hadir pengurus FKUB, FKDM dan FPK Kota Kendari dalam dialog itu.");
    assert_eq!(
        orgs(&e),
        [
            ("FKUB", Some("74.71")),
            ("FKDM", Some("74.71")),
            ("FPK Kota Kendari", Some("74.71")),
        ]
    );
    // A body that is one of a kind in the list ends the sharing.
    let e = analyze("Petugas KPU, Bawaslu dan Polres Poso siaga.");
    assert_eq!(org_names(&e), ["Bawaslu", "Polres Poso"]);
}

#[test]
fn sub_units_and_bodies_of_the_regions_press() {
    let e = analyze(
        "Rapat Banmus DPRD Gorontalo, Pusdalops BPBD Sulbar, Subdit Tipikor Ditreskrimsus Polda Sulteng dan PSDKP Kendari.",
    );
    assert_eq!(
        org_names(&e),
        [
            "Banmus DPRD Gorontalo",
            "Pusdalops BPBD Sulbar",
            "Subdit Tipikor Ditreskrimsus Polda Sulteng",
            "PSDKP Kendari"
        ]
    );
    // An editor's mark glued to the region ends the body's name.
    let e = analyze("Kasat Reskrim Polres Luwu-red menyebut tersangka ditahan.");
    assert_eq!(org_names(&e), ["Polres Luwu"]);
}

#[test]
fn an_age_in_parentheses_between_a_name_and_its_title() {
    let e = analyze(
        "Hakim memvonis Rasyid (55), Kepala Desa (Kades) Bahoruru, Kecamatan Bungku Tengah.",
    );
    assert_eq!(holders_and_titles(&e), [("Rasyid", "Kepala Desa")]);
    // An age alone makes no office: a resident described after it.
    let e = analyze("Korban Rasyid (55), warga Desa Bahoruru, dirawat.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn a_regional_office_written_with_its_ministrys_short_form() {
    let e = analyze(
        "Hadir Kepala Kantor Wilayah Kemenag Provinsi Gorontalo H. Yusuf Lolo dan Kepala Kementerian Agama Kota Palu, H. Salim Modjo.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Yusuf Lolo", "Kepala Kantor Wilayah Kementerian Agama"),
            ("Salim Modjo", "Kepala Kantor Kementerian Agama")
        ]
    );
}

#[test]
fn a_title_after_a_degrees_full_stop_that_opens_a_clause_leaves_the_name() {
    let e = analyze(
        "Paripurna dipimpin Ketua DPRD Morut, Hj Sitti Lamala, SE. Ketua DPRD didampingi Wakil Ketua II Yosef Tandi.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Sitti Lamala", "Ketua DPRD"),
            ("Yosef Tandi", "Wakil Ketua DPRD")
        ]
    );
    // The deputy's title names no region (GUIDELINES: null, or inferred).
    let places: Vec<_> = officials(&e).into_iter().map(|(_, o)| juris(o)).collect();
    assert_eq!(places[0], Some(("72.12", false)));
    assert!(places[1].is_none_or(|(_, inferred)| inferred));
    // The later "DPRD" its head names refers back to the regency's.
    let dprd: Vec<_> = orgs(&e);
    assert_eq!(
        dprd,
        [("DPRD Morut", Some("72.12")), ("DPRD", Some("72.12"))]
    );
}

#[test]
fn a_list_of_appointments_mixing_linked_and_adjacent_titles() {
    let e = analyze(
        "Mereka adalah Rudi Lamba sebagai Kepala Dinas Sosial, Amir Tola Kepala Dinas Pertanian, dan Salim sebagai Camat Petasia.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lamba", "Kepala Dinas Sosial"),
            ("Amir Tola", "Kepala Dinas Pertanian"),
            ("Salim", "Camat")
        ]
    );
    let e = analyze(
        "Antara lain Yusuf Tandi sebagai Camat Lamasi, Hamka Sekretaris Dinas Pendidikan, dan Rina Lolo sebagai Kepala Dinas Sosial.",
    );
    assert_eq!(holder_names(&e), ["Yusuf Tandi", "Hamka", "Rina Lolo"]);
}

#[test]
fn a_long_region_name_misspelt_by_one_letter_before_its_compass_word() {
    let e = analyze("Rombongan Forkopimda Sulwesi Tengah dan Bupati Bolang Mongondow Timur tiba.");
    assert_eq!(
        regions(&e),
        [
            ("Sulwesi Tengah", Some("72")),
            ("Bolang Mongondow Timur", Some("71.10"))
        ]
    );
    // A short word before a compass word is no misspelt region.
    let e = analyze("Warga Kampung Baru Selatan dan Jalan Poros Barat hadir.");
    assert!(regions(&e).is_empty());
    // Nor a kingdom of the same name.
    let e = analyze("Payung emas milik Kerajaan Bone dibawa.");
    assert!(regions(&e).is_empty());
}

#[test]
fn acronyms_inside_reference_numbers_and_persons_initials_name_no_body() {
    let e = analyze(
        "Dibacakan SK Bupati Sigi Nomor 800/112/BKPSDM/2025 oleh Kepala BKPSDM Sigi, Rudi Lamba.",
    );
    assert_eq!(org_names(&e), ["BKPSDM Sigi"]);
    let e =
        analyze("Tersangka berinisial BI ditahan jaksa. BI akan mendekam di rutan selama 20 hari.");
    assert!(org_names(&e).is_empty());
    // A unit's number and name after a slash stay the unit's.
    let e = analyze("Dandim 1307/Poso Letkol Inf Rudi Lamba hadir bersama Kodim 1307/Poso.");
    assert_eq!(org_names(&e), ["Kodim 1307/Poso"]);
}

#[test]
fn a_titles_place_written_again_before_it_is_no_holder() {
    let e =
        analyze("Pertemuan dihadiri perwakilan nelayan Lamboroe, Lurah Lamboroe dan tokoh adat.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn a_mediums_name_in_capitals_before_the_dateline_names_no_region() {
    let e = analyze("FAJAR SULBAR, MAMUJU – Bupati Mamuju meninjau pasar.");
    let names: Vec<&str> = regions(&e).into_iter().map(|(text, _)| text).collect();
    assert_eq!(names, ["MAMUJU", "Mamuju"]);
    let e = analyze("POSO RAYA – Warga Poso Raya hadir.");
    assert!(regions(&e).is_empty());
    // A town alone before the dash is the dateline's place.
    let e = analyze("KENDARI, KABARKENDARI – Wali kota hadir.");
    let names: Vec<&str> = regions(&e).into_iter().map(|(text, _)| text).collect();
    assert_eq!(names, ["KENDARI"]);
}

#[test]
fn a_national_day_before_a_title_is_no_holder() {
    let e = analyze("Peringati Harkitnas, Bupati Mamuju Minta Guru Disiplin\nBupati Mamuju, Sitti Lolo, memimpin upacara.");
    assert_eq!(holder_names(&e), ["Sitti Lolo"]);
}

#[test]
fn a_units_acronym_and_town_between_the_title_and_the_holder() {
    let e = analyze(
        "Kapolsek Kawasan Pelabuhan Laut (KPL) Pantoloan, Iptu Yosef Mandala, SE, menegaskan situasi aman.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Yosef Mandala", "Kepala Kepolisian Sektor")]
    );
}

#[test]
fn villages_listed_with_their_districts_in_parentheses() {
    // Mattoanging names four villages; its district picks one.
    let e =
        analyze("Desa yang dijabat Pj Kades antara lain Desa Mattoanging (Kahu), Bulie (Sibulue).");
    assert_eq!(
        regions(&e),
        [
            ("Mattoanging", Some("73.08.02.2016")),
            ("Kahu", Some("73.08.02")),
            ("Bulie", Some("73.08.08.2019")),
            ("Sibulue", Some("73.08.08")),
        ]
    );
    // A district written without the gazetteer's space.
    let e = analyze("Antara lain Desa Kajaolaliddong (Barebbo), Ulo (Tellusiattinge).");
    assert_eq!(regions(&e)[3], ("Tellusiattinge", Some("73.08.17")));
}

#[test]
fn heads_and_deputies_listed_by_place_after_a_pair_of_titles() {
    let e = analyze(
        "Gubernur melantik pasangan bupati/wakil bupati dan wali kota/wakil wali kota masing-masing: Kabupaten Poso (Rudi Lamba dan Amir Tola), Sigi (Rina Lolo-Yusuf Tandi), serta Kota Palu (Salim Modjo dan Hamka Sule).",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lamba", "Bupati"),
            ("Amir Tola", "Wakil Bupati"),
            ("Rina Lolo", "Bupati"),
            ("Yusuf Tandi", "Wakil Bupati"),
            ("Salim Modjo", "Wali Kota"),
            ("Hamka Sule", "Wakil Wali Kota"),
        ]
    );
    let places: Vec<_> = officials(&e).into_iter().map(|(_, o)| juris(o)).collect();
    assert_eq!(places[2], Some(("72.10", false)));
    assert_eq!(places[5], Some(("72.71", false)));
}

#[test]
fn a_military_units_roman_designation_is_no_part_of_its_heads_title() {
    let e =
        analyze("Upacara dipimpin Panglima Kodam XIII/Merdeka Mayjen TNI Rudi Lamba di Manado.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lamba", "Panglima Komando Daerah Militer")]
    );
}

#[test]
fn a_later_mention_with_an_undotted_middle_initial_is_one_mention() {
    let e = analyze(
        "Anggota DPRD Bitung Yohan A Lumempow dilantik. Rapat dihadiri keluarga Yohan A Lumempow.",
    );
    assert_eq!(holder_names(&e), ["Yohan A Lumempow", "Yohan A Lumempow"]);
}

#[test]
fn an_official_named_again_with_a_party_office_stays_the_official() {
    let e = analyze(
        "Bupati Soppeng Rudi Lamba hadir. “Kami siap,” kata Rudi Lamba yang juga Ketua DPC PDI Perjuangan Soppeng.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lamba", "Bupati"), ("Rudi Lamba", "Bupati")]
    );
    // A party office alone makes no official.
    let e = analyze("Ketua DPC PDI Perjuangan Soppeng Rudi Lamba hadir.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn removed_from_an_office_and_chairing_two_bodies() {
    let h =
        holders("AKBP Rudi Lamba yang dicopot dari Kapolres Konawe resmi menyerahkan jabatannya.");
    assert_eq!(
        h,
        [(
            "Rudi Lamba".into(),
            "Kepala Kepolisian Resor".into(),
            Some(Status::Former)
        )]
    );
    let e = analyze("Pelantikan dilakukan Ketua TP PKK dan Dekranasda Sultra, Ir Sitti Lolo.");
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].0, "Sitti Lolo");
    assert_eq!(juris(o[0].1), Some(("74", false)));
}

#[test]
fn the_honorific_dokter_written_out_before_a_name() {
    let e = analyze("Hadir Kepala Dinas Kesehatan Kota Palu dokter Rina Lolo, serta para camat.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rina Lolo", "Kepala Dinas Kesehatan")]
    );
    assert_eq!(officials(&e)[0].1.honorifics, ["dokter"]);
    // The occupation alone names no one.
    let e = analyze("Para dokter Puskesmas hadir.");
    assert!(holder_names(&e).is_empty());
}

#[test]
fn a_parent_region_right_after_the_titles_place() {
    let e = analyze("Pelantikan dilakukan Ketua Pengadilan Negeri Sungguminasa Gowa, Dr Rudi Lamba, di gedung DPRD.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lamba", "Ketua Pengadilan Negeri")]
    );
    let e = analyze("Kepala Desa Bahoruru Morowali Rudi Lolo hadir.");
    assert_eq!(holder_names(&e), ["Rudi Lolo"]);
}

#[test]
fn a_bodys_own_name_after_its_short_form_before_the_holder() {
    let e = analyze(
        "Kepala Balai Wilayah Sungai (BWS) Pompengan Jeneberang, Ir. Rudi Lamba M. Eng berkunjung ke Bupati Gowa.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lamba", "Kepala Balai Wilayah Sungai")]
    );
    assert_eq!(officials(&e)[0].1.degrees, ["M. Eng"]);
    // A list of names after the short form keeps its first as the holder.
    let e = analyze("Kepala Dinas Kesehatan (Dinkes) Rudi Lamba, Amir Tola dan Rina hadir.");
    assert_eq!(holder_names(&e), ["Rudi Lamba"]);
    // A river named after a place is no region.
    let e = analyze("Tim disiagakan di Kali Mamasa.");
    assert!(regions(&e).is_empty());
}

#[test]
fn a_bodys_name_ends_with_its_line() {
    let e = analyze(
        "Pihaknya berkoordinasi dengan BPBD Kabupaten\nMamuju-Majene. Selain itu warga hadir.",
    );
    assert_eq!(org_names(&e), ["BPBD"]);
}

#[test]
fn the_last_region_of_a_hyphenated_chain_may_go_on_past_the_word() {
    let e = analyze("Tim berkoordinasi dengan warga Mamuju-Majene-Polewali Mandar kemarin.");
    assert_eq!(
        regions(&e),
        [
            ("Mamuju", Some("76.02")),
            ("Majene", Some("76.05")),
            ("Polewali Mandar", Some("76.04"))
        ]
    );
}

#[test]
fn a_units_designation_joined_by_a_slash_is_no_name() {
    let e = analyze(
        "Hadir Komandan POMDAM XIII/Merdeka, Komandan Batalyon Zipur/SMG, dan Komandan Kodim 1307/Poso Letkol Inf Rudi Lamba.",
    );
    assert_eq!(holder_names(&e), ["Rudi Lamba"]);
}

#[test]
fn a_first_line_opening_with_a_dateline_is_the_body_not_a_headline() {
    let text = "BOLAANG – Bupati Bolaang Mongondow Rudi Mokoginta meninjau jembatan di Lolak, Senin (3/3/2025)\n\
                Kunjungan itu bagian dari program pembangunan jalan di daerah tersebut.\n\
                Warga menyambut baik kunjungan bupati ke desa mereka.\n\
                Jembatan itu rusak sejak banjir bulan lalu dan belum diperbaiki.\n\
                Pemerintah berjanji memperbaiki jembatan itu tahun ini juga.";
    let e = analyze(text);
    assert_eq!(holders_and_titles(&e), [("Rudi Mokoginta", "Bupati")]);
}

#[test]
fn a_sites_address_glued_to_the_storys_first_word() {
    let e = analyze("Palu-beritaku.com-Balai Pelaksanaan Jalan Nasional (BPJN) Sulawesi Tengah menggelar rapat.");
    assert_eq!(org_names(&e), ["Balai Pelaksanaan Jalan Nasional", "BPJN"]);
    let names: Vec<&str> = regions(&e).into_iter().map(|(text, _)| text).collect();
    assert_eq!(names, ["Palu", "Sulawesi Tengah"]);
}

#[test]
fn the_holders_standing_between_a_title_and_its_place() {
    let e = analyze("Sekda Defenitif Halbar Rudi Lamba dilantik. Rudi Lamba berterima kasih.");
    let places: Vec<_> = officials(&e).into_iter().map(|(_, o)| juris(o)).collect();
    assert_eq!(places, [Some(("82.01", false)), Some(("82.01", false))]);
    // A village the text places elsewhere ("Kades Lamboroe Kecamatan …").
    let e = analyze(
        "Kades Lamboroe Kecamatan Alor Barat Laut divonis ringan. Untuk Kades terpilih Lamboroe, Ruslan, Kadis PMD menyebut pelantikan tetap digelar.",
    );
    assert_eq!(holders_and_titles(&e), [("Ruslan", "Kepala Desa")]);
}

#[test]
fn a_rank_and_corps_written_out_and_then_in_short() {
    let e = analyze(
        "Hadir Komandan Distrik Militer (Dandim) 1306 Donggala Letnan Kolonel Infanteri (Letkol Inf) Rudi Lamba dan Kapolres Donggala.",
    );
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].0, "Rudi Lamba");
    assert_eq!(o[0].1.title, "Komandan Distrik Militer");
}

#[test]
fn installed_into_an_office_as_headlines_and_decrees_write_it() {
    let e = analyze("Rudi Lamba Dilantik Jadi Sekda Defenitif Halbar");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lamba", "Sekretaris Daerah")]
    );
    assert_eq!(juris(officials(&e)[0].1), Some(("82.01", false)));
    let e = analyze("Setelah seleksi ketat, Rudi Lamba dilantik dalam jabatan Sekretaris Daerah Halmahera Barat.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lamba", "Sekretaris Daerah")]
    );
}

#[test]
fn a_bodys_name_in_the_older_spelling_propinsi() {
    let e = analyze("Bantuan disalurkan Pemerintah Propinsi Sulawesi Barat kepada warga.");
    assert_eq!(
        orgs(&e),
        [("Pemerintah Propinsi Sulawesi Barat", Some("76"))]
    );
}

#[test]
fn an_officials_initials_are_a_later_mention() {
    let e = analyze(
        "Bupati Minahasa Selatan Frans Dwi Wuata meresmikan pasar. \"Selamat berkarya,\" ucap FDW.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Frans Dwi Wuata", "Bupati"), ("FDW", "Bupati")]
    );
    // Initials of no official, a body's acronym and two letters are none.
    let e =
        analyze("Bupati Bone Andi Sultan Rahmat hadir bersama KPU dan RI. Kata ARS, semua siap.");
    assert_eq!(holder_names(&e), ["Andi Sultan Rahmat"]);
}

#[test]
fn a_headlines_bare_verb_root_and_a_verb_after_a_title_start_no_name() {
    // "Tunjuk" is known as a verb by its passive form, "ditunjuk".
    let e = analyze("Gubernur Sulbar Tunjuk Rahmat Lasa Jadi Plt Bupati Majene\nIsi berita.");
    assert_eq!(holder_names(&e), ["Rahmat Lasa"]);
    let e = analyze("Pelantikan Wakil Bupati Sigi Berlangsung Meriah dan Lancar.");
    assert!(holder_names(&e).is_empty(), "{:?}", holder_names(&e));
    // In running text a root is no verb: a name after a title stays one.
    let e = analyze("Kepala Desa Tunjuk Lamba hadir.");
    assert_eq!(holder_names(&e), ["Tunjuk Lamba"]);
}

#[test]
fn heads_named_before_sebagai_each_hold_their_own_village() {
    let e = analyze(
        "Yang ditunjuk yakni Rudi Lamba sebagai Plt Lurah Tondo, Anton Kopo, S.AP sebagai Plt Lurah Besusu.",
    );
    let found: Vec<_> = officials(&e)
        .iter()
        .map(|(name, o)| (*name, o.jurisdiction.as_ref().map(|j| &*j.name)))
        .collect();
    // Each village is its own head's, not the one named last; the word
    // after the last title is a place, not a holder.
    assert_eq!(
        found,
        [
            ("Rudi Lamba", Some("Tondo")),
            ("Anton Kopo", Some("Besusu"))
        ]
    );
}

#[test]
fn a_services_joined_fields_end_where_a_name_with_a_particle_or_glued_initial_starts() {
    let e = analyze("Hadir Kepala Dinas Perikanan dan Kelautan Andi Tenri Lolo di lokasi.");
    assert_eq!(holder_names(&e), ["Andi Tenri Lolo"]);
    assert_eq!(org_names(&e), ["Dinas Perikanan dan Kelautan"]);
    let e = analyze("Hadir Kepala Dinas Cipta Karya dan Bina Konstruksi M.Yamin, Kepala Dinas Sosial Rudi Lolo.");
    assert_eq!(holder_names(&e), ["M.Yamin", "Rudi Lolo"]);
    assert_eq!(
        org_names(&e),
        ["Dinas Cipta Karya dan Bina Konstruksi", "Dinas Sosial"]
    );
}

#[test]
fn a_common_word_or_a_quotes_first_word_is_no_holder_named_before_a_title() {
    let e = analyze("Hadir para Asisten, Staf Ahli, Kepala OPD dan camat.");
    assert!(holder_names(&e).is_empty(), "{:?}", holder_names(&e));
    let e = analyze("“Betul, Gubernur sudah menyurat ke Kemendagri,” katanya.");
    assert!(holder_names(&e).is_empty(), "{:?}", holder_names(&e));
    // One word that is a name still holds the title after it.
    let e = analyze("Hadir Rahmat, Kepala Dinas Sosial Palu.");
    assert_eq!(holder_names(&e), ["Rahmat"]);
}

#[test]
fn a_secretary_of_a_body_named_by_its_acronym_alone() {
    let e = analyze("Hadir Sekretaris Bappeda Hasan Lolo dan Sekertaris BPBD Yusuf Tandi.");
    assert_eq!(
        holders_and_titles(&e),
        [
            (
                "Hasan Lolo",
                "Sekretaris Badan Perencanaan Pembangunan Daerah"
            ),
            (
                "Yusuf Tandi",
                "Sekretaris Badan Penanggulangan Bencana Daerah"
            )
        ]
    );
}

#[test]
fn a_later_mention_keeps_the_shortened_given_name_the_full_name_opens_with() {
    let e = analyze("Wakil Bupati Moh. Rizal Lolo hadir. Moh. Rizal Lolo menyampaikan pesan. Menurut Moh. Rizal, semua siap.");
    assert_eq!(
        holder_names(&e),
        ["Moh. Rizal Lolo", "Moh. Rizal Lolo", "Moh. Rizal"]
    );
}

#[test]
fn the_pkk_chair_with_its_short_forms_dotted_or_in_parentheses() {
    let e = analyze("Bupati didampingi Ketua TP. PKK Rina Lamato.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rina Lamato", "Ketua Tim Penggerak PKK")]
    );
    let e = analyze("Ketua Tim Penggerak (TP) PKK Kabupaten Takalar, Hj Rina Lamato hadir.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rina Lamato", "Ketua Tim Penggerak PKK")]
    );
}

#[test]
fn a_bare_unit_after_a_heads_title_and_field_is_the_heads_body() {
    // The one-word holder after it belongs to that title, not to the
    // unheld title listed next.
    let e = analyze("Hadir Kabag Humas Setda, Wahyudin, Bhabinkamtibmas, Babinsa, dan Lurah.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Wahyudin",
            "Kepala Bagian Hubungan Masyarakat Sekretariat Daerah"
        )]
    );
    assert_eq!(org_names(&e), ["Setda"]);
}

#[test]
fn degrees_with_a_stray_full_stop_before_a_parenthesised_title_and_hm_dotted() {
    let e = analyze(
        "Hadir Akbp Dedi Lolo Sik, Mh. ( Kapolres Luwu), dan Rudi Lamba, SH., MH. (Kajari Luwu).",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Dedi Lolo", "Kepala Kepolisian Resor"),
            ("Rudi Lamba", "Kepala Kejaksaan Negeri")
        ]
    );
    let e = analyze("Hadir Asisten III, HM. Ishak Lolo, Kepala BPKAD, Samil Tuwo, dan camat.");
    assert_eq!(holder_names(&e), ["Ishak Lolo", "Samil Tuwo"]);
    let e = analyze("Kepala BKPSDM Kota Palu, Arman Lato A.P, M.Si, di ruang kerjanya.");
    assert_eq!(holder_names(&e), ["Arman Lato"]);
}

#[test]
fn church_elders_honorific_misspelt_general_ranks_and_a_corps_open_no_name() {
    let e = analyze(
        "Bupati Minahasa, Pnt. Rudi Tumewu, S.H., dan Wali Kota Tomohon, Pnt Sinta Lumi, hadir.",
    );
    assert_eq!(holder_names(&e), ["Rudi Tumewu", "Sinta Lumi"]);
    let e = analyze("Selamat bertugas kepada Pangdam Mayor Jendral TNI Harun Lolo SE MM.");
    assert_eq!(holder_names(&e), ["Harun Lolo"]);
    let e = analyze("Hadir Danyon Infanteri 712/Wiratama dan Kakorwil Binda.");
    assert!(holder_names(&e).is_empty(), "{:?}", holder_names(&e));
}

#[test]
fn an_offices_field_opens_no_name() {
    let e = analyze("Lanjut kata mantan KBO Binmas Polres Pinrang itu, tamu wajib lapor.");
    assert!(holder_names(&e).is_empty(), "{:?}", holder_names(&e));
}

#[test]
fn an_initial_glued_to_a_surname_is_part_of_the_name() {
    let e =
        analyze("Kabag Hukum, Rahmat M.Lolo, SH, MH, hadir bersama Kabag Umum Rina Tuwo, M.Kes.");
    assert_eq!(holder_names(&e), ["Rahmat M.Lolo", "Rina Tuwo"]);
}

#[test]
fn a_bawaslu_division_is_named_as_written() {
    let e = analyze(
        "Koordinator Divisi Penanganan Pelanggaran Bawaslu Maros, Rina Lolo, menekankan hal itu.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rina Lolo",
            "Koordinator Divisi Penanganan Pelanggaran Badan Pengawas Pemilihan Umum"
        )]
    );
}

#[test]
fn fields_short_forms_spelled_out_in_composed_titles() {
    let e = analyze(
        "Kepala Biro Pemkesra, Rudi Lolo, menegaskan. Hadir Kasi BB Kejari Majene Andi Tuwo.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            (
                "Rudi Lolo",
                "Kepala Biro Pemerintahan dan Kesejahteraan Rakyat"
            ),
            (
                "Andi Tuwo",
                "Kepala Seksi Pengelolaan Barang Bukti dan Barang Rampasan Kejaksaan Negeri"
            )
        ]
    );
}

#[test]
fn pak_in_small_letters_between_a_title_and_its_holder() {
    let e = analyze("Saya bersama Bupati Soppeng pak Andi Rahman Lolo mengucapkan selamat.");
    assert_eq!(holders_and_titles(&e), [("Andi Rahman Lolo", "Bupati")]);
}

#[test]
fn list_lines_with_the_name_then_a_dash_and_the_title() {
    let e = analyze("Pejabat yang dilantik:\n- Rudi Tamengge – Penjabat Kapitalaung Lapango\n- Sinta Makalalag – Plh Kapitalaung Kalama\n");
    assert_eq!(holder_names(&e), ["Rudi Tamengge", "Sinta Makalalag"]);
    // A dateline before a dash is no name.
    let e =
        analyze("Tandaseru — Mantan Kepala Desa Bukit Durian, NK, ditetapkan sebagai tersangka.");
    assert!(!holder_names(&e).contains(&"Tandaseru"));
}

#[test]
fn a_final_initials_full_stop_that_ends_the_sentence_is_left_out() {
    let e = analyze("Kata Kepala Desa Bonto Lebang, Rahim S. Menjawab hal itu, camat setuju.");
    assert_eq!(holder_names(&e), ["Rahim S"]);
    let e = analyze("tutur Kepala Desa Bonto Lebang, Hamsah S.\nMenjawab hal itu, camat setuju.");
    assert_eq!(holder_names(&e), ["Hamsah S"]);
    // Inside a name the initial keeps its stop.
    let e = analyze("Hadir Kepala Desa Bonto Lebang Rahim S. Lolo dan camat.");
    assert_eq!(holder_names(&e), ["Rahim S. Lolo"]);
}

#[test]
fn an_area_named_after_regions_is_the_offices_place_before_its_holder() {
    let e = analyze("Kepala P3E Bali-Nusra Ni Nyoman Sari hadir.");
    assert_eq!(holder_names(&e), ["Ni Nyoman Sari"]);
}

#[test]
fn a_surname_shaped_like_a_verb_after_an_initial_stays_in_the_name() {
    let e = analyze("Hadir Kepala Desa Bonto Lebang, Rudi S. Meliala, dan camat.");
    assert_eq!(holder_names(&e), ["Rudi S. Meliala"]);
}

#[test]
fn a_bare_word_after_a_village_heads_title_is_a_place_where_the_same_title_names_one() {
    let e =
        analyze("Kepala Desa Tamalantik dan Kepala Desa Sipakuan sedang menjalani persidangan.");
    assert!(holder_names(&e).is_empty(), "{:?}", holder_names(&e));
    let e = analyze(
        "Kades lainnya, yakni kades Talopak, kades Salurinduk, dan kades Botteng diperiksa.",
    );
    assert!(holder_names(&e).is_empty(), "{:?}", holder_names(&e));
    // Alone, the word after the title may still be its holder.
    let e = analyze("Kepala Desa Rudi Lolo juga hadir.");
    assert_eq!(holder_names(&e), ["Rudi Lolo"]);
}

#[test]
fn a_holder_after_a_title_with_its_place_is_no_place() {
    // The same title before a place elsewhere in the sentence does not make
    // the holder after another title's place a place.
    let e = analyze("Hadir Kepala Desa Bente Rudi Lolo dan Kepala Desa Ululere Bultan.");
    assert_eq!(holder_names(&e), ["Rudi Lolo", "Bultan"]);
}

#[test]
fn police_directors_fused_and_spaced_in_a_list_without_names() {
    let e = analyze("Yang ikut mendampingi, Karo Ops, Dirkrimsus, Dir Intelkam, Dansat Brimob, dan Dirlantas Polda Sulteng.");
    assert!(holder_names(&e).is_empty(), "{:?}", holder_names(&e));
    let e = analyze("Hadir Dir Lantas Polda Sulteng Kombes Pol Rudi Lolo.");
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lolo", "Direktur Lalu Lintas Kepolisian Daerah")]
    );
}

#[test]
fn a_surname_written_twice_is_part_of_the_name() {
    let e = analyze("Kepala desa dilantik Wakil Bupati (Wabup) Rasman Tapi Tapi di Kantor Bupati.");
    assert_eq!(holder_names(&e), ["Rasman Tapi Tapi"]);
}

#[test]
fn an_editors_mark_glued_to_a_name_is_left_out() {
    let e = analyze("“Pak Ketua Dewan (Ketua DPRD Kolaka, Rudi Lamba-red) tahu itu,” ujarnya.");
    assert_eq!(holder_names(&e), ["Rudi Lamba"]);
}

#[test]
fn a_place_or_facility_before_a_comma_is_no_holder_of_the_title_after_it() {
    // An airport's name, a place after "di" and a unit's name after its
    // number stand before the title that opens the next clause.
    for text in [
        "Setibanya di Bandara Karel Sadsuitubun, Gubernur disambut Wakil Bupati Kolaka Rudi Kalalo.",
        "Tinjau Longsor di Towua Lindu, Bupati Sigi Pastikan Jalan Dibuka",
        "Peserta berfoto dengan Kodim 1412 Kl, Bupati Kolaka dan pejabat lainnya.",
    ] {
        let e = analyze(text);
        let titles: Vec<_> = holders_and_titles(&e)
            .into_iter()
            .filter(|(_, title)| matches!(*title, "Gubernur" | "Bupati"))
            .collect();
        assert!(titles.is_empty(), "{text}: {titles:?}");
    }
    // A person's name before the comma still holds it.
    let e = analyze("Acara dibuka Rudi Kalalo, Bupati Sigi, di Desa Bora.");
    assert_eq!(holders_and_titles(&e), [("Rudi Kalalo", "Bupati")]);
}

#[test]
fn a_facilitys_name_after_its_heads_title_is_no_holder() {
    // An airport named after a person and its city, a harbour office's bay.
    let e = analyze(
        "Rapat dihadiri Kepala Bandara Pongtiku Tana Toraja, Kepala KSOP Teluk Kendari, dan Bupati Kolaka Rudi Kalalo.",
    );
    assert_eq!(holder_names(&e), ["Rudi Kalalo"]);
    // The holder after the facility's name and a comma is found.
    let e = analyze("Kepala Bandara Haluoleo Kendari, Anton Pasulu, menyambut rombongan.");
    assert_eq!(holder_names(&e), ["Anton Pasulu"]);
}

#[test]
fn a_former_office_introduced_by_sebagai_without_a_name_before_keeps_its_holder() {
    // "Sebelum menjabat sebagai Bupati X, A pernah menjadi camat": no name
    // stands before "sebagai", so the name after the comma is the
    // Bupati's, though an office of his own follows it.
    let e = analyze(
        "Sebelum menjabat sebagai Bupati Kolaka, Rudi Kalalo pernah menjadi camat di Wundulako.",
    );
    assert_eq!(holders_and_titles(&e)[0], ("Rudi Kalalo", "Bupati"));
}

#[test]
fn a_bare_word_before_a_level_word_and_its_region_is_part_of_the_title() {
    // "Pemilihan Kepala Desa Serentak Kabupaten X": no holder.
    let e = analyze(
        "Bupati membuka sosialisasi Pemilihan Kepala Desa Serentak Kabupaten Kolaka Tahun 2025.",
    );
    assert!(holder_names(&e).is_empty(), "{:?}", holder_names(&e));
    // The holder after the unit's area and a comma.
    let e = analyze(
        "Kepala Cabang Dinas Pendidikan Wilayah Sulawesi Tenggara Rayon Kabupaten Kolaka, Anton Pasulu, hadir.",
    );
    assert_eq!(holder_names(&e), ["Anton Pasulu"]);
}

#[test]
fn a_field_short_form_the_lexicon_lacks_ends_the_body_before_its_heads_name() {
    let e = analyze("Bupati didampingi Kepala Dinas PKPP Anton Pasulu meninjau sawah.");
    assert_eq!(org_names(&e), ["Dinas PKPP"]);
    assert_eq!(holder_names(&e), ["Anton Pasulu"]);
    // A company's name may hold such a short form and go on.
    let e = analyze("Perusahaan itu adalah PT PP London Sumatra Tbk, kata polisi.");
    assert_eq!(org_names(&e), ["PT PP London Sumatra Tbk"]);
}

#[test]
fn a_sub_unit_heads_title_written_in_two_words_is_normalised() {
    let e = analyze("Hadir Kepala Sub Bagian Umum Setda Kolaka, Anton Pasulu.");
    assert_eq!(
        holders_and_titles(&e),
        [("Anton Pasulu", "Kepala Subbagian Umum Sekretariat Daerah")]
    );
    let e = analyze("Hadir Kepala Sub Bidang Umum Dinas Pendidikan Kolaka, Anton Pasulu.");
    assert_eq!(
        holders_and_titles(&e),
        [("Anton Pasulu", "Kepala Subbidang Umum Dinas Pendidikan")]
    );
}

#[test]
fn the_late_holder_after_almarhum_is_a_former_holder() {
    let e = analyze(
        "Wakil Gubernur Sulawesi Barat, almarhum Mayjen TNI (Purn) Anton Pasulu, dikenang warga. Almarhum Anton Pasulu dimakamkan di Polewali.",
    );
    let o = officials(&e);
    assert_eq!(o.len(), 2, "{:?}", holder_names(&e));
    assert!(o.iter().all(|(name, info)| *name == "Anton Pasulu"
        && info.title == "Wakil Gubernur"
        && info.status == Some(Status::Former)));
}

#[test]
fn the_titles_place_spelled_out_again_in_parentheses_is_passed() {
    let e = analyze("Bupati Bolmong (Bolaang Mongondow) Ny Hj Rina Lolo membuka acara.");
    assert_eq!(holders_and_titles(&e), [("Rina Lolo", "Bupati")]);
}

#[test]
fn a_pair_after_two_glued_titles_of_several_words_is_split() {
    let e = analyze(
        "Wali Kota-Wakil Wali Kota Kendari terpilih Rudi Lolo-Anton Pasulu (RA) menghadiri rapat.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lolo", "Wali Kota"),
            ("Anton Pasulu", "Wakil Wali Kota")
        ]
    );
}

#[test]
fn a_religious_affairs_office_of_a_district_and_its_head() {
    let e =
        analyze("Kepala KUA Bungku Tengah, Anton Pasulu, meninjau lahan untuk KUA Bungku Tengah.");
    assert_eq!(
        holders_and_titles(&e),
        [("Anton Pasulu", "Kepala Kantor Urusan Agama")]
    );
    assert_eq!(org_names(&e), ["KUA Bungku Tengah", "KUA Bungku Tengah"]);
    assert_eq!(regions(&e)[0], ("Bungku Tengah", Some("72.06.05")));
}

#[test]
fn a_country_spelled_out_then_abbreviated_after_a_national_title_is_passed() {
    let e = analyze(
        "Wakil Menteri Dalam Negeri Republik Indonesia (RI), Anton Pasulu, meninjau kampus.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Anton Pasulu", "Wakil Menteri Dalam Negeri")]
    );
    let e = analyze(
        "Wamen Pendidikan Tinggi, Sains Dan Teknologi RI Anton Pasulu, Ph. D mengatakan hal itu.",
    );
    assert_eq!(holder_names(&e), ["Anton Pasulu"]);
}

#[test]
fn a_military_regions_assistants_and_an_election_bodys_division_heads() {
    let e = analyze("Pangdam didampingi Aster Kasdam Kolonel Inf Rudi Lolo dan Asintel Kodam Kolonel Inf Anton Pasulu.");
    assert_eq!(
        holders_and_titles(&e),
        [
            ("Rudi Lolo", "Asisten Teritorial Komando Daerah Militer"),
            ("Anton Pasulu", "Asisten Intelijen Komando Daerah Militer")
        ]
    );
    let e = analyze("Kepala Divisi Teknis KPU Wajo, Rina Lolo, mengatakan hal itu.");
    assert_eq!(
        holders_and_titles(&e),
        [(
            "Rina Lolo",
            "Koordinator Divisi Teknis Komisi Pemilihan Umum"
        )]
    );
}

#[test]
fn a_deputy_named_wakilnya_after_the_holders_degrees() {
    let e = analyze(
        "Bupati Mamasa Rudi Lolo SE MM bersama wakilnya H Anton Pasulu meluncurkan program.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Rudi Lolo", "Bupati"), ("Anton Pasulu", "Wakil Bupati")]
    );
}

#[test]
fn a_bodys_board_after_a_titles_comma_is_no_holder() {
    let e = analyze(
        "Hadir perwakilan Kajari Banggai, Dewan Pimpinan MUI Kabupaten Banggai dan tokoh agama.",
    );
    assert!(holder_names(&e).is_empty(), "{:?}", holder_names(&e));
}

#[test]
fn a_headline_names_the_official_before_the_story_titles_him() {
    let e = analyze(
        "Anton Pasulu Genjot Bank Sultra Jadi Bank Devisa\nKENDARI - Gubernur Sulawesi Tenggara, Anton Pasulu, mendorong Bank Sultra.",
    );
    assert_eq!(holder_names(&e), ["Anton Pasulu", "Anton Pasulu"]);
}

#[test]
fn one_holders_word_before_the_next_title_of_a_list_ends_a_body_it_follows() {
    let e = analyze("Bupati didampingi Kepala Dinas PKPP Rudi, Kepala Dinas PSDA Anton Pasulu, dan Camat Baranti.");
    assert_eq!(holder_names(&e), ["Rudi", "Anton Pasulu"]);
    assert_eq!(org_names(&e), ["Dinas PKPP", "Dinas PSDA"]);
}

#[test]
fn a_place_the_title_does_not_take_before_its_holders_name_is_no_name() {
    let e = analyze("Kepala UPP Lasusua Anton Pasulu hadir.");
    assert_eq!(holder_names(&e), ["Anton Pasulu"]);
    assert_eq!(regions(&e), [("Lasusua", Some("74.08.01"))]);
}

#[test]
fn an_acting_village_head_named_by_the_status_and_level_words_alone() {
    let e = analyze("Diantaranya Penjabat Desa Biluhu Barat Anton Pasulu, yang dilantik kemarin.");
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].0, "Anton Pasulu");
    assert_eq!(o[0].1.title, "Kepala Desa");
    assert_eq!(o[0].1.status, Some(Status::Acting));
    // "A menggantikan B sebagai Penjabat Desa X": A acts, B held it before.
    let e =
        analyze("Bupati melantik Anton Pasulu menggantikan Rudi Lolo sebagai Penjabat Desa Bulu.");
    let o = officials(&e);
    let got: Vec<_> = o.iter().map(|(n, i)| (*n, i.status)).collect();
    assert_eq!(
        got,
        [
            ("Anton Pasulu", Some(Status::Acting)),
            ("Rudi Lolo", Some(Status::Former))
        ]
    );
    // A resident of the village is no head.
    assert!(holder_names(&analyze("Warga Desa Biluhu Barat Anton Pasulu hadir.")).is_empty());
}

#[test]
fn the_acting_holder_replaced_held_the_office_before() {
    let e = analyze("Rudi Kalalo dilantik menjadi Sangadi Bohabak, menggantikan Anton Pasulu selaku Pjs Sangadi di desa tersebut.");
    let o = officials(&e);
    let got: Vec<_> = o.iter().map(|(n, i)| (*n, i.status)).collect();
    assert_eq!(
        got,
        [
            ("Rudi Kalalo", None),
            ("Anton Pasulu", Some(Status::Former))
        ]
    );
}

#[test]
fn a_one_word_country_ending_a_name_is_a_surname() {
    let e = analyze("Gubernur Maluku Utara, Rina Tjoanda Laos, tiba di Kota Weda. Dalam kunjungannya, Rina Laos menghadiri sidang.");
    assert_eq!(holder_names(&e), ["Rina Tjoanda Laos", "Rina Laos"]);
    let e = analyze("Kapolri Jenderal Anton Haiti menyesalkan aksi itu.");
    assert_eq!(holder_names(&e), ["Anton Haiti"]);
    // Not before a preposition.
    let e = analyze("Presiden Prabowo Subianto bertemu Presiden Xi Jinping China di Beijing.");
    assert_eq!(holder_names(&e), ["Prabowo Subianto", "Xi Jinping"]);
}

#[test]
fn an_interim_holders_word_capitalised_in_the_title() {
    let e = analyze("Rapat dipimpin oleh Ketua DPRD Sementara, Rudi Lolo. Sidang berikutnya dipimpin Wakil Ketua Sementara DPRD Bombana, Anton Pasulu.");
    let o = officials(&e);
    let got: Vec<_> = o
        .iter()
        .map(|(n, i)| (*n, i.title.as_str(), i.status))
        .collect();
    assert_eq!(
        got,
        [
            ("Rudi Lolo", "Ketua DPRD", Some(Status::Acting)),
            ("Anton Pasulu", "Wakil Ketua DPRD", Some(Status::Acting))
        ]
    );
    // "Sementara itu" opens the next sentence.
    assert!(holder_names(&analyze(
        "Kami bertemu Ketua DPRD. Sementara itu, Rudi Lolo pulang."
    ))
    .is_empty());
}

#[test]
fn a_police_generals_rank_written_out_is_no_title() {
    let e = analyze(
        "Kepala Polda Sulawesi Utara Inspektur Jenderal Anton Pasulu mengatakan situasi aman.",
    );
    assert_eq!(
        holders_and_titles(&e),
        [("Anton Pasulu", "Kepala Kepolisian Daerah")]
    );
    assert!(holder_names(&analyze("Kepala Polda Sulselbar mengungkapkan hal itu.")).is_empty());
}

#[test]
fn a_military_units_name_after_its_slash_ends_before_its_commanders_name() {
    let e = analyze("Rombongan diterima Pangdam XIII/Merdeka Anton Pasulu di Palu.");
    assert_eq!(
        holders_and_titles(&e),
        [("Anton Pasulu", "Panglima Komando Daerah Militer")]
    );
    let e = analyze("Danrem 133/Nani Wartabone, Anton Pasulu, hadir.");
    assert_eq!(holder_names(&e), ["Anton Pasulu"]);
}

#[test]
fn a_rank_after_a_village_level_title_starts_its_holder_not_a_place() {
    let e = analyze("Rapat dihadiri Kades Hamzah, Babinsa Serda Anton Pasulu, dan Sekdes.");
    assert!(
        holder_names(&e).contains(&"Anton Pasulu"),
        "{:?}",
        holder_names(&e)
    );
    assert!(regions(&e).is_empty(), "{:?}", regions(&e));
    let e = analyze("Bupati memberhentikan Rudi Lolo dari jabatan Penjabat Kapitalaung Kampung Kalasuge Kecamatan Tabukan Utara.");
    assert!(!holder_names(&e).iter().any(|n| n.starts_with("Kampung")));
}

#[test]
fn a_fused_roles_unit_number_and_a_title_that_opens_a_reported_clause() {
    let e = analyze("Kapolres menerima Kanit 2 Sat Reskrim, Ipda Anton Pasulu.");
    assert_eq!(
        holders_and_titles(&e),
        [("Anton Pasulu", "Kepala Unit Satuan Reserse Kriminal")]
    );
    let e = analyze("Sidang dipimpin Wakil Ketua DPRD Buton Utara, Anton Pasulu. Menurut Anton, Ketua DPRD sedang berada di luar daerah.");
    let titles: Vec<_> = holders_and_titles(&e).into_iter().map(|(_, t)| t).collect();
    assert_eq!(titles, ["Wakil Ketua DPRD", "Wakil Ketua DPRD"]);
}
