"""HTML pages: main text and metadata by trafilatura, plus the page's mineralwatch meta tags."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from typing import Any

import trafilatura
from trafilatura.settings import Document

from mineralwatch.ingest.build import make_article
from mineralwatch.ingest.clean import clean_body
from mineralwatch.ingest.dates import parse_date
from mineralwatch.ingest.decode import decode_text
from mineralwatch.ingest.options import ReadOptions
from mineralwatch.ingest.source import Source
from mineralwatch.models import Article, IngestError

_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>]+)")
_OWN_PREFIX = "mineralwatch:"
_MIN_WORDS = 5  # below this, what trafilatura found is a menu item, not an article
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
)


def _word_count(text: str) -> int:
    return sum(1 for token in text.split() if any(c.isalpha() for c in token))


def meta_tags(html: str) -> dict[str, str]:
    """name/property -> content of the page's <meta> tags (first occurrence wins)."""
    tags: dict[str, str] = {}
    head = html[: html.lower().find("</head>")] if "</head>" in html.lower() else html[:200_000]
    for tag in _META.findall(head):
        attrs = {k.lower(): v.strip("\"'") for k, v in _ATTR.findall(tag)}
        name = attrs.get("name") or attrs.get("property") or attrs.get("itemprop")
        if name and "content" in attrs:
            tags.setdefault(name.lower(), unescape(attrs["content"]))
    return tags


def html_article(
    html: str,
    *,
    origin: str,
    options: ReadOptions,
    url: str | None = None,
    fmt: str = "html",
    metadata: dict[str, Any] | None = None,
) -> Article | IngestError:
    """The article in one HTML page, or an error when the page has no main text."""
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as err:  # trafilatura/lxml raise many kinds on broken markup
        return IngestError(origin, f"HTML could not be parsed ({type(err).__name__})")
    # a ``Document`` unless ``as_dict`` asks for a dict; None when no main text was found
    if not isinstance(doc, Document) or _word_count(doc.text or "") < _MIN_WORDS:
        return IngestError(origin, "no article text found in the HTML")
    tags = meta_tags(html)
    meta: dict[str, Any] = dict(metadata or {})
    for name, value in tags.items():
        if name.startswith(_OWN_PREFIX):
            meta[name[len(_OWN_PREFIX) :]] = value
    if doc.sitename:
        meta["site_name"] = doc.sitename
    if doc.categories:
        meta["categories"] = list(doc.categories)
    if doc.tags:
        meta["tags"] = list(doc.tags)
    lines = (doc.text or "").split("\n")
    if doc.title and lines and lines[0].strip() == doc.title.strip():
        lines = lines[1:]  # trafilatura repeats the headline as the first line
    cleaned = clean_body("\n\n".join(lines))
    published = next((parse_date(tags[k]) for k in _PUBLISHED_META if tags.get(k)), None)
    return make_article(
        cleaned,
        raw=html,
        fmt=fmt,
        origin=origin,
        labels=options.labels,
        title=doc.title,
        source=doc.sitename,
        published=published or parse_date(doc.date),
        url=doc.url or url,
        author=doc.author,
        metadata=meta,
    )


def read_html(source: Source, options: ReadOptions) -> Iterator[Article | IngestError]:
    html = decode_text(source.read_all(options.max_bytes))
    url = source.name if source.name.startswith(("http://", "https://")) else None
    yield html_article(html, origin=source.name, options=options, url=url)
