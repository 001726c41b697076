# Module Text.Ops: string functions, one of which returns another as a value.
pub fn exclaim(s :: String) -> String = s <> "!"

pub fn reverse_words(s :: String) -> String = String.join(List.reverse(String.split(s, " ")), " ")

pub fn pick(loud :: Bool) -> Fun(String) -> String do
  if loud do exclaim else reverse_words end
end
