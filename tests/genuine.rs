//! Genuine published service numbers (banks, insurers, carriers, utilities, government lines,
//! payment providers; `tests/data/genuine_numbers.tsv`, each with its public source) checked
//! against the bundled registry: none may be called a lookalike of an official number. A near
//! miss is evidence of imitation only where a real institution could not hold that number.

use callguard::guard::CallGuard;
use callguard::number::Region;
use callguard::verdict::{CheckOptions, Verdict};

#[test]
fn no_genuine_service_number_is_called_a_lookalike() {
    let data = include_str!("data/genuine_numbers.tsv");
    let guard = CallGuard::bundled();
    let mut checked = 0;
    let mut lookalikes = Vec::new();
    for line in data.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [number, region, institution, _kind, _source] = fields[..] else {
            panic!("malformed line: {line:?}");
        };
        let options = CheckOptions {
            region: Some(Region::parse_known(region).expect("a known region")),
            claimed: None,
        };
        let c = guard.check(number, &options);
        checked += 1;
        if c.verdict == Verdict::Lookalike {
            let why: Vec<&str> = c.reasons.iter().map(|r| r.code.as_str()).collect();
            lookalikes.push(format!("{number} ({region}, {institution}): {why:?}"));
        }
    }
    assert!(checked >= 100, "only {checked} numbers");
    assert!(
        lookalikes.is_empty(),
        "{} of {checked} genuine numbers called lookalikes:\n{}",
        lookalikes.len(),
        lookalikes.join("\n")
    );
}
