"""Cleaning of article text: what every reader applies to the body it found.

The cleaned text is what extraction offsets point into, so cleaning only removes things
around sentences (furniture lines, markup, page headers) and rejoins lines that a PDF or a
wire wrapped; it never rewrites a sentence. Paragraphs are separated by a blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from mineralwatch.extract.vocabulary import load_organisation_cues
from mineralwatch.ingest.dates import parse_date
from mineralwatch.ingest.furniture import furniture

_SPACES = str.maketrans(
    {
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u3000": " ",
        "\t": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u200e": None,
        "\u200f": None,
        "\u2060": None,
        "\ufeff": None,
    }
)
_EXOTIC = re.compile("[" + "".join(chr(c) for c in _SPACES) + "]")
_RUNS = re.compile(r" {2,}")
# "About AcmeAcme Minerals is …": the heading's name, then the paragraph
# opening with it, with nothing between them.
_GLUED_ABOUT = re.compile(r"\b(About ([A-Z][\w&'’-]{2,40}?))(?=\2\b)")

# Markdown and HTML left in text by converters and scrapers.
# Bounded repeats keep every pattern linear on hostile input (a line of a million "[").
_SPAN_LINE = re.compile(r"^\s*(?:<span\b[^>]{0,500}>[^<]{0,2000}</span>\s*)+$", re.IGNORECASE)
_TAG = re.compile(
    r"</?(?:span|a|b|i|em|strong|u|font|sup|sub|br|p|div|small|big|mark)\b[^>\n]{0,2000}>",
    re.IGNORECASE,
)
_IMAGE = re.compile(r"!\[[^\]\n]{0,1000}\]\([^)\n]{0,2000}\)")
_LINK = re.compile(r"\[([^\]\n]{0,1000})\]\(([^)\s]{1,2000})(?:\s+\"[^\"\n]{0,1000}\")?\)")
_LONE_LINK = re.compile(r"^\[([^\]\n]{0,1000})\]\((\S{1,2000}?)\)$")
_BOLD = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,500}?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]{1,300}?)(?<=\S)\*(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~$])")
_HEADING = re.compile(r"^#{1,6}\s+")
_FURNITURE_MAX = 800
_HEADLINE_MAX = 120  # a headline in a list of other stories is no longer
# Lines longer than this are paragraphs of their own: no typewriter or wire wrapped them.
_UNWRAPPED_WIDTH = 120
_LIST_ITEM = re.compile(r"^(?:[*\-•+]|\*\*|\d{1,3}[.)])\s")
_BYLINE = re.compile(r"^By ([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4})(?:,\s*(.+))?$")
_SCRAPED_BYLINE = re.compile(r"^(?P<source>[^\s·•|][^·•|]{0,60}?)\s*[·•|]\s*(?P<date>.*\d.*)$")
_TERMINAL = frozenset('.!?"”’)]■…:;')


def _open_ending(text: str) -> bool:
    """Whether ``text`` ends mid-sentence: with a comma or a word that needs a follower."""
    if text[-1] == ",":
        return True
    cut = text.rfind(" ")
    return text[cut + 1 :] in furniture().open_endings


@dataclass(slots=True)
class Cleaned:
    """A cleaned body with whatever metadata the cleaning found in the text itself."""

    text: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


class ScrapedPage(NamedTuple):
    """A news page as scraped to plain text, split into its parts."""

    title: str | None
    source: str | None
    published: str | None
    body: str


def normalise(text: str) -> str:
    """Unix newlines, ordinary spaces for the exotic ones, no zero-width characters, and a
    press release's "About …" heading parted from the paragraph a scrape glued to it."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "About " in text:
        text = _GLUED_ABOUT.sub(r"\1\n\n", text)
    if _EXOTIC.search(text):  # most texts need nothing done
        # str.translate looks up each character of a text that is not ASCII: replacing the
        # few characters it holds is quicker (none is replaced by one of the others)
        for char in set(_EXOTIC.findall(text)):
            text = text.replace(char, _SPACES[ord(char)] or "")
    return text


# --- markup -------------------------------------------------------------------------------


def _span_header(lines: list[str], meta: dict[str, Any]) -> tuple[list[str], Cleaned]:
    """Take the styled header lines of PDF-converted magazine markdown (the Economist's)."""
    found = Cleaned(text="")
    n = 0
    while n < len(lines) and (not lines[n].strip() or _SPAN_LINE.match(lines[n])):
        n += 1
    header = [_RUNS.sub(" ", _TAG.sub("", line)).strip() for line in lines[:n] if line.strip()]
    if len(header) >= 4:
        meta["section"] = header[0]
        found.title = header[1]
        meta["standfirst"] = header[2]
        found.published = parse_date(header[3])
    elif header:
        meta["header"] = header
    return lines[n:], found


def _strip_markup(line: str) -> str:
    if "](" in line:
        line = _IMAGE.sub("", line)
        line = _LINK.sub(r"\1", line)
    if "<" in line:
        line = _TAG.sub("", line)
    if "*" in line or "__" in line:
        line = _ITALIC.sub(r"\1", _BOLD.sub(r"\2", line))
    if "\\" in line:
        line = _ESCAPE.sub(r"\1", line)
    if line.startswith("#"):
        line = _HEADING.sub("", line)
    return line


# --- paragraphs ---------------------------------------------------------------------------


def _joins(prev: str, prev_wrapped: bool, nxt: str, indented_doc: bool) -> bool:
    """Whether ``nxt`` continues the paragraph of ``prev`` in hard-wrapped text.

    ``prev_wrapped`` says the previous line looks broken by a line width: it ends with the
    space a PDF leaves at a wrap, or it is about as long as the longest lines.
    """
    if prev_wrapped and prev[-1] not in _TERMINAL:
        return True
    if nxt[0].islower() or _open_ending(prev):
        return not _LIST_ITEM.match(nxt)
    return indented_doc


def _assemble(lines: list[str], soft: list[bool], indented: list[bool], wrapped: bool) -> str:
    """Paragraphs from stripped lines; blank lines always separate paragraphs."""
    indented_doc = wrapped and any(indented[1:])
    width = max(map(len, lines), default=0)
    paragraphs: list[str] = []
    current: list[str] = []
    prev_wrapped = False
    for line, is_soft, is_indented in zip(lines, soft, indented, strict=True):
        if not line:
            if current:
                paragraphs.append("".join(current))
                current = []
            continue
        if current:
            prev = current[-1]
            if wrapped:
                if indented_doc and is_indented:
                    paragraphs.append("".join(current))
                    current = []
                elif _joins(prev, prev_wrapped, line, indented_doc):
                    current.append(" ")
                else:
                    paragraphs.append("".join(current))
                    current = []
            elif _over_its_paragraph(prev, line, width):
                paragraphs.append("".join(current))  # a heading of its own
                current = []
            elif _LIST_ITEM.match(line) or line.startswith("|") or prev.startswith("|") or \
                    _heading(prev, line) or _unfinished_line(prev, line, width):
                current.append("\n")
            else:
                current.append(" ")
        current.append(line)
        # A wire's first line is short by the dateline taken off it, hence the lower bar.
        prev_wrapped = is_soft or len(line) >= (0.5 if len(current) == 1 else 0.75) * width
    if current:
        paragraphs.append("".join(current))
    return "\n\n".join(_rejoin_split_paragraphs(paragraphs))


def _unfinished_line(line: str, nxt: str, width: int) -> bool:
    """Whether ``line`` ends without a sentence's end before a capitalised line, in a page
    whose paragraphs are lines of their own (no line width wraps them: its longest line is
    long): a header's line (an organisation's name over "Home | News Releases"), kept apart
    so that no name runs across the two (not "vice president Douglas" over "Yearley said" in
    a wire story wrapped at 80 characters)."""
    return width > _UNWRAPPED_WIDTH and line[-1] not in _TERMINAL and \
        line[-1] not in ",;:-–—" and nxt[:1].isupper()


def _over_its_paragraph(line: str, nxt: str, width: int) -> bool:
    """Whether ``line``, short and unfinished, heads the line after it, as a round-up's item
    heads its paragraph ("3. UZBEKISTAN / KYRGYZSTAN — Almalyk said to weigh bid for Ferghana
    Copper" over "Uzbekistan's state-owned Almalyk …"); not a line a width wrapped."""
    return line[-1] not in _TERMINAL and nxt[:1].isupper() and nxt[-1:] in _TERMINAL and \
        len(line) < 0.6 * width and len(nxt) > len(line)


def _heading(line: str, nxt: str) -> bool:
    """Whether ``line`` is a heading over the line after it ("About Kestrel Lithium" over
    "Kestrel Lithium Limited is …"): a few capitalised words, no sentence's end (an
    abbreviation's point is none), and a capital opening the next line. Joined with a
    space, the two would read as one name."""
    words = line.split()
    legal_forms, connectors = _name_words()
    ending = line[-1] not in _TERMINAL or words[-1] in legal_forms  # "… Copper Corp."
    return len(words) <= 6 and ending and nxt[:1].isupper() and \
        all(w[:1].isupper() or w in connectors for w in words)


@cache
def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    """A company's legal forms and the small words inside names (organisation_cues.toml)."""
    data = load_organisation_cues()
    return frozenset(data["legal_suffixes"]), frozenset(data["name_connectors"])


def _rejoin_split_paragraphs(paragraphs: list[str]) -> list[str]:
    """Rejoin a paragraph that a page break or an image cut in two mid-sentence."""
    out: list[str] = []
    for para in paragraphs:
        if out:
            prev = out[-1]
            last = prev[-1]
            continues = para[0].islower() or _open_ending(prev)
            if continues and last not in _TERMINAL and not _LIST_ITEM.match(para):
                out[-1] = f"{prev} {para}"
                continue
        out.append(para)
    return out


def clean_lines(raw_lines: list[str], meta: dict[str, Any], *, wrapped: bool | None = None) -> str:
    """Remove furniture and markup from lines and assemble them into paragraphs."""
    fur = furniture()
    lines: list[str] = []
    soft: list[bool] = []
    indented: list[bool] = []
    in_list, listed = False, 0  # within the list under a heading of other stories
    for i, raw in enumerate(raw_lines):
        line = _strip_markup(raw) if raw else raw
        stripped = line.strip()
        if "  " in stripped:  # a substring test is cheaper than the pattern on every line
            stripped = _RUNS.sub(" ", stripped)
        stripped = fur.credit.sub("", stripped, count=1)
        if in_list:  # its lines, bulleted or headlines (short, with no sentence's end), up
            if not stripped:  # to the first blank line after one of them
                in_list = listed == 0
                continue
            if stripped[0] in fur.bullets or (
                    len(stripped) <= _HEADLINE_MAX and stripped[-1] not in _TERMINAL):
                listed += 1
                continue
            in_list = False
        if stripped and len(stripped) <= _FURNITURE_MAX:  # furniture is never a long line
            if fur.truncate.match(stripped):
                if any(lines):
                    break
                continue
            if fur.drop_list.match(stripped):
                in_list, listed = True, 0
                continue
            if fur.drops(stripped, in_table=" | " in stripped and
                         _beside_a_table_row(raw_lines, i)):
                continue
        lines.append(stripped)
        soft.append(line.endswith(" "))
        indented.append(line.startswith(" "))
    while lines and not lines[-1]:
        lines.pop()
        soft.pop()
        indented.pop()
    if wrapped is None:
        wrapped = "" not in lines and len(lines) > 1
    return _assemble(lines, soft, indented, wrapped)


def _beside_a_table_row(lines: list[str], i: int) -> bool:
    """Whether the line before or after ``lines[i]`` holds " | ": rows of a table, not a
    navigation menu ("Company | Project | Country | Stage" over "Lynas | Mt Weld | …")."""
    return (i > 0 and " | " in lines[i - 1]) or (i + 1 < len(lines) and " | " in lines[i + 1])


def _drop_trailing_links(lines: list[str], meta: dict[str, Any]) -> list[str]:
    """Drop the publisher link lines that end scraped markdown, keeping the last URL."""
    end = len(lines)
    while end and (not lines[end - 1].strip() or _LONE_LINK.match(lines[end - 1].strip())):
        found = _LONE_LINK.match(lines[end - 1].strip())
        if found and "source_link" not in meta:
            meta["source_link"] = found.group(2)
        end -= 1
    return lines[:end]


def _take_byline(lines: list[str], found: Cleaned) -> list[str]:
    """Take a "By Name, Outlet" line from the first lines of a body as the author."""
    seen = 0
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > 3:
            break
        match = _BYLINE.match(text)
        if match:
            found.author = match.group(1)
            if match.group(2):
                found.metadata["byline_outlet"] = match.group(2)
            return lines[:i] + lines[i + 1 :]
    return lines


def clean_body(text: str) -> Cleaned:
    """Clean an article body that came without page structure (records, feeds, HTML)."""
    from mineralwatch.ingest.lexis import looks_like_lexis, parse_lexis

    text = normalise(text)
    if looks_like_lexis(text):
        return parse_lexis(text)
    meta: dict[str, Any] = {}
    lines = text.split("\n")
    found = Cleaned(text="", metadata=meta)
    if text.lstrip().startswith("<span"):
        lines, header = _span_header(lines, meta)
        found.title, found.published = header.title, header.published
    if "](" in text:
        lines = _drop_trailing_links(lines, meta)
    if "By " in text[:2000]:
        lines = _take_byline(lines, found)
    found.text = clean_lines(lines, meta)
    return found


# --- plain text scraped from a news page ---------------------------------------------------


_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*):\s*(.*)$")
_FRONT_FIELDS = {
    "title": "title",
    "date": "published",
    "published": "published",
    "author": "author",
    "source": "source",
    "publisher": "source",
    "url": "url",
    "link": "url",
}


def _front_matter(lines: list[str], found: Cleaned) -> list[str]:
    """Read the simple ``key: value`` YAML front matter of a markdown file, if it has one."""
    if not lines or lines[0].strip() != "---":
        return lines
    end = next((i for i in range(1, min(len(lines), 200)) if lines[i].strip() == "---"), None)
    if end is None:
        return lines
    for line in lines[1:end]:
        match = _FRONT_KEY.match(line.strip())
        if not match or not match.group(2):
            continue
        key, value = match.group(1).lower(), match.group(2).strip().strip("\"'")
        field_name = _FRONT_FIELDS.get(key)
        if field_name == "published":
            found.published = parse_date(value)
        elif field_name:
            setattr(found, field_name, value)
        else:
            found.metadata[key] = value
    return lines[end + 1 :]


def parse_scraped(raw: str) -> Cleaned:
    """Split a scraped page into title, byline (source and time) and cleaned body.

    The byline is a "Source · date" line near the top; the title is the last text line
    above it. Without a byline, a short first line that does not end a sentence is the title.
    """
    from mineralwatch.ingest.lexis import looks_like_lexis, parse_lexis

    text = normalise(raw)
    if looks_like_lexis(text):
        return parse_lexis(text)
    fur = furniture()
    found = Cleaned(text="")
    lines = _front_matter(text.split("\n"), found)
    if found.title:
        body = clean_body("\n".join(lines))
        found.text, found.author = body.text, found.author or body.author
        found.metadata.update(body.metadata)
        return found
    head: list[tuple[int, str]] = []  # (index, stripped line) of the top's content lines
    for i, line in enumerate(lines[:60]):
        stripped = _RUNS.sub(" ", line.strip())
        if stripped and not fur.drops(stripped):
            head.append((i, stripped))
    body_from = 0
    for pos, (i, line) in enumerate(head[:12]):
        match = _SCRAPED_BYLINE.match(line)
        if match and pos > 0:
            published = parse_date(match.group("date"))
            if published:
                found.title = head[pos - 1][1]
                found.source = match.group("source").strip()
                found.published = published
                body_from = i + 1
                break
    else:
        if len(head) > 1:
            i, first = head[0]
            if len(first) <= 200 and first[-1] not in ".!?" and not first.startswith("<"):
                found.title = _HEADING.sub("", first)
                body_from = i + 1
    if found.title is None and text.lstrip().startswith("<span"):
        return clean_body(text)
    body = clean_body("\n".join(lines[body_from:]))
    found.text = body.text
    found.author = body.author
    found.metadata.update(body.metadata)
    found.published = found.published or body.published
    return found


def clean_scraped_text(raw: str) -> ScrapedPage:
    """Title, source, published (ISO) and cleaned body of text scraped from a news page."""
    page = parse_scraped(raw)
    return ScrapedPage(page.title, page.source, page.published, page.text)
