//! The whole analyzer on any bytes, made text with `from_utf8_lossy` (so
//! replacement characters sit among the words).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    warta_fuzz::check_text(&String::from_utf8_lossy(data));
});
