"""Ingest of plain text scraped from news pages: the seed article, end to end."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mineralwatch.ingest import ReadOptions, ReadStats, clean_scraped_text, read_sources
from mineralwatch.ingest.clean import clean_lines, normalise
from mineralwatch.models import Article

SEED_TITLE = "Pakistan Sends First Batch Of Rare Earth Elements To US In $500 Million Deal"


def _articles(inputs: list[str], **options: object) -> list[Article]:
    items = list(read_sources(inputs, ReadOptions(**options)))  # type: ignore[arg-type]
    assert all(isinstance(item, Article) for item in items), items
    return items  # type: ignore[return-value]


def test_seed_title_byline_and_body(seed_path: Path) -> None:
    title, source, published, body = clean_scraped_text(seed_path.read_text(encoding="utf-8"))
    assert title == SEED_TITLE
    assert source == "Benzinga"
    assert published == "2025-10-03T10:43:39"
    assert body.startswith("Pakistan has shipped its first batch")
    assert body.endswith("magnet manufacturing facility in Oklahoma.")


def test_seed_furniture_is_gone_and_sentences_stay(seed_path: Path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    body = clean_scraped_text(raw).body
    for furniture in (
        "0.00%",
        "Listen to the news",
        "READ NEXT",
        "Image via",
        "Disclaimer",
        "Benzinga editors",
        "\u00a0",
    ):
        assert furniture not in body
    # Section sub-headings stay, as their own paragraphs.
    assert "\n\nRare Earth Stocks In Focus\n\n" in body
    # Every sentence of the article is still there word for word (spaces normalised).
    paragraphs = body.split("\n\n")
    assert len(paragraphs) == 12
    flat_raw = " ".join(raw.replace("\u00a0", " ").split())
    for paragraph in paragraphs:
        assert paragraph in flat_raw
    assert "delivered to U.S. Strategic Metals (USSM) on Thursday" in body
    assert not re.search(r"  |\n{3,}", body)


def test_seed_as_article(seed_path: Path) -> None:
    stats = ReadStats()
    [article] = list(read_sources([str(seed_path)], stats=stats))
    assert isinstance(article, Article)
    assert (article.title, article.source, article.published) == (
        SEED_TITLE,
        "Benzinga",
        "2025-10-03T10:43:39",
    )
    assert article.format == "text"
    assert article.origin == str(seed_path)
    assert article.raw == seed_path.read_text(encoding="utf-8")
    assert article.text.startswith("Pakistan has shipped its first batch")
    assert re.fullmatch(r"[0-9a-f]{16}", article.id)
    assert stats.files_read == 1 and stats.records_read == 1


def test_ids_are_stable_across_reads_and_copies(seed_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(seed_path.read_bytes())
    first = _articles([str(seed_path)])[0]
    again = _articles([str(seed_path)])[0]
    copied = _articles([str(copy)])[0]
    assert first.id == again.id == copied.id


def test_labels_go_into_metadata(seed_path: Path) -> None:
    article = _articles([str(seed_path)], labels={"sample": "true", "batch": "seed"})[0]
    assert article.metadata["sample"] == "true"
    assert article.metadata["batch"] == "seed"


def test_crlf_and_cp1252_text_reads_the_same(seed_path: Path, tmp_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    windows = tmp_path / "seed-windows.txt"
    windows.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    bom = tmp_path / "seed-bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    original = _articles([str(seed_path)])[0]
    for path in (windows, bom):
        article = _articles([str(path)])[0]
        assert article.title == SEED_TITLE
        assert article.text == original.text
        assert article.id == original.id


def test_text_without_byline_takes_first_line_as_title(tmp_path: Path) -> None:
    page = tmp_path / "note.txt"
    page.write_text(
        "Lithium output rises\n\nThe mine produced more lithium\nthis quarter than last.\n"
        "\nShare\n",
        encoding="utf-8",
    )
    [article] = _articles([str(page)])
    assert article.title == "Lithium output rises"
    assert article.text == "The mine produced more lithium this quarter than last."


def test_markdown_with_front_matter(corpus_records: dict[str, dict], tmp_path: Path) -> None:
    record = corpus_records["cmn-044-a3409a54ff"]
    page = tmp_path / "story.en.md"
    page.write_text(
        f'---\ntitle: "{record["title"]}"\ndate: {record["published"]}\n'
        f"categories: [tradingview]\n---\n{record['text']}",
        encoding="utf-8",
    )
    [article] = _articles([str(page)])
    assert article.title == record["title"]
    assert article.published == record["published"]
    assert article.metadata["categories"] == "[tradingview]"
    assert article.text.startswith("Key points:\n\n* Global Lithium shareholders due to vote")
    assert article.text.endswith("($1 = 1.5924 Australian dollars)")


def test_markdown_heading_as_title(corpus_records: dict[str, dict], tmp_path: Path) -> None:
    record = corpus_records["cmn-113-dfe06a8aaf"]
    page = tmp_path / "release.md"
    page.write_text(f"# {record['title']}\n\n{record['text']}", encoding="utf-8")
    [article] = _articles([str(page)])
    assert article.title == record["title"]
    assert "About MiningNewsWire" not in article.text
    assert article.text.startswith(record["text"][:60])


def test_a_credit_glued_to_a_caption_goes_and_the_caption_stays(corpus_path: Path) -> None:
    """A Reuters column as syndicated: chart captions open with "Thomson Reuters" run on."""
    article = next(a for a in read_sources([str(corpus_path)])
                   if isinstance(a, Article) and a.id == "cmn-049-adc15077c8")
    assert "Thomson Reuters" not in article.text
    assert "\n\nMexico and Canada accounted for almost 40% of US steel imports" in article.text
    kept = "Thomson Reuters analysts expect the premium to narrow."  # a name, no credit
    assert clean_lines([kept], {}) == kept


def test_a_strip_of_quotes_goes_and_a_heading_keeps_its_line(tmp_path: Path) -> None:
    """A page's ticker strip is furniture; "About Kestrel Lithium" over the company's
    paragraph stays a line of its own, so the heading and the name after it never read as
    one name "Kestrel Lithium Kestrel Lithium Limited"."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Kestrel rebuffs approach\n\n"
        "ASX:KLI +18.4% | ASX:ARD -3.2% | NYSE:ALB -0.6% | SC6 US$880/t\n\n"
        "Kestrel Lithium rejected the proposal on Tuesday.\n\n"
        "About Kestrel Lithium Corp.\nKestrel Lithium Corp. is an ASX-listed developer.\n",
        encoding="utf-8")
    [article] = _articles([str(page)])
    assert "ASX:KLI" not in article.text
    assert "About Kestrel Lithium Corp.\nKestrel Lithium Corp. is" in article.text
    wrapped = clean_lines(["Kestrel Lithium said", "Arden Resources would pay more."], {})
    assert wrapped == "Kestrel Lithium said Arden Resources would pay more."


def test_a_short_title_line_ending_a_sentence_is_no_heading() -> None:
    """"Kestrel Buys Mine." ends a sentence: the line after it is no new line of a heading."""
    from mineralwatch.ingest.clean import _heading

    assert _heading("About Northbridge Copper Corp.", "Northbridge Copper Corp. is")
    assert not _heading("Kestrel Buys Mine.", "The deal closed.")


def test_pointers_to_other_stories_are_furniture() -> None:
    """"Read more: …", "Related: … | …" and a wire's "Also from this source: …" lines, and a
    "Related articles" heading with the bulleted headlines under it, are other stories; the
    story around them stays."""
    lines = ["Ulanga ended 2024 with A$7.9 million in cash.", "",
             "Read more: Mozambique graphite exports slide as northern restart stalls",
             "Related: Tungsten price history (chart) | Cobalt market outlook", "",
             "Also from this source: Tanager Closes Acquisition of Miramichi Gap | Tanager "
             "Begins Fall Drilling", "",
             "Related articles", "• Tanzania Mining Commission issues 11 new licences",
             "• Graphite price watch: fine flake steady", "",
             "It is targeting a final investment decision in 2026.",
             "- a bullet of the story itself"]
    text = clean_lines(lines, {})
    assert "Mozambique" not in text and "Tungsten" not in text and "Tanzania" not in text
    assert "Miramichi" not in text
    assert "A$7.9 million" in text and "final investment decision" in text
    assert "a bullet of the story itself" in text


def test_a_round_up_s_item_heading_is_a_paragraph_of_its_own() -> None:
    """"3. UZBEKISTAN / KYRGYZSTAN — Almalyk said to weigh bid for Ferghana Copper" over its
    item's paragraph: a heading, not the start of the paragraph's first sentence."""
    lines = ["The week's news follows.", "",
             "3. UZBEKISTAN / KYRGYZSTAN — Almalyk said to weigh bid for Ferghana Copper",
             "Uzbekistan's state-owned Almalyk Mining and Metallurgical Complex is exploring an "
             "offer for London-listed Ferghana Copper plc, people familiar with the matter said."]
    assert "Ferghana Copper\n\nUzbekistan's state-owned" in clean_lines(lines, {})


def test_a_page_s_header_lines_stay_apart_and_a_wire_s_wrap_joins() -> None:
    """A scraped page whose paragraphs are lines of their own keeps its header's lines apart
    ("… Energy Security" over "Home | News Releases": no name across them); a wire story
    wrapped at 80 characters still joins "vice president Douglas" to "Yearley said …"."""
    page = ["Japan Organization for Metals and Energy Security", "Home | News Releases", "",
            "JOGMEC said on Tuesday it would invest in the project, which is being developed by "
            "a joint venture of two companies in Minas Gerais, Brazil, with first output "
            "planned for 2028."]
    assert "Energy Security\nHome" in clean_lines(page, {})
    wire = ["Phelps Dodge is the nation's largest copper company.", "",
            "During the interview, executive vice president Douglas",
            "Yearley said he believed it was a matter of time."]
    assert "Douglas Yearley said" in clean_lines(wire, {})


def test_a_related_list_with_angle_bullets_is_furniture() -> None:
    lines = ["Mokgalo restarted its kiln.", "", "Related articles",
             "› Eskom cuts force Limpopo chrome smelter to idle two furnaces",
             "› Sichuan V2O5 producers trim output", "", "The plant restarted on Monday."]
    text = clean_lines(lines, {})
    assert "Eskom" not in text and "Sichuan" not in text and "restarted on Monday" in text


def test_a_list_of_other_stories_headlines_without_bullets_is_furniture() -> None:
    lines = ["NEW DELHI: The ministry picked three companies.", "",
             "Stories you might be interested in",
             "Hindustan Zinc weighs indium recovery at Chanderiya smelter",
             "Odisha approves mineral sands block auction near Gopalpur", "",
             "The scheme was approved in 2024."]
    text = clean_lines(lines, {})
    assert "Hindustan Zinc" not in text and "Odisha" not in text
    assert "picked three companies" in text and "approved in 2024" in text


@pytest.mark.parametrize("heading", ["Related interviews", "MORE INTERVIEWS", "[Most Viewed]",
                                     "[Related Articles]", "Read more:",
                                     "Lo más leído / Most read"])
def test_more_headings_of_lists_of_other_stories(heading: str) -> None:
    lines = ["The smelter restarted its kiln.", "", heading,
             "- Copper edges up as dollar weakens; aluminium steady",
             "- Tokyo magnet maker raises prices for second time this year", "",
             "The plant restarted on Monday."]
    text = clean_lines(lines, {})
    assert "Copper" not in text and "magnet" not in text and "restarted on Monday" in text
    assert "More exports" in clean_lines(["More exports rose in May.", "", "It said."], {})


def test_tags_share_lines_and_navigation_menus_are_furniture() -> None:
    lines = ["Sweden | Norway | Denmark | Finland | Markets | Energy | Tech", "",
             "Bergslagen Mineral rejected the bid.", "",
             "Tags: Vanadium | Ferrovanadium | South Africa | JSE",
             "Share this article: Facebook | X | Email", "",
             "LSE: KAFU | TSX: KCB | JSE: KFU", "",
             "Hole ID | From (m) | To (m) | TREO (%)", "CL-25-003 | 12.0 | 37.5 | 1.18"]
    text = clean_lines(lines, {})
    assert "Norway" not in text and "Ferrovanadium" not in text and "Facebook" not in text
    assert "rejected the bid" in text and "LSE: KAFU" in text and "From (m)" in text
    # a table of names alone is a table, not a menu; a sentence after "Topics:" is text; a
    # roundup's "In other news:" keeps its items
    kept = ["Company | Project | Country | Stage",
            "Lynas Rare Earths | Mt Weld | Australia | Producer", "",
            "Topics: Kestrel will discuss the merger with Arden.", "", "In other news:",
            "• Lynas said its output rose 10% in the quarter."]
    text = clean_lines(kept, {})
    assert "Mt Weld" in text and "Kestrel will discuss" in text and "output rose" in text
    credits = ["NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE "
               "UNITED STATES", "", "Kestrel said output rose.", "",
               "(Reporting by Li Jiahui in Shanghai; Editing by Rachel Harcourt)"]
    assert clean_lines(credits, {}) == "Kestrel said output rose."


def test_a_bare_top_or_more_line_opens_no_list() -> None:
    lines = ["Top", "Kestrel Lithium Ltd", "Perth, Western Australia", "",
             "Kestrel said output rose."]
    assert "Kestrel Lithium Ltd" in clean_lines(lines, {})


def test_a_line_holding_a_newsletter_sign_up_or_a_wire_link_is_furniture() -> None:
    """Furniture found anywhere in a line ("… sign up for our weekly newsletter …", "… on
    NewsRamp: https://…"), whatever its case; a sentence about subscribing stays."""
    lines = ["Ulanga ended 2024 with A$7.9 million in cash.", "",
             "Don't miss out: Sign up to the OreLine newsletter for more critical minerals news",
             "", "Read the full story on NewsRamp: https://www.newsramp.com/x", "",
             "Investors may subscribe for new shares at A$0.20."]
    text = clean_lines(lines, {})
    assert "newsletter" not in text and "NewsRamp" not in text
    assert "A$7.9 million" in text and "subscribe for new shares" in text


@pytest.mark.parametrize("heading", ["Related research", "Related press releases",
                                     "MOST READ THIS WEEK"])
def test_a_broker_s_or_a_ministry_s_list_of_other_notes_is_furniture(heading: str) -> None:
    lines = ["The ministry designated four projects.", "", heading,
             "- Sector note: Tungsten after the export controls (9 December 2024)",
             "- Joint statement on raw materials supply chains", "",
             "The designation was approved in 2025."]
    text = clean_lines(lines, {})
    assert "Tungsten" not in text and "Joint statement" not in text
    assert "four projects" in text and "approved in 2025" in text


def test_a_writer_s_note_and_a_site_s_other_items_are_furniture() -> None:
    """A page's foot: the writer's note ("About the author: …", "Jo Rees is a resources
    reporter based in Perth.", "… He can be reached at …") and a list of the site's or the
    house's other items under "Other news" or "Also from Bellbird Research"; a sentence that
    names a reporter in the story stays."""
    lines = ["Kestrel said output rose.", "",
             "About the author: Jo Rees has covered lithium since 2018. She is based in Perth.",
             "Sam Okoro is a markets reporter in Lagos covering equities and commodities.",
             "Lee Chan covers mining for the Gazette. He can be reached at lee@gazette.example.",
             "", "Other news", "- Geologists found copper in Ontario (07.05.2026)", "",
             "Also from Bellbird Research", "• Manganese primer: From Groote to Gabon", "",
             "The board said a reporter from the Gazette had asked about Perth."]
    text = clean_lines(lines, {})
    for gone in ("Jo Rees", "Lagos", "Lee Chan", "Ontario", "Gabon", "Bellbird"):
        assert gone not in text, gone
    assert "output rose" in text and "asked about Perth" in text


def test_more_from_a_site_or_on_a_topic_heads_a_list_of_other_stories() -> None:
    """"MORE FROM MERIDIAN", "More from Long Reads", "More on rare earths:": a heading over
    the site's other stories drops them; "More about Acme Ltd" heads a profile, and a
    sentence opening "More on" stays."""
    lines = ["Kestrel said output rose.", "",
             "MORE FROM THE HARBOUR WIRE", "- Chile's copper exports climb 9% in May", "",
             "More from Long Reads", "› Inside Zambia's cobalt quota", "",
             "More on tungsten:", "- Vietnam's APT shipments slide", "",
             "More on that question will follow in the annual report.", "",
             "More about Kestrel Metals Ltd", "", "Kestrel Metals is a lithium miner."]
    text = clean_lines(lines, {})
    for gone in ("HARBOUR", "Chile", "Zambia", "Vietnam", "Long Reads"):
        assert gone not in text, gone
    assert "annual report" in text and "Kestrel Metals is a lithium miner" in text


def test_an_about_heading_glued_to_its_paragraph_is_parted() -> None:
    """"About TarrowTarrow Metals is a …": a scrape that glued the heading's name to the
    paragraph opening with it; "About Tarrow Metals" is left alone."""
    assert normalise("Done.\n\nAbout TarrowTarrow Metals is a miner.") == \
        "Done.\n\nAbout Tarrow\n\nTarrow Metals is a miner."
    assert normalise("About Tarrow Metals\n\nTarrow Metals is a miner.") == \
        "About Tarrow Metals\n\nTarrow Metals is a miner."
