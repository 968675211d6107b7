"""DuckDB store: schema and migrations (``schema``), connection (``db``), writes (``writer``),
reads (``queries``)."""
