# Module Model.Store.
import Util.Format

pub fn lookup(name :: String) -> Option<Int> do
  if name == "" do None else Some(Format.checksum(name)) end
end
