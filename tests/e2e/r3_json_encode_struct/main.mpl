# Checks: Json.encode of a deriving(Json) struct gives exact compact text: keys in declaration order, Int, Float with fraction kept, Bool, nested struct, List, Map (insertion order), Option None -> null and Some(x) -> x, empty list/map, string escaping.
struct Address do
  city :: String
  zip :: Int
end deriving(Json)

struct Person do
  name :: String
  age :: Int
  height :: Float
  active :: Bool
  address :: Address
  tags :: List<String>
  scores :: Map<String, Int>
  nickname :: Option<String>
  boss :: Option<Address>
end deriving(Json)

fn main() do
  let home = Address { city: "Oslo", zip: 150 }
  let p = Person { name: "Ann", age: 30, height: 1.0, active: true, address: home, tags: ["a", "b"], scores: %{"x" => 1, "y" => 2}, nickname: None, boss: Some(Address { city: "Rome", zip: 1 }) }
  println(Json.encode(p))
  let q = %{p | name: "Bo \"B\" Li", height: 1.75, active: false, tags: [], scores: %{}, nickname: Some("bo"), boss: None}
  println(Json.encode(q))
  println(Json.encode(home))
  println(Json.encode([home, Address { city: "a\\b", zip: -3 }]))
end
