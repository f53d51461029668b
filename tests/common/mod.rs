//! Helpers for tests that read the project's shared development material
//! (`../shared` beside the repository). Where it is absent, as in a user's
//! own clone, those tests print why and pass without checking.

#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared/<rel>` if it exists, else `None` after printing a reason.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
        .join(rel);
    if path.exists() {
        Some(path)
    } else {
        eprintln!(
            "skipped: {} not found (the shared development set is not beside this clone)",
            path.display()
        );
        None
    }
}
