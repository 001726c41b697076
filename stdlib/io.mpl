## The `IO` module (stdlib.md §3).

## One line of stdin without its line ending; `Ok("")` at end of input.
pub extern fn read_line() -> Result<String, String> = "mesh_io_read_line"
## Writes `s` and a newline to stderr, unbuffered and line-atomic.
pub extern fn eprintln(s :: String) -> () = "mesh_io_eprintln"
