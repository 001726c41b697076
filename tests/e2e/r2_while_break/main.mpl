# Checks: while loops: a false condition never runs the body; `while true` left with break (also inside an if); a condition reading external state (a file the body deletes); the value of a while is (); break in a while inside a for leaves only the while.
fn main() do
  while false do
    println("never")
  end
  println("after false loop")
  while true do
    println("once")
    break
  end
  let n = 3
  while n > 0 do
    if n == 3 do
      println("n is three")
      break
    end
    println("unreachable")
  end
  let path = "/tmp/mesh_r2_while_flag_4b7e21.txt"
  let _ = File.write(path, "flag")
  while File.exists(path) do
    println("flag present, removing")
    let _ = File.delete(path)
  end
  println("flag gone: ${File.exists(path) == false}")
  let unit = while false do 1 end
  println("${unit}")
  let collected = for i in 0..3 do
    while true do
      break
    end
    i
  end
  println("${collected}")
end
