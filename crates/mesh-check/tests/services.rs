//! The API generated for services (language.md §3.9.3): its inferred
//! signatures, in the declaring module and through imports (insta
//! snapshots of `Module.function :: type` lines; internal functions are
//! not listed).

mod common;

use common::{check_main, check_project};

#[test]
fn service_api_types_come_from_the_handlers() {
    let c = check_main(
        r#"
struct TallyState do
  counts :: Map<String, Int>
  limit :: Int
end

service Tally do
  fn init(limit :: Int) -> TallyState do
    TallyState { counts: Map.new(), limit: limit }
  end

  call Bump(key :: String) :: Bool do |st|
    let n = Map.get(st.counts, key) + 1
    (%{st | counts: Map.put(st.counts, key, n)}, n <= st.limit)
  end

  call Total(key) do |st|
    (st, Map.get(st.counts, key))
  end

  cast ResetAll() do |st|
    %{st | counts: Map.new()}
  end

  call GetURL() do |st|
    (st, [Some(st.limit)])
  end
end

fn main() do
  let t = Tally.start(3)
  let ok = Tally.bump(t, "a")
  Tally.reset_all(t)
  println("${ok} ${Tally.total(t, "a")} ${Tally.get_u_r_l(t)}")
end
"#,
    );
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn imported_service_has_the_same_api() {
    let c = check_project(&[
        (
            "services/writer.mpl",
            "Services.Writer",
            r#"
pub struct Row do
  id :: Int
end

service StorageWriter do
  fn init(first) do
    first + 0
  end

  call Store(body) do |next|
    (next + 1, if String.length(body) > 0 do Ok(Row { id: next }) else Err("empty") end)
  end
end
"#,
        ),
        (
            "main.mpl",
            "Main",
            r#"
from Services.Writer import StorageWriter

fn main() do
  let w = StorageWriter.start(1)
  case StorageWriter.store(w, "x") do
    Ok(row) -> println("${row.id}")
    Err(e) -> println(e)
  end
end
"#,
        ),
    ]);
    insta::assert_snapshot!(c.signatures());
}
