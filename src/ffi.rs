//! The uniffi facade for Kotlin and Swift: translation only, no rules of its own.
//!
//! SKELETON.
