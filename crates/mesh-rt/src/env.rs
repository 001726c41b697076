//! The `Env` module (stdlib.md §12): environment variables and the
//! program's command-line arguments.

use crate::{entry, list, string, sum};

/// `Env.get(name)`: `Some(value)` when the variable is set (even to ""),
/// else `None` (also for a value that is not UTF-8).
///
/// # Safety
/// `name` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_env_get(name: i64) -> i64 {
    let name = string::as_str(name);
    if name.is_empty() || name.contains(['=', '\0']) {
        return sum::none();
    }
    match std::env::var(name) {
        Ok(value) => {
            let value = string::from_str(&value);
            sum::some(value)
        }
        Err(_) => sum::none(),
    }
}

/// `Env.args()`: the command-line arguments, program name first.
#[no_mangle]
pub extern "C" fn mesh_env_args() -> i64 {
    let args = entry::program_args();
    let result = list::build(args.len(), |_| {});
    for (index, arg) in args.iter().enumerate() {
        let text = string::from_str(arg);
        // SAFETY: `result` has `args.len()` elements and is not shared yet.
        unsafe { list::set_element(result, index, text) };
    }
    result
}
