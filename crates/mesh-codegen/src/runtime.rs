//! The C-level signatures of the runtime entry points compiled code calls
//! (crates/mesh-rt/ABI.md). Every entry point takes and returns `i64` words
//! except the few listed in `signature`, which take raw pointers.

/// How one parameter or result is passed at the C level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abi {
    /// An `i64` word.
    Word,
    /// A raw pointer (`ptr`), converted from/to a word at the call.
    Ptr,
}

/// Parameters and result of the runtime entry point `symbol`, called with
/// `arity` arguments.
pub fn signature(symbol: &str, arity: usize) -> (Vec<Abi>, Abi) {
    use Abi::*;
    match symbol {
        "mesh_list_from_array" => (vec![Ptr, Word], Word),
        "mesh_list_to_string" => (vec![Word, Ptr], Word),
        _ => (vec![Word; arity], Word),
    }
}

/// `mesh_panic(msg, msg_len, file, file_len, line)`; never returns.
pub const PANIC: &str = "mesh_panic";
/// `mesh_rt_main(argc, argv, entry) -> status`.
pub const RT_MAIN: &str = "mesh_rt_main";
/// The runtime's descriptor of string objects.
pub const DESC_STRING: &str = "mesh_desc_string";
/// The compiler-emitted entry the runtime runs as the main process.
pub const MESH_MAIN: &str = "mesh_main";
/// Bytes of the object header (descriptor pointer and meta word).
pub const HEADER_BYTES: u64 = 16;
/// Bit 0 of the meta word: the object is static and never freed.
pub const META_STATIC: u64 = 1;
