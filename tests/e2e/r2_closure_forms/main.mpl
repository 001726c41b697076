# Checks: every closure form of language.md §4.13: parenthesized and bare parameters, arrow and block bodies, no parameters (`fn -> e end`, `fn do ... end`, `fn() -> e end`), typed parameters, calling a parenthesized closure literal.
fn main() do
  let a = fn(row) do row * 10 end
  let b = fn(x) -> x * 2 end
  let c = fn x -> x + 1 end
  let d = fn acc, x -> acc + x end
  let e = fn x do
    let y = x * x
    y + 1
  end
  let f = fn -> 42 end
  let g = fn do
    let base = 7
    base * 6
  end
  let h = fn(x :: Int) -> x + 100 end
  let i = fn x :: Int -> x - 100 end
  let j = fn(x :: Int, y :: Int) -> x * y end
  let k = fn(s :: String, n :: Int) do
    s <> "#" <> String.from(n)
  end
  let l = fn() -> "empty parens" end
  println("${a(1)} ${b(2)} ${c(3)} ${d(4, 5)} ${e(3)}")
  println("${f()} ${g()}")
  println("${h(1)} ${i(1)} ${j(6, 7)}")
  println(k("n", 5))
  println(l())
  let m = fn x, y, z -> x + y * z end
  println("${m(1, 2, 3)}")
  let inline = (fn x -> x * 3 end)(5)
  println("${inline}")
end
