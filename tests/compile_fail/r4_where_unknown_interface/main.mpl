# A `where` bound naming no interface, and Interface.m naming no method of it.
interface Describe do
  fn describe(self) -> String
end

fn unknown<T>(x :: T) -> T where T: Missing do
  x
end

fn main() do
  println(Describe.nothing(1))
end
