//! mesh-codegen: MIR to LLVM IR (inkwell), optimisation, object emission
//! and linking with the runtime.
