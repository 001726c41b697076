# Module Strings.Tools.
pub fn exclaim(s :: String) -> String = s <> "!"

pub fn repeat(s :: String, times :: Int) -> String do
  if times <= 0 do "" else s <> repeat(s, times - 1) end
end
