//! `callguard check [--region CC] [--claimed ID] [--json] NUMBER`: the verdict on one caller
//! number against the registry in force. `callguard check --batch [FILE|-] [--column NAME]`
//! checks one caller ID per input line (or a CSV column) and prints one JSON object per line
//! (see `batch`).
//!
//! `--notice FILE --to NUMBER --at T --attestation R --display-name TEXT` give the call's
//! context (see `notice.rs`); the verdict may then be `expected` (with `expected_call`) or
//! `spoofed`.
//!
//! `--json` prints the contract of README.md (`input`, `verdict`, `provider`, `normalized`,
//! `region`, `official_numbers`, `reasons`) plus `registry_id`, `registry_version` and
//! `demo`. Exit status 0 for any completed check whatever the verdict; a bad `--region` is a
//! usage error (2).

use std::path::PathBuf;

use callguard::number::Region;
use callguard::registry::Registry;
use callguard::verdict::{Check, CheckOptions, Verdict};
use serde::Serialize;

use crate::source::RegistryArgs;
use crate::CliResult;

/// Arguments of `callguard check`.
#[derive(clap::Args, Debug)]
pub(crate) struct CheckArgs {
    /// The caller ID as received: E.164 (+18882211161), national format, tel:/sip: URI, short code.
    #[arg(value_name = "NUMBER", required_unless_present = "batch")]
    pub number: Option<String>,
    /// Check every line of FILE (or of standard input: `-` or no FILE) and print one JSON
    /// object per line, with its `line` number, in input order.
    /// The call-context flags describe one call, so they do not go with it.
    #[arg(
        long,
        value_name = "FILE",
        num_args = 0..=1,
        default_missing_value = "-",
        conflicts_with_all = ["number", "notices", "to", "at", "attestation", "display_name"]
    )]
    pub batch: Option<PathBuf>,
    /// With --batch: the input is CSV with a header line, and the caller ID is in column NAME.
    #[arg(
        long,
        value_name = "NAME",
        requires = "batch",
        conflicts_with = "number"
    )]
    pub column: Option<String>,
    /// Region for national formats and short codes (ISO 3166-1 alpha-2, such as CN or US).
    #[arg(long, value_name = "CC", value_parser = |s: &str| Region::parse_known(s))]
    pub region: Option<Region>,
    /// The provider the caller claims to be (registry id, such as alipay).
    #[arg(long, value_name = "PROVIDER_ID")]
    pub claimed: Option<String>,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub call: crate::notice::CallArgs,
}

/// The JSON document: the check plus which registry answered it.
#[derive(Serialize)]
struct Output<'a> {
    #[serde(flatten)]
    check: &'a Check,
    registry_id: &'a str,
    registry_version: u64,
    demo: bool,
}

/// Runs `callguard check`.
pub(crate) fn run(args: CheckArgs) -> CliResult {
    let snapshot = args.registry.load()?;
    let registry = snapshot.registry();
    let options = CheckOptions {
        region: args.region,
        claimed: args.claimed.clone(),
    };
    if let Some(input) = &args.batch {
        return crate::batch::run(&snapshot, &options, input, args.column.as_deref());
    }
    let number = args.number.as_deref().unwrap_or_default();
    let check = args.call.check(&snapshot, number, &options)?;
    if args.json {
        let output = Output {
            check: &check,
            registry_id: registry.id(),
            registry_version: registry.version(),
            demo: registry.is_demo(),
        };
        println!("{}", serde_json::to_string_pretty(&output)?);
    } else {
        print!("{}", human(registry, &check));
    }
    Ok(())
}

/// The readable report.
fn human(registry: &Registry, check: &Check) -> String {
    let mut out = String::new();
    if registry.is_demo() {
        out.push_str(&format!(
            "DEMO ONLY: registry {:?} v{} is demonstration data, not a source of truth.\n",
            registry.id(),
            registry.version()
        ));
    }
    let headline = match check.verdict {
        Verdict::Official => "OFFICIAL",
        Verdict::ClaimMismatch => "CLAIM MISMATCH",
        Verdict::Lookalike => "LOOKALIKE",
        Verdict::Unknown => "UNKNOWN",
        Verdict::Withheld => "WITHHELD",
        Verdict::Invalid => "INVALID",
        Verdict::Expected => "EXPECTED",
        Verdict::Spoofed => "SPOOFED",
    };
    out.push_str(&format!("{}: {headline}", check.input));
    if let Some(id) = &check.provider {
        let relation = match check.verdict {
            Verdict::Lookalike => "imitates",
            _ => "number of",
        };
        out.push_str(&format!(
            " - {relation} {}",
            registry
                .provider(id)
                .map_or_else(|| id.to_string(), |p| p.display_name())
        ));
    }
    out.push('\n');
    if let Some(n) = &check.normalized {
        match &check.region {
            Some(r) => out.push_str(&format!("  normalized: {n} ({r})\n")),
            None => out.push_str(&format!("  normalized: {n}\n")),
        }
    }
    for r in &check.reasons {
        out.push_str(&format!("  - {} [{}]\n", r.message, r.code));
    }
    if !check.official_numbers.is_empty() {
        out.push_str(&format!(
            "  call back on: {}\n",
            check.official_numbers.join(", ")
        ));
    }
    out
}
