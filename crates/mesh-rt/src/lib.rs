//! mesh-rt: the runtime linked into every Mesh program.
//!
//! The contract with compiled code is `ABI.md` in this crate: every value is
//! one 64-bit word, heap objects start with a 16-byte header pointing at a
//! [`object::TypeDesc`], and every entry point is a `#[no_mangle] extern "C"`
//! function taking and returning `i64` words. Entry points never unwind into
//! compiled code: runtime errors end the current Mesh process through
//! [`panic::crash`].
//!
//! Modules, one topic each:
//! - [`object`] — header, descriptors, kinds, `mesh_alloc`;
//! - [`heap`] — where object memory comes from: the current heap, when it
//!   is collected;
//! - [`gc`] — the per-process heap and its mark-sweep collector;
//! - [`string`] — the String object, concatenation and comparison;
//! - [`string_ops`] — the `String` module of the standard library;
//! - [`number_format`] — Display text of Int, Float and Bool;
//! - [`list`] — the List object and the `List` module functions;
//! - [`list_callbacks`] — the `List` functions taking function values;
//! - [`closure`] — calling function values from the runtime;
//! - [`copy`] — deep copy of values between process heaps;
//! - [`typeinfo`] — `TypeInfo`, how generic functions see their types;
//! - [`tuple`] — runtime-built tuples and the `Tuple` module;
//! - [`map`], [`set`], [`range`], [`queue`] — the collection modules;
//! - [`iter`] — lazy iterators and the `collect` functions;
//! - [`math`] — `Math`, `Int`, `Float`;
//! - [`env`], [`file`], [`io`] — `Env`, `File`, `IO`;
//! - [`json_doc`], [`json`], [`json_encode`] — JSON documents, `Json`
//!   values and the `Json` module; [`json_derive`] — the runtime side of
//!   `deriving(Json)` and `deriving(Row)`;
//! - [`ordering`] — `Ordering` values and `compare`;
//! - [`sum`] — sum-type objects the runtime creates (`Option`, `Result`);
//! - [`output`] — stdout/stderr;
//! - [`panic`] — crashing the current process;
//! - [`service`], [`job`], [`supervisor`] — services, jobs and the
//!   supervisor process; [`supervisor_policy`] — its restart decisions;
//! - [`process`] — which Mesh process is running;
//! - [`sched`] — processes and the M:N scheduler;
//! - [`stack_guard`] — stack overflow as a crash of one process;
//! - [`entry`] — `mesh_rt_main`, program start-up and exit.

pub mod closure;
pub mod copy;
pub mod entry;
pub mod env;
pub mod file;
pub mod gc;
pub mod heap;
pub mod io;
pub mod iter;
pub mod json;
pub mod json_derive;
pub mod json_doc;
pub mod json_encode;
pub mod job;
pub mod list;
pub mod list_callbacks;
pub mod map;
pub mod math;
pub mod number_format;
pub mod object;
pub mod ordering;
pub mod output;
pub mod panic;
pub mod process;
pub mod queue;
pub mod range;
pub mod sched;
pub mod service;
pub mod set;
pub mod stack_guard;
pub mod string;
pub mod string_ops;
pub mod supervisor;
pub mod supervisor_policy;
pub mod sum;
pub mod tuple;
pub mod typeinfo;
