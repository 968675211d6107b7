"""Organisations: the registry's and those the text introduces (listings: ``listings``).

Known organisations come from the registry (``data/organisations.toml``); unknown ones are
discovered from how news introduces them: an acronym definition ("U.S. Strategic Metals
(USSM)"), a name beside a listing ("Lithium Corp (OTC:LTUM)"), a corporate suffix ("… Ltd"),
"U.K.-based Less Common Metals", or a description ("Ambri, a U.S.-based company", "chief
executive of Woodside"); cue words are in ``organisation_cues.toml``. Registry names that are
common words count only where the text supports them: the full name, a ticker, the country
before ("Australia's Takeovers Panel"), or a citation ("told The Australian"); "Treasury" is
the Treasury of the country the article is about. Names in legal boilerplate, indexes named
after an organisation and quoted short names defined for another ("Vale Canada (“Vale”)") do
not count. A discovered name is linked to the registry when its normalised form matches an
entry closely (rapidfuzz), and its later mentions, short forms and acronym are found through
the rest of the article.

One module per step: ``registry`` (known names, cue words, linking a name), ``filters``
(registry words that are no mention), ``discovery``, ``suffixes`` and ``descriptions`` (names
the registry lacks), ``short_forms`` (later mentions), built on ``names`` (where a name starts
and ends) and ``spans`` (adding a mention, and what the document holds at a position).
"""

from __future__ import annotations

from mineralwatch.extract.doc import Doc

from .descriptions import discover_by_description
from .discovery import (
    discover_acronyms,
    discover_based,
    discover_before_ticker,
    discover_headline_company,
    discover_marked,
    discover_translated_acronyms,
)
from .filters import (
    WIRE_CREDIT,
    among_resource_terms,
    another_of_its_head,
    cited,
    drop_copyright_holders,
    listed_with_known,
    names_place,
    names_region,
    names_thing,
    opens_defined_term,
    uncredited_wire_story,
)
from .names import OF_CUT, POSSESSIVE_AFTER, name_after, name_before, next_word, person_like
from .registry import cues, link_exact, link_name, name_key, org_id, registry
from .short_forms import (
    find_home_forms,
    opens_place_name_after,
    propagate,
    short_names,
    shortened_names,
    title_short_forms,
)
from .spans import add_org, add_span, describes_listing, non_org_head, overlaps_org, own_listing
from .suffixes import discover_by_prefix, discover_by_suffix, discover_portfolio_ministries

__all__ = [
    "OF_CUT", "POSSESSIVE_AFTER", "add_org", "add_span", "cues", "find_organisations",
    "link_exact", "link_name", "name_after", "name_before", "name_key", "next_word",
    "non_org_head", "org_id", "overlaps_org", "own_listing", "person_like", "registry",
]


def find_organisations(doc: Doc) -> None:
    """Component: registry matches, then discovered names, then every later mention."""
    reg = registry()
    hits = [(field, hit) for field, text, lowered in doc.fields()
            for hit in reg.gazetteer.find(text, lowered)
            if not describes_listing(text, hit.start, hit.end)]
    # "Rio", "DOE", "the Commission" count only where the article also names the organisation
    # in full (or by a listing).
    supported = {hit.payload for _, hit in hits if hit.surface not in reg.context_forms}
    supported |= {oid for oid, info in doc.info.items() if info.listings}
    places = [s for s in doc.spans if s.type in ("place", "country")]
    for field, hit in hits:
        text = doc.text_of(field)
        if names_thing(text, hit.end) or opens_defined_term(text, hit.start, hit.end):
            continue  # "the Asian Metal index", "the Financial Review Mining Summit"
        if names_place(text, places, field, hit) or names_region(text, places, field, hit):
            continue  # "in the Antofagasta region": the place, not Antofagasta plc
        if reg.kinds.get(hit.payload) == "media" and WIRE_CREDIT.match(text, hit.end) and \
                text[hit.start - 1:hit.start] == "(":
            continue  # "SANTIAGO, Jan 9 (Reuters) -": the wire's own credit in its dateline
        if reg.kinds.get(hit.payload) == "media" and uncredited_wire_story(doc, hits) and \
                (" " + text[max(0, hit.start - 20):hit.start].lower()).rstrip().endswith(
                    cues().interviewer):
            continue  # "a spokesman told Reuters" in Reuters' story: the reporter asking
        if hit.surface in reg.context_forms:
            backed = hit.payload in supported or \
                cited(doc, field, text, hit.start, hit.end, hit.payload) or \
                listed_with_known(text, field, hit, hits, reg.context_forms)
            if not backed or among_resource_terms(text, hit.start, hit.end) or \
                    opens_place_name_after(text, hit.end) or \
                    (hit.payload not in supported and
                     another_of_its_head(doc.text, hit.surface, hit.payload)):
                continue  # (nor "adjacent to Hatchet Creek", beside Hatchet Uranium Corp.)
        add_span(doc, field, hit.start, hit.end, hit.payload, "registry")
    find_home_forms(doc)
    short_names(doc)
    discover_acronyms(doc)
    discover_marked(doc)
    discover_based(doc)
    discover_by_suffix(doc)
    discover_by_prefix(doc)
    discover_portfolio_ministries(doc)
    discover_translated_acronyms(doc)
    discover_by_description(doc)
    discover_before_ticker(doc)
    discover_headline_company(doc)
    propagate(doc)
    title_short_forms(doc)
    shortened_names(doc)
    drop_copyright_holders(doc)
