# Module Handlers.Api.
from Model.Store import lookup

pub fn handle(name :: String) -> String do
  case lookup(name) do
    Some(id) -> "found ${name} with id ${id}"
    None -> "no such user"
  end
end
