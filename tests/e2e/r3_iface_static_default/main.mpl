# Checks: a static interface method with a default body is reachable as TypeName.m() for an impl that omits it and overridden by another.
interface Named do
  fn kind() -> String do
    "thing"
  end
  fn name(self) -> String
end

struct Cat do
  nick :: String
end

struct Rock do
  weight :: Int
end

impl Named for Cat do
  fn kind() -> String do
    "animal"
  end
  fn name(self) -> String do
    self.nick
  end
end

impl Named for Rock do
  fn name(self) -> String do
    "rock of " <> String.from(self.weight)
  end
end

fn main() do
  println(Cat.kind() <> " " <> Rock.kind())
  let c = Cat { nick: "tom" }
  let r = Rock { weight: 3 }
  println(c.name() <> ", " <> r.name())
end
