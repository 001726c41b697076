//! The standard library written in Mesh (`stdlib/*.mpl` at the repository
//! root), embedded at build time.

/// `(path shown in diagnostics, module name, source text)` of every stdlib file.
pub const SOURCES: &[(&str, &str, &str)] = &[
    ("<stdlib>/prelude.mpl", "Prelude", include_str!("../../../stdlib/prelude.mpl")),
    ("<stdlib>/string.mpl", "String", include_str!("../../../stdlib/string.mpl")),
    ("<stdlib>/list.mpl", "List", include_str!("../../../stdlib/list.mpl")),
];
