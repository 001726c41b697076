# Actors of another module: a generic forwarder and a printer (actors are
# always exported, §3.8).
actor fwd(target) do
  receive do
    m -> send(target, m)
  end
  fwd(target)
end

actor printer() do
  receive do
    s -> println("printer: " <> s)
  end
  printer()
end
