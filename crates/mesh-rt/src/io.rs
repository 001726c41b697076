//! The `IO` module (stdlib.md §3): reading stdin lines, writing stderr.

use std::io::BufRead;

use crate::output;
use crate::string::{self, as_str};
use crate::sum;

/// `IO.read_line()`: `Ok(line)` without its `\n` (and a `\r` before it),
/// `Ok("")` at end of input, `Err(<os text>)` on a read error (also for
/// input that is not UTF-8). Pending stdout output (a prompt) is written
/// first.
#[no_mangle]
pub extern "C" fn mesh_io_read_line() -> i64 {
    output::flush_stdout();
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            let text = string::from_str(&line);
            sum::ok(text)
        }
        Err(error) => sum::err_text(&error.to_string()),
    }
}

/// `IO.eprintln(s)`: `s` and a newline to stderr, in one write.
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_io_eprintln(s: i64) -> i64 {
    output::write_stderr_line(as_str(s));
    0
}
