"""Scoring the extractor against the hand-annotated gold set (format: tests/gold/README.md).

Entities are compared per article as sets of canonical ids (organisation ids with their legal
suffixes dropped and initials closed up); events match on type and core roles; values on type
and normalised content.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from mineralwatch.models import Article, Entity, Event, Evidence, Extraction, Value

# A predicted event matches a gold event when, for each group of core roles the gold event
# fills, the two share a value in at least one role of the group.
CORE_ROLES: dict[str, list[tuple[str, ...]]] = {
    "shipment": [("commodity",), ("origin", "destination")],
    "agreement": [("party",)],
    "investment": [("recipient",)],
    "acquisition": [("acquirer",), ("target",)],
    "facility": [("owner", "location")],
    "policy": [("authority",), ("commodity",)],
    "discovery": [("company", "location"), ("commodity",)],
    "production": [("producer", "location"), ("commodity",)],
    "market_move": [("subject",)],
}
# Part of the metric, pinned here rather than read from the extractor's tunable cues: the
# words a literal filler ("a 100% interest in the Genie Project") may hold or drop without
# naming another asset. (Minerals' names are dropped too, read from the vocabulary that
# defines the mineral ids: see ``_mineral_words``.)
_FILLER_WORDS = frozenset({"", "a", "an", "the", "of", "and", "in", "its", "interest",
                           "interests", "mining", "mineral", "project", "projects", "mine",
                           "mines", "property", "properties", "claims", "claim", "deposit",
                           "deposits", "prospect", "tailings", "joint", "venture", "company",
                           "plant", "operation", "operations", "licence", "license",
                           "concession", "concessions", "asset", "assets"})


@cache
def _mineral_words() -> frozenset[str]:
    """One-word names of minerals: "the Wiluna gallium project" is the asset "Wiluna"."""
    from mineralwatch.extract.vocabulary import mineral_terms

    return frozenset(term for term in mineral_terms() if term.isalpha())


class GoldError(ValueError):
    """A gold file that cannot be read: names the file and line."""


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(slots=True)
class Report:
    articles: int = 0
    entities: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    events: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    values: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    errors: list[dict[str, Any]] = field(default_factory=list)  # per-article misses, for tuning

    @staticmethod
    def total(scores: dict[str, Score]) -> Score:
        overall = Score()
        for score in scores.values():
            overall.add(score)
        return overall

    def as_dict(self) -> dict[str, Any]:
        def table(scores: dict[str, Score]) -> dict[str, Any]:
            rows = {k: _row(v) for k, v in sorted(scores.items())}
            rows["overall"] = _row(self.total(scores))
            return rows

        return {"articles": self.articles, "entities": table(self.entities),
                "events": table(self.events), "values": table(self.values)}


def _row(score: Score) -> dict[str, Any]:
    return {"precision": round(score.precision, 4), "recall": round(score.recall, 4),
            "f1": round(score.f1, 4), "tp": score.tp, "fp": score.fp, "fn": score.fn}


def load_gold(paths: Iterable[Path]) -> list[dict[str, Any]]:
    records = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldError(f"{path}:{number}: not JSON: {exc.msg}") from None
                if "article_id" not in record:
                    raise GoldError(f"{path}:{number}: missing field 'article_id'")
                records.append(record)
    return records


def gold_files(directory: Path, split: str | None = None) -> list[Path]:
    pattern = f"{split}-*.jsonl" if split else "*.jsonl"
    return sorted(directory.glob(pattern))


def entity_key(entity_id: str) -> str:
    """Comparable form of an id: organisations without "and" (a slug drops the "&" that an
    annotator may spell out: "org:chhota-nagpur-vanadium-alloys" for "Chhota Nagpur Vanadium &
    Alloys" is "org:chhota-nagpur-vanadium-and-alloys") nor their legal-form suffix ("Samuel
    Montagu and Co" is Samuel Montagu), and with initials closed up ("org:j-b-were-and-son" is
    "org:jb-were-son", as "J.B. Were" and "JB Were" are one firm)."""
    if not entity_id.startswith("org:"):
        return entity_id
    tokens = [t for t in entity_id.removeprefix("org:").split("-") if t != "and"] or ["and"]
    suffixes, prefixes = _legal_slugs()
    while len(tokens) > 1 and tokens[-1] in suffixes:
        tokens.pop()
    while len(tokens) > 1 and tokens[0] in prefixes:
        tokens.pop(0)  # "org:pt-vale-indonesia" is "org:vale-indonesia"
    # "org:india-ministry-of-mines" is "org:ministry-of-mines", so is
    # "org:quebec-ministry-of-mines"; "org:ghana-minerals-commission" is
    # "org:minerals-commission": a state's name, then a body's head within a few words
    state = next((k for k in range(min(len(tokens) - 1, 5), 0, -1)
                  if "-".join(tokens[:k]) in _state_slugs()
                  and any(t in _government_heads() for t in tokens[k:k + _HEAD_REACH])), 0)
    tokens = tokens[state:]
    if len(tokens) > 1 and tokens[-1] in _NAMED_FIRST_HEADS and "of" not in tokens:
        tokens = [tokens[-1], "of", *tokens[:-1]]  # "org:finance-ministry" is "ministry-of-finance"
    return "org:" + re.sub(r"\b([a-z])-(?=[a-z]\b)", r"\1", "-".join(tokens))


# Heads of a state's bodies besides its ministries and departments (the extractor's
# ``government_heads``), whose ids the annotators write with or without the state's name
# before them as well: "Ghana's Minerals Commission", "Brazil's National Mining Agency".
_STATE_BODY_HEADS = frozenset({"commission", "agency", "authority", "council", "board", "office",
                               "court", "treasury", "service", "directorate", "secretariat",
                               "inspectorate", "administration", "bureau", "cabinet"})


_HEAD_REACH = 3  # words of a body's name after the state's, its head among them

# Heads the extractor writes before the portfolio ("Ministry of Finance") however the text
# orders them, as annotators write "Finance Ministry" and "Ministry of Finance" about as often.
_NAMED_FIRST_HEADS = frozenset({"ministry", "department"})


@cache
def _government_heads() -> frozenset[str]:
    """"ministry", "department", "commission": heads of a state's bodies, whose ids the
    annotators and the extractor write with or without the state's name before them."""
    from mineralwatch.extract.organisations import cues

    return frozenset(head.lower() for head in cues().government_heads) | _STATE_BODY_HEADS


@cache
def _state_slugs() -> frozenset[str]:
    """Every name, alias and demonym of a country, and the name of every first-level
    subdivision, as id tokens ("india", "south-korea", "korea", "chinese", "quebec")."""
    from mineralwatch.extract.geo import country_forms, place_names
    from mineralwatch.extract.text import slugify

    return frozenset(slugify(form) for form in [*country_forms(), *place_names().values()])


@cache
def _legal_slugs() -> tuple[frozenset[str], frozenset[str]]:
    """The legal forms of organisation_cues.toml written after a name ("Ltd", "Corp.") and
    before it ("PT"), as id tokens."""
    from mineralwatch.extract.organisations import cues
    from mineralwatch.extract.text import slugify

    return (frozenset(slugify(word) for word in cues().legal),
            frozenset(slugify(word) for word in cues().legal_prefixes))


_DEFINED_ACRONYM = re.compile(r"(.+?)\s*\(([^()]+)\)")


def canonical_gold_id(entity: dict[str, Any]) -> str:
    """The registry's id for an organisation the annotator named by its own slug, the
    vocabulary's for a mineral named by another of its names, and a listing's exchange by its
    code.

    Annotators wrote ids without the registry ("org:citi", "org:ge"); the registry calls the
    same organisations org:citigroup and org:general-electric. Looking the annotated name or
    slug up among the registry's names and aliases is what linking means, so it is done here
    rather than by editing the gold files.
    """
    from mineralwatch.extract.organisations import link_exact
    from mineralwatch.extract.text import slugify

    ident = entity["id"]
    if entity.get("type") == "organization":
        name = entity.get("name") or ""
        # "Chilean Copper Commission (Cochilco)": the name written with the acronym it defines
        defined = _DEFINED_ACRONYM.fullmatch(name)
        full, acronym = (defined[1], defined[2]) if defined else (name, "")
        for form in (name, full, acronym, ident.removeprefix("org:").replace("-", " ")):
            linked = link_exact(form) if form else None
            if linked:
                return linked
        if acronym and ident == f"org:{slugify(acronym)}":
            # an organisation no registry holds, that the annotator named by the acronym and
            # the extractor, like any organisation it discovers, by the name in full
            return f"org:{slugify(full)}"
    if entity.get("type") == "listing":
        # "B3:EJAM3" is the extractor's BVMF:EJAM3: an exchange by another of its spellings
        exchange, colon, symbol = ident.partition(":")
        code = _exchange_codes().get(exchange.lower())
        return f"{code}:{symbol}" if colon and code else ident
    if entity.get("type") == "mineral" and ident not in _mineral_ids():
        # "mineral:aluminium" is the vocabulary's aluminum: its id by one of its names
        return _mineral_by_name().get(ident.removeprefix("mineral:").replace("-", " "), ident)
    return ident


@cache
def _exchange_codes() -> dict[str, str]:
    """Each exchange's code, spellings and city, lower-cased, to its code (the listings'
    table of exchanges.toml)."""
    from mineralwatch.extract.vocabulary import load_exchanges

    return {spelling.lower(): code for spelling, code in load_exchanges().items()}


@cache
def _mineral_ids() -> frozenset[str]:
    from mineralwatch.extract.vocabulary import load_minerals

    return frozenset(m.id for m in load_minerals())


@cache
def _mineral_by_name() -> dict[str, str]:
    """Each lower-cased name of one mineral of the vocabulary ("aluminium") → its id."""
    from mineralwatch.extract.vocabulary import mineral_forms

    return {form.lower(): ids[0] for form, ids in mineral_forms() if len(ids) == 1}


def evaluate(gold: list[dict[str, Any]], articles: dict[str, Article],
             extractor: Callable[[Article], Extraction]) -> Report:
    """Run ``extractor`` over the gold articles and score it."""
    report = Report()
    for record in gold:
        article = articles.get(record["article_id"])
        if article is None:
            raise GoldError(f"article {record['article_id']} is not in the corpus")
        extraction = extractor(article)
        report.articles += 1
        _score_entities(record, extraction, report)
        _score_events(record, extraction, report)
        _score_values(record, extraction, report)
    return report


def as_extraction(record: dict[str, Any], article: Article) -> Extraction:
    """A second annotator's record of ``article`` in the extractor's shape, so that
    ``evaluate`` scores one annotator against another with the extractor's metric: the
    inter-annotator agreement that bounds what an extractor can be measured to reach."""
    entities = [Entity(id=canonical_gold_id(e), type=e["type"], name=e.get("name", ""))
                for e in record.get("entities", [])]
    named = _entities_by_id(record)
    events = [Event(type=e["type"], kind=e.get("kind") or "",
                    arguments=_canonical_arguments(e, named),
                    evidence=Evidence("", 0, 0), extractor="annotator", confidence=1.0,
                    modality=e.get("modality") or "asserted")
              for e in record.get("events", [])]
    values = [Value(type=v["type"], start=0, end=0, text=v.get("text_hint", ""),
                    amount=v.get("amount", v.get("percent")), currency=v.get("currency"),
                    date=v.get("date"), precision=v.get("precision"))
              for v in record.get("values", []) if v.get("type") in ("money", "percent", "date")]
    return Extraction(article=article, entities=entities, events=events, values=values)


def _score_entities(record: dict[str, Any], extraction: Extraction, report: Report) -> None:
    gold = {(e["type"], entity_key(canonical_gold_id(e))) for e in record.get("entities", [])}
    predicted = {(e.type, entity_key(e.id)) for e in extraction.entities}
    for kind in {t for t, _ in gold | predicted}:
        g = {i for t, i in gold if t == kind}
        p = {i for t, i in predicted if t == kind}
        score = report.entities[kind]
        score.tp += len(g & p)
        score.fp += len(p - g)
        score.fn += len(g - p)
        if g != p:
            report.errors.append({"article": record["article_id"], "kind": "entity",
                                  "type": kind, "missed": sorted(g - p),
                                  "spurious": sorted(p - g)})


def _entities_by_id(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in record.get("entities", [])}


def _canonical_arguments(event: dict[str, Any],
                         named: dict[str, dict[str, Any]]) -> dict[str, list[Any]]:
    """A gold event's role values, organisations and minerals named by their vocabulary's
    ids: looked up as the record's entity of that id is (``named``: by its name too)."""
    kinds = {"org:": "organization", "mineral:": "mineral"}
    return {role: [canonical_gold_id(named.get(v) or {"id": v,
                                                      "type": kinds[v.split(":")[0] + ":"]})
                   if isinstance(v, str) and v.startswith(("org:", "mineral:")) else v
                   for v in values]
            for role, values in event.get("arguments", {}).items()}


def _wanted(gold: dict[str, Any],
            named: dict[str, dict[str, Any]]) -> list[tuple[tuple[str, ...], set]]:
    """Per core role group the gold event fills: the group and its values, comparable."""
    arguments = _canonical_arguments(gold, named)
    groups = [(group, {_role_key(v) for role in group for v in arguments.get(role, [])})
              for group in CORE_ROLES.get(gold["type"], [])]
    return [(group, wanted) for group, wanted in groups if wanted]


def _event_matches(wanted: list[tuple[tuple[str, ...], set]],
                   predicted: dict[str, list[str]]) -> bool:
    """Whether predicted arguments fill every core role group the gold event fills
    (``wanted``: see ``_wanted``)."""
    for group, values in wanted:
        have = {_role_key(v) for role in group for v in predicted.get(role, [])}
        if not any(_same_filler(w, h) for w in values for h in have):
            return False
    return True


def _role_key(value: Any) -> str | tuple[str, frozenset[str]]:
    """An id in comparable form; a literal filler ("the Last Chance Project") as its text
    and its content words, so that accents, case and the words that only say what kind of
    asset it is do not make two annotations of one asset differ."""
    text = str(value)
    if _is_id(text):
        return entity_key(text)
    from mineralwatch.extract.text import slugify

    return text.lower(), frozenset(slugify(text).split("-")) - _FILLER_WORDS - _mineral_words()


def _is_id(text: str) -> bool:
    prefix, colon, rest = text.partition(":")
    return bool(colon and rest and " " not in prefix)


def _same_filler(gold: str | tuple[str, frozenset[str]],
                 predicted: str | tuple[str, frozenset[str]]) -> bool:
    """Ids match when equal; literals when equal as written or in their content words
    ("Trojarová", "the Trojarova Project"; not "Genie" and "Genie North Lake Project")."""
    if isinstance(gold, str) or isinstance(predicted, str):
        return gold == predicted
    return gold[0] == predicted[0] or (bool(gold[1]) and gold[1] == predicted[1])


def _score_events(record: dict[str, Any], extraction: Extraction, report: Report) -> None:
    gold_events = [e for e in record.get("events", []) if e.get("modality") != "denied"]
    predicted = [e for e in extraction.events if e.modality != "denied"]
    named = _entities_by_id(record)
    wanted = [_wanted(gold, named) for gold in gold_events]  # once per gold event, not per pair
    candidates = [[i for i, p in enumerate(predicted)
                   if p.type == gold["type"] and _event_matches(want, p.arguments)]
                  for gold, want in zip(gold_events, wanted, strict=True)]
    pairs = _most_pairs(candidates)
    for g, gold in enumerate(gold_events):
        kind = gold["type"]
        if g in pairs:
            report.events[kind].tp += 1
        else:
            report.events[kind].fn += 1
            report.errors.append({"article": record["article_id"], "kind": "event-missed",
                                  "event": {k: gold.get(k) for k in ("type", "kind",
                                                                     "arguments")}})
    used = set(pairs.values())
    for i, event in enumerate(predicted):
        if i not in used:
            report.events[event.type].fp += 1
            report.errors.append({"article": record["article_id"], "kind": "event-spurious",
                                  "event": {"type": event.type, "kind": event.kind,
                                            "arguments": event.arguments,
                                            "evidence": event.evidence.text[:160]}})


def _most_pairs(candidates: list[list[int]]) -> dict[int, int]:
    """Gold index → predicted index, each used once, pairing as many as possible.

    A first-come pairing can give a predicted event to the wrong one of two similar gold
    events and leave the other unmatched; augmenting paths (Kuhn's algorithm) find the
    largest pairing, so the score does not depend on the order events are listed in.
    """
    owner: dict[int, int] = {}  # predicted → gold

    def augment(g: int, seen: set[int]) -> bool:
        for p in candidates[g]:
            if p not in seen:
                seen.add(p)
                if p not in owner or augment(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    for g in range(len(candidates)):
        augment(g, set())
    return {g: p for p, g in owner.items()}


def _value_key(value: dict[str, Any]) -> tuple | None:
    kind = value.get("type")
    if kind == "money" and value.get("amount") is not None:
        return ("money", round(float(value["amount"]), 2), value.get("currency"))
    if kind == "percent":
        amount = value.get("percent", value.get("amount"))
        # to hundredths, as annotators write a fraction's figure ("66⅔%" is 66.67)
        return ("percent", round(float(amount), 2)) if amount is not None else None
    if kind == "date" and value.get("date"):
        return ("date", value["date"], value.get("precision"))
    return None


def _score_values(record: dict[str, Any], extraction: Extraction, report: Report) -> None:
    gold = {k for k in map(_value_key, record.get("values", [])) if k}
    predicted = {k for k in (_value_key(v.to_dict()) for v in extraction.values) if k}
    for kind in ("money", "percent", "date"):
        g = {k for k in gold if k[0] == kind}
        p = {k for k in predicted if k[0] == kind}
        score = report.values[kind]
        score.tp += len(g & p)
        # Values the annotators skipped are not errors: only gold values are scored, so
        # precision here is over predictions whose text the gold also normalised.
        score.fn += len(g - p)
        if g - p:
            report.errors.append({"article": record["article_id"], "kind": "value",
                                  "missed": sorted(map(str, g - p))})
