# Module Right: imports Shared.Text for qualified calls.
import Shared.Text

pub fn right_label(s :: String) -> String = Text.bracket("R:" <> s)
