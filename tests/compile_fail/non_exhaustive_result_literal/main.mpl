# Checks: E0012: `Err("fatal")` covers only one error string, so the case on a Result is incomplete.
fn get(r :: Result<Int, String>) -> Int do
  case r do
    Ok(v) -> v
    Err("fatal") -> 0
  end
end

fn main() do
  println("${get(Ok(1))}")
end
