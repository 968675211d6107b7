"""Commodity tags of an article in the Reuters-21578 metals topics, from the minerals it is about.

The Reuters topics are coarser than our minerals: ``alum`` covers aluminium, alumina and bauxite,
``iron-steel`` iron ore and steel, and ``strategic-metal`` the minor metals that Reuters, like
the U.S. National Defense Stockpile of the time, grouped as strategic. The strategic set below
follows the training stories (uranium, mercury, cobalt, vanadium, gallium, germanium, indium,
cadmium, titanium, zirconium, niobium and rare earths are all tagged so there) plus the other
stockpiled minor metals of the same kind; coal, industrial minerals and fertilisers have no
metals topic. Platinum and palladium have topics of their own; the other platinum-group metals
are strategic.
"""

from __future__ import annotations

from mineralwatch.extract.vocabulary import load_minerals
from mineralwatch.models import Extraction

METALS_TOPICS = ("copper", "gold", "silver", "zinc", "lead", "tin", "nickel", "alum",
                 "iron-steel", "strategic-metal", "platinum", "palladium")

_DIRECT = {
    "mineral:copper": "copper",
    "mineral:gold": "gold",
    "mineral:silver": "silver",
    "mineral:zinc": "zinc",
    "mineral:lead": "lead",
    "mineral:tin": "tin",
    "mineral:nickel": "nickel",
    "mineral:aluminum": "alum",  # bauxite and alumina are terms of this entry
    "mineral:iron-ore": "iron-steel",
    "mineral:iron-and-steel": "iron-steel",
    "mineral:platinum": "platinum",
    "mineral:palladium": "palladium",
}
_STRATEGIC = (
    "antimony", "beryllium", "bismuth", "cadmium", "cesium", "chromium", "cobalt", "gallium",
    "germanium", "hafnium", "indium", "iridium", "lithium", "magnesium", "manganese", "mercury",
    "molybdenum", "niobium", "osmium", "platinum-group-metals", "rare-earths", "rhenium",
    "rhodium", "ruthenium", "selenium", "tantalum", "tellurium", "thallium", "thorium",
    "titanium", "tungsten", "uranium", "vanadium", "zirconium",
)


def _topics() -> dict[str, str]:
    topics = dict(_DIRECT)
    topics.update({f"mineral:{name}": "strategic-metal" for name in _STRATEGIC})
    # The rare-earth group's members are strategic like the group.
    topics.update({m.id: "strategic-metal" for m in load_minerals()
                   if m.group == "rare-earths"})
    return topics


REUTERS_TOPICS: dict[str, str] = _topics()


def topics_of(extraction: Extraction) -> set[str]:
    """The Reuters metals topics of the minerals the article is about."""
    return {REUTERS_TOPICS[m] for m in extraction.minerals if m in REUTERS_TOPICS}
