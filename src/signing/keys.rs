//! Ed25519 keys: generation (PKCS#8 via `ring`), the PEM files the CLI reads and writes, and key
//! ids derived from the public key so a signature names its signer without trusting a label.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use ring::rand::SystemRandom;
use ring::signature::{Ed25519KeyPair, KeyPair as _, UnparsedPublicKey, ED25519};

/// Length of a raw Ed25519 public key.
pub const PUBLIC_KEY_LEN: usize = 32;

/// The DER prefix of an Ed25519 `SubjectPublicKeyInfo` (RFC 8410): SEQUENCE { SEQUENCE { OID
/// 1.3.101.112 }, BIT STRING (0 unused bits) } followed by the 32 raw key bytes.
const SPKI_PREFIX: [u8; 12] = [
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
];

/// Largest key file we read (a PEM Ed25519 key is about 120 bytes).
const MAX_KEY_FILE: usize = 16 * 1024;

/// Why a key could not be generated, read or used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// The system random number generator failed.
    #[error("could not generate a key: the system random number generator failed")]
    Random,
    /// The private key is not an Ed25519 PKCS#8 document.
    #[error("private key is not an Ed25519 PKCS#8 key ({0}); create one with `callguard registry keygen --out NAME`")]
    BadPrivateKey(String),
    /// The public key is not an Ed25519 key in a form we read.
    #[error("public key is not an Ed25519 key: {0}; expected the PEM `PUBLIC KEY` written by `callguard registry keygen`")]
    BadPublicKey(String),
}

/// An Ed25519 public key, identified by its [`KeyId`].
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PublicKey {
    bytes: [u8; PUBLIC_KEY_LEN],
}

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublicKey({})", self.key_id())
    }
}

/// A key id: lower-case hex SHA-256 of the raw 32-byte public key. Derived, never chosen, so a
/// `keyid` in an envelope is only a hint for which trusted key to try.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId(String);

impl KeyId {
    /// The id as lower-case hex.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A key id from its hex text, as found in an envelope or trust root; `None` when it is not
    /// 64 lower-case hex digits.
    pub fn parse(text: &str) -> Option<KeyId> {
        let ok = text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        ok.then(|| KeyId(text.to_string()))
    }
}

impl std::fmt::Display for KeyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PublicKey {
    /// A public key from its 32 raw bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<PublicKey, KeyError> {
        let bytes: [u8; PUBLIC_KEY_LEN] = bytes.try_into().map_err(|_| {
            KeyError::BadPublicKey(format!(
                "{} bytes where an Ed25519 key has {PUBLIC_KEY_LEN}",
                bytes.len()
            ))
        })?;
        Ok(PublicKey { bytes })
    }

    /// The raw 32 bytes.
    pub fn as_bytes(&self) -> &[u8; PUBLIC_KEY_LEN] {
        &self.bytes
    }

    /// The derived key id (hex SHA-256 of the raw key).
    pub fn key_id(&self) -> KeyId {
        KeyId(crate::registry::audit::sha256_hex(&self.bytes))
    }

    /// The key as a PEM `PUBLIC KEY` (an RFC 8410 `SubjectPublicKeyInfo`, readable by OpenSSL).
    pub fn to_pem(&self) -> String {
        let mut der = SPKI_PREFIX.to_vec();
        der.extend_from_slice(&self.bytes);
        pem_encode("PUBLIC KEY", &der)
    }

    /// Reads a public key file: a PEM `PUBLIC KEY`, or the raw key in base64 on one line.
    pub fn from_pem(text: &[u8]) -> Result<PublicKey, KeyError> {
        if text.len() > MAX_KEY_FILE {
            return Err(KeyError::BadPublicKey("file is too large".into()));
        }
        let text = std::str::from_utf8(text)
            .map_err(|_| KeyError::BadPublicKey("file is not text".into()))?;
        if text.contains("-----BEGIN") {
            let der = pem_decode("PUBLIC KEY", text).map_err(KeyError::BadPublicKey)?;
            match der.strip_prefix(&SPKI_PREFIX[..]) {
                Some(raw) => PublicKey::from_bytes(raw),
                None => Err(KeyError::BadPublicKey(
                    "the PEM holds a key of another algorithm".into(),
                )),
            }
        } else {
            let raw = STANDARD
                .decode(text.trim())
                .map_err(|e| KeyError::BadPublicKey(format!("bad base64: {e}")))?;
            PublicKey::from_bytes(&raw)
        }
    }

    /// True when `sig` is this key's Ed25519 signature over `message`.
    pub fn verify(&self, message: &[u8], sig: &[u8]) -> bool {
        UnparsedPublicKey::new(&ED25519, &self.bytes)
            .verify(message, sig)
            .is_ok()
    }
}

/// An Ed25519 signing key (private). Its `Debug` output never shows the secret.
pub struct SigningKey {
    pair: Ed25519KeyPair,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKey({})", self.public_key().key_id())
    }
}

impl SigningKey {
    /// Generates a new key with the system's secure random generator and returns it with its
    /// PKCS#8 (v2) DER encoding, the form to store.
    pub fn generate() -> Result<(SigningKey, Pkcs8), KeyError> {
        let rng = SystemRandom::new();
        let doc = Ed25519KeyPair::generate_pkcs8(&rng).map_err(|_| KeyError::Random)?;
        let pkcs8 = Pkcs8(doc.as_ref().to_vec());
        let key = SigningKey::from_pkcs8_der(&pkcs8.0)?;
        Ok((key, pkcs8))
    }

    /// A key from PKCS#8 DER (v2 as `ring` writes it, or v1 as OpenSSL writes it).
    pub fn from_pkcs8_der(der: &[u8]) -> Result<SigningKey, KeyError> {
        let pair = Ed25519KeyPair::from_pkcs8(der)
            .or_else(|_| Ed25519KeyPair::from_pkcs8_maybe_unchecked(der))
            .map_err(|e| KeyError::BadPrivateKey(e.to_string()))?;
        Ok(SigningKey { pair })
    }

    /// Reads a private key file: a PEM `PRIVATE KEY` (PKCS#8) or raw PKCS#8 DER.
    pub fn from_pem(bytes: &[u8]) -> Result<SigningKey, KeyError> {
        if bytes.len() > MAX_KEY_FILE {
            return Err(KeyError::BadPrivateKey("file is too large".into()));
        }
        match std::str::from_utf8(bytes) {
            Ok(text) if text.contains("-----BEGIN") => {
                let der = pem_decode("PRIVATE KEY", text).map_err(KeyError::BadPrivateKey)?;
                SigningKey::from_pkcs8_der(&der)
            }
            _ => SigningKey::from_pkcs8_der(bytes),
        }
    }

    /// The matching public key.
    pub fn public_key(&self) -> PublicKey {
        let mut bytes = [0u8; PUBLIC_KEY_LEN];
        bytes.copy_from_slice(self.pair.public_key().as_ref());
        PublicKey { bytes }
    }

    /// Signs `message` (Ed25519 is deterministic: the same message gives the same signature).
    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.pair.sign(message).as_ref().to_vec()
    }
}

/// A PKCS#8 private key document. Its `Debug` output never shows the secret.
pub struct Pkcs8(Vec<u8>);

impl std::fmt::Debug for Pkcs8 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pkcs8(<secret>)")
    }
}

impl Pkcs8 {
    /// The DER bytes (secret).
    pub fn der(&self) -> &[u8] {
        &self.0
    }

    /// The PEM `PRIVATE KEY` text (secret): what `callguard registry keygen` writes.
    pub fn to_pem(&self) -> String {
        pem_encode("PRIVATE KEY", &self.0)
    }
}

fn pem_encode(label: &str, der: &[u8]) -> String {
    let b64 = STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        // base64 output is ASCII, so every chunk is valid UTF-8.
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

fn pem_decode(label: &str, text: &str) -> Result<Vec<u8>, String> {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let start = text
        .find(&begin)
        .ok_or_else(|| format!("no `{begin}` line"))?
        + begin.len();
    let stop = text[start..]
        .find(&end)
        .ok_or_else(|| format!("no `{end}` line"))?
        + start;
    let body: String = text[start..stop]
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    STANDARD
        .decode(body)
        .map_err(|e| format!("bad base64 in PEM: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_key_round_trips_through_pem() {
        let (key, pkcs8) = SigningKey::generate().unwrap();
        let again = SigningKey::from_pem(pkcs8.to_pem().as_bytes()).unwrap();
        assert_eq!(key.public_key(), again.public_key());
        let public = PublicKey::from_pem(key.public_key().to_pem().as_bytes()).unwrap();
        assert_eq!(public, key.public_key());
        let sig = key.sign(b"hello");
        assert!(public.verify(b"hello", &sig));
        assert!(!public.verify(b"hellO", &sig));
    }

    #[test]
    fn key_id_is_hex_sha256_of_raw_key() {
        let key = PublicKey::from_bytes(&[7u8; 32]).unwrap();
        let id = key.key_id();
        assert_eq!(id.as_str().len(), 64);
        assert_eq!(KeyId::parse(id.as_str()), Some(id.clone()));
        let digest = ring::digest::digest(&ring::digest::SHA256, &[7u8; 32]);
        let expected: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(id.as_str(), expected);
        assert_eq!(KeyId::parse("ABC"), None);
    }

    #[test]
    fn bad_keys_are_typed_errors() {
        assert!(matches!(
            PublicKey::from_pem(b"-----BEGIN PUBLIC KEY-----\n!!\n-----END PUBLIC KEY-----\n"),
            Err(KeyError::BadPublicKey(_))
        ));
        assert!(matches!(
            PublicKey::from_bytes(&[1, 2, 3]),
            Err(KeyError::BadPublicKey(_))
        ));
        assert!(matches!(
            SigningKey::from_pem(b"not a key"),
            Err(KeyError::BadPrivateKey(_))
        ));
        let (_, pkcs8) = SigningKey::generate().unwrap();
        assert!(!format!("{pkcs8:?}").contains(&STANDARD.encode(pkcs8.der())));
    }
}
