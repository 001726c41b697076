# Checks: keyword arguments are collected in source order into one trailing Map<String, V> argument (same as passing the map); keyword-only calls; keyword arguments to a closure.
fn connect(host :: String, opts :: Map<String, String>) -> String do
  host <> ":" <> Map.get(opts, "port")
end

fn describe(opts :: Map<String, Int>) -> String do
  let parts = for {k, v} in opts do "${k}=${v}" end
  String.join(parts, "&")
end

fn area(name :: String, dims :: Map<String, Int>) -> String do
  name <> " " <> String.from(Map.get(dims, "w") * Map.get(dims, "h"))
end

fn main() do
  println(connect("db", port: "5432", mode: "ro"))
  println(connect("db", %{"port" => "5432", "mode" => "ro"}))
  println(describe(width: 3, height: 4, depth: 5))
  println(area("box", h: 2, w: 10))
  let keys_of = fn o -> Map.keys(o) end
  println("${keys_of(b: true, a: false)}")
  println(describe(only: 1))
end
