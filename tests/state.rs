//! Device state: a guard opened from a directory keeps what rollback protection needs across
//! restarts, survives a crash at every write step, falls back from damaged files and says so,
//! and two writers on one directory never lose an update or lower the floor.

mod support;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use callguard::guard::{CallGuard, RegistrySource, StateProblem, UpdateError};
use callguard::signing::{self, Policy, PolicyError, SigningKey, TrustRoot, VerifyError};
use callguard::state::{Store, WriteStep, FLOOR_FILES, PREVIOUS_FILE, REGISTRY_FILE};

const ID: &str = "state-test";

fn key(name: &str) -> SigningKey {
    let path = support::repo()
        .join("tests/fixtures/signing/keys")
        .join(format!("{name}.key"));
    SigningKey::from_pem(&std::fs::read(path).unwrap()).unwrap()
}

fn root() -> TrustRoot {
    TrustRoot::from_keys(vec![key("a").public_key()], 1).unwrap()
}

fn policy() -> Policy {
    Policy::for_registry(ID).at(1_800_000_000)
}

/// Version `version` of the test series, signed by key a (the number's last digit varies).
fn signed(version: u64) -> Vec<u8> {
    let number = format!("+1888221116{}", version % 10);
    let payload = support::registry_json(ID, version, &number);
    signing::sign_registry(payload.as_bytes(), &[&key("a")]).to_json()
}

/// The registry shipped with the app: version 1.
fn shipped() -> Vec<u8> {
    signed(1)
}

fn open(dir: &Path) -> (CallGuard, callguard::guard::StateReport) {
    CallGuard::open_state(dir, root(), policy(), &shipped()).unwrap()
}

fn fresh(name: &str) -> PathBuf {
    support::scratch(&format!("state-{name}"))
}

#[test]
fn an_update_survives_a_restart_and_a_rollback_stays_refused() {
    let dir = fresh("restart");
    let (guard, report) = open(&dir);
    assert_eq!(report.source, RegistrySource::Shipped);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(guard.info().version, 1);
    guard.update(&signed(3)).unwrap();
    drop(guard);

    let (guard, report) = open(&dir);
    assert_eq!(report.source, RegistrySource::Stored);
    assert_eq!(guard.info().version, 3);
    assert_eq!(report.floor, Some(3));
    // An older, validly signed registry is a rollback, before and after the restart.
    assert!(matches!(
        guard.update(&signed(2)),
        Err(UpdateError::Verify(VerifyError::Policy(
            PolicyError::Rollback { .. }
        )))
    ));
    guard.update(&signed(4)).unwrap();
    assert_eq!(open(&dir).0.info().version, 4);
}

#[test]
fn a_damaged_registry_file_falls_back_and_is_reported() {
    let dir = fresh("damaged");
    let (guard, _) = open(&dir);
    guard.update(&signed(2)).unwrap();
    guard.update(&signed(3)).unwrap();
    drop(guard);
    // Truncated: the previous copy (version 2) answers, below the floor (3), reported; the
    // floor is not lowered, and the lost version 3 can be installed again.
    let current = dir.join(REGISTRY_FILE);
    let bytes = std::fs::read(&current).unwrap();
    std::fs::write(&current, &bytes[..bytes.len() / 2]).unwrap();
    let (guard, report) = open(&dir);
    assert_eq!(report.source, RegistrySource::PreviousCopy);
    assert_eq!(guard.info().version, 2);
    assert_eq!(report.floor, Some(3));
    assert!(report.below_floor());
    assert!(matches!(
        &report.problems[0],
        StateProblem::RegistryRefused { file, .. } if file == REGISTRY_FILE
    ));
    assert!(
        guard.update(&signed(2)).is_ok(),
        "re-delivery of the one in force"
    );
    guard.update(&signed(3)).unwrap();
    drop(guard);
    let (guard, report) = open(&dir);
    assert_eq!(
        (guard.info().version, report.source),
        (3, RegistrySource::Stored)
    );

    // Both stored copies gone: the shipped registry answers; the floor stays.
    std::fs::remove_file(dir.join(REGISTRY_FILE)).unwrap();
    std::fs::write(dir.join(PREVIOUS_FILE), b"{not json").unwrap();
    let (guard, report) = open(&dir);
    assert_eq!(report.source, RegistrySource::Shipped);
    assert_eq!(guard.info().version, 1);
    assert_eq!(report.floor, Some(3));
    assert!(guard.update(&signed(2)).is_err(), "still below the floor");
}

#[test]
fn the_floor_survives_losing_a_floor_file_and_a_swapped_registry_file() {
    let dir = fresh("floor");
    let (guard, _) = open(&dir);
    guard.update(&signed(5)).unwrap();
    drop(guard);
    // One floor file corrupted, the registry replaced by an older validly signed one (what a
    // rollback through the file system looks like).
    std::fs::write(dir.join(FLOOR_FILES[0]), b"garbage").unwrap();
    std::fs::write(dir.join(REGISTRY_FILE), signed(2)).unwrap();
    let (guard, report) = open(&dir);
    assert_eq!(report.floor, Some(5));
    assert!(report
        .problems
        .iter()
        .any(|p| matches!(p, StateProblem::FloorUnreadable { .. })));
    assert!(report.problems.iter().any(|p| matches!(
        p,
        StateProblem::BelowFloor {
            version: 2,
            floor: 5,
            ..
        }
    )));
    // The same version as the floor with another payload is refused at start-up too.
    let forged = signing::sign_registry(
        &String::from_utf8(
            signing::Envelope::from_json(&signed(5), 1 << 20)
                .unwrap()
                .payload()
                .to_vec(),
        )
        .unwrap()
        .replace("+18882211165", "+18882211199")
        .into_bytes(),
        &[&key("a")],
    )
    .to_json();
    std::fs::write(dir.join(REGISTRY_FILE), &forged).unwrap();
    let (_, report) = open(&dir);
    assert!(report
        .problems
        .iter()
        .any(|p| matches!(p, StateProblem::FloorConflict { version: 5, .. })));
    assert!(matches!(
        guard.update(&forged),
        Err(UpdateError::VersionConflict { version: 5 })
    ));
}

#[test]
fn a_crash_at_any_write_step_leaves_the_old_state_or_the_new_one() {
    let steps = [
        WriteStep::TempWritten,
        WriteStep::TempSynced,
        WriteStep::PreviousKept,
        WriteStep::Renamed,
        WriteStep::Durable,
    ];
    let files = [REGISTRY_FILE, FLOOR_FILES[0], FLOOR_FILES[1]];
    let mut crashes = 0;
    for file in files {
        for step in steps {
            let dir = fresh(&format!("crash-{}-{step:?}", file.replace('.', "_")));
            let (guard, _) = open(&dir);
            guard.update(&signed(2)).unwrap();
            drop(guard);
            let target = file.to_string();
            let store = Store::open(&dir)
                .unwrap()
                .with_faults(move |f, s| f == target && s == step);
            let (guard, _) =
                CallGuard::open_store(store, root(), policy(), Some(&shipped())).unwrap();
            match guard.update(&signed(3)) {
                Err(UpdateError::State(_)) => {
                    crashes += 1;
                    assert_eq!(guard.info().version, 2, "nothing changes in memory");
                }
                Ok(_) => {} // the step never happens for this file (no previous floor copy…)
                Err(other) => panic!("{file} {step:?}: {other}"),
            }
            drop(guard);
            // After the "crash": the old registry or the new one, and never a lower floor.
            let (guard, report) = open(&dir);
            let version = guard.info().version;
            assert!(version == 2 || version == 3, "{file} {step:?}: {version}");
            assert!(
                report.floor >= Some(2),
                "{file} {step:?}: {:?}",
                report.floor
            );
            assert!(!report.below_floor(), "{file} {step:?}: {report:?}");
            // Whatever happened, the update can be completed.
            guard.update(&signed(3)).unwrap();
            let (guard, report) = open(&dir);
            assert_eq!((guard.info().version, report.floor), (3, Some(3)));
        }
    }
    assert!(crashes >= 12, "only {crashes} crash points were reached");
}

#[test]
fn an_unwritable_directory_is_a_clear_error_and_the_registry_keeps_working() {
    let dir = fresh("unwritable");
    let (guard, _) = open(&dir);
    // A directory where the temporary file must go: every write fails, even as root.
    std::fs::create_dir(dir.join(format!("{REGISTRY_FILE}.tmp"))).unwrap();
    let err = guard.update(&signed(2)).unwrap_err();
    assert!(matches!(err, UpdateError::State(_)), "{err}");
    assert!(err.to_string().contains("cannot write"), "{err}");
    assert_eq!(guard.info().version, 1);
    assert_eq!(
        guard.check("+18882211161", &Default::default()).verdict,
        callguard::verdict::Verdict::Official
    );
}

#[test]
fn root_rotations_persist_and_govern_after_a_restart() {
    let dir = fresh("rotation");
    let (guard, _) = open(&dir);
    let next = TrustRoot::new(2, 1, vec![key("c").public_key()]).unwrap();
    let rotation = next.sign(&[&key("a"), &key("c")]).to_json();
    assert_eq!(guard.rotate_root(&rotation).unwrap(), 2);
    drop(guard);
    // The app still ships root 1; the stored rotation brings it to 2 at start-up.
    let (guard, report) = open(&dir);
    assert_eq!(report.root_version, 2);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let by_c = |v: u64| {
        let payload = signing::Envelope::from_json(&signed(v), 1 << 20)
            .unwrap()
            .payload()
            .to_vec();
        signing::sign_registry(&payload, &[&key("c")]).to_json()
    };
    assert!(
        guard.update(&signed(2)).is_err(),
        "a's key is no longer trusted"
    );
    guard.update(&by_c(2)).unwrap();
    // A tampered rotation file is reported and not applied.
    std::fs::write(
        std::fs::read_dir(dir.join("rotations"))
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path(),
        b"{}",
    )
    .unwrap();
    let (_, report) = open(&dir);
    assert_eq!(report.root_version, 1);
    assert!(report
        .problems
        .iter()
        .any(|p| matches!(p, StateProblem::RotationRefused { .. })));
}

#[test]
fn two_writers_on_one_directory_lose_nothing_and_never_lower_the_floor() {
    let dir = fresh("race");
    let (a, _) = open(&dir);
    let (b, _) = open(&dir);
    let (a, b) = (Arc::new(a), Arc::new(b));
    let envelopes: Arc<Vec<Vec<u8>>> = Arc::new((0..=40).map(signed).collect());
    let writers: Vec<_> = [(a, 0u64), (b, 1u64)]
        .into_iter()
        .map(|(guard, parity)| {
            let envelopes = envelopes.clone();
            std::thread::spawn(move || {
                for v in (2..=40).filter(|v| v % 2 == parity) {
                    // Either writer may be ahead: an update below the floor on disk is refused.
                    let _ = guard.update(&envelopes[v as usize]);
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let (guard, report) = open(&dir);
    assert_eq!(report.source, RegistrySource::Stored);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.floor, Some(guard.info().version));
    assert!(guard.info().version >= 39, "{}", guard.info().version);
}

#[test]
fn a_floor_naming_the_shipped_version_with_another_payload_still_leaves_a_registry() {
    // Found by fuzzing (fuzz/fuzz_targets/state_load.rs): a floor record with the shipped
    // registry's version but another payload hash, and nothing else usable, refused every
    // candidate, so the app could not start. The shipped registry answers, reported, and the
    // floor stays.
    let dir = fresh("floor-conflict");
    let floor = format!(
        r#"{{"registry_id": "{ID}", "version": 1, "payload_sha256": "{}"}}"#,
        "0".repeat(64)
    );
    for name in FLOOR_FILES {
        std::fs::write(dir.join(name), &floor).unwrap();
    }
    std::fs::write(dir.join(PREVIOUS_FILE), b"{}").unwrap();
    let (guard, report) = open(&dir);
    assert_eq!(report.source, RegistrySource::Shipped);
    assert_eq!(guard.info().version, 1);
    assert!(report.below_floor(), "{report:?}");
    assert!(report
        .problems
        .iter()
        .any(|p| matches!(p, StateProblem::FloorConflict { version: 1, .. })));
    assert_eq!(report.floor, Some(1));
    // The floor's own version with the recorded payload is what an update must bring.
    assert!(guard.update(&signed(2)).is_ok());
}
