# Checks: E0008 when an impl method declares a return type different from the interface's; reported at the impl method.
interface Shape do
  fn area(self) -> Int
end

struct Sq do
  side :: Int
end

impl Shape for Sq do
  fn area(self) -> String do
    "big"
  end
end

fn main() do
  let s = Sq { side: 2 }
  println("${s.side}")
end
