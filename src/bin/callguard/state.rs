//! `callguard state install|rotate|show`: a device's state directory from the command line
//! (for testing apps, and for devices managed by scripts). The rules are the library's
//! (`callguard::guard::{install, rotate}`, `CallGuard::open_store`); this file translates.
//!
//! A directory remembers the trust root it was started with (`root.json`, written by the first
//! `install`); `rotate`, `show` and `--state` start from it and apply the stored rotations.

use std::path::{Path, PathBuf};

use callguard::guard::{self, CallGuard, RegistrySource, StateReport};
use callguard::signing::{Policy, TrustRoot};
use callguard::state::{Store, ROOT_FILE};
use serde::Serialize;

use crate::source::{read, TrustArgs};
use crate::CliResult;

#[derive(clap::Subcommand, Debug)]
pub(crate) enum StateCommand {
    /// Verify a signed registry against the directory's root and floor and make it the one in
    /// force (exit 0 when installed or already in force, 2 with the reason when refused).
    Install {
        /// The state directory (created if missing).
        #[arg(long, value_name = "DIR")]
        dir: PathBuf,
        #[command(flatten)]
        trust: TrustArgs,
        /// The registry series the directory holds.
        #[arg(long, value_name = "ID")]
        registry_id: String,
        /// The signed registry.
        signed: PathBuf,
    },
    /// Apply a signed root rotation to the directory's trust root.
    Rotate {
        /// The state directory.
        #[arg(long, value_name = "DIR")]
        dir: PathBuf,
        /// The signed new root (from `callguard registry root`).
        signed_root: PathBuf,
    },
    /// What the directory holds: registry, version, floor, expiry, root version, and what was
    /// recovered from.
    Show {
        /// The state directory.
        #[arg(long, value_name = "DIR")]
        dir: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Runs `callguard state …`.
pub(crate) fn run(cmd: StateCommand) -> CliResult {
    match cmd {
        StateCommand::Install {
            dir,
            trust,
            registry_id,
            signed,
        } => install(&dir, &trust, &registry_id, &signed),
        StateCommand::Rotate { dir, signed_root } => {
            let store = Store::open(&dir)?;
            let version = guard::rotate(&store, started_root(&store)?, &read(&signed_root)?)
                .map_err(|e| format!("{}: refused: {e}", signed_root.display()))?;
            println!("{}: trust root is now version {version}", dir.display());
            Ok(())
        }
        StateCommand::Show { dir, json } => show(&dir, json),
    }
}

fn install(dir: &Path, trust: &TrustArgs, registry_id: &str, signed: &Path) -> CliResult {
    let root = trust.trust_root()?.ok_or(
        "state install needs the trusted keys: --trust KEY.pub [--trust …] or --root ROOT.json",
    )?;
    let store = Store::open(dir)?;
    let installed = guard::install(
        &store,
        root,
        Policy::for_registry(registry_id),
        &read(signed)?,
    )
    .map_err(|e| format!("{}: refused: {e}", signed.display()))?;
    let what = if installed.written {
        "installed"
    } else {
        "already in force"
    };
    println!(
        "{}: {} version {} {what}",
        dir.display(),
        installed.info.registry_id,
        installed.info.version
    );
    Ok(())
}

/// The trust root the directory was started with.
fn started_root(store: &Store) -> Result<TrustRoot, Box<dyn std::error::Error>> {
    guard::started_root(store)
        .map_err(|e| format!("{}: {e}", store.dir().display()))?
        .ok_or_else(|| {
            format!(
                "{} has no {ROOT_FILE}: run `callguard state install --dir … --trust …` first",
                store.dir().display()
            )
            .into()
        })
}

/// The guard over a state directory, as `show` and `--state` see it.
pub(crate) fn open(dir: &Path) -> Result<(CallGuard, StateReport), Box<dyn std::error::Error>> {
    let store = Store::open(dir)?;
    let root = started_root(&store)?;
    CallGuard::open_store(store, root, Policy::default(), None)
        .map_err(|e| format!("{}: {e}", dir.display()).into())
}

/// The `state show --json` document.
#[derive(Serialize)]
struct Shown<'a> {
    registry_id: &'a str,
    version: u64,
    floor: Option<u64>,
    expires_at: &'a str,
    expired: bool,
    root_version: u64,
    source: RegistrySource,
    /// Where the registry was recovered from, when it was not the stored one.
    recovered_from: Option<RegistrySource>,
    problems: &'a [guard::StateProblem],
}

fn show(dir: &Path, json: bool) -> CliResult {
    let (guard, report) = open(dir)?;
    let info = guard.info();
    let shown = Shown {
        registry_id: &info.registry_id,
        version: info.version,
        floor: report.floor,
        expires_at: &info.expires_at,
        expired: guard.expired(),
        root_version: report.root_version,
        source: report.source,
        recovered_from: (report.source != RegistrySource::Stored).then_some(report.source),
        problems: &report.problems,
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&shown)?);
        return Ok(());
    }
    println!("registry   {} version {}", shown.registry_id, shown.version);
    println!(
        "floor      {}",
        shown.floor.map_or("(none)".to_string(), |f| f.to_string())
    );
    println!(
        "expires    {}{}",
        shown.expires_at,
        if shown.expired { "  (EXPIRED)" } else { "" }
    );
    println!("root       version {}", shown.root_version);
    if let Some(from) = shown.recovered_from {
        println!("recovered  from {from:?}");
    }
    for p in shown.problems {
        println!("problem    {}", serde_json::to_string(p)?);
    }
    Ok(())
}
