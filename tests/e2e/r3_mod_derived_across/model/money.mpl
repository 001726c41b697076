# Module Model.Money: pub types with derived impls, a pub interface with a default method, and hand-written impls, all used from main.
pub struct Money do
  cents :: Int
end deriving(Eq, Ord, Display, Json, Hash)

pub type Coin do
  Penny
  Dollar(Int)
end deriving(Eq, Ord, Display, Json)

pub struct Account do
  table "accounts"
  id :: Int
  owner :: String
  active :: Bool
end deriving(Schema, Row, Json, Debug, Eq)

pub interface Valued do
  fn value(self) -> Int
  fn label(self) -> String do
    "worth " <> String.from(self.value())
  end
end

impl Valued for Coin do
  fn value(self) -> Int do
    case self do
      Penny -> 1
      Dollar(n) -> n * 100
    end
  end
end

impl Add for Money do
  type Output = Money
  fn add(self, other :: Money) -> Money do
    Money { cents: self.cents + other.cents }
  end
end

impl From<Coin> for Money do
  fn from(c :: Coin) -> Money do
    Money { cents: c.value() }
  end
end

pub fn zero() -> Money = Money { cents: 0 }

pub fn show_all<T>(xs :: List<T>) -> String where T: Display do
  List.reduce(xs, "", fn acc, x -> acc <> "<" <> to_string(x) <> ">" end)
end
