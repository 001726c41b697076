//! Compiles the one piece of the runtime written in C: the thread-local
//! preemption flag compiled code polls (src/sched/preempt_flag.c; Rust has
//! no stable way to export a thread-local variable by symbol).

fn main() {
    println!("cargo:rerun-if-changed=src/sched/preempt_flag.c");
    cc::Build::new()
        .file("src/sched/preempt_flag.c")
        .compile("mesh_preempt_flag");
}
