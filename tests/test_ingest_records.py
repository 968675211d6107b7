"""Ingest of record dumps (JSONL, JSON, CSV) on the real corpora, with their artefacts."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from mineralwatch.ingest import ReadOptions, ReadStats, clean_body, read_sources
from mineralwatch.models import Article, IngestError


@pytest.fixture(scope="module")
def corpus_articles(corpus_path: Path) -> dict[str, Article]:
    items = list(read_sources([str(corpus_path)]))
    assert all(isinstance(item, Article) for item in items), [
        item for item in items if isinstance(item, IngestError)
    ]
    return {item.id: item for item in items}  # type: ignore[union-attr]


def _paragraphs(article: Article) -> list[str]:
    return article.text.split("\n\n")


def test_every_corpus_record_reads_with_its_id(
    corpus_articles: dict[str, Article], corpus_records: dict[str, dict]
) -> None:
    assert set(corpus_articles) == set(corpus_records)
    for article in corpus_articles.values():
        assert article.format == "jsonl"
        assert article.text.strip()
        assert not re.search(r"\n{3,}|<span|!\[|\]\(https?:", article.text), article.id
        assert article.raw is not None and json.loads(article.raw)["id"] == article.id


def test_record_fields_are_mapped_and_the_rest_is_metadata(
    corpus_articles: dict[str, Article], corpus_records: dict[str, dict]
) -> None:
    record = corpus_records["cmn-043-4e380390ee"]
    article = corpus_articles["cmn-043-4e380390ee"]
    assert article.title == record["title"]
    assert article.source == "Reuters"
    assert article.published == "2025-02-10T07:01:03"
    assert article.url == record["url"]
    assert article.metadata["repo"] == "zhigehe/bulwark"
    assert article.metadata["minerals_heuristic"] == record["minerals_heuristic"]
    assert "text" not in article.metadata and "title" not in article.metadata
    assert article.origin and article.origin.endswith("articles.jsonl#line=43")


def test_lexis_record_is_cleaned(corpus_articles: dict[str, Article]) -> None:
    article = corpus_articles["cmn-001-2cfaabcdd3"]
    for artefact in (
        "Page 1 of",
        "Page 2 of",
        "Length:",
        "Load-Date",
        "Byline:",
        "Section:",
        "End of Document",
        "Copyright",
        "\nBody\n",
    ):
        assert artefact not in article.text
    assert article.author == "Brad Thompson"
    assert article.metadata["word_count"] == 487
    assert article.metadata["section"] == "COMPANIES AND MARKETS; Pg. 19"
    assert article.metadata["load_date"] == "2024-02-24"
    paragraphs = _paragraphs(article)
    # Lines the PDF wrapped mid-sentence are one paragraph again.
    assert paragraphs[0] == (
        "Iluka Resources is in talks with the Albanese government about the future of "
        "Australia's first rare earths refinery after revealing a building cost blowout is at "
        "the top end of what it feared two months ago."
    )
    assert paragraphs[-1] == "Iluka declared a final fully franked dividend of 4¢ a share."
    # The running title repeated at the page break is gone.
    assert article.text.count("Iluka seeks more funding") == 0


def test_lexis_page_break_inside_a_sentence(corpus_articles: dict[str, Article]) -> None:
    text = corpus_articles["cmn-017-821e87ddb0"].text
    assert "South Korea, European Union nations and Australia, which" in text
    glued = corpus_articles["cmn-002-a3a532af0f"].text
    assert "Page 3" not in glued
    assert "subsidies to individual companies.\n\n" in glued


def test_lexis_graphic_caption_and_indented_paragraphs(
    corpus_articles: dict[str, Article],
) -> None:
    brisbane = corpus_articles["cmn-042-44b88245a5"]
    assert "Graphic" not in brisbane.text
    assert "Link to Image" not in brisbane.text
    assert brisbane.metadata["captions"]
    aap = corpus_articles["cmn-008-5c1dbc9857"]
    assert aap.metadata["dateline"] == "CANBERRA May 7"
    assert (
        "Binding offtake agreements for raw materials and stakes in Australian producers were "
        "among the tactics used to discourage local development of refineries, he said."
    ) in _paragraphs(aap)


def test_lexis_text_without_record_fields(corpus_records: dict[str, dict]) -> None:
    cleaned = clean_body(corpus_records["cmn-003-36265b30cb"]["text"])
    assert cleaned.title == (
        "Venture Minerals launches extensive drill program at Jupiter Prospect with an eye on "
        "maiden resource"
    )
    assert cleaned.source == "Proactive Investors (AU)"
    assert cleaned.published == "2024-03-15T00:06:00"
    assert cleaned.author == "Susanna Nelson"


def test_lexis_document_copied_without_page_headers(corpus_records: dict[str, dict]) -> None:
    """A document copied from the database's own view has no "Page 1 of N" lines: its header
    and footer are metadata all the same, not the story's first and last lines."""
    export = corpus_records["cmn-003-36265b30cb"]["text"]
    copied = "\n".join(line for line in export.split("\n")
                       if not re.fullmatch(r"\s*Page \d+ of \d+\s*", line))
    cleaned = clean_body(copied)
    assert cleaned.metadata["export"] == "lexis"
    assert (cleaned.title, cleaned.source, cleaned.author, cleaned.published) == (
        clean_body(export).title, "Proactive Investors (AU)", "Susanna Nelson",
        "2024-03-15T00:06:00")
    assert cleaned.metadata["word_count"] == 450
    assert cleaned.text.startswith("Venture Minerals Limited (ASX:VMS, OTC:VTMLF) has initiated")
    for artefact in ("Copyright", "Length:", "Byline:", "\nBody\n", "Load-Date", "End of Document"):
        assert artefact not in cleaned.text


def test_a_story_speaking_of_length_and_body_is_no_export() -> None:
    # The header needs a "Length: N words" field and, after it, "Body" on a line of its own.
    text = ("Length: 4.2 km of new haul road\nBody\nThe miner said the road opens in June.\n\n"
            "Body\nOutput rose 12% in the quarter.")
    assert "export" not in clean_body(text).metadata
    assert clean_body(text).text.startswith("Length: 4.2 km")


def test_lexis_export_as_text_file(corpus_records: dict[str, dict], tmp_path: Path) -> None:
    export = tmp_path / "export.txt"
    export.write_text(
        corpus_records["cmn-001-2cfaabcdd3"]["text"]
        + "\n"
        + corpus_records["cmn-014-5f237c5b24"]["text"],
        encoding="utf-8",
    )
    first, second = list(read_sources([str(export)]))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.format == second.format == "lexis"
    assert first.title == "Iluka seeks more funding for rare earths refinery"
    assert first.published == "2024-02-22"
    assert first.source == "Australian Financial Review"
    assert second.title == "Sell-down order adds to crazy tale"
    assert second.author == "James Thomson"
    assert second.origin == f"{export}#doc=2"


def test_economist_markup_and_page_splits(corpus_articles: dict[str, Article]) -> None:
    article = corpus_articles["cmn-115-83d9352766"]
    assert "<span" not in article.text and "![" not in article.text
    assert "zlibrary" not in article.text and "Subscribers to The Economist" not in article.text
    assert article.text.startswith("Commodity markets look deceptively simple.")
    assert article.metadata["section"] == "Finance & economics | Buttonwood"
    assert article.metadata["standfirst"] == "Lessons from lithium’s fake rally"
    # Paragraphs the PDF page break cut mid-sentence are rejoined.
    assert "spot prices for lithium carbonate, the most traded form" in article.text
    assert "Then, in late July, America’s president exempted" in article.text
    # The table of contents after the download note is cut with it.
    briefing = corpus_articles["cmn-123-ac9aff982d"]
    assert "gerrymander" not in briefing.text
    assert "in a world of its own making" not in briefing.text
    assert "that China was effectively “trolling” America" in briefing.text
    assert briefing.text.endswith("But overconfidence brings dangers of its own. ■")


def test_economist_header_without_record_fields(corpus_records: dict[str, dict]) -> None:
    cleaned = clean_body(corpus_records["cmn-122-54004af05f"]["text"])
    assert cleaned.title == "Trumponomics is warping the world’s copper markets"
    assert cleaned.published == "2025-10-23"
    assert "Money Talks" not in cleaned.text


def test_bulwark_links_and_trailing_publisher_line(
    corpus_articles: dict[str, Article],
) -> None:
    pilbara = corpus_articles["cmn-043-4e380390ee"]
    assert "tradingview" not in pilbara.text.lower()
    assert pilbara.text.endswith("($1 = 1.6033 Australian dollars)")
    assert pilbara.metadata["source_link"].startswith("https://www.tradingview.com/news/")
    hill = corpus_articles["cmn-041-0438b18348"]
    assert "In an interview with Reuters, Zelensky said:" in hill.text
    assert "](" not in hill.text and "[thehill]" not in hill.text
    wire = corpus_articles["cmn-046-834294dab5"]
    assert "\\*" not in wire.text
    tipranks = corpus_articles["cmn-050-48bc25920e"]
    assert "Trending Articles" not in tipranks.text
    assert "Maximize Your Portfolio" not in tipranks.text
    assert tipranks.text.startswith("An update from Critical Elements")


def test_press_release_boilerplate(corpus_articles: dict[str, Article]) -> None:
    ibn = corpus_articles["cmn-104-ba59463897"]
    for boilerplate in (
        "About MiningNewsWire",
        "NOTE TO INVESTORS",
        "MiningNewsWire",
        "To view the full press release",
        "Newsramp",
        "Reddit",
    ):
        assert boilerplate not in ibn.text
    assert "About Energy Fuels Inc." in ibn.text  # the issuer's own paragraph stays
    rocks = corpus_articles["cmn-108-38f1fa672e"]
    assert "Rocks & Stocks" not in rocks.text
    news_direct = corpus_articles["cmn-005-1b514da732"]
    for boilerplate in (
        "--News Direct--",
        "Contact Details",
        "View source version",
        "Benzinga is a leading",
        "This post contains sponsored content",
        "By Faith Ashmore",
    ):
        assert boilerplate not in news_direct.text
    assert news_direct.text.startswith("Atlas Lithium Corporation (NASDAQ: ATLX) has announced")


def test_reuters_jsonl_keeps_ids_and_rejoins_wrapped_lines(shared_dir: Path) -> None:
    path = shared_dir / "corpora" / "reuters21578" / "metals-train.jsonl"
    stats = ReadStats()
    items = list(read_sources([str(path)], stats=stats))
    assert len(items) == 526 and stats.records_read == 526
    assert all(isinstance(item, Article) for item in items)
    first = items[0]
    assert isinstance(first, Article)
    assert first.id == "22"
    assert first.title == "MAGMA LOWERS COPPER 0.75 CENT TO 66 CTS"
    assert first.published == "1987-02-26T15:34:07"
    # The dateline opens the text, as on the wire: it tells where and when the story was filed.
    assert first.text == (
        "NEW YORK, Feb 26 - Magma Copper Co, a subsidiary of Newmont Mining Corp, said it is "
        "cutting its copper cathode price by 0.75 cent to 66 cents a lb, effective immediately."
    )
    assert first.metadata["topics"] == ["copper"] and "dateline" not in first.metadata
    # Indented lines start paragraphs.
    sugar = next(i for i in items if isinstance(i, Article) and i.id == "46")
    assert sugar.text.split("\n\n")[1].startswith("The sugar import quota for the 1987")


def test_malformed_lines_are_reported_and_the_rest_is_read(
    corpus_path: Path, tmp_path: Path
) -> None:
    lines = corpus_path.read_text(encoding="utf-8").splitlines()[:3]
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        "\n".join(
            [
                lines[0],
                '{"id": "x", "text": "unterminated',
                lines[1],
                "[1, 2]",
                "",
                '{"title": "no body"}',
                lines[2],
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    items = list(read_sources([str(dump)]))
    errors = [i for i in items if isinstance(i, IngestError)]
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 3
    assert [e.origin for e in errors] == [f"{dump}#line=2", f"{dump}#line=4", f"{dump}#line=6"]
    assert errors[0].reason.startswith("line 2: malformed JSON")
    assert errors[1].reason == "line 4: not a JSON object"
    assert "no text field" in errors[2].reason


def test_field_map_and_labels_on_csv(tmp_path: Path, corpus_records: dict[str, dict]) -> None:
    record = corpus_records["cmn-063-f7bec045c0"]
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["story_id", "headline", "content_body", "pubdate", "desk"])
        writer.writerow(["s-1", record["title"], record["text"], "2025-02-11", "energy"])
    options = ReadOptions(
        field_map={"text": "content_body", "id": "story_id"}, labels={"sample": "true"}
    )
    [article] = list(read_sources([str(path)], options))
    assert isinstance(article, Article)
    assert article.id == "s-1"
    assert article.format == "csv"
    assert article.title == record["title"]
    assert article.published == "2025-02-11"
    assert article.metadata == {
        "desk": "energy",
        "sample": "true",
        "source_link": article.metadata["source_link"],
    }
    assert article.text.startswith("Australia has passed new legislation")


def test_json_array_and_derived_ids(tmp_path: Path, corpus_records: dict[str, dict]) -> None:
    records = [
        {"headline": r["title"], "article": r["text"], "publish_date": r["published"]}
        for r in list(corpus_records.values())[:3]
    ]
    path = tmp_path / "batch.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    first = [a.id for a in read_sources([str(path)]) if isinstance(a, Article)]
    second = [a.id for a in read_sources([str(path)]) if isinstance(a, Article)]
    assert len(first) == 3 and first == second
    assert all(re.fullmatch(r"[0-9a-f]{16}", i) for i in first)


def test_a_dateline_field_opens_the_text(tmp_path: Path) -> None:
    """A dump that keeps a wire's dateline apart gets it back before the body, once; a
    dateline that is not text stays in the metadata."""
    path = tmp_path / "wire.jsonl"
    records = [{"id": "a", "dateline": "LONDON,  March 19 -", "body": "Zinc stocks rose."},
               {"id": "b", "dateline": 19, "body": "Tin fell."},
               {"id": "c", "dateline": "LIMA, May 2", "body": "LIMA, May 2 - Copper rose."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    first, second, third = read_sources([str(path)])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == "LONDON, March 19 - Zinc stocks rose." and "dateline" not in first.metadata
    assert second.text == "Tin fell." and second.metadata["dateline"] == 19
    assert isinstance(third, Article) and third.text == "LIMA, May 2 - Copper rose."
