//! Every function the tables of stdlib.md §2-§14 list
//! (`stdlib/spec_functions.txt`, extracted by `scripts/stdlib_names.py`)
//! is either bound by a `pub extern fn` (or `pub fn`) in the stdlib file
//! of its module, or listed with a reason in `stdlib/deferred.txt`. The
//! module of each file comes from the `SOURCES` list of
//! `crates/mesh-check/src/stdlib.rs`, so a file missing there counts as
//! unbound.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(relative: &str) -> String {
    fs::read_to_string(repository().join(relative)).unwrap_or_else(|error| panic!("{relative}: {error}"))
}

/// `(file name, module name)` of every entry of `SOURCES`.
fn stdlib_sources() -> Vec<(String, String)> {
    read("crates/mesh-check/src/stdlib.rs")
        .lines()
        .filter_map(|line| {
            let rest = line.trim().strip_prefix("(\"<stdlib>/")?;
            let (file, rest) = rest.split_once('"')?;
            let module = rest.trim_start_matches([',', ' ']).strip_prefix('"')?.split('"').next()?;
            Some((file.to_owned(), module.to_owned()))
        })
        .collect()
}

/// The function names a stdlib file defines publicly.
fn bound_names(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| {
            let rest = line
                .trim_start()
                .strip_prefix("pub extern fn ")
                .or_else(|| line.trim_start().strip_prefix("pub fn "))?;
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
            Some(rest[..end].to_owned())
        })
        .collect()
}

/// `Module.name` of every bound function.
fn bound_functions() -> BTreeSet<String> {
    let mut bound = BTreeSet::new();
    for (file, module) in stdlib_sources() {
        for name in bound_names(&read(&format!("stdlib/{file}"))) {
            bound.insert(format!("{module}.{name}"));
        }
    }
    bound
}

/// `Module.name => reason` of `stdlib/deferred.txt`.
fn deferred_functions() -> HashMap<String, String> {
    read("stdlib/deferred.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (name, reason) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            (name.to_owned(), reason.trim().to_owned())
        })
        .collect()
}

fn spec_functions() -> Vec<String> {
    read("stdlib/spec_functions.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_spec_function_is_bound_or_deferred() {
    let bound = bound_functions();
    let deferred = deferred_functions();
    let missing: Vec<String> = spec_functions()
        .into_iter()
        .filter(|name| !bound.contains(name) && !deferred.contains_key(name))
        .collect();
    assert!(missing.is_empty(), "spec functions neither bound nor deferred: {missing:?}");
}

#[test]
fn deferred_entries_have_reasons_and_are_not_bound() {
    let bound = bound_functions();
    let spec: BTreeSet<String> = spec_functions().into_iter().collect();
    for (name, reason) in deferred_functions() {
        assert!(!reason.is_empty(), "{name}: no reason given in stdlib/deferred.txt");
        assert!(!bound.contains(&name), "{name} is bound but still listed in stdlib/deferred.txt");
        assert!(spec.contains(&name), "{name} in stdlib/deferred.txt is not a spec function");
    }
}

#[test]
fn the_spec_list_covers_every_module_of_this_round() {
    let spec = spec_functions();
    for module in [
        "Prelude", "IO", "String", "Int", "Float", "Math", "List", "Map", "Set", "Range", "Queue",
        "Tuple", "Iter", "Env", "File", "Json",
    ] {
        assert!(
            spec.iter().any(|name| name.starts_with(&format!("{module}."))),
            "no {module} function in stdlib/spec_functions.txt"
        );
    }
}

#[test]
fn every_stdlib_file_is_in_sources() {
    let listed: BTreeSet<String> = stdlib_sources().into_iter().map(|(file, _)| file).collect();
    for entry in fs::read_dir(repository().join("stdlib")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".mpl") {
            assert!(listed.contains(&name), "stdlib/{name} is missing from SOURCES");
        }
    }
}

#[test]
fn json_and_its_alias_bind_the_same_functions() {
    let bound = bound_functions();
    let json: BTreeSet<&str> = bound.iter().filter_map(|name| name.strip_prefix("Json.")).collect();
    let alias: BTreeSet<&str> = bound.iter().filter_map(|name| name.strip_prefix("JSON.")).collect();
    assert!(!json.is_empty());
    assert_eq!(json, alias);
}
