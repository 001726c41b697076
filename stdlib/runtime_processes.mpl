## Internal bindings of the service and supervisor runtime (crates/mesh-rt/ABI.md,
## "Processes"). The checker registers this file as the module `Runtime#`, a
## name no program can spell; only the code it generates for `service` and
## `supervisor` items calls these bindings. `[T@i]` passes the TypeInfo of `T`
## as argument `i` instead of after the ordinary arguments.

## Spawns the service process running `entry(args)` and waits until it is ready.
pub extern fn service_start<A>(entry :: Fun(A) -> (), args :: A, name :: String) -> Pid<()> = "mesh_service_start[A]"
## In the service process: `init` has finished.
pub extern fn service_ready() -> () = "mesh_service_ready"
## Sends a call request and waits for its reply.
pub extern fn service_call<Q, R>(pid :: Pid, request :: Q, service_name :: String, function_name :: String) -> R = "mesh_service_call[Q]"
## Sends a cast request.
pub extern fn service_cast<Q>(pid :: Pid, request :: Q) -> () = "mesh_service_cast[Q]"
## In the service process: the oldest request of the service's request type.
pub extern fn service_next<Q>() -> Q = "mesh_service_next[Q]"
## In the service process: answers the call taken last.
pub extern fn service_reply<R>(reply :: R) -> () = "mesh_service_reply[R]"
## Spawns a supervisor process with its child specifications
## `(name, start, restart, shutdown)`.
pub extern fn supervisor_spawn(strategy :: Int, max_restarts :: Int, max_seconds :: Int, children :: List<(String, Fun() -> Pid, Int, Int)>) -> Pid<()> = "mesh_supervisor_spawn"
