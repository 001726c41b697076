## The `Process` module (stdlib.md §16): the process registry, monitors,
## liveness and halting. The non-`pub` bindings at the end are what the
## checker calls for `spawn`, `send`, `self()`, `link` and actor
## `terminate` blocks (crates/mesh-check/src/actors.rs); programs cannot
## reach them.

## Binds `name` to `pid`: 0 on success, 1 when the name is taken or empty or the pid is null.
pub extern fn register(name :: String, pid :: Pid) -> Int = "mesh_process_register"
## The pid bound to `name`, or the null pid (0).
pub extern fn whereis(name :: String) -> Pid = "mesh_process_whereis"
## Starts a one-way monitor of `pid` and returns its positive reference.
pub extern fn monitor(pid :: Pid) -> Int = "mesh_process_monitor"
## Removes a monitor: 0 on success, 1 when unknown.
pub extern fn demonitor(ref :: Int) -> Int = "mesh_process_demonitor"
## Whether `pid` names a live process.
pub extern fn is_alive(pid :: Pid) -> Bool = "mesh_process_is_alive"
## Flushes stdout and ends the whole program with `status`; never returns.
pub extern fn halt<T>(status :: Int) -> T = "mesh_process_halt"

## A new process running `entry(args)`.
extern fn spawn_process<A>(entry :: Fun(A) -> (), args :: A) -> Pid = "mesh_spawn[A]"
## Appends a copy of `msg`, tagged with its type, to the mailbox of `pid`.
extern fn send_message<M>(pid :: Pid, msg :: M) -> () = "mesh_send[M]"
## The running process's pid.
extern fn self_pid() -> Pid = "mesh_self"
## Links the running process with `pid`.
extern fn link_process(pid :: Pid) -> () = "mesh_link"
## Registers the running process's `terminate` block.
extern fn set_terminate(block :: Fun() -> ()) -> () = "mesh_set_terminate"
