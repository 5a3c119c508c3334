//! `callguard check --batch`: one JSON object per input line (the `check --json` object plus
//! `line`), in input order, for plain lines and for a CSV column; bad lines are results, not
//! failures.

mod support;

use serde_json::Value;

use support::{code, run, run_with, s, scratch, stderr, stdout};

/// The JSON lines of a successful batch run.
fn lines(out: &std::process::Output) -> Vec<Value> {
    assert_eq!(code(out), 0, "stderr: {}", stderr(out));
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is one JSON object"))
        .collect()
}

/// What `callguard check --json ARGS` says about one number, for comparison.
fn single(args: &[&str]) -> Value {
    let mut all = vec!["check", "--json"];
    all.extend_from_slice(args);
    support::json(&run(&all))
}

#[test]
fn each_line_gets_the_check_of_that_line_in_order() {
    let input = "95188\n+1 888 221 1161\n\nnot a number\n+95 188 1234\r\n95017";
    let out = run_with(&["check", "--batch", "--region", "CN"], Some(input));
    let got = lines(&out);
    let inputs: Vec<&str> = input.lines().map(|l| l.trim_end_matches('\r')).collect();
    assert_eq!(got.len(), inputs.len());
    for (i, (v, raw)) in got.iter().zip(&inputs).enumerate() {
        assert_eq!(v["line"], i as u64 + 1);
        // The same object `check --json` prints for that input alone, plus `line`.
        let mut expected = single(&["--region", "CN", raw]);
        expected["line"] = Value::from(i as u64 + 1);
        assert_eq!(v, &expected, "line {}", i + 1);
    }
    let verdicts: Vec<&str> = got.iter().map(|v| v["verdict"].as_str().unwrap()).collect();
    assert_eq!(
        verdicts,
        [
            "official",
            "official",
            "withheld",
            "invalid",
            "lookalike",
            "official"
        ]
    );
}

#[test]
fn a_file_of_many_lines_keeps_its_order_and_bad_lines_do_not_stop_it() {
    let dir = scratch("cli_batch_many");
    let path = dir.join("numbers.txt");
    // More lines than one round of chunks, with bytes that are not UTF-8 and an over-long
    // line among them.
    let mut input = Vec::new();
    let n = 10_000;
    for i in 0..n {
        match i % 5 {
            0 => input.extend_from_slice(b"+18882211161"),
            1 => input.extend_from_slice(format!("+861391234{:04}", i % 10_000).as_bytes()),
            2 => input.extend_from_slice(b"\xff\xfe95188"),
            3 => input.extend_from_slice("9".repeat(10_000).as_bytes()),
            _ => input.extend_from_slice(b"95188"),
        }
        input.push(b'\n');
    }
    std::fs::write(&path, &input).unwrap();
    let got = lines(&run(&["check", "--batch", s(&path), "--region", "CN"]));
    assert_eq!(got.len(), n);
    for (i, v) in got.iter().enumerate() {
        assert_eq!(v["line"], i as u64 + 1);
        let expected = match i % 5 {
            0 | 4 => "official",
            1 => "unknown",
            _ => "invalid",
        };
        assert_eq!(v["verdict"], expected, "line {}: {v}", i + 1);
        if i % 5 == 1 {
            assert_eq!(v["normalized"], format!("+861391234{:04}", i % 10_000));
        }
    }
}

#[test]
fn a_csv_column_is_checked_row_by_row() {
    let dir = scratch("cli_batch_csv");
    let path = dir.join("calls.csv");
    let csv = "\u{feff}time,caller,note\n\
               2026-01-01T10:00:00Z,95188,ok\n\
               2026-01-01T10:01:00Z,\"+1 (888) 221-1161\",\"quoted, with a comma\"\n\
               2026-01-01T10:02:00Z\n\
               2026-01-01T10:03:00Z,\"+95 188 1234\",\"say \"\"hi\"\"\"\n";
    std::fs::write(&path, csv).unwrap();
    let out = run(&[
        "check",
        "--batch",
        s(&path),
        "--column",
        "caller",
        "--region",
        "CN",
    ]);
    let got = lines(&out);
    let summary: Vec<(u64, &str, &str)> = got
        .iter()
        .map(|v| {
            (
                v["line"].as_u64().unwrap(),
                v["input"].as_str().unwrap(),
                v["verdict"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (2, "95188", "official"),
            (3, "+1 (888) 221-1161", "official"),
            // A row without the column is checked as an empty caller ID.
            (4, "", "withheld"),
            (5, "+95 188 1234", "lookalike"),
        ]
    );
}

#[test]
fn a_missing_column_or_file_is_a_usage_error() {
    let out = run_with(
        &["check", "--batch", "-", "--column", "phone"],
        Some("caller\n95188\n"),
    );
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("phone"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());

    let out = run(&["check", "--batch", "/nonexistent/numbers.txt"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("/nonexistent/numbers.txt"));

    // A number and --batch together, or --column without --batch: usage errors.
    assert_eq!(code(&run(&["check", "--batch", "-", "95188"])), 2);
    assert_eq!(code(&run(&["check", "--column", "x", "95188"])), 2);
}
