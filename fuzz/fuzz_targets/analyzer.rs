//! The whole analyzer on arbitrary bytes that are UTF-8.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        warta_fuzz::check_text(text);
    }
});
