"""Events of taxonomy v1 from trigger words and the linked entities around them.

For each sentence, triggers from ``data/events.toml`` propose events; the entities of the
sentence fill roles by where they stand (subject before the trigger, object after it, or after
a cue word: "from Pakistan", "to the United States", "between A and B", "giving Iluka a loan"),
and the sentence's values give the date, money, percentages and quantities. "Its", "the
company" point back to an organisation named earlier; "the government", "the Albanese
government", "Canberra" name a state acting, resolved here (they are no country mentions for
the entity extractor). The title is read as one more sentence, its evidence marked
``field="title"``. Mentions of one real-world event across sentences and the headline ("the
shipment", "the deal") merge into one event that keeps every evidence.

All vocabulary (triggers, role cues, modality, stages, boilerplate) lives in the TOML file; this
module only says how the pieces combine.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.extract.gazetteer import Gazetteer, Hit
from mineralwatch.extract.text import Sentence
from mineralwatch.extract.values import find_values
from mineralwatch.extract.vocabulary import load_organisations
from mineralwatch.models import Event, Evidence, Value

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being", "be", "is", "are"})
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\s*$",
                      re.IGNORECASE)
# When mentions of one event differ, a denial stands, then a plain statement of fact.
_MODALITY_RANK = ("denied", "asserted", "planned", "rumoured")
# Modality cues are read this many characters before the trigger ("will acquire", "denied
# reports that it would acquire") and after it ("is expected to close"); not in the trigger.
_MODALITY_BEFORE = 80
_MODALITY_AFTER = 25
# Keys of a role table that are settings, not cue words (see the TOML's [roles] comment).
_SETTINGS = frozenset({"core", "required", "required_without_money", "min_count", "anywhere",
                       "values", "subject_verbs", "distinct", "kinds", "frames", "modifier",
                       "split", "split_words", "government_only", "needs_values",
                       "min_count_unless"})


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    kind: str
    confidence: float
    requires: frozenset[str]  # words of which one must be in the sentence
    requires_phrases: tuple[str, ...] = ()  # or one of these strings ("per cent", "%")
    sign: int = 1  # -1 for the words of a fall: a change_pct read next to them is negated
    frame: str = ""  # "noun": "Iluka secured a loan" (the subject receives), see the TOML
    near: int = 0  # characters either side within which a required word must stand; 0: anywhere


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: Gazetteer[tuple[Trigger, ...]]
    roles: dict[tuple[str, str, str], dict[str, Any]]  # (type, kind, frame) → role table
    prepositions: frozenset[str]
    asides: tuple[str, ...]
    skip_words: frozenset[str]
    skip_suffixes: tuple[str, ...]
    modality: dict[str, re.Pattern[str]]
    modality_after: dict[str, re.Pattern[str]]
    modality_factor: dict[str, float]
    negation: frozenset[str]
    set_roles: frozenset[str]
    loose_roles: frozenset[str]
    negated_types: frozenset[str]
    generic_kinds: frozenset[str]
    kin_kinds: tuple[frozenset[str], ...]
    stages: Gazetteer[str]
    anaphora: re.Pattern[str]
    restatement: re.Pattern[str]
    new_event: frozenset[str]
    definite: frozenset[str]
    boilerplate: Gazetteer[bool]
    commodity_fallback: frozenset[str]
    org_fallback: dict[str, str]
    actor_fallback: dict[str, str]
    literal_roles: dict[str, str]
    literal_lead: frozenset[str]
    possessives: frozenset[str]
    asset_nouns: frozenset[str]
    not_names: frozenset[str]
    confidence: dict[str, float]
    core: dict[str, list[str]]  # type → its core roles
    government_orgs: frozenset[str]
    bystanders: frozenset[str]
    bystander_roles: frozenset[str]
    same_kind: frozenset[str]
    purposes: frozenset[str]
    dated_by_publication: frozenset[str]
    government_names: re.Pattern[str]
    government_titles: re.Pattern[str]
    government_refs: _GovernmentWords
    fold_types: frozenset[str]
    party_states: dict[str, str]  # a political party's id → its country
    bounded_types: frozenset[str]
    clause_transparent: dict[str, list[str]]


@cache
def lexicon() -> Lexicon:
    """The event vocabulary, loaded once per process."""
    data = tomllib.loads((files("mineralwatch") / "data" / "events.toml").read_text("utf-8"))
    by_word: dict[str, list[Trigger]] = {}
    for spec in data["trigger"]:
        requires = spec.get("requires", ())
        if isinstance(requires, str):
            requires = data["requires"][requires]  # a named list shared by several triggers
        requires = [w.lower() for w in requires]
        trigger = Trigger(spec["type"], spec["kind"], spec["confidence"],
                          frozenset(w for w in requires if w.isalpha()),
                          tuple(w for w in requires if not w.isalpha()),
                          spec.get("sign", 1), spec.get("frame", ""), spec.get("near", 0))
        for word in spec["words"]:
            by_word.setdefault(word, []).append(trigger)
    for word in data["ignore"]["words"]:
        by_word.setdefault(word, [])  # no trigger: the phrase only masks the words inside it
    acronyms = {w for w in by_word if w.isupper()}
    positions = data["positions"]
    anaphora = data["anaphora"]
    return Lexicon(
        triggers=Gazetteer(((w, tuple(t)) for w, t in by_word.items()),
                           case_sensitive=acronyms),
        roles=_role_tables(data["roles"], data["trigger"]),
        prepositions=frozenset(positions["prepositions"]),
        asides=tuple(positions["asides"]),
        skip_words=frozenset(positions["skip"]),
        skip_suffixes=tuple(positions["skip_suffixes"]),
        modality={name: _phrases(cues) for name, cues in data["modality"]["cues"].items()},
        modality_after={name: _phrases(cues)
                        for name, cues in data["modality"]["cues_after"].items()},
        modality_factor=data["modality"]["confidence_factor"],
        negation=frozenset(data["modality"]["negation"]["words"]),
        set_roles=frozenset(data["merging"]["set_roles"]),
        loose_roles=frozenset(data["merging"]["loose_roles"]),
        negated_types=frozenset(data["modality"]["negation"]["types"]),
        generic_kinds=frozenset(data["merging"]["generic_kinds"]),
        kin_kinds=tuple(frozenset(group) for group in data["merging"]["kin_kinds"]),
        stages=Gazetteer((w, stage) for stage, words in data["stage"].items() for w in words),
        anaphora=re.compile(rf"\b(?:{_alternation(anaphora['pronouns'])})\s+(?:\S+\s+){{0,4}}$",
                            re.IGNORECASE),
        restatement=re.compile(rf"(?:the|this|that|these)\s+(?:[\w-]+\s+){{0,2}}"
                               rf"(?:{_alternation(anaphora['event_nouns'])})\b", re.IGNORECASE),
        definite=frozenset(data["merging"]["definite_cues"]),
        new_event=frozenset(data["merging"]["new_event_cues"]),
        boilerplate=Gazetteer((cue, True) for cue in data["boilerplate"]["cues"]),
        commodity_fallback=frozenset(data["fallback"]["commodity"]),
        org_fallback=data["fallback"]["main_org"],
        actor_fallback=data["fallback"]["last_actor"],
        literal_roles=data["literal"]["roles"],
        literal_lead=frozenset(data["literal"]["lead_words"]),
        possessives=frozenset(data["literal"]["possessives"]),
        asset_nouns=frozenset(data["literal"]["asset_nouns"]),
        not_names=frozenset(data["literal"]["not_names"]),
        confidence=data["confidence"],
        core={kind: table["core"] for kind, table in data["roles"].items()},
        bystanders=frozenset(o.id for o in load_organisations()
                             if o.kind in data["bystanders"]["org_kinds"]),
        bystander_roles=frozenset(data["bystanders"]["except_roles"]),
        same_kind=frozenset(data["merging"]["same_kind"]),
        purposes=frozenset(data["merging"]["purpose_of_facility"]),
        dated_by_publication=frozenset(data["dates"]["publication_for"]),
        government_orgs=frozenset(o.id for o in load_organisations()
                                  if o.kind in data["government"]["org_kinds"]),
        government_names=re.compile(rf"\b(?:{_alternation(data['government']['name_cues'])})\b",
                                    re.IGNORECASE),
        government_titles=re.compile(
            rf"\b(?:{_alternation(data['government']['person_roles'])})\b", re.IGNORECASE),
        government_refs=_government_words(data["government"]["references"]),
        fold_types=frozenset(data["merging"]["fold_types"]),
        party_states={o.id: o.country for o in load_organisations()
                      if o.kind in data["government"]["party_kinds"] and o.country},
        bounded_types=frozenset(data["merging"]["bounded_types"]),
        clause_transparent=data["merging"]["clause_transparent"],
    )


@dataclass(frozen=True, slots=True)
class _GovernmentWords:
    """How a state is named by its government rather than its name (see the TOML)."""

    fills: dict[str, str]  # event type → the role a reference fills
    heads: re.Pattern[str]
    capitals: re.Pattern[str]
    capital_country: dict[str, str]
    modifiers: frozenset[str]
    local: frozenset[str]
    place_words: frozenset[str]


def _government_words(spec: dict[str, Any]) -> _GovernmentWords:
    return _GovernmentWords(
        fills=spec["fills"],
        heads=re.compile(rf"\b(?:{_alternation([h.lower() for h in spec['heads']])})\b"),
        capitals=re.compile(rf"\b(?:{_alternation(list(spec['capitals']))})\b(?!-)"),
        capital_country=spec["capitals"],
        modifiers=frozenset(spec["modifiers"]),
        local=frozenset(spec["local"]),
        place_words=frozenset(spec["place_words"]),
    )


def _phrases(cues: list[str]) -> re.Pattern[str]:
    """One pattern finding any of ``cues`` as whole words, in any case."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(cues)})(?![\w-])", re.IGNORECASE)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _role_tables(roles: dict[str, Any], triggers: list[dict[str, Any]]) -> dict:
    """One role table per (type, kind, frame): the type's table with the overrides of the
    kind, then of the frame, on top."""
    tables: dict[tuple[str, str, str], dict[str, Any]] = {}
    for spec in triggers:
        base = roles[spec["type"]]
        kind, frame = spec["kind"], spec.get("frame", "")
        table = {k: v for k, v in base.items() if k not in ("kinds", "frames")}
        table.update(base.get("kinds", {}).get(kind, {}))
        table.update(base.get("frames", {}).get(frame, {}))
        tables[(spec["type"], kind, frame)] = table
    return tables


@dataclass(slots=True)
class _Sentence:
    """What the triggers of one sentence share: its entities, values and words."""

    number: int
    sentence: Sentence
    spans: list[Span]
    values: list[Value]
    hits: list[Hit]
    lowered: str
    stages: list[Hit]  # stage words, offsets into the article
    _words: set[str] | None = None

    @property
    def words(self) -> set[str]:
        """The sentence's words, lower-cased and as written (read only for ``requires``)."""
        if self._words is None:
            self._words = set(_WORD.findall(self.lowered)) | set(self.sentence.text.split())
        return self._words


def find_events(doc: Doc) -> None:
    """Component: events per sentence of the body, then of the title, merged across the
    article: a headline ("X Shares Fall 3%") joins the body's report of the same event, or
    stands alone with its evidence in the title."""
    mentions = _mentions(doc, list(lexicon().triggers.find(doc.text, doc.lowered)))
    # Spans are sorted by field, "text" before "title": a title naming no entity tells no event.
    if doc.spans and doc.spans[-1].field == "title":
        title_hits = list(lexicon().triggers.find(doc.title, doc.title_lowered))
        if _may_tell(doc, title_hits):  # most titles tell no event: skip the work
            mentions.extend(_in_title(m) for m in _mentions(_title_doc(doc), title_hits))
    doc.events = _merge(mentions)


def _may_tell(doc: Doc, hits: list[Hit]) -> bool:
    """Whether a trigger of the title has its required words there too."""
    triggers = [t for h in hits for t in h.payload]
    if not triggers:
        return False
    words = set(_WORD.findall(doc.title_lowered)) | set(doc.title.split())
    return any((not t.requires and not t.requires_phrases) or t.requires & words
               or any(p in doc.title_lowered for p in t.requires_phrases) for t in triggers)


def _title_doc(doc: Doc) -> Doc:
    """The title as a one-sentence document with its own entities and values, so the rules of
    the body read it unchanged. Names are not read from capitalisation in a title: every word
    of "Signs LOI to Acquire Uranium Concessions" is capitalised."""
    title = Doc(article=doc.article, text=doc.title, lowered=doc.title_lowered,
                sentences=[Sentence(0, len(doc.title), doc.title)], index=doc.index,
                published=doc.published, info=doc.info, acronyms=doc.acronyms)
    title.spans = [replace(s, field="text") for s in doc.spans if s.field == "title"]
    title.values = find_values(doc.title, doc.published, default_dollar=_dollar(doc))
    title.cache["events.title"] = True
    title.cache["events.parent"] = doc  # whose country "the government" is
    return title


def _dollar(doc: Doc) -> str:
    """What a bare "$" means in this article: what it meant in the body."""
    return next((v.currency for v in doc.values if v.type == "money" and v.currency
                 and v.text.lstrip().startswith("$")), None) or "USD"


def _in_title(mention: _Mention) -> _Mention:
    """A mention read from the title document, its evidence pointing into the title."""
    evidence = mention.event.evidence
    mention.event.evidence = Evidence(evidence.text, evidence.start, evidence.end, "title")
    return mention


def _mentions(doc: Doc, found: list[Hit]) -> list[_Mention]:
    """Every sentence's reports of events, in text order, before merging; ``found`` are the
    trigger words of the text."""
    lex = lexicon()
    names = _span_index(doc)[0]
    hits = [h for h in found if not _hyphen_joined(doc.text, h) and not _inside(h, names)]
    boilerplate = [] if doc.cache.get("events.title") else \
        [h.start for h in lex.boilerplate.find(doc.text, doc.lowered)]  # no legalese in titles
    events: list[_Mention] = []
    for context in _sentences_with_triggers(doc, hits):
        if any(context.sentence.start <= b < context.sentence.end for b in boilerplate):
            continue  # disclaimers and forward-looking legalese report no events
        # Only triggers whose required words are there bound the clauses of the others.
        allowed = [(t, h) for h in context.hits for t in h.payload
                   if _required_words(t, context, h)]
        kept = {id(h) for _, h in allowed}
        context.hits = [h for h in context.hits if id(h) in kept]
        taken: dict[str, set[str]] = {}  # type → core ids of its events in this sentence
        # The most specific trigger speaks first: "refinery" before "project", "co-operation
        # agreements" before "signed".
        ranked = sorted(allowed,
                        key=lambda pair: (-pair[0].confidence, pair[1].start - pair[1].end))
        used: set[int] = set()
        first = len(events)
        for trigger, hit in ranked:
            if hit.start in used:
                continue  # one event per trigger
            found = _build_event(doc, context, hit, trigger)
            _remember_actor(doc, found)
            if found and not _restates(found, taken.get(trigger.type)):
                events.extend(found)
                taken.setdefault(trigger.type, set()).update(_core_ids(found))
                used.add(hit.start)
        _link_purpose(events[first:])
    return events


def _remember_actor(doc: Doc, mentions: list[_Mention]) -> None:
    """Note who took the latest measure, for a later sentence that names only its commodity
    (see ``last_actor`` in the TOML)."""
    lex = lexicon()
    for mention in mentions:
        role = lex.actor_fallback.get(f"{mention.event.type}.{mention.event.kind}")
        actors = mention.event.arguments.get(role or "")
        if actors:
            doc.cache[f"events.last.{mention.event.type}"] = actors[0]


def _link_purpose(mentions: list[_Mention]) -> None:
    """"An MoU … to establish a poly-metallic refinery in Pakistan": a deal or a funding told
    with a facility in one sentence is for that facility, and is located where it is."""
    facilities = [m.event for m in mentions if m.event.type == "facility"]
    if not facilities:
        return
    facility = facilities[0]
    for mention in mentions:
        event = mention.event
        if event.type not in lexicon().purposes:
            continue
        event.arguments.setdefault("purpose", [facility.kind])
        if facility.arguments.get("location") and not event.arguments.get("location"):
            event.arguments["location"] = list(facility.arguments["location"])


def _core_ids(mentions: list[_Mention]) -> set[str]:
    """The ids in the identifying roles of events (not their commodities)."""
    lex = lexicon()
    return {str(v) for m in mentions for role in lex.core[m.event.type] if role != "commodity"
            for v in m.event.arguments.get(role, ())}


def _restates(mentions: list[_Mention], taken: set[str] | None) -> bool:
    """A second trigger of a type in one sentence ("the deal … the agreement") tells another
    event only when it shares no identifying id with the first."""
    return taken is not None and bool(_core_ids(mentions) & taken or not _core_ids(mentions))


def _sentences_with_triggers(doc: Doc, hits: list[Hit]):
    """Yield each sentence holding a trigger, with its entities, values and stage words, in one
    pass over the article."""
    text_spans = [s for s in doc.spans if s.field == "text"]
    stages = [] if doc.cache.get("events.title") else \
        list(lexicon().stages.find(doc.text, doc.lowered))  # a headline's stage: the body's
    cursors = {"hits": 0, "spans": 0, "values": 0, "stages": 0}
    for number, sentence in enumerate(doc.sentences):
        in_sentence = _within(hits, cursors, "hits", sentence)
        if not in_sentence:
            continue
        yield _Sentence(
            number=number,
            sentence=sentence,
            spans=_within(text_spans, cursors, "spans", sentence),
            values=_within(doc.values, cursors, "values", sentence),
            hits=in_sentence,
            lowered=doc.lowered[sentence.start:sentence.end],
            stages=_within(stages, cursors, "stages", sentence),
        )


def _within(items: list, cursors: dict[str, int], name: str, sentence: Sentence) -> list:
    """The items (sorted by start) that start inside the sentence; ``cursors[name]`` moves on so
    that the article is walked once."""
    cursor = cursors[name]
    while cursor < len(items) and items[cursor].start < sentence.start:
        cursor += 1
    cursors[name] = cursor
    found = []
    while cursor < len(items) and items[cursor].start < sentence.end:
        found.append(items[cursor])
        cursor += 1
    return found


def _required_words(trigger: Trigger, context: _Sentence, hit: Hit) -> bool:
    """A bare "rose" is a market move only in a sentence that speaks of shares or prices; a
    trigger with ``near`` wants the word close by ("plans to build a refinery", not a refinery
    named in a sentence that speaks of a new chairman)."""
    if not trigger.requires and not trigger.requires_phrases:
        return True
    if trigger.near:
        offset = context.sentence.start
        window = context.lowered[max(0, hit.start - offset - trigger.near):
                                 hit.end - offset + trigger.near]
        return bool(trigger.requires.intersection(_WORD.findall(window))) or any(
            r in window for r in trigger.requires_phrases)
    return bool(trigger.requires & context.words) or any(
        r in context.lowered for r in trigger.requires_phrases)


def _inside(hit: Hit, names: list[tuple[int, int]]) -> bool:
    """"Three Crown Mines", "Critical Minerals Facility": a word of a name triggers nothing."""
    return _in_names(hit.start, names)


def _in_names(start: int, names: list[tuple[int, int]]) -> bool:
    position = bisect_right(names, (start, float("inf"))) - 1  # names sorted by start
    return position >= 0 and start < names[position][1]


def _hyphen_joined(text: str, hit: Hit) -> bool:
    """"mine-to-magnet" and "ship-to-shore" are words of their own, not triggers."""
    return (hit.end < len(text) and text[hit.end] == "-") or \
        (hit.start > 0 and text[hit.start - 1] == "-")


def _build_event(doc: Doc, context: _Sentence, hit: Hit,
                 trigger: Trigger) -> list[_Mention]:
    """The events this trigger proposes (one, or one per listed party), each with whether its
    required roles are filled and how the text introduces it ("more funding", "the refinery").

    An event missing some roles is kept only when its sentence restates an earlier one ("The
    shipment contained antimony"): it then adds to that event; otherwise none is returned.
    """
    lex = lexicon()
    spec = lex.roles[(trigger.type, trigger.kind, trigger.frame)]
    sentence = context.sentence
    clause = _clause(sentence, hit, trigger, context.hits)
    clause_values = [v for v in context.values if clause[0] <= v.start < clause[1]
                     and not _modifies_other_trigger(v, trigger, hit, context.hits)]
    needs = spec.get("needs_values")
    if needs and not any(v.type in needs for v in clause_values):
        return []
    arguments, how, positions = _fill_roles(doc, context, hit, spec, clause)
    event_value = _values_for(spec, clause_values, hit.start, arguments, trigger.sign)
    if not doc.cache.get("events.title"):
        _fill_literal(doc.text, context, hit, clause, trigger, arguments, how)
    if trigger.type in lex.government_refs.fills:
        _fill_government(doc, trigger, spec, hit, clause, arguments, how,
                         early=True, money=event_value is not None)
    _keep_roles_distinct(arguments, spec)
    for role in spec.get("government_only", ()):
        _keep_governments(doc, arguments, role)
    _fill_from_article(doc, trigger, spec, arguments, how)
    if any(positions.get(cue) for cue in spec.get("min_count_unless", ())):
        spec = {**spec, "min_count": {}}
    complete = _has_required(arguments, spec, event_value is not None)
    if not complete and not (arguments and lex.restatement.match(sentence.text)):
        return []
    if trigger.type in lex.government_refs.fills:
        _fill_government(doc, trigger, spec, hit, clause, arguments, how,
                         early=False, money=event_value is not None)
    if not arguments.get("commodity") and trigger.type in lex.commodity_fallback:
        _add_main(doc, "mineral", arguments, "commodity", how)
    date, precision = _event_date(doc, clause_values, hit.start, trigger.type)
    modality, confidence = _modality(doc.text, context, clause, hit, trigger, spec, arguments,
                                     how)
    plural = set(doc.lowered[hit.start:hit.end].split()) & set(spec.get("split_words", ()))
    listed = [i for cue in spec.get("split", ()) for i in positions.get(cue, ())] if plural else []
    event = Event(
        type=trigger.type,
        kind=trigger.kind,
        arguments=arguments,
        evidence=Evidence(sentence.text, sentence.start, sentence.end),
        extractor=f"rule:{trigger.type}.{trigger.kind}",
        confidence=confidence,
        date=date,
        date_precision=precision,
        value=event_value,
        stage=_stage(context, hit.start),
        modality=modality,
    )
    cue = _introduction(doc.text, max(sentence.start, hit.start - 40), hit.start)
    return [_Mention(e, complete, cue) for e in _split(event, listed)]


def _fill_literal(text: str, context: _Sentence, hit: Hit, clause: tuple[int, int],
                  trigger: Trigger, arguments: dict[str, list[Any]], how: set[str]) -> None:
    """A role no entity filled takes the name written after the trigger ("Cerro Matoso")."""
    role = lexicon().literal_roles.get(trigger.type)
    if role and not arguments.get(role):
        # To the sentence's end, not the clause's: "acquired the Bahia Project" names an
        # asset even though "Project" is a trigger of its own.
        name = _name_after(text, hit.end, context.sentence.end, context.spans)
        if name:
            arguments[role] = [name]
            how.add("literal")


def _fill_from_article(doc: Doc, trigger: Trigger, spec: dict[str, Any],
                       arguments: dict[str, list[Any]], how: set[str]) -> None:
    """A role the sentence leaves empty that the article answers: "the Cataby mine produced
    159,000 tonnes" in a report of Iluka's quarter was produced by Iluka."""
    lex = lexicon()
    key = f"{trigger.type}.{trigger.kind}"
    role = lex.org_fallback.get(key)
    if role and not arguments.get(role) and not _has_required(arguments, spec, True) and \
            _has_required(arguments, spec, True, but_one=True):
        _add_main(doc, "organization", arguments, role, how)
    role = lex.actor_fallback.get(key)
    if role and not arguments.get(role) and arguments.get("commodity"):
        # "China banned exports of gallium … The restrictions on germanium took effect in
        # August": who took the last measure told took this one.
        actor = doc.cache.get(f"events.last.{trigger.type}")
        if actor and actor not in arguments.get("target", ()):
            arguments[role] = [actor]
            how.add("fallback")


def _add_main(doc: Doc, kind: str, arguments: dict[str, list[Any]], role: str,
              how: set[str]) -> None:
    main = _main_entity(doc, kind)
    if main:
        arguments[role] = [main]
        how.add("fallback")


def _introduction(text: str, start: int, end: int) -> str:
    """How the words before a trigger introduce its event: "new" ("additional funding"),
    "definite" ("the refinery", "its plant": one told of before) or "" (any other)."""
    lex = lexicon()
    words = _last_words(text, start, end, 3)
    if lex.new_event.intersection(words):
        return "new"
    if lex.definite.intersection(words):
        return "definite"
    return ""


def _last_words(text: str, start: int, end: int, count: int) -> list[str]:
    """The last ``count`` words before ``end`` (not before ``start``), lower-cased: cheaper
    than a regular expression anchored at the trigger."""
    return text[max(start, end - 12 * count):end].lower().split()[-count:]


def _negated(text: str, start: int, end: int) -> bool:
    """"did not sign", "has no offtake": a negation at most two words before the trigger."""
    words = _last_words(text, start, end, 3)
    return any(w in lexicon().negation or w.endswith("n't") for w in words)


def _split(event: Event, listed: list[str]) -> list[Event]:
    """"offtake deals with Hyundai, Siemens Gamesa and GE": one event per listed party, each
    keeping the parties named elsewhere in the sentence."""
    if not listed or len(listed) < 2:
        return [event]
    role = next(r for r, values in event.arguments.items() if listed[0] in values)
    others = [v for v in event.arguments[role] if v not in listed]
    copies = []
    for ident in listed:
        arguments = {r: list(v) for r, v in event.arguments.items()}
        arguments[role] = [*others, ident]
        copies.append(Event(event.type, event.kind, arguments, event.evidence, event.extractor,
                            event.confidence, event.date, event.date_precision, event.value,
                            event.stage, event.modality))
    return copies


def _fill_roles(doc: Doc, context: _Sentence, hit: Hit, spec: dict[str, Any],
                clause: tuple[int, int]) -> tuple[dict[str, list[Any]], set[str], dict]:
    """Roles from the entities of the clause; ``how`` notes guesses that lower confidence,
    the last item lists the ids read after each cue word ("with": Hyundai, GE)."""
    lex = lexicon()
    text = doc.text
    arguments: dict[str, list[Any]] = {}
    how: set[str] = set()
    positions: dict[str, list[str]] = {}
    passive = bool(_PASSIVE.search(text, max(context.sentence.start, hit.start - 30), hit.end))
    anaphor = _antecedent(doc, context, hit.start)
    if anaphor is not None:
        antecedent, anaphor_end = anaphor
        role = _subject_table(text, spec, anaphor_end, hit.start).get("organization")
        if role:
            _add(arguments, role, antecedent)
            how.add("anaphora")
    for span in context.spans:
        if span.type == "mineral":
            for ident in span.ids:
                _add(arguments, spec["anywhere"].get("mineral"), ident)
            continue
        if _is_modifier(text, span, context.spans):
            continue
        position = _position(text, context.sentence, span, hit, clause, spec, context.spans)
        if position is None:
            continue
        if passive and position == "subject":
            position = "object"
        if anaphor is not None and position == "subject":
            continue  # "its planned facility": the owner is the antecedent, not this entity
        table = _subject_table(text, spec, span.end, hit.start) if position == "subject" \
            else spec.get(position, {})
        role = table.get(span.type) or spec["anywhere"].get(span.type)
        if span.ids[0] in lex.bystanders and role not in lex.bystander_roles:
            continue
        if role and role != "commodity":
            _add(arguments, role, span.ids[0])
            _add(positions, position, span.ids[0])
    _agent_wins(arguments, positions)
    return arguments, how, positions


def _agent_wins(arguments: dict[str, list[Any]], positions: dict[str, list[str]]) -> None:
    """"Northern Minerals' project supplying a refinery being built by Iluka": the agent named
    after "by" fills the role, not the subject that stood before the trigger."""
    agents, subjects = positions.get("by", ()), positions.get("subject", ())
    for role, values in list(arguments.items()):
        if any(v in agents for v in values) and any(v in subjects for v in values):
            arguments[role] = [v for v in values if v not in subjects or v in agents]


_TOKEN = re.compile(r"\S+")


def _name_after(text: str, start: int, end: int, spans: list[Span]) -> str | None:
    """The capitalised name just after a trigger ("sale of its Illawarra Metallurgical Coal",
    "sell its Cerro Matoso nickel operation"): an asset no vocabulary knows, kept as a literal
    when a possessive leads to it or an asset noun follows it."""
    lex = lexicon()
    name: list[str] = []
    possessive = False
    tokens = list(_TOKEN.finditer(text, start, min(end, start + 100)))
    for number, token in enumerate(tokens):
        inside = next((s for s in spans if s.start <= token.start() < s.end), None)
        if inside is not None and inside.type not in ("mineral", "place", "country"):
            return None  # an entity: the roles already read it ("the Bahia Project": a name)
        word = token.group().strip("“”\"'’,;:()")
        if not name and word.lower() in lex.literal_lead:
            possessive = possessive or word.lower() in lex.possessives
            continue
        if word[:1].isupper() and (name or word not in lex.not_names) and not word.isupper():
            name.append(word)
            if token.group()[-1] in ",;:)”’\"":
                break
            continue
        following = {t.group().lower().strip(",;:.") for t in tokens[number:number + 3]}
        if name and (possessive or following & lex.asset_nouns
                     or name[-1].lower() in lex.asset_nouns):
            return " ".join(name)  # "… interest in the Greens Creek Joint Venture from BP"
        return None
    return " ".join(name) if name and (possessive or name[-1].lower() in lex.asset_nouns) \
        else None


def _subject_table(text: str, spec: dict[str, Any], after: int, trigger_start: int) -> dict:
    """The subject's roles, by the verbs between it and the trigger: "Iluka secured a loan"
    makes Iluka the recipient, "the government gave Iluka a loan" the government the lender."""
    verbs = spec.get("subject_verbs")
    if verbs:
        words = _WORD.findall(text[after:trigger_start].lower())
        cued = [i for i, w in enumerate(words) if w in verbs["words"]]
        # "the refinery that was provided $1.25 billion in loans": a passive verb of giving
        # leaves the subject the one who receives.
        if any(i == 0 or words[i - 1] not in _PASSIVE_AUXILIARIES for i in cued):
            return verbs["subject"]
    return spec.get("subject", {})


def _clause(sentence: Sentence, hit: Hit, trigger: Trigger, hits: list[Hit]) -> tuple[int, int]:
    """The part of the sentence this trigger governs: up to triggers of other events, except
    those inside an aside ("Lynas, which has Australia's only operating mine, has a grant")."""
    clause_start, clause_end = sentence.start, sentence.end
    see_through = ("market_move", trigger.type, *lexicon().clause_transparent.get(trigger.type, ()))
    for other in hits:
        if all(t.type in see_through for t in other.payload) and \
                not _other_measure(trigger, other):
            continue
        if other.end <= hit.start and _in_aside(sentence, other, hit.start):
            continue
        if other.end <= hit.start:
            clause_start = max(clause_start, other.end)
        elif other.start >= hit.end:
            clause_end = min(clause_end, other.start)
    return clause_start, clause_end


def _other_measure(trigger: Trigger, other: Hit) -> bool:
    """"Trump imposing a tariff on China, Beijing introduced export controls": two policies
    of unrelated kinds in one sentence are two measures, each with its own clause."""
    return trigger.type in lexicon().bounded_types and all(
        t.type == trigger.type and not _kindred(t.kind, trigger.kind) for t in other.payload)


def _in_aside(sentence: Sentence, other: Hit, before: int) -> bool:
    """Whether ``other`` lies in a relative clause (", which …,") closed before ``before``."""
    offset = sentence.start
    head = sentence.text[:other.start - offset].lower()
    opener = max(head.rfind(cue) for cue in lexicon().asides)
    close = sentence.text.find(",", other.end - offset, before - offset)
    return opener >= 0 and close >= 0


def _position(text: str, sentence: Sentence, span: Span, hit: Hit, clause: tuple[int, int],
              spec: dict[str, Any], spans: list[Span]) -> str | None:
    """How the entity relates to the trigger: a cue word, "subject", "object" or None."""
    if not clause[0] <= span.start < clause[1] or hit.start <= span.start < hit.end:
        return None
    word = _cue_before(text, max(sentence.start, span.start - 40), _name_start(text, span, spans))
    if word in ("between", "and") and "between" in text[clause[0]:span.start].lower():
        return "between"
    if word in spec and word not in _SETTINGS:
        return word
    if "modifier" in spec and _is_modifier_of(text, span, hit):
        return "modifier"
    if word in lexicon().prepositions:
        return None  # "to the United States, kicking off a partnership": not a party
    return "subject" if span.start < hit.start else "object"


def _is_modifier_of(text: str, span: Span, hit: Hit) -> bool:
    """"the DoD grant", "EFA's loan": the entity stands right before the trigger noun."""
    between = text[span.end:hit.start]
    return span.end <= hit.start and len(between) <= 4 and not any(c in between for c in ",;(")


def _name_start(text: str, span: Span, spans: list[Span]) -> int:
    """Where an entity's name begins, with a place naming it ("the US Department of Defence"):
    the cue word stands before both."""
    before = next((s for s in reversed(spans) if s.end <= span.start), None)
    if before is not None and before.type in ("country", "place") and \
            not text[before.end:span.start].strip():
        return before.start
    return span.start


def _cue_before(text: str, start: int, end: int) -> str:
    """The word before an entity, past determiners and modifiers ("the U.S.-based")."""
    lex = lexicon()
    words = [w.lower() for w in _WORD.findall(text[start:end])]
    while words and (words[-1] in lex.skip_words or words[-1].endswith(lex.skip_suffixes)):
        words.pop()
    return words[-1] if words else ""


_DESCRIPTORS = re.compile(r"(?:\s+[a-z][\w-]*){0,4}\s+$")


def _is_modifier(text: str, span: Span, spans: list[Span]) -> bool:
    """"Pakistan's Frontier Works Organisation", "U.K.-based", "South Korean automaker
    Hyundai": the place only qualifies the organisation after it."""
    if text.startswith(("-based", "-headquartered", "-listed", "-registered"), span.end):
        return True
    if span.type in ("country", "place"):
        following = next((o for o in spans if o.start >= span.end), None)
        if following is not None and following.type == "organization" and \
                _DESCRIPTORS.fullmatch(text, span.end, following.start):
            return True
    tail = text[span.end:span.end + 3]
    if not tail.startswith(("'s ", "’s ")):
        return False
    return any(other.start == span.end + 3 and other.type == "organization" for other in spans)


def _modifies_other_trigger(value: Value, trigger: Trigger, hit: Hit, hits: list[Hit]) -> bool:
    """"a $500 million partnership": the amount belongs to the trigger right after it, unless
    it follows this trigger at once ("shares drop 3.7% on weak Q3 production")."""
    if 0 <= value.start - hit.end <= 2:
        return False
    return any(all(t.type != trigger.type for t in other.payload)
               and 0 <= other.start - value.end <= 12 for other in hits)


def _antecedent(doc: Doc, context: _Sentence, start: int) -> tuple[str, int] | None:
    """"its shares", "the company's refinery": the organisation pointed back to, and where the
    pointing word ends (the verbs after it decide the role)."""
    match = lexicon().anaphora.search(doc.text, max(context.sentence.start, start - 50), start)
    if not match:
        return None
    anaphor_end = match.start() + len(match.group().split()[0])
    bystanders = lexicon().bystanders
    in_sentence = [s for s in context.spans if s.type == "organization"
                   and s.end <= match.start() and s.ids[0] not in bystanders]
    if in_sentence:
        return in_sentence[0].ids[0], anaphor_end
    for previous in reversed(doc.sentences[max(0, context.number - 3):context.number]):
        orgs = [s for s in doc.spans if s.field == "text" and s.type == "organization"
                and previous.start <= s.start < previous.end and s.ids[0] not in bystanders]
        if orgs:
            return orgs[0].ids[0], anaphor_end
    return None


def _keep_roles_distinct(arguments: dict[str, list[Any]], spec: dict[str, Any]) -> None:
    """Nobody acquires or funds itself: an id in two roles that exclude each other leaves the
    one a mere position before the trigger gives ("The U.S.-China conflict … banning exports
    … to the United States": a target, not an authority), else the first of the pair."""
    for first, second in spec.get("distinct", ()):
        both = set(map(str, arguments.get(first, ()))) & set(map(str, arguments.get(second, ())))
        for ident in both:
            by_position = spec.get("subject", {}).get(_entity_type(ident))
            loser = second if by_position == second else first
            arguments[loser] = [v for v in arguments[loser] if str(v) != ident]
            if not arguments[loser]:
                del arguments[loser]


def _entity_type(ident: str) -> str:
    """The span type of a canonical id: "org:x" → "organization"."""
    prefix = ident.split(":", 1)[0]
    return {"org": "organization"}.get(prefix, prefix)


def _keep_governments(doc: Doc, arguments: dict[str, list[Any]], role: str) -> None:
    """Only a state acts as a policy's authority: "Iluka" before "tax credit" is no lawmaker."""
    kept = [i for i in arguments.get(role, ()) if _is_government(doc, str(i))]
    if kept:
        arguments[role] = kept
    else:
        arguments.pop(role, None)


def _fill_government(doc: Doc, trigger: Trigger, spec: dict[str, Any], hit: Hit,
                     clause: tuple[int, int], arguments: dict[str, list[Any]], how: set[str],
                     early: bool, money: bool) -> None:
    """"Iluka is in talks with the government about more funding", "Canberra's ban": a state
    named by its government acts as the investor or the authority the entities left empty.

    Called twice: ``early``, before the event's completeness is judged, for a role that
    decides it (a policy's authority; the funder of money-less funding), else after, so that
    "the government" beside an amount never makes an investment of a sentence naming no
    recipient."""
    lex = lexicon()
    role = lex.government_refs.fills.get(trigger.type)
    if role is None or _decides(spec, role, money) != early:
        return
    if arguments.get(role):
        # "Labor agreed to an additional $400 million of loans": a party acts as the state.
        arguments[role] = list(dict.fromkeys(lex.party_states.get(str(i), i)
                                             for i in arguments[role]))
        return
    refs = [r for r in _government_references(doc, clause[0], clause[1])
            if not hit.start <= r[0] < hit.end]
    if not refs:
        return
    state = min(refs, key=lambda r: abs(r[0] - hit.start))[2]
    arguments[role] = [state]
    how.add("government")
    # "a tariff on China last week, Beijing introduced export controls": the state named as
    # the actor is not also the target its name was read as by position.
    for pair in spec.get("distinct", ()):
        if role in pair:
            other = pair[1] if pair[0] == role else pair[0]
            if state in arguments.get(other, ()):
                arguments[other].remove(state)
                if not arguments[other]:
                    del arguments[other]


def _decides(spec: dict[str, Any], role: str, money: bool) -> bool:
    """Whether filling ``role`` can make the event complete beyond the core roles' say."""
    groups = spec.get("required_without_money", []) if not money else []
    return role in spec["core"] or any(group == [role] for group in groups)


_LAST_WORD = re.compile(r"([\w.'’-]+)\s*$")


def _government_references(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, country) of each reference to a government between ``start`` and ``end``:
    "the Australian government" → country:AU, "Canberra" → country:AU. Only the clause is
    read: most articles never need one."""
    words = lexicon().government_refs
    names, by_end = _span_index(doc)
    found: list[tuple[int, int, str]] = []
    for match in words.heads.finditer(doc.lowered, start, end):
        if not _in_names(match.start(), names):
            country = _qualified_state(doc, match.start(), by_end)
            if country:
                found.append((match.start(), match.end(), country))
    for match in words.capitals.finditer(doc.text, start, end):
        before = _LAST_WORD.search(doc.text, max(0, match.start() - 20), match.start())
        if _in_names(match.start(), names) or \
                (before is not None and before.group(1).lower() in words.place_words):
            continue
        found.append((match.start(), match.end(), words.capital_country[match.group()]))
    return found


def _span_index(doc: Doc) -> tuple[list[tuple[int, int]], dict[int, Span]]:
    """The body's organisation names (sorted) and its spans by where they end, built once."""
    cached = doc.cache.get("events.span_index")
    if cached is None:
        text_spans = [s for s in doc.spans if s.field == "text"]
        cached = ([(s.start, s.end) for s in text_spans if s.type == "organization"],
                  {s.end: s for s in text_spans})
        doc.cache["events.span_index"] = cached
    return cached  # type: ignore[return-value]


def _qualified_state(doc: Doc, head: int, by_end: dict[int, Span]) -> str | None:
    """The state a government word names, from the words before it: a country, place or
    person ("the Australian government", "the WA government", "the Biden administration"),
    a local word alone ("the state government") naming none, else the article's country."""
    words = lexicon().government_refs
    end = head
    for _ in range(4):
        match = _LAST_WORD.search(doc.text, max(0, end - 40), end)
        if match is None:
            break
        word, word_end = match.group(1), match.end(1)
        if word.endswith(("'s", "’s")):
            word, word_end = word[:-2], word_end - 2
        span = by_end.get(word_end)
        if span is not None:
            return _state_of(doc, span)
        if word.lower() in words.local:
            return None
        if word.lower() not in words.modifiers:
            break
        end = match.start(1)
    return _main_country(doc)


def _state_of(doc: Doc, span: Span) -> str | None:
    """The state an entity before "government" names: itself, or a leader's country."""
    if span.type in ("country", "place"):
        return span.ids[0]
    if span.type == "person":
        info = doc.info.get(span.ids[0])
        return info.country if info is not None else None
    return None


def _main_country(doc: Doc) -> str | None:
    """Whose government "the government" is: the country the article's organisations and
    country mentions point to most. An Australian report on Chinese shareholders names China
    often, but its companies are Australian, and so is the government it speaks of."""
    parent = doc.cache.get("events.parent")
    if parent is not None:
        return _main_country(parent)  # type: ignore[arg-type]
    if "events.country" not in doc.cache:
        counts: Counter[str] = Counter()
        for span in doc.spans:
            if span.type == "country":
                counts[span.ids[0]] += 1
            elif span.type == "organization":
                info = doc.info.get(span.ids[0])
                if info is not None and info.country:
                    counts[info.country] += 1
        doc.cache["events.country"] = counts.most_common(1)[0][0] if counts else None
    return doc.cache["events.country"]  # type: ignore[return-value]


def _is_government(doc: Doc, ident: str) -> bool:
    lex = lexicon()
    if ident.startswith(("country:", "place:")) or ident in lex.government_orgs:
        return True
    info = doc.info.get(ident)
    if ident.startswith("org:"):
        name = info.name if info else ident[4:].replace("-", " ")
        return bool(lex.government_names.search(name))
    if ident.startswith("person:") and info is not None:
        return bool(lex.government_titles.search(str(info.attributes.get("role") or "")))
    return False


def _has_required(arguments: dict[str, list[Any]], spec: dict[str, Any], money: bool,
                  but_one: bool = False) -> bool:
    """Each group of required roles has one filled (default: any core role); ``but_one``
    allows one group empty, for a fallback to fill."""
    groups = spec.get("required") or [spec["core"]]
    if not money:
        groups = spec.get("required_without_money", groups)
    missing = sum(1 for group in groups if not any(arguments.get(role) for role in group))
    missing += sum(1 for role, least in spec.get("min_count", {}).items()
                   if len(arguments.get(role, ())) < least)
    return missing <= (1 if but_one else 0)


def _main_entity(doc: Doc, kind: str) -> str | None:
    """The article's most mentioned entity of a type: what "the ban" is about, who produced,
    when the sentence is silent on it."""
    key = f"events.main.{kind}"
    if key not in doc.cache:  # asked once per fallback: count once per article
        bystanders = lexicon().bystanders
        counts = Counter(i for s in doc.spans if s.type == kind for i in s.ids
                         if i not in bystanders)
        doc.cache[key] = counts.most_common(1)[0][0] if counts else None
    return doc.cache[key]  # type: ignore[return-value]


def _values_for(spec: dict[str, Any], values: list[Value], start: int,
                arguments: dict[str, list[Any]], sign: int = 1) -> dict[str, Any] | None:
    """Fill value roles from the clause's normalised values; return the event's money value."""
    mapping = spec.get("values", {})
    money_value = None
    for value in sorted(values, key=lambda v: abs(v.start - start)):
        key = value.role if value.role in mapping else value.type
        role = mapping.get(key)
        if role is None or arguments.get(role):
            continue
        if value.type == "money" and key == "money" and value.role in ("share_price",
                                                                       "market_cap"):
            continue
        literal = _literal(value)
        if role == "change_pct" and isinstance(literal, float):
            literal = sign * abs(literal)
        arguments[role] = [literal]
        if role == "value" and money_value is None:
            money_value = {"amount": value.amount, "currency": value.currency,
                           "approx": value.approx}
    return money_value


def _literal(value: Value) -> Any:
    if value.type == "money":
        return {"amount": value.amount, "currency": value.currency, "approx": value.approx}
    if value.type == "quantity":
        return {"amount": value.amount, "unit": value.unit, "tonnes": value.tonnes}
    return value.amount


def _event_date(doc: Doc, values: list[Value], start: int,
                kind: str) -> tuple[str | None, str | None]:
    """The date nearest the trigger in its clause; for a share move told without one, the day
    of publication ("shares were last seen up $0.66")."""
    nearest = _nearest(values, start, "date")
    if nearest is not None:
        return nearest.date, nearest.precision
    if kind in lexicon().dated_by_publication and doc.published is not None:
        return doc.published.isoformat(), "day"
    return None, None


def _nearest(values: list[Value], start: int, kind: str) -> Value | None:
    candidates = [v for v in values if v.type == kind and v.date]
    return min(candidates, key=lambda v: abs(v.start - start), default=None)


def _modality(text: str, context: _Sentence, clause: tuple[int, int], hit: Hit,
              trigger: Trigger, spec: dict[str, Any], arguments: dict[str, list[Any]],
              how: set[str]) -> tuple[str, float]:
    """Denied, rumoured or planned from cue words around the trigger; confidence from how the
    roles were found: each core role filled adds, a pronoun-resolved or article-level guess
    takes away, and a denial or rumour lowers it."""
    lex = lexicon()
    filled = sum(1 for role in spec["core"] if arguments.get(role))
    confidence = trigger.confidence + lex.confidence["per_core_role"] * (filled - 1)
    confidence -= sum(lex.confidence[guess] for guess in how)
    confidence = max(0.1, min(0.95, confidence))
    negated = trigger.type in lex.negated_types and _negated(text, clause[0], hit.start)
    before = text[max(context.sentence.start, hit.start - _MODALITY_BEFORE):hit.start]
    after = text[hit.end:min(context.sentence.end, hit.end + _MODALITY_AFTER)]
    for name in ("denied", "rumoured", "planned"):
        if (name == "denied" and negated) or lex.modality[name].search(before) or \
                lex.modality_after[name].search(after):
            return name, round(confidence * lex.modality_factor[name], 3)
    return "asserted", round(confidence, 3)


def _stage(context: _Sentence, start: int) -> str | None:
    """The supply-chain stage named nearest the trigger, outside organisations' names."""
    names = [(s.start, s.end) for s in context.spans if s.type == "organization"]
    hits = [h for h in context.stages if not any(a <= h.start < b for a, b in names)]
    if not hits:
        return None
    return min(hits, key=lambda h: abs(h.start - start)).payload


def _add(arguments: dict[str, list[Any]], role: str | None, value: Any) -> None:
    if role is None:
        return
    bucket = arguments.setdefault(role, [])
    if value not in bucket:
        bucket.append(value)


@dataclass(slots=True)
class _Mention:
    """One sentence's report of an event, before mentions of the same event merge."""

    event: Event
    complete: bool  # its required roles are filled
    cue: str  # "new", "definite" or "": see _introduction


def _merge(mentions: list[_Mention]) -> list[Event]:
    """One event per real-world event: merge restatements of the same event.

    An incomplete mention (a restatement, "The shipment contained antimony") joins the latest
    event of its type; a new one ("more funding") merges only with other new ones.
    """
    merged: list[_Mention] = []
    for mention in mentions:
        if not mention.complete:
            kept = next((m.event for m in reversed(merged)
                         if m.event.type == mention.event.type), None)
            if kept is not None:
                _absorb(kept, mention.event)
            continue
        for kept in merged:
            if _may_merge(kept, mention) and (_same_event(kept.event, mention)
                                              or _headline_of(kept.event, mention.event)):
                _absorb(kept.event, mention.event)
                break
        else:
            merged.append(mention)
    return _fold_contained([m.event for m in merged])


def _headline_of(kept: Event, title: Event) -> bool:
    """A headline sums up the body's report: "Australian lithium miners fall on report CATL
    restarts China refinery" is the body's restart by CATL in China, though its "Australian"
    seems to place it elsewhere. Sharing an identifying id is enough."""
    return title.evidence.field == "title" and kept.type == title.type and \
        bool(_identity(kept) & _identity(title))


def _fold_contained(events: list[Event]) -> list[Event]:
    """A mention that started an event of its own before the sentence linking it was read
    ("the first supply agreement between a U.S. developer and …" beside "Graphite One's
    agreement with Lucid") joins an event whose identifying ids include all of its own."""
    kept: list[Event] = []
    folding = lexicon().fold_types
    for event in events:
        ids = _identity(event)
        home = next((k for k in kept if k.type == event.type and k.type in folding
                     and ids and ids <= _identity(k)
                     and k.modality == event.modality and _kindred(k.kind, event.kind)), None)
        if home is None:
            kept.append(event)
        else:
            _absorb(home, event)
    return kept


def _identity(event: Event) -> set[str]:
    """The ids in an event's identifying roles (not its commodities)."""
    return {str(v) for role in lexicon().core[event.type] if role != "commodity"
            for v in event.arguments.get(role, ())}


def _may_merge(kept: _Mention, mention: _Mention) -> bool:
    """A new event ("more funding") joins only new ones, a denial only denials: "there is no
    more funding" must not turn the loan told before into a denied one."""
    return (kept.cue == "new") == (mention.cue == "new") and \
        (kept.event.modality == "denied") == (mention.event.modality == "denied")


def _same_event(a: Event, mention: _Mention) -> bool:
    """Same type, no conflicting core role, and a shared one, the same amount of money, or a
    restatement ("the deal", "the shipment", "the refinery") of the event told before."""
    b = mention.event
    lex = lexicon()
    if a.type != b.type:
        return False
    if a.type in lex.same_kind and not _kindred(a.kind, b.kind):
        return False  # Iluka's mines and Iluka's refinery
    if a.value and b.value and a.value.get("amount") == b.value.get("amount"):
        return True
    core = lex.core[a.type]
    shared = conflicts = 0
    for role in core:
        left = set(map(str, a.arguments.get(role, ())))
        right = set(map(str, b.arguments.get(role, ())))
        if left and right:
            if left & right or left & _countries(right) or _countries(left) & right:
                shared += 1
            elif role != "commodity" and role not in lex.loose_roles:
                conflicts += 1
            left = {i for i in left if i.startswith("org:")}
            right = {i for i in right if i.startswith("org:")}
            if role in lexicon().set_roles and left - right and right - left:
                conflicts += 1
    restated = bool(lexicon().restatement.match(b.evidence.text))
    same_kind = a.kind == b.kind and a.type in lex.same_kind and mention.cue == "definite"
    return conflicts == 0 and (shared > 0 or restated or same_kind)


def _countries(ids: set[str]) -> set[str]:
    """The countries of the places among ``ids`` ("place:CN-JX" → "country:CN"): a headline's
    "mine in China" and the body's "mine in Jiangxi province" are one place (two provinces of
    one country are not)."""
    return {f"country:{i[6:8]}" for i in ids if i.startswith("place:") and i[8:9] == "-"}


def _kindred(a: str, b: str) -> bool:
    """Kinds that may name the same event: equal, one generic, or kin."""
    lex = lexicon()
    return a == b or bool({a, b} & lex.generic_kinds) or any(
        {a, b} <= group for group in lex.kin_kinds)


def _absorb(kept: Event, other: Event) -> None:
    for role, values in other.arguments.items():
        for value in values:
            _add(kept.arguments, role, value)
    kept.more_evidence.append(other.evidence)
    kept.date = kept.date or other.date
    kept.date_precision = kept.date_precision or other.date_precision
    kept.value = kept.value or other.value
    kept.stage = kept.stage or other.stage
    kept.confidence = min(0.99, max(kept.confidence, other.confidence) + 0.05)
    kept.modality = min(kept.modality, other.modality, key=_MODALITY_RANK.index)
    if kept.kind in lexicon().generic_kinds and other.kind not in lexicon().generic_kinds:
        kept.kind = other.kind
        kept.extractor = other.extractor
