"""Which reader a source needs, judged from its content first and its name second."""

from __future__ import annotations

import re

from mineralwatch.ingest.decode import looks_binary
from mineralwatch.ingest.source import Source

_FEED = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|meta|title)[\s>]", re.IGNORECASE)
_XML_PROLOGUE = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!doctype\s+(\w+)", re.IGNORECASE | re.DOTALL
)
_BOM = b"\xef\xbb\xbf"
_JSON_ARRAY = re.compile(rb"\[\s*[\[{\"\]0-9-]")  # not a markdown link, which starts with "["
_CSV_SUFFIXES = (".csv", ".tsv")
_CSV_CONTENT_TYPES = ("text/csv", "text/tab-separated-values")


def sniff(source: Source) -> str:
    """One of: empty, binary, warc, feed, html, jsonl, json, csv, text."""
    head = source.head
    if not head.strip():
        return "empty"
    start = head.removeprefix(_BOM).lstrip()
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        first_line = start.split(b"\n", 1)[0].rstrip()
        return "jsonl" if first_line.endswith(b"}") or source.suffix != ".json" else "json"
    if _JSON_ARRAY.match(start):
        return "json"
    if looks_binary(head):
        return "binary"  # JSON Lines is judged line by line instead
    if start.startswith(b"<"):
        doctype = _XML_PROLOGUE.match(start)
        if doctype and doctype.group(1).lower() != b"html":
            return "feed"  # an XML document type: a feed, or an attack on a feed parser
        if _FEED.search(start[:4096]) and not _HTML.match(start):
            return "feed"
        if _HTML.search(start[:4096]):
            return "html"
        if start.startswith(b"<?xml"):
            return "feed"
        return "html" if source.suffix in (".html", ".htm") else "text"  # markdown with tags
    content_type = (source.content_type or "").lower()
    if source.suffix in _CSV_SUFFIXES or content_type.startswith(_CSV_CONTENT_TYPES):
        return "csv"
    if source.suffix in (".html", ".htm"):
        return "html"
    return "text"
