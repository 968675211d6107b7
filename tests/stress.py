"""What the stress sets of made-up sentences (``tests/test_*_stress.py``) share: their cases as
pytest parameters, a case not met yet being a strict xfail so that a fix shows as an unexpected
pass; the one-to-one match of expected events to found ones; an organisation's name as the
evaluation compares it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import pytest

from mineralwatch.evaluation import canonical_gold_id, entity_key
from mineralwatch.extract.text import slugify
from mineralwatch.models import Event

Expected = TypeVar("Expected")


def stress_params(cases: Iterable[tuple[Sequence[Any], str]]) -> list:
    """One parameter set per case from its values and the reason it is not met yet ("" when it
    is)."""
    return [pytest.param(*values, id=f"case{i:03d}",
                         marks=[pytest.mark.xfail(reason=reason, strict=True)] if reason else [])
            for i, (values, reason) in enumerate(cases)]


def each_met_once(found: list[Event], expected: Iterable[Expected],
                  meets: Callable[[Event, Expected], bool]) -> bool:
    """Whether each expected event is met by a found event of its own, and no event is found
    besides."""
    left = list(found)
    for wanted in expected:
        match = next((event for event in left if meets(event, wanted)), None)
        if match is None:
            return False
        left.remove(match)
    return not left


def org_key(name: str) -> str:
    """An organisation's name as the evaluation compares it with a found one's id."""
    return entity_key(canonical_gold_id({"id": f"org:{slugify(name)}", "type": "organization",
                                         "name": name}))
