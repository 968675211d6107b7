"""Article construction shared by the readers: ids, labels, and the metadata merge."""

from __future__ import annotations

from typing import Any

from mineralwatch.ingest.clean import Cleaned
from mineralwatch.models import Article


def make_article(
    cleaned: Cleaned,
    *,
    raw: str | None,
    fmt: str,
    origin: str,
    labels: dict[str, str],
    record_id: Any = None,
    title: str | None = None,
    source: str | None = None,
    published: str | None = None,
    url: str | None = None,
    author: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> Article:
    """An Article whose fields given by the source win over those found in its text.

    Without a record id the id is derived from the normalised title and text, so reading
    the same input twice gives the same ids.
    """
    meta: dict[str, Any] = dict(metadata or {})
    meta.update(cleaned.metadata)
    meta.update(labels)
    article = Article(
        id="",
        text=cleaned.text,
        title=_clean_field(title) or cleaned.title,
        source=_clean_field(source) or cleaned.source,
        published=published or cleaned.published,
        url=_clean_field(url) or cleaned.url,
        author=_clean_field(author) or cleaned.author,
        raw=raw,
        format=fmt,
        origin=origin,
        metadata=meta,
    )
    has_id = record_id is not None and str(record_id).strip()
    article.id = str(record_id).strip() if has_id else article.content_hash[:16]
    return article


def _clean_field(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
