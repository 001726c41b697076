## The `Job` module (stdlib.md §19): functions run in their own processes,
## their results awaited by the caller. A job is linked one way to its
## caller: a crashing caller kills its jobs, a crashing job only makes
## `await` return `Err`.

## Runs `f()` in a new process and returns its pid.
pub extern fn async<T>(f :: Fun() -> T) -> Pid<T> = "mesh_job_async[T]"
## Waits for that job: `Ok(result)`, or `Err(reason)` when it crashed.
pub extern fn await<T>(job :: Pid<T>) -> Result<T, String> = "mesh_job_await"
## As `await`, but `Err("timeout")` once `ms` milliseconds have passed.
pub extern fn await_timeout<T>(job :: Pid<T>, ms :: Int) -> Result<T, String> = "mesh_job_await_timeout"

## `f` applied to every element in parallel jobs; the results in input order.
pub fn map<A, B>(xs :: List<A>, f :: Fun(A) -> B) -> List<Result<B, String>> do
  let jobs = List.map(xs, fn x -> async(fn -> f(x) end) end)
  List.map(jobs, fn job -> await(job) end)
end
