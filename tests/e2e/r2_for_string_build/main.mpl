# Checks: for loops over String.split results (with a when filter and a case body) building values that are joined afterwards; a for as a function's result.
fn initials(name :: String) -> String do
  let letters = for part in String.split(name, " ") when String.length(part) > 0 do String.slice(part, 0, 1) end
  String.join(letters, ".")
end

fn repeat(s :: String, n :: Int) -> List<String> do
  for i in 0..n do s end
end

fn main() do
  println(initials("ada  lovelace byron"))
  println(String.join(repeat("ab", 3), "-"))
  let csv = "1,2,,4"
  let cells = for c in String.split(csv, ",") do
    case String.to_int(c) do
      Some(n) -> n * 2
      None -> 0
    end
  end
  println("${cells}")
end
