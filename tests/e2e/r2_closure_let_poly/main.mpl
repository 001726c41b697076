# Checks: let-polymorphism of closures (language.md §3.2, §6.5.1): a closure bound with `let` is used at several types.
fn main() do
  let ident = fn v -> v end
  println("${ident(5)} ${ident("five")} ${ident(true)} ${ident([1])}")
  let dup = fn x -> (x, x) end
  println("${dup(1)} ${dup("a")}")
  let first = fn a, _ -> a end
  println("${first(1, "ignored")} ${first("kept", 2)}")
  let wrap = fn x -> [x] end
  println("${wrap(1.5)} ${wrap(Some(2))}")
end
