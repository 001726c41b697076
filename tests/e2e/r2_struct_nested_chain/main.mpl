# Checks: structs containing structs and lists; field-access chains such as order.customer.address.city.
struct Address do
  city :: String
  zip :: Int
end

struct Customer do
  name :: String
  address :: Address
end

struct Order do
  id :: Int
  customer :: Customer
  items :: List<String>
end

fn city_of(o :: Order) -> String = o.customer.address.city

fn main() do
  let addr = Address { city: "Lyon", zip: 69001 }
  let c = Customer { name: "Zoe", address: addr }
  let o = Order { id: 7, customer: c, items: ["pen", "ink"] }
  println(o.customer.name)
  println(city_of(o))
  println("${o.customer.address.zip + 1}")
  println("${List.length(o.items)} ${o.items}")
  let inline = Order { id: 8, customer: Customer { name: "Max", address: Address { city: "Oslo", zip: 150 } }, items: [] }
  println(inline.customer.address.city <> "/" <> inline.customer.name)
  println("${List.length(inline.items)} ${inline.id + o.id}")
end
