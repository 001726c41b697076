# Checks: W0001: an arm whose values are all matched by earlier unguarded
# arms is redundant; a warning does not stop the build.
fn label(o) do
  case o do
    Some(n) -> "some ${n}"
    None -> "none"
    Some(_) -> "never"
  end
end

fn main() do
  println(label(Some(1)))
end
