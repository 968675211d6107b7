"""News-database exports (LexisNexis, Factiva style) as PDF-extracted text.

An export document is: a "Page 1 of N" line (none in a document copied from the database's
view), the title (repeated, sometimes wrapped), the publication, its date line, edition and
copyright lines, header fields (Section, Length, Byline, Dateline, Highlight), "Body", the
text wrapped at the PDF's line width with a page header (page number and running title) at
each page break, optional "Graphic" captions, "Load-Date" and "End of Document". Header and
footer become metadata; the body is rejoined into paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from mineralwatch.ingest.clean import Cleaned, clean_lines, normalise
from mineralwatch.ingest.dates import parse_date
from mineralwatch.ingest.furniture import furniture

_FIRST_PAGE = re.compile(r"^\s*Page 1 of \d+\s*\n", re.IGNORECASE)
_DATE_LINE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December) \d{1,2}, \d{4}\b"
)
_WORDS = re.compile(r"(\d[\d,]*) words?", re.IGNORECASE)
_NAME_AT_END = re.compile(r"([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+)\s*$")


# The lines of a document copied from the database's own view (no PDF page header) in which
# its header fields stand, and the characters they span at most.
_HEADER_LINES = 40
_HEADER_CHARS = 4000


def looks_like_lexis(text: str) -> bool:
    """Whether text is a news-database export: a PDF's text starts with a "Page 1 of N"
    header; a document copied from the database's view has none, but among its first lines a
    "Length: N words" field and, after it, the "Body" line that opens the story."""
    if _FIRST_PAGE.match(text[:40]):
        return True
    head = text[:_HEADER_CHARS]
    if "Length:" not in head:
        return False
    fur = furniture()
    length_seen = False
    for line in head.split("\n", _HEADER_LINES)[:_HEADER_LINES]:
        stripped = line.strip()
        if not length_seen:
            field = fur.lexis_field.match(stripped)
            length_seen = field is not None and field.group(1) == "Length" and \
                _WORDS.fullmatch(field.group(2).strip()) is not None
        elif fur.lexis_body.match(stripped):
            return True
    return False


def split_documents(text: str) -> Iterator[str]:
    """The documents of an export file holding several, each ending "End of Document"."""
    end = furniture().lexis_end
    current: list[str] = []
    for line in text.split("\n"):
        current.append(line)
        if end.match(line.strip()):
            yield "\n".join(current)
            current = []
    if any(line.strip() for line in current):
        yield "\n".join(current)


def _author(byline: str) -> str:
    byline = re.sub(r"^By\s+", "", byline.strip(), flags=re.IGNORECASE)
    name = _NAME_AT_END.search(byline)
    author = name.group(1) if name else byline
    return author.title() if author.isupper() else author


def _without_page_headers(lines: list[str]) -> list[str]:
    """Drop page-number markers (alone or glued to a line's end) and running titles."""
    page = furniture().lexis_page
    out: list[str] = []
    running: str | None = None
    after_marker = False
    for line in lines:
        stripped = line.strip()
        if after_marker and stripped:
            after_marker = False
            if running is None:
                running = stripped
                out.append(line)  # the first one is the document's title line
                continue
            if stripped == running:
                continue
        marker = page.search(line)
        if marker:
            after_marker = True
            line = line[: marker.start()]
            if not line.strip():
                continue
        out.append(line)
    return out


def _header(lines: list[str], found: Cleaned) -> None:
    """Title, publication, date and header fields from the lines before "Body"."""
    fur = furniture()
    meta = found.metadata
    content = [line.strip() for line in lines if line.strip()]
    date_at = next((i for i, line in enumerate(content) if _DATE_LINE.match(line)), None)
    fields: dict[str, str] = {}
    last_field: str | None = None
    for i, line in enumerate(content):
        field = fur.lexis_field.match(line)
        if field:
            last_field = field.group(1)
            fields[last_field] = field.group(2).strip()
        elif date_at is not None and i > date_at:
            if fur.lexis_copyright.match(line):
                meta["copyright"] = line
                last_field = None
            elif last_field:  # a wrapped header field (Highlight runs over lines)
                fields[last_field] += " " + line
            elif fur.lexis_edition.match(line):
                meta["edition"] = line
    if date_at is not None:
        found.published = parse_date(content[date_at])
        if date_at >= 1:
            found.source = content[date_at - 1]
        titles = content[1 : date_at - 1] or content[:1]
        found.title = " ".join(titles) if titles else None
    for name, value in fields.items():
        if name == "Byline":
            found.author = _author(value)
        elif name == "Length":
            words = _WORDS.search(value)
            if words:
                meta["word_count"] = int(words.group(1).replace(",", ""))
        else:
            meta[name.lower().replace("-", "_")] = value


def parse_lexis(text: str) -> Cleaned:
    """Clean one export document: header and footer to metadata, body to paragraphs."""
    fur = furniture()
    lines = _without_page_headers(normalise(text).split("\n"))
    found = Cleaned(text="", metadata={"export": "lexis"})
    body_at = next((i for i, line in enumerate(lines) if fur.lexis_body.match(line.strip())), None)
    if body_at is not None:
        _header(lines[:body_at], found)
        lines = lines[body_at + 1 :]
    body: list[str] = []
    captions: list[str] = []
    in_graphic = False
    for line in lines:
        stripped = line.strip()
        if fur.lexis_end.match(stripped):
            break
        field = fur.lexis_field.match(stripped)
        if field and field.group(1) == "Load-Date":
            found.metadata["load_date"] = parse_date(field.group(2)) or field.group(2)
            in_graphic = False
            continue
        if fur.lexis_graphic.match(stripped):
            in_graphic = True
            continue
        if in_graphic:
            if stripped:
                captions.append(stripped)
            continue
        body.append(line)
    if captions:
        found.metadata["captions"] = captions
    meta: dict[str, Any] = {}
    found.text = clean_lines(body, meta, wrapped=True)
    return found
