# Checks: structs inside lists, tuples and Options; map/filter/reduce over lists of structs; case on an Option of a struct.
struct Item do
  name :: String
  price :: Int
end

fn find_item(items :: List<Item>, name :: String) -> Option<Item> do
  List.find(items, fn it -> it.name == name end)
end

fn main() do
  let items = [Item { name: "apple", price: 3 }, Item { name: "pear", price: 5 }, Item { name: "plum", price: 2 }]
  println("${List.length(items)}")
  let names = List.map(items, fn it -> it.name end)
  println("${names}")
  let cheap = List.filter(items, fn it -> it.price < 4 end)
  println("${List.map(cheap, fn it -> it.name end)}")
  let total = List.reduce(items, 0, fn acc, it -> acc + it.price end)
  println("${total}")
  let pair = (List.get(items, 1), 10)
  let (it, qty) = pair
  println("${it.name} x${qty} = ${it.price * qty}")
  case find_item(items, "plum") do
    Some(found) -> println("found ${found.name} at ${found.price}")
    None -> println("missing")
  end
  case find_item(items, "kiwi") do
    Some(found) -> println("found ${found.name}")
    None -> println("no kiwi")
  end
  let maybe :: Option<Item> = Some(Item { name: "fig", price: 9 })
  let price = case maybe do
    Some(i) -> i.price
    None -> 0
  end
  println("${price}")
  println(List.head(items).name)
end
