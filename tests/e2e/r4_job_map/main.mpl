# Checks: Job.map runs the function on every element in parallel jobs and
# returns the results in input order (stdlib.md §19), a crash as Err.
fn main() do
  let squares = Job.map([1, 2, 3, 4], fn x -> x * x end)
  println("${squares}")
  let zero = 0
  let mixed = Job.map([2, 0, 5], fn x -> 10 / x + zero end)
  for r in mixed do
    case r do
      Ok(v) -> println("ok ${v}")
      Err(_) -> println("crashed")
    end
  end
end
