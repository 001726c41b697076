//! mesh-mir: lowers the typed HIR to MIR: monomorphic functions over
//! one-word values with explicit control flow.
