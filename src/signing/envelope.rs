//! The DSSE signature envelope (`payloadType`, base64 `payload`, `signatures[{keyid, sig}]`)
//! and its pre-authentication encoding, which is what every signature covers.
//!
//! Parsing an envelope only decodes it: nothing in it is trusted until
//! [`verify_signatures`](super::verify_signatures) counted a threshold of trusted signers.

use base64::engine::general_purpose::STANDARD;
use std::borrow::Cow;
use std::sync::OnceLock;

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::keys::SigningKey;
use super::EnvelopeError;

/// `payloadType` of a signed registry.
pub const REGISTRY_PAYLOAD_TYPE: &str = "application/vnd.callguard.registry+json";

/// `payloadType` of a signed trust root.
pub const ROOT_PAYLOAD_TYPE: &str = "application/vnd.callguard.root+json";

/// Most signatures an envelope may carry; more is refused before any cryptography so a hostile
/// envelope cannot make a device hash its payload thousands of times.
pub const MAX_SIGNATURES: usize = 64;

/// One signature in an envelope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// Hex SHA-256 of the signer's raw public key (a hint: only trusted keys are tried).
    pub keyid: String,
    /// Base64 Ed25519 signature over the PAE of the payload.
    pub sig: String,
}

/// The envelope as it appears in JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeJson {
    /// Media type of the payload.
    #[serde(rename = "payloadType")]
    pub payload_type: String,
    /// Base64 (standard alphabet, padded) of the exact payload bytes.
    pub payload: String,
    /// The signatures.
    pub signatures: Vec<Signature>,
}

/// What [`Envelope::from_json`] reads: the big `payload` string is borrowed from the input
/// when it has no JSON escapes, so a 100 MB registry is not copied before decoding.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn<'a> {
    #[serde(rename = "payloadType", borrow)]
    payload_type: Cow<'a, str>,
    #[serde(borrow)]
    payload: RawText<'a>,
    signatures: SignatureList,
}

/// The `signatures` array, keeping at most [`MAX_SIGNATURES`] entries and only counting the
/// rest: an envelope of a million bogus entries costs no memory before it is refused.
struct SignatureList {
    kept: Vec<Signature>,
    count: usize,
}

impl<'de> Deserialize<'de> for SignatureList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<SignatureList, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = SignatureList;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an array of signatures")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<SignatureList, A::Error> {
                let mut kept = Vec::new();
                let mut count = 0;
                while count < MAX_SIGNATURES {
                    match seq.next_element::<Signature>()? {
                        Some(s) => kept.push(s),
                        None => return Ok(SignatureList { kept, count }),
                    }
                    count += 1;
                }
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    count += 1;
                }
                Ok(SignatureList { kept, count })
            }
        }
        d.deserialize_seq(Entries)
    }
}

/// A JSON string's bytes, borrowed when it has no escapes and not checked for UTF-8 (the
/// base64 decoder refuses anything outside its alphabet): one pass less over a large payload.
struct RawText<'a>(Cow<'a, [u8]>);

impl<'de: 'a, 'a> Deserialize<'de> for RawText<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawText<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a base64 string")
            }
            fn visit_borrowed_bytes<E>(self, v: &'de [u8]) -> Result<Self::Value, E> {
                Ok(RawText(Cow::Borrowed(v)))
            }
            fn visit_bytes<E>(self, v: &[u8]) -> Result<Self::Value, E> {
                Ok(RawText(Cow::Owned(v.to_vec())))
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(RawText(Cow::Borrowed(v.as_bytes())))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(RawText(Cow::Owned(v.as_bytes().to_vec())))
            }
        }
        d.deserialize_bytes(Visitor)
    }
}

/// A decoded, *unverified* envelope: the payload bytes exactly as signed and the signatures.
/// The payload is stored inside its pre-authentication encoding, so checking a signature needs
/// no copy of a large payload.
#[derive(Clone, Debug)]
pub struct Envelope {
    payload_type: String,
    /// `pae(payload_type, payload)`; the payload is `pae[payload_start..]`.
    pae: Vec<u8>,
    payload_start: usize,
    signatures: Vec<Signature>,
    /// Hex SHA-256 of the payload, computed once on first use.
    payload_sha256: OnceLock<String>,
}

/// Equal when type, payload and signatures are (the cached digest does not count).
impl PartialEq for Envelope {
    fn eq(&self, other: &Envelope) -> bool {
        self.payload_type == other.payload_type
            && self.pae == other.pae
            && self.signatures == other.signatures
    }
}

impl Eq for Envelope {}

/// The DSSE v1 pre-authentication encoding:
/// `"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body`, lengths in ASCII decimal.
pub fn pae(payload_type: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = pae_header(payload_type, payload.len());
    out.reserve_exact(payload.len());
    out.extend_from_slice(payload);
    out
}

fn pae_header(payload_type: &str, payload_len: usize) -> Vec<u8> {
    format!(
        "DSSEv1 {} {} {} ",
        payload_type.len(),
        payload_type,
        payload_len
    )
    .into_bytes()
}

/// The exact decoded length of canonical padded base64, or `None` if `text` cannot be that.
fn decoded_len(text: &[u8]) -> Option<usize> {
    if !text.len().is_multiple_of(4) {
        return None;
    }
    let pads = text
        .iter()
        .rev()
        .take(2)
        .take_while(|&&b| b == b'=')
        .count();
    Some(text.len() / 4 * 3 - pads)
}

impl Envelope {
    /// Signs `payload` (kept byte for byte) with each key. Keys are deduplicated by key id.
    pub fn sign(payload_type: &str, payload: &[u8], keys: &[&SigningKey]) -> Envelope {
        let message = pae(payload_type, payload);
        let mut env = Envelope {
            payload_type: payload_type.to_string(),
            payload_start: message.len() - payload.len(),
            pae: message,
            signatures: Vec::with_capacity(keys.len()),
            payload_sha256: OnceLock::new(),
        };
        env.add_signatures(keys);
        env
    }

    /// Decodes envelope JSON of at most `max_bytes` bytes (checked before anything is decoded).
    /// Checks the shape only: base64, JSON, signature count. Not the payload type, not the
    /// signatures.
    pub fn from_json(bytes: &[u8], max_bytes: usize) -> Result<Envelope, EnvelopeError> {
        if bytes.len() > max_bytes {
            return Err(EnvelopeError::TooLarge {
                size: bytes.len(),
                limit: max_bytes,
            });
        }
        let json: EnvelopeIn<'_> =
            serde_json::from_slice(bytes).map_err(|e| EnvelopeError::Json(e.to_string()))?;
        if json.signatures.count > MAX_SIGNATURES {
            return Err(EnvelopeError::TooManySignatures {
                count: json.signatures.count,
                limit: MAX_SIGNATURES,
            });
        }
        let text: &[u8] = &json.payload.0;
        let len = decoded_len(text).ok_or_else(|| {
            EnvelopeError::PayloadBase64(
                "length is not a multiple of 4 (padded standard base64 expected)".into(),
            )
        })?;
        // Decode straight into the PAE buffer: one allocation, no copy of the payload.
        let mut pae = pae_header(&json.payload_type, len);
        let payload_start = pae.len();
        // `decode_vec` first grows the buffer to its estimate (up to 2 bytes over `len`).
        pae.reserve_exact(len + 3);
        STANDARD
            .decode_vec(text, &mut pae)
            .map_err(|e| EnvelopeError::PayloadBase64(e.to_string()))?;
        if pae.len() - payload_start != len {
            return Err(EnvelopeError::PayloadBase64(
                "decoded length differs from the padded length".into(),
            ));
        }
        Ok(Envelope {
            payload_type: json.payload_type.into_owned(),
            pae,
            payload_start,
            signatures: json.signatures.kept,
            payload_sha256: OnceLock::new(),
        })
    }

    /// The envelope as JSON (pretty, with a final newline), the form the CLI writes.
    pub fn to_json(&self) -> Vec<u8> {
        let json = EnvelopeJson {
            payload_type: self.payload_type.clone(),
            payload: STANDARD.encode(self.payload()),
            signatures: self.signatures.clone(),
        };
        // Serializing plain strings into a Vec cannot fail.
        let mut out = serde_json::to_vec_pretty(&json).unwrap_or_default();
        out.push(b'\n');
        out
    }

    /// The declared payload type.
    pub fn payload_type(&self) -> &str {
        &self.payload_type
    }

    /// The payload bytes exactly as signed (unverified unless you verified them).
    pub fn payload(&self) -> &[u8] {
        &self.pae[self.payload_start..]
    }

    /// The signatures as found.
    pub fn signatures(&self) -> &[Signature] {
        &self.signatures
    }

    /// The bytes every signature covers (the DSSE pre-authentication encoding).
    pub fn pae(&self) -> &[u8] {
        &self.pae
    }

    /// Lower-case hex SHA-256 of the payload (what a successor's `predecessor_sha256` names).
    /// Computed once per envelope (a full pass over a large payload), then cached.
    pub fn payload_sha256(&self) -> String {
        self.payload_sha256
            .get_or_init(|| super::sha256_hex(self.payload()))
            .clone()
    }

    /// Adds signatures by more keys (for multi-party signing). A key that already has a valid
    /// signature here is skipped; entries under its key id that do not verify are replaced, so
    /// a bogus entry can never stand in for a real signature.
    pub fn add_signatures(&mut self, keys: &[&SigningKey]) {
        let message = &self.pae;
        for key in keys {
            let public = key.public_key();
            let keyid = public.key_id().to_string();
            let verifies = |s: &Signature| {
                STANDARD
                    .decode(&s.sig)
                    .is_ok_and(|sig| public.verify(message, &sig))
            };
            if self
                .signatures
                .iter()
                .any(|s| s.keyid == keyid && verifies(s))
            {
                continue;
            }
            self.signatures.retain(|s| s.keyid != keyid);
            self.signatures.push(Signature {
                keyid,
                sig: STANDARD.encode(key.sign(message)),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pae_matches_the_dsse_spec_example() {
        // From the DSSE protocol document.
        assert_eq!(
            pae("http://example.com/HelloWorld", b"hello world"),
            b"DSSEv1 29 http://example.com/HelloWorld 11 hello world".to_vec()
        );
        assert_eq!(pae("", b""), b"DSSEv1 0  0 ".to_vec());
    }

    #[test]
    fn envelope_round_trips_and_keeps_payload_bytes() {
        let (key, _) = SigningKey::generate().unwrap();
        let payload = b"{ \"a\" :1 }\n";
        let env = Envelope::sign(REGISTRY_PAYLOAD_TYPE, payload, &[&key, &key]);
        assert_eq!(env.signatures().len(), 1);
        let _ = env.payload_sha256(); // cached on one side only
        let back = Envelope::from_json(&env.to_json(), 1 << 20).unwrap();
        assert_eq!(back, env);
        assert_eq!(back.payload(), payload);
    }

    #[test]
    fn escaped_and_malformed_payload_strings() {
        // `???` encodes to `Pz8/`; JSON may escape its `/` as `\/`.
        let json = br#"{"payloadType":"t","payload":"Pz8\/","signatures":[]}"#;
        assert_eq!(Envelope::from_json(json, 1024).unwrap().payload(), b"???");
        for bad in [
            &br#"{"payloadType":"t","payload":"Pz8","signatures":[]}"#[..],
            br#"{"payloadType":"t","payload":"P*8/","signatures":[]}"#,
            br#"{"payloadType":"t","payload":"Pz9=","signatures":[]}"#,
            br#"{"payloadType":"t","payload":[1,2],"signatures":[]}"#,
        ] {
            assert!(
                matches!(
                    Envelope::from_json(bad, 1024),
                    Err(EnvelopeError::PayloadBase64(_) | EnvelopeError::Json(_))
                ),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn a_flood_of_signature_entries_is_counted_not_kept() {
        let entry = r#"{"keyid":"k","sig":"c2ln"}"#;
        let json = format!(
            r#"{{"payloadType":"t","payload":"Pz8/","signatures":[{}]}}"#,
            vec![entry; 100_000].join(",")
        );
        assert!(matches!(
            Envelope::from_json(json.as_bytes(), usize::MAX),
            Err(EnvelopeError::TooManySignatures {
                count: 100_000,
                limit: MAX_SIGNATURES
            })
        ));
        // Up to the limit, every entry is kept.
        let json = format!(
            r#"{{"payloadType":"t","payload":"Pz8/","signatures":[{}]}}"#,
            vec![entry; MAX_SIGNATURES].join(",")
        );
        let env = Envelope::from_json(json.as_bytes(), usize::MAX).unwrap();
        assert_eq!(env.signatures().len(), MAX_SIGNATURES);
    }

    #[test]
    fn size_limit_is_checked_first() {
        let err = Envelope::from_json(&[b'x'; 100], 10).unwrap_err();
        assert!(matches!(
            err,
            EnvelopeError::TooLarge {
                size: 100,
                limit: 10
            }
        ));
    }
}
