# Checks: Iter.skip, Iter.take (stops pulling the source after n items), Iter.enumerate and Iter.zip (ends with the shorter side), over lists and a range.
fn main() do
  println("${Iter.from(0..100) |> Iter.skip(10) |> Iter.take(3) |> List.collect()}")
  let pulled = Iter.from([1, 2, 3, 4, 5])
    |> Iter.map(fn x do
      println("pull ${x}")
      x
    end)
    |> Iter.take(2)
    |> List.collect()
  println("${pulled}")
  println("${Iter.from(["a", "b"]) |> Iter.enumerate() |> List.collect()}")
  println("${Iter.zip(Iter.from([1, 2, 3]), Iter.from(["x", "y"])) |> List.collect()}")
  println("${Iter.from([1, 2]) |> Iter.take(5) |> List.collect()} ${Iter.from([1, 2]) |> Iter.skip(5) |> List.collect()}")
end
