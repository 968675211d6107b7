"""What news writes of a company alone, and the unknown names it so introduces.

A name that the registry lacks, with no legal form, ticker or description to show what it is,
is still a company where the text treats it as only a company is treated: "Shares of Pilbrook
fell 12%", "Pilbrook's board", "Vantora said on Tuesday it would build a plant", "Laurentia
completed its acquisition". The same frames tell which known company a short name stands for
("Sable" of Sable Resources Ltd, see ``short_forms``; "Sainsbury shares" after "J Sainsbury
Plc"). What looks like such a frame but is none: "the Golden Summit shares" (a parcel someone
holds), a public body's place ("Gladstone said it" beside "Gladstone Regional Council").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from mineralwatch.extract.doc import Doc
from mineralwatch.extract.gazetteer import Gazetteer, blanks_before, hit_starts, matches_at
from mineralwatch.extract.geo import city_country
from mineralwatch.extract.people import given_names, person_titles, public_figure
from mineralwatch.extract.text import (
    after_the,
    alternation,
    blanks_start,
    trie,
    word_opening,
)
from mineralwatch.extract.vocabulary import load_organisation_cues

from .descriptions import named_as_asset
from .names import abbreviates, name_after, name_before, next_word, person_like, trim_name
from .registry import cues, is_generic
from .spans import add_org, add_span, claimed_by_place

# A reporting verb's time and place before "it" or "its" ("said on Tuesday it would", "said in
# a statement late Monday that its output"): a company speaks of itself as "it", a person as
# "he" or "she" (see ``statement_gap_words``).
_STATEMENT_GAP_WORDS = 6


@cache
def deed_on_its() -> re.Pattern[str]:
    """One of `deed_verbs` and "its" after a name: "Laurentia completed its acquisition"."""
    return re.compile(rf"[ \t]+{_deed_on_its()}")


@cache
def _deed_on_its() -> str:
    """``deed_on_its`` after the blanks."""
    return rf"(?:{trie(cues().deed_verbs)})[ \t]+its\b"


@cache
def replied_after() -> re.Pattern[str]:
    """One of `replies` after a name: "Daesan declined to comment", "Norseman also said"."""
    return re.compile(rf"[ \t]+(?:{alternation(cues().replies)})\b")


@cache
def held_in_before() -> re.Pattern[str]:
    """What only a company has, before its name: "Shares of Sable", "a stake in Ruvuma"."""
    return re.compile(rf"\b(?:{_held_in()})[ \t]+$", re.IGNORECASE)


@cache
def owned_after() -> re.Pattern[str]:
    """What only a company has, after its name: "Kestrel shares", "Sable Chief Executive"."""
    return re.compile(rf"(?:['’]s)?[ \t]+(?:{alternation(cues().possessed)})\b", re.IGNORECASE)


@cache
def _held_in() -> str:
    """``held_in`` as one pattern, branching a letter at a time, any blanks between words."""
    return trie(cues().held_in, space=r"[ \t]+")


def ends_phrase(text: str, end: int) -> bool:
    """Whether a name ends its noun phrase at ``end``: "a stake in Ruvuma for $31 million", not
    "a stake in Yukon tungsten developer"; "Shares in Boyne (Euronext Growth Dublin: BZN)"."""
    following = text[end:end + 40].lstrip(" \t")[:1]
    if not following or not (following.isalnum() or following in "'’"):
        return True  # punctuation (a bracket after spaces too) or the text's end
    return next_word(text, end).lower() in cues().held_in_ends


@cache
def _held_in_after() -> re.Pattern[str]:
    """``held_in`` before a capitalised word: where a company's name opens ("Shares of
    Pilbrook")."""
    # opening with the phrases' first letters lets a search skip to those, where ``\b`` and
    # re.IGNORECASE have it try every position; the case is ignored inside, as before, and
    # any blanks stand between a phrase's words, as in ``_held_in``
    opening = word_opening(cues().held_in, space=r"[ \t]+")
    return re.compile(rf"{opening}[ \t]+(?=(?i:[A-Z]))")


@cache
def _owned_before() -> re.Pattern[str]:
    """``owned_after`` after a letter, capitalised where written so ("Pilbrook shares",
    "Pilbrook's board", "Vantora Chief Executive"): where a company's name ends."""
    # opening with the space or the apostrophe after the name lets the search skip to those;
    # the look-behinds then ask for the name's last letter and tell "'s " from " "
    return re.compile(rf"[ \t'’](?<=[A-Za-z].)(?:(?<=['’])s[ \t]+|(?<=[ \t])[ \t]*)"
                      rf"(?:{trie(cues().possessed)})\b")


@cache
def _on_itself() -> re.Pattern[str]:
    """After a name, ``deed_on_its`` or a reporting verb, a few words of when and where, and
    "it" or "its": "said on Tuesday it would", "said in a filing that its output". One scan
    for both, opening with one blank (a class, where ``[ \\t]+`` is not) so that the search
    skips to blanks; no deed verb is a word of the gap, so neither frame hides the other."""
    verbs = trie(cues().statement_verbs)
    gap = trie(cues().statement_gap_words)
    statement = rf"(?:{verbs})(?:[ \t,]+(?:{gap})){{0,{_STATEMENT_GAP_WORDS}}}" \
                rf"[ \t]+(?:that[ \t]+)?its?\b"
    return re.compile(rf"[ \t][ \t]*(?:{_deed_on_its()}|{statement})")


# A share price's change and the price it reached: "1-1/4 at 43-3/8", "5 cents to 1.20 dlrs",
# "12% to A$0.45"; a number of points (an index's) is none, nor a price by a unit other than
# a share ("5 dlrs to 400 dlrs an ounce", "to 66 cents a lb": a commodity's)
_QUOTED_CHANGE = r"(?:\d+-)?\d+(?:[./]\d+)?\s*(?:%|pct|per\s+cent|percent|cents?|dlrs?)?"
_QUOTED_PRICE = r"(?:[A-Z]{0,2}\$[ \t]*)?\d(?![\d.,/-]*\s*(?:[A-Za-z]+\s+)?" \
                r"(?:a|an|per)\s+(?!share))"


_PRICE_AND = re.compile(r"[\d./-]+\s+and\s+")


@cache
def _quoted_move() -> re.Pattern[str]:
    """After a name, a move of its share price and the price it reached, as a market report
    writes each stock's ("Tarrow Holdings rose 1-1/8 at 37-5/8", "Tembo Nickel fell 5 cents
    to 45 cents", "Kestrel was up 12% at A$0.45"): only a listed company's name so moves to a
    price (a metal's, an index's or a currency's name is found as such first)."""
    moves = trie(load_organisation_cues()["move_words"], space=r"[ \t]+")
    return re.compile(rf"[ \t][ \t]*(?:{moves})\s+(?:by\s+)?{_QUOTED_CHANGE}"
                      rf"\s+(?:at|to)\s+{_QUOTED_PRICE}")  # a wire's lines break anywhere


# The patterns that open with the blanks (or the "'s") before a word of their own: each is
# tried only before its words, which the article's shared scan finds (``_frame_words``).
_OWNED, _ON_ITSELF, _MOVE = "owned", "on itself", "move"
_HELD = "held in"  # ``_held_in_after``, which opens at its word


@cache
def _frame_words() -> Gazetteer[frozenset[str]]:
    """The first word of each of ``possessed`` (``_owned_before``), the deed and statement
    verbs (``_on_itself``), ``move_words`` (``_quoted_move``) and ``held_in``
    (``_held_in_after``), to the patterns it opens:
    single words, so that no hit hides another; in any case (the patterns heed case, and
    tell), which spares the shared scan a look at how each is written."""
    c = cues()
    opening: dict[str, set[str]] = {}
    for pattern, words in ((_OWNED, c.possessed), (_ON_ITSELF, (*c.deed_verbs, *c.statement_verbs)),
                           (_MOVE, load_organisation_cues()["move_words"]), (_HELD, c.held_in)):
        for word in words:
            opening.setdefault(word.split()[0].lower(), set()).add(pattern)
    return Gazetteer((w, frozenset(p)) for w, p in opening.items())


def _matches_before_words(text: str, lowered: str, pattern: re.Pattern[str],
                          name: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern ``name`` of ``_frame_words``, which opens with
    the blanks before one of its words (``_owned_before`` with "'s" before them too, tried
    first, as a search reaches it first): tried only there, not at every blank. The patterns
    heed case (see ``_frame_words``)."""
    return matches_at(pattern, text, _blanks_before_words(text, lowered, name))


def _blanks_before_words(text: str, lowered: str, name: str) -> Iterator[int]:
    """Where ``_matches_before_words`` tries the pattern ``name``: before each of its words
    with blanks before it, at the "'s" ahead of the blanks (``_OWNED``) and the blanks' first."""
    for at in blanks_before(text, (hit for hit in _frame_words().find(text, lowered)
                                   if name in hit.payload)):
        if name == _OWNED and text[at - 2:at] in ("'s", "’s"):
            yield at - 2
        yield at


def _held_in_matches(text: str, lowered: str) -> Iterator[re.Match[str]]:
    """``_held_in_after().finditer(text)``, the case-blind pattern matched only at the words of
    ``held_in`` the shared scan finds."""
    hits = (hit for hit in _frame_words().find(text, lowered) if _HELD in hit.payload)
    return matches_at(_held_in_after(), text, hit_starts(hits), case_blind=True)


def _framed_names(text: str, lowered: str) -> Iterator[tuple[int, int, bool]]:
    """Every name the text writes in a company's frame (see the module's docstring), and
    whether as a clause's subject ("Vantora said it", "Kestrel completed its"): a sentence
    opens with such a name as often as not, as it does with a word that only qualifies the
    noun after it in the other frames ("Underlying earnings", "Binding offtake")."""
    for match in _held_in_matches(text, lowered):
        found = name_after(text, match.end())
        if found and ends_phrase(text, found[1]):
            yield *found, False
    for match in _matches_before_words(text, lowered, _owned_before(), _OWNED):
        found = name_before(text, match.start())
        if found and not _a_parcel(text, found[0], match):
            yield *found, False
    for match in _matches_before_words(text, lowered, _on_itself(), _ON_ITSELF):
        if found := name_before(text, match.start()):
            yield *found, True
    for match in _matches_before_words(text, lowered, _quoted_move(), _MOVE):
        found = name_before(text, match.start())
        if found and text[:found[1]].rsplit(None, 1)[-1] not in cues().named_things:
            # not an index's ("the S&P/TSX Venture Composite rose 0.7%"), nor the price
            # before it in the report's list ("at 37-5/8 and Boreal Mining gained 1")
            price = _PRICE_AND.match(text, found[0])
            yield (price.end() if price else found[0]), found[1], False


def _a_parcel(text: str, start: int, owned: re.Match[str]) -> bool:
    """"its purchase of the Golden Summit shares": after "the" and with no "'s", the shares a
    holder has as often as its own ("the Pilbrook shares it sold"); "Pilbrook shares",
    "the Pilbrook board" and "Pilbrook's shares" are the company's."""
    return owned.group()[:1] not in "'’" and owned.group().split()[-1] in cues().holding_words \
        and after_the(text, start)


def discover_by_frame(doc: Doc) -> frozenset[str]:
    """Names the registry lacks that the text writes as only a company's (module docstring):
    not where anything else is found, a place, a city, a person or a public figure, nor a
    common word ("Shares of Rio Tinto" is the registry's; "Analysts said it", "Chinese
    shares" are no company). Returns the ids of those found."""
    text = doc.text
    found: set[str] = set()
    framed: dict[tuple[int, int], bool] = {}
    for start, end, subject in _framed_names(text, doc.lowered):
        framed[start, end] = framed.get((start, end), False) or subject
    as_subject = Counter(text[start:end] for (start, end), subject in framed.items() if subject)
    for (start, end), subject in sorted(framed.items()):
        if doc.in_headline(start) or any(s.start < end and start < s.end and s.field == "text"
                                         for s in doc.spans):
            continue
        trimmed = trim_name(doc, text, start, end)
        if trimmed is None or trimmed != (start, end) or _cut_from_longer(text, start):
            continue  # "Adam Megginson of Benchmark": a role's, read by other rules; "American
            # Century said it": a name whose first word was taken for a qualifier
        name = text[start:end]
        words = name.split()
        if _no_company_name(doc, name, words, subject and as_subject[name] > 1) or \
                claimed_by_place(doc, start, end) or \
                _opens_a_body(doc, name) or named_as_asset(text, start, end) or \
                _asset_apposition().match(text, end):
            continue  # "a stake in Greenbushes" beside "the Greenbushes mine", "a stake in
            # Kamoa, the copper project": the asset's
        known = _shortened(doc, name)
        if known is not None:  # "Yuxiao sold its stake" after "Yuxiao Fund"
            add_span(doc, "text", start, end, known, "frame")
        elif (oid := add_org(doc, "text", start, end, source="frame")) is not None:
            found.add(oid)
    return frozenset(found)


@cache
def _asset_apposition() -> re.Pattern[str]:
    """An apposition naming an asset: ", the copper project in Congo", ", a lithium mine"."""
    nouns = alternation(cues().asset_nouns | cues().not_org_after)
    return re.compile(rf",[ \t]+(?:an?|the)[ \t]+(?:[\w'’-]+[ \t]+){{0,4}}?(?:{nouns})\b")


def _shortened(doc: Doc, name: str) -> str | None:
    """The one organisation of the article whose name this one shortens: words of it ("Yuxiao"
    of "Yuxiao Fund", "Sainsbury" of "J Sainsbury Plc", "Hualong" of "Jiangxi Hualong
    Lithium"), its first word made plural as a founder's name is ("Carsons" of "Carson Pirie
    Scott and Co") or its initials ("BHPGM" of "BHP Gold Mines")."""
    owners = {oid for oid, info in doc.info.items()
              if info.type == "organization" and _shortens(name, info.name)}
    return owners.pop() if len(owners) == 1 else None


def _shortens(short: str, name: str) -> bool:
    """Whether ``short`` is words of ``name``, its first word made plural or its initials."""
    words = name.split()
    return (short != name and f" {short} " in f" {' '.join(words)} ") or \
        (len(words) > 1 and short == words[0] + "s") or \
        (short.isupper() and abbreviates(short, name))


def _opens_a_body(doc: Doc, name: str) -> bool:
    """Whether the name opens a public body's of the article, which is named after its place:
    "Gladstone said it" beside "Gladstone Regional Council" is the town (``body_heads``)."""
    return any(info.type == "organization" and info.name.startswith(name + " ") and
               info.name.split()[-1] in cues().body_heads for info in doc.info.values())


# A capitalised word, or an abbreviation ("St.", "U.S."), but not a sentence's last word
# ("near Kalgoorlie. Pilbrook said") nor the end of a word ("iPhone ")
_WORD_BEFORE = re.compile(r"(?<!\S)[A-Z](?:[\w'’-]*|[A-Za-z.]{0,4})[ \t]$")


def _cut_from_longer(text: str, start: int) -> bool:
    """Whether a capitalised word stands right before the name, which it was cut from."""
    return _WORD_BEFORE.search(text, max(0, start - 30), start) is not None


def _no_company_name(doc: Doc, name: str, words: list[str], framed_again: bool) -> bool:
    """A name no frame makes a company's: a city's ("Canberra said it"), a person's ("Forrest
    said it", beside "Andrew Forrest"; "Harlow said it", beside "Mr Harlow"), a public
    figure's, words of place or common words, and a word the text also writes in lower case,
    alone or as one of many, or a group of people news quotes ("Analysts said it … analysts",
    "Officials said it"). A word only ever opening a sentence qualifies the noun after it
    ("Underlying earnings") or is a common noun ("Sampling confirmed its grade"), unless the
    text frames it twice as its clause's subject (``framed_again``: "Vantora said on Tuesday it
    would …", "Vantora completed its …")."""
    c = cues()
    if city_country(name) is not None or public_figure(name) or person_like(doc.text, words) \
            or is_generic(name) or c.never.intersection(words) or \
            all(w in c.place_words or w in c.generic for w in words):
        return True
    if words[0].lower() in c.asset_nouns or all(w.rstrip(".,") in c.legal for w in words) or \
            "and" in words or "&" in words:
        return True  # "an interest in Project 81"; "Laurentia and Borealis shareholders"
    if all(w in c.not_names for w in words) or any(_a_code(w) for w in words[1:]):
        return True  # "Management said it"; "Class A shares", "an interest in Mining Lease 45/12"
    if len(words) == 1:
        word = words[0]
        return len(word) < 4 or not word.isalpha() or word in given_names() or \
            _titled(doc.text, word) or _common_noun(doc.text, word) or \
            (not word.isupper() and not framed_again and
             not _written_mid_sentence(doc.text, word))
    return False


def _a_code(word: str) -> bool:
    """A lone letter or a word with a digit, after a name's first word: a class's, a stage's or
    a title's code ("Class A", "Phase 2", "Exploration Licence EL1234"), no company's name."""
    return (len(word) == 1 and word.isalpha()) or any(ch.isdigit() for ch in word)


def _common_noun(text: str, word: str) -> bool:
    """Whether a word is a common noun: written in lower case too, alone or one of many ("an
    official" beside "Officials said it"), or people news quotes as a group ("Dealers said it
    was quiet", ``people_words``)."""
    lower = word.lower()
    forms = (lower, lower[:-1]) if lower.endswith("s") and not lower.endswith("ss") else (lower,)
    return any(form in cues().people_words or form + "s" in cues().people_words or
               any(_alone(text, at, at + len(form)) or
                   (text.startswith("s", at + len(form)) and _alone(text, at, at + len(form) + 1))
                   for at in _places(text, form)) for form in forms)


def _places(text: str, word: str) -> Iterator[int]:
    """Every position the text writes ``word`` at, as a word or inside one: plain string
    searches, where a pattern made for each word would be compiled for it."""
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + 1)


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole word: no letter, digit, "_" or "-" (``[\\w-]``)
    on either side."""
    return not any(char.isalnum() or char in ("_", "-")
                   for char in (text[start - 1:start], text[end:end + 1]))


@cache
def _title_ending() -> re.Pattern[str]:
    """A person's title that ends where a search's ``endpos`` is."""
    return re.compile(rf"(?<![\w-])(?:{alternation(person_titles())})\Z")


def _titled(text: str, word: str) -> bool:
    """Whether the text writes a person's title before the word: "Mr Harlow", "Dr Harlow",
    "Governor Harlow" make "Harlow said it" a person's."""
    longest = max(map(len, person_titles()))
    for at in _places(text, word):
        title_end = blanks_start(text, at)
        if title_end < at and _alone(text, at, at + len(word)) and \
                _title_ending().search(text, max(0, title_end - longest), title_end):
            return True
    return False


def _written_mid_sentence(text: str, word: str) -> bool:
    """Whether the text writes a word after another of its sentence, not only opening one:
    "Binding offtake agreements" and "Underlying earnings" open theirs, as a company's name
    seldom does every time ("… a premium to Kestrel's closing price"): after a word in lower
    case or a clause's mark, and one blank."""
    return any(at >= 2 and text[at - 1] in " \t" and
               (text[at - 2] in ",;:)" or "a" <= text[at - 2] <= "z") and
               _alone(text, at, at + len(word))
               for at in _places(text, word))
