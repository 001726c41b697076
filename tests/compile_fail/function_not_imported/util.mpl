# Module Util: defines `shout`, which main does not import.
pub fn shout(s :: String) -> String = s <> "!"
