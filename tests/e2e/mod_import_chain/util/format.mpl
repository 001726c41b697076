# Module Util.Format.
pub fn checksum(s :: String) -> Int = String.length(s) * 100 + String.byte_size(s)
