"""The `make demo` corpus: shipped in the package, four formats, our own words, every event type.

The articles are parsed here with the standard library only, so these tests do not depend on
mineralwatch's own readers (which are tested against this corpus elsewhere).
"""

from __future__ import annotations

import importlib.resources
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

import pytest

DEMO = importlib.resources.files("mineralwatch") / "data" / "demo"
DESK = "Mineralwatch Sample Desk"
NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "mw": "https://example.org/mineralwatch-sample/ns",
}
BYLINE = re.compile(r"^Mineralwatch Sample Desk·(\d\d/\d\d/\d{4} \d\d:\d\d:\d\d)$")
ISO_DAY = re.compile(r"\b20\d\d-\d\d-\d\d\b")
SHINGLE = 12  # a run of this many words shared with a source counts as copying

# Word families that signal each event type of the taxonomy (DESIGN.md, version 1).
EVENT_WORDS = {
    "shipment": r"\bship(?:ment|ments|ped|ping)?\b|\bcargo(?:es)?\b|\bconsignment\b|\bdelivered\b",
    "agreement": r"\bagreements?\b|\bmemorandum of understanding\b|\bofftake\b"
    r"|\bjoint venture\b|\bletter of intent\b",
    "investment": r"\binvest(?:s|ed|ing|ment)?\b|\bgrant\b|\bloan\b|\bfinancing\b",
    "acquisition": r"\bacquir(?:e|es|ed|ing)\b|\bacquisition\b|\btakeover\b|\bstake\b",
    "facility": r"\brefinery\b|\bplant\b|\bmill\b|\bsmelter\b|\bfacility\b",
    "policy": r"\bexport controls?\b|\bexport licen[cs]es?\b|\bbann?(?:ed|s)?\b|\btariffs?\b"
    r"|\broyalt(?:y|ies)\b|\bprice floor\b|\bminimum price\b|\bsuspend(?:ed|s)?\b",
    "discovery": r"\bdiscover(?:y|ed)\b|\bintercepts?\b|\bassay(?:ed)?\b|\banomaly\b",
    "production": r"\bproduc(?:e|es|ed|ing|tion)\b|\boutput\b",
    "market_move": r"\b(?:rose|fell|jumped|surged|dropped|slipped|lost|leapt|soared|edged up)\b"
    r"[^.]{0,60}?\d+(?:\.\d+)?%",
}
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\b")
HEARSAY = re.compile(
    r"\bunconfirmed\b|\brumou?rs?\b|\bmarket chatter\b|\bcould not verify\b|\bunnamed sources\b"
    r"|\bciting (?:two )?sources\b|\bdenied\b|\brejected\b|\brefused\b"
)
ANALYST_TICKERS = ["(NASDAQ:USAR)", "ASX: LYC", "NYSE: MP", "TSX-V:"]


@dataclass(frozen=True)
class DemoArticle:
    fmt: str
    name: str
    title: str
    body: str
    published: datetime
    url: str | None
    facts_source: str


class _Page(HTMLParser):
    """Pulls metadata and the article's own paragraphs out of one demo page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.times: list[str] = []
        self.h1 = ""
        self.paras: list[str] = []
        self.visible: list[str] = []
        self.in_article = False
        self._tags: list[str] = []
        self._para: list[str] | None = None
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = a.get("name") or a.get("property")
            if key:
                self.meta[key] = a.get("content", "")
            return
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "article":
            self.in_article = True
        if tag == "time" and "datetime" in a:
            self.times.append(a["datetime"])
        if tag == "p" and self.in_article and "class" not in a:
            self._para = []
        self._tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1
        if tag == "article":
            self.in_article = False
        if tag == "p" and self._para is not None:
            self.paras.append("".join(self._para).strip())
            self._para = None
        if self._tags and self._tags[-1] == tag:
            self._tags.pop()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.visible.append(data)
        if self._tags and self._tags[-1] == "h1" and self.in_article:
            self.h1 += data
        if self._para is not None:
            self._para.append(data)


def _strip_tags(markup: str) -> str:
    page = _Page()
    page.feed(markup)
    return " ".join(" ".join(page.visible).split())


def _files(suffix: str) -> list:
    return sorted((f for f in DEMO.iterdir() if f.name.endswith(suffix)), key=lambda f: f.name)


def _read_txt(entry) -> DemoArticle:
    lines = [line.rstrip() for line in entry.read_text(encoding="utf-8").splitlines()]
    meaningful = [line for line in lines if line and not line.startswith("-+")]
    title = meaningful[0]
    byline = next(BYLINE.match(line) for line in lines if BYLINE.match(line))
    start = lines.index("Listen to the news") + 1
    end = lines.index("READ NEXT:")
    body = "\n\n".join(line for line in lines[start:end] if line)
    disclaimer = next(line for line in lines if line.startswith("Disclaimer:"))
    return DemoArticle(
        fmt="txt",
        name=entry.name,
        title=title,
        body=body,
        published=datetime.strptime(byline.group(1), "%m/%d/%Y %H:%M:%S"),
        url=None,
        facts_source=disclaimer.split("Facts source:", 1)[1].strip(),
    )


def _parse_html(entry) -> _Page:
    page = _Page()
    page.feed(entry.read_text(encoding="utf-8"))
    page.close()
    return page


def _read_html(entry) -> DemoArticle:
    page = _parse_html(entry)
    return DemoArticle(
        fmt="html",
        name=entry.name,
        title=" ".join(page.h1.split()),
        body="\n\n".join(page.paras),
        published=datetime.fromisoformat(page.times[0]).replace(tzinfo=None),
        url=page.canonical,
        facts_source=page.meta.get("mineralwatch:facts-source", ""),
    )


def _feed_items() -> list[ET.Element]:
    root = ET.fromstring((DEMO / "feed.xml").read_bytes())
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.findall("./channel/item")


def _read_item(item: ET.Element, index: int) -> DemoArticle:
    content = item.findtext("content:encoded", namespaces=NS) or item.findtext("description")
    return DemoArticle(
        fmt="rss",
        name=f"feed.xml#{index}",
        title=item.findtext("title", ""),
        body=_strip_tags(content or ""),
        published=parsedate_to_datetime(item.findtext("pubDate", "")).replace(tzinfo=None),
        url=item.findtext("link"),
        facts_source=item.findtext("mw:factsSource", "", namespaces=NS),
    )


def _jsonl_records() -> list[dict]:
    text = (DEMO / "articles.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _read_record(rec: dict) -> DemoArticle:
    return DemoArticle(
        fmt="jsonl",
        name=rec["id"],
        title=rec["title"],
        body=rec["text"],
        published=datetime.fromisoformat(rec["published"]),
        url=rec["url"],
        facts_source=rec["facts_source"],
    )


@pytest.fixture(scope="module")
def articles() -> list[DemoArticle]:
    found = [_read_txt(f) for f in _files(".txt")]
    found += [_read_html(f) for f in _files(".html")]
    found += [_read_item(item, i) for i, item in enumerate(_feed_items())]
    found += [_read_record(rec) for rec in _jsonl_records()]
    return found


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def _shingles(text: str, n: int) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_demo_folder_ships_inside_the_package():
    assert DEMO.is_dir()
    package = Path(str(importlib.resources.files("mineralwatch")))
    assert Path(str(DEMO)).resolve().is_relative_to(package.resolve())
    assert (DEMO / "README.md").is_file()


def test_at_least_24_articles_across_four_formats(articles):
    by_format: dict[str, int] = {}
    for art in articles:
        by_format[art.fmt] = by_format.get(art.fmt, 0) + 1
    assert len(articles) >= 24
    assert set(by_format) == {"txt", "html", "rss", "jsonl"}
    assert all(count >= 6 for count in by_format.values()), by_format


def test_jsonl_records_carry_the_required_fields():
    records = _jsonl_records()
    ids = [rec["id"] for rec in records]
    assert len(ids) == len(set(ids))
    for rec in records:
        assert re.fullmatch(r"demo-jsonl-\d{3}", rec["id"])
        for field in ("title", "text", "published", "source", "url", "facts_source"):
            assert isinstance(rec[field], str) and rec[field].strip(), (rec["id"], field)
        assert rec["source"] == DESK
        assert rec["sample"] is True
        assert rec["url"].startswith("https://example.org/")
        datetime.fromisoformat(rec["published"])


def test_feed_items_are_complete_rss():
    items = _feed_items()
    assert len(items) >= 6
    for item in items:
        assert item.findtext("title", "").strip()
        assert item.findtext("link", "").startswith("https://example.org/")
        parsedate_to_datetime(item.findtext("pubDate", ""))
        assert item.findtext("description") or item.findtext("content:encoded", namespaces=NS)
        assert "mineralwatch-sample" in [c.text for c in item.findall("category")]


def test_html_pages_carry_article_metadata():
    pages = _files(".html")
    assert len(pages) >= 6
    for entry in pages:
        page = _parse_html(entry)
        assert page.h1.strip() and page.paras, entry.name
        assert page.canonical and page.canonical.startswith("https://example.org/"), entry.name
        assert page.meta.get("author") == DESK
        assert page.meta.get("og:site_name") == DESK
        assert page.meta.get("mineralwatch:sample") == "true"
        assert page.meta.get("mineralwatch:facts-source"), entry.name
        datetime.fromisoformat(page.times[0])
        markup = entry.read_text(encoding="utf-8")
        assert "<article" in markup and "<nav" in markup and "<footer" in markup


def test_text_files_look_scraped_like_the_seed():
    texts = [f.read_text(encoding="utf-8") for f in _files(".txt")]
    assert len(texts) >= 6
    for text in texts:
        assert any(BYLINE.match(line) for line in text.splitlines())
        assert "Listen to the news" in text and "READ NEXT:" in text and "Image via " in text
    assert sum("-+ 0.00%" in text for text in texts) >= 3


def test_articles_are_short_dated_news_with_named_sources(articles):
    for art in articles:
        words = len(art.body.split())
        assert 120 <= words <= 350, (art.name, words)
        assert art.title.strip(), art.name
        assert datetime(2023, 1, 1) <= art.published < datetime(2026, 1, 1), art.name
        assert ISO_DAY.search(art.facts_source), (art.name, art.facts_source)
        if art.url:
            assert f"/{art.published:%Y/%m/%d}/" in art.url, (art.name, art.url)


def test_readme_lists_every_file_and_record_and_says_what_they_are():
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    for entry in _files(".txt") + _files(".html"):
        assert entry.name in readme, entry.name
    for rec in _jsonl_records():
        assert rec["id"] in readme, rec["id"]
    for item in _feed_items():
        assert item.findtext("link", "") in readme
    assert "not real journalism" in " ".join(readme.split())


def test_every_event_type_appears_in_at_least_two_articles(articles):
    for event_type, pattern in EVENT_WORDS.items():
        hits = [a.name for a in articles if re.search(pattern, a.body, re.IGNORECASE)]
        assert len(hits) >= 2, (event_type, hits)


def test_style_features_the_extractors_must_face(articles):
    everything = "\n".join(a.body for a in articles)
    assert PASSIVE.search(everything)
    assert HEARSAY.search(everything)
    for ticker in ANALYST_TICKERS:
        assert ticker in everything, ticker
    titles = [r["title"] for r in _jsonl_records()]
    assert any("<script>alert('x')</script>" in title for title in titles)


def test_exactly_one_near_duplicate_pair_and_it_crosses_formats(articles):
    shingles = {a.name: _shingles(a.body, 5) for a in articles}
    close = []
    for a, b in combinations(articles, 2):
        sa, sb = shingles[a.name], shingles[b.name]
        jaccard = len(sa & sb) / len(sa | sb)
        if jaccard >= 0.5:
            close.append((a, b, jaccard))
    assert len(close) == 1, [(a.name, b.name, j) for a, b, j in close]
    a, b, jaccard = close[0]
    assert a.fmt != b.fmt and jaccard < 1.0 and a.body != b.body


def test_no_twelve_word_run_is_copied_from_the_corpus_or_the_seed(articles, corpus_path, seed_path):
    source: set[tuple[str, ...]] = set()
    with corpus_path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            source |= _shingles(f"{rec.get('title') or ''}\n{rec.get('text') or ''}", SHINGLE)
    source |= _shingles(seed_path.read_text(encoding="utf-8"), SHINGLE)
    assert len(source) > 10_000  # the check has something real to compare against

    copied = []
    for art in articles:
        for run in _shingles(f"{art.title}\n{art.body}", SHINGLE) & source:
            copied.append((art.name, " ".join(run)))
    assert not copied, copied[:20]
