# Module Report: its public function comes first and uses private functions defined later.
pub fn render(n :: Int) -> String do
  header() <> body(n) <> footer()
end

fn footer() -> String = "]"

fn body(n :: Int) -> String = items(n, 1, "")

fn items(n :: Int, i :: Int, acc :: String) -> String do
  if i > n do
    acc
  else
    items(n, i + 1, acc <> "#${i}")
  end
end

fn header() -> String = "["
