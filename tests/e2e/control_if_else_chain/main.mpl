# Checks: if / else if / else chains with one final end, as statements and as values; if without else.
fn tier(score :: Int) -> String do
  if score >= 90 do
    "gold"
  else if score >= 50 do
    "silver"
  else if score >= 0 do
    "bronze"
  else
    "invalid"
  end
end

fn sign(n :: Int) -> Int = if n > 0 do 1 else if n < 0 do -1 else 0 end

fn main() do
  println(tier(95))
  println(tier(90))
  println(tier(89))
  println(tier(50))
  println(tier(10))
  println(tier(-5))
  let t = if tier(70) == "silver" do "yes" else "no" end
  println(t)
  println("${sign(-8)} ${sign(0)} ${sign(8)}")
  if sign(3) == 1 do
    println("positive")
  end
  if sign(-3) == 1 do
    println("never")
  end
  println("end")
end
