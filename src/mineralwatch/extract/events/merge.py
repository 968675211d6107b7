"""One event per real-world event: the mentions of one event across sentences and the headline
("the shipment", "the deal") merge into one event that keeps every evidence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from mineralwatch.extract.geo import country_of_place
from mineralwatch.extract.vocabulary import mineral_by_id
from mineralwatch.models import Event

from .lexicon import lexicon
from .roles import add

# When mentions of one event differ, a denial stands, then a plain statement of fact.
_MODALITY_RANK = ("denied", "asserted", "planned", "rumoured")


@dataclass(slots=True)
class Mention:
    """One sentence's report of an event, before mentions of the same event merge."""

    event: Event
    complete: bool  # its required roles are filled
    cue: str  # "new", "another", "definite" or "": see modality.introduction
    # Its trigger's words, lower case, where a definite word stands right before ("the loan").
    definite_noun: str = ""
    # Roles the article filled where the sentence named no one (fallback.fill_from_article;
    # "the government" read as the article's state): no sign of another measure.
    guessed: frozenset[str] = frozenset()
    # Its trigger is the noun of the restatement opening its sentence ("The loan is for 12
    # years"), not another word of it ("… and sits alongside A$25 million in grant funding").
    restating: bool = False
    # Its trigger tells a flow as trade statistics (``statistics_frames``): "exports of …".
    statistics: bool = False
    # Roles that "the government" filled with the article's state: a government acts, only
    # which one is guessed.
    governed: frozenset[str] = frozenset()
    # Read from the headline: the title, or the body's opening that repeats it.
    headline: bool = False
    # Its trigger heads a second object or a coordinated verb's object, parted from another of
    # its type in its sentence ("shelved its concentrator and has frozen work on a
    # hydroxide plant"): two plants, whatever roles they share (see triggers._second_object).
    parted: bool = False


def merge(mentions: list[Mention]) -> list[Event]:
    """One event per real-world event: merge restatements of the same event.

    A definite one pointing back ("the loan", see ``_pointed_back``) or an incomplete mention (a
    restatement, "The shipment contained antimony") joins the latest event of its type, unless
    it tells one more of it ("a second cargo", see ``_one_more``); a new one ("more funding")
    merges only with other new ones.
    """
    merged: list[Mention] = []
    for mention in mentions:
        told = _pointed_back(merged, mention)
        if told is not None:
            _absorb(told, mention.event, empty_only=True)
            continue
        if not mention.complete:
            antecedent = _antecedent(merged, mention.event)
            if antecedent is not None and (_one_more(antecedent, mention) or
                                           _alongside(antecedent, mention)):
                merged.append(_beside(antecedent, mention))
            elif antecedent is not None:
                _absorb(antecedent, mention.event)
            continue
        for kept in [] if mention.cue == "another" else _sharing_first(merged, mention):
            if _may_merge(kept, mention) and not _toehold_and_bid(kept.event, mention.event) \
                    and (_same_event(kept, mention)
                         or _headline_of(kept, mention)):
                _absorb(kept.event, mention.event)
                # a headline that took in the body's report is that report: no other joins
                # it by sharing an id alone
                kept.headline = kept.headline and mention.headline
                break
        else:
            merged.append(mention)
    return _fold_headline_deals(_fold_contained(merged))


def _sharing_first(merged: list[Mention], mention: Mention) -> list[Mention]:
    """The events told so far, for a type of ``sharing_first`` those naming one of the
    mention's identifying ids first: "the Chinese announced new measures on exports to the US …
    This included banning the export to the US of gallium" is China's measure, not the Biden
    administration's export restrictions of the sentence before, which a ban whose state was
    guessed does not contradict. Then those of the mention's own kind: "The offtake covers
    30,000 tonnes" restates the company's offtake, not the memorandum it signed with the same
    buyer before."""
    ids = identity(mention.event)
    kind = mention.event.kind
    if mention.event.type not in lexicon().sharing_first or not ids:
        return sorted(merged, key=lambda kept: kept.event.kind != kind)
    return sorted(merged, key=lambda kept: (not ids & identity(kept.event),
                                            kept.event.kind != kind))


def _one_more(kept: Event, mention: Mention) -> bool:
    """Whether an incomplete mention announced as new, of a type in ``new_of_told``, is one
    more event of the kind told before: "its second cargo, of about 20,000 tonnes, was
    scheduled to sail" is the same miner's next shipment, no restatement of its first."""
    return mention.cue == "new" and kept.type in lexicon().new_of_told


def _alongside(kept: Event, mention: Mention) -> bool:
    """Whether an incomplete mention of a type in ``money_distinct`` is a sum of its own told
    beside the event restated: "The loan is for 12 years and sits alongside A$25 million in
    grant funding from the Queensland government" is a grant, not more of the loan (its
    trigger is no restating noun, and its sum is another), told soon after it."""
    event = mention.event
    lex = lexicon()
    return event.type in lex.money_distinct and not mention.restating and \
        event.value is not None and (kept.value is None or
                                     kept.value.get("amount") != event.value.get("amount")) \
        and 0 <= event.evidence.start - _told_before(kept, event) <= lex.alongside_reach


def _beside(kept: Event, mention: Mention) -> Mention:
    """The mention as an event of its own, its empty identifying roles taken from the event it
    stands beside (the grant beside a loan goes to the loan's borrower, the second cargo
    leaves from the first one's port), none it already holds in another role."""
    event = mention.event
    held = {str(v) for values in event.arguments.values() for v in values}
    for role in lexicon().core[event.type]:
        if not event.arguments.get(role):
            taken = [v for v in kept.arguments.get(role, ()) if str(v) not in held]
            if taken:
                event.arguments[role] = list(taken)
    return replace(mention, complete=True)


def _antecedent(merged: list[Mention], restatement: Event) -> Event | None:
    """The event of the restatement's type told last before it, or in its own sentence
    ("The investment will allow …" after "With the upcoming $33 million loan …"); of two told
    as late, the one found last; without any told before it, the latest found."""
    candidates = [m.event for m in merged if m.event.type == restatement.type]
    if not candidates:
        return None
    order = max(range(len(candidates)),
                key=lambda i: (_told_before(candidates[i], restatement), i))
    return candidates[order] if _told_before(candidates[order], restatement) >= 0 \
        else candidates[-1]


def _told_before(event: Event, later: Event) -> int:
    """Where ``event`` is last told in the body at or before ``later``'s sentence; -1 if
    nowhere (or ``later`` is the title's)."""
    at = later.evidence.start if later.evidence.field == "text" else -1
    return max((e.start for e in (event.evidence, *event.more_evidence)
                if e.field == "text" and e.start <= at), default=-1)


def _pointed_back(merged: list[Mention], mention: Mention) -> Event | None:
    """The event a definite mention with no sum of its own points back to, of a type in
    ``definite_restates``: the last told before it in the same word. "The grant will finance
    the basic engineering … by Britain's Davy McKee" after "India will get 104.65 mln stg as
    grants from Britain" is that grant, and Davy McKee no recipient of another; "Following the
    placement, Jinfeng's holding will be diluted" is the placement told before a grant ("acting
    as receiving bank for the rights issue" after "committed to invest a further US$38 million"
    is not that commitment)."""
    event = mention.event
    noun = mention.definite_noun
    if not noun or event.value is not None or event.type not in lexicon().definite_restates:
        return None
    named = [m for m in merged if m.event.type == event.type and
             any(noun in e.text.lower() for e in (m.event.evidence, *m.event.more_evidence))]
    return _antecedent(named, event) if any(_told_before(m.event, event) >= 0 for m in named) \
        else None


def identity(event: Event) -> set[str]:
    """The ids in an event's identifying roles (not its commodities)."""
    return {str(v) for role in lexicon().core[event.type] if role != "commodity"
            for v in event.arguments.get(role, ())}


def _headline_of(kept: Mention, mention: Mention) -> bool:
    """A headline sums up the body's report: "Australian lithium miners fall on report CATL
    restarts China refinery" is the body's restart by CATL in China, though its "Australian"
    seems to place it elsewhere. Sharing an identifying id is enough; where the body opens by
    repeating the title, that copy (read before the report) also needs a kind that may name
    the report's (``same_kind``): its magnet plant is not the supplier's refinery."""
    a, b = kept.event, mention.event
    if not (kept.headline or mention.headline) or a.type != b.type or \
            not identity(a) & identity(b):
        return False
    lex = lexicon()
    return b.evidence.field == "title" or a.type not in lex.same_kind or \
        lex.kindred(a.kind, b.kind)


def _fold_contained(mentions: list[Mention]) -> list[Event]:
    """A mention that started an event of its own before the sentence linking it was read
    ("the first supply agreement between a U.S. developer and …" beside "Graphite One's
    agreement with Lucid") joins an event whose identifying ids include all of its own; one
    announced as another ("It also entered into a memorandum") stays apart."""
    lex = lexicon()
    kept: list[Event] = []
    for mention in mentions:
        event = mention.event
        if mention.cue in ("new", "another"):
            kept.append(event)
            continue
        ids = identity(event)
        home = next((k for k in kept if k.type == event.type and k.type in lex.fold_types
                     and ids and ids <= identity(k) and not _toehold_and_bid(k, event)
                     and k.modality == event.modality and lex.kindred(k.kind, event.kind)), None)
        if home is None:
            kept.append(event)
        else:
            _absorb(home, event)
    return kept


def _fold_headline_deals(events: list[Event]) -> list[Event]:
    """A headline's "deal" between the parties of an acquisition the story tells is that
    acquisition (see ``headline_deals``); it adds its evidence only."""
    lex = lexicon()
    kept: list[Event] = []
    for event in events:
        home = None
        types = lex.headline_deals.get(event.type)
        if types and event.evidence.field == "title" and event.kind in lex.generic_kinds:
            ids = identity(event)
            home = next((k for k in events if k.type in types and ids and ids <= identity(k)),
                        None)
        if home is None:
            kept.append(event)
        else:
            home.more_evidence.append(event.evidence)
    return kept


def _may_merge(kept: Mention, mention: Mention) -> bool:
    """A new event ("more funding") joins only new ones, a denial only denials: "there is no
    more funding" must not turn the loan told before into a denied one."""
    return (kept.cue == "new") == (mention.cue == "new") and \
        (kept.event.modality == "denied") == (mention.event.modality == "denied")


def _same_event(kept: Mention, mention: Mention) -> bool:
    """Same type, no conflicting core role, and a shared one, the same amount of money, or a
    restatement ("the deal", "the shipment", "the refinery") of the event told before."""
    a, b = kept.event, mention.event
    lex = lexicon()
    if a.type != b.type:
        return False
    if kept.parted and mention.parted and a.evidence.start == b.evidence.start:
        return False  # "its concentrator and … a hydroxide plant": two plants of one sentence
    if dated_apart(a, b):
        return False  # "jumps 12.5%" today, "gained 12.5% last month"
    if _periods_apart(a, b):
        return False  # the quarter's output and last year's drought losses
    if a.type in lex.same_kind and not lex.kindred(a.kind, b.kind) and \
            not _owner_guessed(mention):
        return False  # Iluka's mines and Iluka's refinery
    if _own_kind_apart(a, b):
        return False  # guidance for the year and the quarter's output
    if _trade_apart(kept, mention):
        return False  # a country's exports and one miner's cargo
    if _actors_apart(a, b):
        return False  # rival bids for one company, whatever their sums
    if a.value and b.value and a.value.get("amount") == b.value.get("amount"):
        return True
    if a.type in lex.money_distinct and a.value and b.value and not _subscribed(b) \
            and not _share_of_raise(a, b):
        return False  # "a $1.25 billion loan" and "a $400 million loan" to Iluka: two loans
    if _figures_apart(a, b):
        return False  # lithium carbonate down 6%, spodumene down 9%: two moves
    if _amounts_apart(a, b):
        return False  # a quarter's zircon and its synthetic rutile: two outputs
    if _families_apart(a, b):
        return False  # a tungsten concentrator and a graphite plant: two facilities
    shared = conflicts = unlike = 0
    for role in lex.core[a.type]:
        left = set(map(str, a.arguments.get(role, ())))
        right = set(map(str, b.arguments.get(role, ())))
        if left and right:
            if left & right or left & _countries(right) or _countries(left) & right:
                shared += 1
            elif (role != "commodity" or _another_measure(a, b) or other_figures(a, b)) \
                    and (role not in lex.loose_roles or
                         _states_apart(kept, mention, role)) \
                    and not _described_then_named(a, b, role, left, right):
                conflicts += 1
            else:
                unlike += 1
            left = {i for i in left if i.startswith("org:")}
            right = {i for i in right if i.startswith("org:")}
            if role in lex.set_roles and left - right and right - left:
                conflicts += 1
    restated = bool(lex.restatement.match(b.evidence.text))
    # "the exploration licence" after another body's permit for other minerals: a definite
    # word alone restates no event that differs from it in two roles or more.
    same_kind = a.kind == b.kind and a.type in lex.same_kind and mention.cue == "definite" \
        and unlike < 2
    return conflicts == 0 and (shared > 0 or restated or same_kind)


def _actors_apart(a: Event, b: Event) -> bool:
    """Whether both events name organisations in the role that tells events of their type apart
    (``actor_distinct``), none in common: two bidders' offers for one company are two bids,
    though the sentence's price a share went to both."""
    role = lexicon().actor_distinct.get(a.type)
    if role is None:
        return False
    left, right = ({str(v) for v in e.arguments.get(role, ()) if str(v).startswith("org:")}
                   for e in (a, b))
    return bool(left) and bool(right) and left.isdisjoint(right)


def _described_then_named(a: Event, b: Event, role: str, left: set[str],
                          right: set[str]) -> bool:
    """Whether one side fills a role of `described_roles` with a description only (and the
    state its adjective names) and the other with an organisation: a lede's "A Korean zinc
    refiner has made a $410 million takeover offer for Tarn Zinc" and the next sentence's
    "Seoul-listed Hanbit Smelting on Monday offered 54 cents cash for each Tarn Zinc share"
    are one bid. Not of other stakes: "A Gulf sovereign investor has agreed to take a 7.5 per
    cent stake" is no more of Harbour Rock's 12.2 per cent."""
    if role not in lexicon().described_roles.get(a.type, ()):
        return False
    stakes = [set(map(str, e.arguments.get("stake", ()))) for e in (a, b)]
    if all(stakes) and stakes[0] != stakes[1]:
        return False

    def described(values: set[str]) -> bool:
        return any(":" not in v for v in values) and \
            all(":" not in v or v.startswith("country:") for v in values)

    def named(values: set[str]) -> bool:
        return any(v.startswith("org:") for v in values)

    return (described(left) and named(right)) or (described(right) and named(left))


def _owner_guessed(mention: Mention) -> bool:
    """Whether a mention's owner is the article's company, its sentence naming none (see
    ``owner_guessed_any_kind``): a plant of that company told before, of whatever kind, is the
    one it describes ("construction of a processing plant can start" at the mine the story is
    about), no plant of its own."""
    return mention.event.type in lexicon().owner_guessed_types and "owner" in mention.guessed


def _toehold_and_bid(a: Event, b: Event) -> bool:
    """Whether one of two mentions buys a minority stake and the other is a bid naming no
    stake (``toehold``): "Cariboo already owns 9.8% of Paterson after buying shares on
    market" is a purchase of its own beside "Paterson Copper Agrees to A$455 Million Takeover
    by Canada's Cariboo Mining"; "the 40% … it does not already own" is the bid itself."""
    lex = lexicon()
    spec = lex.toehold.get(a.type)
    if spec is None or a.type != b.type:
        return False

    def minority(event: Event) -> bool:
        figures = [v for v in event.arguments.get(spec["role"], ()) if isinstance(v, float | int)]
        return bool(figures) and max(figures) < spec["below"] and \
            lex.stake_rest[event.type].search(event.evidence.text) is None

    def bid(event: Event) -> bool:
        return event.kind in spec["kinds"] and not event.arguments.get(spec["role"]) and \
            lex.units_bought[event.type].search(event.evidence.text) is None

    return (minority(a) and bid(b)) or (bid(a) and minority(b))


def _trade_apart(a: Mention, b: Mention) -> bool:
    """Whether one of two mentions is a flow of trade statistics naming no company that trades
    and the other names one: "Kenya's exports of titanium minerals fell 80 per cent" is not
    the cargo of the miner that "had shipped rutile from Mombasa"."""
    def trader(mention: Mention) -> bool:
        return any(str(v).startswith("org:") for role in lexicon().traders
                   for v in mention.event.arguments.get(role, ()))

    return (a.statistics and not trader(a) and trader(b)) or \
        (b.statistics and not trader(b) and trader(a))


def _own_kind_apart(a: Event, b: Event) -> bool:
    """Whether one of two mentions is of a kind in ``own_kinds`` and the other of another
    kind: "cut its production guidance to 125,000-135,000 tonnes" is no restatement of
    "produced 88,400 tonnes of concentrate in the half"."""
    own = lexicon().own_kinds.get(a.type, frozenset())
    kinds = {_own_kind(a, own), _own_kind(b, own)}
    return len(kinds) > 1 and bool(kinds & own)


def _own_kind(event: Event, own: frozenset[str]) -> str:
    """A mention's kind, or the kind of ``own_kinds`` its words tell ("now expects to produce
    …": an outlook revised, though told by an output's verb)."""
    if event.kind in own:
        return event.kind
    cues = lexicon().own_kind_cues
    return next((kind for kind in own if kind in cues and
                 cues[kind].search(event.evidence.text) is not None), event.kind)


def _subscribed(event: Event) -> bool:
    """Whether a mention is an investor's share of a raise told before ("Kelani Capital
    Partners … will subscribe for up to C$1.5 million of the placement"; see
    ``part_of_told``), not a raise of its own (nor "closed the second tranche of the
    financing", which names no investor)."""
    return bool(event.arguments.get("investor")) and \
        lexicon().part_of_told.search(event.evidence.text) is not None


def _share_of_raise(raise_: Event, event: Event) -> bool:
    """Whether a mention is an investor's subscription for less than a raise told before, of
    a kind in ``share_of_raise``, in the same currency and month: "has agreed to subscribe for
    NZ$7.5 million" after "a placement … to raise NZ$26.0 million" is its part (whether it is
    the same company's raise, the core roles tell); one that names an offering of its own
    ("subscribe for NZ$8 million of new shares in a second placement") is not."""
    lex = lexicon()
    given, raised = event.value or {}, raise_.value or {}
    smaller = given.get("currency") == raised.get("currency") and \
        (given.get("amount") or 0) < (raised.get("amount") or 0)
    text = event.evidence.text
    return raise_.kind in lex.share_of_raise and smaller and \
        bool(event.arguments.get("investor")) and not _other_months(raise_.date, event.date) \
        and lex.subscription.search(text) is not None and lex.offering.search(text) is None


def dated_apart(a: Event, b: Event) -> bool:
    """Whether two mentions of a type or kind in ``date_distinct`` tell of other months. A
    move told without a date takes the article's (``publication_for``), so one of two moves
    must be dated by its month: "Stock gained 12.5% last month" beside today's "jumps
    12.5%"; or they tell other figures on other days (``_moves_apart``)."""
    lex = lexicon()
    if a.type not in lex.date_distinct and f"{a.type}.{a.kind}" not in lex.date_distinct:
        return False
    if a.type in lex.dated_by_publication and "month" not in (a.date_precision,
                                                               b.date_precision):
        return _moves_apart(a, b)
    if _goal_year(a, b) or _goal_year(b, a):
        return False  # "will spend $931 million over five years" on Sept. 24 and "raise its
        # stockpile to 100 days of demand by 2029": one measure and its goal
    return _other_months(a.date, b.date)


def _goal_year(event: Event, other: Event) -> bool:
    """Whether a mention with no rate or sum of its own is dated to a year later than the day
    the other is dated to: the measure's goal ahead ("raise its stockpile to 100 days of
    demand by 2029"), not the day it was taken; a later step tells its own figure ("the
    royalty would rise again to 15% in 2027")."""
    return event.date_precision == "year" and other.date_precision == "day" and \
        bool(event.date) and bool(other.date) and str(event.date)[:4] > str(other.date)[:4] \
        and not event.arguments.get("rate") and not event.value


def _refines(kept: Event, other: Event) -> bool:
    """Whether ``other`` dates a measure told by its year alone to a month of that year, for a
    type whose dates tell its events apart (``date_distinct``): China's restrictions told
    with "2024" and restated as its ban "in December 2024" are December's, so its licensing "in
    September 2024", told next, stays another measure."""
    lex = lexicon()
    return (kept.type in lex.date_distinct or f"{kept.type}.{kept.kind}" in lex.date_distinct) \
        and kept.date_precision == "year" and other.date_precision in ("month", "day") and \
        bool(kept.date) and bool(other.date) and str(other.date).startswith(str(kept.date))


def _periods_apart(a: Event, b: Event) -> bool:
    """Whether two mentions of a type in ``period_distinct``, told in other sentences, each
    dated to a period (a month, quarter, half or year; a day is most often the news day, no
    period reported), fall in other months: "the mine produced 52,000 tonnes in the March
    quarter" and "floods cut last year's output" are two reports. One sentence comparing two
    periods ("12,000 tonnes in 2023, against 14,000 tonnes in 2022") stays one report."""
    if a.type not in lexicon().period_distinct or \
            (a.evidence.field, a.evidence.start) == (b.evidence.field, b.evidence.start):
        return False
    if "day" in (a.date_precision, b.date_precision):
        return False
    first, second = _months(a.date), _months(b.date)
    return first is not None and second is not None and (
        first[1] < second[0] or second[1] < first[0])


def _months(date: str | None) -> tuple[str, str] | None:
    """A period's first and last months: "2024" → ("2024-01", "2024-12"), "2024-Q3" →
    ("2024-07", "2024-09"), "2024-08" → ("2024-08", "2024-08")."""
    if not date or len(date) < 4:
        return None
    year, rest = date[:4], date[5:7]
    if not rest:
        return f"{year}-01", f"{year}-12"
    if rest.startswith("Q") and rest[1:].isdigit():
        last = 3 * int(rest[1:])
        return f"{year}-{last - 2:02d}", f"{year}-{last:02d}"
    return f"{year}-{rest}", f"{year}-{rest}"


def _moves_apart(a: Event, b: Event) -> bool:
    """Whether two moves dated to the day name other days and percentages a rounding does not
    explain (``move_rounding``): "Shares jumped 23% on Tuesday" and "-6.4% in Wednesday
    trading" are two moves, while "rose 12.3% on Monday" and a later "the 12% gain", dated
    by the article's day, are one."""
    if not (a.date and b.date) or a.date == b.date:
        return False
    moves_a, moves_b = ([v for v in e.arguments.get("change_pct", ()) if isinstance(v, float | int)]
                        for e in (a, b))
    rounding = lexicon().move_rounding
    return bool(moves_a and moves_b) and all(abs(x - y) > rounding
                                              for x in moves_a for y in moves_b)


def _other_months(a: str | None, b: str | None) -> bool:
    """Whether two dates fall in different months ("2025-02-10", "2025-01"); a year alone
    ("2024") fits any month of it."""
    if not a or not b:
        return False
    a, b = a[:7], b[:7]
    return not (a.startswith(b) or b.startswith(a))


def _states_apart(kept: Mention, mention: Mention, role: str) -> bool:
    """Whether two mentions name other states in a loose role, each in its own sentence:
    "China imposed export controls on gallium" and "Vietnam moved to prohibit exports of rare
    earths", "the WA government offered a rebate of royalties" and "Indonesia raised
    royalties" are two measures, and so are two of other modalities ("Vietnam has moved to
    prohibit exports" beside China's controls in force). "Chalmers' budget" and "the
    Albanese government" (a person and a state) stay one government's, as does a measure
    whose state the article guessed ("shipments to the United States have been barred", no
    one named). A government that acts is named though, its state read as the article's: "the
    government raised royalties" in a story of Indonesia is no more of "the WA government"'s
    rebate told before."""
    left, right = (_states(m.event.arguments.get(role, ())) for m in (kept, mention))
    guesses = (kept.guessed - kept.governed) | (mention.guessed - mention.governed)
    return role not in guesses and bool(left) and bool(right) and \
        not left & right


def _states(ids: Iterable[object]) -> set[str]:
    """The countries and provinces among a role's ids."""
    return {str(i) for i in ids if str(i).startswith(("country:", "place:"))}


def _another_measure(a: Event, b: Event) -> bool:
    """"Trump imposes 25% tariffs on steel" and "he did threaten duties on copper": one in
    force, one threatened, on other minerals, are two measures (measures told with other dates
    are two whatever their minerals: ``date_distinct``)."""
    return a.type in lexicon().commodity_distinct and a.modality != b.modality


def other_figures(a: Event, b: Event) -> bool:
    """"Zambian copper production rose … to 113,275 tonnes" and "cobalt production fell 24 pct
    to 879 tonnes": of other minerals, each with a figure of its own, two outputs."""
    role = lexicon().figure_distinct.get(a.type)
    if role is None:
        return False
    figures_a, figures_b = (set(map(str, e.arguments.get(role, ()))) for e in (a, b))
    minerals_a, minerals_b = (set(e.arguments.get("commodity", ())) for e in (a, b))
    return bool(figures_a and figures_b and minerals_a and minerals_b) and \
        figures_a.isdisjoint(figures_b) and minerals_a.isdisjoint(minerals_b)


def _figures_apart(a: Event, b: Event) -> bool:
    """Whether both mentions give figures of a role in ``figures_apart`` and share none."""
    for role in lexicon().figures_apart.get(a.type, ()):
        left, right = (set(map(str, e.arguments.get(role, ()))) for e in (a, b))
        if left and right and left.isdisjoint(right):
            return True
    return False


def _amounts_apart(a: Event, b: Event) -> bool:
    """Whether two stated mentions of a type in ``amounts_apart``, of one date, give amounts
    in one unit and none in common: "69,000 tonnes of zircon" and "59,000 tonnes of synthetic
    rutile" in one quarter are two outputs. Amounts in other units may be one figure converted
    ("2.2 mln long tons", "2.24 mln tonnes"), and a rate a year ("will average 41,000 ounces a
    year") is a capacity or an outlook, no period's output."""
    if a.type not in lexicon().amounts_apart or a.date != b.date or \
            {a.modality, b.modality} != {"asserted"}:
        return False
    amounts_a, amounts_b = (_amounts(e) for e in (a, b))
    units = {unit for unit, _ in amounts_a | amounts_b}
    return len(units) == 1 and not units.pop().endswith("/y") and \
        bool(amounts_a and amounts_b) and amounts_a.isdisjoint(amounts_b)


def _amounts(event: Event) -> set[tuple[str, Any]]:
    """An event's quantities as (unit, amount): {("t", 41000.0)}."""
    return {(str(q.get("unit")), q.get("amount")) for q in event.arguments.get("quantity", ())
            if isinstance(q, dict)}


def _families_apart(a: Event, b: Event) -> bool:
    """Whether both mentions, of a type in ``family_distinct``, name minerals and none of one
    family: "a tungsten concentrator" and "a spherical graphite plant" (not a "rare earths
    refinery" and its "dysprosium and terbium circuit")."""
    if a.type not in lexicon().family_distinct:
        return False
    families_a, families_b = (_families(e.arguments.get("commodity", ())) for e in (a, b))
    return bool(families_a and families_b) and families_a.isdisjoint(families_b)


def _families(minerals: Iterable[object]) -> set[str]:
    """Each mineral's group, or the mineral itself where it has none ("mineral:dysprosium" →
    "mineral:rare-earths")."""
    families: set[str] = set()
    for mineral in map(str, minerals):
        entry = mineral_by_id(mineral)
        families.add(entry.group_id if entry is not None and entry.group_id else mineral)
    return families


def _countries(ids: set[str]) -> set[str]:
    """The countries of the places among ``ids`` ("place:CN-JX" → "country:CN"): a headline's
    "mine in China" and the body's "mine in Jiangxi province" are one place (two provinces of
    one country are not)."""
    return {c for i in ids if i.startswith("place:") and (c := country_of_place(i))}


def _absorb(kept: Event, other: Event, empty_only: bool = False) -> None:
    """``other`` restates ``kept``: its roles (``empty_only``: those ``kept`` leaves empty),
    evidence and details join it, and two mentions make the event surer."""
    lex = lexicon()
    exclusive = lex.exclusive.get((kept.type, kept.kind), {})
    for role, values in other.arguments.items():
        if empty_only and kept.arguments.get(role):
            continue
        taken = {str(v) for r in exclusive.get(role, ()) for v in kept.arguments.get(r, ())}
        for value in values:
            if str(value) not in taken:  # "The sanctions were approved by the cabinet": Fiji's
                add(kept.arguments, role, value)  # target stays no authority of them
    kept.more_evidence.append(other.evidence)
    if not kept.date or _refines(kept, other):
        kept.date, kept.date_precision = other.date, other.date_precision
    kept.value = kept.value or other.value
    kept.stage = kept.stage or other.stage
    kept.confidence = min(0.99, max(kept.confidence, other.confidence) + 0.05)
    kept.modality = min(kept.modality, other.modality, key=_MODALITY_RANK.index)
    if kept.kind in lex.generic_kinds and other.kind not in lex.generic_kinds:
        kept.kind = other.kind
        kept.extractor = other.extractor
