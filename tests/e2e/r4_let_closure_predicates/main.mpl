# A `let`-bound closure is generalised like a function, predicates
# included (language.md §6.5.1, §6.5.3): each use instantiates it afresh.
struct Point do
  x :: Int
  y :: Int
end deriving(Display)

fn main() do
  let prefix = "got "
  let show = fn x -> "${prefix}${x}" end
  println(show(42))
  println(show("text"))
  println(show(Point { x: 1, y: 2 }))
  let add = fn a, b -> a + b end
  println("${add(1, 2)} ${add(1.5, 2.25)}")
  let same = fn a, b -> a == b end
  println("${same("a", "a")} ${same(3, 4)}")
  let pair = fn a, b do
    let both = [a, b]
    "${show(a)}/${List.length(both)}/${b}"
  end
  println(pair(7, 8))
  println(pair(true, false))
  let twice = fn f, v -> f(f(v)) end
  println("${twice(fn n -> n * 3 end, 2)} ${twice(fn s -> s <> "!" end, "hi")}")
  let shows = List.map([1, 2], show)
  println("${shows}")
end
