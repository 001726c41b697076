# Checks: Int `/` truncates toward zero and `%` takes the sign of the dividend (-7 / 2 is -3, -7 % 2 is -1).
fn show_divmod(a :: Int, b :: Int) -> String do
  "${a} / ${b} = ${a / b}, ${a} % ${b} = ${a % b}"
end

fn main() do
  println("${-7 / 2}")
  println("${-7 % 2}")
  println("${7 / -2}")
  println("${7 % -2}")
  println("${-7 / -2}")
  println("${-7 % -2}")
  println("${7 / 2}")
  println("${7 % 2}")
  println("${0 / 5}")
  println("${6 % 3}")
  println(show_divmod(-7, 2))
  println(show_divmod(7, -2))
  println(show_divmod(-9, -4))
  println(show_divmod(100, 7))
end
