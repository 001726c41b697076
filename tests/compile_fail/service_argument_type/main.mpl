# Checks: E0001: the generated client function has the handler's
# parameter types, inferred from the handler body when not annotated.
service Names do
  fn init() -> List<String> do
    []
  end

  cast Add(name) do |names|
    List.append(names, name)
  end
end

fn main() do
  let s = Names.start()
  Names.add(s, 42)
end
