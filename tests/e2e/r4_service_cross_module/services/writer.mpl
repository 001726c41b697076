pub struct Stored do
  id :: Int
  body :: String
end

struct WriterState do
  next_id :: Int
  rows :: List<Stored>
end

fn find(rows :: List<Stored>, id :: Int) -> Result<Stored, String> do
  case List.find(rows, fn r -> r.id == id end) do
    Some(r) -> Ok(r)
    None -> Err("missing ${id}")
  end
end

service StorageWriter do
  fn init(first_id :: Int) -> WriterState do
    WriterState { next_id: first_id, rows: [] }
  end

  call Store(body) do |state|
    let row = Stored { id: state.next_id, body: body }
    let next = %{state | next_id: state.next_id + 1, rows: List.append(state.rows, row)}
    (next, Ok(row))
  end

  call Fetch(id :: Int) :: Result<Stored, String> do |state|
    (state, find(state.rows, id))
  end

  cast Drop() do |state|
    %{state | rows: []}
  end
end
