//! `callguard scan` and `callguard assess`. SKELETON.

use crate::CliResult;

#[derive(clap::Args, Debug)]
pub struct ScanArgs {
    /// The text, or `-` (or nothing) to read standard input.
    pub text: Option<String>,
}

#[derive(clap::Args, Debug)]
pub struct AssessArgs {
    /// The caller's number.
    #[arg(long)]
    pub from: String,
    /// The text, or `-` (or nothing) to read standard input.
    pub text: Option<String>,
}

pub fn run_scan(_args: ScanArgs) -> CliResult {
    Err("not implemented".into())
}

pub fn run_assess(_args: AssessArgs) -> CliResult {
    Err("not implemented".into())
}
