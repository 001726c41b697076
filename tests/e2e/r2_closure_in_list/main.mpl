# Checks: closures stored in lists and tuples, selected and called (also directly as `List.get(fs, 2)(9)`), mapped and folded over.
fn main() do
  let fs = [fn x -> x + 1 end, fn x -> x * 2 end, fn x -> x * x end]
  println("${List.length(fs)}")
  let results = List.map(fs, fn f -> f(5) end)
  println("${results}")
  println("${List.get(fs, 2)(9)}")
  let second = List.get(fs, 1)
  println("${second(21)}")
  let pipeline = List.reduce(fs, 3, fn acc, f -> f(acc) end)
  println("${pipeline}")
  let named = [("inc", fn x -> x + 1 end), ("neg", fn x -> 0 - x end)]
  let lines = List.map(named, fn entry -> case entry do
    (name, f) -> "${name}: ${f(10)}"
  end end)
  println(String.join(lines, "\n"))
  let pair = (fn s -> String.length(s) end, fn s -> String.to_upper(s) end)
  let (len, up) = pair
  println("${len("four")} ${up("four")}")
end
