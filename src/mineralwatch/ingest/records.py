"""Record dumps: JSON Lines, JSON arrays and CSV, one article per record.

Common field names are recognised; ``ReadOptions.field_map`` overrides them, and every
field that is not mapped goes to the article's metadata.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from mineralwatch.ingest.build import make_article
from mineralwatch.ingest.clean import clean_body
from mineralwatch.ingest.dates import parse_date
from mineralwatch.ingest.decode import NotText, decode_text, encoding_of
from mineralwatch.ingest.options import ReadOptions
from mineralwatch.ingest.source import Source
from mineralwatch.models import Article, IngestError

# Canonical field -> names it goes by in dumps, first match wins.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article"),
    "published": ("published", "date", "pubdate", "publish_date"),
    "url": ("url", "link"),
    "source": ("source", "publisher"),
    "author": ("author",),
    # A wire story's dateline ("NEW YORK, Feb 26") kept apart from its body: it opens the text,
    # as on the wire, since it tells where and when the story was filed.
    "dateline": ("dateline",),
}


def _mapping(keys: Any, field_map: dict[str, str]) -> dict[str, str]:
    """Canonical field -> the record's key holding it."""
    present = {k.lower(): k for k in keys if isinstance(k, str)}
    found: dict[str, str] = {}
    for canonical, names in FIELD_NAMES.items():
        if canonical in field_map:
            if field_map[canonical] in keys:
                found[canonical] = field_map[canonical]
            continue
        for name in names:
            if name in present:
                found[canonical] = present[name]
                break
    return found


def record_article(
    record: dict[str, Any], *, raw: str, fmt: str, origin: str, options: ReadOptions
) -> Article | IngestError:
    """The article of one record, or an error saying why there is none."""
    fields = _mapping(record.keys(), options.field_map)
    if "text" not in fields:
        wanted = options.field_map.get("text") or "/".join(FIELD_NAMES["text"])
        return IngestError(origin, f"record has no text field ({wanted})")
    body = record[fields["text"]]
    if body is None:
        body = ""
    if not isinstance(body, str):
        return IngestError(origin, f"text field {fields['text']!r} is not a string")
    used = set(fields.values())
    metadata = {k: v for k, v in record.items() if k not in used}
    value = {name: record.get(key) for name, key in fields.items()}
    published = value.get("published")
    iso = parse_date(str(published)) if published not in (None, "") else None
    if published not in (None, "") and iso is None:
        metadata["published_raw"] = published
    cleaned = clean_body(body)
    dateline = value.get("dateline")
    line = " ".join(dateline.split()).rstrip(" -–—") if isinstance(dateline, str) else ""
    if any(ch.isalpha() for ch in line) and cleaned.text:
        if not cleaned.text.startswith(line):  # a body that opens with it already keeps it
            cleaned.text = f"{line} - {cleaned.text}"
    elif dateline is not None:
        metadata[fields["dateline"]] = dateline  # not text to open the story with: kept as is
    return make_article(
        cleaned,
        raw=raw,
        fmt=fmt,
        origin=origin,
        labels=options.labels,
        record_id=value.get("id"),
        title=value.get("title"),
        source=value.get("source"),
        published=iso,
        url=value.get("url"),
        author=value.get("author"),
        metadata=metadata,
    )


def _lines(source: Source, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; bytes is None for a line longer than ``limit``."""
    number = 0
    stream = source.stream
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the oversized line without holding it
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def read_jsonl(source: Source, options: ReadOptions) -> Iterator[Article | IngestError]:
    """One article per line; a bad line is reported with its number and the rest is read."""
    for number, line in _lines(source, options.max_bytes):
        origin = f"{source.name}#line={number}"
        if line is None:
            yield IngestError(
                origin, f"line {number}: longer than the limit ({options.max_bytes} bytes)"
            )
            continue
        if not line.strip():
            continue
        try:
            text = decode_text(line)
        except NotText as err:
            yield IngestError(origin, f"line {number}: {err}")
            continue
        yield line_article(text, number, origin, options)


def line_article(text: str, number: int, origin: str,
                 options: ReadOptions) -> Article | IngestError:
    """The article of one JSON Lines line (decoded, not blank), or why there is none; read
    alike here and, line by line, by the Spark job."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        return IngestError(origin, f"line {number}: malformed JSON ({err.msg} at column "
                                   f"{err.colno})")
    if not isinstance(record, dict):
        return IngestError(origin, f"line {number}: not a JSON object")
    return record_article(record, raw=text.rstrip("\r\n"), fmt="jsonl", origin=origin,
                          options=options)


def read_json(source: Source, options: ReadOptions) -> Iterator[Article | IngestError]:
    """A JSON document: an array of records, one record, or {"articles"|"items": [...]}."""
    text = decode_text(source.read_all(options.max_bytes))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield IngestError(source.name, f"malformed JSON ({err.msg} at line {err.lineno})")
        return
    if isinstance(data, dict):
        nested = next(
            (data[k] for k in ("articles", "items", "records") if isinstance(data.get(k), list)),
            None,
        )
        data = nested if nested is not None else [data]
    if not isinstance(data, list):
        yield IngestError(source.name, "JSON holds neither records nor a list of them")
        return
    for n, record in enumerate(data, 1):
        origin = f"{source.name}#item={n}"
        if not isinstance(record, dict):
            yield IngestError(origin, f"item {n}: not a JSON object")
            continue
        raw = json.dumps(record, ensure_ascii=False)
        yield record_article(record, raw=raw, fmt="json", origin=origin, options=options)


def read_csv(source: Source, options: ReadOptions) -> Iterator[Article | IngestError]:
    """One article per row of a CSV (or TSV) file with a header row."""
    csv.field_size_limit(max(csv.field_size_limit(), options.max_bytes))
    text = io.TextIOWrapper(source.stream, encoding=encoding_of(source.head), newline="")
    first = source.head.split(b"\n", 1)[0]
    delimiter = "\t" if source.suffix == ".tsv" or first.count(b"\t") > first.count(b",") else ","
    reader = csv.reader(text, delimiter=delimiter)
    try:
        header = next(reader, None)
        if not header:
            yield IngestError(source.name, "empty CSV file")
            return
        header = [h.strip() for h in header]
        for row in reader:
            origin = f"{source.name}#row={reader.line_num}"
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                yield IngestError(
                    origin,
                    f"row at line {reader.line_num}: {len(row)} fields, header has {len(header)}",
                )
                continue
            record = dict(zip(header, row, strict=True))
            buffer = io.StringIO()
            csv.writer(buffer, delimiter=delimiter).writerow(row)
            yield record_article(
                record,
                raw=buffer.getvalue().rstrip("\r\n"),
                fmt="csv",
                origin=origin,
                options=options,
            )
    except csv.Error as err:
        yield IngestError(
            f"{source.name}#row={reader.line_num}",
            f"malformed CSV at line {reader.line_num} ({err})",
        )
    except UnicodeDecodeError:
        yield IngestError(source.name, f"undecodable text after line {reader.line_num}")
    finally:
        text.detach()
