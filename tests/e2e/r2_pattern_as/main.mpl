# Checks: as-patterns bind the whole matched value besides the inner bindings, on constructor, tuple, cons and or-patterns (as has the lowest precedence), with guards.
fn describe(o :: Option<Int>) -> String do
  case o do
    Some(n) as whole when n > 10 -> "big ${whole}"
    Some(_) as whole -> "small ${whole}"
    None -> "none"
  end
end

fn keep_pair(p :: (Int, String)) -> String do
  case p do
    (n, s) as both -> "${both} has ${n} and ${s}"
  end
end

fn first_and_all(xs :: List<Int>) -> String do
  case xs do
    h :: _ as all -> "${h} of ${all}"
    [] -> "empty"
  end
end

fn tiny(n :: Int) -> String do
  case n do
    1 | 2 as k -> "tiny ${k}"
    k -> "other ${k}"
  end
end

fn main() do
  println(describe(Some(50)))
  println(describe(Some(3)))
  println(describe(None))
  println(keep_pair((4, "four")))
  println(first_and_all([9, 8, 7]))
  println(first_and_all([]))
  println(tiny(2) <> ", " <> tiny(5))
end
