//! The embedded standard library parses without a single diagnostic: a
//! parse error in a stdlib file would otherwise drop the bindings after it
//! unnoticed.

use mesh_check::stdlib::SOURCES;
use mesh_syntax::{parse_file, FileId};

#[test]
fn every_stdlib_file_parses_cleanly() {
    for (index, (path, _module, text)) in SOURCES.iter().enumerate() {
        let (_ast, diagnostics) = parse_file(FileId(index as u32), text);
        let messages: Vec<String> = diagnostics.iter().map(|d| format!("{}: {}", d.code, d.message)).collect();
        assert!(messages.is_empty(), "{path}: {messages:?}");
    }
}

#[test]
fn a_binding_may_be_named_by_a_keyword() {
    let (ast, diagnostics) = parse_file(
        FileId(0),
        "extern fn monitor(pid :: Int) -> Int = \"mesh_process_monitor\"\nextern fn after_it() -> Int = \"x\"\n",
    );
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(ast.items.len(), 2);
}
