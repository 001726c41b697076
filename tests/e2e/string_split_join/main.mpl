# Checks: String.split keeps empty pieces, String.join takes the list first (stdlib.md section 4 examples).
fn main() do
  let parts = String.split("a,b,c", ",")
  println("${parts}")
  println("${List.length(parts)}")
  let gaps = String.split("a,,b", ",")
  println("${List.length(gaps)}")
  println("[${List.get(gaps, 1)}]")
  println("${List.length(String.split("", ","))}")
  println("${String.split("one|||two|||three", "|||")}")
  println("${String.split("/api/v1/events", "/")}")
  println("${String.split("no separator here", ",")}")
  println(String.join(["x", "y", "z"], ", "))
  println("[${String.join([], "-")}]")
  println(String.join(String.split("2024-01-15", "-"), "/"))
  println(String.join(["solo"], "+"))
end
