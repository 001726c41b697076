## The `Env` module (stdlib.md §12).

## `Some(value)` when the environment variable is set (even to ""), else `None`.
pub extern fn get(name :: String) -> Option<String> = "mesh_env_get"
## The command-line arguments, program name first.
pub extern fn args() -> List<String> = "mesh_env_args"
