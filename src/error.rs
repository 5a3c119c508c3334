//! The crate-wide error: one enum wrapping each module's typed error, so callers can match on
//! the kind of failure while each module keeps errors that say what to do.

/// Any failure callguard reports.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A registry document is malformed or inconsistent.
    #[error(transparent)]
    Registry(#[from] crate::registry::RegistryError),
    /// A signed registry or trust root failed verification.
    #[error(transparent)]
    Verify(#[from] crate::signing::VerifyError),
    /// A scanner could not be built from the given provider names.
    #[error(transparent)]
    Scan(#[from] crate::scan::ScanError),
}
