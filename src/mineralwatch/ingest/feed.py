"""RSS and Atom feeds: one article per item.

feedparser falls back to a lenient parser when expat refuses a document, so an XML
entity-expansion bomb would come out as junk items rather than an error; a feed that
declares entities is therefore checked with defusedxml first and refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from typing import Any

import defusedxml.ElementTree as SafeET
import feedparser
from defusedxml import DefusedXmlException

from mineralwatch.ingest.build import make_article
from mineralwatch.ingest.clean import clean_body
from mineralwatch.ingest.dates import parse_date
from mineralwatch.ingest.options import ReadOptions
from mineralwatch.ingest.source import Source
from mineralwatch.models import Article, IngestError

_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article)\b[^>]*>", re.IGNORECASE
)
_TAG = re.compile(r"<[^>]+>")
_GAP = re.compile(r"\n\s*\n\s*")


def html_to_text(fragment: str) -> str:
    """Plain text of a feed item's HTML: block elements become paragraph breaks."""
    text = _BLOCK.sub("\n\n", fragment)
    text = unescape(_TAG.sub("", text))
    return _GAP.sub("\n\n", text).strip()


def unsafe_xml(data: bytes) -> str | None:
    """Why ``data`` must not be parsed (entity declarations defusedxml refuses), or None."""
    if not _DECLARATION.search(data):
        return None
    try:
        SafeET.fromstring(data)
    except DefusedXmlException as err:
        return f"feed declares XML entities, refused as a possible entity-expansion attack ({err})"
    except SafeET.ParseError:
        return "feed declares XML entities and is not well-formed XML"
    return None


def _entry_html(entry: Any) -> str:
    """The item's fullest body: its longest content, else its summary."""
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    return best or entry.get("summary", "") or entry.get("description", "")


def feed_articles(
    data: bytes, *, name: str, options: ReadOptions
) -> Iterator[Article | IngestError]:
    reason = unsafe_xml(data)
    if reason:
        yield IngestError(name, reason)
        return
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        yield IngestError(name, f"no feed items found{detail}")
        return
    feed_title = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        origin = f"{name}#item={n}"
        body = _entry_html(entry)
        text = html_to_text(body)
        if not text:
            yield IngestError(origin, f"item {n} has no content or summary")
            continue
        meta: dict[str, Any] = {"feed": feed_title} if feed_title else {}
        categories = [t.get("term") for t in entry.get("tags", []) if t.get("term")]
        if categories:
            meta["categories"] = categories
        if entry.get("id"):
            meta["guid"] = entry["id"]
        date = entry.get("published") or entry.get("updated")
        yield make_article(
            clean_body(text),
            raw=body,
            fmt="feed",
            origin=origin,
            labels=options.labels,
            title=entry.get("title"),
            source=feed_title,
            published=parse_date(date),
            url=entry.get("link"),
            author=entry.get("author"),
            metadata=meta,
        )


def read_feed(source: Source, options: ReadOptions) -> Iterator[Article | IngestError]:
    yield from feed_articles(source.read_all(options.max_bytes), name=source.name, options=options)
