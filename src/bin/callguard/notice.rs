//! `callguard notice sign|verify|inspect`, and the call-context flags `check` and `assess`
//! share (`--notice FILE`, `--to NUMBER`, `--at T`, `--attestation`, `--display-name`).
//!
//! `verify` exits 0 when the notice is valid, 2 with the reason when it is refused. For
//! `check`/`assess`, a notice that is refused is reported on stderr and not used (a device
//! would not hold it); the check still completes.

use std::path::PathBuf;

use callguard::guard::Snapshot;
use callguard::notice::{self, Callee, NoticeDraft, NoticeTable};
use callguard::number::Region;
use callguard::signing::{self, SigningKey};
use callguard::verdict::{Attestation, CallContext, Check, CheckOptions};

use crate::source::{read, RegistryArgs};
use crate::CliResult;

/// Parses `YYYY-MM-DDTHH:MM:SSZ` for `--at`, `--not-before`, `--not-after`.
fn utc(text: &str) -> Result<i64, String> {
    callguard::registry::parse_utc_time(text)
        .ok_or_else(|| format!("{text:?} is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ"))
}

fn attestation(text: &str) -> Result<Attestation, String> {
    Attestation::parse(text)
        .ok_or_else(|| format!("{text:?}: expected passed, failed or not-verified"))
}

/// The call-context flags of `check` and `assess`.
#[derive(clap::Args, Debug, Default, Clone)]
pub(crate) struct CallArgs {
    /// A signed call notice the device holds (repeatable); needs --to.
    #[arg(long = "notice", value_name = "FILE", requires = "to")]
    pub notices: Vec<PathBuf>,
    /// The callee: this device's own number, which notices must be for.
    #[arg(long, value_name = "NUMBER")]
    pub to: Option<String>,
    /// The moment of the call (YYYY-MM-DDTHH:MM:SSZ; default now).
    #[arg(long, value_name = "T", value_parser = utc)]
    pub at: Option<i64>,
    /// The network's caller-ID attestation: passed, failed or not-verified.
    #[arg(long, value_name = "RESULT", value_parser = attestation)]
    pub attestation: Option<Attestation>,
    /// The name the call is displayed with (CNAM, asserted name, or the saved contact label).
    #[arg(long, value_name = "TEXT")]
    pub display_name: Option<String>,
}

impl CallArgs {
    /// The call context and the notices (verified for --to at the call's moment) the flags give.
    pub(crate) fn load(
        &self,
        snapshot: &Snapshot,
        region: Option<Region>,
    ) -> Result<(CallContext, NoticeTable), Box<dyn std::error::Error>> {
        let at = self.at.unwrap_or_else(signing::now_unix);
        let mut table = NoticeTable::new();
        if let Some(to) = &self.to {
            let callee = Callee::parse(to, region).map_err(|e| format!("--to: {e}"))?;
            for path in &self.notices {
                let bytes = read(path)?;
                match notice::verify(&bytes, snapshot.registry(), &callee, at)
                    .and_then(|n| table.insert(n, at))
                {
                    Ok(()) => {}
                    Err(e) => eprintln!(
                        "callguard: notice {} refused ({}): {e}; it is not used",
                        path.display(),
                        e.code()
                    ),
                }
            }
        }
        let context = CallContext {
            at: Some(at),
            attestation: self.attestation,
            display_name: self.display_name.clone(),
        };
        Ok((context, table))
    }

    /// The verdict on `number` in the context the flags give.
    pub(crate) fn check(
        &self,
        snapshot: &Snapshot,
        number: &str,
        options: &CheckOptions,
    ) -> Result<Check, Box<dyn std::error::Error>> {
        let (context, table) = self.load(snapshot, options.region)?;
        Ok(snapshot.check_call(number, options, &context, &table))
    }
}

/// `callguard notice …`.
#[derive(clap::Subcommand, Debug)]
pub(crate) enum NoticeCommand {
    /// Sign a call notice with a provider's notice key.
    Sign(SignArgs),
    /// Verify a notice against a registry (exit 0 valid, 2 refused with the reason).
    Verify(VerifyArgs),
    /// Show a notice's contents without verifying it.
    Inspect {
        /// The signed notice.
        #[arg(value_name = "NOTICE")]
        notice: PathBuf,
    },
}

/// Arguments of `callguard notice sign`.
#[derive(clap::Args, Debug)]
pub(crate) struct SignArgs {
    /// The provider's notice key (PKCS#8 PEM from `callguard registry keygen`).
    #[arg(long, value_name = "KEY")]
    pub key: PathBuf,
    /// The provider's registry id.
    #[arg(long, value_name = "ID")]
    pub provider: String,
    /// The official number the call comes from.
    #[arg(long, value_name = "NUMBER")]
    pub from: String,
    /// Region for national numbers and short codes (--from and --to).
    #[arg(long, value_name = "CC", value_parser = |s: &str| Region::parse_known(s))]
    pub region: Option<Region>,
    /// The callee's number (bound by hash, not written in the notice).
    #[arg(long, value_name = "NUMBER")]
    pub to: String,
    /// Start of the window (YYYY-MM-DDTHH:MM:SSZ).
    #[arg(long, value_name = "T", value_parser = utc)]
    pub not_before: i64,
    /// End of the window (at most 24 h after the start).
    #[arg(long, value_name = "T", value_parser = utc)]
    pub not_after: i64,
    /// The reason in English (at most 100 characters).
    #[arg(long, value_name = "TEXT")]
    pub reason_en: String,
    /// The reason in Simplified Chinese (at most 100 characters).
    #[arg(long = "reason-zh-hans", value_name = "TEXT")]
    pub reason_zh_hans: String,
    /// The name the caller will give.
    #[arg(long, value_name = "NAME")]
    pub agent: Option<String>,
    /// The notice id (default: 128 random bits in hex).
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// The registry series the notice is for (default: the bundled demo, callguard-demo).
    #[arg(long, value_name = "ID", default_value = signing::DEMO_REGISTRY_ID)]
    pub registry_id: String,
    /// Where to write the signed notice.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// Arguments of `callguard notice verify`.
#[derive(clap::Args, Debug)]
pub(crate) struct VerifyArgs {
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// The callee (this device's number); without it the callee is not checked.
    #[arg(long, value_name = "NUMBER")]
    pub to: Option<String>,
    /// Region for a national --to.
    #[arg(long, value_name = "CC", value_parser = |s: &str| Region::parse_known(s))]
    pub region: Option<Region>,
    /// The moment to verify at (default now).
    #[arg(long, value_name = "T", value_parser = utc)]
    pub at: Option<i64>,
    /// Print the notice as JSON when valid.
    #[arg(long)]
    pub json: bool,
    /// The signed notice.
    #[arg(value_name = "NOTICE")]
    pub notice: PathBuf,
}

/// Runs `callguard notice …`.
pub(crate) fn run(cmd: NoticeCommand) -> CliResult {
    match cmd {
        NoticeCommand::Sign(args) => sign(args),
        NoticeCommand::Verify(args) => verify(args),
        NoticeCommand::Inspect { notice } => inspect(&notice),
    }
}

fn sign(args: SignArgs) -> CliResult {
    let key = SigningKey::from_pem(&read(&args.key)?)
        .map_err(|e| format!("{}: {e}", args.key.display()))?;
    let draft = NoticeDraft {
        registry_id: args.registry_id,
        provider: args.provider,
        from: args.from,
        region: args.region,
        to: args.to,
        not_before: notice::format_utc(args.not_before),
        not_after: notice::format_utc(args.not_after),
        reason_en: args.reason_en,
        reason_zh_hans: args.reason_zh_hans,
        agent: args.agent,
        id: args.id,
        issued_at: notice::format_utc(signing::now_unix()),
    };
    let bytes = notice::sign(&draft, &key).map_err(|e| format!("notice not signed: {e}"))?;
    std::fs::write(&args.out, &bytes).map_err(|e| format!("{}: {e}", args.out.display()))?;
    let (doc, _) = notice::inspect(&bytes)?;
    eprintln!(
        "signed notice {} by {} (key {}) -> {}",
        doc.id,
        doc.provider,
        key.public_key().key_id(),
        args.out.display()
    );
    Ok(())
}

fn verify(args: VerifyArgs) -> CliResult {
    let snapshot = args.registry.load()?;
    let bytes = read(&args.notice)?;
    let at = args.at.unwrap_or_else(signing::now_unix);
    let refused =
        |e: notice::NoticeError| format!("{}: REFUSED ({}): {e}", args.notice.display(), e.code());
    let (doc, callee_checked) = match &args.to {
        Some(to) => {
            let callee = Callee::parse(to, args.region).map_err(|e| format!("--to: {e}"))?;
            let verified =
                notice::verify(&bytes, snapshot.registry(), &callee, at).map_err(refused)?;
            (verified.doc().clone(), true)
        }
        None => (
            notice::verify_without_callee(&bytes, snapshot.registry(), at).map_err(refused)?,
            false,
        ),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else {
        println!(
            "{}: VALID notice {} by {} from {}, {} to {}: {}",
            args.notice.display(),
            doc.id,
            doc.provider,
            doc.from,
            doc.not_before,
            doc.not_after,
            doc.reason.get("en").map_or("", String::as_str)
        );
        if !callee_checked {
            println!("  callee not checked (give --to NUMBER)");
        }
    }
    Ok(())
}

fn inspect(path: &std::path::Path) -> CliResult {
    let bytes = read(path)?;
    let (doc, signatures) =
        notice::inspect(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    #[derive(serde::Serialize)]
    struct Report<'a> {
        #[serde(flatten)]
        doc: &'a notice::NoticeDoc,
        signatures: Vec<&'a str>,
        verified: bool,
    }
    let report = Report {
        doc: &doc,
        signatures: signatures.iter().map(|s| s.keyid.as_str()).collect(),
        verified: false,
    };
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(())
}
