# Checks: for over a list of structs with when filters on fields, producing field values and updated structs; a for statement printing each struct.
struct Task do
  title :: String
  done :: Bool
  points :: Int
end

fn main() do
  let tasks = [Task { title: "a", done: false, points: 3 }, Task { title: "b", done: true, points: 5 }, Task { title: "c", done: false, points: 8 }]
  let pending = for t in tasks when not t.done do t.title end
  println("${pending}")
  let finished = for t in tasks do %{t | done: true} end
  println("${List.all(finished, fn t -> t.done end)} ${List.any(tasks, fn t -> t.done end)}")
  let points = for t in tasks when t.points > 4 do t.points end
  println("${List.reduce(points, 0, fn a, b -> a + b end)}")
  for t in tasks do
    let mark = if t.done do "x" else " " end
    println("[${mark}] ${t.title}")
  end
end
