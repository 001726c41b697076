# Checks: nested for loops produce nested lists; break and continue affect only the innermost loop; inner loops see outer variables.
fn main() do
  let table = for i in 1..4 do
    for j in 1..4 do i * j end
  end
  println("${table}")
  let tri = for i in 0..4 do
    for j in 0..10 do
      if j > i do
        break
      end
      j
    end
  end
  println("${tri}")
  let pairs = for a in ["x", "y"] do
    for b in [1, 2, 3] when b != 2 do "${a}${b}" end
  end
  println("${List.flatten(pairs)}")
  let counts = for i in 0..3 do
    let inner = for j in 0..3 do
      if j == i do
        continue
      end
      j
    end
    List.length(inner)
  end
  println("${counts}")
end
