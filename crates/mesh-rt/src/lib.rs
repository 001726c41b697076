//! mesh-rt: the runtime linked into every Mesh program (see ABI.md).
