//! The libphonenumber metadata embedded by the `phonenumber` crate (callguard's patched copy,
//! `vendor/phonenumber-callguard`, see its PATCH.md) is loaded without checking its patterns'
//! syntax: each is compiled on first use. These tests compile every one of them once, as the
//! crate compiles them, so a bad pattern in newer metadata fails here rather than on some
//! caller's first number from that region.

use phonenumber::metadata::{Descriptor, Metadata, DATABASE};
use regex::RegexBuilder;

/// Every pattern the crate compiles for `meta`, each with a label saying where it is.
fn patterns(meta: &Metadata) -> Vec<(String, &str)> {
    let id = meta.id();
    let d = meta.descriptors();
    let descriptors: [(&str, Option<&Descriptor>); 16] = [
        ("general", Some(d.general())),
        ("fixed_line", d.fixed_line()),
        ("mobile", d.mobile()),
        ("toll_free", d.toll_free()),
        ("premium_rate", d.premium_rate()),
        ("shared_cost", d.shared_cost()),
        ("personal_number", d.personal_number()),
        ("voip", d.voip()),
        ("pager", d.pager()),
        ("uan", d.uan()),
        ("emergency", d.emergency()),
        ("voicemail", d.voicemail()),
        ("short_code", d.short_code()),
        ("standard_rate", d.standard_rate()),
        ("carrier", d.carrier()),
        ("no_international", d.no_international()),
    ];
    let mut out = Vec::new();
    for (name, desc) in descriptors {
        if let Some(desc) = desc {
            out.push((format!("{id} {name}"), desc.national_number().as_str()));
        }
    }
    let prefixes = [
        ("international_prefix", meta.international_prefix()),
        (
            "national_prefix_for_parsing",
            meta.national_prefix_for_parsing(),
        ),
        ("leading_digits", meta.leading_digits()),
    ];
    for (name, re) in prefixes {
        if let Some(re) = re {
            out.push((format!("{id} {name}"), re.as_str()));
        }
    }
    let formats = meta.formats().iter().chain(meta.international_formats());
    for (i, format) in formats.enumerate() {
        out.push((format!("{id} format {i}"), format.pattern().as_str()));
        for lead in format.leading_digits() {
            out.push((format!("{id} format {i} leading digits"), lead.as_str()));
        }
    }
    out
}

#[test]
fn every_embedded_metadata_pattern_compiles_as_the_crate_compiles_it() {
    let mut count = 0;
    let mut bad = Vec::new();
    for meta in DATABASE.iter() {
        for (place, pattern) in patterns(meta) {
            count += 1;
            // `regex_cache` builds each pattern this way on first use (verbose mode, defaults).
            if let Err(e) = RegexBuilder::new(pattern).ignore_whitespace(true).build() {
                bad.push(format!("{place}: {pattern:?}: {e}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "patterns that do not compile:\n{}",
        bad.join("\n")
    );
    // The whole metadata, not a part of it (libphonenumber 9.0.35 has about 4,800 patterns).
    assert!(count > 4000, "only {count} patterns seen");
}

#[test]
fn embedded_patterns_carry_no_layout_whitespace() {
    // The XML indents long patterns over several lines; in verbose mode that whitespace means
    // nothing, and the patched build leaves it out of the embedded database (most of its size).
    let spaced: Vec<String> = DATABASE
        .iter()
        .flat_map(patterns)
        .filter(|(_, p)| p.chars().any(char::is_whitespace))
        .map(|(place, _)| place)
        .collect();
    assert!(spaced.is_empty(), "patterns with whitespace: {spaced:?}");
}
