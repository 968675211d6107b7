"""Text helpers every extractor shares: sentence spans and offset-preserving lower-casing."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from mineralwatch.extract.vocabulary import load_organisation_cues

# Abbreviations after which a full stop does not end a sentence. Kept short on purpose: a
# missed split costs less than a wrong one, since events are read within a sentence.
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "st", "jr", "sr",
    "inc", "ltd", "corp", "co", "plc", "llc", "no", "vs", "etc", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept", "u.s",
    "u.k", "e.g", "i.e", "a.m", "p.m", "ft", "mt", "nos", "fig",
})
# (A character class first lets the engine skip to the characters that may end a sentence; a
# look-ahead first would be tried at every position.)
# A list item's marker at a line's start, as the cleaning keeps list items on lines of their own
# (ingest/clean.py): "- ", "• ", "* ", "+ ", "1) ", "2. ".
_ITEM_MARKER = r"(?:[-•*+▪]|\d{1,3}[.)])[ \t]"
_SENTENCE_END = re.compile(rf"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s+)|(?<=\n)\s*\n"
                           rf"|(?<=\n)(?=[ \t]*{_ITEM_MARKER})"  # an item opens a sentence
                           # a line with no stop before one opening with a capital, a digit
                           # or a quote: a headline, a masthead, a byline, a table row (the
                           # cleaning joins a paragraph's lines); not one ending with ",", ":"
                           rf"|(?<=[^\s,;:(–-]\n)(?=[ \t]*[A-Z0-9\"“‘'\[(]))")
_INITIALS_ONLY = re.compile(r"(?:[a-z]\.)+[a-z]")
# The 1987 Reuters wire's instrument code of a company in angle brackets: "<XON>", "<BP.L>",
# a share class before the exchange's suffix, "<NVA.A.TO>"
WIRE_CODE = r"<[A-Z][A-Z0-9]{0,5}(?:\.[A-Z])?(?:\.[A-Z]{1,2})?>"
# What joins two names of a list: ", ", " and ", ", and ".
LIST_JOINT = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")


@dataclass(slots=True, frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def lower_same_length(text: str) -> str:
    """``text.lower()`` with every offset kept: a few characters (``İ``) lower to two."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans over ``text``, splitting at terminal punctuation, blank lines, the
    lines that open a list item and the line ends before a capital that no comma or colon
    carries on.

    Headlines, mastheads and paragraph breaks end sentences too, which keeps a title from
    being glued to the first sentence of the body.
    """
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        found = match.group()
        if found[0] == "." and _is_abbreviation(text, match.start()) \
                and not _legal_form_ends(text, match.start(), end):
            continue
        if text[end : end + 3].lstrip()[:1].islower() and "\n" not in found:
            continue  # "… 3.5 p.c. of …" or a lower-case continuation: not a boundary
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


# The word and dots before a full stop (letters, digits, "_" and "." are \w and "."), of up to
# twelve characters: the first place from which they run to the stop.
_BEFORE_STOP = re.compile(r"[\w.]+\Z")
# How far back from a stop ``_BEFORE_STOP`` is searched: the longest abbreviation or legal
# form with its dots ("S.p.A.", "Pty. Ltd") fits in it.
_BEFORE_STOP_REACH = 12


def _word_before_stop(text: str, dot: int) -> re.Match[str] | None:
    """The word and dots right before the full stop at ``dot`` (see ``_BEFORE_STOP``)."""
    return _BEFORE_STOP.search(text, max(0, dot - _BEFORE_STOP_REACH), dot)


def _is_abbreviation(text: str, dot: int) -> bool:
    before = _word_before_stop(text, dot)
    if before is None:
        return False
    if before.start() and text[before.start() - 1] in "/'’":
        return False  # a unit's or a ratio's last part, "yuan/t.", "P/E.", or "the 1970’s."
    word = before.group()
    token = word.lower().rstrip(".")
    if token in _ABBREVIATIONS:
        return True
    # Initials such as "W." in "Stacy W. Hastie" or "U.S." are not sentence ends; a lone
    # small letter is a unit ("11.2 m.", "31,000 t."), no initial.
    return (len(token) == 1 and word.isupper()) or bool(_INITIALS_ONLY.fullmatch(token))


# The word after a stop, past an opening quote.
_NEXT_WORD = re.compile(r"\s+[\"“‘']?([A-Z][\w.]*)")


def _legal_form_ends(text: str, dot: int, end: int) -> bool:
    """Whether the stop at ``dot`` after a company's legal form ("… Pty Ltd. The bank said",
    "… Valle Nichel S.r.l. The site …") ends the sentence: a capitalised word follows that is
    no further legal form ("Co. Ltd", "Co. Inc."). Within a sentence a legal form is followed
    by a verb, a comma or a bracket, which read as no boundary anyway."""
    before = _word_before_stop(text, dot)
    if before is None or before.group().rstrip(".").casefold() not in _legal_forms():
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).rstrip(".").casefold() not in _legal_forms() \
        and after.group(1) not in _officer_titles()


@cache
def _legal_forms() -> frozenset[str]:
    """Companies' legal forms (organisation_cues.toml), case-folded, with no closing stop."""
    return frozenset(w.rstrip(".").casefold() for w in load_organisation_cues()["legal_suffixes"])


@cache
def _officer_titles() -> frozenset[str]:
    """Words opening a title after a company's name ("Inc. Chief Executive Jane Doe"): no
    sentence's first word there."""
    from mineralwatch.extract.people import person_titles  # (people imports this module)

    return person_titles() | frozenset(load_organisation_cues()["officer_title_openers"])


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    sentences.append(Sentence(s, s + len(stripped), stripped))


class Intervals:
    """Disjoint [start, end) intervals with O(log n) overlap tests, for overlap resolution."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def find_forms(text: str, forms: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """Whole-word occurrences of ``forms`` as written, longest form first at each position:
    later mentions of names an article introduced ("USSM", "Less Common Metals", "Hastie")."""
    # What a regex alternation of the forms, longest first, would find, without compiling a
    # pattern per article: every occurrence, then a left-to-right scan that keeps the longest
    # form at each start and skips what an earlier occurrence covered.
    found = []
    for form in set(forms):
        if not form:
            continue
        start = text.find(form)
        while start != -1:
            found.append((start, -len(form), form))
            start = text.find(form, start + 1)
    cursor = 0
    for start, negative_length, form in sorted(found):
        if start < cursor:
            continue
        cursor = start - negative_length
        if is_word_boundary(text, start, cursor):
            yield start, cursor, form


def word_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` as if ``pattern`` began with ``\\b``: the matches that open a
    word (every match of ``pattern`` must open with a letter or a digit, and none be empty).

    The boundary is checked here, where the pattern matches: a leading ``\\b`` is tested by the
    regex engine at every position of the text, and keeps it from skipping ahead to the
    letters the pattern can open with."""
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):  # inside a word
            pos = start + 1
        else:
            yield match
            pos = match.end()


def word_matches_at(pattern: re.Pattern[str], text: str,
                    openers: Iterable[str]) -> Iterator[re.Match[str]]:
    """``word_matches(pattern, text)`` for a pattern whose every match opens with one of
    ``openers`` as written ("appointed" of "appointed Jane Doe as"): tried only where an opener
    occurs, each found by a substring search, not at every position the engine would try."""
    starts: set[int] = set()
    for opener in openers:
        at = text.find(opener)
        while at != -1:
            starts.add(at)
            at = text.find(opener, at + 1)
    pos = 0
    for start in sorted(starts):
        if start < pos or (start and (text[start - 1].isalnum() or text[start - 1] == "_")):
            continue  # inside the last match, or inside a word
        if (match := pattern.match(text, start)) is not None:
            yield match
            pos = match.end()


def last_words(text: str, start: int, end: int, count: int) -> list[str]:
    """The last ``count`` words before ``end`` (not before ``start``), lower-cased: cheaper
    than a regular expression anchored at a position ("since" of "since January 20")."""
    return text[max(0, start, end - 12 * count):end].lower().split()[-count:]


_WORD_AFTER_SPACE = re.compile(r"[ \t]+(\w+)")


def word_after(text: str, end: int) -> str:
    """The word after ``end`` past spaces, as written ("" if none follows a space): "Creek"
    of "Hatchet Creek", "smelter" of "Hernán Videla Lira smelter"."""
    match = _WORD_AFTER_SPACE.match(text, end)
    return match.group(1) if match else ""


def blanks_start(text: str, at: int) -> int:
    """Where the spaces and tabs ending at ``at`` begin (``at`` itself if none): found by
    stepping back, not by copying the text before ``at`` to strip it."""
    while at and text[at - 1] in " \t":
        at -= 1
    return at


def char_positions(text: str, chars: str) -> list[int]:
    """Where each of ``chars`` stands in ``text``, in order: found by ``str.find``, which skips
    to a character far faster than a pattern's search opening with a class of them does."""
    found: list[int] = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    if len(chars) > 1:
        found.sort()
    return found


def word_start(text: str, at: int) -> int:
    """Where the run of word characters and hyphens (``[\\w-]``) ending at ``at`` begins
    (``at`` itself if none)."""
    while at and (text[at - 1].isalnum() or text[at - 1] in "_-"):
        at -= 1
    return at


def blanks_end(text: str, at: int) -> int:
    """Where the spaces and tabs starting at ``at`` end (``at`` itself if none)."""
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


_THE_ENDING = re.compile(r"\b[Tt]he[ \t]+$")


def after_the(text: str, at: int) -> bool:
    """Whether "the" and blanks end the text before ``at``: the article that makes a noun after
    a name the name's own ("the Kestrel Lithium board", "the Golden Summit shares") or a
    weekday part of a name ("the Sunday Creek project")."""
    return _THE_ENDING.search(text, max(0, at - 8), at) is not None


def is_word_boundary(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is not glued to letters or digits on either side."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` begins and ends (its newline left out; the
    text's end if it has none)."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end


_TOP = 400  # characters at the top of a text where a title-case headline may stand


def is_headline(line: str, start: int) -> bool:
    """Whether ``line``, at offset ``start`` of its text, is a line where nearly every word is
    capitalised: a headline or a sub-headline, where capitals say nothing about names ("US
    Boosts Critical Minerals Supply For Security"); at the top of the text, also a headline in
    title case, whose small words are in lower case ("Ministry of Industry and Mineral
    Resources Awards 14 Exploration Licences")."""
    spaced = " " + line  # every word of it after a blank (see _WORD_INITIAL)
    return _capitalised("".join(_WORD_INITIAL.findall(spaced)), 0.8) or (
        start < _TOP and _title_cased(line) and _capitalised("".join(
            w[0] for w in _LINE_WORD.findall(spaced) if w not in _TITLE_CASE_SMALL), 1.0))


def _capitalised(initials: str, share: float) -> bool:
    """Whether at least ``share`` of four words or more, given by their first letters, open with
    a capital."""
    return len(initials) >= 4 and sum(map(str.isupper, initials)) / len(initials) >= share


def _title_cased(line: str) -> bool:
    """Whether a line may be a headline in title case, its small words in lower case: no full
    stop ends it, no "By" opens it (a byline: "By Claire Vaubert in Nouméa") and no semicolon
    parts it (credits: "Reporting by …; Editing by …")."""
    stripped = line.strip()
    return not stripped.endswith(".") and not stripped.startswith("By ") and ";" not in stripped


# The first letter of each word, and each word opening with a letter, of a line read with a
# blank before it: a pattern opening with the blank skips to the blanks, where one opening with
# a look-behind ("(?<!\S)") is tried at every position.
_WORD_INITIAL = re.compile(r"\s([^\W\d_])")
_LINE_WORD = re.compile(r"\s([^\W\d_][\w'’.-]*)")
# Words title case leaves in lower case, which a line with no full stop may hold and still be a
# headline: "Ministry of Industry and Mineral Resources Awards 14 Exploration Licences".
_TITLE_CASE_SMALL = frozenset({"a", "an", "the", "and", "or", "nor", "but", "of", "at", "in",
                               "on", "for", "to", "by", "with", "from", "as", "vs", "per"})


def alternation(words: Iterable[str], *, space: str | None = None) -> str:
    """A regex alternation of literal words, longest first so that "export ban" wins over
    "export"; with ``space`` (a pattern such as ``\\s+``) the blanks inside a phrase match it."""
    ordered = sorted(set(words), key=len, reverse=True)
    if space is None:
        return "|".join(map(re.escape, ordered))
    return "|".join(space.join(map(re.escape, w.split())) for w in ordered)


def first_letters(words: Iterable[str]) -> str:
    """A look-ahead for the first characters of ``words``, to put before their alternation:
    where none opens, one class test fails the position instead of a try of every word (which
    a look-behind or ``re.IGNORECASE`` before the words otherwise costs at each position)."""
    firsts = sorted({w[0] for w in words if w})
    return "(?=[" + "".join(map(re.escape, firsts)) + "])" if firsts else ""


# Characters other than a letter's two cases that ``re.IGNORECASE`` matches to it.
_OTHER_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_FOLDED = re.compile(f"[{''.join(_OTHER_FOLDS.values())}]")


def folds_to_ascii(text: str) -> bool:
    """Whether ``text`` holds a letter that ``re.IGNORECASE`` matches to an ASCII letter though
    its lower case (as ``lower_same_length`` keeps it) is none, "ı" or "ſ": a test of the
    lower-cased text for a case-blind pattern's words may miss its match there."""
    return not text.isascii() and _FOLDED.search(text) is not None


def word_opening(words: Iterable[str], before: str = r"(?<!\w.)", *,
                 space: str | None = None, cased: bool = False) -> str:
    """``\\b(?i:trie(words))``, words in any case at a word's start, written to open with a
    class of their first letters: a search skips to those letters, where a pattern opening
    with ``\\b`` or a look-behind is tried at every position. ``before``, a look-behind read
    after the first letter (so one character longer: ``(?<!\\w.)`` for a word's start,
    ``(?<![a-z].)`` to allow a capital glued before, "TSX-Vunder"), tests what stands before
    the word; a look-behind then tells which letter it is and the trie of the rest of its words
    follows. ``space`` as for ``trie``. (Give the words in one case: of two written in
    different cases, the trie may try the shorter first.) ``cased``: the words only as
    written, ``\\b(?:trie(words))`` (names, or words searched in a lower-cased text)."""
    words = {" ".join(w.split()) for w in words} if space is not None else words
    if cased:
        rests: dict[str, list[str]] = {}
        for word in words:
            rests.setdefault(word[0], []).append(word[1:])
        letters, fold = "".join(sorted(rests)), "?:"
    else:
        (rests, letters), fold = _by_first_letter(words), "?i:"
    branches = "|".join(
        f"(?<=({fold}{re.escape(first)}))({fold}{_spaced(trie(rest), space)})"
        for first, rest in sorted(rests.items()))
    return f"[{re.escape(letters)}]{before}(?:{branches})"


def _by_first_letter(words: Iterable[str]) -> tuple[dict[str, list[str]], str]:
    """The words' rests after their first letter, by that letter lower-cased, and the
    characters that letter matches in any case (``_OTHER_FOLDS`` included), sorted: the
    opening class of ``word_opening``."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0].lower(), []).append(word[1:])
    letters = "".join(sorted({c for first in rests
                              for c in first + first.upper() + _OTHER_FOLDS.get(first, "")}))
    return rests, letters


def _spaced(pattern: str, space: str | None) -> str:
    """A pattern of escaped words with ``space`` between its words, as ``trie`` writes it."""
    return pattern if space is None else pattern.replace(r"\ ", space)


def trie(words: Iterable[str], *, space: str | None = None) -> str:
    """One regex for many words, branching a letter at a time: far cheaper to fail than a flat
    alternation where it is tried at many positions (the date scan tries it at every word
    start). It finds what ``alternation`` finds: of two words that both match, one is a prefix
    of the other, and the longer is tried first in both. ``space`` as for ``alternation``."""
    if space is not None:
        words = {" ".join(word.split()) for word in words}
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 else branches[0]
        if "" in node:
            body = body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    pattern = emit(tree)
    return pattern if space is None else pattern.replace(r"\ ", space)


def unaccented(text: str) -> str:
    """The text without its accents ("Rājasthān" → "Rajasthan"); letters with no accent to
    drop ("ø", "Đ") stay as they are."""
    import unicodedata

    if text.isascii():
        return text  # nothing to decompose: most names
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


# Letters no accent-stripping turns into ASCII, spelled as their languages transliterate them.
_TRANSLITERATION = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe",
                                  "Œ": "OE", "ß": "ss", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
                                  "þ": "th", "Þ": "Th", "ð": "d", "ı": "i"})


def slugify(name: str) -> str:
    """Lower-case ASCII slug used in canonical ids (``org:…``, ``person:…``): "Nordsø
    Pension" is nordso-pension."""
    ascii_name = unaccented(name.translate(_TRANSLITERATION)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
