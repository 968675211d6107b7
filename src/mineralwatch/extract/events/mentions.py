"""Every sentence's reports of events, before merging: each trigger proposes an event, built
from its clause in the order triggers → clause → roles → values and date → modality."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import Any

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.extract.gazetteer import Hit
from mineralwatch.extract.geo import country_of_place, named_state
from mineralwatch.extract.organisations import cues, next_word
from mineralwatch.extract.text import Sentence, alternation, last_words
from mineralwatch.extract.values import written_with_scale
from mineralwatch.extract.vocabulary import load_units
from mineralwatch.models import Event, Evidence, Value

from .attach import attach_values, clause_values, event_date, stage
from .fallback import (
    fill_asset_owner,
    fill_commodity,
    fill_counted,
    fill_described_asset,
    fill_from_article,
    fill_literal,
    fill_other_party,
    fill_ports,
    fill_site,
    remember_actor,
)
from .government import (
    ARTICLE_STATE,
    add_state_parties,
    drop_governments,
    fill_government,
    keep_governments,
)
from .itemised import award_lines, itemised_amounts
from .lexicon import WORD, RoleTable, Trigger, lexicon
from .merge import Mention, dated_apart, identity, other_figures
from .modality import (
    advocated,
    asked,
    averted,
    collected,
    forecast,
    in_force,
    introduction,
    left_out_of_deal,
    modality_of,
    supposed,
    wanted,
)
from .quotes import quoted_moves
from .roles import (
    Arguments,
    drop,
    drop_bodies,
    fill_roles,
    has_required,
    keep_roles_distinct,
    relative_clause,
    reporter_as_role,
    speaker_as_object,
)
from .triggers import (
    CONTRAST_CLAUSE,
    PLACE_TYPES,
    Clause,
    SentenceContext,
    clause_of,
    has_required_words,
    in_object,
    named_subject,
    names_its_actor,
    of_another_figure,
    qualifies_a_noun,
    sentences_with_triggers,
    trigger_hits,
)

_LINE = re.compile(r"^[ \t]*(\S[^\n]*?)[ \t]*$", re.MULTILINE)
_BRACKETED = re.compile(r"\([^()]*\)")
_END_PUNCTUATION = frozenset(".!?\"”")


def find_mentions(doc: Doc, found: list[Hit]) -> list[Mention]:
    """Every sentence's reports of events, in text order; ``found`` are the trigger words of
    the text."""
    hits = trigger_hits(doc, found)
    title = doc.cache.get("events.title")
    boilerplate = [] if title else \
        [h.start for h in lexicon().boilerplate.find(doc.text, doc.lowered)]  # none in titles
    profiles = [] if title else _profile_sections(doc.text)
    mentions: list[Mention] = []
    for context in sentences_with_triggers(doc, hits):
        # (most articles have neither: no generator is made for each sentence then)
        if boilerplate and any(context.sentence.start <= b < context.sentence.end
                               for b in boilerplate):
            continue  # disclaimers and forward-looking legalese report no events
        # "About Energy Fuels": the issuer's standing profile, but for news it dates
        if profiles and any(start <= context.sentence.start < end for start, end in profiles) \
                and not _dated_news(doc, context):
            continue
        in_sentence = _sentence_mentions(doc, context)
        _link_purpose(in_sentence)
        mentions.extend(in_sentence)
    if not doc.cache.get("events.title"):
        mentions.extend([*itemised_amounts(doc, mentions), *award_lines(doc, mentions)])
        mentions.extend(quoted_moves(doc))
        mentions.sort(key=lambda m: m.event.evidence.start)  # text order, for merging
        mentions = _headline_copy_last(doc, mentions)
    return mentions


# How far into the body a page's copy of its headline is looked for (past a cookie banner or a
# breadcrumb), and the fewest words a headline needs for its copy to be told from a sentence.
_HEADLINE_COPY_REACH = 400
_HEADLINE_COPY_WORDS = 4


def _headline_copy_last(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A page that repeats its headline atop the body ("Territory buys into Wauchope Graphite as
    Canberra lends A$310m for Darwin anode plant") sums up the story there: the copy's mentions
    merge last, into the events the body tells, as the title's do, rather than each later
    report (the loan, the stake) merging into the headline's one event of its type."""
    title = doc.title.strip()
    at = doc.text.find(title, 0, len(title) + _HEADLINE_COPY_REACH) if title else -1
    if at < 0 or len(title.split()) < _HEADLINE_COPY_WORDS:
        return mentions
    copy = [m for m in mentions if m.event.evidence.start <= at < m.event.evidence.end]
    told = {id(m) for m in copy}
    return [m for m in mentions if id(m) not in told] + copy


def _dated_news(doc: Doc, context: SentenceContext) -> bool:
    """Whether a profile's sentence dates what it tells in the year or so before publication
    ("In 2024, Laurentia received a conditional commitment …" in a 2025 release), not as a
    period's start, a founding or a plan ("since 2021", "was founded in Ohio in 2019",
    "expects to commission it in 2027"). Undated articles' profiles tell none."""
    lex = lexicon()
    if doc.published is None:
        return False
    for value in context.values:
        if value.type != "date" or not value.date:
            continue
        before = doc.lowered[context.sentence.start:value.start].split()
        if lex.period_starts.intersection(before[-1:]) or \
                lex.founding_words.intersection(before):
            continue
        if 0 <= doc.published.year - int(value.date[:4]) <= lex.profile_news_years:
            return True
    return False


def _profile_sections(text: str) -> list[tuple[int, int]]:
    """The spans of sections headed "About <name>", each up to the next heading: a short
    line of its own, capitalised, without end punctuation ("Qualified Person", "Contact:")."""
    lex = lexicon()
    sections = []
    for head in lex.profile_head.finditer(text):
        last = head[0].split()[-1]
        if last[-1] in _END_PUNCTUATION and last.casefold() not in cues().legal_folded:
            # "About half of the output goes to Japan.": a sentence, no heading; a heading
            # may end with a legal form's stop ("ABOUT AMERICAN TUNGSTEN CORP.")
            continue
        end = len(text)
        for line in _LINE.finditer(text, head.end() + 1):
            words = line[1].split()
            if len(words) <= lex.heading_max_words and line[1][0].isupper() \
                    and line[1][-1] not in _END_PUNCTUATION:
                end = line.start()
                break
        sections.append((head.start(), end))
    return sections


def _sentence_mentions(doc: Doc, context: SentenceContext) -> list[Mention]:
    """The events one sentence tells: one per trigger at most, the most specific first."""
    allowed = _allowed_triggers(doc, context)
    # A word that may be another trigger's object bounds no clause: "banning exports of
    # gallium to the US" keeps "to the US" in the ban's clause.
    kept = {id(h) for t, h in allowed if not t.yields}
    context.hits = [h for h in context.hits if id(h) in kept]
    mentions, found_by = _propose_in_rank(doc, context, allowed)
    _share_sentence_actor(mentions, found_by)
    return _without_contracts_of(context, _without_stopped_mines(context, mentions, found_by),
                                 found_by, allowed)


def _allowed_triggers(doc: Doc, context: SentenceContext) -> list[tuple[Trigger, Hit]]:
    """The sentence's triggers that may tell an event here. Only triggers whose required
    words (and values) are there bound the clauses of the others: "China raised its rare
    earth mining quota" raises no money."""
    allowed = [(t, h) for h in context.hits for t in h.payload
               if has_required_words(t, context, h) and not _describes_a_name(doc, t, h) and
               not _names_a_holding(doc, t, h) and
               not _modifies_a_noun(doc, t, h) and not _goods_go_to(doc, context, t, h) and
               not of_another_figure(context, h, t) and
               _has_needed_values(lexicon().roles[(t.type, t.kind, t.frame)], context.values, h,
                                  context.lowered, h.end - context.sentence.start)]
    return _without_silenced(_without_objects(context, allowed))


def _propose_in_rank(doc: Doc, context: SentenceContext, allowed: list[tuple[Trigger, Hit]]
                     ) -> tuple[list[Mention], dict[int, tuple[Trigger, Hit]]]:
    """Build each allowed trigger's events in rank order, joining a restatement to the event
    it restates; the mentions, and which trigger proposed each (by the mention's id). A
    proposal that came to nothing, perhaps for want of a role a funding of the sentence
    fills, is built again once such a funding is told."""
    # Facilities first, their owners known to a funding of them; then "refinery" speaks before
    # "project", "co-operation agreements" before "signed".
    ranked = sorted(allowed, key=lambda pair: (pair[0].type != "facility", -pair[0].confidence,
                                               pair[1].start - pair[1].end))
    taken: dict[tuple[str, bool, str], set[str]] = {}  # (type, denied, kind) → core ids told
    used: set[int] = set()
    mentions: list[Mention] = []
    found_by: dict[int, tuple[Trigger, Hit]] = {}  # id of a mention → what proposed it
    pending: list[tuple[Trigger, Hit, Arguments | None]] = [(t, h, None) for t, h in ranked]
    unfunded: list[tuple[Trigger, Hit]] = []  # proposals that came to nothing, perhaps for
    # want of a role a funding of the sentence fills
    while pending:
        trigger, hit, funding = pending.pop(0)
        if hit.start in used:
            continue  # one event per trigger
        if trigger.type in lexicon().quoted_not_told and _commentary(doc, context, hit):
            continue  # "it was never going to reopen a mine": a speaker's commentary
        proposed = _build_event(doc, context, hit, trigger, funding)
        remember_actor(doc, proposed)
        if not proposed and funding is None and _may_be_funded(doc, trigger, hit):
            unfunded.append((trigger, hit))
        if not proposed or _part_of_told_plant(doc, context, hit, trigger, mentions):
            continue
        # "did not impose tariffs …, he did threaten duties": a denial and a threat are two.
        key = (trigger.type, proposed[0].event.modality == "denied", _kind_key(trigger))
        proposed = _untold_parts(context, hit, mentions, proposed, taken.get(key))
        if not _rival_kept(context, trigger, hit, proposed, mentions, found_by) and \
                _joins_told(doc, context, hit, proposed, mentions, taken.get(key)):
            _complete_restated(mentions, proposed)
            continue
        if trigger.type == "facility":
            context.owners.extend(o for m in proposed for o in m.event.arguments.get("owner", ()))
            for mention in proposed:
                mention.parted = hit.start in context.parted
            if _funded_development(context, trigger, hit, allowed):
                continue  # its owner still receives the funding
        mentions.extend(proposed)
        found_by.update((id(m), (trigger, hit)) for m in proposed)
        taken.setdefault(key, set()).update(_core_ids(proposed))
        used.add(hit.start)
        funding = next((m.event.arguments for m in proposed
                        if m.event.type == lexicon().funded_type), None)
        if funding:  # a plant built before the funding that pays for it: its owner receives it
            _fund_told_plants(doc, mentions, found_by, funding)
        if funding and unfunded:
            pending.extend((t, h, funding) for t, h in unfunded)
            unfunded = []
    return mentions, found_by


def _untold_parts(context: SentenceContext, hit: Hit, mentions: list[Mention],
                  proposed: list[Mention], taken: set[str] | None) -> list[Mention]:
    """Of a trigger's events split by party or figure, the one whose party the trigger
    follows right after (its own subject) when an earlier trigger of the sentence told the
    others ("nickel prices fell 2% to $16,000 and cobalt climbed 3%": "climbed" told cobalt's
    move, "fell" tells nickel's; not "germanium held at $4,900, and antimony slipped 3%")."""
    if len(proposed) < 2 or not taken:
        return proposed
    told = [m for m in proposed if identity(m.event) & taken]
    parties = {i for m in proposed for i in identity(m.event)}
    before = [s for s in context.spans if s.end <= hit.start and s.ids and s.ids[0] in parties]
    own = before[-1].ids[0] if before else None
    untold = [m for m in proposed if not identity(m.event) & taken and
              own in identity(m.event)]
    if not told or not untold:
        return proposed
    _complete_restated(mentions, told)
    return untold


def _fund_told_plants(doc: Doc, mentions: list[Mention],
                      found_by: dict[int, tuple[Trigger, Hit]], funding: Arguments) -> None:
    """Give the plants the sentence told before its funding the owner the funding names, when
    they have none: "approved a $90 million loan to Kestrel Graphite to help build a graphite
    plant in Mozambique" is Kestrel's plant (plants are proposed before fundings)."""
    for mention in mentions:
        trigger, hit = found_by[id(mention)]
        if trigger.type == "facility" and not mention.event.arguments.get("owner") and \
                _may_be_funded(doc, trigger, hit):
            _fill_funded(trigger, funding, mention.event.arguments)


def _part_of_told_plant(doc: Doc, context: SentenceContext, hit: Hit, trigger: Trigger,
                        mentions: list[Mention]) -> bool:
    """Whether the trigger tells the status or the size of a plant already told: "will build
    a facility …, producing up to 12,000 tonnes a year"."""
    return _status_of_facility(doc, hit, mentions) or (
        _a_capacity(doc.text, hit.start, context.sentence.end, trigger) and
        _beside_a_planned_plant(doc, context, hit, mentions))


def _joins_told(doc: Doc, context: SentenceContext, hit: Hit, proposed: list[Mention],
                mentions: list[Mention], taken: set[str] | None) -> bool:
    """Whether the proposed events restate events of their key told earlier in the sentence
    (``taken``: their core ids) and so only complete them: not across a clause that parts
    them, nor with another figure, sum or date."""
    return _restates(proposed, taken) and hit.start not in context.parted \
        and not _another_figure(proposed, mentions) \
        and not _another_sum(proposed, mentions, _added(doc, hit, proposed)) \
        and not _another_date(proposed, mentions)


def _share_sentence_actor(mentions: list[Mention],
                          found_by: dict[int, tuple[Trigger, Hit]]) -> None:
    """"Chinese exports of gallium stay low under the licensing rules, and cargoes to the
    United States have been barred since March": a measure whose clause names no one, its
    actor guessed from the measure told before the sentence (``last_actor``), is that of the
    measure an earlier clause of the same sentence tells with its actor named. The triggers
    are built most confident first, so the earlier clause's may come second."""
    roles = lexicon().actor_fallback
    for mention in mentions:
        role = roles.get(f"{mention.event.type}.{mention.event.kind}")
        if role is None or role not in mention.guessed:
            continue
        start = found_by[id(mention)][1].start
        told = [other for other in mentions if other.event.type == mention.event.type and
                role not in other.guessed and other.event.arguments.get(role) and
                found_by[id(other)][1].start < start]
        targets = mention.event.arguments.get("target", ())
        actors = [a for a in told[-1].event.arguments[role] if a not in targets] if told else []
        if actors:
            mention.event.arguments[role] = actors


def _commentary(doc: Doc, context: SentenceContext, hit: Hit) -> bool:
    """Whether a trigger stands in a quotation whose speaker tells no act of their own company
    before it ("it was never going to reopen a mine", "a rival that has built a concentrator"),
    unlike "Last month we commissioned a second flotation plant"."""
    return in_quotation(doc.text, hit.start) and \
        _WE.search(doc.lowered, context.sentence.start, hit.start) is None


_WE = re.compile(r"\bwe\b")


def in_quotation(text: str, at: int) -> bool:
    """Whether offset ``at`` stands inside a direct quotation opened earlier in its paragraph
    (its line of the cleaned text): more quotation marks opening a word before it than marks
    closing one (a line that opens with a quote's end, "… the plant," he said, holds none)."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    marks = before.count('"') + before.count("“") + before.count("”")
    return marks > 0 and 2 * len(_OPENING_QUOTE.findall(before)) > marks


_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[]))[\"“]")


def _may_be_funded(doc: Doc, trigger: Trigger, hit: Hit) -> bool:
    """Whether a proposal may take roles from a funding told in its sentence (`funded_roles`):
    a plant ("had been awarded a A$6 million grant … toward a proposed pilot plant at
    Kwinana"), not plants in general ("new mines"), nor a sale."""
    lex = lexicon()
    return trigger.type in lex.funded_roles and trigger.kind not in lex.funded_not_kinds and \
        not (trigger.type == "facility" and doc.lowered[hit.start:hit.end].endswith("s"))


def _purpose_told(context: SentenceContext) -> bool:
    """Whether the sentence tells a deal or a funding a plant may be the purpose of
    (`purpose_of_facility`): the plant's place is then no news of its own ("signed a
    memorandum … covering offtake of … cobalt sulphate to be produced at a planned refinery in
    Townsville"), and its owner may be the funding's (`_fill_funded`)."""
    purposes = lexicon().purposes
    return any(t.type in purposes for h in context.hits for t in h.payload)


def _fill_funded(trigger: Trigger, funding: Arguments, arguments: Arguments) -> None:
    """The roles a funding of the sentence fills that the event left empty (`funded_roles`):
    companies only, the funding's first ("Iluka already has a $1.25 billion loan for the
    development of the Eneabba rare earths refinery": Iluka's refinery)."""
    for role, source in lexicon().funded_roles[trigger.type].items():
        company = next((i for i in funding.get(source, ()) if str(i).startswith("org:")), None)
        if company and not arguments.get(role):
            arguments[role] = [company]


def _funded_development(context: SentenceContext, trigger: Trigger, hit: Hit,
                        allowed: list[tuple[Trigger, Hit]]) -> bool:
    """Whether a facility's only news is the work a funding in its sentence pays for ("loans
    to help Arafura Rare Earths develop its mine and refinery"): the funding is the event, the
    plant its purpose (see `funded_work`)."""
    lex = lexicon()
    if not any(t.type in lex.owner_fills for t, _ in allowed):
        return False
    return not _news_besides(trigger, context, hit, lex.funded_work)


def _news_besides(trigger: Trigger, context: SentenceContext, hit: Hit,
                  words: frozenset[str]) -> bool:
    """Whether the sentence tells news of the trigger besides ``words`` among its required
    words: a mine "shut down" tells only its stoppage, one "shut down … and plans to build"
    more."""
    return has_required_words(_without_words(trigger, words), context, hit)


@cache
def _without_words(trigger: Trigger, words: frozenset[str]) -> Trigger:
    """``trigger`` with ``words`` no longer among its required words, made once per pair:
    making a trigger finds the stems of its words (for ``Trigger.anywhere``), which costs ten
    times the test it serves."""
    return replace(trigger, requires=trigger.requires - words)


def _without_silenced(allowed: list[tuple[Trigger, Hit]]) -> list[tuple[Trigger, Hit]]:
    """Triggers whose role table is ``silenced_by`` a kind another trigger of the sentence
    tells before them: "Binding five-year offtake with Norrland for 25,000 tonnes per annum …,
    about 45% of planned Stage 1 output" tells the offtake's volume, no output (nor does the
    word bound the offtake's clause: "Offtake secured: 25% of near-term output locked for U.S.
    buyers"); "Output rose 10% …, and it signed an offtake" still tells output."""
    first: dict[str, int] = {}  # "type.kind" → where the sentence first tells it
    for trigger, hit in allowed:
        key = f"{trigger.type}.{trigger.kind}"
        first[key] = min(first.get(key, hit.start), hit.start)
    roles = lexicon().roles
    return [(t, h) for t, h in allowed
            if not any(first.get(kind, h.start) < h.start
                       for kind in roles[(t.type, t.kind, t.frame)].get("silenced_by", ()))]


# " to ", or a move's percentage between its sum and the level: "up 0.5c or 4.3% to 12c".
_TO_BETWEEN = re.compile(r"(?:,?[ \t]+or[ \t]+\d[\d.]*[ \t]*(?:%|per[ \t]?cent|pct),?)?"
                         r"[ \t]+to[ \t]+")


def _moved_to(text: str, value: Value, values: list[Value]) -> bool:
    """"Cobalt metal added US$0.60/lb to US$15.40/lb", "from $30 to $35", "rose 15p, or 8%, to
    205p": a sum before "to" and another is the move or the old level; the price is the one
    after."""
    return value.type == "money" and any(
        other.type == "money" and other.start > value.end and
        _TO_BETWEEN.fullmatch(text, value.end, other.start) for other in values)


# Characters before a trigger read for the comma opening its apposition: ", a Mauritius-registered
# explorer backed by".
_APPOSITION_REACH = 60


def _describes_a_name(doc: Doc, trigger: Trigger, hit: Hit) -> bool:
    """"Halmahera Nikel, a joint venture between Zhejiang Qiantang Cobalt and …": an
    apposition saying what the name before it is (see `described_kinds`); so does a participle
    of backing in one ("Muscat Strategic Capital, a private investment company backed by Omani
    family offices, has committed …")."""
    lex = lexicon()
    described = f"{trigger.type}.{trigger.kind}" in lex.described_kinds
    if described and lex.described_with.match(doc.text, hit.end) and \
            _held_by_name_before(doc, hit):
        return True  # "Tarn Lithium, its 60:40 joint venture with Ochre Resources, has filed"
    if described and lex.described_by.match(doc.text, hit.end):
        most = 3  # ", a 50-50 joint venture": at most three words
    elif trigger.frame == "backed":
        most = 6  # ", a Mauritius-registered explorer backed by"
    else:
        return False
    before = doc.text[max(0, hit.start - _APPOSITION_REACH):hit.start].rsplit(",", 1)
    words = before[-1].lower().split()
    return len(before) == 2 and len(words) <= most and \
        bool(lex.apposition_openers.intersection(words[:1]))


def _held_by_name_before(doc: Doc, hit: Hit) -> bool:
    """Whether the trigger opens an apposition with a holder's word (``described_holders``, at
    most two words between, none of `held_not_between`) right after a capitalised name and its
    comma: "Tarn Lithium, its 60:40 joint venture with"."""
    lex = lexicon()
    head, comma, words = doc.text[max(0, hit.start - _HOLDER_REACH):hit.start].rpartition(",")
    opening = words.lower().split()
    return bool(comma) and 0 < len(opening) <= 3 and \
        opening[0] in lex.described_holders and _NAME_ENDS.search(head) is not None \
        and lex.held_by.search(words) is not None  # not "its new joint venture"


_NAME_ENDS = re.compile(r"[A-Z][\w&.-]*\)?$")


# How far before a venture its holder is looked for: "interests in the" and the three words
# `held_by` allows after it.
_HOLDER_REACH = 80


def _names_a_holding(doc: Doc, trigger: Trigger, hit: Hit) -> bool:
    """"its joint venture Ridgeway Project could start commercial gold production", "sell its
    50 pct interest in the HBO/Cannon Video joint venture": a venture named as a thing someone
    holds (see `held_kinds`) is no deal made; one told with its partner ("its joint venture
    with POSCO") may restate the deal."""
    lex = lexicon()
    return f"{trigger.type}.{trigger.kind}" in lex.held_kinds and \
        lex.held_not_after.match(doc.text, hit.end) is None and \
        lex.held_by.search(doc.text, max(0, hit.start - _HOLDER_REACH), hit.start) is not None


def _modifies_a_noun(doc: Doc, trigger: Trigger, hit: Hit) -> bool:
    """"the investment arm of the Northern Province", "a private investment company": the
    trigger noun only qualifies the noun after it (see `compound_heads`); "total investment of
    3.2 billion yuan" is a project's cost (`cost_modifiers`); "since a strategic placement in
    2023" dates a state from a past event (`state_starts`)."""
    lex = lexicon()
    heads = lex.compound_heads.get(trigger.type)
    costs = lex.cost_modifiers.get(trigger.type)
    starts = lex.state_starts.get(trigger.type)
    return bool(heads and next_word(doc.text, hit.end).lower() in heads) or \
        bool(costs and set(last_words(doc.text, hit.start - 12, hit.start, 1)) & costs) \
        or bool(starts and set(last_words(doc.text, hit.start - 48, hit.start, 4)) & starts)


def _goods_go_to(doc: Doc, context: SentenceContext, trigger: Trigger, hit: Hit) -> bool:
    """"agreed to sell its monazite to a French rare earth separation plant": a plant that
    goods are sold or shipped to is a buyer's, no news of it (see `goods_to`); "will purchase
    not less than 70 per cent of the plant's output": output a buyer takes is none reported
    (see `goods_taken`)."""
    lex = lexicon()
    return any(pattern is not None and pattern.search(doc.text, context.sentence.start,
                                                      hit.start) is not None
               for pattern in (lex.goods_to.get(trigger.type),
                               lex.goods_taken.get(trigger.type)))


def _caused_move(text: str, start: int, at: int, trigger: Trigger) -> int | None:
    """Where a move that another act caused is told, after the verb of causing ("…, sending
    uranium prices and shares of North American miners higher"): what stands before that verb
    (the act's subject, its figures) is no part of the move."""
    causes = lexicon().move_causatives.get(trigger.type)
    found = list(causes.finditer(text, max(start, at - _CAUSED_REACH), at)) if causes else []
    return found[-1].end() if found and "," not in text[found[-1].end():at] else None


_CAUSED_REACH = 80  # characters before a move's word within which its verb of causing stands


def _a_condition(text: str, sentence: Sentence, hit: Hit, trigger: Trigger) -> bool:
    """"The transactions are subject to definitive agreements and government approvals": a
    permit a deal waits for, named after its cue with no comma between (see [conditions]); so
    a plant "if plant capacity is expanded" (not "will decide if it will build a plant")."""
    lex = lexicon()
    if f"{trigger.type}.{trigger.kind}" not in lex.condition_kinds:
        return False
    cues = list(lex.conditions.finditer(
        text, max(sentence.start, hit.start - lex.conditions_within), hit.start))
    return bool(cues) and "," not in text[cues[-1].end():hit.start] and \
        lex.conditions_not_after.isdisjoint(
            last_words(text, sentence.start, cues[-1].start(), 3))


def _in_a_countrys_aside(text: str, context: SentenceContext, hit: Hit,
                         trigger: Trigger) -> bool:
    """"China, which accounts for about half of mined supply, introduced licensing for antimony
    exports": a trigger of a type in ``country_asides`` in a relative clause on a country that
    a comma closes, the sentence's news coming after it (see ``relative_clause``)."""
    if trigger.type not in lexicon().country_asides or \
            "," not in text[hit.end:context.sentence.end]:
        return False
    relative = relative_clause(text, context, hit)
    return relative is not None and relative[1].type == "country"


def _of_users(text: str, context: SentenceContext, hit: Hit, trigger: Trigger) -> bool:
    """"Carmakers warned of assembly stoppages": output (of a type in ``user_types``) of the
    goods a mineral goes into, a user of it named near the trigger, is none of the mineral."""
    lex = lexicon()
    if trigger.type not in lex.user_types:
        return False
    before, after = lex.users_near
    sentence = context.sentence
    return lex.users.search(text[max(sentence.start, hit.start - before):
                                 min(sentence.end, hit.end + after)]) is not None


def _has_needed_values(spec: RoleTable, values: list[Value], hit: Hit, lowered: str,
                       trigger_end: int) -> bool:
    """Whether ``values`` (a sentence's, or a clause's) hold one of the kinds the event needs,
    if it needs any ("raised" money, "output" of a quantity); of the kinds ``needs_after``,
    one told after the trigger ("tin accounted for some 45 pct of Bolivia's exports" is
    another's share of the flow, "exports fell 58%" its move). A verb of change right after the
    trigger (``moved_by``; read in ``lowered`` from ``trigger_end``) stands for a
    figure: "bismuth exports fell by about half", "exports slipped in June"."""
    needs = spec.get("needs_values")
    told_after = spec.get("needs_after", ())
    return not needs or any(v.type in needs and (v.type not in told_after or v.start >= hit.end)
                            for v in values) or _moved_by(spec, lowered, trigger_end)


def _moved_by(spec: RoleTable, lowered: str, at: int) -> bool:
    """Whether ``lowered`` at ``at`` opens with one of the role table's ``moved_by`` verbs of
    change, after where the flow goes or comes from and an auxiliary or "also", if any ("to
    China slipped", "have fallen", "also rose")."""
    verbs = spec.get("moved_by")
    return bool(verbs and _moved_pattern(tuple(verbs)).match(lowered, at) is not None)


@cache
def _moved_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    words = alternation(verbs)
    return re.compile(rf"(?:[ \t]+(?:to|from)(?:[ \t]+[\w'’-]+){{1,3}}?)?"
                      rf"[ \t]+(?:(?:have|has|had|were|was|also)[ \t]+){{0,2}}(?:{words})\b")


def _without_stopped_mines(context: SentenceContext, mentions: list[Mention],
                           found_by: dict[int, tuple[Trigger, Hit]]) -> list[Mention]:
    """"CATL has shut down its major lithium mine", "has restarted operations at its mine": a
    mine whose only news near it is a stoppage or a restart the sentence tells as output is no
    facility event of its own (one built, opened or planned is: "… and plans to build a new
    copper mine in Zambia")."""
    lex = lexicon()
    if not any(f"{m.event.type}.{m.event.kind}" in lex.stoppage_types for m in mentions):
        return mentions

    def stopped(mention: Mention) -> bool:
        if mention.event.type != "facility" or mention.event.kind not in lex.stopped_kinds:
            return False
        trigger, hit = found_by[id(mention)]
        return not _news_besides(trigger, context, hit, lex.stoppage_words)

    return [m for m in mentions if not stopped(m)]


def _without_contracts_of(context: SentenceContext, mentions: list[Mention],
                          found_by: dict[int, tuple[Trigger, Hit]],
                          allowed: list[tuple[Trigger, Hit]]) -> list[Mention]:
    """"signed a letter of intent to acquire First Railroad Mortgage", "a non-binding agreement
    in principle to buy a gypsum wallboard plant": the deal is the acquisition the sentence
    tells, not an agreement of its own (one "to supply" ore is: no acquisition is told), even
    where the acquisition's roles were not found."""
    lex = lexicon()
    done = [(lex.contract_of[t.type], hit) for t, hit in allowed
            if t.type in lex.contract_of]  # (the type of its contract, the hit that told it)
    if not done:
        return mentions
    offset = context.sentence.start

    def contract(mention: Mention) -> bool:
        hit = found_by[id(mention)][1]
        return any(kind == mention.event.type and other.start >= hit.end and
                   lex.contract_to.fullmatch(context.lowered, hit.end - offset,
                                             other.start - offset)
                   for kind, other in done)

    return [m for m in mentions if not contract(m)]


def _without_objects(context: SentenceContext,
                     allowed: list[tuple[Trigger, Hit]]) -> list[tuple[Trigger, Hit]]:
    """Triggers that ``yield`` left out where they are the object of another trigger of the
    sentence that requires one of their words: "agreed to limit exports of tin to 1,736
    tonnes" caps exports and ships no tin, while in "exports rose 30% …; the government
    suspended raw ore exports" the first still tells a flow."""
    offset = context.sentence.start
    stoppers = [(verb, other) for verb, other in allowed if verb.stops]
    kept = []
    for trigger, hit in allowed:
        if trigger.yields:  # few are: the others are kept without reading their words
            words = set(WORD.findall(context.lowered[hit.start - offset:hit.end - offset]))
            if any(other is not hit and words & verb.requires and
                   in_object(context, other, hit.start) for verb, other in allowed):
                continue
        if stoppers and any(trigger.type in verb.stops and other is not hit and (
                in_object(context, other, hit.start, verb.object_chars) or
                lexicon().passive_before.fullmatch(
                    context.lowered, hit.end - offset, other.start - offset))
               for verb, other in stoppers):
            continue  # "banned shipments of gallium", "shipments … have been barred"
        kept.append((trigger, hit))
    return kept


def _clause_bounds(hits: list[Hit], hit: Hit, spec: RoleTable, trigger: Trigger) -> list[Hit]:
    """The other triggers that may end this one's clause: not the verb right before it when
    that verb links its subject to it ("Anglo American rejected a takeover proposal": whose
    the proposal is), nor a word of the plant's status ("Nystrom mothballed the Ardal
    concentrator": whose the plant is, see `_status_of_facility`); a trigger before that verb
    still bounds."""
    before = [h for h in hits if h.end <= hit.start]
    if not before:
        return hits
    nearest = max(before, key=lambda h: h.start)
    word = nearest.surface.lower()
    links = word in spec["subject_verb_words"] or (
        trigger.type == "facility" and trigger.kind in lexicon().status_of_facility.get(word, ()))
    return [h for h in hits if h is not nearest] if links else hits


def _build_event(doc: Doc, context: SentenceContext, hit: Hit,
                 trigger: Trigger, funding: Arguments | None = None) -> list[Mention]:
    """The events this trigger proposes (one, or one per listed party), each with whether its
    required roles are filled and how the text introduces it ("more funding", "the refinery");
    with the roles of a ``funding`` of the sentence, those it fills (see `_fill_funded`).

    An event missing some roles is kept only when its sentence restates an earlier one ("The
    shipment contained antimony"): it then adds to that event; otherwise none is returned.
    The steps run in this order because each reads what the one before filled.
    """
    lex = lexicon()
    spec = lex.roles[(trigger.type, trigger.kind, trigger.frame)]
    sentence = context.sentence
    clause, named = _event_clause(doc, context, hit, trigger, spec)
    if _not_told_as_done(doc, context, hit, trigger) or (
            trigger.type in lex.site_types and qualifies_a_noun(context, hit)):
        return []  # "at the plant level": the plant's word qualifies another noun
    values = _event_values(doc, spec, clause_values(context, clause, trigger, hit))
    if not _has_needed_values(spec, values, hit, doc.lowered, hit.end):
        return []
    arguments, how, positions = fill_roles(doc, context, hit, spec, clause)
    if named is not None:  # its subject, whatever stands before it ("with Liontown down 7.6%")
        arguments["subject"] = [named.ids[0]]
    event_value = attach_values(spec, values, hit.start, arguments, trigger.sign)
    if _only_a_cause(doc, context, hit, spec, arguments):
        return []
    money = event_value is not None
    by_state = trigger.type in lex.government_refs.fills  # few types: spare the others the call
    _fill_clause_roles(doc, context, hit, trigger, spec, clause, arguments, how, positions,
                       funding, by_state, money)
    other_goods = _of_other_goods(doc, context, values)
    if spec.get("class_plurals") and not arguments.get("owner") and \
            _a_class_of_plants(context, hit, spec, bool(arguments.get("commodity"))):
        return []  # "Chinese graphite plants are close": an industry, no plant
    guessed = _fill_guessed_roles(doc, context, hit, trigger, spec, clause, arguments, how,
                                  other_goods)
    spec = _required_here(doc, sentence, hit, spec, positions)
    complete = has_required(arguments, spec, money)
    if not complete and not (arguments and (lex.restatement.match(sentence.text) or (
            trigger.type in lex.new_of_told and _introduction(doc, sentence, hit) == "new"))):
        return []  # "A second cargo left Port Hedland" is one more of the type told: see merge
    _fill_kept_roles(doc, hit, trigger, spec, clause, arguments, how, by_state, money,
                     other_goods)
    if _of_another_field(context, spec, arguments):
        return []
    date, precision = event_date(doc, _own_dates(context, hit, trigger, values), hit.start,
                                 trigger.type, clause, trigger.kind)
    if date and _history(doc, trigger, date):
        return []  # "Acme mothballed its gallium line in 2013": background to the news
    modality, confidence = modality_of(doc.text, context, clause, hit, trigger, spec,
                                       arguments, how)
    if _planned_no_event(doc.text, clause, trigger, modality, hit):
        return []
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
        stage=stage(context, hit.start),
        modality=modality,
    )
    events = _split_by_table(doc, context, hit, trigger, spec, event, named, values, clause,
                             positions, how)
    return _as_mentions(doc, sentence, hit, trigger, events, complete, guessed, how)


def _event_clause(doc: Doc, context: SentenceContext, hit: Hit, trigger: Trigger,
                  spec: RoleTable) -> tuple[Clause, Span | None]:
    """The trigger's clause, and for a ``named`` trigger the name standing as its subject: the
    clause then starts at that name ("…, while IGO drops 4.1%"); a move another act caused
    starts after the verb of causing (see `_caused_move`)."""
    clause = clause_of(context, hit, trigger, _clause_bounds(context.hits, hit, spec, trigger))
    named = named_subject(context, hit, trigger) if trigger.named else None
    if named is not None:
        clause = (max(clause[0], named.start), clause[1])  # "…, while IGO drops 4.1%"
    caused = _caused_move(doc.text, clause[0], hit.start, trigger)
    if caused is not None:  # "cut its production target by 10%, sending uranium prices and
        clause = (caused, clause[1])  # shares of North American miners higher"
    return clause, named


def _not_told_as_done(doc: Doc, context: SentenceContext, hit: Hit, trigger: Trigger) -> bool:
    """Whether the words around the trigger make it no event done: a measure asked for; a
    levy's takings; a deal in force; a part a deal leaves out; a study's forecast; a permit a
    deal waits for; a country's output told as background to its news; a user's lines stopped."""
    lex = lexicon()
    text = doc.text
    return advocated(text, context, hit, trigger) or averted(text, context, hit) or \
        forecast(text, context, hit, trigger) or \
        wanted(text, context, hit, trigger) or asked(context, trigger) or \
        supposed(context, hit, trigger) or \
        collected(text, context, hit, trigger) or \
        in_force(text, context, hit, trigger) or \
        left_out_of_deal(text, context, hit) or (
            trigger.type in lex.study_types and
            lex.studies.search(text, context.sentence.start, hit.start) is not None) or \
        _a_condition(text, context.sentence, hit, trigger) or \
        _in_a_countrys_aside(text, context, hit, trigger) or _of_users(text, context, hit, trigger)


def _event_values(doc: Doc, spec: RoleTable, values: list[Value]) -> list[Value]:
    """The clause's values the event's table admits."""
    if spec.get("masses_only"):  # "41.6 km²" of permits is no output
        values = [v for v in values if v.type != "quantity" or v.tonnes is not None]
    if spec.get("unit_money_only"):  # "Exports of copper rose in value by 18% to $2.4
        # billion": a sum, no price
        values = [v for v in values if v.type != "money" or not written_with_scale(v)]
    if spec.get("level_after_to"):  # "rose 15p, or 8%, to 205p": the price is the level
        values = [v for v in values if not _moved_to(doc.text, v, values)]
    if cues := spec.get("money_not_after"):  # "capital costs of about $640 million"
        told = _cue_before_money(tuple(cues))
        values = [v for v in values if v.type != "money" or
                  told.search(doc.text, max(0, v.start - _TOLD_AS_REACH), v.start) is None]
    if held := spec.get("money_held"):  # "had $57 million in cash": a balance, none put in
        before = _cue_before_money(tuple(spec["money_held_before"]))
        after = _cash_after_money(tuple(held))
        values = [v for v in values if v.type != "money" or
                  after.match(doc.text, v.end) is None or
                  before.search(doc.text, max(0, v.start - _TOLD_AS_REACH), v.start) is None]
    return values


_TOLD_AS_REACH = 40  # characters before a sum in which the word saying what it counts stands


@cache
def _cue_before_money(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A cue word right before a sum, past a word of approximation (units.toml's, as the
    values read them): what the sum counts ("capital costs of about $640 million", "revenue of
    A$512 million") or a holding ("had about $57 million")."""
    approx = load_units()["approx"]["words"]
    blank = r"[ \t]+"
    return re.compile(rf"\b(?:{alternation(cues)}){blank}"
                      rf"(?:(?:{alternation(approx, space=blank)}){blank})?$", re.IGNORECASE)


@cache
def _cash_after_money(words: tuple[str, ...]) -> re.Pattern[str]:
    """A word of cash right after a sum ("$57 million in cash"): with a holding before it, the
    sum is a balance the company holds."""
    blank = r"[ \t]+"
    return re.compile(rf"{blank}(?:{alternation(words, space=blank)})\b", re.IGNORECASE)


def _fill_clause_roles(doc: Doc, context: SentenceContext, hit: Hit, trigger: Trigger,
                       spec: RoleTable, clause: Clause, arguments: Arguments, how: set[str],
                       positions: dict[str, list[str]], funding: Arguments | None,
                       by_state: bool, money: bool) -> None:
    """Fill from the sentence the roles its role table left empty, then drop the parties a
    role may not hold. A headline (``events.title``) is too terse for the literal, counted,
    port and site readings."""
    lex = lexicon()
    if not doc.cache.get("events.title"):
        fill_literal(doc.text, context, hit, trigger, arguments, how, clause[1])
        fill_counted(doc, context, hit, trigger, arguments)
        fill_ports(doc, context, trigger, spec, clause, arguments, how)
    if trigger.type in lex.speaker_as_object:
        speaker_as_object(arguments, spec, positions.get("speaker", []))
    reporter_as_role(doc.text, context, hit, spec, arguments)
    for role in spec.get("government_only", ()):  # before a state named by its government
        keep_governments(doc, arguments, role)     # takes the role a company held ("The NT
    # government granted Arafura a mining licence": the territory grants it)
    if by_state:
        fill_government(doc, trigger, spec, hit, clause, arguments, how, early=True, money=money)
    add_state_parties(doc, trigger, clause, arguments)
    _fill_owner(context, trigger, arguments)
    _fill_shared_subject(context, hit, trigger, arguments)
    if funding:
        _fill_funded(trigger, funding, arguments)
    if not doc.cache.get("events.title") and (funding or not _purpose_told(context)):
        fill_site(doc, context, hit, trigger, arguments, how)
    keep_roles_distinct(arguments, spec)
    for role in spec.get("company_only", ()):
        drop_governments(doc, arguments, role)
    for role in spec.get("no_bodies", ()):  # before the article's guesses, which may then
        held = arguments.get(role, [])      # fill the role the body held
        drop_bodies(doc, arguments, role)
        _fill_bodies_country(doc, spec, [i for i in held if i not in arguments.get(role, ())],
                             arguments)


def _fill_bodies_country(doc: Doc, spec: RoleTable, dropped: list[Any],
                         arguments: Arguments) -> None:
    """"Chinese customs data show antimony exports fell": the country of a body dropped from
    a role (see ``no_bodies``) is where the flow it counts leaves from or arrives
    (``bodies_country``), when the sentence names no such place."""
    role = spec.get("bodies_country")
    if not role or arguments.get(role):
        return
    countries = [c for i in dropped if (c := _body_country(doc, str(i)))]
    if countries and not any(c in values for values in arguments.values() for c in countries):
        arguments[role] = list(dict.fromkeys(countries))


def _body_country(doc: Doc, ident: str) -> str | None:
    """A body's country: its registry's, else the one its name holds ("Korea International
    Trade Association", "Philippine Mines and Geosciences Bureau")."""
    info = doc.info.get(ident)
    if info is None:
        return None
    held = info.country or named_state(info.name)
    return country_of_place(held) if held and held.startswith("place:") else held


def _fill_guessed_roles(doc: Doc, context: SentenceContext, hit: Hit, trigger: Trigger,
                        spec: RoleTable, clause: Clause, arguments: Arguments, how: set[str],
                        other_goods: bool) -> set[str]:
    """Fill empty roles from the rest of the article; the roles so filled, which the sentence
    does not tell (``Mention.guessed``)."""
    told = {role: list(values) for role, values in arguments.items()}
    fill_from_article(doc, trigger, spec, arguments, how, hit, other_goods)
    fill_asset_owner(doc, trigger, arguments, how, hit, clause[1])
    if not doc.cache.get("events.title"):
        fill_described_asset(doc.text, context, hit, trigger, arguments, how, clause[1])
    return {r for r, values in arguments.items() if values != told.get(r)}


def _required_here(doc: Doc, sentence: Sentence, hit: Hit, spec: RoleTable,
                   positions: dict[str, list[str]]) -> RoleTable:
    """The role table with what this sentence makes required or not: no ``min_count`` after
    a ``min_count_unless`` cue; ``when_sought``'s roles for a new event sought ("It is
    looking for additional funds"). How the words before introduce the event is read only
    here, where it matters: most proposals leave a required role empty and are dropped."""
    if any(positions.get(cue) for cue in spec.get("min_count_unless", ())):
        spec = {**spec, "min_count": {}}
    sought = spec.get("when_sought")
    if sought and _introduction(doc, sentence, hit) == "new" and any(
            w in sought["words"] for w in doc.lowered[sentence.start:hit.start].split()):
        # "It is looking for additional funds"
        spec = {**spec, "required_without_money": sought["required"]}
    return spec


def _fill_kept_roles(doc: Doc, hit: Hit, trigger: Trigger, spec: RoleTable, clause: Clause,
                     arguments: Arguments, how: set[str], by_state: bool, money: bool,
                     other_goods: bool) -> None:
    """Fill the roles guessed only for an event kept, complete or restating: the state, the
    other party, the mineral (unless the sentence tells of other goods)."""
    if by_state:
        fill_government(doc, trigger, spec, hit, clause, arguments, how, early=False, money=money)
    fill_other_party(doc, trigger, arguments, how, hit.start)
    if not other_goods:
        fill_commodity(doc, trigger, arguments, how, hit.start)


def _of_another_field(context: SentenceContext, spec: RoleTable, arguments: Arguments) -> bool:
    """Whether an event that needs a mineral, or a word of the field, has none."""
    if spec.get("needs_mineral") and not arguments.get("commodity"):
        return True  # "The Soviet oil production target for 1988": no mineral's output
    # "tariffs on Japanese electronic goods": a measure of another field
    return bool(spec.get("needs_field") and not arguments.get("commodity") and
                lexicon().field_words.search(context.lowered) is None)


def _planned_no_event(text: str, clause: Clause, trigger: Trigger, modality: str,
                      hit: Hit) -> bool:
    """Whether a planned event is none: "the plant will produce up to 2,500 tonnes a year",
    "plans to mine 4,000 tons of ore a day and produce a concentrate" (the plant's size,
    wherever the rate); "expects to publish a resource estimate" (nothing found yet). A rate
    told with its future beside the noun is planned too: "production will average 36,000
    ounces per year", "is targeting production of 85,000 tonnes a year"."""
    if (modality == "planned" or _future_beside(text, clause, hit)) and \
            _a_capacity(text, clause[0], clause[1], trigger):
        return True
    return modality == "planned" and trigger.type in lexicon().results_only


def _split_by_table(doc: Doc, context: SentenceContext, hit: Hit, trigger: Trigger,
                  spec: RoleTable, event: Event, named: Span | None, values: list[Value],
                  clause: Clause, positions: dict[str, list[str]], how: set[str]) -> list[Event]:
    """The event, or one per party, figure, stake or date it lists, as its table says."""
    if named:
        events = _respectively(doc, context, event, named, hit, trigger)
        if len(events) > 1 or not spec.get("split_by_figure"):
            return events
        # "gold rose 9.20 dlrs to 412.30 dlrs an ounce, and silver 14.5 cents to 5.92
        # dlrs": a second metal with figures of its own, its verb left out, moves on its own
        return _per_figure(doc, context, event, spec, trigger)
    if spec.get("split_by_figure"):
        return _per_figure(doc, context, event, spec, trigger)
    if spec.get("split_by_stake"):
        return _per_stake(context, event, hit)
    if spec.get("split_by_date"):
        return _per_date(context, event, values, hit, clause[1])
    plural = set(doc.lowered[hit.start:hit.end].split()) & set(spec.get("split_words", ()))
    listed = [i for cue in spec.get("split", ()) for i in positions.get(cue, ())] if plural else []
    events = _split(event, listed)
    if len(events) > 1:  # "Customers include Hyundai and Siemens Gamesa": each buyer's
        for each in events:  # deal is with the article's company
            fill_other_party(doc, trigger, each.arguments, how, hit.start)
    return events


def _as_mentions(doc: Doc, sentence: Sentence, hit: Hit, trigger: Trigger, events: list[Event],
                 complete: bool, guessed: set[str], how: set[str]) -> list[Mention]:
    """The events as mentions, with how the sentence introduces them, which merging reads:
    the cue ("another", "the"), the trigger's noun after a definite article, the roles
    guessed, whether the sentence restates an earlier one."""
    lex = lexicon()
    cue = _introduction(doc, sentence, hit)
    if cue == "another" and trigger.type in lex.another_joins:
        cue = ""  # "It also said a second hole cut another zone": the same results
    noun = doc.lowered[hit.start:hit.end] if cue in ("definite", "") and \
        _after_a_definite(doc.text, sentence.start, hit.start) else ""
    governed: frozenset[str] = frozenset()
    if ARTICLE_STATE in how:  # "the federal budget" read as the article's country's
        governed = frozenset({lex.government_refs.fills.get(trigger.type, "")})
        guessed |= governed
    opening = lex.restatement.match(sentence.text)
    restating = opening is not None and hit.start < sentence.start + opening.end()
    statistics = trigger.frame in lex.statistics_frames
    return [Mention(e, complete, cue, noun, frozenset(guessed), restating, statistics, governed)
            for e in events]


# Characters before a plural plant read for a class of parties: "push miners to build smelters".
_CLASS_PARTIES_REACH = 40
# Characters before it within which the nation or region naming its industry ends: "Yunnan zinc
# smelters".
_CLASS_PLACE_REACH = 60
# Characters before that place read for a word making the plants particular (``class_particular``).
_PLACE_WORDS_REACH = 20


def _a_class_of_plants(context: SentenceContext, hit: Hit, spec: RoleTable,
                       commodity: bool) -> bool:
    """Whether the plural plant at ``hit`` is an industry named by its nation or region, bare
    (see ``class_plurals``): "Japanese and Korean smelters", "Yunnan zinc smelters"; or
    bare after a class of parties that builds, shuts or runs such plants, the words of
    ``introduced_by_others``: "partners building plants", "push miners to build smelters";
    or bare and of no commodity (``commodity`` false): "new mines ran late", "restarting
    shuttered plants", "efforts to close plants"."""
    if context.lowered[hit.start - context.sentence.start:
                       hit.end - context.sentence.start] not in spec["class_plurals"]:
        return False
    offset = context.sentence.start
    particular = frozenset(spec["class_particular"])
    before = WORD.findall(context.lowered[max(0, hit.start - offset - _CLASS_PARTIES_REACH):
                                          hit.start - offset])
    if before and before[-1] not in particular and \
            not lexicon().introduced_by_others.isdisjoint(before[-3:]):
        return True  # "partners building plants", "push miners to build smelters"
    if not commodity and _bare(context, hit, particular):
        return True  # "new mines in Central Asia ran late": plants in general
    for span in context.spans:
        if span.type not in PLACE_TYPES or \
                not hit.start - _CLASS_PLACE_REACH < span.end <= hit.start:
            continue
        between = context.lowered[span.end - offset:hit.start - offset]
        start = span.start - offset
        before_place = WORD.findall(context.lowered[max(0, start - _PLACE_WORDS_REACH):start])
        if len(between.split()) <= spec["class_within"] and \
                not any(ch in between for ch in ",;:()") and \
                particular.isdisjoint(before_place[-2:]):
            return True
    return False


def _bare(context: SentenceContext, hit: Hit, particular: frozenset[str]) -> bool:
    """Whether the plant at ``hit`` has no article, possessive, count or name before it in its
    phrase (the two words before it, after any punctuation): "new mines", "to close plants"."""
    offset = context.sentence.start
    before = context.sentence.text[max(0, hit.start - offset - _PLACE_WORDS_REACH):
                                   hit.start - offset]
    before = re.split(r"[,;:()\"“”—]", before)[-1]
    words = re.findall(r"[\w'’-]+", before)[-2:]
    if any(w[0].isupper() or w[0].isdigit() or w.endswith(("'s", "’s")) for w in words):
        return False
    return particular.isdisjoint(w.lower() for w in words)


def _history(doc: Doc, trigger: Trigger, date: str) -> bool:
    """Whether an event of a kind ``[history]`` names is dated years before publication: a
    mine placed on care and maintenance in 2019, told in a 2024 story of its restart."""
    lex = lexicon()
    return doc.published is not None and \
        f"{trigger.type}.{trigger.kind}" in lex.history_kinds and \
        doc.published.year - int(date[:4]) >= lex.history_years


def _after_a_definite(text: str, start: int, at: int) -> bool:
    """Whether a definite word stands right before ``at``, past an opening quote: "We expect
    to close the loan", '"The prepayment fixes the funding worry," said an analyst'."""
    words = last_words(text, start, at, 1)
    return bool(words) and words[0].lstrip("\"“‘'(") in lexicon().definite


def _own_dates(context: SentenceContext, hit: Hit, trigger: Trigger,
               values: list[Value]) -> list[Value]:
    """The values that may date the trigger: not a date told after another trigger of its
    type and before this one, when a date follows this one ("brought in export licensing for
    gallium in August 2023 and then barred shipments to the United States in December 2024":
    the ban is of December)."""
    if trigger.type not in lexicon().own_date_types or \
            not any(v.type == "date" and v.start >= hit.end for v in values):
        return values
    earlier = [h.end for h in context.hits if h.end <= hit.start
               and any(t.type == trigger.type for t in h.payload)]
    return [v for v in values if not (v.type == "date" and v.end <= hit.start and
                                      any(end <= v.start for end in earlier))]


def _introduction(doc: Doc, sentence: Sentence, hit: Hit) -> str:
    """How the forty characters before the trigger introduce its event (see ``introduction``)."""
    return introduction(doc.text, max(sentence.start, hit.start - 40), hit.start)


_OF_GOODS = re.compile(r"[ \t]+of[ \t]+(?:(?:the|its|their|a|an)[ \t]+)?([a-zé][a-zé-]*)")
_GOODS_REACH = 24  # characters after "of" in which a mineral still names the goods


def _of_other_goods(doc: Doc, context: SentenceContext, values: list[Value]) -> bool:
    """"a plant capable of producing 1000 tonnes of sulphuric acid a year": the quantity
    counts goods the text names, no mineral ("tonnes of ore", "of the metal" and "tonnes of
    refined copper" count the article's or the sentence's mineral)."""
    minerals = [s.start for s in context.spans if s.type == "mineral"]
    forms = lexicon().mineral_forms
    for value in values:
        goods = value.type == "quantity" and _OF_GOODS.match(doc.text, value.end)
        if goods and goods[1] not in forms and \
                not any(goods.start(1) <= m < goods.start(1) + _GOODS_REACH for m in minerals):
            return True
    return False


def _beside_a_planned_plant(doc: Doc, context: SentenceContext, hit: Hit,
                            mentions: list[Mention]) -> bool:
    """Whether the sentence tells, before ``hit``, a plant still to come: a planned facility
    read, or a facility's word after a word of plans though its event was not read ("Peachtree
    will build a facility to recover graphite …, producing up to 12,000 tonnes a year" with
    its owner named only before)."""
    if any(m.event.type == "facility" and m.event.modality == "planned" for m in mentions):
        return True
    planned = lexicon().modality["planned"]
    return any(other.end <= hit.start and any(t.type == "facility" for t in other.payload) and
               planned.search(doc.text, context.sentence.start, other.start) is not None
               for other in context.hits)


_FUTURE_REACH = 45  # characters either side of a trigger read for ``[capacity] future``


def _future_beside(text: str, clause: Clause, hit: Hit) -> bool:
    """Whether a word of the future stands right beside the trigger, in its clause: the noun's
    own verb after it ("output is expected at"), a target before it ("targeting production
    of"), which the cues of modality, read before a verb, leave out."""
    return lexicon().capacity_future.search(
        text, max(clause[0], hit.start - _FUTURE_REACH),
        min(clause[1], hit.end + _FUTURE_REACH)) is not None


def _a_capacity(text: str, start: int, end: int, trigger: Trigger) -> bool:
    """Output told as a rate in ``text[start:end]`` ("would produce about 48,000 tonnes a year
    at full rate"), with no word of a working plant ("at current levels"): a design capacity,
    where the output is planned or its plant is."""
    lex = lexicon()
    return f"{trigger.type}.{trigger.kind}" in lex.capacity_kinds and \
        lex.capacity_rate.search(text, start, end) is not None and \
        lex.capacity_operating.search(text, start, end) is None


def _only_a_cause(doc: Doc, context: SentenceContext, hit: Hit, spec: dict,
                  arguments: Arguments) -> bool:
    """"Earnings gained as commodity prices improved", "because of the dramatic fall in lithium
    prices": a move told with no figure, as the cause of something else, is background (a
    level reached, "as prices hover at a five-year low", is still news)."""
    cause = spec.get("cause")
    if not cause or any(arguments.get(role) for role in cause["figures"]) or \
            doc.lowered[hit.start:hit.end] in cause["levels"]:
        return False
    before = doc.lowered[max(context.sentence.start, hit.start - _CAUSE_REACH):hit.start]
    opening = doc.lowered[context.sentence.start:hit.start].split(",", 1)
    if len(opening) > 1 and _cued(opening[0].split()[:2], cause["cues"]):
        # a fronted cue's clause ends at its comma: "As demand fell, prices cratered" tells
        # the move (not "hurt by weak demand, falling prices", a list after the cue)
        before = before[before.rfind(",") + 1:]
    words = before.split()
    return any(_cued(words[i:i + 2], cause["cues"]) for i in range(len(words)))


# Characters before a move's word read for its cue of cause: "because of the dramatic fall in".
_CAUSE_REACH = 60


def _cued(words: list[str], cues: list[str]) -> bool:
    """The first one or two of ``words`` are a cause's cue ("as", "because of")."""
    return bool(words) and (words[0] in cues or " ".join(words) in cues)


def _respectively(doc: Doc, context: SentenceContext, event: Event, named: Span, hit: Hit,
                  trigger: Trigger) -> list[Event]:
    """"Pilbara Minerals and Mineral Resources drop 3.2% and 4.8%, respectively": the names
    before the trigger and the percentages after it pair up in order; "Sibanye-Stillwater and
    Impala Platinum each slipped more than 2%", "Glencore, Anglo American and Antofagasta all
    lost between 1% and 2%": each name takes the one (first) figure."""
    each = bool(lexicon().distributive.intersection(doc.lowered[named.end:hit.start].split()[-1:]))
    if "respectively" not in context.lowered and not each:
        return [event]
    names = [named]
    for span in reversed([s for s in context.spans if s.end <= named.start]):
        if span.type == "listing" and named.type == "organization":
            continue  # "Ganfeng Lithium (SZSE: 002460) and Tianqi Lithium slipped 0.9% and …"
        gap = _BRACKETED.sub("", doc.lowered[span.end:names[0].start])
        if span.type != named.type or gap.strip(" ,") not in ("and", ""):
            break
        names.insert(0, span)
    figures = [v.amount for v in context.values
               if v.type == "percent" and v.start > hit.end and v.amount is not None]
    if each:
        figures = figures[:1] * len(names)
    role = next((r for r, values in event.arguments.items() if named.ids[0] in values), None)
    if role is None or len(names) < 2 or len(figures) < len(names):
        return [event]
    return [replace(event, arguments={**event.arguments, role: [name.ids[0]],
                                      "change_pct": [trigger.sign * abs(figure)]},
                    more_evidence=[])
            for name, figure in zip(names, figures, strict=False)]


# How far after a metal its own price may begin: "and silver 14.5 cents to 5.92 dlrs" (not
# "steel and aluminum imports, …, widening the premium … to $1,040", a price of something else).
_OWN_PRICE_REACH = 30


def _per_figure(doc: Doc, context: SentenceContext, event: Event, spec: dict,
                trigger: Trigger) -> list[Event]:
    """"LME copper down 1% at $9,358 a ton and LME aluminum down 0.85% at $2,638.50": each
    mineral followed by a figure of its own moves on its own."""
    # each mineral where first named: "zircon, rutile" repeat them
    minerals = _first_named(context, "mineral", event.arguments.get("subject", ()))
    if len(minerals) < 2:
        return [event]
    copies = []
    for number, mineral in enumerate(minerals):
        end = minerals[number + 1].start if number + 1 < len(minerals) else context.sentence.end
        own = [v for v in context.values if mineral.end <= v.start < end]
        if not any(v.type == "percent" or (v.type == "money" and
                                            v.start - mineral.end <= _OWN_PRICE_REACH)
                   for v in own):
            return [event]  # "steel and aluminum imports … copper up 2%": one move
        arguments = {r: list(v) for r, v in event.arguments.items()
                     if r not in ("subject", "change_pct", "price")}
        arguments["subject"] = [mineral.ids[0]]
        sign = _own_sign(context, trigger, mineral.end, end)
        attach_values(spec, _event_values(doc, spec, own), mineral.end, arguments, sign)
        copies.append(replace(event, arguments=arguments, more_evidence=[]))
    return copies


def _own_sign(context: SentenceContext, trigger: Trigger, start: int, end: int) -> int:
    """The sign of a move word of the trigger's type between a mineral and the next one
    ("cobalt prices rose 4%, while nickel fell 1%": nickel's fall is its own), else the
    trigger's."""
    for hit in context.found:
        if start <= hit.start < end:
            signs = [t.sign for t in hit.payload if t.type == trigger.type]
            if signs:
                return signs[0]
    return trigger.sign


def _first_named(context: SentenceContext, kind: str, ids: Iterable[str],
                 start: int = 0) -> list[Span]:
    """The sentence's first span of each of ``ids`` (of type ``kind``, from ``start`` on), in
    text order: the parties an event told of several splits into, one each."""
    wanted = set(ids)
    firsts: dict[str, Span] = {}
    for span in context.spans:
        if span.type == kind and span.start >= start and span.ids[0] in wanted:
            firsts.setdefault(span.ids[0], span)
    return list(firsts.values())


def _per_stake(context: SentenceContext, event: Event, hit: Hit) -> list[Event]:
    """"agreed to acquire a 19 pct stake in Novo Astro, a private company, and a 16 pct
    interest in Teles Pires Mining": each company bought into after a percentage of its own
    is a stake of its own ("5% stakes in Lithium Americas and in its joint venture", one
    figure for both, stays one purchase)."""
    # each company where first named after the trigger
    companies = _first_named(context, "organization", event.arguments.get("target", ()),
                             hit.start)
    if len(companies) < 2:
        return [event]
    copies = []
    for number, company in enumerate(companies):
        start = companies[number - 1].end if number else hit.start - _STAKE_FIGURE_REACH
        own = [v for v in context.values
               if v.type == "percent" and start <= v.start < company.start]
        if not own:
            return [event]
        arguments = {r: list(v) for r, v in event.arguments.items() if r not in ("target", "stake")}
        arguments["target"] = [company.ids[0]]
        arguments["stake"] = [own[-1].amount]
        copies.append(replace(event, arguments=arguments, more_evidence=[]))
    return copies


_STAKE_FIGURE_REACH = 20  # characters before the trigger its figure may stand: "a 19 pct stake"


def _per_date(context: SentenceContext, event: Event, values: list[Value], hit: Hit,
              clause_end: int) -> list[Event]:
    """"It imposed licensing on gallium and germanium exports in August 2023, on certain
    graphite products from December 1 last year, and on antimony from September 15": each
    group of minerals the trigger lists, followed by a date of its own, is a measure of its
    own, so dated. One date for all, or a mineral left undated, keeps one measure."""
    offset = context.sentence.start
    contrast = CONTRAST_CLAUSE.search(context.sentence.text, hit.end - offset, clause_end - offset)
    if contrast is not None:  # "…, while European tungsten prices reached a record in May"
        clause_end = contrast.start() + offset
    commodities = set(event.arguments.get("commodity", ()))
    marks: list[Span | Value] = sorted(
        [*(s for s in context.spans if s.type == "mineral" and hit.end <= s.start < clause_end
           and commodities.intersection(s.ids)),
         *(v for v in values if v.type == "date" and v.date and hit.end <= v.start < clause_end)],
        key=lambda mark: mark.start)
    groups = _dated_groups(marks, commodities)
    if groups is None or len(groups) < 2 or len({d.date for _, d in groups}) < 2:
        return [event]
    return [replace(event, arguments={**event.arguments, "commodity": group},
                    date=date.date, date_precision=date.precision, more_evidence=[])
            for group, date in groups]


def _dated_groups(marks: list[Span | Value],
                  commodities: set[str]) -> list[tuple[list[str], Value]] | None:
    """The minerals before each date, in text order; None when a mineral follows the last date.
    A mineral told again ("on antimony from September …, and antimony prices") starts none."""
    groups: list[tuple[list[str], Value]] = []
    minerals: list[str] = []
    dated: set[str] = set()
    for mark in marks:
        if isinstance(mark, Value):
            if minerals:
                groups.append((minerals, mark))
                dated.update(minerals)
            minerals = []
        else:  # "gallium and germanium": one span of two
            minerals.extend(i for i in mark.ids if i in commodities and i not in minerals
                            and i not in dated)
    return None if minerals else groups


def _status_of_facility(doc: Doc, hit: Hit, mentions: list[Mention]) -> bool:
    """"placed one of its two processing plants in care and maintenance", "began producing …
    from its Kwinana Refinery": the stoppage or the start is the plant's status, told by the
    facility event of the sentence (read first)."""
    kinds = lexicon().status_of_facility.get(doc.lowered[hit.start:hit.end])
    return kinds is not None and any(
        m.event.type == "facility" and m.event.kind in kinds for m in mentions)


def _fill_shared_subject(context: SentenceContext, hit: Hit, trigger: Trigger,
                         arguments: Arguments) -> None:
    """The subject of the sentence, for a plant whose clause opens at a coordinated verb or a
    second object (see `object_parted_types`): "Arlo shelved its concentrator and has frozen
    studies into a hydroxide plant" (Arlo's plant too)."""
    subject = context.shared_subjects.get(hit.start)
    role = lexicon().object_parted_types.get(trigger.type)
    if subject is not None and role and not arguments.get(role):
        arguments[role] = [subject.ids[0]]


def _fill_owner(context: SentenceContext, trigger: Trigger, arguments: Arguments) -> None:
    """"Iluka is building the refinery that was provided $1.25 billion in loans": a funding
    naming no recipient, told with a facility, funds who owns it (not as its funder)."""
    role = lexicon().owner_fills.get(trigger.type)
    if role is None or arguments.get(role) or not context.owners:
        return
    owner = context.owners[0]
    arguments[role] = [owner]
    for other, values in list(arguments.items()):
        if other != role and owner in values:
            drop(arguments, other, owner)


def _split(event: Event, listed: list[str]) -> list[Event]:
    """"offtake deals with Hyundai, Siemens Gamesa and GE": one event per listed party, each
    keeping the parties named elsewhere in the sentence."""
    if len(listed) < 2:
        return [event]
    role = next(r for r, values in event.arguments.items() if listed[0] in values)
    others = [v for v in event.arguments[role] if v not in listed]
    copies = []
    for ident in listed:
        arguments = {r: list(v) for r, v in event.arguments.items()}
        arguments[role] = [*others, ident]
        copies.append(replace(event, arguments=arguments, more_evidence=[]))
    return copies


def _link_purpose(mentions: list[Mention]) -> None:
    """"An MoU … to establish a poly-metallic refinery in Pakistan": a deal or a funding told
    with a facility in one sentence is for that facility, and is located where it is. A
    funding that is a company's own money put into that plant (``_own_spending``) is dropped,
    its sum the facility's value."""
    facilities = [m.event for m in mentions if m.event.type == "facility"]
    if not facilities:
        return
    facility = facilities[0]
    purposes = lexicon().purposes
    for mention in mentions:
        event = mention.event
        if event.type not in purposes:
            continue
        event.arguments.setdefault("purpose", [facility.kind])
        if facility.arguments.get("location") and not event.arguments.get("location"):
            event.arguments["location"] = list(facility.arguments["location"])
    spent = [m for m in mentions if _own_spending(m.event, facility)]
    for mention in spent:
        mentions.remove(mention)
        if facility.value is None:
            facility.value = mention.event.value


# A sum invested in a plant rather than in a company: "approved a Rs 480-crore investment in a
# gallium recovery unit", "plans to invest a further 1.5 billion yuan in a new line"; within
# 60 characters, room for the sum and its words, no farther than its own clause's "in".
_INVESTED_IN_A_PLANT = re.compile(r"\binvest(?:s|ed|ing|ment)?\b[^;]{0,60}?\bin[ \t]+"
                                  r"(?:a|an|its|the|their)[ \t]", re.IGNORECASE)


def _own_spending(event: Event, facility: Event) -> bool:
    """Whether a funding is a company's own money put into its plant ("its board approved a
    $58 million investment in a new refining line"): the plant's cost, told by the facility,
    no investment of one party in another. A second party (a state, a lender, a company the
    money goes to) keeps it a funding."""
    if event.kind != "funding" or event.value is None:
        return False
    plant = facility.kind.split("_")[-1]  # "a spherical graphite plant at Nacala" is no party
    parties = {p for p in (*event.arguments.get("investor", ()),
                           *event.arguments.get("recipient", ()))
               if ":" in str(p) or plant not in str(p).lower().split()}
    owners = set(facility.arguments.get("owner", ()))
    return (len(parties) == 1 and all(str(p).startswith("org:") for p in parties)
            and (not owners or parties <= owners)
            and _INVESTED_IN_A_PLANT.search(event.evidence.text) is not None)


def _complete_restated(mentions: list[Mention], restating: list[Mention]) -> None:
    """"The company also agreed to acquire a 19 pct stake in Novo Astro …": a second trigger
    of an event of the same kind the sentence told already fills the core roles the first
    left empty (the buyer that "stake" finds and "interest in" does not)."""
    for new in restating:
        told = next((m.event for m in mentions if m.event.type == new.event.type
                     and m.event.kind == new.event.kind  # a refinery's and a mine's owner
                     and identity(m.event) & identity(new.event)), None)
        if told is None:
            continue
        held = {str(v) for values in told.arguments.values() for v in values}
        for role in lexicon().core[told.type]:
            filler = [v for v in new.event.arguments.get(role, ()) if str(v) not in held]
            if not told.arguments.get(role) and filler:
                told.arguments[role] = filler


def _kind_key(trigger: Trigger) -> str:
    """The kind that keeps a second trigger of a type apart in one sentence: "copper futures
    jumped …, lifting the premium of Comex futures" tells a price move and a premium."""
    return trigger.kind if trigger.kind in lexicon().sentence_kinds else ""


def _core_ids(mentions: list[Mention]) -> set[str]:
    return {i for m in mentions for i in identity(m.event)}


def _another_figure(proposed: list[Mention], told: list[Mention]) -> bool:
    """"production of refined lead … rose to 28,188 tonnes, but slab zinc production fell to
    4,490 tonnes": another mineral's own figure in the sentence is another output."""
    event = proposed[0].event
    same = [m.event for m in told if m.event.type == event.type]
    return bool(same) and all(other_figures(event, e) for e in same)


def _another_sum(proposed: list[Mention], told: list[Mention], added: bool) -> bool:
    """"The plant was financed with a 60 billion won loan from KEXIM and a 15 billion won grant
    from the Ministry of Trade": of a type whose sums tell events apart (``money_distinct``), a
    second sum of the sentence, of another kind or funder or announced as ``added`` ("…, and
    the agency will lend a further A$35 million"), with its recipient, is another event, as across
    sentences (not "a $38 million loan from the Critical Minerals Facility, the $4 billion
    lending program": a programme's size)."""
    event = proposed[0].event
    same = [m.event for m in told if m.event.type == event.type]
    return event.type in lexicon().money_distinct and bool(identity(event)) and \
        bool(same) and all(_other_sum(e, event, added) for e in same)


def _other_sum(told: Event, event: Event, added: bool) -> bool:
    """Whether both events give sums, not the same, and ``event`` is of another kind than
    ``told``, from other funders ("a $141.7 million grant from the U.S. Department of Energy
    …, and by a $4.5 million Texas Enterprise Fund grant") or ``added`` to it by a funder
    named in both (a company's own spending "might put an additional $1.2B into the project"
    is more of the plan told)."""
    funders = [set(map(str, e.arguments.get("investor", ()))) for e in (told, event)]
    return told.value is not None and event.value is not None and \
        told.value.get("amount") != event.value.get("amount") and \
        ((added and all(funders)) or told.kind != event.kind or
         (all(funders) and funders[0].isdisjoint(funders[1])))


def _added(doc: Doc, hit: Hit, proposed: list[Mention]) -> bool:
    """Whether a trigger's sum is announced as one more, by a word of ``new_event_cues``
    before the trigger ("a further US$40 million facility") or opening its object ("will lend
    a further A$35 million", "to invest an additional $150 million")."""
    if proposed[0].cue == "new":
        return True
    after = doc.lowered[hit.end:hit.end + _ADDED_REACH].split()[:2]
    return bool(lexicon().new_event.intersection(after))


_ADDED_REACH = 16  # characters after a trigger where "a further", "an additional" stands


def _another_date(proposed: list[Mention], told: list[Mention]) -> bool:
    """"ARECOMS suspended cobalt exports on Feb. 22, extended the suspension in June and …
    would replace it with annual quotas from Oct. 16": a second measure of the sentence by the
    same actors, dated in another month, is another measure, as across sentences (see
    ``date_distinct``). One whose actors differ is no restatement of the first, or only a
    guess of them: "Zimbabwe and Namibia barred unprocessed lithium ore in 2022 and 2023, and
    the Democratic Republic of Congo halted cobalt exports … before imposing quotas in October"
    gives the quotas no state of its own."""
    return any(m.event.type == p.event.type and identity(m.event) == identity(p.event) and
               dated_apart(m.event, p.event) for m in told for p in proposed)


def _rival_kept(context: SentenceContext, trigger: Trigger, hit: Hit, proposed: list[Mention],
                mentions: list[Mention], found_by: dict[int, tuple[Trigger, Hit]]) -> bool:
    """"Ridgeline will offer A$2.20 a share for Tarn, topping the takeover offer by Ochre": of
    a type whose actor tells events apart (``actor_distinct``), a trigger whose actor, named,
    is none of those of the triggers of its type told later in the sentence with their actor
    right after them ("the takeover offer by Santos", more confident and so built first; see
    ``names_its_actor``), tells a rival's event, no restatement."""
    event = proposed[0].event
    role = lexicon().actor_distinct.get(event.type)
    if role is None:
        return False
    same = [m for m in mentions if m.event.type == event.type and
            found_by[id(m)][1].start >= hit.end and
            names_its_actor(context, trigger, found_by[id(m)][1])]
    named = {str(a) for a in event.arguments.get(role, ())}
    return bool(named) and bool(same) and role not in proposed[0].guessed and all(
        role not in m.guessed and m.event.arguments.get(role) and
        named.isdisjoint(map(str, m.event.arguments[role])) for m in same)


def _restates(mentions: list[Mention], taken: set[str] | None) -> bool:
    """A second trigger of a type in one sentence ("the deal … the agreement") tells another
    event only when it shares no identifying id with the first."""
    if taken is None:
        return False
    ids = _core_ids(mentions)
    return bool(ids & taken) or not ids
