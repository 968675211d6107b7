"""Who is a state: the one test that decides whether an entity may act as a government
(a policy's authority) or lends as one (a state body before a loan)."""

from __future__ import annotations

from functools import lru_cache

from mineralwatch.extract.doc import Doc

from .lexicon import lexicon


def is_government(doc: Doc, ident: str) -> bool:
    """A country or place, a government body, an organisation named like one ("Department of
    …") or a person holding a government title."""
    lex = lexicon()
    if ident.startswith(("country:", "place:")) or ident in lex.government_orgs:
        return True
    info = doc.info.get(ident)
    if ident.startswith("org:"):
        return _named_as_government(info.name if info else ident[4:].replace("-", " "))
    if ident.startswith("person:") and info is not None:
        return _titled_as_government(str(info.attributes.get("role") or ""))
    return False


# The two tests below search a long pattern and are asked of an article's few names again and
# again (each party of each event, before and after merging): a name's answer is kept.
@lru_cache(maxsize=4096)
def _named_as_government(name: str) -> bool:
    """Whether an organisation's name is one of a government body ("Department of …")."""
    return lexicon().government_names.search(name) is not None


@lru_cache(maxsize=1024)
def _titled_as_government(role: str) -> bool:
    """Whether a person's role is a government title ("Minister of Mines")."""
    return lexicon().government_titles.search(role) is not None
