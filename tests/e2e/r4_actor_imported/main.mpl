# Actors are exported: imported by name or spawned qualified (§3.8); an
# actor with inferred parameter types is generic; a `Pid<String>`
# annotation holds the printer's pid; an actor without `receive` accepts
# any message.
from Workers import fwd
import Workers

actor sink() do
  Timer.sleep(1)
end

fn main() do
  let p :: Pid<String> = spawn(Workers.printer)
  let f = spawn(fwd, p)
  send(f, "via fwd")
  let s = spawn(sink)
  send(s, 1)
  send(s, "anything")
end
