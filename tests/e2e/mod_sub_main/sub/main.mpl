# Module Sub.Main: an ordinary module despite its file name.
pub fn hello() -> String = "hello from Sub.Main"
