# Module A.B.DeepName.
pub fn greet(who :: String) -> String = "deep hello, " <> who
