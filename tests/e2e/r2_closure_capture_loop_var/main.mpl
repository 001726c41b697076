# Checks: closures created in a for loop each capture that iteration's value; closures returned by a List.map callback capture their element.
fn main() do
  let adders = for i in 0..3 do fn x -> x + i * 10 end end
  println("${List.map(adders, fn f -> f(1) end)}")
  let greeters = List.map(["a", "b"], fn name -> fn -> "hi " <> name end end)
  println("${List.map(greeters, fn g -> g() end)}")
  let sum = List.reduce(adders, 0, fn acc, f -> acc + f(0) end)
  println("${sum}")
end
