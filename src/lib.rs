//! callguard: on-device defence against wallet-callback scams.
//!
//! Data flows one way: a raw caller ID goes through [`number`] (normalization), a text through
//! [`scan`] (scam indicators); the number is looked up in a [`registry`] of official numbers,
//! giving a [`verdict::Check`]; [`assess`] combines both into a risk level and advice.
//! Registries are only trusted once [`signing`] has verified them; [`guard::CallGuard`] is the
//! handle an app keeps, with hot registry updates. [`ffi`] exports all of it to Kotlin and Swift.

pub mod assess;
pub mod error;
pub mod ffi;
pub mod guard;
pub mod number;
pub mod registry;
pub mod scan;
pub mod signing;
pub mod verdict;

pub use error::Error;

uniffi::setup_scaffolding!();
