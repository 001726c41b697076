# Module Shared.Text: used by Left, Right and Main.
pub fn bracket(s :: String) -> String = "[" <> s <> "]"

pub fn angle(s :: String) -> String = "<" <> s <> ">"
