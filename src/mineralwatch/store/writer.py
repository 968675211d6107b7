"""Idempotent, transactional writes of articles and their extractions.

A batch is written in one transaction: a run killed half-way leaves whole batches only, and a
re-run skips what is already stored (same id or same content hash) and completes the rest.
Rows go in through DataFrames, which DuckDB appends far faster than row-by-row inserts.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from mineralwatch.models import Article, Extraction
from mineralwatch.store.neardup import CANDIDATE, Signature, closest, estimates, signature


@dataclass(slots=True)
class WriteResult:
    new: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # exact: same id or same content
    near_duplicates: list[tuple[str, str]] = field(default_factory=list)  # (id, original id)

    def add(self, other: WriteResult) -> None:
        self.new += other.new
        self.duplicates += other.duplicates
        self.near_duplicates += other.near_duplicates


def write_batch(con: duckdb.DuckDBPyConnection,
                items: list[tuple[Article, Extraction | None]]) -> WriteResult:
    """Store a batch of articles with their extractions, all or nothing."""
    result = WriteResult()
    fresh = _drop_known(con, items, result)
    if not fresh:
        return result
    signatures = [signature(article.text) for article, _ in fresh]
    stored = _stored_matches(con, [(a, s) for (a, _), s in zip(fresh, signatures, strict=True)])
    rows = BatchRows()
    for (article, extraction), sig in zip(fresh, signatures, strict=True):
        original = None
        if sig is not None:
            original = _near_duplicate_of(article, sig, stored.get(article.id, {}), rows)
        rows.add_article(article, extraction, original)
        if sig is not None:
            rows.add_signature(article.id, sig)
        if original:
            result.near_duplicates.append((article.id, original))
        else:
            result.new.append(article.id)
            if extraction is not None:
                rows.add_extraction(extraction)
    con.execute("BEGIN TRANSACTION")
    try:
        rows.flush(con)
        con.execute("COMMIT")
    except BaseException:
        # Ctrl-C may land while COMMIT ends: the batch is then whole and stored, no
        # transaction is left to roll back, and the interrupt is what must propagate.
        with contextlib.suppress(duckdb.TransactionException):
            con.execute("ROLLBACK")
        raise
    return result


def split_known(con: duckdb.DuckDBPyConnection,
                articles: list[Article]) -> tuple[list[Article], list[str]]:
    """The articles not stored yet, and the ids of the exact duplicates (by id or content).

    Lets the pipeline skip extracting what it would not store: a re-run is then cheap.
    """
    result = WriteResult()
    fresh = _drop_known(con, [(a, None) for a in articles], result)
    return [a for a, _ in fresh], result.duplicates


def _drop_known(con: duckdb.DuckDBPyConnection, items: list[tuple[Article, Extraction | None]],
                result: WriteResult) -> list[tuple[Article, Extraction | None]]:
    ids = [a.id for a, _ in items]
    hashes = [a.content_hash for a, _ in items]
    known = con.execute(
        "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?)) "
        "OR content_hash IN (SELECT unnest(?))", [ids, hashes]
    ).fetchall()
    seen_ids = {row[0] for row in known}
    seen_hashes = {row[1] for row in known}
    fresh = []
    for article, extraction in items:
        digest = article.content_hash
        if article.id in seen_ids or digest in seen_hashes:
            result.duplicates.append(article.id)
            continue
        seen_ids.add(article.id)
        seen_hashes.add(digest)
        fresh.append((article, extraction))
    return fresh


def _stored_matches(con: duckdb.DuckDBPyConnection,
                    batch: list[tuple[Article, Signature | None]]
                    ) -> dict[str, dict[str, tuple[str, str]]]:
    """For each new article, the stored articles close to it: id → (text, original id).

    Two queries per batch, whatever its size: LSH band matches with their signatures, then
    the texts of those whose estimate is close. Querying per article scanned the growing
    tables once per article, which made ingest quadratic.
    """
    probe = [(article.id, band, digest) for article, sig in batch if sig is not None
             for band, digest in sig.bands()]
    if not probe:
        return {}
    found = con.execute(
        "SELECT DISTINCT q.id, m.article_id, m.hashvalues FROM article_bands b "
        "JOIN (SELECT unnest(?) AS id, unnest(?) AS band, unnest(?) AS hash) q "
        "ON b.band = q.band AND b.hash = q.hash "
        "JOIN article_minhash m ON m.article_id = b.article_id",
        [[p[0] for p in probe], [p[1] for p in probe], [p[2] for p in probe]],
    ).fetchall()
    by_article: dict[str, list[tuple[str, list[int]]]] = {}
    for article_id, stored_id, values in found:
        by_article.setdefault(article_id, []).append((stored_id, values))
    close: dict[str, list[str]] = {}
    for article, sig in batch:
        candidates = by_article.get(article.id)
        if sig is None or not candidates:
            continue
        close[article.id] = [stored_id for (stored_id, _), estimate in
                             zip(candidates, estimates(sig, [v for _, v in candidates]),
                                 strict=True) if estimate >= CANDIDATE]
    wanted = sorted({i for ids in close.values() for i in ids})
    if not wanted:
        return {}
    texts = {row[0]: (row[1], row[2]) for row in con.execute(
        "SELECT id, text, coalesce(duplicate_of, id) FROM articles "
        "WHERE id IN (SELECT unnest(?))", [wanted]).fetchall()}
    return {article_id: {i: texts[i] for i in ids if i in texts}
            for article_id, ids in close.items()}


def _near_duplicate_of(article: Article, sig: Signature, stored: dict[str, tuple[str, str]],
                       rows: BatchRows) -> str | None:
    """The original this article nearly duplicates (in the store or earlier in the batch)."""
    candidates = rows.band_candidates(sig.bands())
    close = [article_id for (article_id, _), estimate in
             zip(candidates, estimates(sig, [v for _, v in candidates]), strict=True)
             if estimate >= CANDIDATE]
    texts = {i: text for i, (text, _) in stored.items()} | rows.texts(close)
    match = closest(article.text, texts) if texts else None
    if match is None:
        return None
    return stored[match][1] if match in stored else rows.original_of(match)


class BatchRows:
    """Rows of one batch, gathered per table and appended together at the end."""

    def __init__(self) -> None:
        self.articles: list[dict] = []
        self.bands: list[tuple[str, int, int]] = []
        self.minhash: list[tuple[str, list[int]]] = []
        self.entities: dict[str, dict] = {}
        self.article_entities: list[tuple] = []
        self.mentions: list[tuple] = []
        self.events: list[dict] = []
        self.arguments: list[tuple] = []
        self._band_index: dict[tuple[int, int], list[str]] = {}
        self._signatures: dict[str, list[int]] = {}
        self._texts: dict[str, str] = {}
        self._duplicate_of: dict[str, str | None] = {}

    def add_article(self, article: Article, extraction: Extraction | None,
                    original: str | None) -> None:
        self._duplicate_of[article.id] = original
        self._texts[article.id] = article.text
        self.articles.append({
            "id": article.id, "title": article.title, "source": article.source,
            "published": article.published,
            "published_date": _date_part(article.published),
            "url": article.url, "author": article.author, "text": article.text,
            "raw": article.raw, "content_hash": article.content_hash, "format": article.format,
            "origin": article.origin, "metadata": json.dumps(article.metadata, default=str),
            "duplicate_of": original,
            "minerals": extraction.minerals if extraction and not original else [],
        })

    def add_signature(self, article_id: str, sig: Signature) -> None:
        values = sig.hashvalues.tolist()
        self.minhash.append((article_id, values))
        self._signatures[article_id] = values
        for band, digest in sig.bands():
            self.bands.append((article_id, band, digest))
            self._band_index.setdefault((band, digest), []).append(article_id)

    def band_candidates(self, bands: list[tuple[int, int]]) -> list[tuple[str, list[int]]]:
        ids = {i for key in bands for i in self._band_index.get(key, ())}
        return [(i, self._signatures[i]) for i in sorted(ids)]

    def texts(self, ids: list[str]) -> dict[str, str]:
        return {i: self._texts[i] for i in ids if i in self._texts}

    def original_of(self, article_id: str) -> str | None:
        if article_id not in self._duplicate_of:
            return None
        return self._duplicate_of[article_id] or article_id

    def add_extraction(self, extraction: Extraction) -> None:
        article_id = extraction.article.id
        for entity in extraction.entities:
            self.entities.setdefault(entity.id, {
                "id": entity.id, "type": entity.type, "name": entity.name,
                "country": entity.country, "listings": entity.listings,
                "aliases": entity.aliases,
            })
            self.article_entities.append(
                (article_id, entity.id, entity.salience, len(entity.mentions)))
            for m in entity.mentions:
                if m.field == "text":
                    self.mentions.append((article_id, entity.id, m.start, m.end, m.text))
        for number, event in enumerate(extraction.events):
            event_id = f"{article_id}#e{number}"
            value = event.value or {}
            self.events.append({
                "id": event_id, "article_id": article_id, "type": event.type,
                "kind": event.kind, "date": event.date, "date_precision": event.date_precision,
                "date_start": _date_start(event.date), "value_amount": value.get("amount"),
                "value_currency": value.get("currency"), "value_approx": value.get("approx"),
                "stage": event.stage, "modality": event.modality,
                "evidence_text": event.evidence.text, "evidence_start": event.evidence.start,
                "evidence_end": event.evidence.end, "confidence": event.confidence,
                "extractor": event.extractor, "doc": json.dumps(event.to_dict()),
            })
            for role, values in event.arguments.items():
                for item in values:
                    if isinstance(item, str):
                        entity_id = item if ":" in item else None
                        self.arguments.append((event_id, role, item, entity_id))
                    else:
                        self.arguments.append((event_id, role, json.dumps(item), None))

    def flush(self, con: duckdb.DuckDBPyConnection) -> None:
        _append(con, "articles", pd.DataFrame(self.articles))
        _append(con, "article_bands", pd.DataFrame(self.bands,
                                                   columns=["article_id", "band", "hash"]))
        _append(con, "article_minhash", pd.DataFrame(self.minhash,
                                                     columns=["article_id", "hashvalues"]))
        if self.entities:
            frame = pd.DataFrame(list(self.entities.values()))
            con.register("_new_entities", frame)
            con.execute("INSERT INTO entities SELECT * FROM _new_entities "
                        "ON CONFLICT (id) DO NOTHING")
            con.unregister("_new_entities")
        _append(con, "article_entities", pd.DataFrame(
            self.article_entities, columns=["article_id", "entity_id", "salience", "mentions"]))
        _append(con, "mentions", pd.DataFrame(
            self.mentions, columns=["article_id", "entity_id", "start", "end", "text"]))
        _append(con, "events", pd.DataFrame(self.events))
        _append(con, "event_arguments", pd.DataFrame(
            self.arguments, columns=["event_id", "role", "value", "entity_id"]))


def _append(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    if frame.empty:
        return
    con.register("_batch", frame)
    columns = ", ".join(f'"{c}"' for c in frame.columns)
    con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM _batch")
    con.unregister("_batch")


def _date_part(published: str | None) -> str | None:
    if published and len(published) >= 10 and published[4] == "-" and published[7] == "-":
        return published[:10]
    return None


def _date_start(date: str | None) -> str | None:
    """First day an event date can mean: 2025-09 → 2025-09-01, 2025-Q3 → 2025-07-01."""
    if not date:
        return None
    if len(date) == 10:
        return date
    if len(date) == 7 and date[4] == "-" and date[5:].isdigit():
        return date + "-01"
    if len(date) == 7 and date[5] == "Q":
        month = (int(date[6]) - 1) * 3 + 1
        return f"{date[:4]}-{month:02d}-01"
    if len(date) == 4 and date.isdigit():
        return date + "-01-01"
    return None
