"""Stock listings: ``EXCHANGE:SYMBOL`` in its common spellings, attached to their organisation.

"(NASDAQ:USAR)", "NYSE: MP", "TSX-V:…", "OTCQB", "(TSX and NYSE: TMQ)", "(Oslo: NOM)", the
symbol first ("(UUU: CSE)") or with no colon ("(ASX MGR)"), a quote service's suffix
("(TUNG.CN)"), "… under the symbol “CNC”" or a registered company's cashtag ("$MP") become a
listing id with the exchange normalised (``data/exchanges.toml``). The organisation is the
registry's owner of the listing, else the name just before the parenthesis ("Lithium Corp
(OTC:LTUM)", across other listings' and short names' brackets) or the subject of the listing's
verb ("Brightvale is listed on the ASX under the code BVL"), which is then discovered.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache

from mineralwatch.extract.doc import Doc, EntityInfo, Span
from mineralwatch.extract.gazetteer import Gazetteer, matches_at
from mineralwatch.extract.organisations import (
    add_org,
    cues,
    link_name,
    name_before,
    name_key,
    own_listing,
    registry,
)
from mineralwatch.extract.text import (
    alternation,
    blanks_start,
    char_positions,
    trie,
    word_opening,
)
from mineralwatch.extract.vocabulary import (
    exchange_cities,
    exchange_countries,
    exchange_suffixes,
    letter_symbol_exchanges,
    listed_words,
    load_exchanges,
    numeric_symbol_exchanges,
    source_exchange_prefixes,
    symbol_labels,
    symbol_phrases,
    terminal_codes,
    wire_listing_suffixes,
)

_COLONS = ":："  # as written, and full-width
_COLON = re.compile(f"[{_COLONS}]")
_SYMBOL = re.compile(r"\s*(?P<sym>[A-Z0-9][A-Z0-9.\-]{0,9}[A-Z0-9]|[A-Z])(?!\w)")
# A colon after the "symbol": it was a market segment or a label ("LSE: AIM: KZM"), and the
# listing is read at that colon
_SEGMENT_END = re.compile(f"[ \t]*[{_COLONS}]")


@cache
def _exchange_before_colon() -> tuple[re.Pattern[str], int]:
    """An exchange name ending just before a colon ("NASDAQ", "TSX-V ", "OTCQB"), and how far
    back from the colon it may start (its longest spelling and label, "Nasdaq First North
    Growth Market Finland")."""
    # a trie, not a flat alternation: tried at each word of the window, it fails in a letter
    pattern = re.compile(rf"(?<![\w-])(?P<ex>{trie(load_exchanges())})[®™]?"
                         rf"(?:\s+(?:{alternation(symbol_labels())}))?\s*$", re.IGNORECASE)
    reach = max(map(len, load_exchanges())) + max(map(len, symbol_labels())) + 3
    return pattern, reach


# What joins exchanges that share one symbol: "(ASX/TSX: VUL)", "(TSX and NYSE: TMQ)",
# "(LSE, ASX & NYSE: RIO)", written just before an exchange
_EXCHANGE_JOINT = re.compile(r"(?:[ \t]*(?:/|,|&)|[ \t]+and)[ \t]*$")
_JOINT_REACH = 6  # characters of " and ", ", " or "/" before an exchange


def _joined_exchanges(text: str, start: int) -> list[re.Match[str]]:
    """The exchanges joined before the one at ``start`` that share its symbol: "TSX" and
    "LSE" of "(TSX, LSE and NYSE: RIO)", nearest first. Joined by a comma or "and", they open
    the bracket ("shares on the ASX, NYSE: RIO" names the ASX as a market only); "ASX/TSX"
    needs none."""
    exchange, _ = _exchange_before_colon()
    joined: list[tuple[re.Match[str], bool]] = []
    while joint := _EXCHANGE_JOINT.search(text, max(0, start - _JOINT_REACH), start):
        found = exchange.search(text, max(0, joint.start() - 16), joint.start())
        if found is None:
            break
        joined.append((found, joint.group().strip() == "/"))
        start = found.start("ex")
    if text[:start].rstrip().endswith("("):
        return [found for found, _ in joined]
    return [found for found, _ in itertools.takewhile(lambda pair: pair[1], joined)]


def _listing_matches(text: str) -> Iterator[tuple[int, int, str, str, bool]]:
    """(start, end, exchange as written, symbol, written as a pair) of each "EXCHANGE:
    SYMBOL" in the text; "(ASX/TSX: VUL)" gives two, each marked as a pair.

    Scanning from each colon back to an exchange name is far cheaper than trying the long
    alternation of exchange spellings at every position of the text.
    """
    if not any(colon in text for colon in _COLONS):
        return  # most texts have no colon: a substring test is cheaper than the scan
    exchange, reach = _exchange_before_colon()
    for colon in _COLON.finditer(text):
        found = exchange.search(text, max(0, colon.start() - reach), colon.start())
        if found and _bracket_only(found.group("ex")) and not _in_bracket(text, found.start()):
            continue  # "OSLO: Norsk Hydro said", "AU: AUD 1.2bn": not "(Oslo: NHY)", "(AU:LIN)"
        symbol = _SYMBOL.match(text, colon.end()) if found else None
        if found and symbol and not _SEGMENT_END.match(text, symbol.end()):
            # "(ASX/TSX: VUL)": one symbol on two exchanges
            joined = list(_joined_exchanges(text, found.start("ex")))
            sym = _without_quote_suffix(symbol.group("sym"))
            yield (found.start("ex"), symbol.end(), found.group("ex"), sym, bool(joined))
            for other in joined:
                yield (other.start("ex"), other.end("ex"), other.group("ex"), sym, True)


def _without_quote_suffix(symbol: str) -> str:
    """"(AIM: KZM.L)", "(TSX: ABC.TO)": the exchange is named, so a quote service's suffix
    after the symbol repeats it and is no part of the symbol ("BRK.B"'s class letter is)."""
    stem, dot, suffix = symbol.rpartition(".")
    return stem if dot and stem and f".{suffix}" in exchange_suffixes() else symbol


_BRACKET_REACH = 80  # characters back from an exchange within which its bracket opens


def _bracket_only(written: str) -> bool:
    """Whether an exchange so written names it only inside a bracket: a city's name, or two
    letters that a table's label or a region's code also writes ("AU:", "HK:", "SH:")."""
    return written.upper() in exchange_cities() or len(written) <= 2


def _in_bracket(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a bracket opened on its line: "(ASX: NOM; Oslo: NOM)"."""
    window = text[max(0, pos - _BRACKET_REACH):pos]
    opening = window.rfind("(")
    return opening > max(window.rfind(")"), window.rfind("\n"))


# A quote service's code: a symbol, a share class perhaps ("<NVA.A.TO>"), the exchange's suffix
_CODE_SYMBOL = r"[A-Z0-9][A-Z0-9]{0,5}(?:\.[A-Z])?"
_CODE_SUFFIX = r"\.[A-Z]{1,2}"
_QUOTE_CODE = re.compile(rf"(?P<sym>{_CODE_SYMBOL})(?P<suffix>{_CODE_SUFFIX})")
# "(TUNG.CN)", the wire's "<BP.L>", a dual listing's codes in one bracket ("(601958.SS,
# 3339.HK)", "(600111.SH; 0914.HK)"), and the first of a brief's pair, "(CGR.V, CHBGF)", whose
# second is the company's U.S. over-the-counter symbol: five letters ending in "F", FINRA's
# mark of a foreign issuer's symbol
_CODE = _CODE_SYMBOL + _CODE_SUFFIX
_QUOTE_BRACKET = re.compile(rf"[(<]\s*(?P<codes>{_CODE}(?:\s*[,;/]\s*{_CODE})*)\s*"
                            r"(?:[)>]|,[ \t]*(?P<otc>[A-Z]{4}F)\))")
OTC_EXCHANGE = "OTC"  # that symbol's exchange, exchanges.toml's code
# doc.cache key: the listing each cashtag of the text stands for, by its start ("$MP" at 120 →
# "NYSE:MP"), for the dollar of its market; the cashtag itself is a mention of its company
CASHTAGS = "listings.cashtags"


# Characters of "on the" and "Exchange" that may stand between an exchange's spelling and
# "under the symbol" ("on the TSX Venture Exchange under the symbol").
_VENUE_WORDS = 16


@cache
def _under_symbol() -> tuple[re.Pattern[str], frozenset[str]]:
    """"under the symbol “CNC”" and its variants (exchanges.toml ``symbol_phrases``), with the
    words one of which a text must hold to be worth the search."""
    phrases = symbol_phrases()
    # opening with their first letters, the search skips to them; not inside a word ("has"),
    # but after a capital a lost space glued to it ("TSX-Vunder")
    said = word_opening(phrases, r"(?<![a-z].)", space=r"[ \t]+")
    pattern = re.compile(rf"{said}[ \t]*"
                         rf"(?:of[ \t]+)?[“\"']?(?P<sym>[A-Z0-9][A-Z0-9.]{{0,6}})(?![\w$])")
    return pattern, frozenset(p.split()[-1].lower() for p in phrases)


# "(UUU: CSE)", "(KPT: JSE; KPT: LSE)": a release that writes the symbol first; the word after
# the colon must be an exchange's spelling, the one before none
_SYMBOL_FIRST = re.compile(r"(?<=[(;,])[ \t]*(?P<sym>[A-Z0-9][A-Z0-9.]{0,7})[ \t]*[:：][ \t]*"
                           r"(?P<ex>[A-Za-z][\w .&-]{0,30}?)[ \t]*(?=[);,])")


_AFTER_NAME = re.compile(r"[A-Z][\w.&'’-]*[ \t]*\([^()]*$")  # "Lumen Uranium (…"


def _symbol_first_matches(text: str) -> Iterator[tuple[int, int, str, str, bool]]:
    """"Lumen Uranium (LUR: CSE)": the exchange after the symbol, in a bracket after a name
    (not "at 10:00 (GMT: London)", a city no exchange in this order). Most texts hold no
    colon: the search, tried at every position, is spared them."""
    if ":" not in text and "：" not in text:
        return
    for match in _SYMBOL_FIRST.finditer(text):
        if match["ex"].upper() in load_exchanges() and \
                _named_in_bracket(text, match.start(), match["ex"], match["sym"], match.start()):
            yield match.start("sym"), match.end("ex"), match["ex"], match["sym"], False


@cache
def _uncoloned() -> re.Pattern[str]:
    """An exchange and its symbol with no colon between, in a bracket: "(ASX OSTM)", "(TSXV -
    KVC; OTCQB - KVCCF)", a label between ("(ASX code OSTM)", "(TSXV ticker KVC)"); the
    exchange's spelling longer than two letters ("(HK SAR)" is none), the symbol five letters
    at most ("(ASX RELEASE)" is none) or six digits; the ``listing`` after the bracket or
    separator. (Opening with that character, where a look-behind for it would be tried at
    every position, the search skips to those characters.)"""
    spellings = [s for s in load_exchanges() if len(s) > 2]
    return re.compile(rf"[(;,](?P<listing>[ \t]*(?P<ex>(?i:{trie(spellings)}))"
                      rf"(?:[ \t]+(?i:{alternation(symbol_labels())}))?"
                      r"(?:[ \t]*[-–—][ \t]*|[ \t]+)"
                      r"(?P<sym>[A-Z0-9]{1,5}(?:\.[A-Z]{1,2})?|\d{6})[ \t]*)(?=[);,])")


@cache
def _uncoloned_words() -> Gazetteer[str]:
    """The first word (run of letters and digits) of each spelling ``_uncoloned`` reads, for
    the shared scan: single words, so that no hit hides another; in any case, as the pattern
    ignores it."""
    return Gazetteer((w, w) for w in {_NOT_ALNUM.split(s.lower(), maxsplit=1)[0]
                                      for s in load_exchanges() if len(s) > 2})


_NOT_ALNUM = re.compile(r"[\W_]+")  # (every spelling opens with a letter or a digit)


def _uncoloned_opens(text: str, lowered: str) -> Iterator[int]:
    """Where ``_uncoloned`` may open: at the bracket or separator before the blanks before an
    exchange's first word."""
    for hit in _uncoloned_words().find(text, lowered):
        at = blanks_start(text, hit.start) - 1
        if at >= 0 and text[at] in "(;,":
            yield at


def _uncoloned_matches(text: str, lowered: str) -> Iterator[tuple[int, int, str, str, bool]]:
    """"Ostara Minerals (ASX OSTM)": an exchange, no colon and the symbol, in a bracket after a
    name; a city is no exchange here, nor a symbol that is one ("(OTC PINK)"), spells one
    with it ("(TSX-V)") or is capitals no company is called by ("(ASX CEO)"). The pattern is
    tried only where the shared scan finds an exchange's word (it ignores case: a text with a
    letter it alone folds to ASCII is searched whole)."""
    for match in matches_at(_uncoloned(), text, _uncoloned_opens(text, lowered),
                            case_blind=True):
        start = match.start("listing")
        if match["sym"] not in cues().not_short_forms and \
                match["listing"].strip().upper() not in load_exchanges() and \
                _named_in_bracket(text, start, match["ex"], match["sym"], start + 1):
            yield match.start("ex"), match.end("sym"), match["ex"], match["sym"], False


def _named_in_bracket(text: str, start: int, written: str, symbol: str, end: int) -> bool:
    """Whether an exchange and a symbol written in a bracket without "EXCHANGE:" read as a
    listing (matched from ``start``, after the bracket or separator): the exchange not its
    city's name, the symbol no exchange's, and the bracket opened after a name ("Lumen
    Uranium (…") ending before ``end``."""
    return written.upper() not in exchange_cities() and symbol not in load_exchanges() and \
        _AFTER_NAME.search(text, max(0, start - _BRACKET_REACH), end) is not None


@cache
def _terminal_ticker() -> re.Pattern[str]:
    """A symbol and a terminal's country letters in parentheses: "(5719 JP)"."""
    return re.compile(rf"\((?P<sym>[A-Z0-9][A-Z0-9.]{{0,7}})[ \t]+"
                      rf"(?P<cc>{alternation(terminal_codes())})(?:[ \t]+Equity)?\)")


@cache
def _glued_number() -> re.Pattern[str]:
    """An exchange's two letters glued to a number in a bracket, as Chinese market pages
    write a share: "Tianqi Lithium (SZ002466)", "(SH600111)", "[HK1772]"; the exchange one
    whose symbols are numbers (exchanges.toml ``numeric_symbols``), not an index's name
    ("(KOSPI1000)")."""
    numeric = numeric_symbol_exchanges()
    spellings = [s for s, code in load_exchanges().items()
                 if code in numeric and len(s) == 2 and s.isalpha()]
    return re.compile(rf"[(\[](?P<ex>{trie(spellings)})(?P<sym>\d{{4,6}})[)\]]")


def _other_listing_matches(text: str, lowered: str) -> Iterator[tuple[int, int, str, str, bool]]:
    """Listings written without "EXCHANGE:": a quote-service suffix ("(TUNG.CN)"), the symbol
    first ("(UUU: CSE)") or "… on the TSX Venture Exchange under the symbol “CNC”"."""
    suffixes = exchange_suffixes()
    # the bracketed patterns tried only at their brackets, which ``str.find`` skips to
    brackets = char_positions(text, "(<[")
    for match in matches_at(_QUOTE_BRACKET, text, (at for at in brackets if text[at] != "[")):
        codes = list(_QUOTE_CODE.finditer(text, match.start("codes"), match.end("codes")))
        if all(code["suffix"] in suffixes for code in codes) and \
                text[match.start()] + text[match.end() - 1] in ("()", "<>"):
            for code in codes:
                yield code.start("sym"), code.end("suffix"), code["suffix"], code["sym"], False
            if match.group("otc"):
                yield (match.start("otc"), match.end("otc"), OTC_EXCHANGE, match.group("otc"),
                       False)
    yield from _symbol_first_matches(text)
    yield from _uncoloned_matches(text, lowered)
    terminals = terminal_codes()  # "(5719 JP)", "(CNVAL IN Equity)": a terminal's ticker
    for match in _terminal_ticker().finditer(text):
        yield (match.start("sym"), match.end("cc"), terminals[match.group("cc")],
               match.group("sym"), False)
    for match in matches_at(_glued_number(), text,  # "(SZ002466)"
                            (at for at in brackets if text[at] != "<")):
        yield match.start("ex"), match.end("sym"), match["ex"], match["sym"], False
    under_symbol, words = _under_symbol()
    lowered = text.lower()
    if not any(word in lowered for word in words):
        return
    exchange, reach = _exchange_before_colon()
    for match in under_symbol.finditer(text):
        found = exchange.search(text, max(0, match.start() - reach - _VENUE_WORDS),
                                match.start())
        symbol = match.group("sym").rstrip(".")
        if found and not (found.group("ex").upper() in exchange_cities() and
                          match.group(0)[:2].lower() == "as"):
            # "floated in Tokyo under the code 5794", not "moved to London as CEO"
            yield (match.start("sym"), match.start("sym") + len(symbol), found.group("ex"),
                   symbol, False)
        elif found is None and (after := _exchange_after_symbol().match(text, match.end())) \
                and not _bracket_only(after["ex"]) and symbol not in cues().not_short_forms:
            # "trade under the symbol “NVG” on the TSX Venture Exchange", not "joined as CEO
            # on the ASX's board"
            yield (match.start("sym"), match.start("sym") + len(symbol), after["ex"], symbol,
                   False)


@cache
def _exchange_after_symbol() -> re.Pattern[str]:
    """The exchange named after a symbol told in words: "under the symbol “NVG” on the TSX
    Venture Exchange", as releases write it as often as the exchange first."""
    return re.compile(rf"[”\"’']?[ \t]+on[ \t]+(?:the[ \t]+)?"
                      rf"(?P<ex>(?i:{trie(load_exchanges())}))(?![\w-])")


def find_listings(doc: Doc) -> None:
    """Component: ``EXCHANGE:SYMBOL`` listings, attached to the organisation they follow."""
    reg = registry()
    prefixes = _source_prefixes(doc)
    for field, text, lowered in doc.fields():
        matches = [(start, end, written, symbol, paired, *read)
                   for start, end, written, symbol, paired in
                   [*_listing_matches(text), *_other_listing_matches(text, lowered)]
                   if (read := _read_listing(written.upper(), symbol, prefixes))]
        written_here = {listing for *_, listing, _ in matches}
        for start, end, written, symbol, paired, listing, remapped in matches:
            listed = not _wire_code_marks_only(text, start, written)
            owner = reg.by_listing.get(listing) if listed else None  # not "<NSTC.T>"
            named = _name_before_listing(text, start, symbol)
            if named is None and listing not in doc.info:  # a listing told again keeps its own
                named = _listed_subject(text, start)
            if owner and named and _names_another(text[named[0]:named[1]], owner):
                owner = None  # "Zhenhai Magnet (SSE: 603799)": the registry's is another's
            elif owner:
                named = None
            if named and field == "title":
                named = _name_the_text_writes(doc.text, text, *named)
            if named and not paired and listed:  # "Critical Elements (TSE:CRE)": TSXV:CRE
                known = link_name(text[named[0]:named[1]])
                moved = next((item for item in reg.listings.get(known or "", ())
                              if item.split(":", 1)[1] == symbol and item not in written_here
                              and (remapped or
                                   _exchange_country(item) != _exchange_country(listing))),
                             None)
                if moved:
                    listing, owner = moved, reg.by_listing.get(moved)
            if listed:
                doc.spans.append(Span(start, end, "listing", (listing,), listing, "listings",
                                      1.0, field))
                doc.remember(listing, EntityInfo("listing", listing))
            if owner is None and named and not (field == "text" and
                                                text.startswith("<", start - 1)):
                # the wire's "<CDS.V>" in its body is left to the organisations, which know
                # its names there; a title's "STUART HALL CO INC <STUH.O> 1ST QTR" is read here
                owner = add_org(doc, field, *named, source="listing")
            if owner and listed:
                own_listing(doc, owner, listing)
        for start, end, listing in _cashtags(text):
            # "MP Materials ($MP)": a symbol without its exchange names its company again, no
            # listing (the gold conventions' "ticker without its exchange")
            owner = reg.by_listing[listing]
            name = reg.names.get(owner, owner)
            doc.spans.append(Span(start, end, "organization", (owner,), name, "cashtag", 1.0,
                                  field))
            doc.remember(owner, EntityInfo("organization", name, listings={listing}))
            if field == "text":
                doc.cache.setdefault(CASHTAGS, {})[start] = listing


def _wire_code_marks_only(text: str, start: int, written: str) -> bool:
    """Whether a listing is the 1987 wire's code on a market whose symbols its mnemonics do
    not name (exchanges.toml ``wire_listing_suffixes``): "<NSTC.T>", "<CRAA.ME>" only mark the
    company before them; "<BP.L>" and a quote service's "(SBER.ME)" are listings."""
    return text.startswith("<", start - 1) and written.startswith(".") and \
        written.upper() not in wire_listing_suffixes()


def _read_listing(written: str, symbol: str, prefixes: dict[str, str]
                  ) -> tuple[str, bool] | None:
    """The listing id of an exchange as written (a spelling, a quote service's suffix or its
    own prefix) and a symbol, and whether the exchange was read as another than written; None
    when the exchange is unknown or the symbol not one it lists."""
    exchange = prefixes.get(written) or load_exchanges().get(written) or \
        exchange_suffixes().get(written)
    if exchange is None or not (symbol.isupper() or (
            symbol.isdigit() and exchange in numeric_symbol_exchanges())):
        return None
    remapped = written in prefixes
    if symbol[0].isalpha() and written in load_exchanges() and \
            exchange in letter_symbol_exchanges():
        # "(TSE: CRE)" is Toronto, or the Venture exchange the registry knows it on; the 1987
        # wire's "<NSTC.T>" is Tokyo's
        exchange, remapped = letter_symbol_exchanges()[exchange], True
    return f"{exchange}:{symbol}", remapped


# "$MP", "($USAR)": a cashtag, a symbol with no exchange (not "$5m", "$C 40 million", nor
# "US$880")
_CASHTAG = re.compile(r"\$(?P<sym>[A-Z]{1,5})(?![\w$]|[ \t]*\d)")  # opens with "$": quick


def _cashtags(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, listing) of each cashtag written after the name of the registered company
    whose symbol it is ("MP Materials ($MP)"), the listing on its US exchange when it has
    several (cashtags are a US market's habit)."""
    if "$" not in text:
        return
    by_symbol = _registered_symbols()
    owners = registry().by_listing
    for match in _CASHTAG.finditer(text):
        before = text[match.start() - 1:match.start()]
        if before.isalnum() or before in ("$", "_"):
            continue  # "US$880", "A$MIN"
        named = _name_before_listing(text, match.start(), match["sym"])
        words = text[named[0]:named[1]] if named else ""
        # the whole name, else its last part: "rose 9.7% and USA Rare Earth ($USAR)"
        known = link_name(words) or link_name(re.split(r",[ \t]+|[ \t]+and[ \t]+", words)[-1])
        listings = [item for item in by_symbol.get(match["sym"], ()) if owners[item] == known]
        if listings:
            us = [item for item in listings if _exchange_country(item) == "country:US"]
            yield match.start(), match.end(), (us or listings)[0]


@cache
def _registered_symbols() -> dict[str, tuple[str, ...]]:
    """Each symbol of the registry's listings, with the listings that bear it."""
    symbols: dict[str, list[str]] = {}
    for listing in registry().by_listing:
        symbols.setdefault(listing.split(":", 1)[1], []).append(listing)
    return {symbol: tuple(sorted(items)) for symbol, items in symbols.items()}


def _exchange_country(listing: str) -> str | None:
    """Where a listing's exchange is: "NYSE" and "NYSEAMERICAN" are both US exchanges, and a
    company the text lists on one is not moved to the other."""
    return exchange_countries().get(listing.split(":", 1)[0])


def _source_prefixes(doc: Doc) -> dict[str, str]:
    source = (doc.article.source or "").lower()
    return next((table for word, table in source_exchange_prefixes().items()
                 if word in source), {})


# A bracket between a company's name and its listing's: another listing's "(TSXV: KVC)", or
# the release's short names "(“Kivalliq” or the “Company”)"
_BRACKET_BEFORE = re.compile(r"\((?:[^()\n]*[:：][^()\n]*|[^()\n]*[\"“][^()\n]*)\)[ \t]*$")
_BRACKETS_SKIPPED = 3  # "Kivalliq Copper (TSXV: KVC) (OTCQB: KVCCF) (FSE: 7KV)"


def _before_brackets(text: str, opening: int) -> int:
    """Where the name before a listing's bracket ends, across the brackets of other listings
    and short names written between ("Kivalliq Copper (“Kivalliq”) (TSXV: KVC) (FSE: 7KV)"),
    and before a possessive ("Kivalliq Copper's (TSXV: KVC) shares")."""
    for _ in range(_BRACKETS_SKIPPED + 1):
        while opening > 0 and text[opening - 1] in " [(":
            opening -= 1
        bracket = _BRACKET_BEFORE.search(text, max(0, opening - _BRACKET_REACH), opening)
        if bracket is None:
            break
        opening = bracket.start()
    if text.endswith(("'s", "’s"), 0, opening):  # "Ostara Minerals Ltd's (ASX: OSTM) shares"
        return opening - 2
    return opening - 1 if text.endswith(("s'", "s’"), 0, opening) else opening


def _names_another(name: str, owner: str) -> bool:
    """Whether the name written before a registered listing is another company's: it shares no
    word with any of the registry's forms of the listing's owner (a ticker clash: "Zhenhai
    Magnet (SSE: 603799)", not "Huayou (SSE: 603799)" nor "Northern Rare Earth (SHA:600111)")."""
    if link_name(name) == owner:
        return False
    return not set(name_key(name).split("-")) & _registered_words()[owner]


@cache
def _registered_words() -> dict[str, frozenset[str]]:
    """Each registered organisation's id → the words of its names and aliases."""
    words: dict[str, set[str]] = {}
    for key, oid in registry().by_key.items():
        words.setdefault(oid, set()).update(key.split("-"))
    return {oid: frozenset(found) for oid, found in words.items()}


def _name_the_text_writes(body: str, title: str, start: int, end: int) -> tuple[int, int]:
    """A title-case headline's name before a listing, cut to the longest ending of it that the
    body writes: "Drill Results From Ostara Minerals (ASX: OSTM)" is Ostara Minerals's, whose
    release names "Ostara Minerals Ltd"; the whole name when the body writes no ending."""
    for word in _WORD.finditer(title, start, end):
        if _written_apart(body, title[word.start():end]):
            return word.start(), end
    return start, end


_WORD = re.compile(r"\S+")


def _written_apart(body: str, phrase: str) -> bool:
    """Whether ``body`` writes ``phrase`` with no letter, digit, "_" or "-" against it."""
    at = body.find(phrase)
    while at != -1:
        after = at + len(phrase)
        if not (at and _joins(body[at - 1])) and not (after < len(body) and _joins(body[after])):
            return True
        at = body.find(phrase, at + 1)
    return False


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_-"


# The verb whose subject is the company a listing told in words belongs to: "Brightvale is
# listed on the ASX under the code BVL", "…, which trades on the TSX Venture Exchange as BVL",
# "Brightvale's shares are quoted on …"
_LISTED_VERB = re.compile(r"(?:['’]s[ \t]+(?:common[ \t]+)?shares[ \t]+(?:are[ \t]+)?|"
                          r",[ \t]+which[ \t]+(?:is[ \t]+)?|[ \t]+(?:is[ \t]+)?)"
                          rf"(?:{alternation(listed_words())}|trades?)[ \t]+(?:on|in)[ \t]")
_SUBJECT_REACH = 80  # characters before a symbol within which its listing's verb is looked for


def _listed_subject(text: str, start: int) -> tuple[int, int] | None:
    """The company a symbol told in words belongs to, the subject of the listing's verb in its
    sentence: "Brightvale is listed on the ASX under the code BVL"."""
    window = max(0, start - _SUBJECT_REACH, text.rfind(". ", 0, start) + 2,
                 text.rfind("\n", 0, start) + 1)
    verbs = list(_LISTED_VERB.finditer(text, window, start))
    found = name_before(text, verbs[-1].start()) if verbs else None
    # not "The Company's shares trade on …", the release's word for itself
    return found if found and text[found[0]:found[1]] not in cues().not_names else None


def _name_before_listing(text: str, start: int, symbol: str) -> tuple[int, int] | None:
    """The name before the parenthesis that opens a listing: "Lithium Corp (OTC:LTUM)",
    "Critical Elements ( [(TSE:CRE)](…)", the wire's "British Petroleum Co Plc <BP.L>". A
    word that usually opens no name opens this one when the symbol spells it: "Premier African
    Minerals (AIM: PREM)", "Global Atomic (TSX: GLO)"."""
    window = text[max(0, start - 40):start]
    opening = max(window.rfind("("), window.rfind("<"))
    if opening == -1 or ")" in window[opening:]:
        return None
    opening = _before_brackets(text, opening + max(0, start - 40))
    found = name_before(text, opening)
    whole = name_before(text, opening, keep_leading=True)
    if found and whole and whole[0] < found[0] and \
            text[whole[0]:found[0]].split()[0][:2].upper() == symbol[:2]:
        return whole
    return found
