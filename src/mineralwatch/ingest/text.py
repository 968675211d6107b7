"""Plain-text files: news pages as scraped, and news-database export files."""

from __future__ import annotations

from collections.abc import Iterator

from mineralwatch.ingest.build import make_article
from mineralwatch.ingest.clean import normalise, parse_scraped
from mineralwatch.ingest.decode import decode_text
from mineralwatch.ingest.lexis import looks_like_lexis, parse_lexis, split_documents
from mineralwatch.ingest.options import ReadOptions
from mineralwatch.ingest.source import Source
from mineralwatch.models import Article, IngestError


def read_text(source: Source, options: ReadOptions) -> Iterator[Article | IngestError]:
    """One article per scraped page; one per document of an export holding several."""
    raw = decode_text(source.read_all(options.max_bytes))
    text = normalise(raw)
    if looks_like_lexis(text):
        documents = list(split_documents(text))
        for n, document in enumerate(documents, 1):
            origin = source.name if len(documents) == 1 else f"{source.name}#doc={n}"
            yield make_article(
                parse_lexis(document),
                raw=document,
                fmt="lexis",
                origin=origin,
                labels=options.labels,
            )
        return
    page = parse_scraped(raw)
    if not page.text:
        yield IngestError(source.name, "no article text found")
        return
    yield make_article(page, raw=raw, fmt="text", origin=source.name, labels=options.labels)
