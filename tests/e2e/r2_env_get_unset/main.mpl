# Checks: Env.get of an unset environment variable returns None (displayed, matched with case, and defaulted).
fn main() do
  let v = Env.get("MESH_R2_SURELY_UNSET_VARIABLE_7Q3Z")
  println("${v}")
  case Env.get("MESH_R2_ANOTHER_UNSET_NAME_X9") do
    Some(_) -> println("set")
    None -> println("unset")
  end
  let fallback = case v do
    Some(s) -> s
    None -> "default"
  end
  println(fallback)
end
