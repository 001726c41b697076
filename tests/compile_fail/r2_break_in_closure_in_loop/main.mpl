# Checks: E0032: `break` inside a closure that is written inside a for loop cannot cross the closure boundary.
fn main() do
  for i in 0..3 do
    let f = fn x do
      if x > 1 do
        break
      end
      x
    end
    println("${f(i)}")
  end
end
