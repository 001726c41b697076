# Checks: for over ranges written directly (a..b is half-open), empty ranges, `0..n + 1` precedence, negative start, the list value of a for, and a for used as a statement.
fn main() do
  for i in 0..3 do
    println("i=${i}")
  end
  let squares = for n in 1..6 do n * n end
  println("${squares}")
  let empty = for n in 5..2 do n end
  println("${empty} ${List.length(empty)}")
  let same = for n in 4..4 do n end
  println("${List.length(same)}")
  let n = 3
  let upto = for k in 0..n + 1 do k end
  println("${upto}")
  let negs = for k in -2..1 do k * 10 end
  println("${negs}")
  let labels = for k in 1..4 do "#${k}" end
  println("${labels}")
end
