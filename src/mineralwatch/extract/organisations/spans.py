"""Organisation spans in a document: adding one (registry's or discovered), and what the document
already holds at a position.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mineralwatch.extract.doc import Doc, EntityInfo, Span
from mineralwatch.extract.geo import span_country
from mineralwatch.extract.text import alternation
from mineralwatch.extract.vocabulary import listed_words, load_organisation_cues, symbol_phrases

from .registry import cues, link_name, org_id, registry


def country_before(doc: Doc, start: int) -> str | None:
    """The country written just before ``start``: "Australia's", "Australian", "U.S."."""
    return written_before(doc, start, "country")


def written_before(doc: Doc, start: int, kind: str) -> str | None:
    """The id of a ``kind`` span ending just before ``start`` ("Australia's", "the WA")."""
    for span in doc.spans:
        if 0 <= start - span.end <= 3 and span.field == "text" and span.type == kind and \
                doc.text[span.end:start].strip() in ("", "'s", "’s"):
            return span.ids[0]
    return None


_TICKER_AFTER = re.compile(r"\s*:\s*[A-Z0-9.]{1,6}(?![A-Za-z])")


@cache
def _symbol_after() -> re.Pattern[str]:
    """A symbol right after an exchange's name, given by a phrase of the listings'
    (``symbol_phrases``: "on the TSX Venture Exchange under the symbol NHL", "trades on the ASX
    as BVL"), or a code alone that ends the clause: "and on the Frankfurt Stock Exchange under
    8NH." (not "under ASX Listing Rule 7.1")."""
    phrases = alternation(symbol_phrases(), space=r"[ \t]+")
    return re.compile(rf"[ \t]+(?:(?i:{phrases})[ \t]+(?:of[ \t]+)?[\"“‘']?"
                      rf"[A-Z0-9][A-Z0-9.]{{0,6}}(?![\w$])|under[ \t]+[A-Z0-9]*[A-Z][A-Z0-9]{{0,7}}"
                      r"(?=[,;)]|\.(?:\s|$)|[ \t]+and\b))")


def describes_listing(text: str, start: int, end: int) -> bool:
    """"ASX-listed" (a headline's "ASX-Listed"), "ASX listed CuFe", "(ASX: ILU)", "is listed
    on the ASX", "delisted from the TSX Venture Exchange", "under the symbol “NVG” on the TSX
    Venture Exchange": an exchange named as where a company's shares are, not as an actor (as
    it is in "received acceptance from the TSX Venture Exchange")."""
    return text[end:end + 8].lower().startswith(("-listed", "-quoted", "-traded", " listed")) or \
        bool(_TICKER_AFTER.match(text, end)) or \
        _LISTED_ON.search(text, max(0, start - 24), start) is not None or \
        (_ON_BEFORE.search(text, max(0, start - 9), start) is not None and
         _symbol_before().search(text, max(0, start - _SYMBOL_REACH), start) is not None)


_SYMBOL_REACH = 50  # characters of "under the trading symbol “NVG” on the " before an exchange
# What `_symbol_before` ends with, tested first: most exchanges follow no "on (the)", and the
# phrases' pattern cannot skip ahead.
_ON_BEFORE = re.compile(r"\bon[ \t]+(?:the[ \t]+)?$")


@cache
def _symbol_before() -> re.Pattern[str]:
    """A symbol given by a phrase of the listings' (``symbol_phrases``) just before "on (the)"
    and an exchange's name: "trade under the symbol “NVG” on the"."""
    phrases = alternation(symbol_phrases(), space=r"[ \t]+")
    return re.compile(rf"\b(?i:{phrases})[ \t]+(?:of[ \t]+)?[\"“‘']?[A-Z0-9][A-Z0-9.]{{0,6}}"
                      r"[\"”’']?[ \t]+on[ \t]+(?:the[ \t]+)?$")


def _where_shares_trade(text: str, start: int, end: int) -> bool:
    """An exchange named, in a sentence of shares, as where they trade: "closed at C$1.63 on
    the Toronto Stock Exchange", "after the close of ASX trading" (not "copper … in Comex
    trading", the market the news reports)."""
    if _exchange_as_modifier().match(text, end) or \
            _filed_with().search(text, max(0, start - 24), start):
        return True  # "ASX miners", "ASX 200", "released to the ASX": the market, no actor
    if _SHARES.search(text, max(0, start - 120), end + 60) is None:
        return False
    return text.startswith(" trading", end) or \
        _traded_on().search(text, max(0, start - 50), start) is not None


_LISTED_ON = re.compile(rf"\b(?:(?:{alternation(listed_words())}|listing)[ \t]+on"
                        r"|delisted[ \t]+from)[ \t]+(?:the[ \t]+)?$")


@cache
def _traded_on() -> re.Pattern[str]:
    """"shares closed at C$1.63 on the", "rose 6.5% to A$0.98 on the", "rose nine per cent to
    48 cents on the" (``trading_words``, ``move_words``)."""
    data = load_organisation_cues()
    trading, moves = alternation(data["trading_words"]), alternation(data["move_words"])
    return re.compile(rf"(?:\b(?:{trading})\b(?:[^.;:]|\.(?=\d)){{0,25}}?"
                      rf"|\b(?:{moves})\b(?:[^.;:,]|[.,](?=\d)){{0,40}}?)"
                      r"[ \t]on[ \t]+(?:the[ \t]+)?$")


@cache
def _filed_with() -> re.Pattern[str]:
    """"released to the", "lodged with the": where a notice was filed (``filing_words``)."""
    words = alternation(load_organisation_cues()["filing_words"])
    return re.compile(rf"\b(?:{words})[ \t]+(?:to|with)[ \t]+(?:the[ \t]+)?$")


@cache
def _exchange_as_modifier() -> re.Pattern[str]:
    """What after an exchange's name makes it the market's (``exchange_modifiers``)."""
    cues = load_organisation_cues()
    words = alternation(cues["exchange_modifiers"], space=r"[ \t]+")
    stops = alternation(cues["exchange_modifier_stops"])  # no sector word: "told the ASX the"
    return re.compile(rf"[ \t]+(?:(?:(?!(?:{stops})\b)[a-z]+[ \t]+)?(?:{words})\b"
                      r"|\d{2,4}\b)")


_SHARES = re.compile(r"\b(?:[Ss]hares?|[Ss]tocks?|[Ss]hareholders|listing)\b")


def add_span(doc: Doc, field: str, start: int, end: int, oid: str, source: str,
              confidence: float = 1.0) -> None:
    if field == "text" and in_boilerplate(doc, start):
        return
    reg = registry()
    written_in = doc.text_of(field)
    kind = reg.kinds.get(oid)
    if kind == "exchange" and _named_as_market(written_in, start, end):
        return
    name = reg.names.get(oid) or _known_name(doc, oid)
    doc.spans.append(Span(start, end, "organization", (oid,), name, source, confidence, field))
    info = doc.remember(oid, EntityInfo("organization", name, country=reg.countries.get(oid),
                                        listings=set(reg.listings.get(oid, ())),
                                        attributes={"kind": kind} if kind else {}))
    written = written_in[start:end]
    if written != name:
        info.aliases.add(written)


def _known_name(doc: Doc, oid: str) -> str:
    """The name the article knows an organisation by, else its id."""
    info = doc.info.get(oid)
    return info.name if info is not None else oid


def non_org_head(words: list[str]) -> bool:
    """Whether a name's last word makes it a law's, a programme's or an asset's ("… Act", "…
    Investment"); after an industry word some of them end a company's name instead
    ("Khalifa Metals Investment")."""
    c = cues()
    if not words or words[-1] not in c.non_org_heads:
        return False
    return not (words[-1] in c.company_heads_after_industry and len(words) > 2 and
                words[-2] in c.industry)


def in_boilerplate(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` lies in a sentence of legal boilerplate (see ``boilerplate_markers``)."""
    return doc.in_sentence_with(cues().boilerplate, pos)


def add_org(doc: Doc, field: str, start: int, end: int, source: str) -> str | None:
    """Link or create the organisation written at ``start:end``; returns its id."""
    text = doc.text_of(field)
    if field == "text" and in_boilerplate(doc, start):
        return None
    name = text[start:end]
    oid = link_name(name)
    if oid is None:
        if _names_land(name) or _unknown_market(text, start, end):
            return None
        oid = discovered_id(doc, name, source)
    add_span(doc, field, start, end, oid, source, 1.0 if source != "suffix" else 0.85)
    return oid


def _unknown_market(text: str, start: int, end: int) -> bool:
    """"listed on the Abu Dhabi Securities Exchange (ADX: FALCON)": an exchange the registry
    does not know, named as where shares are, is no actor, as a known one is not (``add_span``)."""
    return text[start:end].split()[-1] in cues().exchange_heads and \
        _named_as_market(text, start, end)


def _named_as_market(text: str, start: int, end: int) -> bool:
    """An exchange named as where shares are, no actor: "is listed on the ASX", "closed at
    C$1.63 on the Toronto Stock Exchange", "trade on the TSX Venture Exchange under the symbol
    NHL"."""
    return describes_listing(text, start, end) or bool(_symbol_after().match(text, end)) or \
        _where_shares_trade(text, start, end)


def discovered_id(doc: Doc, name: str, source: str) -> str:
    """A new organisation the registry does not know: its id, recorded in the article."""
    oid = org_id(name)
    doc.remember(oid, EntityInfo("organization", name, attributes={"discovered": source}))
    return oid


def _names_land(name: str) -> bool:
    """"Mount Ferrier", "Lac Opinaca West": a place's or an asset's name, not a company's
    ("Mount Gibson Iron Ltd" and "Lake Resources" end with a company's word)."""
    c = cues()
    words = name.split()
    return words[0] in c.features and words[-1].rstrip(".,") not in c.legal and \
        words[-1] not in c.industry


def relink(doc: Doc, old: str, new: str) -> None:
    """The spans of a discovered organisation are the registry's ``new`` one's."""
    spans = [s for s in doc.spans if s.type == "organization" and s.ids == (old,)]
    doc.spans = [s for s in doc.spans if not (s.type == "organization" and s.ids == (old,))]
    doc.info.pop(old, None)
    for s in spans:
        add_span(doc, s.field, s.start, s.end, new, s.source, s.confidence)


def own_listing(doc: Doc, owner: str, listing: str) -> None:
    """Record, both ways, that ``owner`` is listed as ``listing``."""
    known = doc.info.get(owner)
    name = known.name if known else registry().names.get(owner, owner)
    doc.remember(owner, EntityInfo("organization", name, listings={listing}))
    doc.info[listing].attributes.setdefault("organization", owner)


def span_at(doc: Doc, start: int, end: int) -> str | None:
    for span in doc.spans:  # (the position first: it rules out nearly every span at once)
        if span.start <= start and end <= span.end and span.type == "organization" and \
                span.field == "text":
            return span.ids[0]
    return None


def ends_with_known(doc: Doc, start: int, end: int) -> bool:
    """Whether a known organisation's name ends a run of three words or more ("Western REE
    Supply Chain Critical Metals Corp": a heading glued to the sentence before "Critical
    Metals Corp"); "European Critical Metals Corp" is a company of its own, and so is the
    body a head of an of-name opens ("Ministry of Energy and Mineral Resources")."""
    if doc.text[start:end].split()[0] in cues().of_heads:
        return False
    return any(start < s.start < end <= s.end and s.type == "organization" and
               s.field == "text" and s.source == "registry"
               and len(doc.text[start:s.start].split()) >= 3 for s in doc.spans)


def joined_to_known_body(doc: Doc, start: int, end: int, head: str) -> bool:
    """"Treasurer Jim Chalmers and Treasury": a known body's name joined by "and" to the
    words before it ("Land and Environment Court" is a name: its head alone is none)."""
    return head in cues().body_heads and " and " in doc.text[start:end] and any(
        s.start == end - len(head) and s.end == end for s in org_spans(doc))


def names_a_country(doc: Doc, start: int, end: int) -> bool:
    """"the Union of Soviet Socialist Republics": a country's name, not an organisation's."""
    return any(s.start == start and s.end == end and s.field == "text" and s.type == "country"
               for s in doc.spans)


def claimed_by_place(doc: Doc, start: int, end: int) -> bool:
    """A country or place covers the whole name, or its last word ("Western Australia", "a
    Portuguese court")."""
    for span in doc.spans:
        if span.field == "text" and span.type in ("country", "place") and \
                span.start < end and start < span.end and span.end >= end - 1:
            return True
    return False


def overlaps_org(doc: Doc, start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in org_spans(doc))


def org_spans(doc: Doc) -> Iterator[Span]:
    return (s for s in doc.spans if s.type == "organization" and s.field == "text")


def place_span(doc: Doc, start: int, end: int) -> str | None:
    for span in doc.spans:
        if start <= span.start < end and span.field == "text" and \
                span.type in ("country", "place"):
            return span_country(doc, span)
    return None


def org_before_apposition(doc: Doc, pos: int) -> str | None:
    """"USSM, a Missouri-based company": the organisation before ", a"."""
    window = doc.text[max(0, pos - 60):pos]
    cut = window.rfind(",")
    if cut == -1 or not re.fullmatch(r",\s+(?:an?|the)\s+", window[cut:]):
        return None
    anchor = pos - len(window) + cut
    best = None
    for span in org_spans(doc):
        if span.end <= anchor and anchor - span.end <= 2:
            best = span.ids[0]
    return best
