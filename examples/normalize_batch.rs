//! Normalizes caller IDs in bulk, for the differential test against Python `phonenumbers`
//! (`tests/differential/run.py`).
//!
//! Reads JSON lines `{"input": "...", "region": "CN" | null}` on stdin and writes one JSON line
//! per input: `{"kind": "number" | "short_code" | "withheld" | "invalid", "e164", "short_code",
//! "region", "error", "message", "digits", "prefix"}`. A malformed request line gets
//! `{"kind": "bad_request", "message": ...}` and the batch goes on.

use std::io::{self, BufRead, BufWriter, Write};

use callguard::number::{digits_of, normalize, CallerId, DialPrefix, Region};
use serde_json::{json, Value};

fn answer(line: &str) -> Value {
    let request: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return json!({"kind": "bad_request", "message": e.to_string()}),
    };
    let Some(input) = request.get("input").and_then(Value::as_str) else {
        return json!({"kind": "bad_request", "message": "missing \"input\""});
    };
    let region = match request.get("region").and_then(Value::as_str) {
        None => None,
        Some(code) => match Region::parse(code) {
            Some(r) => Some(r),
            None => return json!({"kind": "bad_request", "message": "bad region"}),
        },
    };
    let raw = digits_of(input, region).map(|d| {
        let prefix = match d.prefix {
            DialPrefix::National => "national",
            DialPrefix::Plus => "plus",
            DialPrefix::Idd => "idd",
        };
        json!({"digits": d.digits, "prefix": prefix})
    });
    match normalize(input, region) {
        Ok(CallerId::Number(e)) => json!({"kind": "number", "e164": e.to_string(), "raw": raw}),
        Ok(CallerId::ShortCode(s)) => json!({
            "kind": "short_code", "short_code": s.digits, "region": s.region.as_str(), "raw": raw,
        }),
        Ok(CallerId::Withheld) => json!({"kind": "withheld"}),
        Err(e) => {
            let debug = format!("{e:?}");
            let variant = debug
                .split(['(', ' '])
                .next()
                .unwrap_or_default()
                .to_string();
            json!({"kind": "invalid", "error": variant, "message": e.to_string(), "raw": raw})
        }
    }
}

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        writeln!(out, "{}", answer(&line))?;
    }
    out.flush()
}
