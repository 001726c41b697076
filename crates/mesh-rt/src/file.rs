//! The `File` module (stdlib.md §13): whole-file reads and writes relative
//! to the working directory. Failures are `Err` with the operating
//! system's text (`No such file or directory (os error 2)`).

use std::fs;
use std::io::Write;

use crate::string::{self, as_bytes, as_str};
use crate::sum;

/// `Ok(())` or `Err(<os text>)`.
fn unit_result(outcome: std::io::Result<()>) -> i64 {
    match outcome {
        Ok(()) => sum::ok(0),
        Err(error) => sum::err_text(&error.to_string()),
    }
}

/// `File.read(path)`: `Ok(text)` or `Err` if missing, unreadable or not
/// UTF-8.
///
/// # Safety
/// `path` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_file_read(path: i64) -> i64 {
    match fs::read_to_string(as_str(path)) {
        Ok(text) => {
            let text = string::from_str(&text);
            sum::ok(text)
        }
        Err(error) => sum::err_text(&error.to_string()),
    }
}

/// `File.write(path, content)`: creates or truncates, then writes.
///
/// # Safety
/// `path` and `content` must be String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_file_write(path: i64, content: i64) -> i64 {
    unit_result(fs::write(as_str(path), as_bytes(content)))
}

/// `File.append(path, content)`: creates if missing, appends.
///
/// # Safety
/// `path` and `content` must be String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_file_append(path: i64, content: i64) -> i64 {
    let outcome = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(as_str(path))
        .and_then(|mut file| file.write_all(as_bytes(content)));
    unit_result(outcome)
}

/// `File.exists(path)`: true for existing files and directories.
///
/// # Safety
/// `path` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_file_exists(path: i64) -> i64 {
    i64::from(std::path::Path::new(as_str(path)).exists())
}

/// `File.delete(path)`: removes a file (not a directory).
///
/// # Safety
/// `path` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_file_delete(path: i64) -> i64 {
    unit_result(fs::remove_file(as_str(path)))
}
