"""Amounts itemised under an event: "announced $214 million in federal funding for five
projects:" followed by a list, "- $62.0 million to Abitibi Nickel Refining Ltd.", "- $37.8
million from the CMIF for a road serving Saint-Croix Antimony Corp.'s project". Each item that
opens with an amount and names its recipient is an event of the announcement's kind, by the
announcement's funder; the list items themselves hold no trigger word. So is a line that only
names a company and its amount, anywhere after the announcement ("Saguaro Manganese Co.
(Benson, Arizona) — $142.6 million" under "Selected Projects")."""

from __future__ import annotations

import re
from dataclasses import replace

from mineralwatch.extract.doc import Doc
from mineralwatch.extract.organisations import POSSESSIVE_AFTER
from mineralwatch.extract.text import Sentence
from mineralwatch.models import Event, Evidence, Value

from .attach import money_of
from .lexicon import lexicon
from .merge import Mention

# A list item's opening: a dash or a bullet, then the text; after a line ending with a colon,
# a paragraph opening with its amount is an item too ("$38.5 million through the Strategic
# Innovation Fund to Prairie Magnetics Inc. to build …").
_ITEM = re.compile(r"[ \t]*[-–•*][ \t]+")
_AMOUNT_FIRST = re.compile(r"[ \t]*(?=(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}[ \t])[ \t]*\d)")


def itemised_amounts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """One mention per list item right after a sentence telling an event of an itemised type."""
    spec = lexicon().itemised
    found: list[Mention] = []
    told = {m.event.evidence.start: m.event for m in mentions
            if m.event.type in spec["types"] and m.complete}
    for start, head in told.items():
        number = doc.sentence_index(start)
        opened = False  # by a line ending with a colon: "The investments are:"
        for following, sentence in enumerate(doc.sentences[number + 1:]):
            opening = _ITEM.match(sentence.text) or (
                _AMOUNT_FIRST.match(sentence.text) if opened and
                _opens_line(doc.text, sentence.start) else None)
            if opening is None:
                if following == 0 and sentence.text.rstrip().endswith(":"):
                    opened = True
                    continue  # "The funding includes:" opens the list
                if following > 0 and not _opens_line(doc.text, sentence.start):
                    continue  # an item's second sentence
                break  # the list ends at the first line that is no item
            event = _item_event(doc, head, sentence, opening.end(), spec)
            if event is not None:
                found.append(Mention(event, True, ""))
    return found


def award_lines(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """One mention per line that names only a company and its amount ("Saguaro Manganese Co.
    (Benson, Arizona) — $142.6 million"), by the last announcement of an itemised type told
    before it."""
    spec = lexicon().itemised
    heads = sorted((m.event for m in mentions if m.event.type in spec["types"] and m.complete),
                   key=lambda e: e.evidence.start)
    if not heads:
        return []
    found: list[Mention] = []
    for line in _AWARD_LINE.finditer(doc.text, heads[0].evidence.end):
        head = next(e for e in reversed(heads) if e.evidence.end <= line.start())
        recipient = next((s.ids[0] for s in doc.spans if s.type == "organization" and
                          s.field == "text" and s.start == line.start("name") and
                          s.end <= line.end("name")), None)
        amount = next((v for v in doc.values if v.type == "money" and v.role is None and
                       v.start == line.start("amount")), None)
        if recipient is not None and amount is not None:
            item = Sentence(line.start(), line.end(), line.group())
            found.append(Mention(_event(doc, head, item, recipient, amount, spec), True, ""))
    return found


# A line of a company (its place in brackets) and its amount, alone: "Cascadia Silicon Anodes
# Inc. (Longview, Washington) — $96.0 million".
_NAME_WORD = r"[A-Z][\w&.'’-]*"
_AWARD_LINE = re.compile(
    rf"^[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|of|and|&|de)){{0,7}})[ \t]*"
    r"(?:\([^()\n]*\))?[ \t]*[—–-][ \t]*"
    r"(?P<amount>(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}[ \t]*)[\d.,]+(?:[ \t]*[a-zA-Z]+)?)[ \t.]*$",
    re.MULTILINE)


def _item_event(doc: Doc, head: Event, item: Sentence, body: int, spec: dict) -> Event | None:
    """The item's event: its leading amount, its recipient (the organisation after a cue word,
    else the one whose asset it funds), the head's funder and kind."""
    at = item.start + body
    amount = next((v for v in doc.values if v.type == "money" and v.role is None
                   and at <= v.start < at + spec["amount_within"]), None)
    if amount is None:
        return None
    recipient = _recipient(doc, item, amount, spec)
    if recipient is None:
        return None
    return _event(doc, head, item, recipient, amount, spec)


def _event(doc: Doc, head: Event, item: Sentence, recipient: str, amount: Value,
           spec: dict) -> Event:
    """The head's event for one item: its recipient and amount, the head's funder and kind."""
    arguments = {role: list(values) for role, values in head.arguments.items()
                 if role in spec["kept_roles"]}
    arguments[spec["recipient_role"]] = [recipient]
    arguments["value"] = [money_of(amount)]
    minerals = [s.ids for s in doc.spans if s.type == "mineral" and s.field == "text"
                and item.start <= s.start < item.end]
    if minerals:
        arguments["commodity"] = list(dict.fromkeys(i for ids in minerals for i in ids))
    return replace(head, arguments=arguments, value=money_of(amount),
                   evidence=Evidence(item.text, item.start, item.end), more_evidence=[],
                   confidence=round(head.confidence * spec["confidence_factor"], 3),
                   extractor=f"{head.extractor}.item")


def _recipient(doc: Doc, item: Sentence, amount: Value, spec: dict) -> str | None:
    """The organisation after the amount that a cue word names ("to the Saskatchewan Research
    Council"), else the first one owning what the item funds ("Saint-Croix Antimony Corp.'s")."""
    orgs = [s for s in doc.spans if s.type == "organization" and s.field == "text"
            and amount.end <= s.start < item.end]
    for span in orgs:
        words = doc.lowered[max(item.start, span.start - 16):span.start].split()
        while words and words[-1] in spec["determiners"]:
            words.pop()
        if words and words[-1] in spec["cues"]:
            return span.ids[0]  # "to Abitibi Nickel Refining", "to the Saskatchewan …"
    owner = next((s for s in orgs if POSSESSIVE_AFTER.match(doc.text, s.end)), None)
    return owner.ids[0] if owner is not None else None  # "serving Saint-Croix Antimony's"


def _opens_line(text: str, start: int) -> bool:
    """Whether a sentence starts a line of its own, not an item's next sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t")
