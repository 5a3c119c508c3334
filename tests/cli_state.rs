//! `callguard state install|rotate|show` and `--state` through the built binary, including
//! several processes installing into one directory at once.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use callguard::signing::{self, SigningKey, TrustRoot};
use support::{code, json, run, s, scratch, stderr, stdout};

const ID: &str = "cli-state";

fn key(name: &str) -> SigningKey {
    SigningKey::from_pem(&std::fs::read(key_file(name, "key")).unwrap()).unwrap()
}

fn key_file(name: &str, ext: &str) -> PathBuf {
    support::fixture(&format!("signing/keys/{name}.{ext}"))
}

/// Version `version`, signed by `signer`, written into `dir`.
fn signed(dir: &Path, version: u64, signer: &str) -> PathBuf {
    let payload = support::registry_json(ID, version, "+18882211161");
    let path = dir.join(format!("v{version}-{signer}.signed.json"));
    let envelope = signing::sign_registry(payload.as_bytes(), &[&key(signer)]);
    std::fs::write(&path, envelope.to_json()).unwrap();
    path
}

fn install(state: &Path, file: &Path) -> std::process::Output {
    let a = key_file("a", "pub");
    run(&[
        "state",
        "install",
        "--dir",
        s(state),
        "--trust",
        s(&a),
        "--registry-id",
        ID,
        s(file),
    ])
}

#[test]
fn install_show_check_and_refuse_a_rollback() {
    let work = scratch("cli-state");
    let state = work.join("state");
    let out = install(&state, &signed(&work, 2, "a"));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("version 2 installed"),
        "{}",
        stdout(&out)
    );
    // The same registry again: already in force, exit 0; an older one: refused, exit 2.
    let out = install(&state, &signed(&work, 2, "a"));
    assert_eq!(code(&out), 0);
    assert!(
        stdout(&out).contains("already in force"),
        "{}",
        stdout(&out)
    );
    let out = install(&state, &signed(&work, 1, "a"));
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("rollback"), "{}", stderr(&out));
    // Signed by a key the directory does not trust: refused.
    let out = install(&state, &signed(&work, 3, "b"));
    assert_eq!(code(&out), 2, "{}", stdout(&out));

    let v = json(&run(&["state", "show", "--dir", s(&state), "--json"]));
    assert_eq!(v["registry_id"], ID);
    assert_eq!(v["version"], 2);
    assert_eq!(v["floor"], 2);
    assert_eq!(v["expires_at"], "2036-11-01T00:00:00Z");
    assert_eq!(v["root_version"], 1);
    assert_eq!(v["recovered_from"], serde_json::Value::Null);

    let v = json(&run(&[
        "check",
        "--json",
        "--state",
        s(&state),
        "+1 888 221 1161",
    ]));
    assert_eq!(v["verdict"], "official");
    assert_eq!(v["registry_id"], ID);
    assert_eq!(v["registry_version"], 2);

    // Damage: the stored registry truncated; show says what it recovered from.
    let stored = state.join(callguard::state::REGISTRY_FILE);
    std::fs::write(&stored, b"{\"payloadType\":").unwrap();
    let out = run(&["state", "show", "--dir", s(&state), "--json"]);
    assert_eq!(code(&out), 2, "nothing else is stored: {}", stdout(&out));
    let out = install(&state, &signed(&work, 2, "a"));
    assert_eq!(
        code(&out),
        0,
        "the lost version can be installed again: {}",
        stderr(&out)
    );
    assert!(stdout(&out).contains("installed"), "{}", stdout(&out));
}

#[test]
fn rotate_moves_the_directory_to_the_new_keys() {
    let work = scratch("cli-state-rotate");
    let state = work.join("state");
    assert_eq!(code(&install(&state, &signed(&work, 1, "a"))), 0);
    let next = TrustRoot::new(2, 1, vec![key("c").public_key()]).unwrap();
    let rotation = work.join("root-v2.signed.json");
    std::fs::write(&rotation, next.sign(&[&key("a"), &key("c")]).to_json()).unwrap();
    let out = run(&["state", "rotate", "--dir", s(&state), s(&rotation)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // Now only c's signatures count: the stored registry, signed by a, no longer verifies
    // (until one signed by the new keys is installed), and a's new ones are refused.
    assert_eq!(
        code(&run(&["state", "show", "--dir", s(&state), "--json"])),
        2
    );
    assert_eq!(code(&install(&state, &signed(&work, 2, "a"))), 2);
    assert_eq!(code(&install(&state, &signed(&work, 2, "c"))), 0);
    assert_eq!(
        json(&run(&["state", "show", "--dir", s(&state), "--json"]))["root_version"],
        2
    );
    // A forged rotation is refused and changes nothing.
    let forged = TrustRoot::new(3, 1, vec![key("b").public_key()]).unwrap();
    std::fs::write(&rotation, forged.sign(&[&key("b")]).to_json()).unwrap();
    assert_eq!(
        code(&run(&["state", "rotate", "--dir", s(&state), s(&rotation)])),
        2
    );
    assert_eq!(
        json(&run(&["state", "show", "--dir", s(&state), "--json"]))["root_version"],
        2
    );
}

#[test]
fn processes_installing_at_once_never_lower_the_floor() {
    let work = scratch("cli-state-race");
    let state = work.join("state");
    assert_eq!(code(&install(&state, &signed(&work, 1, "a"))), 0);
    let files: Vec<PathBuf> = (2..=25).map(|v| signed(&work, v, "a")).collect();
    let a = key_file("a", "pub");
    // Every version in its own process, all at once, newest first and oldest first.
    let children: Vec<_> = files
        .iter()
        .chain(files.iter().rev())
        .map(|f| {
            Command::new(env!("CARGO_BIN_EXE_callguard"))
                .args(["state", "install", "--dir", s(&state), "--trust", s(&a)])
                .args(["--registry-id", ID, s(f)])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        child.wait().unwrap();
    }
    let v = json(&run(&["state", "show", "--dir", s(&state), "--json"]));
    assert_eq!(v["version"], 25);
    assert_eq!(v["floor"], 25);
    assert_eq!(v["problems"], serde_json::json!([]));
}
