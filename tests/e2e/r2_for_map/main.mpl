# Checks: for over maps with `{k, v}` destructuring and with a single name (binds the key), in insertion order; a re-put key keeps its position.
fn main() do
  let m = %{"one" => 1, "two" => 2, "three" => 3}
  for {k, v} in m do
    println("${k} -> ${v}")
  end
  let keys = for k in m do k end
  println("${keys}")
  let doubled = for {k, v} in m do v * 2 end
  println("${doubled}")
  let m2 = Map.put(Map.put(m, "zero", 0), "one", 100)
  let entries = for {k, v} in m2 do "${k}=${v}" end
  println(String.join(entries, ","))
  let by_id = %{3 => "c", 1 => "a"}
  for {id, name} in by_id do
    println("${id}:${name}")
  end
end
