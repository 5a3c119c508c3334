//! Opening a device state directory whose files are arbitrary bytes (a damaged, truncated or
//! tampered-with directory): never panics, always ends with a registry that verified (at worst
//! the shipped one), and never lowers the floor that was on disk.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use callguard::guard::CallGuard;
use callguard::signing::{demo_trust_root, Policy, VerifiedRegistry, DEMO_REGISTRY_ID};
use callguard::state::{Store, FLOOR_FILES, PREVIOUS_FILE, REGISTRY_FILE};
use libfuzzer_sys::fuzz_target;

/// The files an input may fill, in the order its chunks fill them.
const FILES: [&str; 5] = [
    REGISTRY_FILE,
    PREVIOUS_FILE,
    FLOOR_FILES[0],
    FLOOR_FILES[1],
    "rotations/00000000000000000002.signed.json",
];

fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| std::env::temp_dir().join(format!("callguard-fuzz-state-{}", std::process::id())))
}

fuzz_target!(|data: &[u8]| {
    let dir = dir();
    let _ = std::fs::remove_dir_all(dir);
    let store = Store::open(dir).expect("temp dir");
    // Chunks separated by a 0xFF byte fill the files in order; a missing chunk leaves the
    // file absent, an empty one leaves it empty.
    for (name, chunk) in FILES.iter().zip(data.split(|&b| b == 0xFF)) {
        if !chunk.is_empty() || data.len() % 2 == 0 {
            std::fs::write(dir.join(name), chunk).expect("write");
        }
    }
    let (floor_before, _) = store.floor();
    let shipped = VerifiedRegistry::bundled_envelope();
    let opened = CallGuard::open_store(
        store.clone(),
        demo_trust_root().expect("demo root"),
        Policy::for_registry(DEMO_REGISTRY_ID),
        Some(shipped),
    );
    let (guard, report) = opened.expect("the shipped registry always verifies");
    // Whatever it came from, the registry in force is the demo series.
    assert_eq!(guard.info().registry_id, DEMO_REGISTRY_ID);
    // The floor on disk is never lowered.
    let (floor_after, _) = store.floor();
    if let Some(before) = floor_before.filter(|f| f.registry_id == DEMO_REGISTRY_ID) {
        let after = floor_after.expect("a floor was there");
        assert!(after.version >= before.version, "floor lowered: {before:?} -> {after:?}");
        assert_eq!(report.floor.map(|f| f >= before.version), Some(true));
    }
});
