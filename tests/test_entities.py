"""Entity extraction and linking on real text: the seed, corpus articles, and the ambiguities
a critical-minerals analyst meets every day."""

from __future__ import annotations

import json

import pytest

from mineralwatch.extract import extract
from mineralwatch.ingest import read_sources
from mineralwatch.models import Article, Extraction


def _article(text: str, title: str = "", published: str = "2025-10-03") -> Article:
    return Article(id="t", text=text, title=title, published=published)


def _ids(extraction: Extraction, kind: str | None = None) -> set[str]:
    return {e.id for e in extraction.entities if kind is None or e.type == kind}


@pytest.fixture(scope="module")
def seed(seed_path) -> Extraction:
    article = next(a for a in read_sources([str(seed_path)]) if isinstance(a, Article))
    return extract(article)


def test_seed_links_every_entity_it_names(seed: Extraction) -> None:
    ids = _ids(seed)
    assert {"country:PK", "country:US", "country:GB", "country:CN"} <= ids
    assert {"place:US-MO", "place:CA-BC", "place:US-OK"} <= ids
    assert {"mineral:antimony", "mineral:copper", "mineral:rare-earths", "mineral:neodymium",
            "mineral:praseodymium", "mineral:dysprosium", "mineral:fluorspar",
            "mineral:silver"} <= ids
    assert {"org:us-strategic-metals", "org:frontier-works-organisation", "org:lithium-corp",
            "org:usa-rare-earth", "org:less-common-metals", "org:us-department-of-energy",
            "org:us-department-of-the-interior"} <= ids
    assert {"NASDAQ:USAR", "OTC:LTUM"} <= ids
    assert {"person:shehbaz-sharif", "person:stacy-w-hastie"} <= ids


def test_seed_entities_carry_listings_roles_and_countries(seed: Extraction) -> None:
    by_id = {e.id: e for e in seed.entities}
    assert "NASDAQ:USAR" in by_id["org:usa-rare-earth"].listings
    assert "OTC:LTUM" in by_id["org:lithium-corp"].listings
    assert by_id["org:us-strategic-metals"].country == "country:US"  # "a Missouri-based company"
    assert by_id["org:less-common-metals"].country == "country:GB"  # "U.K.-based"
    assert by_id["place:US-MO"].country == "country:US"
    hastie = by_id["person:stacy-w-hastie"].attributes
    assert hastie["role"] == "CEO" and hastie["affiliation"] == "org:us-strategic-metals"
    assert by_id["person:shehbaz-sharif"].attributes["role"].startswith("Prime Minister")


def test_acronym_definition_links_later_mentions(seed: Extraction) -> None:
    ussm = next(e for e in seed.entities if e.id == "org:us-strategic-metals")
    assert sum(m.text == "USSM" for m in ussm.mentions) >= 3


def test_no_mineral_from_a_company_name(seed: Extraction) -> None:
    """"Lithium Corp" and "USA Rare Earth" are companies, not mentions of the minerals."""
    text = seed.article.text
    lithium_corp = text.index("Lithium Corp")
    minerals = [m for e in seed.entities if e.type == "mineral" for m in e.mentions
                if m.field == "text"]
    assert "mineral:lithium" not in _ids(seed)
    assert not any(m.start <= lithium_corp < m.end for m in minerals)
    usa_rare_earth = text.index("USA Rare Earth")
    assert not any(m.start <= usa_rare_earth + 5 < m.end for m in minerals)


def test_offsets_point_at_the_mention(seed: Extraction) -> None:
    for entity in seed.entities:
        for mention in entity.mentions:
            source = seed.article.text if mention.field == "text" else seed.article.title
            assert source[mention.start:mention.end] == mention.text


def test_title_mentions_make_the_article_about_rare_earths(seed: Extraction) -> None:
    assert seed.minerals[0] == "mineral:rare-earths"


def test_ndpr_resolves_to_both_members() -> None:
    x = extract(_article("Energy Fuels produced 29 tonnes of separated NdPr oxide in the quarter."))
    assert {"mineral:neodymium", "mineral:praseodymium"} <= _ids(x, "mineral")


@pytest.mark.parametrize("sentence, mineral", [
    ("The strike could lead to a shortage of cathodes.", "mineral:lead"),
    ("It was a gold standard for the industry.", "mineral:gold"),
    ("The silver lining for miners is a weaker currency.", "mineral:silver"),
    ("Cardholders get a platinum card with the account.", "mineral:platinum"),
    ("The bank wanted a copper-bottomed guarantee.", "mineral:copper"),
    ("Officials will iron out the details next week.", "mineral:iron-and-steel"),
    ("The US$63 million deal closed in lithium-ion battery week.", "mineral:lithium"),
])
def test_common_words_are_not_minerals(sentence: str, mineral: str) -> None:
    assert mineral not in _ids(extract(_article(sentence)))


@pytest.mark.parametrize("sentence, mineral", [
    ("Lead prices rose 2% on the LME as zinc stocks fell.", "mineral:lead"),
    ("The smelter produces copper, lead and zinc concentrates.", "mineral:lead"),
    ("Tin output from Myanmar fell sharply.", "mineral:tin"),
    ("The company shipped 12,000 tonnes of iron ore to China.", "mineral:iron-ore"),
    ("Gold and silver rallied as the dollar weakened.", "mineral:silver"),
])
def test_ambiguous_words_count_with_mining_context(sentence: str, mineral: str) -> None:
    assert mineral in _ids(extract(_article(sentence)))


def test_ores_and_products_resolve_to_their_commodity() -> None:
    x = extract(_article(
        "The plant converts spodumene into lithium hydroxide, and a second line treats "
        "monazite and bastnäsite; the mine also ships fluorite, scheelite and ilmenite."))
    assert {"mineral:lithium", "mineral:rare-earths", "mineral:fluorspar", "mineral:tungsten",
            "mineral:titanium"} <= _ids(x, "mineral")


@pytest.mark.parametrize("sentence, country", [
    ("The U.S. and the U.K. signed the pact.", "country:GB"),
    ("Pakistani officials welcomed the deal.", "country:PK"),
    ("Chinese refiners cut output.", "country:CN"),
    ("Cobalt exports from the DRC were suspended.", "country:CD"),
    ("Congo (Kinshasa) produced most of the world's cobalt.", "country:CD"),
    ("A U.K.-based refiner bought the plant.", "country:GB"),
])
def test_country_aliases_and_demonyms(sentence: str, country: str) -> None:
    assert country in _ids(extract(_article(sentence)))


def test_us_the_pronoun_is_not_a_country() -> None:
    x = extract(_article("Tell us what you think about the outlook for the sector."))
    assert "country:US" not in _ids(x)


def test_places_link_to_their_country() -> None:
    x = extract(_article("Iluka is building the refinery at Eneabba in Western Australia, "
                         "while a Missouri-based firm eyes British Columbia."))
    places = {e.id: e for e in x.entities if e.type == "place"}
    assert set(places) == {"place:AU-WA", "place:US-MO", "place:CA-BC"}
    assert places["place:AU-WA"].country == "country:AU"
    assert "country:AU" not in _ids(x)  # "Western Australia" is the state, not the country


@pytest.mark.parametrize("written, listing", [
    ("Lynas Rare Earths (ASX: LYC) rose.", "ASX:LYC"),
    ("MP Materials (NYSE: MP) said on Monday.", "NYSE:MP"),
    ("Graphite One (TSX-V: GPH) won a grant.", "TSXV:GPH"),
    ("Lithium Corp (OTCQB:LTUM) jumped.", "OTC:LTUM"),
])
def test_listings_in_their_common_spellings(written: str, listing: str) -> None:
    assert listing in _ids(extract(_article(written)))


def test_discovered_organisation_keeps_its_listing() -> None:
    x = extract(_article("Kestrel Minerals Ltd (ASX: KZZ) said drilling hit nickel sulphides. "
                         "Kestrel Minerals plans more holes."))
    org = next(e for e in x.entities if e.type == "organization")
    assert org.id == "org:kestrel-minerals" and org.listings == ["ASX:KZZ"]
    assert len(org.mentions) == 2


def test_corpus_lexis_article_people_and_organisations(corpus_records, tmp_path) -> None:
    record = corpus_records["cmn-001-2cfaabcdd3"]  # AFR on Iluka's refinery funding talks
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    article = next(a for a in read_sources([str(path)]))
    x = extract(article)
    assert {"org:iluka-resources", "org:export-finance-australia", "place:AU-WA",
            "mineral:rare-earths", "country:AU"} <= _ids(x)
    assert "person:tom-o-leary" in _ids(x, "person")

