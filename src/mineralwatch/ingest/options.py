"""Settings and counters of one ingest run."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ReadOptions:
    """Limits and overrides for reading sources.

    ``max_bytes`` bounds what is held in memory at once: a whole file or download for
    document formats (text, HTML, feeds, JSON), one record for streamed formats (a JSONL
    line, a CSV row, a WARC record), so a corpus dump of any size still streams.
    """

    max_bytes: int = 50_000_000
    timeout: float = 20.0  # seconds, for http(s) downloads
    field_map: dict[str, str] = field(default_factory=dict)  # canonical name -> source field
    labels: dict[str, str] = field(default_factory=dict)  # merged into every article's metadata


@dataclass
class ReadStats:
    files_read: int = 0  # files and downloads opened and read
    records_read: int = 0  # articles produced
