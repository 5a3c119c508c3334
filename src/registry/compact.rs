//! Rewrites a registry into the compact form (see the module docs of [`super`]): per provider,
//! the most common value of each field (shared by at least two numbers) becomes the default,
//! and each number keeps only the fields that differ from it, so most numbers become bare
//! strings. What every number means
//! (its effective region, channels, purposes and source) does not change.

use std::collections::HashMap;
use std::hash::Hash;

use super::{NumberFields, OfficialNumber, Provider, RegistryDoc};

/// The same registry in the compact form: same header, same providers and numbers in the same
/// order, each number's effective fields unchanged. For a document that passed validation
/// (what [`super::Registry::doc`] returns).
pub fn compact(doc: &RegistryDoc) -> RegistryDoc {
    RegistryDoc {
        schema: doc.schema,
        registry_id: doc.registry_id.clone(),
        version: doc.version,
        issued_at: doc.issued_at.clone(),
        expires_at: doc.expires_at.clone(),
        demo: doc.demo,
        notice: doc.notice.clone(),
        predecessor_sha256: doc.predecessor_sha256.clone(),
        providers: doc.providers.iter().map(compact_provider).collect(),
    }
}

/// A number's effective fields, through the provider's accessors (in a validated document every
/// number has channels, purposes and a source; only the region may be absent).
fn effective(p: &Provider, n: &OfficialNumber) -> NumberFields {
    NumberFields {
        region: p.region_of(n).map(str::to_owned),
        channels: Some(p.channels_of(n).to_vec()),
        purposes: Some(p.purposes_of(n).to_vec()),
        source: Some(p.source_of(n).to_owned()),
        inbound_only: p.inbound_only_of(n).then_some(true),
    }
}

fn compact_provider(p: &Provider) -> Provider {
    let all: Vec<NumberFields> = p.numbers.iter().map(|n| effective(p, n)).collect();
    let defaults = NumberFields {
        region: most_common(all.iter().map(|f| &f.region)),
        channels: most_common(all.iter().map(|f| &f.channels)),
        purposes: most_common(all.iter().map(|f| &f.purposes)),
        source: most_common(all.iter().map(|f| &f.source)),
        inbound_only: most_common(all.iter().map(|f| &f.inbound_only)),
    };
    let numbers = p
        .numbers
        .iter()
        .zip(all)
        .map(|(n, f)| {
            // A field equal to the default is left to it; `None` stays `None` (a default is
            // only ever set when every number has the field, see `most_common`).
            let own = NumberFields {
                region: unless_default(f.region, &defaults.region),
                channels: unless_default(f.channels, &defaults.channels),
                purposes: unless_default(f.purposes, &defaults.purposes),
                source: unless_default(f.source, &defaults.source),
                inbound_only: unless_default(f.inbound_only, &defaults.inbound_only),
            };
            OfficialNumber {
                number: n.number.clone(),
                own: (!own.is_empty()).then(|| Box::new(own)),
            }
        })
        .collect();
    Provider {
        id: p.id.clone(),
        names: p.names.clone(),
        aliases: p.aliases.clone(),
        website: p.website.clone(),
        notice_keys: p.notice_keys.clone(),
        announces_calls: p.announces_calls,
        defaults,
        numbers,
    }
}

/// A number's value for a field, unless it is the provider's default.
fn unless_default<T: PartialEq>(mine: Option<T>, default: &Option<T>) -> Option<T> {
    mine.filter(|v| Some(v) != default.as_ref())
}

/// The value most numbers have, ties going to the one seen first. `None` when some number has
/// no value at all (a default would then give it one it does not have), or when no two numbers
/// share a value (a default would only add bytes).
fn most_common<'a, T: Eq + Hash + Clone + 'a>(
    values: impl Iterator<Item = &'a Option<T>>,
) -> Option<T> {
    let mut counts: HashMap<&T, (usize, usize)> = HashMap::new();
    for (i, v) in values.enumerate() {
        let v = v.as_ref()?;
        counts.entry(v).or_insert((0, i)).0 += 1;
    }
    counts
        .into_iter()
        .filter(|&(_, (count, _))| count >= 2)
        .max_by_key(|&(_, (count, first))| (count, std::cmp::Reverse(first)))
        .map(|(v, _)| v.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_common_prefers_the_majority_then_the_first_seen() {
        let v = |xs: &[Option<u8>]| most_common(xs.iter());
        assert_eq!(v(&[Some(1), Some(2), Some(2)]), Some(2));
        assert_eq!(v(&[Some(3), Some(1), Some(1), Some(3)]), Some(3));
        assert_eq!(v(&[Some(1), None, Some(1)]), None);
        assert_eq!(v(&[Some(1), Some(2)]), None);
        assert_eq!(v(&[]), None);
    }
}
