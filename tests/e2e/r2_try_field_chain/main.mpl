# Checks: `f(x)?.field` applies `?` to the call first and then reads the field of the struct payload; two such operands in one expression.
struct User do
  name :: String
  age :: Int
end

fn load(id :: Int) -> Result<User, String> do
  if id == 1 do Ok(User { name: "ann", age: 31 }) else Err("no user ${id}") end
end

fn name_of(id :: Int) -> Result<String, String> do
  Ok(load(id)?.name)
end

fn total_age(a :: Int, b :: Int) -> Result<Int, String> do
  Ok(load(a)?.age + load(b)?.age)
end

fn main() do
  println("${name_of(1)} ${name_of(2)}")
  println("${total_age(1, 1)} ${total_age(1, 3)}")
end
