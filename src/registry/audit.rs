//! The security team's audit tools, shared by the CLI and by anyone scripting releases: the
//! predecessor chain across published versions, the difference between two registries, and
//! exports (CSV, and the sorted `(Int64, label)` list an iOS Call Directory extension loads).
//! They read registry documents and need no keys: signatures are [`crate::signing`]'s concern.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{OfficialNumber, Provider, Registry, RegistryDoc, RegistryError};

/// Lower-case hex SHA-256 of `bytes`: how a payload is named in `predecessor_sha256` and how
/// key ids are derived.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, bytes);
    let mut out = String::with_capacity(64);
    for b in digest.as_ref() {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
    out
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// One published registry version as seen by [`check_chain`].
#[derive(Clone, Debug)]
pub struct ChainItem {
    /// The registry document.
    pub doc: RegistryDoc,
    /// Hex SHA-256 of its exact payload bytes.
    pub payload_sha256: String,
}

impl ChainItem {
    /// Reads one published registry from its exact payload bytes (an envelope's signatures
    /// are not checked here; verify them separately).
    pub fn from_payload(payload: &[u8]) -> Result<ChainItem, RegistryError> {
        let registry = Registry::from_json(payload)?;
        Ok(ChainItem {
            doc: registry.doc().clone(),
            payload_sha256: sha256_hex(payload),
        })
    }
}

/// A break in the audit trail between two consecutive versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ChainProblem {
    /// Two versions belong to different registry series.
    RegistryIdChanged {
        /// The earlier version.
        version: u64,
        /// Its id.
        from: String,
        /// The later id.
        to: String,
    },
    /// The same version appears twice.
    DuplicateVersion {
        /// The version.
        version: u64,
    },
    /// A version claims to be issued before the version it succeeds.
    IssuedBeforePredecessor {
        /// The later version.
        version: u64,
        /// Its `issued_at`.
        issued_at: String,
        /// The predecessor's `issued_at`.
        predecessor_issued_at: String,
    },
    /// A version does not record its predecessor.
    PredecessorMissing {
        /// The version lacking `predecessor_sha256`.
        version: u64,
    },
    /// A version names another predecessor than the previous one given.
    PredecessorMismatch {
        /// The version whose `predecessor_sha256` is wrong.
        version: u64,
        /// SHA-256 of the previous version's payload.
        expected: String,
        /// What it records.
        found: String,
    },
}

impl std::fmt::Display for ChainProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChainProblem::RegistryIdChanged { version, from, to } => write!(
                f,
                "after version {version} the registry id changes from {from:?} to {to:?}"
            ),
            ChainProblem::IssuedBeforePredecessor {
                version,
                issued_at,
                predecessor_issued_at,
            } => write!(
                f,
                "version {version} is issued at {issued_at}, before its predecessor ({predecessor_issued_at})"
            ),
            ChainProblem::DuplicateVersion { version } => {
                write!(f, "version {version} appears more than once")
            }
            ChainProblem::PredecessorMissing { version } => write!(
                f,
                "version {version} has no predecessor_sha256: the chain cannot be checked"
            ),
            ChainProblem::PredecessorMismatch {
                version,
                expected,
                found,
            } => write!(
                f,
                "version {version} names predecessor {found}, but the previous version's payload hashes to {expected}: a version is missing or was altered"
            ),
        }
    }
}

/// One link of a checked chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChainLink {
    /// The registry id.
    pub registry_id: String,
    /// The version.
    pub version: u64,
    /// Issue time as written.
    pub issued_at: String,
    /// Hex SHA-256 of the payload.
    pub payload_sha256: String,
    /// The recorded predecessor hash.
    pub predecessor_sha256: Option<String>,
}

/// The chain of versions in version order, and every break found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChainReport {
    /// The versions, oldest first.
    pub links: Vec<ChainLink>,
    /// Every break; empty when the chain is continuous.
    pub problems: Vec<ChainProblem>,
}

impl ChainReport {
    /// True when every version names the payload hash of the version before it.
    pub fn is_continuous(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Checks that published versions form a continuous audit trail: sorted by version, each one
/// after the first records the SHA-256 of the previous one's payload, under one registry id.
/// The oldest version given may name any predecessor (the history may start later).
pub fn check_chain(items: &[ChainItem]) -> ChainReport {
    let mut sorted: Vec<&ChainItem> = items.iter().collect();
    sorted.sort_by_key(|i| i.doc.version);
    let mut problems = Vec::new();
    for pair in sorted.windows(2) {
        let (prev, next) = (pair[0], pair[1]);
        if prev.doc.registry_id != next.doc.registry_id {
            problems.push(ChainProblem::RegistryIdChanged {
                version: prev.doc.version,
                from: prev.doc.registry_id.clone(),
                to: next.doc.registry_id.clone(),
            });
        }
        if prev.doc.version == next.doc.version {
            problems.push(ChainProblem::DuplicateVersion {
                version: next.doc.version,
            });
            continue;
        }
        // Both times are validated `YYYY-MM-DDTHH:MM:SSZ`, so text order is time order.
        if next.doc.issued_at < prev.doc.issued_at {
            problems.push(ChainProblem::IssuedBeforePredecessor {
                version: next.doc.version,
                issued_at: next.doc.issued_at.clone(),
                predecessor_issued_at: prev.doc.issued_at.clone(),
            });
        }
        match &next.doc.predecessor_sha256 {
            None => problems.push(ChainProblem::PredecessorMissing {
                version: next.doc.version,
            }),
            Some(found) if !found.eq_ignore_ascii_case(&prev.payload_sha256) => {
                problems.push(ChainProblem::PredecessorMismatch {
                    version: next.doc.version,
                    expected: prev.payload_sha256.clone(),
                    found: found.clone(),
                })
            }
            Some(_) => {}
        }
    }
    ChainReport {
        links: sorted
            .iter()
            .map(|i| ChainLink {
                registry_id: i.doc.registry_id.clone(),
                version: i.doc.version,
                issued_at: i.doc.issued_at.clone(),
                payload_sha256: i.payload_sha256.clone(),
                predecessor_sha256: i.doc.predecessor_sha256.clone(),
            })
            .collect(),
        problems,
    }
}

/// One official number, named by its provider (used in diffs).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NumberRef {
    /// The provider id.
    pub provider: String,
    /// The number as written (E.164 or short code).
    pub number: String,
    /// The region (short codes).
    pub region: Option<String>,
}

/// A number present in both registries whose entry changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NumberChange {
    /// The number as written.
    pub number: String,
    /// Its region.
    pub region: Option<String>,
    /// Provider before.
    pub from_provider: String,
    /// Provider after.
    pub to_provider: String,
    /// Fields that changed (`provider`, `channels`, `purposes`, `source`).
    pub fields: Vec<String>,
}

/// A provider present in both registries whose details changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProviderChange {
    /// The provider id.
    pub id: String,
    /// Fields that changed (`names`, `aliases`, `website`, `defaults`).
    pub fields: Vec<String>,
}

/// A call-notice key of a provider (used in diffs: a security team must see key changes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NoticeKeyRef {
    /// The provider id.
    pub provider: String,
    /// The key as written (base64 SubjectPublicKeyInfo DER).
    pub key: String,
    /// Its key id (hex SHA-256 of the raw key, as envelopes name signers), or `""` when the
    /// entry is not a key.
    pub key_id: String,
}

impl NoticeKeyRef {
    fn of(provider: &str, key: &str) -> NoticeKeyRef {
        NoticeKeyRef {
            provider: provider.to_owned(),
            key: key.to_owned(),
            key_id: super::notice_key_bytes(key)
                .map(|raw| sha256_hex(&raw))
                .unwrap_or_default(),
        }
    }
}

/// What changed from one registry to the next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RegistryDiff {
    /// Version of the old registry.
    pub from_version: u64,
    /// Version of the new registry.
    pub to_version: u64,
    /// Provider ids only in the new registry.
    pub providers_added: Vec<String>,
    /// Provider ids only in the old registry.
    pub providers_removed: Vec<String>,
    /// Providers in both whose names, aliases, website or defaults changed.
    pub providers_changed: Vec<ProviderChange>,
    /// Numbers only in the new registry.
    pub numbers_added: Vec<NumberRef>,
    /// Numbers only in the old registry.
    pub numbers_removed: Vec<NumberRef>,
    /// Numbers in both whose provider or details changed.
    pub numbers_changed: Vec<NumberChange>,
    /// Call-notice keys a provider lists in the new registry and not in the old one (a
    /// provider added with keys counts too).
    pub notice_keys_added: Vec<NoticeKeyRef>,
    /// Call-notice keys a provider listed in the old registry and no longer does (its notices
    /// stop verifying; a removed provider's keys count too).
    pub notice_keys_removed: Vec<NoticeKeyRef>,
}

impl RegistryDiff {
    /// True when nothing but the header (version, times, predecessor) changed.
    pub fn is_empty(&self) -> bool {
        self.providers_added.is_empty()
            && self.providers_removed.is_empty()
            && self.providers_changed.is_empty()
            && self.numbers_added.is_empty()
            && self.numbers_removed.is_empty()
            && self.numbers_changed.is_empty()
            && self.notice_keys_added.is_empty()
            && self.notice_keys_removed.is_empty()
    }
}

/// The identity of a number across versions: E.164 alone, short codes with their region.
fn number_key(p: &Provider, n: &OfficialNumber) -> (String, Option<String>) {
    if n.number.starts_with('+') {
        (n.number.clone(), None)
    } else {
        (n.number.clone(), p.region_of(n).map(str::to_owned))
    }
}

fn numbers_by_key(
    doc: &RegistryDoc,
) -> BTreeMap<(String, Option<String>), (&Provider, &OfficialNumber)> {
    let mut map = BTreeMap::new();
    for p in &doc.providers {
        for n in &p.numbers {
            map.entry(number_key(p, n)).or_insert((p, n));
        }
    }
    map
}

/// The difference between two registry documents.
pub fn diff(old: &RegistryDoc, new: &RegistryDoc) -> RegistryDiff {
    let old_p: BTreeMap<&str, _> = old.providers.iter().map(|p| (p.id.as_str(), p)).collect();
    let new_p: BTreeMap<&str, _> = new.providers.iter().map(|p| (p.id.as_str(), p)).collect();
    let mut out = RegistryDiff {
        from_version: old.version,
        to_version: new.version,
        providers_added: new_p
            .keys()
            .filter(|id| !old_p.contains_key(*id))
            .map(|s| s.to_string())
            .collect(),
        providers_removed: old_p
            .keys()
            .filter(|id| !new_p.contains_key(*id))
            .map(|s| s.to_string())
            .collect(),
        providers_changed: vec![],
        numbers_added: vec![],
        numbers_removed: vec![],
        numbers_changed: vec![],
        notice_keys_added: vec![],
        notice_keys_removed: vec![],
    };
    let keys_of = |p: Option<&&Provider>| -> Vec<String> {
        p.map(|p| p.notice_keys.clone()).unwrap_or_default()
    };
    let ids: BTreeSet<&str> = old_p.keys().chain(new_p.keys()).copied().collect();
    for id in ids {
        let (before, after) = (keys_of(old_p.get(id)), keys_of(new_p.get(id)));
        for k in after.iter().filter(|k| !before.contains(k)) {
            out.notice_keys_added.push(NoticeKeyRef::of(id, k));
        }
        for k in before.iter().filter(|k| !after.contains(k)) {
            out.notice_keys_removed.push(NoticeKeyRef::of(id, k));
        }
    }
    for (id, a) in &old_p {
        if let Some(b) = new_p.get(id) {
            let mut fields = vec![];
            if a.names != b.names {
                fields.push("names".to_string());
            }
            if a.aliases != b.aliases {
                fields.push("aliases".to_string());
            }
            if a.website != b.website {
                fields.push("website".to_string());
            }
            if a.defaults != b.defaults {
                fields.push("defaults".to_string());
            }
            if a.notice_keys != b.notice_keys {
                fields.push("notice_keys".to_string());
            }
            if a.announces_calls != b.announces_calls {
                fields.push("announces_calls".to_string());
            }
            if !fields.is_empty() {
                out.providers_changed.push(ProviderChange {
                    id: id.to_string(),
                    fields,
                });
            }
        }
    }
    let old_n = numbers_by_key(old);
    let new_n = numbers_by_key(new);
    let keys: BTreeSet<_> = old_n.keys().chain(new_n.keys()).collect();
    for key in keys {
        match (old_n.get(key), new_n.get(key)) {
            (Some((pa, a)), Some((pb, b))) => {
                let mut fields = vec![];
                // Compared as they take effect, own values or the provider's defaults.
                if pa.id != pb.id {
                    fields.push("provider".to_string());
                }
                if pa.channels_of(a) != pb.channels_of(b) {
                    fields.push("channels".to_string());
                }
                if pa.purposes_of(a) != pb.purposes_of(b) {
                    fields.push("purposes".to_string());
                }
                if pa.source_of(a) != pb.source_of(b) {
                    fields.push("source".to_string());
                }
                if pa.region_of(a) != pb.region_of(b) {
                    fields.push("region".to_string());
                }
                if pa.inbound_only_of(a) != pb.inbound_only_of(b) {
                    fields.push("inbound_only".to_string());
                }
                if !fields.is_empty() {
                    out.numbers_changed.push(NumberChange {
                        number: key.0.clone(),
                        region: pb.region_of(b).map(str::to_owned),
                        from_provider: pa.id.clone(),
                        to_provider: pb.id.clone(),
                        fields,
                    });
                }
            }
            (None, Some((p, n))) => out.numbers_added.push(NumberRef {
                provider: p.id.clone(),
                number: n.number.clone(),
                region: p.region_of(n).map(str::to_owned),
            }),
            (Some((p, n)), None) => out.numbers_removed.push(NumberRef {
                provider: p.id.clone(),
                number: n.number.clone(),
                region: p.region_of(n).map(str::to_owned),
            }),
            (None, None) => {}
        }
    }
    out
}

fn enum_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The registry as CSV (RFC 4180, header line first), one row per official number:
/// `provider_id,provider_name_en,number,region,channels,purposes,source,inbound_only,announces_calls,notice_keys`,
/// with channels and purposes joined by `;`, the two flags as `true`/`false`, and
/// `notice_keys` the number of call-notice keys its provider lists.
pub fn export_csv(doc: &RegistryDoc) -> String {
    let mut out = String::from(
        "provider_id,provider_name_en,number,region,channels,purposes,source,inbound_only,announces_calls,notice_keys\n",
    );
    for p in &doc.providers {
        let name = p.names.get("en").map(String::as_str).unwrap_or("");
        for n in &p.numbers {
            let channels: Vec<String> = p.channels_of(n).iter().map(enum_name).collect();
            let purposes: Vec<String> = p.purposes_of(n).iter().map(enum_name).collect();
            let row = [
                csv_field(&p.id),
                csv_field(name),
                csv_field(&n.number),
                csv_field(p.region_of(n).unwrap_or("")),
                csv_field(&channels.join(";")),
                csv_field(&purposes.join(";")),
                csv_field(p.source_of(n)),
                p.inbound_only_of(n).to_string(),
                p.announces_calls.to_string(),
                p.notice_keys.len().to_string(),
            ];
            out.push_str(&row.join(","));
            out.push('\n');
        }
    }
    out
}

/// One Call Directory identification entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CallDirectoryEntry {
    /// The number as iOS wants it: all digits including the country code, no `+`
    /// (`18882211161`); for an included short code, its digits (`95188`).
    pub number: i64,
    /// The label shown on an incoming call.
    pub label: String,
}

/// Entries for `CXCallDirectoryExtensionContext.addIdentificationEntry`, strictly ascending
/// (iOS rejects unsorted or repeated numbers), and the short codes left out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CallDirectory {
    /// Ascending, without repeats.
    pub entries: Vec<CallDirectoryEntry>,
    /// Short codes not exported (`"95188 (CN)"`), because their region differs from the one
    /// asked for, or no region was given.
    pub excluded_short_codes: Vec<String>,
    /// Numbers not exported because they only receive calls (`inbound_only`): a call from one
    /// is spoofed, so iOS must not label it with the provider's name.
    pub excluded_inbound_only: Vec<String>,
}

/// Builds the Call Directory list. E.164 numbers become their digits as `i64`. Short codes have
/// no country code, so iOS would match them whatever country the phone is in: they are included
/// only when `short_code_region` names their region (a build of the app for that market), and
/// listed in `excluded_short_codes` otherwise. A 3–8 digit short code cannot collide with a
/// full international number. Numbers that only receive calls (`inbound_only`) are left out
/// (listed in `excluded_inbound_only`): a call from one is spoofed. Labels use the provider's name in `lang` (falling back to `en`),
/// with " (DEMO)" appended for demonstration registries.
pub fn call_directory(
    doc: &RegistryDoc,
    short_code_region: Option<&str>,
    lang: &str,
) -> CallDirectory {
    let mut entries: BTreeMap<i64, String> = BTreeMap::new();
    let mut excluded = vec![];
    let mut excluded_inbound = vec![];
    for p in &doc.providers {
        let name = p.name_in(lang);
        let label = if doc.demo {
            format!("{name} (DEMO)")
        } else {
            name.to_string()
        };
        for n in &p.numbers {
            if p.inbound_only_of(n) {
                excluded_inbound.push(n.number.clone());
                continue;
            }
            let (digits, is_short) = match n.number.strip_prefix('+') {
                Some(d) => (d, false),
                None => (n.number.as_str(), true),
            };
            if is_short {
                let region = p.region_of(n).unwrap_or("");
                let wanted = short_code_region.is_some_and(|r| r.eq_ignore_ascii_case(region));
                if !wanted {
                    excluded.push(format!("{} ({region})", n.number));
                    continue;
                }
            }
            if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                excluded.push(n.number.clone());
                continue;
            }
            if let Ok(value) = digits.parse::<i64>() {
                entries.entry(value).or_insert_with(|| label.clone());
            }
        }
    }
    CallDirectory {
        entries: entries
            .into_iter()
            .map(|(number, label)| CallDirectoryEntry { number, label })
            .collect(),
        excluded_short_codes: excluded,
        excluded_inbound_only: excluded_inbound,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(version: u64, issued: &str, predecessor: Option<&str>, numbers: &str) -> RegistryDoc {
        let predecessor = predecessor.map_or("null".to_string(), |p| format!("\"{p}\""));
        let json = format!(
            r#"{{"schema": 1, "registry_id": "t", "version": {version}, "issued_at": "{issued}",
            "expires_at": "2099-01-01T00:00:00Z", "predecessor_sha256": {predecessor},
            "providers": [{{"id": "p", "names": {{"zh-Hans": "某", "en": "P, \"Inc\""}},
            "website": "https://p.example", "numbers": [{numbers}]}}]}}"#
        );
        Registry::from_json(json.as_bytes()).unwrap().doc().clone()
    }

    fn n(number: &str, region: &str) -> String {
        format!(
            r#"{{"number": "{number}", "region": "{region}", "channels": ["voice"], "purposes": ["callback"], "source": "https://p.example"}}"#
        )
    }

    #[test]
    fn chain_flags_time_going_backwards() {
        let a = doc(1, "2026-02-01T00:00:00Z", None, &n("+18882211161", "US"));
        let sha = "a".repeat(64);
        let b = doc(
            2,
            "2026-01-01T00:00:00Z",
            Some(&sha),
            &n("+18882211161", "US"),
        );
        let report = check_chain(&[
            ChainItem {
                doc: a,
                payload_sha256: sha.clone(),
            },
            ChainItem {
                doc: b,
                payload_sha256: "b".repeat(64),
            },
        ]);
        assert!(matches!(
            report.problems.as_slice(),
            [ChainProblem::IssuedBeforePredecessor { version: 2, .. }]
        ));
    }

    #[test]
    fn call_directory_is_sorted_and_scopes_short_codes() {
        let numbers = format!(
            "{}, {}, {}",
            n("+8613800138000", "CN"),
            n("95188", "CN"),
            n("+18882211161", "US")
        );
        let d = doc(1, "2026-01-01T00:00:00Z", None, &numbers);
        let all = call_directory(&d, None, "en");
        assert_eq!(
            all.entries.iter().map(|e| e.number).collect::<Vec<_>>(),
            vec![18882211161, 8613800138000]
        );
        assert_eq!(all.excluded_short_codes, vec!["95188 (CN)".to_string()]);
        let cn = call_directory(&d, Some("cn"), "zh-Hans");
        assert_eq!(
            cn.entries[0],
            CallDirectoryEntry {
                number: 95188,
                label: "某".into()
            }
        );
        assert!(
            call_directory(&d, Some("US"), "en")
                .excluded_short_codes
                .len()
                == 1
        );
    }

    #[test]
    fn csv_quotes_fields_that_need_it() {
        let d = doc(1, "2026-01-01T00:00:00Z", None, &n("+18882211161", "US"));
        let csv = export_csv(&d);
        assert_eq!(
            csv.lines().nth(1).unwrap(),
            r#"p,"P, ""Inc""",+18882211161,US,voice,callback,https://p.example,false,false,0"#
        );
    }

    /// A provider in the compact form: defaults and bare numbers.
    fn compact(channels: &str) -> RegistryDoc {
        let json = format!(
            r#"{{"schema": 1, "registry_id": "t", "version": 1, "issued_at": "2026-01-01T00:00:00Z",
            "expires_at": "2099-01-01T00:00:00Z", "providers": [{{"id": "p",
            "names": {{"zh-Hans": "某", "en": "P"}}, "website": "https://p.example",
            "defaults": {{"region": "CN", "channels": {channels}, "purposes": ["callback"],
                         "source": "https://p.example/n"}},
            "numbers": ["+8613800138000", "95188"]}}]}}"#
        );
        Registry::from_json(json.as_bytes()).unwrap().doc().clone()
    }

    #[test]
    fn csv_and_diff_see_the_defaults_numbers_take() {
        let old = compact(r#"["voice"]"#);
        let csv = export_csv(&old);
        assert_eq!(
            csv.lines().skip(1).collect::<Vec<_>>(),
            [
                "p,P,+8613800138000,CN,voice,callback,https://p.example/n,false,false,0",
                "p,P,95188,CN,voice,callback,https://p.example/n,false,false,0"
            ]
        );
        // Changing a default changes every number that takes it.
        let d = diff(&old, &compact(r#"["voice", "sms"]"#));
        assert_eq!(d.providers_changed[0].fields, ["defaults"]);
        let changed: Vec<(&str, Option<&str>, &[String])> = d
            .numbers_changed
            .iter()
            .map(|c| (c.number.as_str(), c.region.as_deref(), c.fields.as_slice()))
            .collect();
        let channels = ["channels".to_string()];
        assert_eq!(
            changed,
            [
                ("+8613800138000", Some("CN"), &channels[..]),
                ("95188", Some("CN"), &channels[..])
            ]
        );
    }
}
