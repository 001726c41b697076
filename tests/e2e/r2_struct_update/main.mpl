# Checks: functional update %{s | f: v} yields a new struct and leaves the original unchanged: several fields, chained updates, update in a function, trailing comma, field access on an update.
struct Config do
  host :: String
  port :: Int
  retries :: Int
  verbose :: Bool
end

fn describe(c :: Config) -> String do
  "${c.host}:${c.port} retries=${c.retries} verbose=${c.verbose}"
end

fn bump(c :: Config) -> Config = %{c | retries: c.retries + 1}

fn main() do
  let base = Config { host: "localhost", port: 80, retries: 0, verbose: false }
  let tuned = %{base | retries: 5, verbose: true}
  println(describe(base))
  println(describe(tuned))
  let moved = %{tuned | port: 8080}
  println(describe(moved))
  println(describe(tuned))
  let twice = bump(bump(base))
  println(describe(twice))
  println(describe(base))
  let renamed = %{base | host: "example.org",}
  println(renamed.host <> " " <> base.host)
  let secure = %{base | port: 443}.port
  println("${secure} ${base.port}")
end
