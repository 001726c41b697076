# Checks: K17: derived operations (Eq, Ord, Display, Hash, Json encode/from_json, Row from_row, Schema metadata, Debug inspect) and hand-written impls (Add, From, a pub interface with a default method) of types declared in another module work in main; main implements the imported interface for its own type and passes its own Display type to the module's generic `where T: Display` function.
from Model.Money import zero, show_all

struct Wallet do
  coins :: List<Coin>
end deriving(Json)

struct Note do
  text :: String
end

impl Display for Note do
  fn to_string(self) -> String do
    "note:" <> self.text
  end
end

impl Valued for Wallet do
  fn value(self) -> Int do
    List.reduce(self.coins, 0, fn acc, c -> acc + c.value() end)
  end
end

fn main() do
  let a = Money { cents: 150 }
  let b = Money.from(Dollar(2))
  println("${a + b}")
  println("${a == b} ${a < b} ${zero() < a} ${a != zero()}")
  println(Json.encode(a + b))
  case Money.from_json("""{"cents": 7}""") do
    Ok(m) -> println("${m}")
    Err(e) -> println("err: " <> e)
  end
  let a2 = Money { cents: 150 }
  println("${a.hash() == a2.hash()}")
  println("${Penny < Dollar(1)} ${Dollar(1)} ${Coin.Penny}")
  let d = Dollar(3)
  println(d.label())
  let w = Wallet { coins: [Penny, Dollar(5)] }
  println(w.label())
  println(Json.encode(w))
  println(Account.__table__())
  println("${Account.__fields__()}")
  case Account.from_row(%{"id" => "3", "owner" => "kim", "active" => "1"}) do
    Ok(acc) -> println(acc.inspect())
    Err(e) -> println("err: " <> e)
  end
  let acc = Account { id: 9, owner: "lee", active: false }
  println("${Account.from_json(Json.encode(acc)) == Ok(acc)}")
  println(show_all([a, b]) <> " " <> show_all([Note { text: "hi" }]) <> " " <> show_all([1, 2]))
end
