# Module A.B.OtherThing.
pub fn shout(s :: String) -> String = String.to_upper(s) <> " from other thing"
