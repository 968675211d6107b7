"""Trigger words: which of them may propose an event, the sentences holding them, and the clause
each governs."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import islice, pairwise
from typing import TypeVar

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.extract.gazetteer import Hit
from mineralwatch.extract.organisations.names import opens_site_name_after
from mineralwatch.extract.text import Sentence, alternation, last_words
from mineralwatch.extract.vocabulary import percent_words
from mineralwatch.models import Value

from .lexicon import OBJECT_CHARS, WORD, Trigger, lexicon

Clause = tuple[int, int]  # start and end offsets in the article
_Item = TypeVar("_Item", Hit, Span, Value)
_NAMED_TYPES = ("organization", "listing")
# Words after a required word among which one of its `requires_voided_before` voids it.
_VOIDED_WITHIN = 2


@dataclass(slots=True)
class SentenceContext:
    """What the triggers of one sentence share: its entities, values and words."""

    number: int
    sentence: Sentence
    spans: list[Span]
    values: list[Value]
    hits: list[Hit]
    lowered: str
    stages: list[Hit]  # stage words, offsets into the article
    found: list[Hit]  # every trigger word, ``hits`` those that may propose an event
    owners: list[str] = field(default_factory=list)  # of the facilities read so far
    _words: set[str] | None = None
    # trigger's start → the sentence's subject, for a plant of a coordinated verb's object
    shared_subjects: dict[int, Span] = field(default_factory=dict)
    parted: set[int] = field(default_factory=set)  # starts of plants another's object parts
    _partings: dict[tuple[int, int, int], int | None] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    # id of a span of ``spans`` → facts of the sentence every trigger reads (see roles)
    qualifies_only: dict[int, bool] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    name_starts: dict[int, int] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    @property
    def words(self) -> set[str]:
        """The sentence's words, lower-cased and as written (read only for ``requires``)."""
        if self._words is None:
            self._words = words_of(self.sentence.text, self.lowered)
        return self._words


def words_of(text: str, lowered: str) -> set[str]:
    """The words of ``text`` lower-cased and as written: "rose" and "ASX" alike."""
    return set(WORD.findall(lowered)) | set(text.split())


def trigger_hits(doc: Doc, found: list[Hit]) -> list[Hit]:
    """The trigger words of ``found`` that may propose events: none inside an organisation's
    name ("Three Crown Mines", "Critical Minerals Facility") or joined by a hyphen
    ("mine-to-magnet", "ship-to-shore" are words of their own)."""
    names = span_index(doc)[0]
    return [h for h in found if not _hyphen_joined(doc.text, h) and not in_names(h.start, names)]


def title_may_tell(doc: Doc, hits: list[Hit]) -> bool:
    """Whether a trigger of the title has its required words there too: most titles tell no
    event, and reading one costs a document of its own."""
    triggers = [t for h in hits for t in h.payload]
    if not triggers:
        return False
    words = words_of(doc.title, doc.title_lowered)
    return any(not t.needs_words or t.wanted_by(words, doc.title_lowered) for t in triggers)


# Entities whose names hold no word a trigger requires: "NEW YORK", "New Mexico" are not new.
PLACE_TYPES = frozenset({"country", "place"})
# Where an amount of money ends a verb's object (``OBJECT_CHARS`` long at most): a year or a
# model number does not ("raised its 2025 copper premium to $89"). An amount also ends the
# words a trigger's ``excludes`` are read in: "raise prices" raises no money, "fell 4 pct on
# lower gold prices" is still a fall of shares; a percentage of something goes on to it
# ("added 20 per cent to its lithium output").
_PERCENT_WORDS = alternation(percent_words(), space=r"[ \t]+")
_AMOUNT = re.compile(r"[$€£¥][ \t]*\d|\d[\d,.]*[ \t]*(?:million|billion|mln|bln|bn|m|dlrs|"
                     rf"dollars|cents|cts)\b|\d[\d,.]*[ \t]*(?:{_PERCENT_WORDS})(?![a-z])"
                     r"(?![ \t]+(?:to|of)\b)", re.IGNORECASE)


def has_required_words(trigger: Trigger, context: SentenceContext, hit: Hit) -> bool:
    """A bare "rose" is a market move only in a sentence that speaks of shares or prices; a
    trigger with ``near`` wants the word close by ("plans to build a refinery", not a refinery
    named in a sentence that speaks of a new chairman); one with ``excludes`` is another
    event when its object is such a word ("raise prices" raises no money)."""
    if trigger.unconditional:
        return True
    # the object read only in a sentence that holds an excluded word's first word at all
    excluded = bool(trigger.excludes) and \
        trigger.excluded_anywhere.search(context.lowered) is not None
    if excluded and (trigger.excludes.intersection(_words_and_pairs(
            _AMOUNT.split(_unnamed(context, hit, _object_window(
                context, hit, OBJECT_CHARS + _names_after(context, hit, OBJECT_CHARS))),
                          maxsplit=1)[0])) or
            trigger.excludes.intersection(_passive_object(context, hit))):
        return False  # "raising its copper cathode price": no raise of money
    if not trigger.needs_words:
        return True
    if trigger.named and (named_subject(context, hit, trigger) is not None or
                          _it_moves_to_a_share_price(context, hit, trigger)):
        return True
    if trigger.near:
        return trigger.may_be_near(context.lowered) and _wanted_near(trigger, context, hit) \
            and not (trigger.type in lexicon().site_types and
                     (_worked_or_run(_clause_before(context, hit)) or _kept_idle(context, hit)))
    return trigger.wanted_by(context.words, context.lowered)


def _names_after(context: SentenceContext, hit: Hit, chars: int) -> int:
    """How many of the ``chars`` after ``hit`` organisations' names fill: a verb's first object
    may be a name, its second the thing given ("grants Qaqortoq Rare Metals an exploitation
    licence"), so the object is read that much further."""
    return sum(span.end - max(span.start, hit.end) for span in context.spans
               if span.type == "organization" and hit.end <= span.end and
               span.start < hit.end + chars)


def _unnamed(context: SentenceContext, hit: Hit, window: str) -> str:
    """The object ``window`` read after ``hit`` with the names of organisations blanked out:
    the word of a company's name is not the object's ("agreed to sell its Otter Brook mine to
    Ridgeline Metals" sells a mine, not metals)."""
    return _names_blanked(context, window, hit.end)


def _names_blanked(context: SentenceContext, window: str, offset: int) -> str:
    """``window``, the text from ``offset`` on, with the parts of organisations' names within
    it blanked out, so that offsets into it stay those of the text."""
    for span in context.spans:
        if span.type == "organization" and span.end > offset and span.start < offset + len(window):
            low, high = max(0, span.start - offset), span.end - offset
            window = window[:low] + " " * (min(high, len(window)) - low) + window[high:]
    return window


def _passive_object(context: SentenceContext, hit: Hit) -> list[str]:
    """In the passive voice, the clause's words before the verb, its object among them ("The
    concessions were awarded as follows", "its output will be increased", the auxiliary in
    the trigger's words; "two cargoes were reportedly sold", an adverb between); none in the
    active voice, where they are its subject ("Liontown Resources added 8 per cent"). A
    subject set off by an aside is read before it ("The shipment, produced at the new plant,
    was sold")."""
    offset = context.sentence.start
    before = _clause_before(context, hit, OBJECT_CHARS)
    auxiliaries = lexicon().passive_auxiliaries
    first = context.lowered[hit.start - offset:hit.end - offset].split(" ", 1)[0]
    passive = first in auxiliaries
    adverb = len(before) > 1 and before[-2] in auxiliaries and before[-1].endswith(("ly", "ed"))
    if not before or not (passive or before[-1] in auxiliaries or adverb) or \
            first.endswith("ing"):
        return []  # "Ochre Metals is selling its mine": the progressive, active voice
    unnamed = _unnamed_before(context, hit)
    if all(word in auxiliaries or word in lexicon().auxiliaries or word.endswith(("ly", "ed"))
           for word in before):  # "have been", "will be": the perfect's or future's too
        subject = _subject_before_aside(context, hit, unnamed)
        if subject is not None:
            return subject
    return WORD.findall(_after_break(unnamed[-OBJECT_CHARS:]))


def _unnamed_before(context: SentenceContext, hit: Hit) -> str:
    """The lowered sentence before ``hit`` with organisations' names blanked out: "Ochre
    Metals said its stake was sold" sells a stake, not metals."""
    offset = context.sentence.start
    return _names_blanked(context, context.lowered[:hit.start - offset], offset)


def _subject_before_aside(context: SentenceContext, hit: Hit,
                          lowered: str | None = None) -> list[str] | None:
    """The words before an aside that two commas set off just before the trigger, when the
    clause holds only its verb's auxiliaries after it: the subject the aside interrupts ("The
    shipment, produced at the new plant, was sold"); None with no such aside. ``lowered``:
    the sentence before the trigger, as read (its names blanked), when not as written."""
    if lowered is None:
        lowered = context.lowered[:hit.start - context.sentence.start]
    aside = _last_comma(lowered, _last_comma(lowered, len(lowered)))
    if aside <= 0:
        return None
    return WORD.findall(_after_break(lowered[max(0, aside - OBJECT_CHARS):aside]))


def _last_comma(text: str, end: int) -> int:
    """The last comma of ``text`` before ``end`` that breaks a clause, -1 with none: the comma
    of a figure does not ("The final cargoes, about 24,000 tonnes, were sold")."""
    at = text.rfind(",", 0, end)
    while at > 0 and text[at + 1:at + 2].isdigit() and text[at - 1].isdigit():
        at = text.rfind(",", 0, at)
    return at


def of_another_figure(context: SentenceContext, hit: Hit, trigger: Trigger) -> bool:
    """Whether the verb's subject, its clause's words before it, is a figure of another kind
    than the move's (the role table's ``other_figures``): "All-in sustaining costs rose to
    A$11.40/lb", "Exports of copper rose in value by 18%" move no price."""
    words = lexicon().roles[(trigger.type, trigger.kind, trigger.frame)].get("other_figures")
    if not words:
        return False
    lex = lexicon()
    subject = _clause_before(context, hit, OBJECT_CHARS)
    if all(word in lex.auxiliaries or word in lex.verb_adverbs for word in subject):
        # "Investment demand, which sways the gold price, has also risen"
        aside_subject = _subject_before_aside(context, hit)
        if aside_subject is not None:
            subject = aside_subject
    opened = [i for i, word in enumerate(subject) if word in lex.conjunctions or
              (word in lex.prepositions and word not in ("of", "per"))]
    # "profit rose sixfold on higher commodity prices", "a 53% slide in prices": the figure
    # stands before another clause or phrase than the move's
    return not frozenset(words).isdisjoint(subject[opened[-1] + 1:] if opened else subject)


def _clause_before(context: SentenceContext, hit: Hit, chars: int | None = None) -> list[str]:
    """The lower-case words of the trigger's clause before it (of its last ``chars``
    characters, when given): its subject, or the verb whose object it is."""
    before = context.lowered[:hit.start - context.sentence.start]
    return WORD.findall(_after_break(before[-chars:] if chars else before))


def in_object(context: SentenceContext, hit: Hit, at: int, chars: int = OBJECT_CHARS) -> bool:
    """Whether offset ``at`` lies in the object of the verb ``hit``, read up to ``chars``
    characters on: "limit its tin exports"."""
    return 0 <= at - hit.end < len(_object_window(context, hit, chars))


def _after_break(text: str) -> str:
    """``text`` after its last comma, semicolon or colon (all of it without one): the part of
    its clause that ends it: three searches back from the end, not a split of the whole text
    at every break by a pattern looked up at each call."""
    return text[max(text.rfind(","), text.rfind(";"), text.rfind(":")) + 1:]


def _words_and_pairs(text: str) -> set[str]:
    """The words of ``text`` and each two of them in a row, which ``excludes`` may name:
    "share of" ("raised its share of the company"), not "share" ("raised money from a share
    issue")."""
    words = WORD.findall(text)
    return {*words, *(" ".join(pair) for pair in pairwise(words))}


def _object_window(context: SentenceContext, hit: Hit, chars: int) -> str:
    """The lowered words after a verb, up to ``chars`` and never past a comma or a new clause
    ("raise capital as prices …"): its object."""
    offset = context.sentence.start
    window = context.lowered[hit.end - offset:hit.end - offset + chars]
    return _object_end().split(window, maxsplit=1)[0]


@cache
def _object_end() -> re.Pattern[str]:
    """Where a verb's object ends: a comma (not one inside a number: "a 12,750,000 dlr
    contract") or a clause opener ("raise capital as prices …")."""
    return re.compile(rf"(?<!\d)[,;:]|[,;:](?!\d)|\b(?:{alternation(lexicon().conjunctions)})\b")


def _wanted_near(trigger: Trigger, context: SentenceContext, hit: Hit) -> bool:
    """A required word within ``near`` characters that is nearer this trigger than any other
    of its type not joined to it: "Lynas, which has Australia's only operating mine, has a
    grant … to build a refinery" builds the refinery, not the mine; "build a mine and
    refinery" both."""
    offset = context.sentence.start
    if trigger.after:  # the verb's own object: not past a comma or a new clause ("as …")
        low, window = hit.end - offset, _object_window(context, hit, trigger.near)
    elif trigger.before:  # its subject, in the same clause ("prices have doubled")
        window = _after_break(context.lowered[max(0, hit.start - offset - trigger.near):
                                              hit.start - offset])
        low = hit.start - offset - len(window)
    else:
        low = max(0, hit.start - offset - trigger.near)
        window = context.lowered[low:hit.end - offset + trigger.near]
    if trigger.holds_phrase(window):
        return True
    rivals = [h for h in context.hits if h is not hit and not _coordinated(context, h, hit)
              and any(t.type == trigger.type for t in h.payload)]
    voided = lexicon().voided_before
    for word in WORD.finditer(window):
        if word.group() in trigger.requires and not (
                word.group() in voided and
                not voided[word.group()].isdisjoint(_next_words(window, word.end()))):
            at = offset + low + word.start()
            if word.group() in lexicon().as_nouns and _as_a_noun(context, low, word):
                continue  # "the commission suggested": a body
            if word.group() in lexicon().in_phrase and not _in_phrase_of(context, at, hit):
                continue  # "The new division will have production plants"
            if any(s.start <= at < s.end and s.type in PLACE_TYPES for s in context.spans):
                continue  # "NEW YORK, March 2 - … refineries", "New Mexico": nothing new
            if not any(_distance(other, at) < _distance(hit, at) and
                       not _verb_of(other, at, hit) and
                       not (trigger.after and _object_noun(context, other, at, hit))
                       and _takes(other, trigger, word.group())
                       and not _verb_before_object(context, other, at, hit)
                       for other in rivals):
                return True
    return False


def _as_a_noun(context: SentenceContext, low: int, word: re.Match[str]) -> bool:
    """Whether a required word of ``requires_as_nouns`` (``word``, found in the sentence's
    text from ``low``) is the noun of a body, not the verb: after one of its words ("the
    commission") or written as a name ("Service Commission")."""
    before = last_words(context.lowered, 0, low + word.start(), 1)
    written = context.sentence.text[low + word.start():low + word.end()]
    return (bool(before) and before[0] in lexicon().as_nouns[word.group()]) or \
        (written[:1].isupper() and written[1:].islower())


def _verb_before_object(context: SentenceContext, other: Hit, at: int, hit: Hit) -> bool:
    """Whether the required word at ``at`` opens a verb phrase coordinated after the rival
    ``other`` by "and", with ``hit`` in its object: "doubled the concentrator and has frozen
    studies into a hydroxide plant" freezes the plant, not the concentrator."""
    if not other.end <= at < hit.start:
        return False
    offset = context.sentence.start
    return " and " in context.lowered[other.end - offset:at - offset]


def _takes(other: Hit, trigger: Trigger, word: str) -> bool:
    """Whether a nearer trigger takes the required ``word``; of a share move, only one that
    needs that word itself: a commodity's "trading at" wants a price, not the "shares" of
    "Arden shares were trading at A$0.40, down 11%", which stay the fall's."""
    return trigger.kind != "share_price" or any(t.type == trigger.type and word in t.requires
                                                for t in other.payload)


def _worked_or_run(clause: list[str]) -> bool:
    """Whether a plant's trigger, after the words ``clause`` of its clause, is the site of other
    work or a plant only run (``_site_of_work``, ``_only_run``): no news of the plant."""
    return _site_of_work(clause) or _only_run(clause)


def _kept_idle(context: SentenceContext, hit: Hit) -> bool:
    """Whether the plant is kept out of service, told as a state that goes on, not a change
    (``kept_verbs``): "the smelter remains closed", "kept the plant on care and maintenance"
    (not "will stay open for five more years", a closure put off)."""
    lex = lexicon()
    offset = context.sentence.start
    for kept in lex.kept_idle.finditer(context.lowered):
        start, end = kept.start() + offset, kept.end() + offset
        if start <= hit.start < end or (hit.end <= start and len(WORD.findall(
                context.lowered[hit.end - offset:kept.start()])) <= lex.kept_within):
            return True
    return False


def qualifies_a_noun(context: SentenceContext, hit: Hit) -> bool:
    """Whether the plant's word only qualifies the noun after it (``modified_heads``): "at
    the plant level", "steel plant closures" speak of no plant of the story."""
    after = _next_words(context.lowered, hit.end - context.sentence.start, 1)
    return bool(after) and after[0] in lexicon().modified_heads


def _site_of_work(clause: list[str]) -> bool:
    """Whether the trigger's phrase follows "at" in a clause that tells work of another kind
    just before it (``clause``: its words before the trigger): "completed a second hole at
    their jointly owned Doyon mine" finished a drill hole, no mine (not "miners tumble after a
    report that CATL has restarted production at a lithium refinery", whose miners are far
    from "at")."""
    lex = lexicon()
    sites = [i for i, word in enumerate(clause) if word == "at"
             and len(clause) - i - 1 <= lex.site_within]
    return bool(sites) and not lex.site_work.isdisjoint(
        clause[max(0, sites[-1] - lex.site_work_within):sites[-1]])


def _only_run(clause: list[str]) -> bool:
    """Whether the trigger's phrase (``clause``: its clause's words before it) is the object of
    a verb of running it, or follows "operating": "plans to operate the mine at half of its
    capacity", "which operates the Pinecrest mine" run a plant and change none (not "to build
    and operate a plant")."""
    lex = lexicon()
    for i in range(len(clause) - 1, max(-1, len(clause) - lex.running_within - 3), -1):
        word = clause[i]
        if word not in lex.running_verbs:
            continue
        after = clause[i + 1] if i + 1 < len(clause) else ""
        before = clause[i - 1] if i else ""
        told = after in lex.running_determiners and \
            len(clause) - i - 2 <= lex.running_within
        return (told or word in lex.running_adjectives) and before not in lex.running_not_after
    return False


def _in_phrase_of(context: SentenceContext, at: int, hit: Hit) -> bool:
    """Whether the word at ``at`` stands in the trigger's own noun phrase: before it, with at
    most ``in_phrase_within`` words between, none a name, an auxiliary (a verb's: "the new
    division will have production plants") nor closing a clause ("its new hydrometallurgical
    plant", "a new $800 million rare earths processing plant")."""
    offset = context.sentence.start
    if at >= hit.start:
        return False
    between = context.sentence.text[at - offset:hit.start - offset].split()[1:]
    auxiliaries = lexicon().auxiliaries
    if "from" in last_words(context.lowered, 0, at - offset, 3):
        return False  # "curbing output from its new hydroxide plant": a source, new or not
    return len(between) <= lexicon().in_phrase_within and \
        not any(_names_a_word(w) or w[-1] in ",;:" or w in auxiliaries for w in between)


def _names_a_word(word: str) -> bool:
    """Whether a word is a name's, capitalised and no sum ("A$800", "US$1.2bn" are amounts)."""
    return word[:1].isupper() and not any(ch.isdigit() for ch in word)


def _verb_of(other: Hit, at: int, hit: Hit) -> bool:
    """Whether the required word at ``at`` is the trigger ``other`` before the noun ``hit``,
    which still serves as its verb: "agreed to acquire a 10% stake"."""
    return other.start <= at < other.end <= hit.start


def _object_noun(context: SentenceContext, other: Hit, at: int, hit: Hit) -> bool:
    """Whether the required word at ``at`` is the trigger ``other`` itself, a noun in the
    verb ``hit``'s own object: "resumed lithium production", "restarted copper output" (a
    mineral between them does not make the noun a rival that takes the word from its verb;
    nor does "of" within the object: "approved the renewal of its mining lease"); not an agent
    or an adjunct after another preposition ("depressed by surplus production")."""
    offset = context.sentence.start
    return other.start <= at < other.end and hit.end <= other.start and \
        _preposition().search(context.lowered, hit.end - offset, other.start - offset) is None


@cache
def _preposition() -> re.Pattern[str]:
    """Any of the lexicon's prepositions but those that stay within a verb's object."""
    return re.compile(rf"\b(?:{alternation(lexicon().prepositions - _WITHIN_OBJECT)})\b")


# "approved the renewal of its mining lease": "of" joins a noun to the object it is part of.
_WITHIN_OBJECT = frozenset({"of"})


def _next_words(text: str, end: int, count: int = _VOIDED_WITHIN) -> list[str]:
    """The ``count`` words after ``end``: a required word is void before a word of
    ``requires_voided_before`` or a modifier and that word ("its first full quarter", "its
    first concentrate shipment")."""
    return [m.group() for m in islice(WORD.finditer(text, end), count)]


def _coordinated(context: SentenceContext, a: Hit, b: Hit) -> bool:
    """"build a mine and refinery": two triggers joined by "and" share their words, the second
    also when its own name or determiner stands before it ("will shut its Broad Arrow mine and
    Carnilya concentrator", "the mine and its processing plant")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    offset = context.sentence.start
    between = context.lowered[first.end - offset:second.start - offset].strip(" ,")
    if between in ("and", "or", ""):
        return True
    raw = context.sentence.text[first.end - offset:second.start - offset]
    return _NAMED_CONJUNCT.fullmatch(raw) is not None


# "and" or "or", a determiner, and at most three capitalised words of a name (no possessive):
# the gap between two plant words of which the second is named.
_NAMED_CONJUNCT = re.compile(r",?[ \t]+(?:and|or)(?:[ \t]+(?:the|its|their))?"
                             r"(?:[ \t]+[A-Z][\w.-]*(?<!'s)(?<!’s)){0,3}[ \t]+")


def _distance(hit: Hit, at: int) -> int:
    return hit.start - at if at < hit.start else at - hit.end


# A share's move in dollars and fractions, as the wires quote it: "rose 4-1/8 to 61-1/2", "was
# up 1-3/8", "gained 1 at 18".
_POINTS_MOVE = re.compile(r"[ \t]+(?:\d+-)?\d+/\d+\b|[ \t]+\d+(?:\.\d+)?[ \t]+(?:to|at)[ \t]+\d")
# The wire's ticker after a name it does not read as a listing: "Campbell Red Lake Mines <CRK>
# was up 1-3/8" (lowered, as the gap is read).
_WIRE_TICKER = re.compile(r"^[ \t]*<[a-z][a-z0-9]{0,5}(?:\.[a-z]{1,2})?>")


def named_subject(context: SentenceContext, hit: Hit, trigger: Trigger) -> Span | None:
    """"Liontown Resources down 7.6%, while IGO drops 4.1%": the company named right before
    a trigger that a percentage follows, in a brief that never says "shares"; of a price's
    move, the mineral ("Nickel jumped 2.3% to $17,640")."""
    types = _subject_types(trigger)
    aside = _before_aside(context, hit, types)
    before = aside or next((s for s in reversed(context.spans) if s.end <= hit.start), None)
    if before is None or before.type not in types:
        return None
    offset = context.sentence.start
    if before.type == "mineral" and "of" in WORD.findall(
            _after_break(context.lowered[:before.start - offset])):
        return None  # "China's exports of flake graphite fell 38%": the exports fell
    stated = next((v for v in context.values if v.type == "percent"
                   and before.end < v.start and v.end <= hit.start), None)
    if stated is not None and (aside is not None or lexicon().stated_move.fullmatch(
            context.lowered, before.end - offset, stated.start - offset)) and not \
            context.lowered[stated.end - offset:hit.start - offset].strip():
        # "Pilbara Minerals (ASX:PLS) was 5.1 per cent lower", "Seoyang, which supplies …,
        # closed 2.3 per cent higher"
        company = _listed_company(context, before)
        if lexicon().prepositions.intersection(
                last_words(context.lowered, 0, company.start - offset, 1)):
            return None  # "Copper production at Glencore was 5.1 per cent lower"
        return company
    gap = _WIRE_TICKER.sub("", context.lowered[before.end - offset:hit.start - offset])
    if not lexicon().move_gap.fullmatch(gap.strip(" \t)]>")) and aside is None:
        return None  # "The stock, which trades on Nasdaq, climbed 15%": a clause ends there
        # (not "Liontown Resources (ASX: LTR) dropped 7.6%")
    if _percent_follows(context, hit) or (
            before.type != "mineral" and _POINTS_MOVE.match(context.lowered, hit.end - offset)):
        company = _listed_company(context, before)
        clause = _after_break(context.lowered[:company.start - offset])
        if lexicon().traded_on.intersection(clause.split()[-2:]):
            return None  # "futures on the Guangzhou Futures Exchange surged 8%": where they
        return company   # trade, not what moved (not "fell 3.4% on Thursday, Mineral …")
    return None


# " was the worst performer among mid-caps, plunging": the company's rank in the session, then
# its move.
_RANKED = re.compile(r"[ \t]*(?:was|were|is|are)[ \t]+(?:the|a|an|one)[ \t]+(?:of[ \t]+the[ \t]+)?"
                     r"(?:[\w-]+[ \t]+){0,3}(?:performer|gainer|loser|faller|mover|riser|"
                     r"decliner|laggard|winner)s?\b[^,;:]{0,40},[ \t]*$", re.IGNORECASE)
# ", the world's largest cobalt producer, rose", ", which operates the Kamoto mine, edged up":
# an aside between a company and its move.
_ASIDE = re.compile(r",[ \t]+(?:the|a|an|one|which|whose|who|its)\b(?:[^,;:]|,[ \t]+(?=[A-Z]))"
                    r"{0,200},[ \t]*$")  # a comma inside only before a name: "Vidalia, Louisiana"


_ASIDE_BROKEN = re.compile(r",[ \t]+(?![A-Z]).*,")


def _it_moves_to_a_share_price(context: SentenceContext, hit: Hit, trigger: Trigger) -> bool:
    """"Dardania Zinc was among the biggest fallers. It sank 27% to 1.9p": a sentence opened
    by "It" and a company's move, its percentage right after and a share price told (not "It
    rose 12% … to 350,000 tonnes"); the pronoun's company is found as any subject pronoun's
    is."""
    offset = context.sentence.start
    return "organization" in _subject_types(trigger) and \
        context.lowered[:hit.start - offset].strip() == "it" and \
        _percent_follows(context, hit) and any(v.role == "share_price" for v in context.values)


# "sank 27%", "fell by about 3%": how far a move's percentage may stand after its verb.
_PERCENT_REACH = 12


def _percent_follows(context: SentenceContext, hit: Hit) -> bool:
    """Whether a percentage comes right after the trigger, as a move's size does."""
    return any(v.type == "percent" and 0 <= v.start - hit.end <= _PERCENT_REACH
               for v in context.values)


@cache
def _subject_types(trigger: Trigger) -> frozenset[str]:
    """The types of entity that may be the subject of a move named right before its trigger:
    companies and listings for shares, minerals for prices."""
    spec = lexicon().roles[(trigger.type, trigger.kind, trigger.frame)]
    return frozenset(kind for table in (spec.get("anywhere", {}), spec.get("subject", {}))
                     for kind, role in table.items() if role == "subject")


def _before_aside(context: SentenceContext, hit: Hit, types: frozenset[str]) -> Span | None:
    """The company or listing named before an aside that ends right before the trigger
    ("Shares of CMOC Group (HKEX: 3993), the world's largest cobalt producer, rose 3.2%"), the
    aside's own words (cobalt, U.S.) read past."""
    offset = context.sentence.start
    standing = _standing_tail()
    for span in reversed([s for s in context.spans if s.end <= hit.start]):
        gap = context.sentence.text[span.end - offset:hit.start - offset]  # as written
        gap = standing.sub("", gap)  # ", the biggest producer …, closed down 5.9%"
        gap = gap.lstrip(" \t)]>")
        if span.type in types and (_ASIDE.match(gap) or _RANKED.match(gap)):
            return span
        if _ASIDE_BROKEN.search(gap):
            break  # past a comma no name follows: the aside opened after this name
    return None


@cache
def _standing_tail() -> re.Pattern[str]:
    """A verb of standing ending a gap before a move, perhaps with the percentage it moved:
    "closed" of "…, closed down 5.9%", "closed 2.3 per cent" of "…, closed 2.3 per cent
    higher"."""
    return re.compile(rf"(?<=,)[ \t]*(?:{alternation(lexicon().standing_verbs)})"
                      rf"(?:[ \t]+{_PERCENT_FIGURE})?[ \t]+$")


_PERCENT_FIGURE = rf"\d+(?:\.\d+)?[ \t]*(?:{_PERCENT_WORDS})"


def _listed_company(context: SentenceContext, span: Span) -> Span:
    """"Trilogy Metals (NYSE American: TMQ) (TSX: TMQ) surged": the company its listings
    follow, not the last listing, moved."""
    if span.type not in _NAMED_TYPES:
        return span  # a mineral: "Shanghai Futures Exchange copper rose 0.4%"
    offset = context.sentence.start
    start = span.start
    for other in reversed([s for s in context.spans if s.end <= span.start]):
        if context.lowered[other.end - offset:start - offset].strip(" \t()[]:") or \
                other.type not in _NAMED_TYPES:
            break
        if other.type == "organization":
            return other
        start = other.start
    return span


def sentences_with_triggers(doc: Doc, hits: list[Hit]) -> Iterator[SentenceContext]:
    """Each sentence holding a trigger, with its entities, values and stage words, in one pass
    over the article; the sentences of no trigger (most of them) are not visited."""
    text_spans = [s for s in doc.spans if s.field == "text"]
    stages = [] if doc.cache.get("events.title") else \
        list(lexicon().stages.find(doc.text, doc.lowered))  # a headline's stage: the body's
    cursors = {"hits": 0, "spans": 0, "values": 0, "stages": 0}
    for number in dict.fromkeys(doc.sentence_index(h.start) for h in hits):
        if number < 0:
            continue  # before the first sentence
        sentence = doc.sentences[number]
        in_sentence = _within(hits, cursors, "hits", sentence)
        if not in_sentence:
            continue
        yield SentenceContext(
            number=number,
            sentence=sentence,
            spans=_within(text_spans, cursors, "spans", sentence),
            values=_within(doc.values, cursors, "values", sentence),
            hits=in_sentence,
            found=in_sentence,
            lowered=doc.lowered[sentence.start:sentence.end],
            stages=_within(stages, cursors, "stages", sentence),
        )


def _within(items: list[_Item], cursors: dict[str, int], name: str,
            sentence: Sentence) -> list[_Item]:
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


def span_index(doc: Doc) -> tuple[list[tuple[int, int]], dict[int, Span]]:
    """The body's organisation names (sorted) and its spans by where they end, built once."""
    cached = doc.cache.get("events.span_index")
    if cached is None:
        text_spans = [s for s in doc.spans if s.field == "text"]
        cached = ([(s.start, s.end) for s in text_spans if s.type == "organization"],
                  {s.end: s for s in text_spans})
        doc.cache["events.span_index"] = cached
    return cached


def sentence_spans(doc: Doc, number: int) -> list[Span]:
    """The body's spans that start in sentence ``number``, in the order of ``doc.spans``:
    each sentence's found once per article, for the rules looking back a few sentences."""
    found: dict[int, list[Span]] = doc.cache.setdefault(
        "events.sentence_spans", {})
    spans = found.get(number)
    if spans is None:
        sentence = doc.sentences[number]
        spans = found[number] = [s for s in doc.spans if s.field == "text"
                                 and sentence.start <= s.start < sentence.end]
    return spans


def main_entity(doc: Doc, kind: str, at: int | None = None) -> str | None:
    """The article's most mentioned entity of a type: what "the ban" is about, who produced,
    when the sentence is silent on it; in a round-up, the one of the item holding ``at``
    (see ``round_up_item``) if that item names one."""
    item = round_up_item(doc, at) if at is not None else None
    key = f"events.main.{kind}.{item}"
    if key not in doc.cache:  # asked once per fallback: count once per article or item
        start, end = item or (0, 0)
        bystanders = lexicon().bystanders
        words = lexicon().bystander_words
        counts = Counter(i for s in doc.spans if s.type == kind and (
                             item is None or (s.field == "text" and start <= s.start < end))
                         for i in s.ids
                         if i not in bystanders and not words.intersection(s.name.split())
                         and not (kind == "organization" and names_a_site(doc, s)))
        doc.cache[key] = counts.most_common(1)[0][0] if counts else \
            (main_entity(doc, kind) if item else None)
    return doc.cache[key]


def names_a_site(doc: Doc, span: Span) -> bool:
    """Whether a company's mention is a site's name: "Tsawisis uranium project", the project
    a project company is named after, counts for no company as the article's main one."""
    return span.field == "text" and opens_site_name_after(doc.text, span.end)


# The heading of an item of a round-up: a place or a topic in capitals, a colon and the item's
# headline, on a line of its own ("ZIMBABWE: Great Dyke base metal refinery fires up",
# "KAZAKHSTAN TO CHINA: FIRST TUNGSTEN CONCENTRATE CROSSES AT KHORGOS"), or a newsletter's
# numbered headline standing alone before a blank line, no sentence ("2. Kafue Copper to restart
# its smelter", "1. ZAMBIA: Kafue Copper lifts output"); a label written more than once is an
# interviewer's or a speaker's.
_ITEM_HEADING = re.compile(r"^[ \t]*(?:(?P<label>[A-Z][A-Z .'’&/-]{2,40}):[ \t]+\S[^\n]*$|"
                           r"\d{1,2}\.[ \t]+(?P<numbered>[A-Z][^\n]{10,150}[^.\n])$"
                           r"(?=\n[ \t]*\n))", re.MULTILINE)


def round_up_item(doc: Doc, at: int) -> tuple[int, int] | None:
    """The span of text, from its heading to the next, of the item of a round-up (an article
    with three item headings or more: a release's "SOURCE:" and "CONTACT:" lines make none)
    that holds ``at``; None outside a round-up's items. In a digest of five stories, "the
    refinery was part-financed by a loan" is the item's company's, not the company the whole
    digest names most."""
    starts = doc.cache.get("events.items")
    if starts is None:
        headings = list(_ITEM_HEADING.finditer(doc.text))
        labels = Counter(m["label"] or m["numbered"] for m in headings)  # "AMM: Where does
        starts = [m.start() for m in headings  # your concentrate go?": a speaker
                  if labels[m["label"] or m["numbered"]] == 1]
        doc.cache["events.items"] = starts = starts if len(starts) > 2 else []
    number = bisect_right(starts, at) - 1
    if number < 0:
        return None
    return starts[number], starts[number + 1] if number + 1 < len(starts) else len(doc.text)


def worldwide(doc: Doc, at: int) -> bool:
    """Whether one of the five words before ``at`` makes the figure the world's ("World mine
    production", "Non-Communist daily average unwrought aluminium production"): no country's,
    nor the dateline's."""
    return bool(lexicon().worldwide.intersection(doc.lowered[max(0, at - 50):at].split()[-5:]))


def in_names(start: int, names: list[tuple[int, int]]) -> bool:
    """Whether ``start`` lies inside one of ``names`` (sorted by start)."""
    position = bisect_right(names, (start, float("inf"))) - 1
    return position >= 0 and start < names[position][1]


def _hyphen_joined(text: str, hit: Hit) -> bool:
    return (hit.end < len(text) and text[hit.end] == "-") or \
        (hit.start > 0 and text[hit.start - 1] == "-")


def clause_of(context: SentenceContext, hit: Hit, trigger: Trigger, hits: list[Hit]) -> Clause:
    """The part of the sentence this trigger governs: up to triggers of other events, except
    those inside an aside ("Lynas, which has Australia's only operating mine, has a grant"),
    never across a semicolon between two triggers nor a comma before a subject of a trigger's
    own, and to a coordinated clause's start before a trigger of another type it sees through
    (", and Lynas sold …")."""
    sentence = context.sentence
    clause_start, clause_end = sentence.start, sentence.end
    see_through = ("market_move", trigger.type, *lexicon().clause_transparent.get(trigger.type, ()))
    for other in hits:
        if other.start >= hit.end and _asset_taken(context, hit, trigger, other):
            continue
        parting = _semicolon_between(sentence, hit, other)
        if parting is None:
            parting = own_subject_between(context, hit, other)
        if parting is not None:  # "agree all-share merger; Marunaka takes stake in …"
            clause_start, clause_end = _parted_at(hit, clause_start, clause_end, parting,
                                                  parting + 1)
            continue
        answer = _answering_measure(context, trigger, hit, other)
        if answer is not None:  # "… after Washington imposed controls": each its own clause,
            context.parted.add(hit.start)  # neither restating the other
            clause_start, clause_end = _parted_at(hit, clause_start, clause_end, answer, answer)
            continue
        if all(t.type in see_through for t in other.payload) and \
                not _other_measure(trigger, other):
            if other.end <= hit.start and trigger.type != "market_move":
                clause_start = max(clause_start, _cause_start(sentence, other, hit))
            if other.start >= hit.end and all(t.type != trigger.type for t in other.payload):
                # ", and Lynas sold …": its own clause all the same (not ", and the deal …")
                cut = _coordinated_clause(sentence, hit.end, other.start)
                if cut < other.start:
                    clause_end = min(clause_end, cut)
            elif other.start >= hit.end:  # "…, and last week the Treasury agreed
                # to take stakes": a trigger of its type in a clause of its own
                parted = subject_clause(context, hit.end, other.start)
                if parted is not None:
                    clause_end = min(clause_end, parted[0])
                elif names_its_actor(context, trigger, other):
                    clause_end = min(clause_end, other.start)
            continue
        if other.end <= hit.start and in_aside(sentence, other, hit.start):
            continue
        if other.end <= hit.start and _phrase_of_verb(context, other, hit):
            continue
        if other.end <= hit.start:
            clause_start = max(clause_start, other.end)
        elif other.start >= hit.end:
            clause_end = min(clause_end, other.start)
    if trigger.type in lexicon().object_parted_types:
        clause_start, clause_end = _second_object(context, hit, trigger, clause_start, clause_end)
    if clause_end < sentence.end:  # ended by a later trigger: perhaps at its own clause's start
        clause_end = _coordinated_clause(sentence, hit.end, clause_end)
    if trigger.type in lexicon().own_clause_types:
        clause_start = _own_clause_start(context, clause_start, hit)
    parted = subject_clause(context, clause_start, hit.start)
    if parted is not None:  # "…, and last week the Treasury agreed to take"
        clause_start = parted[1]
    parted = subject_clause(context, hit.end, clause_end)
    if parted is not None:  # "… of its project while Tarn Lithium cut its staff"
        clause_end = parted[0]
    offset = sentence.start
    joined = lexicon().joined_clause.search(sentence.text, hit.end - offset,
                                            clause_end - offset)
    if joined is not None:  # "… in the Spanish company and a company will be set up as …"
        clause_end = joined.start() + offset
    return clause_start, clause_end


def names_its_actor(context: SentenceContext, trigger: Trigger, other: Hit) -> bool:
    """"AGL will offer … for every two shares in TMOC in a counter-bid to the takeover offer by
    Santos": a later trigger of a type whose actor tells events apart, its actor named right
    after it (``actor_cues``), is a rival's; the earlier trigger's clause ends before it."""
    if trigger.type not in lexicon().actor_distinct:
        return False
    last = other.surface.lower().split()[-1]  # "bid by" names it within the trigger
    after = context.lowered[other.end - context.sentence.start:].split(maxsplit=1)[:1]
    return bool(lexicon().actor_cues.intersection([last, *after]))


def _parted_at(hit: Hit, clause_start: int, clause_end: int, ends: int,
               opens: int) -> Clause:
    """The trigger's clause cut at a boundary between it and another trigger: the earlier
    clause ends at ``ends``, the later one opens at ``opens``."""
    if ends < hit.start:
        return max(clause_start, opens), clause_end
    return clause_start, min(clause_end, ends)


def _asset_taken(context: SentenceContext, hit: Hit, trigger: Trigger, other: Hit) -> bool:
    """Whether the later trigger ``other`` is the asset noun heading the object of a deal's verb
    ("to sell its Kasempa North exploration licence to …", "a 60% stake in a tungsten
    exploration licence"): it names what changes hands, and the deal's clause goes on past it."""
    lex = lexicon()
    if trigger.type not in lex.asset_deal_types or \
            any(t.type not in lex.asset_deal_types[trigger.type] for t in other.payload):
        return False
    offset = context.sentence.start
    words = context.lowered[other.start - offset:other.end - offset].split()
    between = WORD.findall(context.lowered[hit.end - offset:other.start - offset])
    # the noun heads the object: no phrase of another relation opens before it ("buy alumina
    # from a refinery")
    if any(t.type in lex.asset_cued_types for t in other.payload):  # a plant: "… mine to X"
        after = WORD.findall(context.lowered[other.end - offset:
                                             other.end - offset + _PARTY_CUE_CHARS])
        if not after or after[0] not in lex.asset_party_cues:
            return False
    return bool(words) and words[-1] in lex.asset_nouns and \
        lex.prepositions.isdisjoint(w for w in between if w not in _OF_ASSET) and \
        in_object(context, hit, other.start, _ASSET_OBJECT_CHARS)


# How far after a deal's verb its asset's noun may stand: "to sell its non-core Kasempa North
# exploration licence".
_ASSET_OBJECT_CHARS = 60
# How far after a plant's noun the cue of the party it goes to may stand: " to", " from"
# (the first word after the noun, whatever its spaces).
_PARTY_CUE_CHARS = 8
# The prepositions inside a deal's object before its asset: "a stake in a tungsten licence",
# "the acquisition of the idle Sodankylä concentrator".
_OF_ASSET = frozenset({"of", "in"})


def _phrase_of_verb(context: SentenceContext, other: Hit, hit: Hit) -> bool:
    """Whether ``hit`` stands in a short phrase of the verb whose object the noun ``other`` is
    ("Acme followed the discovery with a placing", "Kinshasa replaced the ban with a
    quota"): the verb's subject is ``hit``'s too. The phrase opens right after ``other`` with
    one of `verb_phrase_openers`, a determiner stands a few words before ``other`` (a noun,
    not "was bought by funds"), and no comma, "and" or actor stands between."""
    lex = lexicon()
    offset = context.sentence.start
    between = context.lowered[other.end - offset:hit.start - offset]
    words = between.split()
    if not words or words[0] not in lex.verb_phrase_openers or \
            len(words) > lex.verb_phrase_words or "and" in words or \
            any(ch in between for ch in ",;:"):
        return False
    before = last_words(context.lowered, 0, other.start - offset, _NOUN_WORDS)
    return bool(lex.object_determiners.intersection(before)) and \
        lex.auxiliaries.isdisjoint(before[-1:]) and \
        not any(other.end <= s.start and s.end <= hit.start and s.type in ACTOR_TYPES
                for s in context.spans)


# Words before a trigger among which a determiner makes it a noun: "the discovery", "a flat
# 10% royalty".
_NOUN_WORDS = 3


def _cause_start(sentence: Sentence, move: Hit, hit: Hit) -> int:
    """Where the cause told after a market move opens, if the trigger stands in it ("surged
    200% after news that the Trump administration purchased a stake"); else the sentence's
    start."""
    if any(t.type != "market_move" for t in move.payload):
        return sentence.start
    offset = sentence.start
    openers = list(lexicon().move_causes.finditer(sentence.text, move.end - offset,
                                                  hit.start - offset))
    return openers[-1].end() + offset if openers else sentence.start


def _semicolon_between(sentence: Sentence, hit: Hit, other: Hit) -> int | None:
    """Where a semicolon stands between two triggers: each governs its own side of it."""
    offset = sentence.start
    if other.end <= hit.start:
        at = sentence.text.rfind(";", other.end - offset, hit.start - offset)
    elif other.start >= hit.end:
        at = sentence.text.find(";", hit.end - offset, other.start - offset)
    else:
        return None
    return at + offset if at >= 0 else None


def own_subject_between(context: SentenceContext, hit: Hit, other: Hit) -> int | None:
    """Where a list of clauses parts, each with a subject of its own, at the comma before the
    later one's: "Indonesia banned nickel ore exports in 2020, Zimbabwe and Namibia barred
    unprocessed lithium ore in 2022, and the Democratic Republic of Congo halted cobalt
    exports" (not ", a ban that …", which names no actor, nor "With the upcoming $33 million
    loan, Aqua Metals will have the funding", whose first part has none)."""
    first, second = (other, hit) if other.end <= hit.start else (hit, other)
    if first.end > second.start:
        return None
    key = (first.start, first.end, second.start)  # asked per clause, then per event's minerals
    if key not in context._partings:
        context._partings[key] = _parting(context.sentence, first, second, context.spans)
    return context._partings[key]


def _parting(sentence: Sentence, first: Hit, second: Hit, spans: list[Span]) -> int | None:
    """``own_subject_between`` for two triggers in text order: at the comma between them, or
    at an "and" when no comma stands there ("Iluka gained 2% and Arafura jumped 10%")."""
    offset, text = sentence.start, sentence.text
    parting = text.rfind(",", first.end - offset, second.start - offset)
    after = parting + 1
    if parting < 0:
        parting = text.rfind(" and ", first.end - offset, second.start - offset)
        after = parting + len(" and ")
        if parting < 0 or not _actor_opens(sentence, spans, offset + after):
            return None  # "the rare earths - dysprosium and terbium - processed by Iluka"
    opening = offset + text.rfind(",", 0, first.start - offset) + 1
    if _listed_subject(sentence, spans, opening, first.start) and \
            _listed_subject(sentence, spans, offset + after, second.start):
        return offset + parting
    return None


def _actor_opens(sentence: Sentence, spans: list[Span], start: int) -> bool:
    """Whether an actor's name opens the words at ``start``, after "the" if it is there."""
    if sentence.text.startswith("the ", start - sentence.start):
        start += len("the ")
    return any(s.start == start and s.type in ACTOR_TYPES for s in spans)


def _listed_subject(sentence: Sentence, spans: list[Span], start: int, end: int) -> bool:
    """Whether the few words between ``start`` and ``end`` name an actor, not as an apposition
    does (", a Saudi-Indian joint venture")."""
    words = sentence.text[start - sentence.start:end - sentence.start].lower().split()
    return len(words) <= _LISTED_SUBJECT_WORDS and \
        not lexicon().apposition_openers.intersection(words[:1]) and \
        _first_actor(spans, start, end) is not None


def _first_actor(spans: list[Span], start: int, end: int) -> Span | None:
    """The first actor named wholly between ``start`` and ``end``."""
    return next((s for s in spans if start <= s.start and s.end <= end
                 and s.type in ACTOR_TYPES), None)


# How many words a clause's subject may take, by where it is measured from. A listed clause's
# subject is measured from the comma opening the list item to the trigger, and may be a long
# country's name ("and the Democratic Republic of Congo"); a coordinated clause's, from its
# ", and" / ";" to the next trigger, stays short so that the last item of a list of objects is
# not taken for one ("Rio Tinto Ltd's unit"); the words before the actor opening a clause with
# a verb of its own (see `subject_clause`) are an adverb of time at most ("and last week the").
_LISTED_SUBJECT_WORDS = 7
_SUBJECT_WORDS = 4
_SUBJECT_LEAD_WORDS = 3
# The entity types that may act: as a clause's subject, or as what a pointer points back to.
ACTOR_TYPES = frozenset({"country", "organization"})


# The conjunctions that open a clause of contrast: ", while Mexico …", ", but …".
_CONTRASTING = r"but|while|whereas"
# A coordinated clause opening: ", and the miner has since signed", ", while Mexico …".
AND_CLAUSE = re.compile(rf",[ \t]+(?:and|{_CONTRASTING})[ \t]+")
# A clause of contrast, not a listed one: ", while …", ", but …", "; …" (a list of measures
# joins its items with "and").
CONTRAST_CLAUSE = re.compile(rf",[ \t]+(?:{_CONTRASTING})[ \t]+|;")
# ", and Lynas sold …", "; …": a new clause, with its own subject, before the next trigger.
NEW_CLAUSE = re.compile(rf"{AND_CLAUSE.pattern}|;[ \t]+")


def _coordinated_clause(sentence: Sentence, start: int, end: int) -> int:
    """Where the clause of a trigger ending at ``start`` ends before the trigger at ``end``:
    at a coordinating ", and" or ";" a short subject before that trigger ("raised its quota,
    and Lynas sold shares": Lynas is the seller's, not the quota's; not the last item of a
    list, "to Hyundai, Siemens Gamesa, and GE as other countries try …"), else at it."""
    found = _short_new_clause(sentence, start, end)
    return found.start() + sentence.start if found is not None else end


def _short_new_clause(sentence: Sentence, start: int, end: int) -> re.Match[str] | None:
    """The last ", and", ", while" or ";" between ``start`` and ``end`` when at most
    ``_SUBJECT_WORDS`` words follow it before ``end``: a new clause whose subject stands
    there (offsets of the match are into the sentence)."""
    offset = sentence.start
    breaks = list(NEW_CLAUSE.finditer(sentence.text, start - offset, end - offset))
    if breaks and len(sentence.text[breaks[-1].end():end - offset].split()) <= _SUBJECT_WORDS:
        return breaks[-1]
    return None


def _second_object(context: SentenceContext, hit: Hit, trigger: Trigger,
                   start: int, end: int) -> Clause:
    """Where the clause of a plant's word ends before another plant word of its type, the head
    of a second object (after ", and" and its determiner) or of a verb's coordinated after
    "and" ("a smelter at Huelva in Spain …, and a nickel mine … in northern Sweden",
    "expanded the mill and has shelved plans for a sulphate plant"): what follows is
    the other plant's, though that word tells no news of its own; "a mine and refinery in
    Finland" shares its words.

    Besides the clause it returns, it records on ``context`` what the mentions read later:
    the trigger's start in ``parted`` (its event restates none before it, see
    `mentions._joins_told`), and for a coordinated verb the actor opening the clause in
    ``shared_subjects`` (the subject the verb shares, see `mentions._fill_shared_subject`)."""
    offset = context.sentence.start
    for other in context.found:
        if all(t.type != trigger.type for t in other.payload):
            continue
        if start <= other.end <= hit.start:
            parts = _second_objects(context.lowered, other.end - offset, hit.start - offset)
            if parts:
                subject = _opening_actor(context, start, other.start) \
                    if parts[-1]["verb"] else None
                if subject is not None:  # "Arlo shelved … and has frozen": Arlo's still
                    context.shared_subjects[hit.start] = subject
                start = parts[-1].end() + offset
                context.parted.add(hit.start)
        elif hit.end <= other.start < end:
            parts = _second_objects(context.lowered, hit.end - offset, other.start - offset)
            if parts:
                end = parts[-1].start() + offset
                context.parted.add(hit.start)
    return start, end


def _second_objects(lowered: str, start: int, end: int) -> list[re.Match[str]]:
    """Where a second object or a coordinated verb opens between ``start`` and ``end``: after
    ", and" and a determiner, or "and" and a verb (an auxiliary's, a past, or a bare verb of a
    plant's change, ``object_parted_verbs``: "expand its mine and build a refinery")."""
    found = [*_second_object_pattern().finditer(lowered, start, end),
             *lexicon().object_parted_verb.finditer(lowered, start, end)]
    return sorted(found, key=lambda match: match.start())


def _opening_actor(context: SentenceContext, start: int, end: int) -> Span | None:
    """The actor named first between ``start`` and ``end``, if it opens those words (a few
    words at most before it): the subject of the verb whose objects part there."""
    offset = context.sentence.start
    actor = _first_actor(context.spans, start, end)
    if actor is None or \
            len(context.sentence.text[start - offset:actor.start - offset].split()) > \
            _SUBJECT_LEAD_WORDS:
        return None
    return actor


# ", and a lithium mine", " and has frozen work on": a second object or a coordinated verb.
# A noun phrase after ", and" may be a new clause's subject ("…, and a Kazakh refinery resumed
# output"), so only a coordinated verb shares the sentence's subject.
@cache
def _second_object_pattern() -> re.Pattern[str]:
    """", and" and one of the lexicon's object determiners, or "and" and a verb: one after a
    told auxiliary (not the lexicon's whole list: its "would", "can", "could", "may" change
    what is read, and are untried here), or a past."""
    determiners = alternation(lexicon().object_determiners)
    return re.compile(rf",[ \t]+and[ \t]+(?:{determiners})[ \t]|[ \t]+and[ \t]+(?P<verb>"
                      r"(?:has|have|had|will|is|was|are|were)[ \t]+[a-z]+|[a-z]+ed)[ \t]")


def subject_clause(context: SentenceContext, start: int, end: int) -> tuple[int, int] | None:
    """Where a coordinated clause with a subject and a verb of its own opens between ``start``
    and ``end`` (the offsets of its break and of its first word): ", and last week the
    Treasury agreed to …", "; Lynas has …", ", while Iluka said …": an actor
    named within a few words of the break, its verb right after it (an auxiliary, a past
    tense, or what stands at ``end``); not ", and the deal …", nor the second name of a
    subject whose first an aside follows."""
    offset, text = context.sentence.start, context.sentence.text
    window = text[start - offset:end - offset]
    if not any(mark in window for mark in _SUBJECT_BREAK_MARKS):
        return None  # no break can stand there: most clauses are asked, few have one
    breaks = list(_SUBJECT_BREAK.finditer(text, start - offset, end - offset))
    if not breaks:
        return None
    opening = breaks[-1].end() + offset
    lowered = context.lowered[:breaks[-1].start()]
    if lowered[lowered.rfind(","):].startswith(tuple(lexicon().asides)):
        return None  # "National Aluminium, which owns the plant, and MMTC signed": one subject
    actor = _opening_actor(context, opening, end)
    if actor is None:
        return None
    rest = _LISTING_AFTER.sub("", text[actor.end - offset:end - offset], count=1)
    verb = rest.split(maxsplit=1)[0] if rest.strip() else ""
    if not verb or verb in lexicon().auxiliaries or (verb.endswith("ed") and verb.islower()):
        return breaks[-1].start() + offset, opening
    return None


# Where a clause with a subject of its own may open: NEW_CLAUSE, or "while"/"whereas" with no
# comma ("deferred stage two of its project while Tarn Lithium cut its staff"), or a
# subordinator of time or cause ("lifted its stake to 19.9% but withdrew after FIRB raised
# concerns": FIRB is no party to the stake).
_BARE_CLAUSE_OPENERS = ("while", "whereas", "after", "before", "because", "until", "unless")
_SUBJECT_BREAK = re.compile(
    rf"{NEW_CLAUSE.pattern}|[ \t]+(?:{alternation(_BARE_CLAUSE_OPENERS)})[ \t]+")
# What every _SUBJECT_BREAK holds (NEW_CLAUSE opens at "," or ";"): a window with none of
# them is passed over without a search.
_SUBJECT_BREAK_MARKS = (",", ";", *_BARE_CLAUSE_OPENERS)
# A listing or an aside in brackets after a subject's name: "Lithium Americas (NYSE: LAC)".
_LISTING_AFTER = re.compile(r"^[ \t]*[(<][^()<>]{0,40}[)>]")


def _own_clause_start(context: SentenceContext, start: int, hit: Hit) -> int:
    """Where the trigger's clause opens after a coordinating ", while", ", and" or ";" that a
    short subject of its own follows: "Bolivia's lawmakers have yet to ratify contracts …,
    while Mexico nationalised lithium" (Mexico's act, not Bolivia's)."""
    found = _short_new_clause(context.sentence, start, hit.start)
    if found is None:
        return start
    opening = found.end() + context.sentence.start
    return opening if _first_actor(context.spans, opening, hit.start) is not None else start


def _other_measure(trigger: Trigger, other: Hit) -> bool:
    """"Trump imposing a tariff on China, Beijing introduced export controls": two policies
    of unrelated kinds in one sentence are two measures, each with its own clause."""
    lex = lexicon()
    return trigger.type in lex.bounded_types and all(
        t.type == trigger.type and not lex.kindred(t.kind, trigger.kind) for t in other.payload)


def _answering_measure(context: SentenceContext, trigger: Trigger, hit: Hit,
                       other: Hit) -> int | None:
    """"Beijing banned gallium exports to the US after Washington imposed controls on Chinese
    chipmakers": a measure of the trigger's type told as the answer to another ("after",
    "in retaliation for"), an actor of its own (or its capital) named between the opener and
    the later trigger, is another measure, however kindred their kinds; not "after imposing
    controls last year". Where the answered measure's clause opens (the opener's start), or
    None."""
    if trigger.type not in lexicon().bounded_types or \
            any(t.type != trigger.type for t in other.payload):
        return None
    first, second = (other, hit) if other.end <= hit.start else (hit, other)
    offset = context.sentence.start
    openers = list(lexicon().measure_answers.finditer(context.lowered, first.end - offset,
                                                      second.start - offset))
    if not openers:
        return None
    after = openers[-1].end() + offset
    actor = any(after <= s.start and s.end <= second.start and s.type in ACTOR_TYPES
                for s in context.spans) or lexicon().government_refs.capitals.search(
        context.sentence.text, after - offset, second.start - offset) is not None
    return openers[-1].start() + offset if actor else None


def in_aside(sentence: Sentence, other: Hit | Span, before: int) -> bool:
    """Whether ``other`` lies in a relative clause (", which …,") closed before ``before``."""
    offset = sentence.start
    if sentence.text.find(",", other.end - offset, before - offset) < 0:
        return False  # nothing closes it: the opener is not looked for
    head = sentence.text[:other.start - offset].lower()
    return max(head.rfind(cue) for cue in lexicon().asides) >= 0
