# Module DataSources.HttpClientPool.
pub fn pool_name() -> String = "pool ready"
