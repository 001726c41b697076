# Checks: `let x :: T = e` for several types and `let _ = e` (evaluated for its effect, value discarded).
fn noisy(n :: Int) -> Int do
  println("noisy ${n}")
  n
end

fn main() do
  let a :: Int = 5
  let b :: Float = 2.5
  let c :: String = "text"
  let d :: Bool = a > 3
  let e :: List<Int> = [a, a * 2]
  let f :: Option<String> = Some(c)
  let g :: (Int, String) = (a, c)
  let h :: Int!String = Ok(a)
  let _ = noisy(7)
  let _ = println("discarded unit")
  println("${a} ${b} ${c} ${d} ${e} ${f} ${g} ${h}")
end
