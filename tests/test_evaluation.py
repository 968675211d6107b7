"""The evaluation's metric itself: one annotation scored against another (``eval --against``)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mineralwatch.cli import app
from mineralwatch.evaluation import (
    Report,
    as_extraction,
    canonical_gold_id,
    entity_key,
    evaluate,
    gold_files,
    load_gold,
)
from mineralwatch.ingest import read_sources
from mineralwatch.models import Article

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="module")
def dev_gold() -> list[dict]:
    return load_gold(gold_files(GOLD, "dev"))[:6]


@pytest.fixture(scope="module")
def articles(corpus_path, dev_gold) -> dict[str, Article]:
    wanted = {r["article_id"] for r in dev_gold}
    return {a.id: a for a in read_sources([str(corpus_path)])
            if isinstance(a, Article) and a.id in wanted}


def _agreement(gold: list[dict], second: list[dict], articles: dict[str, Article]) -> Report:
    by_id = {r["article_id"]: r for r in second}
    return evaluate(gold, articles, lambda a: as_extraction(by_id[a.id], a))


def test_an_annotation_agrees_fully_with_itself(dev_gold, articles) -> None:
    report = _agreement(dev_gold, dev_gold, articles)
    for scores in (report.entities, report.events):
        assert Report.total(scores).f1 == 1.0
    assert Report.total(report.values).recall == 1.0
    assert not report.errors


def test_a_missing_event_or_entity_costs_recall_only(dev_gold, articles) -> None:
    second = copy.deepcopy(dev_gold)
    record = next(r for r in second if r["events"])
    dropped = record["events"].pop(0)
    record["entities"].pop(0)
    report = _agreement(dev_gold, second, articles)
    events = Report.total(report.events)
    assert (events.fn, events.fp) == (1, 0)
    assert Report.total(report.entities).fn == 1
    assert any(e["kind"] == "event-missed" and e["event"]["type"] == dropped["type"]
               for e in report.errors)


def test_organisations_match_through_the_registry(dev_gold, articles) -> None:
    """Annotators slug names their own way; "Lynas" and "Lynas Rare Earths Ltd" are one id."""
    gold = [{"article_id": dev_gold[0]["article_id"], "entities": [
        {"id": "org:lynas-rare-earths", "type": "organization", "name": "Lynas Rare Earths"}]}]
    second = [{"article_id": dev_gold[0]["article_id"], "entities": [
        {"id": "org:lynas", "type": "organization", "name": "Lynas"}]}]
    assert Report.total(_agreement(gold, second, articles).entities).f1 == 1.0


def test_an_organisation_annotated_with_the_acronym_it_defines(dev_gold, articles) -> None:
    """"Chilean Copper Commission (Cochilco)" as org:cochilco is the registry's organisation;
    one no registry holds is the extractor's id for the name in full; an event's filler is
    looked up as its entity is; "B3:EJAM3" is BVMF:EJAM3."""
    def org(ident: str, name: str) -> dict:
        return {"id": ident, "type": "organization", "name": name}

    assert canonical_gold_id(org("org:cochilco", "Chilean Copper Commission (Cochilco)")) == \
        "org:cochilco"
    assert canonical_gold_id(org("org:sernageomin",
                                 "National Geology and Mining Service (Sernageomin)")) == \
        "org:national-geology-and-mining-service"
    assert canonical_gold_id(org("org:abc", "Abc Mining (Pty)")) == "org:abc"
    # a listing's exchange by another of its spellings, and an unknown one as written
    assert canonical_gold_id({"id": "B3:EJAM3", "type": "listing"}) == "BVMF:EJAM3"
    assert canonical_gold_id({"id": "XYZ:ABC", "type": "listing"}) == "XYZ:ABC"
    article = dev_gold[0]["article_id"]
    event = {"type": "investment", "kind": "grant", "arguments": {"recipient": ["org:sgm"]}}
    gold = [{"article_id": article, "events": [event],
             "entities": [org("org:sgm", "National Geology and Mining Service (SGM)")]}]
    second = [{"article_id": article, "events": [{
        **event, "arguments": {"recipient": ["org:national-geology-and-mining-service"]}}]}]
    assert Report.total(_agreement(gold, second, articles).events).f1 == 1.0


def test_eval_against_a_second_annotation(tmp_path, dev_gold, corpus_path) -> None:
    second = tmp_path / "second.jsonl"
    second.write_text("".join(json.dumps(r) + "\n" for r in dev_gold[:2]), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(GOLD), "--split", "dev", "--corpus",
                                      str(corpus_path), "--against", str(second),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["articles"] == 2
    assert report["events"]["overall"]["f1"] == 1.0


def test_eval_against_unrelated_annotations_is_an_error(tmp_path, corpus_path) -> None:
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"article_id": "no-such-article"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(GOLD), "--corpus", str(corpus_path),
                                      "--against", str(second)])
    assert result.exit_code == 2
    assert "annotates none of the gold articles" in result.output


def test_events_pair_up_as_many_as_possible(dev_gold, articles) -> None:
    """A predicted event fitting two gold events goes where it leaves the other one a match."""
    def policy(*minerals: str) -> dict:
        return {"type": "policy", "kind": "export_ban",
                "arguments": {"authority": ["country:CN"], "commodity": list(minerals)}}

    article_id = dev_gold[0]["article_id"]
    gold = [{"article_id": article_id,
             "events": [policy("mineral:gallium"), policy("mineral:germanium")]}]
    second = [{"article_id": article_id,
               "events": [policy("mineral:gallium", "mineral:germanium"),
                          policy("mineral:gallium")]}]
    events = Report.total(_agreement(gold, second, articles).events)
    assert (events.tp, events.fp, events.fn) == (2, 0, 0)


def test_eval_against_a_missing_file_is_an_error(tmp_path, corpus_path) -> None:
    result = CliRunner().invoke(app, ["eval", str(GOLD), "--corpus", str(corpus_path),
                                      "--against", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2 and "no such annotation file" in result.output


def test_literal_fillers_match_on_their_content_words(dev_gold, articles) -> None:
    """"Trojarová", "the Trojarova Project", "the Trojarová antimony project" and "the
    Trojarová joint venture" name one asset; "Last Chance" and "Trojarová North Zone" do
    not."""
    def acquisition(target: str) -> dict:
        return {"type": "acquisition", "kind": "takeover",
                "arguments": {"acquirer": ["org:military-metals"], "target": [target]}}

    article_id = dev_gold[0]["article_id"]
    gold = [{"article_id": article_id, "events": [acquisition("Trojarová")]}]
    for written, matches in (("the Trojarova Project", True), ("TROJAROVA", True),
                             ("the Trojarová antimony project", True),
                             ("the Trojarová tin-lithium tailings project", True),
                             ("the Trojarová joint venture company", True),
                             ("Last Chance", False), ("Project", False),
                             ("Trojarová North Zone", False)):
        second = [{"article_id": article_id, "events": [acquisition(written)]}]
        events = Report.total(_agreement(gold, second, articles).events)
        assert (events.tp == 1) is matches, written


def test_a_literal_of_asset_words_only_matches_itself(dev_gold, articles) -> None:
    """"the Project" has no content words left: it matches as written, not everything."""
    def acquisition(target: str) -> dict:
        return {"type": "acquisition", "arguments": {"acquirer": ["org:a"], "target": [target]}}

    article_id = dev_gold[0]["article_id"]
    gold = [{"article_id": article_id, "events": [acquisition("the Project")]}]
    for written, matches in (("the Project", True), ("the Mine", False)):
        second = [{"article_id": article_id, "events": [acquisition(written)]}]
        events = Report.total(_agreement(gold, second, articles).events)
        assert (events.tp == 1) is matches, written


@pytest.mark.parametrize("second", sorted((GOLD / "agreement").glob("*.jsonl")),
                         ids=lambda p: p.name)
def test_each_second_annotation_annotates_gold_articles(second: Path) -> None:
    """A second annotation reads like the gold, annotates only articles the gold annotates and
    gives each its entities, events and values, so ``--against`` compares like with like."""
    gold = {r["article_id"] for r in load_gold(gold_files(GOLD))}
    records = load_gold([second])
    assert records and {r["article_id"] for r in records} <= gold
    for record in records:
        assert record["entities"] and {"events", "values"} <= record.keys(), record["article_id"]


def test_organisation_ids_compare_without_legal_suffix_or_dotted_initials() -> None:
    """"J.B. Were and Son" annotated as org:j-b-were-and-son is the extractor's
    org:jb-were-and-son; legal forms drop; other ids are left alone."""
    assert entity_key("org:j-b-were-and-son") == entity_key("org:jb-were-and-son")
    assert entity_key("org:iluka-resources-limited") == "org:iluka-resources"
    assert entity_key("org:pt-tambang-timah") == "org:tambang-timah"  # a legal form before it
    # a mineral the annotator named by another of its names
    assert canonical_gold_id({"id": "mineral:aluminium", "type": "mineral"}) == \
        "mineral:aluminum"
    # a state's or a province's ministry with or without its name (annotators write both)
    assert entity_key("org:india-ministry-of-mines") == entity_key("org:ministry-of-mines")
    assert entity_key("org:quebec-ministry-of-natural-resources-and-forests") == \
        entity_key("org:ministry-of-natural-resources-and-forests")
    assert entity_key("org:korea-ministry-of-trade-industry-and-energy") == \
        "org:ministry-of-trade-industry-energy"
    # and another of a state's bodies, its head after the words of its name
    assert entity_key("org:ghana-minerals-commission") == "org:minerals-commission"
    assert entity_key("org:brazil-national-mining-agency") == "org:national-mining-agency"
    assert entity_key("org:china-northern-rare-earth") == "org:china-northern-rare-earth"
    assert entity_key("org:democratic-republic-of-congo-ministry-of-mines") == \
        "org:ministry-of-mines"  # a state's name of four words
    # "&" dropped by a slug, spelled out by an annotator
    assert entity_key("org:chhota-nagpur-vanadium-alloys") == \
        entity_key("org:chhota-nagpur-vanadium-and-alloys")
    assert entity_key("org:samuel-montagu-and") == entity_key("org:samuel-montagu-and-co") \
        == "org:samuel-montagu"
    assert entity_key("org:x-ray-minerals") == "org:x-ray-minerals"
    # a ministry named by its portfolio first, as the extractor names it by its head first
    assert entity_key("org:belgian-finance-ministry") == "org:ministry-of-finance"
    assert entity_key("org:trade-and-industry-ministry") == \
        entity_key("org:ministry-of-trade-and-industry")
    assert entity_key("org:us-commerce-department") == "org:department-of-commerce"
    assert entity_key("person:j-b-smith") == "person:j-b-smith"


def test_a_percentage_matches_the_gold_s_hundredths(dev_gold, articles) -> None:
    """"66⅔%" reads as 66.666…; the annotator writes 66.67 (syn-34)."""
    gold = copy.deepcopy(dev_gold[:1])
    gold[0]["values"] = [{"type": "percent", "percent": 66.67}]
    second = copy.deepcopy(gold)
    second[0]["values"] = [{"type": "percent", "percent": 200 / 3}]
    assert Report.total(_agreement(gold, second, articles).values).recall == 1.0
    second[0]["values"] = [{"type": "percent", "percent": 66.6}]
    assert Report.total(_agreement(gold, second, articles).values).recall == 0.0
