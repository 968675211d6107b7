"""Scale: the same extraction distributed, as a Spark job writing Parquet (``scale.spark``)."""
