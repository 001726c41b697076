//! The `meshc` executable: parses the command line and runs the command.

fn main() {
    std::process::exit(meshc::cli::main());
}
