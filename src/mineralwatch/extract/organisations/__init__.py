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
(registry words that are no mention), ``discovery``, ``suffixes``, ``ministries`` and
``descriptions`` (names the registry lacks), ``short_forms`` (later mentions), built on
``names`` (where a name starts and ends) and ``spans`` (adding a mention, and what the document
holds at a position).
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
from .filters import add_registry_mentions, drop_contact_lines, drop_copyright_holders
from .frames import discover_by_frame
from .ministries import discover_portfolio_ministries
from .names import POSSESSIVE_AFTER, name_before, next_word
from .registry import cues, link_exact, link_name, name_key, org_id, registry
from .short_forms import (
    acronyms_after_names,
    defined_after_discovered,
    find_home_forms,
    propagate,
    short_names,
    shortened_names,
    title_short_forms,
)
from .spans import add_org, own_listing
from .suffixes import (
    discover_by_company_opener,
    discover_by_lower_case_head,
    discover_by_prefix,
    discover_by_suffix,
)

__all__ = [
    "POSSESSIVE_AFTER", "add_org", "cues", "find_organisations", "link_exact", "link_name",
    "name_before", "name_key", "next_word", "org_id", "own_listing", "registry",
]


def find_organisations(doc: Doc) -> None:
    """Component: registry matches, then discovered names, then every later mention."""
    add_registry_mentions(doc)
    find_home_forms(doc)
    short_names(doc)
    discover_acronyms(doc)
    discover_marked(doc)
    discover_based(doc)
    discover_by_company_opener(doc)  # before the suffix's: "Société des Mines de Fer de …"
    discover_by_suffix(doc)
    discover_by_prefix(doc)
    discover_by_lower_case_head(doc)
    discover_portfolio_ministries(doc)
    discover_translated_acronyms(doc)
    discover_by_description(doc)
    discover_before_ticker(doc)
    discover_headline_company(doc)
    defined_after_discovered(doc)
    acronyms_after_names(doc)
    propagate(doc)
    title_short_forms(doc)
    shortened_names(doc)
    if framed := discover_by_frame(doc):  # after every known name's mentions: "Kestrel shares"
        propagate(doc, only=framed)      # is Kestrel Lithium's short name, read above
    drop_copyright_holders(doc)
    drop_contact_lines(doc)
