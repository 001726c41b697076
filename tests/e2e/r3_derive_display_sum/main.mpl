# Checks: deriving(Display) on sum types: nullary variants render as the bare name, variants with positional or named fields as `Variant(v1, v2)` (strings unquoted, floats in interpolation form); through interpolation, to_string and v.to_string().
type Severity do
  Fatal
  Warning
  Notice(String)
  Custom(code :: Int, text :: String)
  Scored(Float, Bool)
end deriving(Display)

type Wrapper do
  Wrap(Severity)
  Many(List<Severity>)
end deriving(Display)

fn main() do
  let a = Fatal
  let b = Notice("disk low")
  let c = Custom(7, "lint")
  println("${a} ${Warning}")
  println("${b}")
  println(to_string(c))
  println(c.to_string())
  println("${Scored(2.0, true)} ${Scored(0.25, false)}")
  println("${Wrap(Custom(1, "x"))} ${Many([Fatal, Notice("n")])}")
  println("${[a, b]}")
end
