# Checks: a project without `fn main()` in main.mpl (E0115).
fn start() do
  println("no entry point")
end
