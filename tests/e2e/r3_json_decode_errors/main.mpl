# Checks: T.from_json returns Err for malformed JSON (only checked to be an Err) and the exact stdlib §14.2 messages for a missing field (also nested), wrong JSON types (expected Int/String/Bool/Float/Array/Object), a non-object document, and an unknown sum-type tag.
struct Inner do
  level :: Int
end deriving(Json)

struct Cfg do
  name :: String
  port :: Int
  debug :: Bool
  ratio :: Float
  tags :: List<String>
  inner :: Inner
end deriving(Json)

type Mode do
  Fast
  Slow(Int)
end deriving(Json)

fn show(r :: Result<Cfg, String>) -> String do
  case r do
    Ok(c) -> "ok " <> c.name
    Err(e) -> "err: " <> e
  end
end

fn is_err(r :: Result<Cfg, String>) -> Bool do
  case r do
    Ok(_) -> false
    Err(_) -> true
  end
end

fn main() do
  println(show(Cfg.from_json("""{"name":"a","port":80,"debug":true,"ratio":0.5,"tags":["t"],"inner":{"level":1}}""")))
  let truncated = Cfg.from_json("""{"name": """)
  let words = Cfg.from_json("not json")
  let empty = Cfg.from_json("")
  println("${is_err(truncated)} ${is_err(words)} ${is_err(empty)}")
  println(show(Cfg.from_json("""{"name":"a","debug":true,"ratio":0.5,"tags":[],"inner":{"level":1}}""")))
  println(show(Cfg.from_json("""{"name":"a","port":80,"debug":true,"ratio":0.5,"tags":[],"inner":{}}""")))
  println(show(Cfg.from_json("""{"name":"a","port":"80","debug":true,"ratio":0.5,"tags":[],"inner":{"level":1}}""")))
  println(show(Cfg.from_json("""{"name":5,"port":80,"debug":true,"ratio":0.5,"tags":[],"inner":{"level":1}}""")))
  println(show(Cfg.from_json("""{"name":"a","port":80,"debug":1,"ratio":0.5,"tags":[],"inner":{"level":1}}""")))
  println(show(Cfg.from_json("""{"name":"a","port":80,"debug":true,"ratio":"0.5","tags":[],"inner":{"level":1}}""")))
  println(show(Cfg.from_json("""{"name":"a","port":80,"debug":true,"ratio":0.5,"tags":"t","inner":{"level":1}}""")))
  println(show(Cfg.from_json("""{"name":"a","port":80,"debug":true,"ratio":0.5,"tags":[],"inner":[1]}""")))
  println(show(Cfg.from_json("[1, 2]")))
  case Mode.from_json("""{"tag":"Medium","fields":[]}""") do
    Ok(_) -> println("ok")
    Err(e) -> println("err: " <> e)
  end
  case Mode.from_json("""{"tag":"Slow","fields":[4]}""") do
    Ok(Slow(n)) -> println("slow ${n}")
    Ok(Fast) -> println("fast")
    Err(e) -> println("err: " <> e)
  end
end
