# `default()` takes its type from the context (stdlib.md §2): Int 0,
# Float 0.0, String "", Bool false (language.md §3.7.3).
fn show_float(f :: Float) -> String do
  "${f}"
end

fn main() do
  let n :: Int = default()
  let f :: Float = default()
  let s :: String = default()
  let b :: Bool = default()
  println("${n + 1}")
  println(show_float(default()))
  println("[${s}]")
  println("${b}")
  let g :: Float = Default.default()
  println("${g == f}")
end
