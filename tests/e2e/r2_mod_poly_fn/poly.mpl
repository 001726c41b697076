# Module Poly: functions whose types are inferred as polymorphic.
pub fn map_pair(p, f) do
  case p do
    (a, b) -> (f(a), f(b))
  end
end

pub fn first_or(xs, fallback) do
  case xs do
    [] -> fallback
    h :: _ -> h
  end
end

pub fn twice(f, x) = f(f(x))

pub fn count_where(xs, pred) = List.length(List.filter(xs, pred))
