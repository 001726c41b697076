## The `Timer` module (stdlib.md §15).

## Suspends the calling process for at least `ms` milliseconds.
pub extern fn sleep(ms :: Int) -> () = "mesh_timer_sleep"
## Delivers `msg` to `pid` after `ms` milliseconds, exactly as `send` would.
pub extern fn send_after<T>(pid :: Pid<T>, ms :: Int, msg :: T) -> () = "mesh_timer_send_after[T]"
