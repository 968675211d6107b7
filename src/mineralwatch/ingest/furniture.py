"""Page-furniture patterns, loaded once from ``data/furniture.toml``.

The patterns live in one data file so that a new publisher's boilerplate is a one-line
change; here they are only compiled, each section into a single alternation so that a
line costs one regex match whatever the number of patterns.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Furniture:
    drop: re.Pattern[str]  # whole line to remove
    drop_containing: re.Pattern[str]  # searched for: a line holding it is removed
    drop_menus: re.Pattern[str]  # whole line of items parted by " | " to remove
    drop_list: re.Pattern[str]  # whole line to remove with the bulleted lines after it
    bullets: str  # the characters that open a list's line
    truncate: re.Pattern[str]  # whole line from which the rest is removed
    credit: re.Pattern[str]  # a credit at the start of a caption line, removed
    lexis_page: re.Pattern[str]  # "Page 1 of 3" anywhere at the end of a line
    lexis_field: re.Pattern[str]  # "Length: 487 words" -> ("Length", "487 words")
    lexis_edition: re.Pattern[str]
    lexis_copyright: re.Pattern[str]
    lexis_body: re.Pattern[str]
    lexis_end: re.Pattern[str]
    lexis_graphic: re.Pattern[str]
    open_endings: frozenset[str]  # words after which a wrapped sentence must go on

    def drops(self, line: str, in_table: bool = False) -> bool:
        """Whether ``line`` (stripped) is furniture to remove; a menu-like line ``in_table``
        (a line beside it holds " | " too) is a table's row, kept."""
        return bool(self.drop.match(line) or self.drop_containing.search(line.lower())
                    or (not in_table and " | " in line and self.drop_menus.match(line)))


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _whole_line(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(f"^(?:{_alternation(patterns)})$", re.IGNORECASE)


@cache
def furniture() -> Furniture:
    """The compiled patterns (cached: the file is read once per process)."""
    text = resources.files("mineralwatch").joinpath("data", "furniture.toml").read_text("utf-8")
    data = tomllib.loads(text)
    lexis = data["lexis"]
    fields = "|".join(re.escape(f) for f in lexis["fields"])
    return Furniture(
        drop=_whole_line(data["drop"]["patterns"]),
        # written lower-case and searched in the lowered line: quicker than IGNORECASE
        drop_containing=re.compile(_alternation(data["drop_containing"]["patterns"])),
        drop_menus=_whole_line(data["drop_menus"]["patterns"]),
        drop_list=_whole_line(data["drop_list"]["patterns"]),
        bullets=data["drop_list"]["bullets"],
        truncate=_whole_line(data["truncate"]["patterns"]),
        credit=re.compile(f"^(?:{_alternation(data['credit']['patterns'])})", re.IGNORECASE),
        lexis_page=re.compile(rf"\s*{lexis['page']}\s*$", re.IGNORECASE),
        lexis_field=re.compile(rf"^({fields}):\s*(.*)$"),
        lexis_edition=_whole_line([lexis["edition"]]),
        lexis_copyright=_whole_line([lexis["copyright"]]),
        lexis_body=_whole_line([lexis["body"]]),
        lexis_end=_whole_line([lexis["end"]]),
        lexis_graphic=_whole_line([lexis["graphic"]]),
        open_endings=frozenset(data["paragraphs"]["open_endings"]),
    )
