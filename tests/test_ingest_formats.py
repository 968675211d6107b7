"""HTML pages, feeds, WARC, gzip, directories and format sniffing.

Pages, feeds and archives are built in tmp_path from real corpus articles, so the readers
see real news text in the markup real sites wrap around it.
"""

from __future__ import annotations

import gzip
import io
from html import escape
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from mineralwatch.ingest import ReadOptions, ReadStats, read_sources
from mineralwatch.models import Article, IngestError

RECORDS = ("cmn-043-4e380390ee", "cmn-070-ccfe32904e", "cmn-092-1917b20cff")


def _paragraphs(record: dict) -> list[str]:
    """The record's prose paragraphs (its markdown link line left out)."""
    return [p.strip() for p in record["text"].split("\n\n") if p.strip() and "](" not in p]


def news_page(record: dict, *, extra_meta: str = "") -> str:
    body = "".join(f"<p>{escape(p)}</p>\n" for p in _paragraphs(record))
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{escape(record["title"])} | Mining Desk</title>
<meta property="og:title" content="{escape(record["title"])}">
<meta property="og:site_name" content="Mining Desk">
<meta name="author" content="Jane Analyst">
<meta property="article:published_time" content="{record["published"]}">
<link rel="canonical" href="https://news.example.org/{record["id"]}">
{extra_meta}
</head><body>
<header><nav><a href="/">Home</a> | <a href="/markets">Markets</a> |
<a href="/metals">Metals</a></nav></header>
<main><article>
<h1>{escape(record["title"])}</h1>
{body}
</article>
<aside><h3>Most read</h3><ul><li><a href="/x">Gold slips</a></li>
<li><a href="/y">Oil up</a></li></ul></aside>
</main>
<footer><p>© 2025 Mining Desk. All rights reserved.</p></footer>
</body></html>"""


def rss_feed(records: list[dict]) -> str:
    items = "".join(
        f"""<item><title>{escape(r["title"])}</title><link>{escape(r["url"])}</link>
<guid>{r["id"]}</guid><pubDate>Mon, 10 Feb 2025 07:01:03 GMT</pubDate>
<category>metals</category><category>{escape(r["source"])}</category>
<description>{escape("".join(f"<p>{escape(p)}</p>" for p in _paragraphs(r)))}</description>
</item>"""
        for r in records
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Metals wire</title><link>https://news.example.org</link>
<description>Metals news</description>{items}</channel></rss>"""


@pytest.fixture
def records(corpus_records: dict[str, dict]) -> list[dict]:
    return [corpus_records[i] for i in RECORDS]


def _only_articles(items: list) -> list[Article]:
    assert all(isinstance(i, Article) for i in items), items
    return items


def test_html_page_main_text_and_metadata(records: list[dict], tmp_path: Path) -> None:
    record = records[0]
    page = tmp_path / "pilbara.html"
    extra = (
        '<meta name="mineralwatch:sample" content="true">\n'
        '<meta content="usgs-mcs-2025" name="mineralwatch:facts-source">'
    )
    page.write_text(news_page(record, extra_meta=extra), encoding="utf-8")
    [article] = _only_articles(list(read_sources([str(page)])))
    assert article.format == "html"
    assert article.title == record["title"]
    assert article.author == "Jane Analyst"
    assert article.source == "Mining Desk"
    assert article.url == f"https://news.example.org/{record['id']}"
    assert article.published == "2025-02-10T07:01:03"
    assert article.metadata["sample"] == "true"
    assert article.metadata["facts-source"] == "usgs-mcs-2025"
    assert article.text.split("\n\n") == _paragraphs(record)
    for furniture in ("Most read", "Markets", "All rights reserved"):
        assert furniture not in article.text


def test_truncated_html_gives_an_article_or_an_error(records: list[dict], tmp_path: Path) -> None:
    html = news_page(records[1])
    cut = html.index("</p>", html.index("</p>") + 1) + 60  # inside the third paragraph
    for n, end in enumerate((cut, html.index("<article>"), 40)):
        path = tmp_path / f"cut{n}.html"
        path.write_text(html[:end], encoding="utf-8")
        [item] = list(read_sources([str(path)]))
        if isinstance(item, IngestError):
            assert item.origin == str(path)
            assert item.reason == "no article text found in the HTML"
        else:
            paragraphs = item.text.split("\n\n")
            assert paragraphs[:2] == _paragraphs(records[1])[:2]
            assert len(paragraphs) == 3
            assert _paragraphs(records[1])[2].startswith(paragraphs[2][:40])


def test_rss_feed_one_article_per_item(records: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "metals.rss"
    path.write_text(rss_feed(records), encoding="utf-8")
    articles = _only_articles(list(read_sources([str(path)], ReadOptions(labels={"run": "t"}))))
    assert [a.title for a in articles] == [r["title"] for r in records]
    first = articles[0]
    assert first.format == "feed"
    assert first.url == records[0]["url"]
    assert first.source == "Metals wire"
    assert first.published == "2025-02-10T07:01:03+00:00"
    assert first.metadata["categories"] == ["metals", "Reuters"]
    assert first.metadata["guid"] == records[0]["id"]
    assert first.metadata["run"] == "t"
    assert first.text.split("\n\n") == _paragraphs(records[0])
    assert "<p>" not in first.text
    assert first.origin == f"{path}#item=1"


def test_atom_feed_with_html_content(records: list[dict], tmp_path: Path) -> None:
    record = records[2]
    content = escape("".join(f"<p>{escape(p)}</p>" for p in _paragraphs(record)))
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom metals</title><id>urn:x</id>
<updated>2025-02-13T10:00:00Z</updated>
<entry><title>{escape(record["title"])}</title><id>urn:1</id>
<link href="{escape(record["url"])}"/><updated>2025-02-13T10:00:00Z</updated>
<author><name>Desk Writer</name></author><category term="lithium"/>
<summary>Short teaser.</summary><content type="html">{content}</content></entry></feed>"""
    path = tmp_path / "metals.atom"
    path.write_text(atom, encoding="utf-8")
    [article] = _only_articles(list(read_sources([str(path)])))
    assert article.title == record["title"]
    assert article.author == "Desk Writer"
    assert article.metadata["categories"] == ["lithium"]
    assert article.text.split("\n\n") == _paragraphs(record)


def test_entity_expansion_bomb_is_refused(tmp_path: Path) -> None:
    levels = "\n".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    bomb = f"""<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol0 "lol">
{levels}
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>"""
    path = tmp_path / "bomb.xml"
    path.write_text(bomb, encoding="utf-8")
    [error] = list(read_sources([str(path)]))
    assert isinstance(error, IngestError)
    assert error.origin == str(path)
    assert "entity-expansion" in error.reason


def test_sniffing_by_content(records: list[dict], corpus_path: Path, tmp_path: Path) -> None:
    feed_as_txt = tmp_path / "feed.txt"
    feed_as_txt.write_text(rss_feed(records), encoding="utf-8")
    jsonl_without_suffix = tmp_path / "dump"
    lines = corpus_path.read_text(encoding="utf-8").splitlines()[:2]
    jsonl_without_suffix.write_text("\n".join(lines) + "\n", encoding="utf-8")
    html_as_data = tmp_path / "page.dat"
    html_as_data.write_text(news_page(records[0]), encoding="utf-8")
    formats = {
        p.name: {a.format for a in _only_articles(list(read_sources([str(p)])))}
        for p in (feed_as_txt, jsonl_without_suffix, html_as_data)
    }
    assert formats == {"feed.txt": {"feed"}, "dump": {"jsonl"}, "page.dat": {"html"}}


def test_gzip_and_directories_in_sorted_order(
    seed_path: Path, corpus_path: Path, records: list[dict], tmp_path: Path
) -> None:
    root = tmp_path / "inbox"
    (root / "b" / "deeper").mkdir(parents=True)
    (root / "a.txt.gz").write_bytes(gzip.compress(seed_path.read_bytes()))
    lines = corpus_path.read_text(encoding="utf-8").splitlines()[:5]
    (root / "b" / "dump.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines)).encode()))
    (root / "b" / "deeper" / "page.html").write_text(news_page(records[0]), encoding="utf-8")
    (root / ".hidden.txt").write_text("not read", encoding="utf-8")
    (root / "b" / "README.md").write_text("# About this folder\n\nNot an article.\n", "utf-8")
    stats = ReadStats()
    articles = _only_articles(list(read_sources([str(root)], stats=stats)))
    # a.txt.gz, then b/deeper/page.html, then b/dump.jsonl.gz
    assert [a.format for a in articles] == ["text", "html", *["jsonl"] * 5]
    assert articles[0].title.startswith("Pakistan Sends First Batch")
    assert articles[2].id == lines[0].split('"')[3]
    assert stats.files_read == 3 and stats.records_read == 7
    plain = _only_articles(list(read_sources([str(seed_path)])))[0]
    assert articles[0].id == plain.id and articles[0].text == plain.text


def _warc(records: list[dict]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for record in records:
        body = news_page(record).encode("utf-8")
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        url = f"https://news.example.org/story/{record['id']}"
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
        )
    robots = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://news.example.org/robots.txt",
            "response",
            payload=io.BytesIO(b"User-agent: *"),
            http_headers=robots,
        )
    )
    writer.write_record(
        writer.create_warc_record(
            "https://news.example.org/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
    )
    return out.getvalue()


def test_warc_html_responses_become_articles(records: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc(records))
    articles = _only_articles(list(read_sources([str(path)])))
    assert [a.title for a in articles] == [r["title"] for r in records]
    assert all(a.format == "warc" for a in articles)
    # The page's canonical link wins; the crawled URL is what trafilatura falls back to.
    assert articles[0].url == f"https://news.example.org/{records[0]['id']}"
    assert articles[0].metadata["warc_date"]
    assert articles[0].text.split("\n\n") == _paragraphs(records[0])
    assert [a.origin for a in articles] == [f"{path}#record={n}" for n in (1, 2, 3)]
