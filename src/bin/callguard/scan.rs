//! `callguard scan` and `callguard assess`: read a text (argument or standard input), print the
//! indicators with their spans highlighted, or the JSON contract with `--json`.

use std::io::{IsTerminal, Read};

use callguard::assess::{Assessment, Risk};
use callguard::scan::Indicator;
use callguard::verdict::CheckOptions;

use crate::source::RegistryArgs;
use crate::CliResult;

/// Largest text read from standard input (16 MiB): transcripts and messages are far smaller.
const MAX_INPUT: u64 = 16 << 20;

#[derive(clap::Args, Debug)]
pub(crate) struct ScanArgs {
    /// The text, or `-` (or nothing) to read standard input.
    pub text: Option<String>,
    /// Print the JSON contract instead of readable output.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub registry: RegistryArgs,
}

#[derive(clap::Args, Debug)]
pub(crate) struct AssessArgs {
    /// The caller's number as received.
    #[arg(long)]
    pub from: String,
    /// Region for national formats and short codes (ISO 3166, e.g. CN, US).
    #[arg(long, value_parser = |s: &str| callguard::number::Region::parse_known(s))]
    pub region: Option<callguard::number::Region>,
    /// Provider id the caller claims to be, if the text does not say.
    #[arg(long)]
    pub claimed: Option<String>,
    /// The text, or `-` (or nothing) to read standard input.
    pub text: Option<String>,
    /// Print the JSON contract instead of readable output.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub call: crate::notice::CallArgs,
}

/// The text from the argument, or standard input for `-` or no argument.
fn read_text(arg: Option<String>) -> Result<String, Box<dyn std::error::Error>> {
    match arg {
        Some(text) if text != "-" => Ok(text),
        _ => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .take(MAX_INPUT + 1)
                .read_to_end(&mut bytes)?;
            if bytes.len() as u64 > MAX_INPUT {
                return Err(format!("input is larger than {MAX_INPUT} bytes").into());
            }
            Ok(String::from_utf8(bytes).map_err(|_| "input is not UTF-8 text")?)
        }
    }
}

pub(crate) fn run_scan(args: ScanArgs) -> CliResult {
    let snapshot = args.registry.load()?;
    let text = read_text(args.text)?;
    let assessed = snapshot.assess_text(&text, None);
    if args.json {
        println!("{}", serde_json::to_string(&assessed)?);
    } else {
        print_indicators(&text, &assessed.indicators);
    }
    Ok(())
}

pub(crate) fn run_assess(args: AssessArgs) -> CliResult {
    let snapshot = args.registry.load()?;
    let text = read_text(args.text)?;
    let options = CheckOptions {
        region: args.region,
        claimed: args.claimed,
    };
    let (context, notices) = args.call.load(&snapshot, options.region)?;
    let assessment = snapshot.assess_call(&args.from, &options, &context, &notices, &text);
    if args.json {
        println!("{}", serde_json::to_string(&assessment)?);
    } else {
        print_assessment(&text, &assessment);
    }
    Ok(())
}

fn print_assessment(text: &str, a: &Assessment) {
    let risk = match a.risk {
        Risk::None => "NONE",
        Risk::Low => "LOW",
        Risk::Medium => "MEDIUM",
        Risk::High => "HIGH",
    };
    println!("risk: {risk}");
    let v = &a.verdict;
    println!(
        "number: {} → {:?}{}",
        v.input,
        v.verdict,
        v.provider
            .as_deref()
            .map(|p| format!(" ({p})"))
            .unwrap_or_default()
    );
    for reason in &a.reasons {
        println!("  - {}", reason.message);
    }
    if !a.indicators.is_empty() {
        println!();
        print_indicators(text, &a.indicators);
    }
    println!();
    println!("{}", a.advice.en);
    println!("{}", a.advice.zh_hans);
}

/// Prints the text with each indicator's span highlighted (reverse video on a terminal,
/// `[[…]]` otherwise), then one line per indicator.
fn print_indicators(text: &str, indicators: &[Indicator]) {
    if indicators.is_empty() {
        println!("no scam indicators found");
        return;
    }
    let (open, close) = if std::io::stdout().is_terminal() {
        ("\x1b[7m", "\x1b[0m")
    } else {
        ("[[", "]]")
    };
    let mut out = String::with_capacity(text.len() + indicators.len() * 8);
    let mut at = 0;
    for i in indicators {
        if i.start < at || i.end > text.len() {
            continue; // overlapping spans are listed below, highlighted once
        }
        out.push_str(&text[at..i.start]);
        out.push_str(open);
        out.push_str(&text[i.start..i.end]);
        out.push_str(close);
        at = i.end;
    }
    out.push_str(&text[at..]);
    println!("{out}");
    println!();
    for i in indicators {
        let detail = i
            .secret
            .map(|s| {
                format!(
                    " ({})",
                    serde_json::to_value(s)
                        .unwrap_or_default()
                        .as_str()
                        .unwrap_or("")
                )
            })
            .or_else(|| i.provider.as_ref().map(|p| format!(" ({p})")))
            .unwrap_or_default();
        let kind = serde_json::to_value(i.kind).unwrap_or_default();
        println!(
            "  {}{detail} at {}..{}: {:?}",
            kind.as_str().unwrap_or(""),
            i.start,
            i.end,
            i.excerpt
        );
    }
}
