use std::env;
use std::fs::File;
use std::io::{BufReader, BufWriter};
use std::path::Path;

#[path = "src/metadata/loader.rs"]
mod loader;

#[path = "src/error.rs"]
mod error;

/// callguard patch: the metadata's patterns are compiled in verbose mode
/// (`ignore_whitespace`), where whitespace means nothing, and the XML indents them over
/// several lines: 60 % of the embedded database was that indentation. It is removed here,
/// from the fields `Database::from` compiles as regular expressions, and only there.
fn strip_pattern_whitespace(metadata: &mut [loader::Metadata]) {
    fn strip(pattern: &mut String) {
        pattern.retain(|c| !c.is_whitespace());
    }
    fn strip_opt(pattern: &mut Option<String>) {
        if let Some(pattern) = pattern {
            strip(pattern);
        }
    }
    fn strip_format(format: &mut loader::Format) {
        strip_opt(&mut format.pattern);
        format.leading_digits.iter_mut().for_each(strip);
    }
    for meta in metadata {
        for desc in [
            &mut meta.general,
            &mut meta.fixed_line,
            &mut meta.mobile,
            &mut meta.toll_free,
            &mut meta.premium_rate,
            &mut meta.shared_cost,
            &mut meta.personal_number,
            &mut meta.voip,
            &mut meta.pager,
            &mut meta.uan,
            &mut meta.emergency,
            &mut meta.voicemail,
            &mut meta.short_code,
            &mut meta.standard_rate,
            &mut meta.carrier,
            &mut meta.no_international,
        ]
        .into_iter()
        .flatten()
        {
            strip_opt(&mut desc.national_number);
        }
        strip_opt(&mut meta.international_prefix);
        strip_opt(&mut meta.national_prefix_for_parsing);
        strip_opt(&mut meta.leading_digits);
        meta.formats.iter_mut().for_each(strip_format);
        meta.international_formats.iter_mut().for_each(strip_format);
    }
}

fn main() {
    let pnm_path = "assets/PhoneNumberMetadata.xml";
    let mut metadata = loader::load(BufReader::new(
        File::open(pnm_path).expect("could not open metadata file"),
    ))
    .expect("failed to load metadata");
    println!("cargo:rerun-if-changed={pnm_path}");
    strip_pattern_whitespace(&mut metadata);

    let mut out = BufWriter::new(
        File::create(Path::new(&env::var("OUT_DIR").unwrap()).join("database.bin"))
            .expect("could not create database file"),
    );

    postcard::to_io(&metadata, &mut out).expect("failed to serialize database");
}
