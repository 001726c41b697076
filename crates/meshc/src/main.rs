//! meshc: the Mesh compiler's command line.
fn main() {}
