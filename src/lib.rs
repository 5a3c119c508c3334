//! callguard: on-device defence against wallet-callback scams.
//!
//! Data flows one way: a raw caller ID goes through [`number`] (normalization), a text through
//! [`scan`] (scam indicators); the number is looked up in a [`registry`] of official numbers,
//! giving a [`verdict::Check`]; [`assess`] combines both into a risk level and advice.
//! Registries are only trusted once [`signing`] has verified them; [`guard::CallGuard`] is the
//! handle an app keeps, with hot registry updates. `ffi` (feature `ffi`) exports all of it to Kotlin
//! and Swift.
//!
//! ```
//! use callguard::assess::Risk;
//! use callguard::guard::CallGuard;
//! use callguard::number::Region;
//! use callguard::verdict::{CheckOptions, Verdict};
//!
//! // The bundled DEMO registry; production: CallGuard::open(envelope_bytes, trust_root, policy)?
//! let guard = CallGuard::bundled();
//! let cn = CheckOptions { region: Region::parse("CN"), claimed: None };
//!
//! assert_eq!(guard.check("95188", &cn).verdict, Verdict::Official);
//! assert_eq!(guard.check("+95 188 1234 567", &cn).verdict, Verdict::Lookalike);
//!
//! let a = guard.assess("+8613800138000", &cn, "我是支付宝客服，请把刚收到的验证码告诉我");
//! assert_eq!(a.risk, Risk::High);
//! assert!(a.advice.en.contains("95188"));
//!
//! // Live captions: each indicator as soon as it is complete, with bounded memory.
//! let mut stream = guard.stream(None);
//! let mut hits = Vec::new();
//! for chunk in ["Please read me the six ", "digits we just sent."] {
//!     hits.extend(stream.push(chunk));
//! }
//! hits.extend(stream.finish());
//! assert!(hits.iter().any(|h| h.detail() == Some("verification_code")));
//! ```

pub mod assess;
#[cfg(feature = "ffi")]
pub mod ffi;
pub mod guard;
pub mod notice;
pub mod number;
pub mod registry;
pub mod scan;
pub mod signing;
pub mod state;
pub mod verdict;

#[cfg(feature = "ffi")]
uniffi::setup_scaffolding!();
