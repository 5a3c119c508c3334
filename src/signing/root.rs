//! The trust root: which keys may sign registries and how many of them must (k of n), versioned
//! and rotatable the way The Update Framework rotates its root.
//!
//! JSON form (`callguard-trust-root`, itself signable in an envelope of type
//! [`ROOT_PAYLOAD_TYPE`]):
//! ```json
//! {"type": "callguard-trust-root", "version": 1, "threshold": 2,
//!  "keys": [{"keyid": "<hex sha-256 of the raw key>", "algorithm": "ed25519",
//!            "public_key": "<base64 of the 32 raw bytes>"}, …]}
//! ```
//! A root the app ships is trusted because the app ships it; every later root must be signed by
//! a threshold of the root before it *and* a threshold of its own keys, with a higher version
//! ([`TrustRoot::rotate`]).

use std::collections::BTreeMap;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::envelope::{Envelope, ROOT_PAYLOAD_TYPE};
use super::keys::{KeyId, PublicKey, SigningKey};
use super::{verify_signatures, EnvelopeError, RootError, VerifyError};

/// The `type` field of a trust root document.
pub const ROOT_TYPE: &str = "callguard-trust-root";

/// Largest trust root document or envelope read (1 MiB: thousands of keys).
pub const MAX_ROOT_BYTES: usize = 1 << 20;

/// Trusted keys and the number of distinct valid signatures a registry needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrustRoot {
    version: u64,
    threshold: usize,
    keys: BTreeMap<KeyId, PublicKey>,
}

/// One key as written in the trust root JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RootKeyJson {
    /// Hex SHA-256 of the raw key; must match `public_key`.
    pub keyid: String,
    /// Always `"ed25519"`.
    pub algorithm: String,
    /// Base64 of the 32 raw key bytes.
    pub public_key: String,
}

/// The trust root as written in JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RootJson {
    /// Always [`ROOT_TYPE`].
    #[serde(rename = "type")]
    pub kind: String,
    /// Monotonic version; rotation only moves forward.
    pub version: u64,
    /// Distinct valid signatures needed (1 ≤ threshold ≤ number of keys).
    pub threshold: usize,
    /// The trusted keys.
    pub keys: Vec<RootKeyJson>,
}

impl TrustRoot {
    /// A root over `keys` needing `threshold` of them. Refuses an empty key list, a threshold of
    /// 0 or above the number of keys, and a key listed twice.
    pub fn new(
        version: u64,
        threshold: usize,
        keys: Vec<PublicKey>,
    ) -> Result<TrustRoot, RootError> {
        let n = keys.len();
        let mut map = BTreeMap::new();
        for key in keys {
            let id = key.key_id();
            if map.insert(id.clone(), key).is_some() {
                return Err(RootError::DuplicateKey {
                    keyid: id.to_string(),
                });
            }
        }
        if threshold == 0 || threshold > n {
            return Err(RootError::BadThreshold { threshold, keys: n });
        }
        Ok(TrustRoot {
            version,
            threshold,
            keys: map,
        })
    }

    /// A root trusting `keys` with the given threshold, version 1 (what the CLI's
    /// `--trust A.pub --trust B.pub --threshold N` builds).
    pub fn from_keys(keys: Vec<PublicKey>, threshold: usize) -> Result<TrustRoot, RootError> {
        TrustRoot::new(1, threshold, keys)
    }

    /// Parses and validates an (unsigned) root document the caller trusts by fiat, for example
    /// one compiled into the app.
    pub fn from_json(bytes: &[u8]) -> Result<TrustRoot, RootError> {
        if bytes.len() > MAX_ROOT_BYTES {
            return Err(RootError::TooLarge {
                size: bytes.len(),
                limit: MAX_ROOT_BYTES,
            });
        }
        let json: RootJson =
            serde_json::from_slice(bytes).map_err(|e| RootError::Json(e.to_string()))?;
        if json.kind != ROOT_TYPE {
            return Err(RootError::WrongType {
                found: json.kind,
                expected: ROOT_TYPE,
            });
        }
        let mut keys = Vec::with_capacity(json.keys.len());
        for (i, k) in json.keys.iter().enumerate() {
            if k.algorithm != "ed25519" {
                return Err(RootError::UnsupportedAlgorithm {
                    index: i,
                    algorithm: k.algorithm.clone(),
                });
            }
            let bad = |problem: String| RootError::BadPublicKey { index: i, problem };
            let raw = STANDARD
                .decode(&k.public_key)
                .map_err(|e| bad(format!("bad base64: {e}")))?;
            let key = PublicKey::from_bytes(&raw).map_err(|e| bad(e.to_string()))?;
            if key.key_id().as_str() != k.keyid {
                return Err(RootError::KeyIdMismatch {
                    index: i,
                    found: k.keyid.clone(),
                    actual: key.key_id().to_string(),
                });
            }
            keys.push(key);
        }
        TrustRoot::new(json.version, json.threshold, keys)
    }

    /// A signed root accepted on its own: its payload must be signed by a threshold of its own
    /// keys. Use this only for a root obtained through a trusted channel; otherwise rotate from
    /// the root you already trust with [`TrustRoot::rotate`].
    pub fn from_signed_self(envelope: &[u8]) -> Result<TrustRoot, VerifyError> {
        let env = Envelope::from_json(envelope, MAX_ROOT_BYTES)?;
        check_root_type(&env)?;
        let root = TrustRoot::from_json(env.payload())?;
        verify_signatures(&env, &root).map_err(|e| e.in_role("the new root's own keys"))?;
        Ok(root)
    }

    /// Reads a trust root file as a security team keeps it: a root document, or a signed root
    /// accepted on its own threshold ([`TrustRoot::from_signed_self`]). The error is the plain
    /// document's when the bytes are neither.
    pub fn read(bytes: &[u8]) -> Result<TrustRoot, VerifyError> {
        match TrustRoot::from_json(bytes) {
            Ok(root) => Ok(root),
            Err(plain) => TrustRoot::from_signed_self(bytes).map_err(|_| plain.into()),
        }
    }

    /// Rotation: accepts `envelope` (a signed root) only when it is signed by a threshold of
    /// this root AND a threshold of its own keys, and its version is above this root's.
    /// This root is unchanged either way; the caller swaps in the returned root.
    pub fn rotate(&self, envelope: &[u8]) -> Result<TrustRoot, VerifyError> {
        let env = Envelope::from_json(envelope, MAX_ROOT_BYTES)?;
        check_root_type(&env)?;
        verify_signatures(&env, self).map_err(|e| e.in_role("the current root's keys"))?;
        let next = TrustRoot::from_json(env.payload())?;
        verify_signatures(&env, &next).map_err(|e| e.in_role("the new root's own keys"))?;
        if next.version <= self.version {
            return Err(RootError::Rollback {
                current: self.version,
                found: next.version,
            }
            .into());
        }
        Ok(next)
    }

    /// The root as JSON (pretty, keys in key-id order, final newline): the payload to sign.
    pub fn to_json(&self) -> Vec<u8> {
        let json = RootJson {
            kind: ROOT_TYPE.to_string(),
            version: self.version,
            threshold: self.threshold,
            keys: self
                .keys
                .iter()
                .map(|(id, key)| RootKeyJson {
                    keyid: id.to_string(),
                    algorithm: "ed25519".to_string(),
                    public_key: STANDARD.encode(key.as_bytes()),
                })
                .collect(),
        };
        let mut out = serde_json::to_vec_pretty(&json).unwrap_or_default();
        out.push(b'\n');
        out
    }

    /// This root signed by `keys` (for rotation: the current root's signers and the new one's).
    pub fn sign(&self, keys: &[&SigningKey]) -> Envelope {
        Envelope::sign(ROOT_PAYLOAD_TYPE, &self.to_json(), keys)
    }

    /// The root's version.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Distinct valid signatures needed.
    pub fn threshold(&self) -> usize {
        self.threshold
    }

    /// The trusted key with this id.
    pub fn key(&self, id: &KeyId) -> Option<&PublicKey> {
        self.keys.get(id)
    }

    /// The trusted key ids, in order.
    pub fn key_ids(&self) -> impl Iterator<Item = &KeyId> {
        self.keys.keys()
    }
}

fn check_root_type(env: &Envelope) -> Result<(), EnvelopeError> {
    if env.payload_type() != ROOT_PAYLOAD_TYPE {
        return Err(EnvelopeError::PayloadType {
            found: env.payload_type().to_string(),
            expected: ROOT_PAYLOAD_TYPE,
        });
    }
    Ok(())
}
