# Checks: E0009 when a functional update names a field the struct does not have (reported at the field name).
struct Config do
  port :: Int
  verbose :: Bool
end

fn main() do
  let c = Config { port: 80, verbose: false }
  let d = %{c | retries: 3}
  println("${d.port}")
end
