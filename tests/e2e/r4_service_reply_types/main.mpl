# Checks: replies and arguments of every kind round-trip through a service
# call (language.md §3.9.4, defect K5): Result of a struct, a struct state
# with a Result reply computed by a helper, tuples, lists, maps, Option,
# Float, String and pids.
struct Project do
  id :: String
  name :: String
  keys :: List<String>
end

struct Registry do
  projects :: Map<String, Project>
  seen :: Int
end

fn lookup(reg :: Registry, id :: String) -> (Registry, Result<Project, String>) do
  let next = %{reg | seen: reg.seen + 1}
  case Map.fetch(reg.projects, id) do
    Some(p) -> (next, Ok(p))
    None -> (next, Err("no project ${id}"))
  end
end

service Projects do
  fn init() -> Registry do
    Registry { projects: Map.new(), seen: 0 }
  end

  call Add(p :: Project) :: Int do |reg|
    let next = %{reg | projects: Map.put(reg.projects, p.id, p)}
    (next, Map.size(next.projects))
  end

  call Get(id :: String) :: Result<Project, String> do |reg|
    lookup(reg, id)
  end

  call Pair(id :: String) do |reg|
    (reg, (id, reg.seen))
  end

  call Ids() do |reg|
    (reg, Map.keys(reg.projects))
  end

  call Index() :: Map<String, Int> do |reg|
    let index = Map.put(Map.put(Map.new(), "seen", reg.seen), "count", Map.size(reg.projects))
    (reg, index)
  end

  call Find(id :: String) :: Option<List<Project>> do |reg|
    case Map.fetch(reg.projects, id) do
      Some(p) -> (reg, Some([p, p]))
      None -> (reg, None)
    end
  end

  call Half(x :: Float) :: Float do |reg|
    (reg, x / 2.0)
  end

  call Echo(pid :: Pid) :: Pid do |reg|
    (reg, pid)
  end
end

fn show(r :: Result<Project, String>) -> String do
  case r do
    Ok(p) -> "ok ${p.id} ${p.name} ${p.keys}"
    Err(e) -> "err ${e}"
  end
end

fn main() do
  let s = Projects.start()
  println("${Projects.add(s, Project { id: "p1", name: "Alpha", keys: ["k1", "k2"] })}")
  println("${Projects.add(s, Project { id: "p2", name: "Beta", keys: [] })}")
  println(show(Projects.get(s, "p1")))
  println(show(Projects.get(s, "nope")))
  let (id, seen) = Projects.pair(s, "x")
  println("${id} ${seen}")
  println("${List.length(Projects.ids(s))}")
  let index = Projects.index(s)
  println("${Map.get(index, "seen")} ${Map.get(index, "count")}")
  case Projects.find(s, "p2") do
    Some(ps) -> println("found ${List.length(ps)} ${List.head(ps).name}")
    None -> println("none")
  end
  case Projects.find(s, "p3") do
    Some(_) -> println("found")
    None -> println("none")
  end
  println("${Projects.half(s, 5.0)}")
  println("${Projects.echo(s, s) == s}")
end
