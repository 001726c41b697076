# Module StreamManager.
pub fn status() -> String = "streams ok"
