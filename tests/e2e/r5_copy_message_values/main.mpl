# Checks: values of every kind sent between processes arrive as equal deep
# copies (runtime.md §6, ABI.md "Messages and type tags"): a struct holding
# a list, a map of lists, a set, an Option, a tuple, sum values with
# payloads, a Json value, a Queue and a closure with captures; the closure
# then travels on as a spawn argument. Sender and receiver build and drop
# megabytes of garbage around each message, so both heaps are collected
# while the copies are in use.
type Shape do
  Circle(Float)
  Label(String, List<String>)
  Blank
end

struct Parcel do
  id :: Int
  tags :: List<String>
  groups :: Map<String, List<Int>>
  colours :: Set<String>
  note :: Option<String>
  pair :: (String, Int)
  shapes :: List<Shape>
  doc :: Result<Json, String>
  queue :: Queue<String>
  render :: Fun(Int) -> String
end

fn shape_text(s :: Shape) -> String do
  case s do
    Circle(r) -> "circle ${r}"
    Label(text, parts) -> "label ${text} ${parts}"
    Blank -> "blank"
  end
end

fn churn(n :: Int) -> Int do
  let words = for i in 0..n do "garbage ${i} xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" end
  List.length(words)
end

actor applier(f :: Fun(Int) -> String, n :: Int) do
  println(f(n))
end

fn show(p :: Parcel) -> Fun(Int) -> String do
  println("parcel ${p.id} tags ${p.tags}")
  println("groups ${Map.get(p.groups, "odd")} ${Map.get(p.groups, "even")} size ${Map.size(p.groups)}")
  println("colours ${Set.size(p.colours)} red ${Set.contains(p.colours, "red")}")
  let note = case p.note do
    Some(text) -> text
    None -> "none"
  end
  println("note ${note} pair ${p.pair}")
  println("${List.map(p.shapes, shape_text)}")
  case p.doc do
    Ok(doc) -> println("json ${Json.encode(doc)}")
    Err(e) -> println("bad json ${e}")
  end
  println("queue ${Queue.size(p.queue)} front ${Queue.peek(p.queue)}")
  println(p.render(1))
  p.render
end

actor inspector(count :: Int) do
  receive do
    p -> do
      let garbage = churn(60000)
      let render = show(p)
      if count > 1 do
        inspector(count - 1)
      else
        spawn(applier, render, 0)
      end
    end
  end
end

fn parcel(id :: Int) -> Parcel do
  let tags = for i in 0..3 do "tag${id}-${i}" end
  let groups = Map.put(Map.put(Map.new(), "odd", [1, 3, 5 + id]), "even", [2, 4])
  let colours = Set.add(Set.add(Set.add(Set.new(), "red"), "green"), "red")
  let note = if id == 1 do Some("first ${id}") else None end
  let doc = Json.parse("{\"k\":[${id},\"two\",{\"three\":null}]}")
  let queue = Queue.push(Queue.push(Queue.new(), "front${id}"), "back")
  let suffix = "!" <> "${id}"
  let words = ["zero", "one", "two"]
  Parcel { id: id, tags: tags, groups: groups, colours: colours, note: note, pair: ("p${id}", id * 10), shapes: [Circle(1.5), Label("L${id}", ["a", "b"]), Blank], doc: doc, queue: queue, render: fn i -> List.get(words, i) <> suffix end }
end

fn main() do
  let p = spawn(inspector, 2)
  send(p, parcel(1))
  let a = churn(60000)
  send(p, parcel(2))
  let b = churn(60000)
  a + b
end
