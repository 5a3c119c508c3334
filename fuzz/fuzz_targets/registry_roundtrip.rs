//! Registry documents: load checks against lint, and compaction.
//!
//! Input: registry JSON bytes.
//!
//! Properties: if `lint` reports nothing, `RegistryDoc::from_json` accepts (lint is at least
//! as strict as loading); an accepted document compacts to JSON that loads again and compacts
//! to the same document (compaction is stable); and compaction changes no number (`diff`
//! reports none added, removed or changed, and no provider added or removed).
#![no_main]

use callguard::registry::{audit::diff, compact, lint, RegistryDoc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let loaded = RegistryDoc::from_json(data);
    let problems = lint(data);
    if problems.is_empty() {
        assert!(loaded.is_ok(), "lint is clean but loading fails: {:?}", loaded.err());
    }
    let Ok(doc) = loaded else { return };

    let compacted = compact(&doc);
    let json = serde_json::to_vec(&compacted).expect("a document serializes");
    let reread = match RegistryDoc::from_json(&json) {
        Ok(d) => d,
        Err(e) => panic!(
            "the compact form does not load: {e}\n{}",
            String::from_utf8_lossy(&json)
        ),
    };
    assert_eq!(compact(&reread), compacted, "compaction is not stable");

    let d = diff(&doc, &compacted);
    assert!(d.numbers_added.is_empty(), "compaction added numbers: {d:?}");
    assert!(d.numbers_removed.is_empty(), "compaction removed numbers: {d:?}");
    assert!(d.numbers_changed.is_empty(), "compaction changed numbers: {d:?}");
    assert!(d.providers_added.is_empty() && d.providers_removed.is_empty(), "{d:?}");
});
