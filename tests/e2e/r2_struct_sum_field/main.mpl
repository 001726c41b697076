# Checks: structs with sum-type and Option fields updated and matched with case; a struct as a variant payload.
type Status do
  Active
  Suspended(String)
end

struct Account do
  owner :: String
  status :: Status
  limit :: Option<Int>
end

type Event do
  Opened(Account)
  Closed(String)
end

fn status_text(a :: Account) -> String do
  case a.status do
    Active -> "active"
    Suspended(reason) -> "suspended: " <> reason
  end
end

fn limit_text(a :: Account) -> String do
  case a.limit do
    Some(n) when n > 1000 -> "high"
    Some(n) -> "limit ${n}"
    None -> "unlimited"
  end
end

fn event_text(e :: Event) -> String do
  case e do
    Opened(acc) -> "opened by " <> acc.owner
    Closed(who) -> "closed by " <> who
  end
end

fn main() do
  let a = Account { owner: "kim", status: Active, limit: None }
  let b = %{a | status: Suspended("fraud"), limit: Some(50)}
  let c = %{a | limit: Some(5000)}
  println(status_text(a) <> ", " <> limit_text(a))
  println(status_text(b) <> ", " <> limit_text(b))
  println(status_text(c) <> ", " <> limit_text(c))
  println(event_text(Opened(b)))
  println(event_text(Closed("lee")))
end
