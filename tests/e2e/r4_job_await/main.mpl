# Checks: Job.async runs a function in another process and Job.await
# returns Ok(result) or, for a crashed job, Err(reason) without crashing
# the caller (stdlib.md §19); Job.await_timeout gives the result of a
# finished job.
fn describe(r :: Result<Int, String>) -> String do
  case r do
    Ok(v) -> "ok ${v}"
    Err(e) -> "err ${String.contains(e, "division by zero")}"
  end
end

fn main() do
  let j = Job.async(fn -> 6 * 7 end)
  println(describe(Job.await(j)))
  let zero = 0
  let bad = Job.async(fn -> 10 / zero end)
  println(describe(Job.await(bad)))
  println("caller still running")
  let slow = Job.async(fn -> 1 + 2 end)
  println(describe(Job.await_timeout(slow, 60000)))
  let text = Job.async(fn -> "hello" end)
  case Job.await(text) do
    Ok(s) -> println(s)
    Err(e) -> println(e)
  end
end
