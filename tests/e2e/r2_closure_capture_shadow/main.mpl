# Checks: closures capture values at creation: re-binding a name with `let` after the capture does not change what the closure sees (language.md §3.2); captured parameters; nested closures capturing several levels.
fn make_greeter(greeting :: String) -> Fun(String) -> String do
  fn name -> greeting <> ", " <> name end
end

fn main() do
  let total = 10
  let show = fn -> total end
  let total = total + 5
  println("${show()} ${total}")
  let factor = 3
  let scale = fn x -> x * factor end
  let factor = 100
  println("${scale(2)} ${factor}")
  let hello = make_greeter("Hello")
  let hi = make_greeter("Hi")
  println(hello("Ann"))
  println(hi("Bob"))
  let base = 1
  let outer = fn x do
    let inner = fn y -> x + y + base end
    inner(10)
  end
  println("${outer(100)}")
  let label = "before"
  let get_label = fn -> label end
  let label = "after"
  println(get_label() <> " " <> label)
  let xs = [1, 2, 3]
  let count = fn -> List.length(xs) end
  let xs = List.append(xs, 4)
  println("${count()} ${List.length(xs)}")
end
