# Checks: Map.get of an absent key returns the zero value of the value type: 0 for Int values (String and Int keys), 0.0 for Float, false for Bool, "" for String; counting words relies on it.
fn count_words(words :: List<String>) -> Map<String, Int> do
  List.reduce(words, Map.new(), fn acc, w -> Map.put(acc, w, Map.get(acc, w) + 1) end)
end

fn main() do
  let counts = %{"a" => 1}
  println("${Map.get(counts, "missing")}")
  let by_id = %{1 => 100, 2 => 200}
  println("${Map.get(by_id, 2)} ${Map.get(by_id, 99)}")
  let bumped = Map.put(by_id, 3, Map.get(by_id, 3) + 1)
  println("${Map.get(bumped, 3)}")
  let floats = %{"pi" => 3.5}
  println("${Map.get(floats, "e")}")
  let flags = %{"on" => true}
  println("${Map.get(flags, "off")}")
  let names = %{"k" => "v"}
  println("[" <> Map.get(names, "x") <> "]")
  println("${count_words(["a", "b", "a", "c", "a"])}")
end
