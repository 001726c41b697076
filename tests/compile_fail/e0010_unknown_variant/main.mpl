# Checks: a constructor pattern naming no variant (E0010).
fn main() do
  let v = Some(1)
  case v do
    Sum(x) -> println("${x}")
    _ -> println("none")
  end
end
