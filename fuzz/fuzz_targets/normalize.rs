//! Caller-ID normalization and the verdict on it, for any input and any region.
//!
//! Input: `[region][claim][caller id bytes…]`. The region byte picks from `None`, an unknown
//! region (`XX`), a few common regions at fixed positions (so seeds stay meaningful), then
//! every other region libphonenumber's metadata knows. The claim byte picks `None`, a provider
//! of the bundled registry, or an id no registry has. The rest is the caller ID (UTF-8 lossy).
//!
//! Properties: nothing panics; a `CallerId::Number` normalizes back to itself when written as
//! `+digits` without a region, and a short code's digits in its region give the same short
//! code; `check` always gives at least one reason, reports the `normalized` text `normalize`
//! gives (`withheld` exactly for a withheld caller, never `invalid` for a caller ID that
//! normalizes); `official` and `claim_mismatch` name a provider and a normalized number.
#![no_main]

use std::sync::OnceLock;

use callguard::number::{normalize, CallerId, Region};
use callguard::signing::VerifiedRegistry;
use callguard::verdict::{check, CheckOptions, Verdict};
use libfuzzer_sys::fuzz_target;

/// Regions at fixed positions 2.. (after `None` and `XX`): seeds use these indices.
const PREFERRED: [&str; 14] = [
    "CN", "US", "GB", "HK", "TW", "MO", "SG", "DE", "FR", "IN", "JP", "ES", "MX", "AU",
];

struct Fixture {
    registry: VerifiedRegistry,
    /// `None`, `XX`, then every known region.
    regions: Vec<Option<Region>>,
    claims: Vec<Option<String>>,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let mut regions = vec![None, Region::parse("XX")];
        for code in PREFERRED {
            regions.push(Some(Region::parse_known(code).expect("a preferred region is known")));
        }
        // Every two-letter code the metadata knows, in order, after the preferred ones.
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                let code = [a, b];
                let code = std::str::from_utf8(&code).unwrap();
                if let Ok(r) = Region::parse_known(code) {
                    if !regions.contains(&Some(r)) {
                        regions.push(Some(r));
                    }
                }
            }
        }
        assert!(regions.len() > 200, "phonenumber metadata lists {} regions", regions.len());
        let registry = VerifiedRegistry::bundled();
        let mut claims = vec![None];
        claims.extend(registry.doc().providers.iter().map(|p| Some(p.id.clone())));
        claims.push(Some("no_such_provider".to_string()));
        Fixture { registry, regions, claims }
    })
}

fuzz_target!(|data: &[u8]| {
    let f = fixture();
    let (region, claimed, rest) = match data {
        [r, c, rest @ ..] => (
            f.regions[*r as usize % f.regions.len()],
            f.claims[*c as usize % f.claims.len()].clone(),
            rest,
        ),
        _ => (None, None, data),
    };
    let raw = String::from_utf8_lossy(rest);

    let normalized = normalize(&raw, region);
    match &normalized {
        Ok(CallerId::Number(e)) => {
            let plus = format!("+{}", e.digits());
            assert_eq!(plus, e.to_string());
            assert_eq!(
                normalize(&plus, None),
                Ok(CallerId::Number(*e)),
                "{raw:?} in {region:?} normalized to {plus}, which does not normalize to itself"
            );
        }
        Ok(CallerId::ShortCode(s)) => {
            assert_eq!(
                normalize(&s.digits, Some(s.region)),
                Ok(CallerId::ShortCode(s.clone())),
                "{raw:?} in {region:?}: short code {s:?} does not normalize to itself"
            );
        }
        _ => {}
    }

    let options = CheckOptions { region, claimed };
    let c = check(&f.registry, &raw, &options);
    assert!(!c.reasons.is_empty(), "no reason for {raw:?} ({options:?}): {c:?}");
    match &normalized {
        Ok(CallerId::Withheld) => assert_eq!(c.verdict, Verdict::Withheld, "{raw:?}: {c:?}"),
        Ok(id) => {
            assert_eq!(c.normalized.as_deref(), id.normalized().as_deref(), "{raw:?} in {region:?}: {c:?}");
            assert!(!matches!(c.verdict, Verdict::Withheld | Verdict::Invalid), "{raw:?}: {c:?}");
        }
        Err(_) => assert!(c.verdict != Verdict::Withheld, "{raw:?}: {c:?}"),
    }
    if matches!(c.verdict, Verdict::Official | Verdict::ClaimMismatch) {
        assert!(c.provider.is_some(), "{:?} without a provider: {c:?}", c.verdict);
        assert!(c.normalized.is_some(), "{:?} without a number: {c:?}", c.verdict);
    }
    assert_eq!(c.input, raw.as_ref());
});
