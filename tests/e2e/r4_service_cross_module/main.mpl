# Checks: a service declared in services/writer.mpl is used from main.mpl
# through `from Services.Writer import StorageWriter` (defect K3); its calls
# return `Result` of a struct declared beside it.
from Services.Writer import StorageWriter, Stored

fn describe(r :: Result<Stored, String>) -> String do
  case r do
    Ok(row) -> "stored ${row.id} ${row.body}"
    Err(e) -> "error: ${e}"
  end
end

fn main() do
  let w = StorageWriter.start(100)
  println(describe(StorageWriter.store(w, "first")))
  println(describe(StorageWriter.store(w, "second")))
  println(describe(StorageWriter.fetch(w, 101)))
  StorageWriter.drop(w)
  println(describe(StorageWriter.fetch(w, 100)))
end
