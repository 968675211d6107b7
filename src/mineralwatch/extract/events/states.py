"""Who is a state: the one test that decides whether an entity may act as a government
(a policy's authority) or lends as one (a state body before a loan)."""

from __future__ import annotations

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
        name = info.name if info else ident[4:].replace("-", " ")
        return bool(lex.government_names.search(name))
    if ident.startswith("person:") and info is not None:
        return bool(lex.government_titles.search(str(info.attributes.get("role") or "")))
    return False
