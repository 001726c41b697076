# Checks: E0037 for `?` applied to an Int (reported at the `?` expression).
fn bump(n :: Int) -> Result<Int, String> do
  let m = n?
  Ok(m + 1)
end

fn main() do
  println("${bump(1)}")
end
