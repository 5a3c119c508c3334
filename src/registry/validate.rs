//! Checking a registry document: [`super::Registry::from_json`] stops at the first problem and
//! builds the index; [`lint`] lists every problem, adding libphonenumber's full validity test.

use std::collections::HashMap;

use serde::Deserialize;

use super::index::{Index, IndexBuilder, Key, Slot};
use super::{
    numbering, time, Channel, NumberProblem, Purpose, RegistryDoc, RegistryError,
    REQUIRED_NAME_LANGUAGES, SCHEMA_VERSION,
};
use crate::number::CallerId;

/// Stops validation at the first problem (load) or collects all of them (lint).
pub(super) struct Problems {
    pub(super) all: Vec<RegistryError>,
    pub(super) fail_fast: bool,
}

/// Marker: validation stopped early.
pub(super) struct Stop;

impl Problems {
    fn add(&mut self, e: RegistryError) -> Result<(), Stop> {
        self.all.push(e);
        if self.fail_fast {
            Err(Stop)
        } else {
            Ok(())
        }
    }
}

/// The parts of a registry that validation builds.
pub(super) struct Built {
    pub(super) issued_at: i64,
    pub(super) expires_at: i64,
    pub(super) index: Index,
    pub(super) providers: HashMap<String, u32>,
}

fn is_registry_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

fn is_provider_id(s: &str) -> bool {
    s.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn is_https_url(s: &str) -> bool {
    s.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !rest.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Reports aliases that are blank or repeat another name of the provider (compared trimmed,
/// ignoring case).
fn check_aliases(provider: &super::Provider, problems: &mut Problems) -> Result<(), Stop> {
    let key = |s: &str| s.trim().to_lowercase();
    let mut seen: Vec<String> = provider.names.values().map(|n| key(n)).collect();
    for alias in &provider.aliases {
        let k = key(alias);
        let why = if k.is_empty() {
            "blank"
        } else if seen.contains(&k) {
            "a repeat of another of its names"
        } else {
            seen.push(k);
            continue;
        };
        problems.add(RegistryError::BadAlias {
            provider: provider.id.clone(),
            alias: alias.clone(),
            why,
        })?;
    }
    Ok(())
}

/// Reports `notice_keys` entries that are not Ed25519 keys or repeat another, and
/// `announces_calls` without a key.
fn check_notice_keys(provider: &super::Provider, problems: &mut Problems) -> Result<(), Stop> {
    let mut seen: Vec<[u8; 32]> = Vec::new();
    for key in &provider.notice_keys {
        let why = match super::notice_key_bytes(key) {
            Ok(raw) if seen.contains(&raw) => "listed twice",
            Ok(raw) => {
                seen.push(raw);
                continue;
            }
            Err(why) => why,
        };
        problems.add(RegistryError::BadNoticeKey {
            provider: provider.id.clone(),
            key: key.clone(),
            why,
        })?;
    }
    if provider.announces_calls && provider.notice_keys.is_empty() {
        problems.add(RegistryError::AnnouncesWithoutKeys {
            provider: provider.id.clone(),
        })?;
    }
    Ok(())
}

/// Reports a channels or purposes list that is given but empty, at `location()`.
fn check_lists(
    channels: &Option<Vec<Channel>>,
    purposes: &Option<Vec<Purpose>>,
    location: impl Fn() -> String,
    problems: &mut Problems,
) -> Result<(), Stop> {
    for (field, empty) in [
        ("channels", channels.as_ref().is_some_and(Vec::is_empty)),
        ("purposes", purposes.as_ref().is_some_and(Vec::is_empty)),
    ] {
        if empty {
            problems.add(RegistryError::EmptyList {
                location: location(),
                field,
            })?;
        }
    }
    Ok(())
}

/// Every check of the schema, in document order, then the index build (which finds repeated
/// numbers, so those are reported last).
pub(super) fn validate(doc: &RegistryDoc, problems: &mut Problems) -> Result<Built, Stop> {
    if doc.schema != SCHEMA_VERSION {
        problems.add(RegistryError::UnknownSchema { found: doc.schema })?;
    }
    if !is_registry_id(&doc.registry_id) {
        problems.add(RegistryError::BadRegistryId {
            found: doc.registry_id.clone(),
        })?;
    }
    if doc.version == 0 {
        problems.add(RegistryError::BadVersion)?;
    }
    let mut time = |field: &'static str, value: &str| match time::parse_utc(value) {
        Some(t) => Ok(Some(t)),
        None => problems
            .add(RegistryError::BadTime {
                field,
                value: value.to_owned(),
            })
            .map(|()| None),
    };
    let issued_at = time("issued_at", &doc.issued_at)?;
    let expires_at = time("expires_at", &doc.expires_at)?;
    if let (Some(i), Some(e)) = (issued_at, expires_at) {
        if e <= i {
            problems.add(RegistryError::ExpiryNotAfterIssue {
                issued_at: doc.issued_at.clone(),
                expires_at: doc.expires_at.clone(),
            })?;
        }
    }
    if let Some(p) = &doc.predecessor_sha256 {
        if !is_sha256_hex(p) {
            problems.add(RegistryError::BadPredecessor { value: p.clone() })?;
        }
    }
    if doc.providers.is_empty() {
        problems.add(RegistryError::NoProviders)?;
    }

    let total: usize = doc.providers.iter().map(|p| p.numbers.len()).sum();
    let mut builder = IndexBuilder::with_capacity(total);
    let mut providers: HashMap<String, u32> = HashMap::with_capacity(doc.providers.len());
    for (pi, provider) in doc.providers.iter().enumerate() {
        let pid = &provider.id;
        if !is_provider_id(pid) {
            problems.add(RegistryError::BadProviderId {
                provider: pid.clone(),
            })?;
        }
        if providers.insert(pid.clone(), pi as u32).is_some() {
            problems.add(RegistryError::DuplicateProvider {
                provider: pid.clone(),
            })?;
        }
        for language in REQUIRED_NAME_LANGUAGES {
            if provider
                .names
                .get(language)
                .is_none_or(|n| n.trim().is_empty())
            {
                problems.add(RegistryError::MissingName {
                    provider: pid.clone(),
                    language,
                })?;
            }
        }
        for (language, name) in &provider.names {
            let required = REQUIRED_NAME_LANGUAGES.contains(&language.as_str());
            if !required && name.trim().is_empty() {
                problems.add(RegistryError::BlankName {
                    provider: pid.clone(),
                    language: language.clone(),
                })?;
            }
        }
        check_aliases(provider, problems)?;
        check_notice_keys(provider, problems)?;
        if !is_https_url(&provider.website) {
            problems.add(RegistryError::BadUrl {
                location: format!("providers[{pid}].website"),
                url: provider.website.clone(),
            })?;
        }
        check_lists(
            &provider.defaults.channels,
            &provider.defaults.purposes,
            || format!("providers[{pid}].defaults"),
            problems,
        )?;
        if let Some(source) = &provider.defaults.source {
            if !is_https_url(source) {
                problems.add(RegistryError::BadUrl {
                    location: format!("providers[{pid}].defaults.source"),
                    url: source.clone(),
                })?;
            }
        }
        if provider.numbers.is_empty() {
            problems.add(RegistryError::NoNumbers {
                provider: pid.clone(),
            })?;
        }
        // Fields no number may leave out when the provider has no default for them.
        let defaults = &provider.defaults;
        let required = [
            ("channels", defaults.channels.is_none()),
            ("purposes", defaults.purposes.is_none()),
            ("source", defaults.source.is_none()),
        ];
        for (ni, official) in provider.numbers.iter().enumerate() {
            let number = &official.number;
            match numbering::canonical(number, provider.region_of(official)) {
                Ok(canonical) => builder.add(
                    &canonical,
                    Slot {
                        provider: pi as u32,
                        number: ni as u32,
                    },
                ),
                Err(problem) => problems.add(RegistryError::BadNumber {
                    provider: pid.clone(),
                    number: number.clone(),
                    problem,
                })?,
            }
            let own = official.fields();
            let given = [
                own.channels.is_some(),
                own.purposes.is_some(),
                own.source.is_some(),
            ];
            for ((field, no_default), given) in required.into_iter().zip(given) {
                if no_default && !given {
                    problems.add(RegistryError::MissingField {
                        provider: pid.clone(),
                        number: number.clone(),
                        field,
                    })?;
                }
            }
            check_lists(
                &own.channels,
                &own.purposes,
                || format!("providers[{pid}].numbers[{number}]"),
                problems,
            )?;
            if let Some(source) = &own.source {
                if !is_https_url(source) {
                    problems.add(RegistryError::BadUrl {
                        location: format!("providers[{pid}].numbers[{number}].source"),
                        url: source.clone(),
                    })?;
                }
            }
        }
    }
    // Repeated numbers come out of the batch build (reported after the other problems).
    let (index, duplicates) = builder.finish();
    for d in duplicates {
        let provider = &doc.providers[d.again.provider as usize];
        problems.add(RegistryError::DuplicateNumber {
            number: provider.numbers[d.again.number as usize].number.clone(),
            first: doc.providers[d.first.provider as usize].id.clone(),
            second: provider.id.clone(),
        })?;
    }
    Ok(Built {
        issued_at: issued_at.unwrap_or_default(),
        expires_at: expires_at.unwrap_or_default(),
        index,
        providers,
    })
}

/// Loads the numbering plans that validating a registry needs (once per process, from
/// phonenumber's metadata), so a caller can do it while other work runs.
pub(crate) fn load_numbering_plans() {
    numbering::plans();
}

/// Parses JSON into a document; a parse failure of a document declaring another schema is
/// reported as [`RegistryError::UnknownSchema`] (its fields are expected not to fit).
pub(super) fn parse_doc(bytes: &[u8]) -> Result<RegistryDoc, RegistryError> {
    serde_json::from_slice::<RegistryDoc>(bytes).map_err(|e| {
        #[derive(Deserialize)]
        struct SchemaOnly {
            schema: u32,
        }
        match serde_json::from_slice::<SchemaOnly>(bytes) {
            Ok(SchemaOnly { schema }) if schema != SCHEMA_VERSION => {
                RegistryError::UnknownSchema { found: schema }
            }
            _ => RegistryError::Json(e.to_string()),
        }
    })
}

/// Every problem in a registry document, with locations, for the security team before signing:
/// the checks of [`super::RegistryDoc::from_json`] (without stopping at the first) plus libphonenumber's
/// full validity test of each number through [`crate::number::normalize`]. Empty means clean.
pub fn lint(bytes: &[u8]) -> Vec<RegistryError> {
    match parse_doc(bytes) {
        Ok(doc) => lint_doc(&doc),
        Err(e) => vec![e],
    }
}

/// [`lint`] over an already parsed document.
pub fn lint_doc(doc: &RegistryDoc) -> Vec<RegistryError> {
    let mut problems = Problems {
        all: Vec::new(),
        fail_fast: false,
    };
    // Never stops early when not failing fast.
    let _ = validate(doc, &mut problems);
    for provider in &doc.providers {
        for official in &provider.numbers {
            let Ok(canonical) =
                numbering::canonical(&official.number, provider.region_of(official))
            else {
                continue; // already reported
            };
            if let Some(why) = full_validity_problem(&official.number, canonical) {
                problems.all.push(RegistryError::BadNumber {
                    provider: provider.id.clone(),
                    number: official.number.clone(),
                    problem: NumberProblem::NotValid(why),
                });
            }
        }
    }
    problems.all
}

/// Why `normalize` does not turn a registry number back into itself, if it does not.
fn full_validity_problem(number: &str, canonical: numbering::Canonical) -> Option<String> {
    let (region, want) = match canonical {
        numbering::Canonical::E164 { digits, region } => (region, Key::e164(digits)),
        numbering::Canonical::ShortCode { region, .. } => {
            (Some(region), Key::of_canonical(&canonical))
        }
    };
    match crate::number::normalize(number, region) {
        Ok(CallerId::Number(e)) if Key::of_e164(e) == want => None,
        Ok(CallerId::ShortCode(s)) if Key::of_short_code(&s) == Some(want) => None,
        Ok(CallerId::Number(e)) => Some(format!("normalizes to {e}")),
        Ok(CallerId::ShortCode(s)) => Some(format!("normalizes to short code {}", s.digits)),
        Ok(CallerId::Withheld) => Some("reads as a withheld caller".into()),
        Err(e) => Some(e.to_string()),
    }
}
