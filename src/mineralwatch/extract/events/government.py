"""States acting through their government: "the government", "the Albanese government",
"Canberra" name a state, resolved here (they are no country mentions for the entity extractor),
and only a state may be a policy's authority."""

from __future__ import annotations

import re
from collections import Counter

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.extract.gazetteer import Hit
from mineralwatch.extract.geo import (
    country_counts,
    country_of_place,
    dateline_country,
    named_state,
    publisher_country,
)
from mineralwatch.models import Event

from .lexicon import RoleTable, Trigger, lexicon
from .roles import Arguments, add, drop, keep_only
from .states import is_government
from .triggers import Clause, in_names, span_index

_LAST_WORD = re.compile(r"([\w.'’-]+)\s*$")
# Noted in ``how`` when "the government" names no state and the article's is taken.
ARTICLE_STATE = "article_state"


def fill_government(doc: Doc, trigger: Trigger, spec: RoleTable, hit: Hit, clause: Clause,
                    arguments: Arguments, how: set[str], early: bool, money: bool) -> None:
    """"Iluka is in talks with the government about more funding", "Canberra's ban": a state
    named by its government acts as the investor or the authority the entities left empty;
    "the government" alone is the one a reference just before names, else the article's. It
    buys or sells only as the trigger's subject ("the Quebec government will take a stake").

    A reference that is the subject right before the trigger outranks the countries the
    entities put in the role (see ``_acting_state``).

    Called twice: ``early``, before the event's completeness is judged, for a role that
    decides it (a policy's authority; the funder of money-less funding), else after, so that
    "the government" beside an amount never makes an investment of a sentence naming no
    recipient."""
    lex = lexicon()
    role = lex.government_refs.fills.get(trigger.type)
    subject_only = trigger.type in lex.government_refs.subject_only
    if subject_only:  # "the government will sell its stake": the seller
        role = spec.get("subject", {}).get("organization")
    if role is None or _decides(spec, role, money) != early:
        return
    if arguments.get(role):
        # "Labor agreed to an additional $400 million of loans": a party acts as the state.
        arguments[role] = list(dict.fromkeys(lex.party_states.get(str(i), i)
                                             for i in arguments[role]))
        state = _acting_state(doc, clause, hit)
        if state is None or state in arguments[role] or not all(
                str(i).startswith(("country:", "place:")) for i in arguments[role]):
            return  # "Export Finance Australia … taxpayer funding": a body named acts
        arguments[role] = [state]
    elif subject_only:
        state = _acting_state(doc, clause, hit)
        if state is None:
            return
        arguments[role] = [state]
    else:
        state = _referenced_state(doc, trigger, role, hit, clause, how)
        if state is None:
            return
        arguments[role] = [state]
    how.add("government")
    # "a tariff on China last week, Beijing introduced export controls": the state named as
    # the actor is not also the target its name was read as by position.
    for pair in spec.get("distinct", ()):
        if role in pair:
            other = pair[1] if pair[0] == role else pair[0]
            if state in arguments.get(other, ()):
                drop(arguments, other, state)


def _referenced_state(doc: Doc, trigger: Trigger, role: str, hit: Hit, clause: Clause,
                      how: set[str]) -> str | None:
    """The state of the government reference in the clause nearest the trigger, else the
    article's (``how`` records the guess); None with no reference, but for a measure only a
    state takes (``implied``), whose subject may stand before the clause or go unnamed."""
    lex = lexicon()
    refs = [r for r in _government_references(doc, clause[0], clause[1])
            if role in lex.government_refs.in_trigger or not hit.start <= r[0] < hit.end]
    implied = f"{trigger.type}.{trigger.kind}" in lex.government_refs.implied
    if not refs and implied:  # "Canberra has tightened scrutiny … and ordered": its subject
        refs = _government_references(doc, _sentence_start(doc, hit.start), hit.start)
    if not refs and not implied:
        return None
    state = None  # no reference: a measure only a state takes (``implied``)
    if refs:
        nearest = min(refs, key=lambda r: abs(r[0] - hit.start))
        state = nearest[2] or _state_named_before(doc, nearest[0])
    if state is None:
        state = governing_country(doc)
        how.add(ARTICLE_STATE)  # the article's guess: see merge.Mention.guessed
    return state


def _acting_state(doc: Doc, clause: Clause, hit: Hit) -> str | None:
    """The state a government reference names when it is the subject nearest before the
    trigger, no entity standing between: "After Beijing placed seven rare earths under export
    licensing …, concentrate from Australia" and "Canberra has courted partners outside China,
    but the government has blocked several investments" are Beijing's and Canberra's acts, not
    those of the countries the entities put in the role from elsewhere in the clause. "The
    government" names a state only after a reference that does (here "Canberra"; see
    ``_state_named_before``), not the article's guess ("to engage with the Government" of a Canadian
    company's release on Uganda)."""
    refs = _government_references(doc, clause[0], hit.start)
    if not refs:
        return None
    start, end, state = max(refs)
    if any(s.field == "text" and s.type != "mineral" and end <= s.start < hit.start
           for s in doc.spans):
        return None
    return state or _state_named_before(doc, start)


def _state_named_before(doc: Doc, at: int) -> str | None:
    """The state the last government reference naming one names, in the sentence holding
    ``at`` or the one before: "The Northern Territory government has also lent a hand. Under
    an agreement signed in June, the government will defer royalties" (the territory's)."""
    named = [r[2] for r in _government_references(doc, _sentence_before(doc, at), at) if r[2]]
    return named[-1] if named else None


_STATE_SENTENCES = 1  # sentences before "the government", "its cabinet" read for the state


def add_state_parties(doc: Doc, trigger: Trigger, clause: Clause, arguments: Arguments) -> None:
    """"In April, Kyiv and Washington signed a framework": the states two or more capitals in
    the clause name are parties too (see ``parties``); one capital alone may only press for a
    deal ("an aggressive push by Beijing to sign binding offtake agreements")."""
    role = lexicon().government_refs.parties.get(trigger.type)
    if role is None:
        return
    states = _capital_states(doc, clause)
    if len(states) > 1:
        for state in states:
            add(arguments, role, state)


def _capital_states(doc: Doc, clause: Clause) -> list[str]:
    """The states the capitals written in the clause stand for ("Kyiv", "Washington")."""
    capitals = lexicon().government_refs.capital_country
    return list(dict.fromkeys(state for start, end, state in _government_references(doc, *clause)
                              if doc.text[start:end] in capitals))


def add_acting_states(doc: Doc, event: Event) -> None:
    """"Indonesia's energy ministry has slowed approvals of mining work plans": a state's body
    or official in a role of ``acting_for`` brings in the state it acts for, which annotators
    name beside it ("Treasurer Jim Chalmers ordered" is Australia's order too); a body acts
    for the state its name holds, a province's for the province ("Mining Inspectorate of
    Sweden", "Quebec's Ministry of Natural Resources"), else for its home; one of no known
    state ("the Council of Ministers") brings none, nor does a province its country ("the WA
    government cut royalties" is no federal measure)."""
    role = lexicon().government_refs.acting_for.get(event.type)
    for ident in list(event.arguments.get(role, ())) if role else ():
        info = doc.info.get(str(ident))
        if not str(ident).startswith(("org:", "person:")) or info is None or \
                not is_government(doc, str(ident)):
            continue
        state = named_state(info.name) or info.country  # "Quebec Ministry of …": Quebec
        if state is not None:
            add(event.arguments, role, state)


def keep_governments(doc: Doc, arguments: Arguments, role: str) -> None:
    """Only a state acts as a policy's authority: "Iluka" before "tax credit" is no lawmaker."""
    keep_only(arguments, role, lambda ident: is_government(doc, ident))


def drop_governments(doc: Doc, arguments: Arguments, role: str) -> None:
    """A government body owns no plant: "negotiations between the government and Iluka over
    … the refinery at Eneabba", told after "The Treasury investigation", is Iluka's; nor does
    a ministry found in the text ("Guinea's Ministry of Mines and Geology")."""
    keep_only(arguments, role, lambda ident: not (
        ident.startswith("org:") and is_government(doc, ident)))


def _decides(spec: RoleTable, role: str, money: bool) -> bool:
    """Whether filling ``role`` can make the event complete beyond the core roles' say."""
    groups = spec.get("required_without_money", []) if not money else []
    return role in spec["core"] or any(group == [role] for group in groups)


def _government_references(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, country) of each reference to a government between ``start`` and ``end``:
    "the Australian government" → country:AU, "Canberra" → country:AU, "the government" → ""
    (whose, the event decides), "the ministry" → the ministry named before (a body, no
    country). Only the clause is read: most articles never need one."""
    words = lexicon().government_refs
    names, by_end = span_index(doc)
    found: list[tuple[int, int, str]] = []
    for match in words.heads.finditer(doc.lowered, start, end):
        if not in_names(match.start(), names):
            country = _qualified_state(doc, match.start(), by_end)
            head = match.group().lower()
            if country == "" and head in words.body_heads:
                country = _body_named(doc, head, match.start()) or None  # "the ministry"
            if country == "":  # "The Government of Balochistan, through its department"
                country = _state_after(doc, match.end()) or ""
            if country == "" and head in words.qualified_heads:
                continue  # "the president said": of the company, perhaps
            if country is not None:
                found.append((match.start(), match.end(), country))
    for match in words.capitals.finditer(doc.text, start, end):
        before = _LAST_WORD.search(doc.text, max(0, match.start() - 20), match.start())
        if in_names(match.start(), names) or \
                (before is not None and before.group(1).lower() in words.place_words):
            continue
        found.append((match.start(), match.end(), words.capital_country[match.group()]))
    return found


def _qualified_state(doc: Doc, head: int, by_end: dict[int, Span]) -> str | None:
    """The state a government word names, from the words before it: a country, place or
    person ("the Australian government", "the WA government", "the Biden administration"),
    a subdivision's word alone ("the state government": see ``_told_last``), a local
    word of no subdivision ("the city government") or another body ("the company's
    treasurer") naming none (None), else "": unqualified."""
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
        if word.lower() in words.subdivision:  # "after the state government"
            return _subdivision_told(doc, match.start(1), word)
        if word.lower() in lexicon().state_possessives and (country := _told_last(
                doc, match.start(1), "country", _sentence_before(doc, head))):
            return country  # "Namibia went further. In June, its cabinet banned exports"
        if word.lower() in words.local or word.lower() in words.not_states:
            return None  # "the city government", "the company's treasurer"
        if word.lower() not in words.modifiers:
            break
        end = match.start(1)
    return ""


_OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def _state_after(doc: Doc, end: int) -> str | None:
    """The state a government word names by "of" after it: "the Government of Balochistan",
    "the government of President Victor Paz Estenssoro" (his country)."""
    of = _OF_AFTER.match(doc.text, end)
    if of is None:
        return None
    span = next((s for s in doc.spans if s.field == "text" and s.start == of.end()), None)
    return _state_of(doc, span) if span is not None else None


def _body_named(doc: Doc, head: str, at: int) -> str | None:
    """The government body whose name holds ``head`` named last before ``at``: "the ministry"
    after "the Ministry of Energy and Mineral Resources" (whose state ``add_acting_states``
    brings in), "the Commission" after "the European Commission", which has none."""
    for span in reversed(doc.spans):
        if span.field != "text" or span.type != "organization" or span.end > at:
            continue
        info = doc.info.get(span.ids[0])
        if info is not None and head in info.name.lower() and is_government(doc, span.ids[0]):
            return span.ids[0]
    return None


def _told_last(doc: Doc, at: int, kind: str, since: int = 0) -> str | None:
    """The entity of ``kind`` the text names last between ``since`` and ``at``: the state or
    province whose government "the state government" is ("a synthetic rutile kiln in WA's
    South West …, after the state government agreed to halve royalties"), the country "its
    cabinet" is."""
    return next((s.ids[0] for s in reversed(doc.spans)
                 if s.field == "text" and s.type == kind and since <= s.start and s.end <= at),
                None)


def _subdivision_told(doc: Doc, at: int, word: str) -> str | None:
    """The first-level place whose government "the state government" is: the one named last
    before ``at``, not one describing a company ("a Jiangxi-based group", "Sichuan-listed":
    its home, no state of the story); a capitalised word is a short name, the place's whose
    name holds it ("the Territory government" after "Northern Territory", "Yukon Territory")."""
    suffixes = lexicon().modifier_suffixes
    places = [s for s in doc.spans if s.field == "text" and s.type == "place" and s.end <= at
              and not doc.lowered.startswith(suffixes, s.end)]
    if word[:1].isupper():
        wanted = word.lower()
        named = next((s.ids[0] for s in reversed(places)
                      if wanted in doc.lowered[s.start:s.end + len(word) + 1].split()), None)
        if named is not None:
            return named
    return places[-1].ids[0] if places else None


def _sentence_start(doc: Doc, at: int) -> int:
    """Where the sentence holding ``at`` starts."""
    number = doc.sentence_index(at)
    return doc.sentences[number].start if number >= 0 else at


def _sentence_before(doc: Doc, at: int) -> int:
    """Where the sentence before the one holding ``at`` starts (see ``_STATE_SENTENCES``)."""
    number = doc.sentence_index(at)
    return doc.sentences[max(0, number - _STATE_SENTENCES)].start if number >= 0 else 0


def _state_of(doc: Doc, span: Span) -> str | None:
    """The state an entity before "government" names: itself, or a leader's country."""
    if span.type in ("country", "place"):
        return span.ids[0]
    if span.type == "person":
        info = doc.info.get(span.ids[0])
        return info.country if info is not None else None
    return None


def governing_country(doc: Doc) -> str | None:
    """Whose government "the government" is: the country a story was filed from ("GOROMONZI,
    Zimbabwe — …", though its Chinese investors are named more), else the one its
    publication's name holds (an Australian paper's report on a Korean takeover), else its
    main country."""
    story = doc.cache.get("events.parent") or doc
    return dateline_country(story) or publisher_country(story) or \
        main_country(doc)


def main_country(doc: Doc) -> str | None:
    """The country the article's organisations, places and country mentions point to most:
    where its plants and measures are when the sentence does not say (``pointed_country``),
    and whose government "the government" is in a story with no dateline (see
    ``governing_country``). An Australian report on Chinese shareholders names China often,
    but its companies and places are Australian, and so is the government it speaks of. Of two
    named as often, the one whose states or provinces the article names more: where its mines
    and plants are, not the buyer's country it tells them shipped to."""
    parent = doc.cache.get("events.parent")
    if parent is not None:
        return main_country(parent)
    if "events.country" not in doc.cache:
        counts = country_counts(doc)
        places = Counter(country for s in doc.spans if s.type == "place"
                         and (country := country_of_place(s.ids[0])))
        doc.cache["events.country"] = max(counts, key=lambda c: (counts[c], places[c]),
                                          default=None)
    return doc.cache["events.country"]
