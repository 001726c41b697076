# Checks: closures across modules: an imported function returns a closure capturing its argument; local closures and named functions are passed to an imported higher-order function; a struct with a function field crosses the module boundary.
from Util.Funcs import make_multiplier, apply_all, Handler, run_handler

fn shout(s :: String) -> String = String.to_upper(s) <> "!"

fn main() do
  let triple = make_multiplier(3)
  println("${triple(7)}")
  println("${apply_all([1, 2, 3], triple)}")
  let offset = 10
  println("${apply_all([1, 2], fn x -> x + offset end)}")
  let h = Handler { name: "greet", run: shout }
  println(run_handler(h, "hi"))
  let h2 = Handler { name: "echo", run: fn s -> s <> s end }
  println(run_handler(h2, "ab"))
end
