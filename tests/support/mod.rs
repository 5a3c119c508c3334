//! Helpers shared by the integration tests: registries verified as an app would see them, and
//! the `callguard` binary run as a program. Each test file uses part of it.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use callguard::registry::RegistryError;
use callguard::signing::{self, Policy, SigningKey, TrustRoot, VerifiedRegistry, VerifyError};

/// The one test signing key (generated once per process).
fn test_key() -> &'static SigningKey {
    static KEY: OnceLock<SigningKey> = OnceLock::new();
    KEY.get_or_init(|| SigningKey::generate().expect("ring generates a key").0)
}

/// Registry JSON signed with the test key and verified with the clock at 1970 (expiry is the policy tests' concern), the only
/// way to a registry that checks and lookups accept; a schema problem comes back as itself.
pub(crate) fn load(json: &[u8]) -> Result<VerifiedRegistry, RegistryError> {
    let key = test_key();
    let root = TrustRoot::from_keys(vec![key.public_key()], 1).expect("one key, threshold 1");
    let envelope = signing::sign_registry(json, &[key]).to_json();
    match signing::verify(&envelope, &root, &Policy::default().at(0)) {
        Ok(v) => Ok(v),
        Err(VerifyError::Registry(e)) => Err(e),
        Err(other) => panic!("test registry refused for another reason: {other}"),
    }
}

/// [`load`] for JSON that must be valid.
pub(crate) fn verified(json: &[u8]) -> VerifiedRegistry {
    load(json).unwrap_or_else(|e| panic!("test registry is invalid: {e}"))
}

/// A one-provider registry (PayPal, one voice `number`) of series `id` at `version`,
/// valid from 2026-11-01 to 2036-11-01.
pub(crate) fn registry_json(id: &str, version: u64, number: &str) -> String {
    format!(
        r#"{{"schema": 1, "registry_id": "{id}", "version": {version},
  "issued_at": "2026-11-01T00:00:00Z", "expires_at": "2036-11-01T00:00:00Z",
  "providers": [{{"id": "paypal", "names": {{"zh-Hans": "贝宝", "en": "PayPal"}},
    "website": "https://www.paypal.com",
    "numbers": [{{"number": "{number}", "channels": ["voice"], "purposes": ["callback"],
                  "source": "https://www.paypal.com/contact"}}]}}]}}"#
    )
}

/// The repository root.
pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under `tests/fixtures/`.
pub(crate) fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures").join(name)
}

/// A fresh scratch directory for one test, under the target directory.
pub(crate) fn scratch(name: &str) -> PathBuf {
    let dir = repo().join("target/test-scratch").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A path as `&str` for an argument list.
pub(crate) fn s(p: &Path) -> &str {
    p.to_str().expect("test paths are UTF-8")
}

/// Runs the `callguard` binary with `args`, feeding `stdin` if given.
pub(crate) fn run_with(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_callguard"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the callguard binary runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    child.wait_with_output().unwrap()
}

/// Runs the `callguard` binary with `args` and no input.
pub(crate) fn run(args: &[&str]) -> Output {
    run_with(args, None)
}

/// The exit status (-1 if killed by a signal).
pub(crate) fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

/// Standard output as text.
pub(crate) fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error as text.
pub(crate) fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Standard output parsed as JSON, after checking the run exited 0.
pub(crate) fn json(out: &Output) -> serde_json::Value {
    assert_eq!(code(out), 0, "stderr: {}", stderr(out));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}
