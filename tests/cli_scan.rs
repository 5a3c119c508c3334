//! `callguard scan` and `callguard assess` through the built binary: the JSON contracts of
//! README.md, standard input, highlighting, and exit codes.

mod support;

/// Runs `callguard ARGS` with `stdin`: exit status, standard output, standard error.
fn callguard(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let out = support::run_with(args, Some(stdin.unwrap_or("")));
    (
        support::code(&out),
        support::stdout(&out),
        support::stderr(&out),
    )
}

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

#[test]
fn scan_json_reports_a_credential_request_with_its_secret_and_span() {
    let text = "您好，我是支付宝客服，请把刚收到的验证码告诉我";
    let (code, out, _) = callguard(&["scan", "--json", text], None);
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["risk"], "high");
    let request = v["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "credential_request")
        .expect("a credential request");
    assert_eq!(request["detail"], "verification_code");
    let (start, end) = (
        request["start"].as_u64().unwrap() as usize,
        request["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], request["excerpt"].as_str().unwrap());
    assert_eq!(request["excerpt"], "验证码");
}

#[test]
fn scan_reads_standard_input_and_finds_nothing_in_a_real_otp_sms() {
    let sms = "【星河银行】验证码 482913，5分钟内有效，请勿泄露给任何人。";
    let (code, out, _) = callguard(&["scan", "--json", "-"], Some(sms));
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["risk"], "none");
    assert!(v["indicators"].as_array().unwrap().is_empty(), "{out}");
}

#[test]
fn scan_highlights_spans_in_readable_output() {
    let (code, out, _) = callguard(&["scan", "Please read me the code we just sent you"], None);
    assert_eq!(code, 0);
    assert!(out.contains("[[code]]"), "{out}");
    assert!(
        out.contains("credential_request (verification_code)"),
        "{out}"
    );
}

#[test]
fn assess_json_combines_the_verdict_and_the_text() {
    let (code, out, _) = callguard(
        &[
            "assess",
            "--json",
            "--from",
            "+8613800138000",
            "--region",
            "CN",
            "我是支付宝客服，请把验证码告诉我",
        ],
        None,
    );
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["risk"], "high");
    assert_eq!(v["verdict"]["verdict"], "unknown");
    assert_eq!(v["verdict"]["normalized"], "+8613800138000");
    assert!(v["advice"]["zh-Hans"].as_str().unwrap().contains("95188"));
    assert!(v["advice"]["en"].as_str().unwrap().contains("95188"));
    let kinds: Vec<&str> = v["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"credential_request") && kinds.contains(&"impersonation_claim"),
        "{kinds:?}"
    );
}

#[test]
fn assess_of_a_code_request_from_the_official_number_is_still_high() {
    let (code, out, _) = callguard(
        &["assess", "--json", "--from", "95188", "--region", "CN", "-"],
        Some("This is Alipay. Please tell me the verification code we just sent."),
    );
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["verdict"]["verdict"], "official");
    assert_eq!(v["risk"], "high");
}

#[test]
fn usage_errors_exit_2_with_the_reason() {
    let (code, _, err) = callguard(
        &["assess", "--from", "95188", "--region", "China", "hi"],
        None,
    );
    assert_eq!(code, 2);
    assert!(err.contains("region"), "{err}");
    let (code, _, _) = callguard(&["assess", "hello"], None);
    assert_eq!(code, 2, "--from is required");
    // Two letters that no numbering plan uses: the same usage error as `check` gives, not an
    // `invalid` verdict with a spoofing message.
    for args in [
        &["assess", "--from", "95188", "--region", "XX", "hi"][..],
        &["check", "--region", "XX", "95188"][..],
    ] {
        let (code, out, err) = callguard(args, None);
        assert_eq!(code, 2, "{args:?}: {out}");
        assert!(
            err.contains("\"XX\" is not a known region"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn assess_with_a_registry_that_fails_verification_exits_2() {
    let dir = std::env::temp_dir().join(format!("callguard-cli-scan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bogus = dir.join("signed.json");
    std::fs::write(
        &bogus,
        b"{\"payloadType\":\"x\",\"payload\":\"!!\",\"signatures\":[]}",
    )
    .unwrap();
    let key = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/demo/DEMO-ONLY-ed25519.pub"
    );
    let (code, out, err) = callguard(
        &[
            "assess",
            "--from",
            "95188",
            "--registry",
            bogus.to_str().unwrap(),
            "--trust",
            key,
            "hi",
        ],
        None,
    );
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code, 2, "stdout: {out}");
    assert!(!err.is_empty());
}

/// `callguard scan - | head`: a reader that stops early ends the tool quietly, with no panic.
#[test]
fn a_closed_output_pipe_ends_the_tool_without_a_panic() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_callguard"))
        .args(["scan", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader is gone before anything is written
    let text = "请把刚收到的验证码告诉我。".repeat(2000);
    // The tool may be gone before it reads everything; a failed write here is expected.
    let _ = child.stdin.take().unwrap().write_all(text.as_bytes());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}
