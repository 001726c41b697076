# Checks: snake_case file and directory names map to PascalCase module names (stream_manager.mpl is StreamManager).
from StreamManager import status
import DataSources.HttpClientPool

fn main() do
  println(status())
  println(HttpClientPool.pool_name())
end
