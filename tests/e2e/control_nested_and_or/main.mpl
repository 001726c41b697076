# Checks: `and`/`or` short-circuit and give correct results with nested ifs in their operands (defect K7).
fn check(label :: String, value :: Bool) -> Bool do
  println("check ${label}")
  value
end

fn both(a :: Bool, b :: Bool) -> Bool do
  if a do
    if b do true else false end
  else
    false
  end
end

fn classify(x :: Int, y :: Int) -> String do
  if x > 0 and y > 0 do
    "both positive"
  else if x > 0 or y > 0 do
    if x > 0 and not (y > 0) do "only x" else "only y" end
  else
    "neither"
  end
end

fn main() do
  println("${false and check("a", true)}")
  println("${true or check("b", false)}")
  println("${true and check("c", false)}")
  println("${false or check("d", true)}")
  let nested = (if 1 < 2 do 3 > 2 else false end) and (if 2 < 1 do false else true end)
  println("${nested}")
  let mixed = both(true, false) or (both(true, true) and not both(false, true))
  println("${mixed}")
  let guarded = (if both(true, true) do false else true end) or (if 5 > 4 do both(true, true) else false end)
  println("${guarded}")
  println(classify(1, 1))
  println(classify(1, -1))
  println(classify(-1, 1))
  println(classify(-1, -1))
  let deep = if true do if false or true do true and (if 0 == 0 do true else false end) else false end else false end
  println("${deep}")
  let falsy = if true do (if 1 == 1 do true else false end) and (if 1 == 2 do true else false end) else true end
  println("${falsy}")
end
