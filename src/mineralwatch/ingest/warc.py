"""WARC files (Common Crawl news): each HTML response record becomes an article."""

from __future__ import annotations

from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator

from mineralwatch.ingest.decode import NotText, decode_text
from mineralwatch.ingest.html import html_article
from mineralwatch.ingest.options import ReadOptions
from mineralwatch.ingest.source import Source
from mineralwatch.models import Article, IngestError

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(source: Source, options: ReadOptions) -> Iterator[Article | IngestError]:
    """HTML responses through the HTML reader, with the URL from WARC-Target-URI."""
    records = ArchiveIterator(source.stream, arc2warc=True)
    for number, record in enumerate(records, 1):
        if record.rec_type not in ("response", "resource"):
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI")
        origin = f"{source.name}#record={number}"
        if record.http_headers is not None:
            status = record.http_headers.get_statuscode()
            content_type = record.http_headers.get_header("Content-Type") or ""
            if status and not status.startswith("2"):
                continue
        else:
            content_type = record.rec_headers.get_header("Content-Type") or ""
        if not content_type.lower().startswith(_HTML_TYPES):
            continue
        data = record.content_stream().read(options.max_bytes + 1)
        if len(data) > options.max_bytes:
            yield IngestError(
                origin, f"record is larger than the limit ({options.max_bytes} bytes)"
            )
            continue
        try:
            html = decode_text(data)
        except NotText as err:
            yield IngestError(origin, str(err))
            continue
        meta = {"warc_date": record.rec_headers.get_header("WARC-Date")}
        yield html_article(html, origin=origin, options=options, url=uri, fmt="warc", metadata=meta)
