# Checks: W0002: `pub`, type parameters, a return type and a `where`
# clause are taken from the first clause; on a later one they are ignored
# with a warning each, and the build succeeds.
fn pick(0) -> String = "zero"
pub fn pick(n) -> String = "n=${n}"

fn main() do
  println(pick(0))
  println(pick(5))
end
