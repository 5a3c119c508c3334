//! `callguard registry …` end to end through the built binary: keygen → sign → verify →
//! tamper → verify fails with exit 2, and inspect, diff, lint, log, export, `--registry`.

mod support;

use std::path::PathBuf;

use support::{code, run, s, scratch, stderr, stdout};

/// A signing fixture (`tests/fixtures/signing/NAME`).
fn fixture(name: &str) -> PathBuf {
    support::fixture(&format!("signing/{name}"))
}

#[test]
fn keygen_sign_verify_tamper() {
    let dir = scratch("flow");
    let alice = dir.join("alice");
    let out = run(&["registry", "keygen", "--out", s(&alice)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let key = dir.join("alice.key");
    let public = dir.join("alice.pub");
    let secret = std::fs::read_to_string(&key).unwrap();
    assert!(secret.starts_with("-----BEGIN PRIVATE KEY-----"));
    // The private key is never printed.
    let body: String = secret.lines().nth(1).unwrap().to_string();
    assert!(!stdout(&out).contains(&body) && !stderr(&out).contains(&body));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "private key mode {mode:o}");
    }
    assert!(std::fs::read_to_string(&public)
        .unwrap()
        .starts_with("-----BEGIN PUBLIC KEY-----"));
    // No silent overwrite.
    let again = run(&["registry", "keygen", "--out", s(&alice)]);
    assert_eq!(code(&again), 2);
    assert_eq!(std::fs::read_to_string(&key).unwrap(), secret);

    let raw = fixture("registry-v1.json");
    let signed = dir.join("v1.signed.json");
    let out = run(&[
        "registry",
        "sign",
        "--key",
        s(&key),
        "--out",
        s(&signed),
        s(&raw),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(&["registry", "verify", "--trust", s(&public), s(&signed)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("valid"), "{}", stdout(&out));

    // Tamper: change one digit of the payload, re-encoded.
    let text = std::fs::read_to_string(&signed).unwrap();
    let mut env: serde_json::Value = serde_json::from_str(&text).unwrap();
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let payload = b64.decode(env["payload"].as_str().unwrap()).unwrap();
    let evil = String::from_utf8(payload)
        .unwrap()
        .replace("+18882211161", "+18882211162");
    env["payload"] = b64.encode(evil).into();
    let tampered = dir.join("tampered.signed.json");
    std::fs::write(&tampered, serde_json::to_vec(&env).unwrap()).unwrap();
    let out = run(&["registry", "verify", "--trust", s(&public), s(&tampered)]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("INVALID"), "{}", stderr(&out));
    assert!(stderr(&out).contains("valid signature"), "{}", stderr(&out));

    // Wrong key, threshold, rollback floor.
    let out = run(&[
        "registry",
        "verify",
        "--trust",
        s(&fixture("keys/a.pub")),
        s(&signed),
    ]);
    assert_eq!(code(&out), 2);
    let out = run(&[
        "registry",
        "verify",
        "--trust",
        s(&public),
        "--trust",
        s(&fixture("keys/b.pub")),
        "--threshold",
        "2",
        s(&signed),
    ]);
    assert_eq!(code(&out), 2, "{}", stdout(&out));
    let out = run(&[
        "registry",
        "verify",
        "--trust",
        s(&public),
        "--min-version",
        "2",
        s(&signed),
    ]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("rollback"), "{}", stderr(&out));

    // Countersigning an envelope meets a threshold of two.
    let both = dir.join("both.signed.json");
    let out = run(&[
        "registry",
        "sign",
        "--key",
        s(&fixture("keys/b.key")),
        "--out",
        s(&both),
        s(&signed),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(&[
        "registry",
        "verify",
        "--trust",
        s(&public),
        "--trust",
        s(&fixture("keys/b.pub")),
        "--threshold",
        "2",
        s(&both),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn sign_refuses_an_invalid_registry() {
    let dir = scratch("invalid");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, b"{\"schema\": 1}").unwrap();
    let sign = |out: &str, input: &std::path::Path| {
        let key = fixture("keys/a.key");
        run(&[
            "registry",
            "sign",
            "--key",
            s(&key),
            "--out",
            s(&dir.join(out)),
            s(input),
        ])
    };
    assert_eq!(code(&sign("x.json", &bad)), 2);
    assert!(!dir.join("x.json").exists());

    // A number that loads (known calling code, possible length) but that lint refuses as not
    // valid: signing runs the full lint, so it is refused too (audit finding).
    let text = std::fs::read_to_string(support::repo().join("data/registry.json")).unwrap();
    let not_valid = text.replace("+18882211161", "+11234567890");
    assert_ne!(text, not_valid);
    let bad = dir.join("not-valid.json");
    std::fs::write(&bad, not_valid).unwrap();
    let lint = run(&["registry", "lint", s(&bad)]);
    assert_eq!(code(&lint), 2, "{}", stdout(&lint));
    let out = sign("y.json", &bad);
    assert_eq!(code(&out), 2, "{}", stdout(&out));
    assert!(stderr(&out).contains("+11234567890"), "{}", stderr(&out));
    assert!(!dir.join("y.json").exists());
}

#[test]
fn inspect_shows_version_signers_and_counts() {
    let out = run(&[
        "registry",
        "inspect",
        "--trust",
        s(&fixture("keys/a.pub")),
        s(&fixture("v1-ab.signed.json")),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("version 1"), "{text}");
    assert!(text.contains("numbers 3"), "{text}");
    assert_eq!(text.matches("signature  key").count(), 2, "{text}");
    let out = run(&[
        "registry",
        "inspect",
        "--json",
        s(&fixture("v2.signed.json")),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 2);
    assert_eq!(v["provider_count"], 3);

    // One summary shape: every field `verify --json` gives, `inspect --json` (with the same
    // trust) gives with the same value.
    let (a, b, file) = (
        fixture("keys/a.pub"),
        fixture("keys/b.pub"),
        fixture("v1-ab.signed.json"),
    );
    let args = |command| {
        [
            "registry",
            command,
            "--json",
            "--trust",
            s(&a),
            "--trust",
            s(&b),
            s(&file),
        ]
    };
    let verified = support::json(&run(&args("verify")));
    let inspected = support::json(&run(&args("inspect")));
    let fields = verified.as_object().unwrap();
    assert!(fields.contains_key("provider_count") && fields.contains_key("signers"));
    for (field, value) in fields {
        assert_eq!(&inspected[field], value, "{field}");
    }
}

#[test]
fn diff_lists_changed_numbers() {
    let out = run(&[
        "registry",
        "diff",
        "--json",
        s(&fixture("v1.signed.json")),
        s(&fixture("v2.signed.json")),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d["numbers_added"][0]["number"], "+18884758627");
    assert_eq!(d["numbers_changed"][0]["number"], "+18882211161");
    assert_eq!(d["numbers_changed"][0]["from_provider"], "paypal");
    assert_eq!(d["numbers_changed"][0]["to_provider"], "venmo");
    let out = run(&[
        "registry",
        "diff",
        s(&fixture("registry-v1.json")),
        s(&fixture("v2.signed.json")),
    ]);
    assert!(stdout(&out).contains("~ number +18882211161 [US] (paypal -> venmo: provider"));
}

#[test]
fn lint_reports_every_problem_with_locations() {
    let dir = scratch("lint");
    let bad = dir.join("bad.json");
    let text = std::fs::read_to_string(fixture("registry-v1.json"))
        .unwrap()
        .replace(
            "https://www.alipay.com\",\n      \"numbers",
            "http://www.alipay.com\",\n      \"numbers",
        )
        .replace("+18553488683", "+18882211161");
    std::fs::write(&bad, text).unwrap();
    let out = run(&["registry", "lint", s(&bad)]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("providers[alipay].website"), "{err}");
    assert!(err.contains("duplicate_number"), "{err}");
    let out = run(&[
        "registry",
        "lint",
        s(&support::repo().join("data/registry.json")),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn log_checks_the_predecessor_chain() {
    let out = run(&[
        "registry",
        "log",
        "--trust",
        s(&fixture("keys/a.pub")),
        s(&fixture("v2.signed.json")),
        s(&fixture("v1.signed.json")),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("chain ok"));
    let out = run(&[
        "registry",
        "log",
        s(&fixture("v1.signed.json")),
        s(&fixture("v2.signed.json")),
        s(&fixture("v3-broken-chain.signed.json")),
    ]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("version 3 names predecessor"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn export_formats() {
    // json: the exact payload, byte for byte (the bundled registry by default).
    let out = run(&["registry", "export", "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(out.stdout == std::fs::read(support::repo().join("data/registry.json")).unwrap());
    let out = run(&[
        "registry",
        "export",
        "--format",
        "json",
        "--trust",
        s(&fixture("keys/a.pub")),
        s(&fixture("v1.signed.json")),
    ]);
    assert!(out.stdout == std::fs::read(fixture("registry-v1.json")).unwrap());
    // Unverified export warns.
    let out = run(&[
        "registry",
        "export",
        "--format",
        "csv",
        s(&fixture("v1.signed.json")),
    ]);
    assert_eq!(code(&out), 0);
    assert!(stderr(&out).contains("without checking"));
    let csv = stdout(&out);
    assert!(
        csv.starts_with("provider_id,provider_name_en,number,region,channels,purposes,source,inbound_only,announces_calls,notice_keys\n")
    );
    assert!(
        csv.contains(
            "paypal,PayPal,+18882211161,US,voice,customer_service,https://www.paypal.com,false,false,0\n"
        ),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 4);
    // call-directory: ascending int64, short codes only for the region asked.
    let out = run(&[
        "registry",
        "export",
        "--format",
        "call-directory",
        s(&fixture("v1.signed.json")),
    ]);
    let entries: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let numbers: Vec<i64> = entries
        .iter()
        .map(|e| e["number"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, vec![18553488683, 18882211161]);
    assert!(stderr(&out).contains("95188 (CN)"));
    let out = run(&[
        "registry",
        "export",
        "--format",
        "call-directory",
        "--region",
        "CN",
        "--lang",
        "zh-Hans",
        s(&fixture("v1.signed.json")),
    ]);
    let entries: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(entries[0]["number"], 95188);
    assert_eq!(entries[0]["label"], "支付宝 (DEMO)");
    // A tampered envelope is refused when a trust key is given.
    let out = run(&[
        "registry",
        "export",
        "--format",
        "json",
        "--trust",
        s(&fixture("keys/a.pub")),
        s(&fixture("tampered-payload.signed.json")),
    ]);
    assert_eq!(code(&out), 2);
    assert!(out.stdout.is_empty());
}

#[test]
fn check_uses_a_supplied_signed_registry_only_when_it_verifies() {
    // Expired fixtures aside, v1 is valid until 2036.
    let out = run(&[
        "check",
        "--registry",
        s(&fixture("v1.signed.json")),
        "--trust",
        s(&fixture("keys/a.pub")),
        "+18882211161",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(&[
        "check",
        "--registry",
        s(&fixture("v1.signed.json")),
        "--trust",
        s(&fixture("keys/b.pub")),
        "+18882211161",
    ]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("v1.signed.json"), "{}", stderr(&out));
    let out = run(&[
        "check",
        "--registry",
        s(&fixture("v1.signed.json")),
        "+18882211161",
    ]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--trust"), "{}", stderr(&out));
}

#[test]
fn root_create_rotate_and_verify_with_a_root() {
    let dir = scratch("root");
    let k = |n: &str| fixture(&format!("keys/{n}"));
    let v1 = dir.join("root-v1.json");
    let out = run(&[
        "registry",
        "root",
        "--trust",
        s(&k("a.pub")),
        "--trust",
        s(&k("b.pub")),
        "--threshold",
        "2",
        "--out",
        s(&v1),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // A registry signed by a and b verifies under the root; one signed by a alone does not.
    let out = run(&[
        "registry",
        "verify",
        "--root",
        s(&v1),
        s(&fixture("v1-ab.signed.json")),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(&[
        "registry",
        "verify",
        "--root",
        s(&v1),
        s(&fixture("v1.signed.json")),
    ]);
    assert_eq!(code(&out), 2);

    // Rotation to {b, c}: needs a+b (current) and b+c (new).
    let v2 = dir.join("root-v2.signed.json");
    let make_v2 = |signers: &[&str]| {
        let mut args = vec![
            "registry".to_string(),
            "root".into(),
            "--trust".into(),
            s(&k("b.pub")).into(),
            "--trust".into(),
            s(&k("c.pub")).into(),
            "--threshold".into(),
            "2".into(),
            "--root-version".into(),
            "2".into(),
            "--out".into(),
            s(&v2).into(),
        ];
        for signer in signers {
            args.push("--sign".into());
            args.push(s(&k(&format!("{signer}.key"))).into());
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run(&args)
    };
    assert_eq!(code(&make_v2(&["b", "c"])), 0);
    let out = run(&["registry", "rotate", "--current", s(&v1), s(&v2)]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("current root"), "{}", stderr(&out));
    assert_eq!(code(&make_v2(&["a", "b", "c"])), 0);
    let out = run(&["registry", "rotate", "--current", s(&v1), s(&v2)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("version 1 -> 2"), "{}", stdout(&out));
    // The signed root also serves as --root (accepted on its own signatures).
    let out = run(&[
        "registry",
        "verify",
        "--root",
        s(&v2),
        s(&fixture("v1-abc.signed.json")),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn compact_rewrites_a_registry_without_changing_any_number() {
    let dir = scratch("compact");
    let numbers: Vec<String> = (0..40)
        .map(|i| {
            format!(
                r#"{{"number": "+86139001{i:05}", "channels": ["voice"], "purposes": ["callback"], "source": "https://bank.example/cn"}}"#
            )
        })
        .collect();
    let full = format!(
        r#"{{"schema": 1, "registry_id": "acme", "version": 4, "issued_at": "2026-06-01T00:00:00Z",
        "expires_at": "2099-01-01T00:00:00Z", "providers": [{{"id": "bank",
        "names": {{"zh-Hans": "银行", "en": "Bank"}}, "website": "https://bank.example",
        "numbers": [{}, {{"number": "95566", "region": "CN", "channels": ["voice"], "purposes": ["callback"], "source": "https://bank.example/cn"}}]}}]}}"#,
        numbers.join(",\n")
    );
    let input = dir.join("full.json");
    std::fs::write(&input, &full).unwrap();
    let out_path = dir.join("compact.json");
    let out = run(&["registry", "compact", "--out", s(&out_path), s(&input)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("41 numbers, 40 written as bare strings"),
        "{}",
        stderr(&out)
    );
    let written = std::fs::read(&out_path).unwrap();
    assert!(
        written.len() * 2 < full.len(),
        "{} vs {}",
        written.len(),
        full.len()
    );
    // No number changes, only how the provider writes them; and the result lints clean.
    let out = run(&["registry", "diff", "--json", s(&input), s(&out_path)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d["numbers_changed"], serde_json::json!([]), "{d}");
    assert_eq!(d["numbers_added"], serde_json::json!([]));
    assert_eq!(d["numbers_removed"], serde_json::json!([]));
    assert_eq!(
        d["providers_changed"][0]["fields"],
        serde_json::json!(["defaults"])
    );
    let out = run(&["registry", "lint", s(&out_path)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // An invalid registry is refused, and nothing is written.
    std::fs::write(&input, full.replace("+86139001", "+86 139")).unwrap();
    let refused = dir.join("refused.json");
    let out = run(&["registry", "compact", "--out", s(&refused), s(&input)]);
    assert_ne!(code(&out), 0);
    assert!(!refused.exists());
}

#[cfg(unix)]
#[test]
fn private_keys_are_never_written_through_a_symlink_and_exposed_keys_are_called_out() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = scratch("key-handling");
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    std::os::unix::fs::symlink(&victim, dir.join("k.key")).unwrap();
    let prefix = dir.join("k");
    // Without --force the existing link is refused; with it, the link itself is replaced by a
    // private key file and its target is untouched (audit finding).
    assert_eq!(code(&run(&["registry", "keygen", "--out", s(&prefix)])), 2);
    let out = run(&["registry", "keygen", "--force", "--out", s(&prefix)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    let key = dir.join("k.key");
    let meta = std::fs::symlink_metadata(&key).unwrap();
    assert!(meta.file_type().is_file(), "the symlink was replaced");
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);

    // A world-readable private key still signs, with a warning that says so.
    let signed = dir.join("r.signed.json");
    let registry = support::repo().join("data/registry.json");
    let sign_with = |mode: u32| {
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(mode)).unwrap();
        let out = run(&[
            "registry",
            "sign",
            "--key",
            s(&key),
            "--out",
            s(&signed),
            s(&registry),
        ]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        stderr(&out)
    };
    assert!(sign_with(0o644).contains("readable by others"));
    assert!(!sign_with(0o600).contains("readable by others"));
}
