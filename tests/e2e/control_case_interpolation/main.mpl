# Checks: case and if expressions as values, used directly inside string interpolation.
fn plural(n :: Int) -> String = "${n} ${case n do 1 -> "item" _ -> "items" end}"

fn main() do
  println(plural(1))
  println(plural(3))
  let flag = true
  println("flag is ${if flag do "on" else "off" end}")
  let code = 404
  let text = case code do
    200 -> "OK"
    404 -> "Not Found"
    _ -> "Unknown"
  end
  println("${code} ${text}")
  println("status: ${case String.to_int("200") do Some(c) -> "${c} OK" None -> "bad" end}")
  println("${case (1, "x") do (n, s) -> "${s}${n}" end}")
end
