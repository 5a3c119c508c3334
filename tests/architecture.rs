//! The module graph: data flows one way, so no module may reach back up the flow. Each
//! top-level module's `crate::…` paths (outside comments) are its edges; the graph must have
//! no cycle, and `number` and `scan` are leaves. `cargo test --test architecture -- --nocapture`
//! prints the graph.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const MODULES: [&str; 10] = [
    "number", "scan", "registry", "signing", "state", "notice", "verdict", "assess", "guard", "ffi",
];

/// The top-level module a source file belongs to (`src/registry/index.rs` → `registry`).
fn module_of(path: &Path, src: &Path) -> Option<String> {
    let rel = path.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.trim_end_matches(".rs");
    MODULES.contains(&name).then(|| name.to_string())
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Module → the other top-level modules its code names through `crate::`.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = MODULES
        .iter()
        .map(|m| (m.to_string(), BTreeSet::new()))
        .collect();
    for file in files {
        let Some(from) = module_of(&file, &src) else {
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap();
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("");
            for (i, _) in code.match_indices("crate::") {
                let rest = &code[i + "crate::".len()..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if MODULES.contains(&name.as_str()) && name != from {
                    edges.get_mut(&from).unwrap().insert(name);
                }
            }
        }
    }
    edges
}

#[test]
fn modules_form_no_cycle_and_the_inputs_are_leaves() {
    let edges = graph();
    for (from, to) in &edges {
        println!(
            "{from:>8} -> {}",
            to.iter().cloned().collect::<Vec<_>>().join(", ")
        );
    }
    assert!(
        edges["number"].is_empty(),
        "number imports {:?}",
        edges["number"]
    );
    assert!(edges["scan"].is_empty(), "scan imports {:?}", edges["scan"]);
    assert!(
        edges["state"].is_empty(),
        "state (bytes on disk) imports {:?}",
        edges["state"]
    );
    // Kahn's algorithm: a cycle leaves modules that never reach in-degree 0.
    let mut remaining = edges.clone();
    let mut order = Vec::new();
    while let Some(leaf) = remaining
        .iter()
        .find(|(_, to)| to.is_empty())
        .map(|(m, _)| m.clone())
    {
        remaining.remove(&leaf);
        for to in remaining.values_mut() {
            to.remove(&leaf);
        }
        order.push(leaf);
    }
    assert!(remaining.is_empty(), "import cycle among {remaining:?}");
    println!("layers, inputs first: {}", order.join(" → "));
}

#[test]
fn facades_are_the_only_modules_above_the_guard() {
    let edges = graph();
    for (from, to) in &edges {
        if from != "ffi" {
            assert!(!to.contains("ffi"), "{from} reaches into the FFI facade");
        }
    }
    for low in [
        "number", "scan", "registry", "signing", "state", "notice", "verdict", "assess",
    ] {
        assert!(!edges[low].contains("guard"), "{low} reaches up into guard");
    }
}
