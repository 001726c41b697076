# Checks: maps whose values are structs: Map.get of present keys with field access, replacing a value by an updated struct (the old map unchanged), for over entries, Map.values.
struct Stock do
  qty :: Int
  price :: Int
end

fn main() do
  let inv = %{"apple" => Stock { qty: 3, price: 2 }, "pear" => Stock { qty: 0, price: 4 }}
  let apple = Map.get(inv, "apple")
  println("${apple.qty * apple.price}")
  let restocked = Map.put(inv, "pear", %{Map.get(inv, "pear") | qty: 10})
  println("${Map.get(restocked, "pear").qty} ${Map.get(inv, "pear").qty}")
  let values = for {name, s} in restocked do "${name}:${s.qty * s.price}" end
  println("${values}")
  println("${List.map(Map.values(inv), fn s -> s.price end)}")
  println("${Map.has_key(inv, "kiwi")}")
end
