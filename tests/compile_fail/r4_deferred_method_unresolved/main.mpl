# A deferred method call is E0110 when its receiver's type is still unknown at the end of the function, and E0030 when the type, once known, has no such method.
fn main() do
  let f = fn x -> x.frobnicate() end
  println("start")
  let g = fn y -> y.shout() end
  println(g(3))
end
