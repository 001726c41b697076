# Checks: struct literals spread over lines with newline-only or comma separation and a trailing comma; field initializers run left to right in source order.
struct Reading do
  sensor :: String
  value :: Float
  tags :: List<String>
end

struct Triple do
  a :: Int
  b :: Int
  c :: Int
end

fn trace(label :: String, v :: Int) -> Int do
  println("eval ${label}")
  v
end

fn main() do
  let r = Reading {
    sensor: "s1"
    value: 20.5
    tags: ["x"]
  }
  println("${r.sensor} ${r.value} ${r.tags}")
  let r2 = Reading {
    sensor: "s2",
    value: 1.25,
    tags: [],
  }
  println("${r2.sensor} ${r2.value} ${List.length(r2.tags)}")
  let t = Triple { c: trace("c", 3), a: trace("a", 1), b: trace("b", 2) }
  println("${t.a}${t.b}${t.c}")
end
