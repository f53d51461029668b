//! Region and organisation forms seen in real regional news, each written
//! here with other names and places than the text that showed it.

use warta::Analyzer;

/// The regions of `text` as (text, code).
fn regions(text: &str) -> Vec<(&str, Option<String>)> {
    Analyzer::new()
        .entities(text)
        .into_iter()
        .filter_map(|e| Some((e.text, e.region()?.code.as_deref().map(str::to_string))))
        .collect()
}

/// The organisations of `text`, as written.
fn organisations(text: &str) -> Vec<String> {
    Analyzer::new()
        .entities(text)
        .into_iter()
        .filter(|e| e.organization().is_some())
        .map(|e| e.text.to_string())
        .collect()
}

#[test]
fn second_short_forms_of_a_regency_are_read() {
    // A regency with two short forms in its local press: both name it.
    let r = regions("Banjir melanda Bonbol sejak pagi.");
    assert_eq!(r, [("Bonbol", Some("75.03".to_string()))]);
}

#[test]
fn informal_city_names_are_read() {
    let r = regions("Rombongan pelajar berangkat ke Jogja pekan ini.");
    assert_eq!(r, [("Jogja", Some("34.71".to_string()))]);
}

#[test]
fn districts_written_in_two_words_are_found_whole() {
    // The decree writes the district in one word; news splits it.
    let r = regions("Warga Kecamatan Bone Pantai mengungsi.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "Bone Pantai");
}

#[test]
fn a_district_named_by_its_police_post_electoral_district_or_a_facility() {
    let found = regions("Penyerangan Mapolsek Lasolo di Kabupaten Konawe Utara.");
    assert_eq!(found[0], ("Lasolo", Some("74.09.05".to_string())));
    let found = regions("Anggota DPRD Dapil Karossa hadir di Mamuju Tengah.");
    assert_eq!(found[0].0, "Karossa");
    let found = regions("Kapal bersandar di Pelabuhan Rakyat Kolonodale, Morowali Utara.");
    assert_eq!(found[0].0, "Kolonodale");
    // Without its parent in the text, a bare district name stays unread.
    assert!(regions("Penyerangan Mapolsek Lasolo kemarin.").is_empty());
}

#[test]
fn a_hyphenated_names_parts_written_as_two_words() {
    let found = regions("Sebagai Plt Lurah Manembo Nembo Atas, Kota Bitung.");
    assert_eq!(
        found[0],
        ("Manembo Nembo Atas", Some("71.72.05.1003".to_string()))
    );
}

#[test]
fn a_villages_standing_or_programme_after_desa_is_no_village() {
    // "Mandiri" is also a village's name; it counts where the text places it.
    assert!(
        regions("Desa itu meraih status Desa Mandiri dan Hari Desa Nasional diperingati.")
            .is_empty()
    );
    let found = regions("Warga Desa Mandiri, Kecamatan Wasuponda, Luwu Timur, berkumpul.");
    assert_eq!(found[0].0, "Mandiri");
    // A field's noun before "Desa" makes it part of the field: the name
    // after it is a person's.
    assert!(regions("Kepala Bidang Pemerintahan Desa Yanto Lolo hadir.").is_empty());
}

#[test]
fn a_mediums_name_glued_to_a_region_heads_no_dateline() {
    let found = regions("BONERAYA – Bupati Bone meninjau pasar.");
    assert_eq!(found, [("Bone", Some("73.08".to_string()))]);
}

#[test]
fn a_bodys_name_ends_at_a_capitalised_function_word() {
    let orgs = organisations(
        "Ia berterima kasih kepada Yayasan Bina Lestari Pada Kesempatan Ini, katanya.",
    );
    assert_eq!(orgs, ["Yayasan Bina Lestari"]);
}

#[test]
fn a_degree_after_a_names_comma_is_no_body() {
    assert!(organisations("Hadir Prof. Dr. Rina Lolo, MA beserta rombongan.").is_empty());
    // After a place it is the court.
    assert_eq!(
        organisations("Perkara diputus di Palu, MA lalu menolak kasasi."),
        ["MA"]
    );
}

#[test]
fn a_hospitals_namesake_with_honorifics_in_small_letters() {
    let orgs = organisations(
        "Pasien dirujuk ke RSUD drg. Rina Lolo dan RSUD dr. Ir. Hasan Tuwo, lalu ke RSUD MM Dunda.",
    );
    assert_eq!(
        orgs,
        [
            "RSUD drg. Rina Lolo",
            "RSUD dr. Ir. Hasan Tuwo",
            "RSUD MM Dunda"
        ]
    );
}

#[test]
fn a_mass_organisations_branch_is_named_by_its_region() {
    let orgs = organisations("Hadir Ketua NU Pinrang dan Ketua Muhammadiyah Sulbar.");
    assert_eq!(orgs, ["NU Pinrang", "Muhammadiyah Sulbar"]);
}

#[test]
fn a_town_in_title_case_after_a_mediums_name_and_comma_is_the_dateline() {
    let found = regions("WARTASULTENG.ID, Kolonodale — Bupati Morowali Utara meninjau pasar.");
    assert_eq!(found[0].0, "Kolonodale");
}

#[test]
fn a_kampung_is_read_where_the_text_places_it() {
    let found =
        regions("Banjir merendam Kampung Dagho dan Kampung Laine di Kabupaten Kepulauan Sangihe.");
    let names: Vec<&str> = found.iter().map(|r| r.0).collect();
    assert_eq!(names, ["Dagho", "Laine", "Kepulauan Sangihe"]);
    // A hamlet named like a village elsewhere is no region.
    assert!(
        regions("Genangan terjadi di Kampung Citta, Kelurahan Segeri.")
            .iter()
            .all(|r| r.0 != "Citta")
    );
}

#[test]
fn a_bare_district_of_a_regency_the_text_names() {
    let found = regions(
        "Bupati Gorontalo menyerahkan kapal. Untuk Batudaa ada tiga unit dan Tabongo dua unit.",
    );
    let names: Vec<&str> = found.iter().map(|r| r.0).collect();
    assert_eq!(names, ["Gorontalo", "Batudaa", "Tabongo"]);
    // Without its regency in the text, a bare district name stays unread.
    assert!(regions("Untuk Batudaa ada tiga unit dan Tabongo dua unit.").is_empty());
}

#[test]
fn a_compound_with_a_part_that_is_no_region_names_no_region() {
    // An area named after its regions, not a list of them.
    let found = regions("Kepala P3E Sulawesi-Maluku Rina Lolo hadir di jalur Palu-Donggala.");
    let names: Vec<&str> = found.iter().map(|r| r.0).collect();
    assert_eq!(names, ["Palu", "Donggala"]);
    // A level word or a medium's word in capitals beside a region keeps it.
    let found = regions("Jembatan yang menghubungkan Kota Palu-Kabupaten Poso putus.");
    assert!(found.iter().any(|r| r.0 == "Palu"));
}

#[test]
fn a_date_after_a_body_is_not_its_number() {
    let orgs =
        organisations("Temuan Kejari Majene dan Inspektorat Majene 17 Mei 2019 lalu dibahas.");
    assert_eq!(orgs, ["Kejari Majene", "Inspektorat Majene"]);
    let orgs = organisations("Audit Inspektorat 17 Mei 2019 lalu menemukan kerugian.");
    assert!(orgs.iter().all(|o| !o.contains("Mei")), "{orgs:?}");
}

#[test]
fn a_state_power_companys_units_are_bodies_with_their_places() {
    let names = organisations("Rombongan diterima Manager PT. PLN (Persero) Unit Pelaksana Pelayanan Pelanggan (UP3) Palopo, lalu PLN UP3 Palopo membangun jaringan.");
    assert_eq!(
        names,
        [
            "PT. PLN (Persero)",
            "Unit Pelaksana Pelayanan Pelanggan",
            "UP3",
            "PLN UP3 Palopo"
        ]
    );
}

#[test]
fn a_bodys_name_ends_before_a_year_a_headline_verb_or_a_class() {
    assert_eq!(
        organisations("Dalam Program Prioritas Kementerian Agama Tahun 2025, ada lima poin."),
        ["Kementerian Agama"]
    );
    assert_eq!(
        organisations("Kepala Dinas Pekerjaan Umum dan Penataan Ruang Tahun Anggaran 2025 hadir."),
        ["Dinas Pekerjaan Umum dan Penataan Ruang"]
    );
    assert_eq!(
        organisations("Baca Juga : Kodim 1412/KLK Jalin Kerja Sama dengan Perbankan"),
        ["Kodim 1412/KLK"]
    );
    // The class of a region's agencies, and a discussion format that its
    // acronym defines, are no bodies.
    assert!(
        organisations("Dihadiri pimpinan Satuan Kerja Perangkat Daerah (SKPD) dan camat.")
            .is_empty()
    );
    assert!(organisations("Kegiatan Focus Group Discussion (FGD) digelar di aula.").is_empty());
    assert_eq!(organisations("Saham Kalla Group naik."), ["Kalla Group"]);
}

#[test]
fn a_military_units_own_name_after_its_number() {
    assert_eq!(
        organisations("Korem 143 Halu Oleo Terima Tanah Hibah dari Pemda Buton"),
        ["Korem 143 Halu Oleo", "Pemda Buton"]
    );
    assert_eq!(
        organisations("Peserta berfoto dengan Kodim 1412 Kl, Bupati Kolaka dan pejabat lainnya."),
        ["Kodim 1412 Kl"]
    );
}

#[test]
fn a_short_form_defined_in_parentheses_names_the_place_again() {
    assert_eq!(
        regions("Kegiatan di Kecamatan Kendari Barat (Kenbar) usai. Warga Kenbar pulang."),
        [
            ("Kendari Barat", Some("74.71.05".to_string())),
            ("Kenbar", Some("74.71.05".to_string())),
            ("Kenbar", Some("74.71.05".to_string()))
        ]
    );
    // Not a word in parentheses that spells no part of the name.
    assert_eq!(
        regions("Banjir melanda Kota Palu (Persero) kemarin."),
        [("Kota Palu", Some("72.71".to_string()))]
    );
}

#[test]
fn the_customary_leaders_of_a_place_name_it_and_culture_words_do_not() {
    assert_eq!(
        regions("Pelantikan tokoh adat Kolaka diprotes. Lembaga adat Sultra hadir."),
        [
            ("Kolaka", Some("74.01".to_string())),
            ("Sultra", Some("74".to_string()))
        ]
    );
    assert!(regions("Diiringi alat musik tradisional Minahasa di Aula Villa Bogor.").is_empty());
}

#[test]
fn a_state_companys_legal_form_in_parentheses_is_part_of_its_name() {
    assert_eq!(
        organisations("Kapal penumpang PT Pelni (Persero) bersandar di Kendari."),
        ["PT Pelni (Persero)"]
    );
}

#[test]
fn a_line_of_names_with_a_verb_in_small_letters_is_no_headline() {
    // Without its full stop the line is still a sentence: its places are
    // read as in running text.
    assert_eq!(
        regions("Banjir juga merendam Kelurahan Bulupabbulu dan Kelurahan Wiringpalenae"),
        [
            ("Bulupabbulu", Some("73.13.06.1016".to_string())),
            ("Wiringpalenae", Some("73.13.06.1013".to_string()))
        ]
    );
}

#[test]
fn a_numbered_units_name_after_its_slash_ends_before_its_commanders_rank() {
    assert_eq!(
        organisations("Hadir jajaran Korem 173/Praja Vira Braja Kolonel Inf Anton Pasulu."),
        ["Korem 173/Praja Vira Braja"]
    );
}

#[test]
fn the_people_of_a_village_name_it_when_its_district_is_named() {
    assert_eq!(
        regions(
            "Banjir di Kecamatan Parigi Selatan merendam rumah warga Lemusa dan masyarakat Dolago."
        ),
        [
            ("Parigi Selatan", Some("72.08.11".to_string())),
            ("Lemusa", Some("72.08.11.2001".to_string())),
            ("Dolago", Some("72.08.11.2004".to_string()))
        ]
    );
}

#[test]
fn a_list_of_places_goes_on_past_counts_unknown_items_and_an_opening_parenthesis() {
    let codes = |text: &str| -> Vec<String> {
        regions(text)
            .into_iter()
            .map(|(t, _)| t.to_string())
            .collect()
    };
    assert_eq!(
        codes("Peserta berasal dari 3 desa ( Bente, Matansala dan Bahomohoni) di Kecamatan Bungku Tengah."),
        ["Bente", "Matansala", "Bahomohoni", "Bungku Tengah"]
    );
    assert_eq!(
        codes("Hujan terjadi di Kabupaten Muna, Lasalepa, Batalaiwaru, Katobu, dan Lohia."),
        ["Muna", "Lasalepa", "Katobu", "Lohia"]
    );
    assert_eq!(
        codes("Warga di Kecamatan Bungku Tengah, yakni Desa Bente 20 KK, Matansala 12 KK dan Desa Bahomohoni 3 KK mengungsi."),
        ["Bungku Tengah", "Bente", "Matansala", "Bahomohoni"]
    );
}

#[test]
fn a_sole_district_name_ending_in_a_compass_word_after_di_needs_no_ancestor() {
    assert_eq!(
        regions("Tiga desa di Bungku Tengah terendam banjir."),
        [("Bungku Tengah", Some("72.06.05".to_string()))]
    );
}

#[test]
fn police_units_named_by_their_bare_short_forms() {
    assert_eq!(
        organisations("Tim Resmob Polda Sulsel dan Jatanras Polrestabes Makassar menangkap pelaku. Polairud Polda Sulteng berpatroli."),
        [
            "Resmob Polda Sulsel",
            "Jatanras Polrestabes Makassar",
            "Polairud Polda Sulteng"
        ]
    );
}

#[test]
fn a_village_or_district_misspelt_by_one_letter_is_found_under_the_places_named() {
    assert_eq!(
        regions("Pilkades digelar di Desa Tuntulo Utara, Kecamatan Pinogaluman."),
        [
            ("Tuntulo Utara", Some("71.08.06.2015".to_string())),
            ("Pinogaluman", Some("71.08.06".to_string()))
        ]
    );
    assert_eq!(
        regions("Petani dari Kecamatan Wonggeduk Barat, Kabupaten Konawe, melapor."),
        [
            ("Wonggeduk Barat", Some("74.02.41".to_string())),
            ("Konawe", Some("74.02".to_string()))
        ]
    );
}
