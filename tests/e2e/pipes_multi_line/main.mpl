# Checks: multi-line pipelines: a line starting with `|>` continues the expression (blank and comment lines allowed).
fn double(x :: Int) -> Int = x * 2

fn inc(x :: Int) -> Int = x + 1

fn process(n :: Int) -> Int do
  n
    |> double
    |> inc
    |> double
end

fn main() do
  let result = 3
    |> double
    |> inc
  println("${result}")
  println("${process(4)}")
  let text = "  Hello Mesh  "
    |> String.trim
    # a comment line inside the pipeline
    |> String.to_lower

    |> String.replace("mesh", "world")
  println(text)
  let csv = ["x", "y", "z"]
    |> String.join(";")
  println(csv)
  println(
    "piped"
      |> String.to_upper
      |> String.replace("P", "p")
  )
end
