"""Outcome measures named in a sentence: scales, endpoints and their abbreviations.

>>> find_measures("no measure here")
[]
"""

from __future__ import annotations

from kg.model import Mention


def find_measures(text: str) -> list[Mention]:
    """The outcome measures named in ``text`` (offsets relative to it), kind ``measure``."""
    return []
