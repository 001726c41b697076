# Checks: T.from_json(Json.encode(v)) gives back a value equal (==) to v for nested structs with Float, List, Map and Option fields (Some and None), and for every variant of a sum type, including inside a struct.
struct Address do
  city :: String
  zip :: Int
end deriving(Json, Eq)

type Severity do
  Fatal
  Notice(String)
  Custom(code :: Int, text :: String)
end deriving(Json, Eq)

struct Person do
  name :: String
  height :: Float
  active :: Bool
  address :: Address
  tags :: List<String>
  scores :: Map<String, Int>
  nickname :: Option<String>
  level :: Severity
  past :: List<Option<Severity>>
end deriving(Json, Eq)

fn person_round_trips(p :: Person) -> Bool do
  case Person.from_json(Json.encode(p)) do
    Ok(back) -> back == p
    Err(_) -> false
  end
end

fn severity_round_trips(s :: Severity) -> Bool do
  case Severity.from_json(Json.encode(s)) do
    Ok(back) -> back == s
    Err(_) -> false
  end
end

fn main() do
  let p = Person { name: "Ann \"A\"", height: 0.1 + 0.2, active: true, address: Address { city: "Oslo", zip: 150 }, tags: ["x", "y"], scores: %{"b" => 2, "a" => -1}, nickname: Some("an"), level: Custom(3, "c"), past: [None, Some(Fatal)] }
  println("${person_round_trips(p)}")
  let q = %{p | height: 1.0, tags: [], scores: %{}, nickname: None, level: Fatal, past: []}
  println("${person_round_trips(q)}")
  println("${severity_round_trips(Fatal)} ${severity_round_trips(Notice("n"))} ${severity_round_trips(Custom(-1, ""))}")
  println("${Address.from_json(Json.encode(p.address)) == Ok(p.address)}")
  case Person.from_json(Json.encode(p)) do
    Ok(back) -> println(back.name <> " " <> back.address.city <> " ${back.scores}")
    Err(e) -> println("failed: " <> e)
  end
end
