# Checks: unit-returning functions, if without else as a statement, discarded expression statements.
fn log(msg) do
  println("[log] " <> msg)
end

fn maybe(flag :: Bool, msg :: String) do
  if flag do
    log(msg)
  end
end

fn main() do
  log("start")
  maybe(true, "shown")
  maybe(false, "hidden")
  1 + 2
  "ignored value"
  log("end")
end
