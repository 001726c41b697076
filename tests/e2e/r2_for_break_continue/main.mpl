# Checks: continue skips the element (no value added); break stops the loop and the for yields the values collected so far; break/continue as case-arm bodies and together with a when filter.
fn main() do
  let odds = for x in 1..8 do
    if x % 2 == 0 do
      continue
    end
    x
  end
  println("${odds}")
  let until3 = for x in [1, 2, 3, 4, 5] do
    if x == 3 do
      break
    end
    x * 10
  end
  println("${until3}")
  let words = for w in ["a", "skip", "b", "stop", "c"] do
    case w do
      "skip" -> continue
      "stop" -> break
      other -> String.to_upper(other)
    end
  end
  println("${words}")
  let mixed = for x in 0..20 when x % 3 == 0 do
    if x > 10 do
      break
    end
    if x == 6 do
      continue
    end
    x
  end
  println("${mixed}")
  for x in 0..5 do
    if x == 2 do
      continue
    end
    if x == 4 do
      break
    end
    println("visit ${x}")
  end
end
