//! The assessment: a verdict on the number plus the indicators in the text → a risk level and
//! short advice in the user's language that names the official number to call back.
//!
//! SKELETON.

use serde::Serialize;

/// How risky a call or message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    None,
    Low,
    Medium,
    High,
}
