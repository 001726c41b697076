# Checks: a hand-written `impl Ord` providing only `lt` (Eq derived) drives `<`, `>` (b.lt(a)), `<=` (not b.lt(a)), `>=` (not a.lt(b)), and `compare` (derived from lt and eq); the order here is by length, not by text.
struct Word do
  text :: String
end deriving(Eq)

impl Ord for Word do
  fn lt(self, other :: Word) -> Bool do
    String.length(self.text) < String.length(other.text)
  end
end

fn order_name(o :: Ordering) -> String do
  case o do
    Less -> "less"
    Equal -> "equal"
    Greater -> "greater"
  end
end

fn main() do
  let short = Word { text: "zz" }
  let long = Word { text: "aaaa" }
  let same = Word { text: "zz" }
  println("${short < long} ${short > long} ${long > short}")
  println("${short <= long} ${long <= short} ${short <= same}")
  println("${short >= long} ${long >= short} ${short >= same}")
  println(order_name(compare(short, long)))
  println(order_name(compare(long, short)))
  println(order_name(compare(short, same)))
end
