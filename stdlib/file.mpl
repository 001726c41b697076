## The `File` module (stdlib.md §13). Paths are relative to the working
## directory; errors carry the operating system's text.

## The whole file as UTF-8; `Err` if missing, unreadable or not UTF-8.
pub extern fn read(path :: String) -> Result<String, String> = "mesh_file_read"
## Creates or truncates the file, then writes `content`.
pub extern fn write(path :: String, content :: String) -> Result<(), String> = "mesh_file_write"
## Creates the file if missing, then appends `content`.
pub extern fn append(path :: String, content :: String) -> Result<(), String> = "mesh_file_append"
## Whether a file or directory exists at `path`.
pub extern fn exists(path :: String) -> Bool = "mesh_file_exists"
## Removes a file (not a directory).
pub extern fn delete(path :: String) -> Result<(), String> = "mesh_file_delete"
