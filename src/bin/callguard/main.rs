//! The `callguard` command: check numbers, scan texts, assess calls, keep the signed registry
//! (keygen, sign, verify, inspect, diff, lint, log, export) and a device's state directory
//! (install, rotate, show). It translates between the terminal and the library; the rules live
//! in the library.
//!
//! Exit status: 0 for any completed check, scan or assessment, whatever the verdict; 2 for a
//! usage error or a registry that fails verification, with the reason on stderr.

mod batch;
mod check;
mod notice;
mod registry;
mod scan;
mod source;
mod state;

use clap::{Parser, Subcommand};

/// A failure to report on stderr with exit status 2.
type CliResult = Result<(), Box<dyn std::error::Error>>;

#[derive(Parser)]
#[command(
    name = "callguard",
    version,
    about = "Stops wallet-callback scams: checks caller numbers against a signed registry of official numbers and flags requests for secrets."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a caller number against the registry of official numbers.
    Check(check::CheckArgs),
    /// Scan a text or transcript for scam indicators (requests for secrets, …).
    Scan(scan::ScanArgs),
    /// Assess a call or message: the caller's number and what the text asks for.
    Assess(scan::AssessArgs),
    /// Create, sign, verify and audit registries (for security teams).
    #[command(subcommand)]
    Registry(registry::RegistryCommand),
    /// Sign, verify and inspect call notices (provider-signed announced callbacks).
    #[command(subcommand)]
    Notice(notice::NoticeCommand),
    /// Install, rotate and show a device's state directory.
    #[command(subcommand)]
    State(state::StateCommand),
}

fn main() {
    // Rust ignores SIGPIPE, so printing to a closed pipe (`callguard scan - | head`) would
    // panic; a command-line tool ends quietly there instead, as other Unix tools do.
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to the default before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Scan(args) => scan::run_scan(args),
        Command::Assess(args) => scan::run_assess(args),
        Command::Registry(cmd) => registry::run(cmd),
        Command::State(cmd) => state::run(cmd),
        Command::Notice(cmd) => notice::run(cmd),
    };
    if let Err(e) = result {
        eprintln!("callguard: {e}");
        std::process::exit(2);
    }
}
