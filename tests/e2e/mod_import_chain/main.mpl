# Checks: a chain of imports Main -> Handlers.Api -> Model.Store -> Util.Format, mixing both import forms; Option across modules.
import Handlers.Api

fn main() do
  println(Api.handle("alice"))
  println(Api.handle(""))
end
