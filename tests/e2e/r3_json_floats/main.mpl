# Checks: Float fields under deriving(Json) encode in the shortest round-trip text keeping a fraction for integral values (1.0, -2.0, 100.0, 0.0), 0.1 + 0.2 as 0.30000000000000004, inside lists and Options; interpolation of the same values prints without the fraction.
struct Measure do
  value :: Float
  samples :: List<Float>
  maybe :: Option<Float>
  label :: String
end deriving(Json)

fn main() do
  let m = Measure { value: 1.0, samples: [0.5, 3.14, 0.1 + 0.2, -2.0, 100.0], maybe: Some(0.0), label: "tab\there\nnext" }
  println(Json.encode(m))
  let n = %{m | value: 2.0 / 8.0, samples: [], maybe: None, label: "é"}
  println(Json.encode(n))
  println("${m.value} ${m.samples}")
end
