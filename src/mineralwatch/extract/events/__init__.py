"""Events of taxonomy v1 from trigger words and the linked entities around them.

For each sentence holding a trigger of ``data/events.toml``, one event per trigger is read in
these steps, one module each:

1. ``triggers``: which trigger words may propose an event (their required words are there, they
   are no word of a name) and the clause each governs (up to the triggers of other events);
2. ``roles``: the clause's entities fill roles by where they stand (subject, object, after a cue
   word such as "from", "to", "between"), the passive voice and "its", "the company" considered;
   ``government`` resolves "the government", "Canberra" to a state acting, ``fallback`` fills
   what the sentence leaves empty from the article;
3. ``attach``: the clause's money, percentages and quantities fill value roles, the nearest date
   dates the event and the nearest stage word places it in the supply chain;
4. ``modality``: denied, rumoured, planned or asserted, and the confidence of the reading;
5. ``merge``: mentions of one real-world event across sentences and the headline ("the
   shipment", "the deal") merge into one event that keeps every evidence.

``mentions`` runs steps 1-4 over the sentences, and ``quotes`` adds the moves written with no
verb ("McEwen Mining (NYSE:MUX) +3.2%", a price table's "Cobalt metal: $10.45/lb (-1.2%)"); this
module reads the body, then the title as one more sentence (its evidence marked
``field="title"``), and merges. All vocabulary lives in the TOML file, loaded by ``lexicon``;
the modules only say how the pieces combine.
"""

from __future__ import annotations

from dataclasses import replace

from mineralwatch.extract.doc import Doc
from mineralwatch.extract.dollars import title_values
from mineralwatch.extract.text import Sentence
from mineralwatch.models import Event, Evidence

from .government import add_acting_states
from .lexicon import Lexicon, Trigger, lexicon
from .mentions import find_mentions
from .merge import Mention, merge
from .modality import denied_next
from .states import is_government
from .triggers import title_may_tell

__all__ = ["Lexicon", "Trigger", "find_events", "lexicon"]


def find_events(doc: Doc) -> None:
    """Component: events per sentence of the body, then of the title, merged across the
    article: a headline ("X Shares Fall 3%") joins the body's report of the same event, or
    stands alone with its evidence in the title."""
    triggers = lexicon().triggers
    mentions = find_mentions(doc, list(triggers.find(doc.text, doc.lowered)))
    _mark_repeated_headline(doc, mentions)
    # Spans are sorted by field, "text" before "title": a title naming no entity tells no event.
    if doc.spans and doc.spans[-1].field == "title":
        title_hits = list(triggers.find(doc.title, doc.title_lowered))
        if title_may_tell(doc, title_hits):
            mentions.extend(_in_title(m) for m in find_mentions(_title_doc(doc), title_hits))
    for mention in mentions:  # before merging: "MOFCOM said the ban …" joins China's ban
        add_acting_states(doc, mention.event)
    merged = merge(mentions)
    doc.events = [e for e in merged if _names_or_stands_in(doc, e, merged)
                  and not _background_output(e, merged)]
    for event in doc.events:
        if denied_next(doc, event):
            event.modality = "denied"


def _mark_repeated_headline(doc: Doc, mentions: list[Mention]) -> None:
    """Mentions of a body that opens by repeating the title are headline mentions: they sum
    up the report that follows as the title does (see ``merge._headline_of``)."""
    title = doc.title.strip()
    if title and doc.text.startswith(title):
        for mention in mentions:
            if mention.event.evidence.start < len(title):
                mention.headline = True


def _names_or_stands_in(doc: Doc, event: Event, events: list[Event]) -> bool:
    """Whether an event naming none of a role it usually names holds what stands in for it
    (see ``unnamed_needs``): a state or a public lender as the actor of a programme, or another
    role. A state's sum whose parts the article gives to named recipients is told by them: "DOE
    announced the selection of three projects … to share a combined $312 million", then each
    project's award."""
    lex = lexicon()
    rule = lex.unnamed_needs.get(event.type)
    if rule is None or event.arguments.get(rule["role"]):
        return True
    actors = {str(i) for i in event.arguments.get(rule["actor"], ())}
    public = any(i in lex.public_lenders or is_government(doc, i) for i in actors)
    if public and any(other.type == event.type and other.arguments.get(rule["role"]) and
                      actors & {str(i) for i in other.arguments.get(rule["actor"], ())}
                      for other in events):
        return False
    return any(event.arguments.get(role) for role in rule["needs"]) or (
        event.kind in rule["programmes"] and public)


def _background_output(event: Event, events: list[Event]) -> bool:
    """Whether an output figure is the size of a stoppage the article reports of the same
    producer or place ("workers struck at the smelter … The smelter produced 183,000 tonnes of
    zinc in 2024"): background to that news, no output news of its own (see
    ``background_output``)."""
    rule = lexicon().background_output
    if event.type != rule["type"] or event.kind != rule["kind"]:
        return False
    return any(other.type == event.type and other.kind in rule["beside"] and any(
        {str(i) for i in event.arguments.get(role, ())} &
        {str(i) for i in other.arguments.get(role, ())} for role in rule["roles"])
        for other in events)


def _title_doc(doc: Doc) -> Doc:
    """The title as a one-sentence document with its own entities and values, so the rules of
    the body read it unchanged. Names are not read from capitalisation in a title: every word
    of "Signs LOI to Acquire Uranium Concessions" is capitalised."""
    title = Doc(article=doc.article, text=doc.title, lowered=doc.title_lowered,
                sentences=[Sentence(0, len(doc.title), doc.title)],
                published=doc.published, info=doc.info, acronyms=doc.acronyms)
    title.spans = [replace(s, field="text") for s in doc.spans if s.field == "title"]
    title.values = title_values(doc)
    title.cache["events.title"] = True  # no boilerplate, literal names or stages of its own
    title.cache["events.parent"] = doc  # whose country "the government" is
    return title


def _in_title(mention: Mention) -> Mention:
    """A mention read from the title document, its evidence pointing into the title."""
    evidence = mention.event.evidence
    mention.event.evidence = Evidence(evidence.text, evidence.start, evidence.end, "title")
    mention.headline = True
    return mention
