"""What the words around a trigger say of its event: denied, rumoured, planned or asserted, how
confident the reading is, and whether the text introduces it as new or as one told before."""

from __future__ import annotations

import re
from itertools import pairwise

from mineralwatch.extract.doc import Doc
from mineralwatch.extract.gazetteer import Hit
from mineralwatch.extract.text import WIRE_CODE, last_words
from mineralwatch.models import Event

from .lexicon import WORD, RoleTable, Trigger, lexicon
from .roles import Arguments
from .triggers import Clause, SentenceContext, sentence_spans

# Modality cues are read this many characters before the trigger ("will acquire", "denied
# reports that it would acquire") and after it ("is expected to close"); not in the trigger.
_MODALITY_BEFORE = 80
_CUE_BEFORE = 40  # characters before a trigger read for a cue close to it ("likely to")
_MODALITY_AFTER = 25


def modality_of(text: str, context: SentenceContext, clause: Clause, hit: Hit,
                trigger: Trigger, spec: RoleTable, arguments: Arguments,
                how: set[str]) -> tuple[str, float]:
    """Denied, rumoured or planned from cue words around the trigger; confidence from how the
    roles were found: each core role filled adds, a pronoun-resolved or article-level guess
    takes away, and a denial or rumour lowers it."""
    lex = lexicon()
    filled = sum(1 for role in spec["core"] if arguments.get(role))
    confidence = trigger.confidence + lex.confidence["per_core_role"] * (filled - 1)
    confidence -= sum(lex.confidence[guess] for guess in how)
    confidence = max(0.1, min(0.95, confidence))
    negated = (trigger.type in lex.negated_types and _negated(text, clause[0], hit.start)) or \
        _denied_in_sentence(text, context, hit, trigger)
    before = text[max(context.sentence.start, hit.start - _MODALITY_BEFORE):hit.start]
    after = text[hit.end:min(context.sentence.end, hit.end + _MODALITY_AFTER)]
    forecast = lex.planned_by_type.get(trigger.type)
    denied_before, denied_after = lex.own_denials.get(
        f"{trigger.type}.{trigger.kind}", (lex.modality["denied"], lex.modality_after["denied"]))
    if trigger.frame == "offer" and lex.offer_answers.search(before):
        # "Kestrel rejected a takeover proposal from Arden": the offer stands, a proposal
        return "planned", round(confidence * lex.modality_factor["planned"], 3)
    for name in ("denied", "rumoured", "planned"):
        cues_before, cues_after = (denied_before, denied_after) if name == "denied" else \
            (lex.modality[name], lex.modality_after[name])
        if (name == "denied" and negated) or cues_before.search(before) or \
                cues_after.search(after) or (
                name == "planned" and forecast is not None and
                forecast.search(before[-lex.planned_near:])):
            return name, round(confidence * lex.modality_factor[name], 3)
    return "asserted", round(confidence, 3)


def _denied_in_sentence(text: str, context: SentenceContext, hit: Hit, trigger: Trigger) -> bool:
    """A denial whose reach is the sentence, however far from the trigger: a report denied
    before it ("denied a report in a Ho Chi Minh City newspaper earlier this month that a
    Chinese tungsten group … was preparing to buy a 35% stake"), a deal's talks ended after it
    ("talks with Breakwater Resources Ltd on a possible merger …, have been terminated")."""
    lex = lexicon()
    sentence = context.sentence
    return lex.denied_reports.search(text, sentence.start, hit.start) is not None or (
        trigger.type in lex.ended_types and
        lex.ended.search(text, hit.end, sentence.end) is not None)


def introduction(text: str, start: int, end: int) -> str:
    """How the words before a trigger introduce its event: "new" ("additional funding", not
    "these increased royalties"), "another" ("It also signed": none told before, though later
    sentences may restate it), "definite" ("the refinery", "its plant": one told of before) or
    "" (any other)."""
    lex = lexicon()
    words = last_words(text, start, end, 3)
    if lex.new_event.intersection(words) and not lex.demonstratives.intersection(words) and \
            not _adverb(words, lex.new_event):
        return "new"
    if lex.another.intersection(text[start:end].lower().split()):
        return "another"  # "It also entered into a memorandum": not the deal told before
    if lex.definite.intersection(words):
        return "definite"
    return ""


def advocated(text: str, context: SentenceContext, hit: Hit, trigger: Trigger) -> bool:
    """"the government instead should be smoothing licensing and regulatory approvals",
    "producers have pressed Chalmers and Treasury for incentives", "Bradford is recommending
    sale of USX shares": a measure or a deal someone asks for is none taken."""
    lex = lexicon()
    cues = lex.advocacy.get(trigger.type)
    if cues is None:
        return False
    # "the ministry, when asked by reporters, confirmed export controls": a passive cue's
    # subject answers, it asks for nothing.
    asked = [m.end() for m in cues.finditer(
        text, max(context.sentence.start, hit.start - _MODALITY_BEFORE), hit.start)
        if _PASSIVE_BY.match(text, m.end()) is None]
    if not asked:
        return False
    # "Jakarta has pressed smelter owners to take partners since it banned exports": a clause
    # opened after the cue, with a subject of its own (a pronoun or a named actor), tells of a
    # measure taken (not "pressed Treasury for incentives, such as production tax credits",
    # nor "urged Zimbabwe since January to ban exports").
    # So does one after a comma and "and" or "but" whose subject is a state, a determiner
    # skipped ("asked for relief last year, and the Quebec government cut the
    # royalty"; not "pressed Perth and Canberra for cuts": two objects).
    actors = {s.start for s in context.spans if s.type in _ACTORS}
    words = [w for w in WORD.finditer(text, asked[-1], hit.start)
             if w.group().lower() not in lex.advocacy_determiners]
    return not any(
        (word.group().lower() in lex.conjunctions or (
            word.group().lower() in lex.advocacy_coordinators and
            text[word.start() - 2:word.start()] == ", "))
        and (
            following.group().lower() in lex.subject_pronouns or following.start() in actors or
            lex.government_refs.heads.fullmatch(following.group().lower()) is not None)
        for word, following in pairwise(words))


_ACTORS = frozenset({"country", "organization", "person", "place"})
_PASSIVE_BY = re.compile(r"[ \t]+by\b")


def averted(text: str, context: SentenceContext, hit: Hit) -> bool:
    """"cash that lets it avoid a discounted equity raise": the trigger's noun phrase is what
    someone avoids, so none is told."""
    return lexicon().averted.search(text, max(context.sentence.start, hit.start - _CUE_BEFORE),
                                    hit.start) is not None


def left_out_of_deal(text: str, context: SentenceContext, hit: Hit) -> bool:
    """"will pay $200 million for its copper assets, excluding its stake in the smelter": the
    trigger's noun phrase is what a deal leaves out, no event of its own."""
    start = max(context.sentence.start, hit.start - _CUE_BEFORE)
    return lexicon().excluded_trigger.search(text, start, hit.start) is not None


def in_force(text: str, context: SentenceContext, hit: Hit, trigger: Trigger) -> bool:
    """"accused Japan of reneging on an agreement", "has continued to abide by the spirit of
    the memorandum": a deal kept or broken is one in force, none made now (of the types in
    ``in_force``); so is a partner one already is ("is already a partner with Rowan")."""
    lex = lexicon()
    if trigger.type not in lex.in_force_types:
        return False
    before = max(context.sentence.start, hit.start - _MODALITY_BEFORE)
    return lex.in_force.search(text, before, hit.start) is not None or (
        hit.surface.lower() in lex.partner_words and
        lex.already_partner.search(text, before, hit.start) is not None) or (
        trigger.kind in lex.named_kinds and _named_by_partners(text, context, hit))


# After a partner's name calling their venture: a legal form the name left out, a wire's mark
# and code ("Exxon Corp <XON> partnership"); between the two names, a slash or dash too
# ("Pty Co Ltd <BRKN.S>/Exxon", "Esso>-<BHP").
_NAME_END = rf"(?:[ \t]+[A-Z][\w.&]*){{0,2}}>?[ \t]*(?:{WIRE_CODE})?[ \t]*"
_PARTNERS_JOINED = re.compile(rf"{_NAME_END}[/–-][ \t]*<?")
_PARTNERS_END = re.compile(_NAME_END)
_THE_BEFORE = re.compile(r"\bthe[ \t]+<?$", re.IGNORECASE)


def _named_by_partners(text: str, context: SentenceContext, hit: Hit) -> bool:
    """"the Broken Hill Pty Co Ltd <BRKN.S>/Exxon Corp <XON> partnership": a venture called by
    its two companies' names is one in force, whatever the sentence tells of it."""
    names = [s for s in context.spans if s.type == "organization" and s.end <= hit.start]
    if len(names) < 2:
        return False
    first, second = names[-2:]
    return _PARTNERS_END.fullmatch(text, second.end, hit.start) is not None and \
        _PARTNERS_JOINED.fullmatch(text, first.end, second.start) is not None and \
        _THE_BEFORE.search(text, max(context.sentence.start, first.start - 6),
                           first.start) is not None


def collected(text: str, context: SentenceContext, hit: Hit, trigger: Trigger) -> bool:
    """"WA charges a royalty of 2.5 per cent", "was counting almost $1 billion in royalties":
    a levy told as the money a state takes under it is no measure taken (of the kinds in
    ``collected``)."""
    lex = lexicon()
    return trigger.type == "policy" and trigger.kind in lex.collected_kinds and \
        lex.collected.search(text, max(context.sentence.start, hit.start - _MODALITY_BEFORE),
                             hit.start) is not None


def forecast(text: str, context: SentenceContext, hit: Hit, trigger: Trigger) -> bool:
    """"The tin price is likely to rise to 20 ringgit a kilo this year": a move foreseen, its
    cue right before the verb, is none made (of the types in ``forecast``); a producer's "will
    raise its prices" is a decision (``decided_frames``)."""
    lex = lexicon()
    cues = lex.forecast_decided if trigger.frame in lex.decided_frames else \
        lex.forecast.get(trigger.type)
    return cues is not None and cues.search(
        text, max(context.sentence.start, hit.start - _CUE_BEFORE), hit.start) is not None


def wanted(text: str, context: SentenceContext, hit: Hit, trigger: Trigger) -> bool:
    """"would still need to raise roughly $150 million", "is evaluating "financing …"": money
    needed, weighed or in prospect, its cue a few words before the trigger, is none given (not
    "Tarnview, which needed to refinance its debt, secured a loan": a comma ends the need);
    so is output only possible or meant ("we intend to produce it")."""
    cues = lexicon().wanted.get(trigger.type)
    return cues is not None and cues.search(
        text, max(context.sentence.start, hit.start - _MODALITY_BEFORE), hit.start) is not None


def asked(context: SentenceContext, trigger: Trigger) -> bool:
    """"Q: Did Chinese companies try to buy the project?": a question tells no deal or measure
    (of the types in ``asked``), whatever its answer says after it."""
    return trigger.type in lexicon().asked_types and \
        context.sentence.text.rstrip(" \t\n\"'”’)").endswith("?")


def supposed(context: SentenceContext, hit: Hit, trigger: Trigger) -> bool:
    """"Lowering the top duty to 40 pct would bring in more investment": a measure
    in a gerund's phrase whose verb is a modal is one supposed, not taken (of the types in
    ``supposed``); a name ending in "-ing" ("Beijing would") is no gerund. So is one in the
    clause of a fear whose verb is a modal ("fear that Washington could … impose tariffs")."""
    lex = lexicon()
    if trigger.type not in lex.supposed_types:
        return False
    sentence = context.sentence
    if lex.feared.search(sentence.text, 0, hit.start - sentence.start) is not None:
        return True  # "out of fear that Washington could single out … for tariffs"
    match = lex.supposed.match(sentence.text)
    if match is None:
        return False
    gerund = sentence.start + match.start(1)  # "Banning exports …" is the trigger itself
    return gerund <= hit.start < sentence.start + match.start(2) and \
        not any(s.start <= gerund < s.end for s in context.spans)


def _adverb(words: list[str], cues: frozenset[str]) -> bool:
    """"China's recent decision to further restrict tungsten exports": after "to", the cue
    qualifies a verb, the measure reported, not another one."""
    return any(w in cues and i > 0 and words[i - 1] == "to" for i, w in enumerate(words))


def _negated(text: str, start: int, end: int) -> bool:
    """"did not sign", "has no offtake": a negation at most two words before the trigger."""
    words = last_words(text, start, end, 3)
    return any(w in lexicon().negation or w.endswith("n't") for w in words)


def denied_next(doc: Doc, event: Event) -> bool:
    """Whether one of the deal's parties denies it at the opening of the sentence after one
    telling it ("… reported that Tarn Holdings was in talks to buy 40% of Kestrel Borates.
    Tarn Holdings denied it."): a report its actor denies is no deal made."""
    rule = lexicon().denied_next
    if event.type not in rule.types:
        return False
    parties = {str(i) for role in rule.roles for i in event.arguments.get(role, ())}
    for told in (event.evidence, *event.more_evidence):
        if told.field != "text" or not parties:
            continue
        at = doc.sentence_index(told.end - 1) + 1  # the sentence after the one telling it
        if at == len(doc.sentences):
            continue
        sentence = doc.sentences[at]
        opener = min(sentence_spans(doc, at), key=lambda s: s.start, default=None)
        if opener is None or opener.start - sentence.start > 2 or \
                parties.isdisjoint(opener.ids):
            continue
        denial = rule.words.search(doc.text, opener.end, sentence.end)
        if denial is not None and denial.start() - opener.end <= rule.within:
            return True
    return False
