//! Data coverage (issues 8 and 9): a sample of the bodies, titles, status
//! words, honorifics and region aliases added to `data/*.tsv`, checked through
//! the public analyzer on sentences written for these tests (invented names,
//! no text from any article).

mod helpers;

use helpers::{analyze, holder_names, officials};
use warta::{Entity, Status};

fn title_of<'t>(entities: &'t [Entity<'t>], name: &str) -> &'t str {
    officials(entities)
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, o)| o.title.as_str())
        .unwrap_or_else(|| panic!("no official {name:?} in {entities:#?}"))
}

fn org_texts<'t>(entities: &[Entity<'t>]) -> Vec<&'t str> {
    entities
        .iter()
        .filter(|e| e.organization().is_some())
        .map(|e| e.text)
        .collect()
}

fn org_category<'t>(entities: &'t [Entity<'t>], text: &str) -> Option<&'t str> {
    entities
        .iter()
        .find(|e| e.text == text && e.organization().is_some())
        .and_then(|e| e.organization()?.category.as_deref())
}

fn region_code<'t>(entities: &'t [Entity<'t>], text: &str) -> Option<&'t str> {
    entities
        .iter()
        .find(|e| e.text == text && e.region().is_some())
        .and_then(|e| e.region()?.code.as_deref())
}

// ---- organisations ----

#[test]
fn international_bodies() {
    let e = analyze("WHO dan UNICEF menyalurkan bantuan vaksin ke Kabupaten Donggala.");
    assert_eq!(org_texts(&e), ["WHO", "UNICEF"]);
    assert_eq!(org_category(&e, "WHO"), Some("agency"));
    assert_eq!(region_code(&e, "Donggala"), Some("72.03"));

    let e =
        analyze("Mahasiswa Unair dan Undip bersama KAHMI berdiskusi dengan Bank Dunia dan IMF.");
    assert_eq!(
        org_texts(&e),
        ["Unair", "Undip", "KAHMI", "Bank Dunia", "IMF"]
    );
    assert_eq!(org_category(&e, "Unair"), Some("university"));
    assert_eq!(org_category(&e, "KAHMI"), Some("community"));
    assert_eq!(org_category(&e, "Bank Dunia"), Some("agency"));
}

#[test]
fn national_agencies_and_companies() {
    let e = analyze("Wakil Bupati Bolmong Selatan Yusuf Mamonto bertemu Kompolnas dan PPATK.");
    assert_eq!(org_texts(&e), ["Kompolnas", "PPATK"]);
    assert_eq!(org_category(&e, "PPATK"), Some("agency"));

    let e = analyze("Perusda Kolaka mendapat izin tambang, sementara KPPU memeriksa PT Huadi.");
    assert_eq!(org_texts(&e), ["Perusda Kolaka", "KPPU", "PT Huadi"]);
    assert_eq!(org_category(&e, "Perusda Kolaka"), Some("company"));
    assert_eq!(org_category(&e, "PT Huadi"), Some("company"));
    assert_eq!(region_code(&e, "Kolaka"), Some("74.01"));
}

#[test]
fn regional_bodies_with_their_region() {
    let e = analyze("Kepala Kesbangpol Sigi, Andi Rahmat, membuka rapat di Palu.");
    assert_eq!(org_texts(&e), ["Kesbangpol Sigi"]);
    assert_eq!(region_code(&e, "Sigi"), Some("72.10"));
    assert_eq!(
        title_of(&e, "Andi Rahmat"),
        "Kepala Badan Kesatuan Bangsa dan Politik"
    );

    let e = analyze("Polres Kepulauan Sitaro menggelar apel bersama Sat Binmas.");
    assert!(org_texts(&e).contains(&"Polres Kepulauan Sitaro"));
    assert_eq!(region_code(&e, "Kepulauan Sitaro"), Some("71.09"));
}

// ---- titles ----

#[test]
fn acting_head_of_a_dinas_written_dikes() {
    let e = analyze(
        "Plt Kepala Dikes Provinsi Gorontalo, Siti Rahmawati, menyebut angka stunting turun.",
    );
    assert!(org_texts(&e).contains(&"Dikes Provinsi Gorontalo"));
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    let (name, info) = o[0];
    assert_eq!(name, "Siti Rahmawati");
    assert_eq!(info.title, "Kepala Dinas Kesehatan");
    assert_eq!(info.status, Some(Status::Acting));
}

#[test]
fn titles_added_for_central_bodies() {
    let e = analyze("Juru Bicara KPK Rudi Hartanto mengatakan penyidik memeriksa tiga saksi.");
    assert_eq!(
        title_of(&e, "Rudi Hartanto"),
        "Juru Bicara Komisi Pemberantasan Korupsi"
    );

    let e = analyze("Kadiv Humas Polri Irjen Pol Dedi Kurnia menjelaskan hasil sidang.");
    assert_eq!(
        title_of(&e, "Dedi Kurnia"),
        "Kepala Divisi Hubungan Masyarakat Kepolisian Negara Republik Indonesia"
    );
}

#[test]
fn titles_added_for_provincial_units() {
    let e = analyze(
        "Kepala Biro Humas dan Protokol Setda Sulsel, Maria Lestari, membacakan pengumuman.",
    );
    assert_eq!(
        title_of(&e, "Maria Lestari"),
        "Kepala Biro Hubungan Masyarakat dan Protokol"
    );
    assert_eq!(region_code(&e, "Sulsel"), Some("73"));

    let e = analyze("Karo Ortala Setda Sulsel Rina Amelia melantik pejabat.");
    assert_eq!(
        title_of(&e, "Rina Amelia"),
        "Kepala Biro Organisasi dan Tata Laksana"
    );

    let e = analyze(
        "Kepala Dinas Tanaman Pangan, Hortikultura dan Perkebunan Sulsel, Hendra Wijaya, meninjau sawah.",
    );
    assert_eq!(
        title_of(&e, "Hendra Wijaya"),
        "Kepala Dinas Tanaman Pangan, Hortikultura dan Perkebunan"
    );
    assert!(org_texts(&e).contains(&"Dinas Tanaman Pangan, Hortikultura dan Perkebunan Sulsel"));
}

#[test]
fn krt_is_an_honorific_outside_the_name() {
    let e = analyze(
        "Sekretaris Komisi III DPRD Kabupaten Tegal KRT Bambang Sutejo menerima aspirasi warga.",
    );
    assert_eq!(title_of(&e, "Bambang Sutejo"), "Sekretaris Komisi DPRD");
    assert_eq!(region_code(&e, "Tegal"), Some("33.28"));
}

// ---- region aliases ----

#[test]
fn kalimantan_timur_short_forms() {
    let e = analyze("Bupati Kukar Budi Santoso meresmikan pasar baru.");
    assert_eq!(region_code(&e, "Kukar"), Some("64.02"));
    let o = officials(&e);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].0, "Budi Santoso");
    assert_eq!(o[0].1.title, "Bupati");
    assert_eq!(
        o[0].1.jurisdiction.as_ref().and_then(|j| j.code.as_deref()),
        Some("64.02")
    );

    let e = analyze("Bupati Mahulu Yohanes Avun dan Bupati Kutim Ardiansyah hadir di Samarinda.");
    assert_eq!(region_code(&e, "Mahulu"), Some("64.11"));
    assert_eq!(region_code(&e, "Kutim"), Some("64.08"));
    assert_eq!(title_of(&e, "Ardiansyah"), "Bupati");
}

#[test]
fn bolmong_with_a_direction_is_the_newer_regency() {
    let e = analyze("Wakil Bupati Bolmong Selatan Yusuf Mamonto menghadiri rapat.");
    assert_eq!(region_code(&e, "Bolmong Selatan"), Some("71.11"));
    assert_eq!(title_of(&e, "Yusuf Mamonto"), "Wakil Bupati");
    let e = analyze("Pemkab Bolmong Timur dan Pemkab Bolmong Utara menandatangani kesepakatan.");
    assert_eq!(region_code(&e, "Bolmong Timur"), Some("71.10"));
    assert_eq!(region_code(&e, "Bolmong Utara"), Some("71.08"));
}

#[test]
fn short_forms_from_other_provinces() {
    let e = analyze("Warga Tangsel, Lobar dan Kotim ikut dalam lomba itu.");
    assert_eq!(region_code(&e, "Tangsel"), Some("36.74"));
    assert_eq!(region_code(&e, "Lobar"), Some("52.01"));
    assert_eq!(region_code(&e, "Kotim"), Some("62.02"));
}

#[test]
fn companies_with_a_dotted_pt_state_schools_and_civil_society_heads() {
    let e = analyze(
        "Kerja sama dengan PT. Tambang Raya Lestari ditandatangani di SDN 3 Ampana bersama LSM Suara Desa dan Aliansi Petani Lestari.",
    );
    let orgs = org_texts(&e);
    for expected in [
        "PT. Tambang Raya Lestari",
        "LSM Suara Desa",
        "Aliansi Petani Lestari",
    ] {
        assert!(orgs.contains(&expected), "{expected} not in {orgs:?}");
    }
    assert!(orgs.iter().any(|o| o.starts_with("SDN 3")), "{orgs:?}");
}

#[test]
fn datelines_of_towns_the_gazetteer_lacks() {
    let text = "Judul Berita Hari Ini\nTIROSOMBA (AR) – Sebanyak dua ratus warga menerima bantuan beras.\n";
    let e = analyze(text);
    let r: Vec<_> = e
        .iter()
        .filter_map(|x| Some((x.text, x.region()?.code.clone())))
        .collect();
    assert_eq!(r, [("TIROSOMBA", None)]);
    let e = analyze("KABARSULTRA.COM, WOLASI – Dua desa terendam banjir sejak pekan lalu.");
    assert!(e.iter().any(|x| x.text == "WOLASI" && x.region().is_some()));
    // A medium's name is no town.
    let e = analyze("RADAR TOMINI – Pemerintah provinsi bersiap menggelar rapat besar.");
    assert!(e.iter().all(|x| x.text != "RADAR TOMINI"));
}

#[test]
fn a_lower_case_regency_after_a_lower_case_regional_title() {
    let e = analyze(
        "Warga berterima kasih kepada bupati banggai dan gubernur sulteng atas bantuan itu.",
    );
    let r: Vec<_> = e
        .iter()
        .filter_map(|x| Some((x.text, x.region()?.code.as_deref()?.to_string())))
        .collect();
    assert_eq!(
        r,
        [
            ("banggai", "72.01".to_string()),
            ("sulteng", "72".to_string())
        ]
    );
    // Not a village that is also a word.
    let e = analyze("Pesan bupati agar warga menjaga kebersihan.");
    assert!(e.iter().all(|x| x.region().is_none()));
}

#[test]
fn a_function_word_and_a_city_hall_are_not_villages() {
    // "Pada" is a village of Poso as well as "on"; "Balai Kota" is the city
    // hall, the city is the word after it.
    let e = analyze("DPRD Kabupaten Poso, Pada Kamis menggelar rapat di Balai Kota Palu.");
    let r: Vec<&str> = e
        .iter()
        .filter(|x| x.region().is_some())
        .map(|x| x.text)
        .collect();
    assert_eq!(r, ["Poso", "Palu"]);
    let e = analyze("Warga Desa Pada menerima bantuan.");
    assert!(e.iter().any(|x| x.text == "Pada" && x.region().is_some()));
}

#[test]
fn a_place_word_or_a_listed_region_vouches_for_a_name_that_is_also_a_word() {
    let e = analyze("Harga beras naik di Medan dan di Jabar, juga di Jateng dan Jabar.");
    let r: Vec<&str> = e
        .iter()
        .filter(|x| x.region().is_some())
        .map(|x| x.text)
        .collect();
    assert_eq!(r, ["Medan", "Jabar", "Jateng", "Jabar"]);
    // "Pati Bareskrim" is a high-ranking officer's post, not the regency.
    let e = analyze("Ia dipindahkan ke Pati Bareskrim Polri.");
    assert!(e.iter().all(|x| x.text != "Pati"));
}

#[test]
fn villages_the_gazetteer_lacks_listed_with_their_district_after_them() {
    let text = "Kampung yang dimekarkan yakni:\n1. Sawi Ombo, Distrik Wania Barat\n2. Taroma, Distrik Wania Barat\nKepala Kampung Taroma hadir.";
    let e = analyze(text);
    let villages: Vec<&str> = e
        .iter()
        .filter(|x| {
            x.region()
                .is_some_and(|r| r.level == Some(warta::Level::Village))
        })
        .map(|x| x.text)
        .collect();
    assert_eq!(villages, ["Sawi Ombo", "Taroma", "Taroma"]);
}

#[test]
fn region_names_inside_media_names_are_no_regions() {
    let text = "LUWUK POST – Warga Banggai menerima bantuan. Kendari (Antara Sultra) - Bupati Konawe hadir. NUANSA SULTRA melaporkan hal itu.";
    let e = analyze(text);
    let r: Vec<&str> = e
        .iter()
        .filter(|x| x.region().is_some())
        .map(|x| x.text)
        .collect();
    assert_eq!(r, ["Banggai", "Kendari", "Konawe"]);
}

#[test]
fn more_short_forms_and_titles_of_local_news() {
    let e = analyze("Bupati Parmout dan Sekot Palu Irmayanti Lamba meninjau banjir; KBO Satlantas Polres Sigi Iptu Budi Lamba hadir.");
    assert!(e.iter().any(
        |x| x.text == "Parmout" && x.region().and_then(|r| r.code.as_deref()) == Some("72.08")
    ));
    let titles: Vec<&str> = e
        .iter()
        .filter_map(|x| x.official())
        .map(|o| o.title.as_str())
        .collect();
    assert_eq!(
        titles,
        ["Sekretaris Daerah", "Kepala Urusan Pembinaan Operasional"]
    );
    // "bernama" between an office and its holder.
    let e = analyze("Kepala Desa Tiu bernama Yohanis Rombe menerima bantuan.");
    assert_eq!(
        e.iter().find_map(|x| x.official().map(|_| x.text)),
        Some("Yohanis Rombe")
    );
}

#[test]
fn a_regency_or_province_misspelt_by_one_letter_after_its_level_word() {
    let e = analyze("Warga Kabupaten Kanawe Utara dan Provinsi Sulewesi Tengah hadir. Pabrik dibangun di Morowaly Utara.");
    let r: Vec<(&str, &str)> = e
        .iter()
        .filter_map(|x| Some((x.text, x.region()?.code.as_deref()?)))
        .collect();
    assert_eq!(
        r,
        [
            ("Kanawe Utara", "74.09"),
            ("Sulewesi Tengah", "72"),
            ("Morowaly Utara", "72.12")
        ]
    );
    // A short word after "di" is left alone.
    let e = analyze("Ia tinggal di Palo.");
    assert!(e.iter().all(|x| x.region().is_none()));
}

#[test]
fn a_role_with_a_bare_unit_and_new_offices() {
    // A role and a unit written without its region make a known title.
    let e = analyze("Waka Polres Kompol Rahmat Sule memimpin apel.");
    assert_eq!(title_of(&e, "Rahmat Sule"), "Wakil Kepala Kepolisian Resor");
    let e = analyze("Kabinda Sulteng Brigjen TNI Arif Lamba hadir.");
    assert_eq!(
        title_of(&e, "Arif Lamba"),
        "Kepala Badan Intelijen Negara Daerah"
    );
    let e = analyze("Kasubsi Penuntutan Kejari Poso, Yunus Tahir mengatakan.");
    assert!(title_of(&e, "Yunus Tahir").starts_with("Kepala Subseksi"));
    let e = analyze("Wakil Ketua Deprov Gorontalo Rudi Pakaya memimpin rapat.");
    assert_eq!(title_of(&e, "Rudi Pakaya"), "Wakil Ketua DPRD");
    // "Kaur" is a village office before its field, not the regency.
    let e = analyze("Mantan Kaur Keuangan desa itu ditahan.");
    assert_eq!(region_code(&e, "Kaur"), None);
}

#[test]
fn ad_hoc_judges_and_the_disaster_agencys_spokesman() {
    let e = analyze("Majelis terdiri dari Hakim Andi Lolo dan Rudi Sule SH (Hakim Ad-Hoc).");
    assert_eq!(title_of(&e, "Rudi Sule"), "Hakim Ad Hoc");
    let e = analyze(
        "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Yusuf Lamba melaporkan banjir.",
    );
    assert!(title_of(&e, "Yusuf Lamba").starts_with("Kepala Pusat Data, Informasi"));
}

#[test]
fn commissions_without_their_legislature_and_bodies_by_acronym() {
    // A numbered commission is the DPRD's.
    let e = analyze("Kunjungan dipimpin Ketua Komisi II, Yohan Tandi, bersama anggota.");
    assert_eq!(title_of(&e, "Yohan Tandi"), "Ketua Komisi DPRD");
    // A fused role with a bare acronym is normalised with the body's long form.
    let e = analyze("Kadis Dikmudora, Ahmad Lasa hadir.");
    assert_eq!(
        title_of(&e, "Ahmad Lasa"),
        "Kepala Dinas Pendidikan, Pemuda dan Olahraga"
    );
    let e = analyze("Kasat Intel Polres Poso, Iptu Yusuf Lamba hadir.");
    assert_eq!(
        title_of(&e, "Yusuf Lamba"),
        "Kepala Satuan Intelijen Keamanan"
    );
    let e = analyze("Danpos AL Bungku Serma Malik Tahir hadir.");
    assert_eq!(title_of(&e, "Malik Tahir"), "Komandan Pos Angkatan Laut");
}

#[test]
fn every_countrys_head_of_state_and_lower_case_commissions() {
    // A country after a title is no name, in any case.
    let e = analyze("presiden moldova , andrei lupu menuduh penguasa setempat .");
    assert_eq!(holder_names(&e), ["andrei lupu"]);
    let e = analyze("Presiden Malawi Peter Banda hadir dalam forum itu.");
    assert_eq!(holder_names(&e), ["Peter Banda"]);
    // "komisi i": a single-letter numeral after a unit word.
    let e = analyze("sidang dipimpin ketua komisi i dprd poso yusuf lamba .");
    assert_eq!(holder_names(&e), ["yusuf lamba"]);
}

#[test]
fn national_bodies_regional_offices_and_variant_names() {
    // A national body's region names its office there.
    let e = analyze(
        "Kepala Kemenag Bulukumba Andi Lolo dan Kepala KPPU Balikpapan, Yusuf Lamba hadir.",
    );
    assert_eq!(org_texts(&e), ["Kemenag Bulukumba", "KPPU Balikpapan"]);
    // Not the police or the army, whose commands have names of their own.
    let e = analyze("Hadir Perwira Penghubung TNI Wakatobi dan jajaran.");
    assert!(
        !org_texts(&e).contains(&"TNI Wakatobi"),
        "{:?}",
        org_texts(&e)
    );
    assert_eq!(region_code(&e, "Wakatobi"), Some("74.07"));
    let e = analyze("Wisatawan memadati objek wisata di Tanah Toraja pekan lalu.");
    assert_eq!(region_code(&e, "Tanah Toraja"), Some("73.18"));
    let e = analyze("Kepala Dinas Pemberdayaan Masyarakat Desa Poso, Rina Lolo, hadir.");
    assert_eq!(
        title_of(&e, "Rina Lolo"),
        "Kepala Dinas Pemberdayaan Masyarakat dan Desa"
    );
    let e = analyze("Staf Khusus Gubernur Yusran Tahir memberikan keterangan.");
    assert_eq!(title_of(&e, "Yusran Tahir"), "Staf Khusus Gubernur");
}

#[test]
fn a_bodys_field_may_end_with_a_level_word() {
    // "Desa" ends the field of this body; it does not make it a kind.
    let e = analyze("Kepala Dinas Pemberdayaan Masyarakat Desa (PMD), Rina Lolo, menjelaskan.");
    assert_eq!(org_texts(&e), ["Dinas Pemberdayaan Masyarakat Desa", "PMD"]);
    // A head and a level word alone are a kind of body, one in every place.
    let e = analyze("Panwaslu Kecamatan yang hadir menerima arahan.");
    assert!(org_texts(&e).is_empty(), "{:?}", org_texts(&e));
}

#[test]
fn abbreviated_ranks_and_variant_short_forms() {
    let e = analyze("Danrem 132/Tadulako, Kol. Inf Yusuf Lamba hadir.");
    assert_eq!(holder_names(&e), ["Yusuf Lamba"]);
    let e = analyze("Kepala Bapeda Rudi Lolo dan Ketua KIP Sulteng Andi Sule hadir.");
    assert_eq!(
        title_of(&e, "Rudi Lolo"),
        "Kepala Badan Perencanaan Pembangunan Daerah"
    );
    assert_eq!(title_of(&e, "Andi Sule"), "Ketua Komisi Informasi");
}

#[test]
fn gubenur_is_a_frequent_misspelling_of_gubernur() {
    let a = warta::Analyzer::new();
    assert_eq!(
        a.titles().lookup("Gubenur").unwrap().canonical(),
        "Gubernur"
    );
    assert_eq!(
        a.titles().lookup("Wakil Gubenur").unwrap().canonical(),
        "Wakil Gubernur"
    );
}

#[test]
fn regional_offices_fields_written_as_one_word_are_spelled_out() {
    let e = warta::Analyzer::new()
        .entities("Hadir Kadis Dikda Sulut Rudi Lolo dan Kadis P3A Yusuf Tandi.");
    assert_eq!(title_of(&e, "Rudi Lolo"), "Kepala Dinas Pendidikan Daerah");
    assert_eq!(
        title_of(&e, "Yusuf Tandi"),
        "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
    );
}

#[test]
fn the_national_parliament_written_with_a_hyphen() {
    let e = warta::Analyzer::new()
        .entities("Rapat Komisi IV DPR-RI dihadiri Anggota DPR-RI Rudi Lolo.");
    assert_eq!(org_texts(&e), ["Komisi IV DPR-RI", "DPR-RI"]);
    assert_eq!(title_of(&e, "Rudi Lolo"), "Anggota DPR RI");
}

#[test]
fn a_dotted_public_administration_degree_ends_the_name() {
    let e = warta::Analyzer::new().entities("Kepala Desa Rudi Lolo S.A.P yang hadir.");
    assert_eq!(title_of(&e, "Rudi Lolo"), "Kepala Desa");
}
