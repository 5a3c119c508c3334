//! `callguard notice sign|verify|inspect` and the call-context flags of `check` and `assess`,
//! run as a program: the README's end-to-end example (keygen → registry with a notice key →
//! sign → notice → check).

mod support;

use std::path::{Path, PathBuf};

use support::{code, json, run, s, scratch, stderr, stdout};

const AT: &str = "2026-11-27T10:00:00Z";

struct World {
    dir: PathBuf,
}

impl World {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// `--registry … --trust …` for the world's signed registry.
    fn registry_args(&self) -> Vec<String> {
        vec![
            "--registry".into(),
            self.path("registry.signed.json").display().to_string(),
            "--trust".into(),
            self.path("team.pub").display().to_string(),
        ]
    }
}

fn keygen(out: &Path) {
    let o = run(&["registry", "keygen", "--out", s(out)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

/// The public key file's body line: what a registry's `notice_keys` lists.
fn spki_line(pub_file: &Path) -> String {
    std::fs::read_to_string(pub_file)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect()
}

fn world(name: &str) -> World {
    let dir = scratch(name);
    let w = World { dir };
    keygen(&w.path("team"));
    keygen(&w.path("alipay-notices"));
    keygen(&w.path("rogue"));
    let key = spki_line(&w.path("alipay-notices.pub"));
    let registry = format!(
        r#"{{"schema": 1, "registry_id": "acme-wallets", "version": 1,
  "issued_at": "2026-11-01T00:00:00Z", "expires_at": "2036-11-01T00:00:00Z",
  "providers": [
   {{"id": "alipay", "names": {{"zh-Hans": "支付宝", "en": "Alipay"}}, "website": "https://www.alipay.com",
     "notice_keys": ["{key}"],
     "numbers": [{{"number": "95188", "region": "CN", "channels": ["voice"], "purposes": ["customer_service"], "source": "https://cshall.alipay.com/"}},
                 {{"number": "+864007585888", "region": "CN", "channels": ["voice"], "purposes": ["customer_service"], "source": "https://cshall.alipay.com/", "inbound_only": true}}]}}
  ]}}"#
    );
    std::fs::write(w.path("registry.json"), registry).unwrap();
    let o = run(&[
        "registry",
        "sign",
        "--key",
        s(&w.path("team.key")),
        "--out",
        s(&w.path("registry.signed.json")),
        s(&w.path("registry.json")),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    w
}

fn sign_notice(w: &World, key: &str, to: &str, out: &str) -> std::process::Output {
    run(&[
        "notice",
        "sign",
        "--key",
        s(&w.path(key)),
        "--registry-id",
        "acme-wallets",
        "--provider",
        "alipay",
        "--from",
        "95188",
        "--region",
        "CN",
        "--to",
        to,
        "--not-before",
        "2026-11-27T09:00:00Z",
        "--not-after",
        "2026-11-27T12:00:00Z",
        "--reason-en",
        "About your refund R-2291",
        "--reason-zh-hans",
        "关于您的退款 R-2291",
        "--agent",
        "Agent Li",
        "--id",
        "R-2291-1",
        "--out",
        s(&w.path(out)),
    ])
}

fn with(args: &[&str], extra: &[String]) -> Vec<String> {
    args.iter()
        .map(|a| a.to_string())
        .chain(extra.iter().cloned())
        .collect()
}

fn run_owned(args: &[String]) -> std::process::Output {
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    run(&refs)
}

#[test]
fn keygen_registry_sign_verify_and_check_end_to_end() {
    let w = world("cli-notice-e2e");
    let o = sign_notice(&w, "alipay-notices.key", "+8613800138000", "notice.json");
    assert_eq!(code(&o), 0, "{}", stderr(&o));

    // verify: 0 when valid for this callee at this moment.
    let o = run_owned(&with(
        &["notice", "verify", "--to", "+8613800138000", "--at", AT],
        &[
            w.registry_args(),
            vec![w.path("notice.json").display().to_string()],
        ]
        .concat(),
    ));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).contains("VALID notice R-2291-1 by alipay"),
        "{}",
        stdout(&o)
    );

    // 2 with the reason: another callee, too late, a rogue key.
    let o = run_owned(&with(
        &["notice", "verify", "--to", "+8613800138001", "--at", AT],
        &[
            w.registry_args(),
            vec![w.path("notice.json").display().to_string()],
        ]
        .concat(),
    ));
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("other_callee"), "{}", stderr(&o));
    let o = run_owned(&with(
        &["notice", "verify", "--at", "2026-11-28T10:00:00Z"],
        &[
            w.registry_args(),
            vec![w.path("notice.json").display().to_string()],
        ]
        .concat(),
    ));
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("expired"), "{}", stderr(&o));
    let o = sign_notice(&w, "rogue.key", "+8613800138000", "rogue.json");
    assert_eq!(code(&o), 0);
    let o = run_owned(&with(
        &["notice", "verify", "--at", AT],
        &[
            w.registry_args(),
            vec![w.path("rogue.json").display().to_string()],
        ]
        .concat(),
    ));
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("unlisted_key"), "{}", stderr(&o));
    // Against the bundled demo registry: another registry series.
    let o = run(&["notice", "verify", "--at", AT, s(&w.path("notice.json"))]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("other_registry"), "{}", stderr(&o));

    // inspect shows the contents, unverified, without the callee's number.
    let o = run(&["notice", "inspect", s(&w.path("notice.json"))]);
    let doc = json(&o);
    assert_eq!(doc["id"], "R-2291-1");
    assert_eq!(doc["from"], "95188");
    assert_eq!(doc["verified"], false);
    assert!(!stdout(&o).contains("13800138000"));

    // check: expected, with expected_call.
    let check = |extra: &[&str]| {
        let mut args: Vec<String> = ["check", "--json", "--region", "CN"]
            .iter()
            .map(|a| a.to_string())
            .collect();
        args.extend(w.registry_args());
        args.extend(extra.iter().map(|a| a.to_string()));
        run_owned(&args)
    };
    let notice = w.path("notice.json").display().to_string();
    let v = json(&check(&[
        "--notice",
        &notice,
        "--to",
        "+8613800138000",
        "--at",
        AT,
        "95188",
    ]));
    assert_eq!(v["verdict"], "expected");
    assert_eq!(v["expected_call"]["id"], "R-2291-1");
    assert_eq!(v["expected_call"]["provider"], "alipay");
    assert_eq!(v["expected_call"]["from"], "95188");
    assert_eq!(
        v["expected_call"]["reason"]["en"],
        "About your refund R-2291"
    );
    assert_eq!(v["expected_call"]["agent"], "Agent Li");
    assert_eq!(v["expected_call"]["not_before"], "2026-11-27T09:00:00Z");
    assert_eq!(v["expected_call"]["not_after"], "2026-11-27T12:00:00Z");
    // Outside the window: official, no expected_call.
    let v = json(&check(&[
        "--notice",
        &notice,
        "--to",
        "+8613800138000",
        "--at",
        "2026-11-27T13:00:00Z",
        "95188",
    ]));
    assert_eq!(v["verdict"], "official");
    assert!(v.get("expected_call").is_none());
    // A rogue notice is reported and not used.
    let rogue = w.path("rogue.json").display().to_string();
    let o = check(&[
        "--notice",
        &rogue,
        "--to",
        "+8613800138000",
        "--at",
        AT,
        "95188",
    ]);
    assert!(stderr(&o).contains("unlisted_key"), "{}", stderr(&o));
    assert_eq!(json(&o)["verdict"], "official");
    // Attestation failed and inbound-only: spoofed.
    let v = json(&check(&["--attestation", "failed", "95188"]));
    assert_eq!(v["verdict"], "spoofed");
    assert_eq!(v["reasons"][0]["code"], "attestation_failed");
    let v = json(&check(&["+864007585888"]));
    assert_eq!(v["verdict"], "spoofed");
    assert_eq!(v["reasons"][0]["code"], "inbound_only_number");
    // A batch judges each line as `check` judges one caller: the inbound-only number is
    // spoofed there too.
    std::fs::write(w.path("calls.txt"), "95188\n+864007585888\n").unwrap();
    let mut args: Vec<String> = vec!["check".into(), "--region".into(), "CN".into()];
    args.extend(w.registry_args());
    args.extend(["--batch".into(), w.path("calls.txt").display().to_string()]);
    let o = run_owned(&args);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let verdicts: Vec<String> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["verdict"].to_string())
        .collect();
    assert_eq!(verdicts, ["\"official\"", "\"spoofed\""]);
    // A displayed name is a claim.
    let v = json(&check(&["--display-name", "支付宝", "+8613912345678"]));
    assert_eq!(v["verdict"], "unknown");
    assert_eq!(v["official_numbers"][0], "95188");

    // assess: expected number, but a code request is still high.
    let mut args: Vec<String> = ["assess", "--json", "--from", "95188", "--region", "CN"]
        .iter()
        .map(|a| a.to_string())
        .collect();
    args.extend(w.registry_args());
    args.extend(
        [
            "--notice",
            &notice,
            "--to",
            "+8613800138000",
            "--at",
            AT,
            "请把刚收到的验证码告诉我",
        ]
        .iter()
        .map(|a| a.to_string()),
    );
    let a = json(&run_owned(&args));
    assert_eq!(a["verdict"]["verdict"], "expected");
    assert_eq!(a["risk"], "high");
}

#[test]
fn usage_errors_exit_2() {
    let o = run(&["check", "--attestation", "maybe", "95188"]);
    assert_eq!(code(&o), 2);
    let o = run(&["check", "--at", "tomorrow", "95188"]);
    assert_eq!(code(&o), 2);
    // --notice needs --to.
    let o = run(&["check", "--notice", "x.json", "95188"]);
    assert_eq!(code(&o), 2);
    // The producer refuses a window over 24 h.
    let w = world("cli-notice-usage");
    let o = run(&[
        "notice",
        "sign",
        "--key",
        s(&w.path("alipay-notices.key")),
        "--provider",
        "alipay",
        "--from",
        "95188",
        "--region",
        "CN",
        "--to",
        "+8613800138000",
        "--not-before",
        "2026-11-27T09:00:00Z",
        "--not-after",
        "2026-11-28T09:00:01Z",
        "--reason-en",
        "x",
        "--reason-zh-hans",
        "x",
        "--out",
        s(&w.path("n.json")),
    ]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("24 h"), "{}", stderr(&o));
    assert!(!w.path("n.json").exists());
}

#[test]
fn registry_tools_show_notice_keys() {
    let w = world("cli-notice-registry");
    let o = run(&["registry", "inspect", s(&w.path("registry.json"))]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("notice key "), "{}", stdout(&o));
    assert!(stdout(&o).contains("1 inbound-only number(s)"));
    // diff calls out a removed key.
    let without = std::fs::read_to_string(w.path("registry.json"))
        .unwrap()
        .replace(
            &spki_line(&w.path("alipay-notices.pub")),
            &spki_line(&w.path("rogue.pub")),
        )
        .replace("\"version\": 1", "\"version\": 2");
    std::fs::write(w.path("v2.json"), without).unwrap();
    let o = run(&[
        "registry",
        "diff",
        s(&w.path("registry.json")),
        s(&w.path("v2.json")),
    ]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("- NOTICE KEY"), "{}", stdout(&o));
    assert!(stdout(&o).contains("+ NOTICE KEY"), "{}", stdout(&o));
}
