# Module Left: imports Shared.Text by name.
from Shared.Text import angle

pub fn left_label(s :: String) -> String = angle("L:" <> s)
