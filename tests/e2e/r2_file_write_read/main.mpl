# Checks: File.write then File.read of a temp file under /tmp, File.exists, File.append, overwrite by File.write, File.delete, and File.read of a deleted file giving Err.
fn main() do
  let path = "/tmp/mesh_r2_file_rw_c41f9a.txt"
  case File.write(path, "line one\nline two") do
    Ok(_) -> println("written")
    Err(_) -> println("write failed")
  end
  println("exists: ${File.exists(path)}")
  case File.read(path) do
    Ok(text) -> println(text)
    Err(_) -> println("read failed")
  end
  let _ = File.append(path, "\nline three")
  case File.read(path) do
    Ok(text) -> println("${List.length(String.split(text, "\n"))} lines, last: ${List.last(String.split(text, "\n"))}")
    Err(_) -> println("read failed")
  end
  let _ = File.write(path, "replaced")
  case File.read(path) do
    Ok(text) -> println(text)
    Err(_) -> println("read failed")
  end
  case File.delete(path) do
    Ok(_) -> println("deleted")
    Err(_) -> println("delete failed")
  end
  println("exists: ${File.exists(path)}")
  case File.read(path) do
    Ok(_) -> println("still readable")
    Err(_) -> println("read error as expected")
  end
end
