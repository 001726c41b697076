# A user `impl Default`; `default()` in a struct field and an argument.
struct Point do
  x :: Int
  y :: Int
end

impl Default for Point do
  fn default() -> Point do
    Point { x: 1, y: 2 }
  end
end

struct Config do
  name :: String
  origin :: Point
  retries :: Int
end

fn describe(p :: Point) -> String do
  "(${p.x}, ${p.y})"
end

fn main() do
  let c = Config { name: "svc", origin: default(), retries: default() }
  println("${c.name} ${describe(c.origin)} ${c.retries}")
  println(describe(default()))
  let p :: Point = Default.default()
  println("${p.x + p.y}")
end
