//! `callguard check`. SKELETON (owner: registry/verdict).

use crate::source::RegistryArgs;
use crate::CliResult;

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// The caller ID as received.
    pub number: String,
    #[command(flatten)]
    pub registry: RegistryArgs,
}

pub fn run(args: CheckArgs) -> CliResult {
    let registry = args.registry.load()?;
    let check = callguard::verdict::check(registry.registry(), &args.number, &Default::default());
    println!("{}", serde_json::to_string(&check)?);
    Ok(())
}
