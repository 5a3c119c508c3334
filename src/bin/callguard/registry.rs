//! `callguard registry …`: the security team's tools (keygen, sign, verify, inspect, diff,
//! compact, lint, log, root, rotate, export). The logic lives in `callguard::signing` and
//! `callguard::registry`; this file only translates.
//!
//! Re-signing the bundled demonstration registry after editing `data/registry.json`:
//! `cargo run -- registry sign --key data/demo/DEMO-ONLY-ed25519.key --out data/demo/registry.DEMO-ONLY.signed.json data/registry.json`

use std::io::Write as _;
use std::path::{Path, PathBuf};

use callguard::registry::audit::{self, ChainItem};
use callguard::registry::RegistryDoc;
use callguard::signing::{
    self, Envelope, Policy, PublicKey, RegistryFile, RegistryInfo, SigningKey, TrustRoot,
    VerifiedRegistry, DEFAULT_MAX_ENVELOPE_BYTES, REGISTRY_PAYLOAD_TYPE,
};

use crate::source::{read, TrustArgs};
use crate::CliResult;

/// Export formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ExportFormat {
    /// One row per number: provider_id,provider_name_en,number,region,channels,purposes,source,inbound_only,announces_calls,notice_keys.
    Csv,
    /// The registry payload itself, byte for byte: exactly what `sign` accepts.
    Json,
    /// iOS Call Directory: `[{"number": <int64>, "label": …}]`, ascending, no repeats.
    CallDirectory,
}

#[derive(clap::Subcommand, Debug)]
pub(crate) enum RegistryCommand {
    /// Generate an Ed25519 signing key: PATH.key (private, PKCS#8 PEM, mode 0600) and PATH.pub.
    Keygen {
        /// Path prefix of the two files.
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        /// Overwrite existing files.
        #[arg(long)]
        force: bool,
    },
    /// Sign a registry JSON (kept byte for byte) into a signed envelope. Given a signed
    /// registry instead, adds the new signatures to it (multi-party signing).
    Sign {
        /// A private key from `keygen`; repeat for several signers.
        #[arg(long = "key", value_name = "A.key", required = true)]
        keys: Vec<PathBuf>,
        /// Where to write the signed registry.
        #[arg(long, value_name = "SIGNED.json")]
        out: PathBuf,
        /// The registry JSON (or a signed registry to countersign).
        input: PathBuf,
    },
    /// Verify a signed registry: signatures, threshold, expiry, version floor. Exit 0 if valid,
    /// 2 with the reason otherwise.
    Verify {
        #[command(flatten)]
        trust: TrustArgs,
        /// Refuse versions below V (rollback protection).
        #[arg(long, value_name = "V", default_value_t = 0)]
        min_version: u64,
        /// Refuse a registry whose id is not this one.
        #[arg(long, value_name = "ID")]
        registry_id: Option<String>,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
        /// The signed registry.
        signed: PathBuf,
    },
    /// Show a signed registry's version, times, signers, providers and counts (signatures are
    /// checked when --trust is given).
    Inspect {
        #[command(flatten)]
        trust: TrustArgs,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
        /// The signed registry (or a raw registry JSON).
        signed: PathBuf,
    },
    /// Show numbers and providers added, removed and changed between two registries (signed
    /// or raw).
    Diff {
        /// Print as JSON.
        #[arg(long)]
        json: bool,
        /// The older registry.
        old: PathBuf,
        /// The newer registry.
        new: PathBuf,
    },
    /// Rewrite a registry in the compact form: each provider's most common fields become its
    /// defaults and numbers that match them become bare strings. Every number keeps its meaning
    /// (check with `diff`); the header, version included, is unchanged.
    Compact {
        /// Write here instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Write without indentation or line breaks (smallest envelope).
        #[arg(long)]
        minify: bool,
        /// The registry JSON (or a signed registry, whose payload is rewritten).
        input: PathBuf,
    },
    /// Check a registry document for every problem at once.
    Lint {
        /// The registry JSON.
        path: PathBuf,
    },
    /// Check that signed registries form a continuous predecessor chain (exit 2 if not).
    Log {
        #[command(flatten)]
        trust: TrustArgs,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
        /// The signed registries, in any order.
        #[arg(required = true)]
        signed: Vec<PathBuf>,
    },
    /// Write a trust root (keys + threshold, versioned), signed by --sign keys when given. For a
    /// rotation, sign with a threshold of the current root's keys and of the new root's keys.
    Root {
        /// A public key the root trusts; repeat for each.
        #[arg(long = "trust", value_name = "KEY.pub", required = true)]
        trust: Vec<PathBuf>,
        /// Distinct signatures a registry needs.
        #[arg(long, default_value_t = 1)]
        threshold: usize,
        /// The root's version (each rotation increases it).
        #[arg(long = "root-version", value_name = "V", default_value_t = 1)]
        root_version: u64,
        /// A private key to sign the root with; repeat for several.
        #[arg(long = "sign", value_name = "KEY.key")]
        sign: Vec<PathBuf>,
        /// Where to write the root (JSON, or a signed root envelope with --sign).
        #[arg(long, value_name = "ROOT.json")]
        out: PathBuf,
    },
    /// Check a root rotation: NEW (a signed root) must be signed by a threshold of CURRENT and
    /// of itself, with a higher version. Exit 0 if accepted, 2 with the reason otherwise.
    Rotate {
        /// The trust root in force (JSON or signed root).
        #[arg(long, value_name = "ROOT.json")]
        current: PathBuf,
        /// The proposed signed root.
        new: PathBuf,
    },
    /// Export a signed registry (the bundled one when none is given).
    Export {
        /// csv, json (the exact payload, which `sign` accepts) or call-directory.
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[command(flatten)]
        trust: TrustArgs,
        /// call-directory: include the short codes of this region (e.g. CN); others are left out.
        #[arg(long, value_name = "CC")]
        region: Option<String>,
        /// call-directory: language of the labels (BCP 47, falls back to en).
        #[arg(long, default_value = "en")]
        lang: String,
        /// Write here instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// The signed registry (default: the bundled demonstration registry).
        signed: Option<PathBuf>,
    },
}

pub(crate) fn run(cmd: RegistryCommand) -> CliResult {
    match cmd {
        RegistryCommand::Keygen { out, force } => keygen(&out, force),
        RegistryCommand::Sign { keys, out, input } => sign(&keys, &out, &input),
        RegistryCommand::Verify {
            trust,
            min_version,
            registry_id,
            json,
            signed,
        } => verify(&trust, min_version, registry_id, json, &signed),
        RegistryCommand::Inspect {
            trust,
            json,
            signed,
        } => inspect(&trust, json, &signed),
        RegistryCommand::Diff { json, old, new } => diff(json, &old, &new),
        RegistryCommand::Compact { out, minify, input } => compact(out.as_deref(), minify, &input),
        RegistryCommand::Lint { path } => lint(&path),
        RegistryCommand::Log {
            trust,
            json,
            signed,
        } => log(&trust, json, &signed),
        RegistryCommand::Root {
            trust,
            threshold,
            root_version,
            sign,
            out,
        } => root(&trust, threshold, root_version, &sign, &out),
        RegistryCommand::Rotate { current, new } => rotate(&current, &new),
        RegistryCommand::Export {
            format,
            trust,
            region,
            lang,
            out,
            signed,
        } => export(
            format,
            &trust,
            region.as_deref(),
            &lang,
            out.as_deref(),
            signed.as_deref(),
        ),
    }
}

fn with_ext(prefix: &Path, ext: &str) -> PathBuf {
    let mut s = prefix.as_os_str().to_os_string();
    s.push(".");
    s.push(ext);
    PathBuf::from(s)
}

/// Creates `path` with mode 0600 (on Unix), refusing to replace an existing file unless `force`.
/// Writes a private key readable by its owner only. Never through a symlink: without
/// `--force` the file must not exist (a symlink counts); with it, the key goes to a new file
/// beside it that then replaces the path itself (a symlink there is replaced, its target left
/// alone).
fn write_private(path: &Path, bytes: &[u8], force: bool) -> CliResult {
    let fresh = |target: &Path| -> std::io::Result<std::fs::File> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        options.open(target)
    };
    let target = if force {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".tmp-{}", std::process::id()));
        path.with_file_name(name)
    } else {
        path.to_path_buf()
    };
    let mut file = fresh(&target).map_err(|e| {
        format!(
            "cannot create {}: {e} (use --force to replace it)",
            target.display()
        )
    })?;
    file.write_all(bytes)?;
    file.sync_all()?;
    if force {
        std::fs::rename(&target, path).map_err(|e| {
            let _ = std::fs::remove_file(&target);
            format!("cannot replace {}: {e}", path.display())
        })?;
    }
    Ok(())
}

fn write_public(path: &Path, bytes: &[u8], force: bool) -> CliResult {
    if !force && path.exists() {
        return Err(format!("{} exists (use --force to replace it)", path.display()).into());
    }
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()).into())
}

fn keygen(out: &Path, force: bool) -> CliResult {
    let key_path = with_ext(out, "key");
    let pub_path = with_ext(out, "pub");
    if !force && (key_path.exists() || pub_path.exists()) {
        return Err(format!(
            "{} or {} exists; pick another --out or pass --force",
            key_path.display(),
            pub_path.display()
        )
        .into());
    }
    let (key, pkcs8) = SigningKey::generate()?;
    write_private(&key_path, pkcs8.to_pem().as_bytes(), force)?;
    let public = key.public_key();
    write_public(&pub_path, public.to_pem().as_bytes(), force)?;
    println!(
        "wrote {} (private, mode 0600: keep it offline) and {}\nkey id {}",
        key_path.display(),
        pub_path.display(),
        public.key_id()
    );
    Ok(())
}

fn load_key(path: &Path) -> Result<SigningKey, Box<dyn std::error::Error>> {
    #[cfg(unix)]
    if let Ok(meta) = std::fs::metadata(path) {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            eprintln!(
                "callguard: warning: private key {} is readable by others (mode {mode:o}); run chmod 600 on it and consider it exposed",
                path.display()
            );
        }
    }
    SigningKey::from_pem(&read(path)?).map_err(|e| format!("{}: {e}", path.display()).into())
}

fn sign(keys: &[PathBuf], out: &Path, input: &Path) -> CliResult {
    let bytes = read(input)?;
    let keys = keys
        .iter()
        .map(|p| load_key(p))
        .collect::<Result<Vec<_>, _>>()?;
    let refs: Vec<&SigningKey> = keys.iter().collect();
    let file = RegistryFile::read(&bytes).map_err(|e| {
        format!(
            "{}: {e}\nrefusing to sign an invalid registry (run `callguard registry lint {}`)",
            input.display(),
            input.display()
        )
    })?;
    if file.expired_at(signing::now_unix()) {
        eprintln!(
            "callguard: warning: {} expired at {}; devices will refuse it",
            input.display(),
            file.doc.expires_at
        );
    }
    let env = file.sign(&bytes, &refs).map_err(|problems| {
        let listed: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        format!(
            "{}: {} problem(s):\n{}\nrefusing to sign an invalid registry (run `callguard registry lint {}`)",
            input.display(),
            problems.len(),
            listed.join("\n"),
            input.display()
        )
    })?;
    std::fs::write(out, env.to_json())
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!(
        "signed {} ({} signature(s), payload sha256 {}) -> {}",
        input.display(),
        env.signatures().len(),
        env.payload_sha256(),
        out.display()
    );
    Ok(())
}

fn verify(
    trust: &TrustArgs,
    min_version: u64,
    registry_id: Option<String>,
    json: bool,
    signed: &Path,
) -> CliResult {
    let root = trust
        .trust_root()?
        .ok_or("verify needs the trusted keys: --trust KEY.pub [--trust …] or --root ROOT.json")?;
    let policy = Policy {
        registry_id,
        min_version,
        ..Policy::default()
    };
    let verified = signing::verify(&read(signed)?, &root, &policy)
        .map_err(|e| format!("{}: INVALID: {e}", signed.display()))?;
    let info = verified.info();
    if json {
        println!("{}", serde_json::to_string_pretty(&info)?);
    } else {
        println!(
            "{}: valid: {} version {}{}, expires {}\n{} trusted signature(s), {} required: {}",
            signed.display(),
            info.registry_id,
            info.version,
            if info.demo { " (DEMO ONLY)" } else { "" },
            info.expires_at,
            info.signers.len(),
            root.threshold(),
            info.signers.join(", ")
        );
    }
    Ok(())
}

/// Reads a registry document from a signed registry or raw registry JSON.
fn load_doc(path: &Path) -> Result<(RegistryDoc, Option<Envelope>), Box<dyn std::error::Error>> {
    let file = RegistryFile::read(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((file.doc, file.envelope))
}

fn inspect(trust: &TrustArgs, json: bool, path: &Path) -> CliResult {
    let file = RegistryFile::read(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))?;
    let root = trust.trust_root()?;
    let mut verified_by = None;
    if let (Some(root), Some(env)) = (&root, &file.envelope) {
        let ids = signing::verify_signatures(env, root)
            .map_err(|e| format!("{}: INVALID: {e}", path.display()))?;
        verified_by = Some(ids.iter().map(|k| k.to_string()).collect::<Vec<_>>());
    }
    let info = RegistryInfo::of(
        &file.doc,
        file.payload_sha256.clone(),
        verified_by.clone().unwrap_or_default(),
    );
    let (doc, env) = (&file.doc, &file.envelope);
    /// One provider in the report.
    #[derive(serde::Serialize)]
    struct ProviderLine<'a> {
        id: &'a str,
        name: &'a str,
        numbers: usize,
        /// Key ids of its call-notice keys.
        notice_keys: Vec<String>,
        announces_calls: bool,
        /// How many of its numbers only receive calls.
        inbound_only: usize,
    }
    /// The summary plus what only a file shows: its signatures and its providers.
    #[derive(serde::Serialize)]
    struct Report<'a> {
        #[serde(flatten)]
        info: &'a RegistryInfo,
        signatures: Option<Vec<&'a str>>,
        verified_signers: &'a Option<Vec<String>>,
        providers: Vec<ProviderLine<'a>>,
    }
    let report = Report {
        info: &info,
        signatures: env
            .as_ref()
            .map(|e| e.signatures().iter().map(|s| s.keyid.as_str()).collect()),
        verified_signers: &verified_by,
        providers: doc
            .providers
            .iter()
            .map(|p| ProviderLine {
                id: &p.id,
                name: p.name_in("en"),
                numbers: p.numbers.len(),
                notice_keys: p
                    .notice_keys
                    .iter()
                    .map(|k| {
                        callguard::registry::notice_key_bytes(k)
                            .map(|raw| callguard::signing::sha256_hex(&raw))
                            .unwrap_or_default()
                    })
                    .collect(),
                announces_calls: p.announces_calls,
                inbound_only: p.numbers.iter().filter(|n| p.inbound_only_of(n)).count(),
            })
            .collect(),
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    println!(
        "registry   {} version {}{}",
        doc.registry_id,
        doc.version,
        if doc.demo { "  (DEMO ONLY data)" } else { "" }
    );
    println!("issued     {}", doc.issued_at);
    println!("expires    {}", doc.expires_at);
    match &env {
        Some(env) => {
            println!("payload    sha256 {}", env.payload_sha256());
            for s in env.signatures() {
                println!("signature  key {}", s.keyid);
            }
            match &verified_by {
                Some(ids) => println!(
                    "verified   {} trusted signature(s) meet the threshold",
                    ids.len()
                ),
                None => println!("verified   NO (pass --trust KEY.pub to check the signatures)"),
            }
        }
        None => println!("unsigned   this is raw registry JSON"),
    }
    println!(
        "previous   {}",
        doc.predecessor_sha256
            .as_deref()
            .unwrap_or("(none recorded)")
    );
    println!(
        "providers  {}, numbers {}",
        info.provider_count, info.number_count
    );
    for p in &report.providers {
        println!("  {:<16} {:<24} {} number(s)", p.id, p.name, p.numbers);
        if p.inbound_only > 0 {
            println!("    {} inbound-only number(s)", p.inbound_only);
        }
        if p.announces_calls {
            println!("    announces every call it makes (unannounced calls are spoofed)");
        }
        for k in &p.notice_keys {
            println!("    notice key {k}");
        }
    }
    Ok(())
}

fn diff(json: bool, old: &Path, new: &Path) -> CliResult {
    let (a, _) = load_doc(old)?;
    let (b, _) = load_doc(new)?;
    let d = audit::diff(&a, &b);
    if json {
        println!("{}", serde_json::to_string_pretty(&d)?);
        return Ok(());
    }
    println!("version {} -> {}", d.from_version, d.to_version);
    for p in &d.providers_added {
        println!("+ provider {p}");
    }
    for p in &d.providers_removed {
        println!("- provider {p}");
    }
    for p in &d.providers_changed {
        println!("~ provider {} ({})", p.id, p.fields.join(", "));
    }
    for k in &d.notice_keys_added {
        println!(
            "+ NOTICE KEY {} for {} (may now sign this provider's call notices)",
            k.key_id, k.provider
        );
    }
    for k in &d.notice_keys_removed {
        println!(
            "- NOTICE KEY {} for {} (its call notices stop verifying)",
            k.key_id, k.provider
        );
    }
    let region = |r: &Option<String>| r.as_deref().map(|r| format!(" [{r}]")).unwrap_or_default();
    for n in &d.numbers_added {
        println!(
            "+ number {}{} ({})",
            n.number,
            region(&n.region),
            n.provider
        );
    }
    for n in &d.numbers_removed {
        println!(
            "- number {}{} ({})",
            n.number,
            region(&n.region),
            n.provider
        );
    }
    for n in &d.numbers_changed {
        println!(
            "~ number {}{} ({} -> {}: {})",
            n.number,
            region(&n.region),
            n.from_provider,
            n.to_provider,
            n.fields.join(", ")
        );
    }
    if d.is_empty() {
        println!("no provider or number changes");
    }
    Ok(())
}

fn compact(out: Option<&Path>, minify: bool, input: &Path) -> CliResult {
    let (doc, _) = load_doc(input)?;
    let compacted = callguard::registry::compact(&doc);
    let mut bytes = if minify {
        serde_json::to_vec(&compacted)?
    } else {
        serde_json::to_vec_pretty(&compacted)?
    };
    bytes.push(b'\n');
    let numbers: Vec<_> = compacted
        .providers
        .iter()
        .flat_map(|p| &p.numbers)
        .collect();
    eprintln!(
        "{}: {} numbers, {} written as bare strings, {} bytes of JSON",
        input.display(),
        numbers.len(),
        numbers.iter().filter(|n| n.own.is_none()).count(),
        bytes.len()
    );
    write_out(out, &bytes)
}

/// Writes to `out`, or to standard output when none is given.
fn write_out(out: Option<&Path>, bytes: &[u8]) -> CliResult {
    match out {
        Some(path) => std::fs::write(path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?,
        None => std::io::stdout().write_all(bytes)?,
    }
    Ok(())
}

fn lint(path: &Path) -> CliResult {
    let bytes = read(path)?;
    // A signed registry is linted through its payload.
    let envelope = RegistryFile::envelope_of(&bytes);
    let payload = envelope.as_ref().map_or(&bytes[..], Envelope::payload);
    let problems = callguard::registry::lint(payload);
    if problems.is_empty() {
        println!("{}: ok, no problems found", path.display());
        return Ok(());
    }
    for p in &problems {
        let location = p.location();
        let at = if location.is_empty() {
            String::new()
        } else {
            format!(" at {location}")
        };
        eprintln!("{}{at}: [{}] {p}", path.display(), p.code());
    }
    Err(format!("{} problem(s) in {}", problems.len(), path.display()).into())
}

fn log(trust: &TrustArgs, json: bool, paths: &[PathBuf]) -> CliResult {
    let root = trust.trust_root()?;
    let mut items = Vec::with_capacity(paths.len());
    for path in paths {
        let bytes = read(path)?;
        let env = Envelope::from_json(&bytes, DEFAULT_MAX_ENVELOPE_BYTES)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        if env.payload_type() != REGISTRY_PAYLOAD_TYPE {
            return Err(format!(
                "{}: not a signed registry (payloadType {:?})",
                path.display(),
                env.payload_type()
            )
            .into());
        }
        if let Some(root) = &root {
            signing::verify_signatures(&env, root)
                .map_err(|e| format!("{}: INVALID: {e}", path.display()))?;
        }
        items.push(
            ChainItem::from_payload(env.payload())
                .map_err(|e| format!("{}: {e}", path.display()))?,
        );
    }
    let report = audit::check_chain(&items);
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        for link in &report.links {
            println!(
                "{} v{}  {}  sha256 {}  predecessor {}",
                link.registry_id,
                link.version,
                link.issued_at,
                link.payload_sha256,
                link.predecessor_sha256.as_deref().unwrap_or("-")
            );
        }
        if root.is_none() {
            println!("(signatures not checked: pass --trust KEY.pub to check them)");
        }
    }
    if report.is_continuous() {
        if !json {
            println!(
                "chain ok: {} version(s), each names its predecessor",
                report.links.len()
            );
        }
        Ok(())
    } else {
        let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
        Err(format!("chain broken:\n  {}", problems.join("\n  ")).into())
    }
}

fn root(
    trust: &[PathBuf],
    threshold: usize,
    version: u64,
    sign: &[PathBuf],
    out: &Path,
) -> CliResult {
    let mut keys = Vec::with_capacity(trust.len());
    for path in trust {
        keys.push(
            PublicKey::from_pem(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))?,
        );
    }
    let root = TrustRoot::new(version, threshold, keys)?;
    let bytes = if sign.is_empty() {
        root.to_json()
    } else {
        let signers = sign
            .iter()
            .map(|p| load_key(p))
            .collect::<Result<Vec<_>, _>>()?;
        let refs: Vec<&SigningKey> = signers.iter().collect();
        root.sign(&refs).to_json()
    };
    std::fs::write(out, bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!(
        "wrote trust root version {version} ({threshold} of {} keys{}) -> {}",
        trust.len(),
        if sign.is_empty() {
            String::new()
        } else {
            format!(", {} signature(s)", sign.len())
        },
        out.display()
    );
    Ok(())
}

fn rotate(current: &Path, new: &Path) -> CliResult {
    let trust = TrustArgs {
        root: Some(current.to_path_buf()),
        ..TrustArgs::default()
    };
    let current_root = trust.trust_root()?.ok_or("--current names no trust root")?;
    let next = current_root
        .rotate(&read(new)?)
        .map_err(|e| format!("{}: REJECTED: {e}", new.display()))?;
    println!(
        "{}: accepted: trust root version {} -> {} ({} of {} keys)",
        new.display(),
        current_root.version(),
        next.version(),
        next.threshold(),
        next.key_ids().count()
    );
    Ok(())
}

fn export(
    format: ExportFormat,
    trust: &TrustArgs,
    region: Option<&str>,
    lang: &str,
    out: Option<&Path>,
    signed: Option<&Path>,
) -> CliResult {
    let root = trust.trust_root()?;
    let env = match signed {
        None => {
            match &root {
                // The bundled registry against the keys given (fails unless they are the demo key).
                Some(root) => {
                    signing::verify(
                        VerifiedRegistry::bundled_envelope(),
                        root,
                        &Policy::default(),
                    )
                    .map_err(|e| format!("bundled registry: INVALID: {e}"))?;
                }
                None => {
                    VerifiedRegistry::try_bundled()?;
                }
            }
            Envelope::from_json(
                VerifiedRegistry::bundled_envelope(),
                DEFAULT_MAX_ENVELOPE_BYTES,
            )?
        }
        Some(path) => {
            let bytes = read(path)?;
            match &root {
                Some(root) => {
                    signing::verify(&bytes, root, &Policy::default())
                        .map_err(|e| format!("{}: INVALID: {e}", path.display()))?;
                }
                None => eprintln!(
                    "callguard: warning: {} exported without checking its signatures (pass --trust KEY.pub)",
                    path.display()
                ),
            }
            let env = Envelope::from_json(&bytes, DEFAULT_MAX_ENVELOPE_BYTES)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            if env.payload_type() != REGISTRY_PAYLOAD_TYPE {
                return Err(format!("{}: not a signed registry", path.display()).into());
            }
            env
        }
    };
    let bytes: Vec<u8> = match format {
        ExportFormat::Json => env.payload().to_vec(),
        ExportFormat::Csv => {
            audit::export_csv(&RegistryDoc::from_json(env.payload())?).into_bytes()
        }
        ExportFormat::CallDirectory => {
            let doc = RegistryDoc::from_json(env.payload())?;
            let dir = audit::call_directory(&doc, region, lang);
            if !dir.excluded_short_codes.is_empty() {
                eprintln!(
                    "callguard: short codes left out (iOS matches them in every country; pass --region CC to include that region's): {}",
                    dir.excluded_short_codes.join(", ")
                );
            }
            if !dir.excluded_inbound_only.is_empty() {
                eprintln!(
                    "callguard: inbound-only numbers left out (a call from one is spoofed): {}",
                    dir.excluded_inbound_only.join(", ")
                );
            }
            let mut v = serde_json::to_vec_pretty(&dir.entries)?;
            v.push(b'\n');
            v
        }
    };
    write_out(out, &bytes)
}
