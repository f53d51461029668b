//! Entities serialised to JSON read back as `OwnedEntity`, equal to the originals.

use warta::{Analyzer, OwnedEntity};

#[test]
fn json_round_trip_of_every_kind() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/morowali.txt"
    ))
    .unwrap();
    let extra = " Warga \"Kota Palu\" dan Bone (ambigu) 🙂. Desa Bente, kata Plt Bupati Poso Verna Inkiriwang.";
    let text = text + extra;
    let entities = Analyzer::new().entities(&text);
    for kind in ["official", "region", "organization"] {
        assert!(
            entities.iter().any(|e| e.kind.as_str() == kind),
            "no {kind}"
        );
    }
    let json = serde_json::to_string(&entities).unwrap();
    let back: Vec<OwnedEntity> = serde_json::from_str(&json).unwrap();
    let owned: Vec<OwnedEntity> = entities.iter().cloned().map(OwnedEntity::from).collect();
    assert_eq!(back, owned);
    // The owned type writes the same JSON as the borrowed one.
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
}
