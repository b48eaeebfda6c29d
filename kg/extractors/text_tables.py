"""A document's tables copied as text, one cell a line (:mod:`kg.text.cell_tables`), with each header cell read as an
arm of the trial (its therapy or control, as :func:`kg.extractors.outcome_arms.arm_label` names it); read once per
document, for the outcomes (a row per measure) and the arms (their sizes).
"""

from __future__ import annotations

from kg.extractors.outcome_arms import arm_label
from kg.text import comparisons as C
from kg.text.cell_tables import CellTable, find_cell_tables

SHORT_CELLS = 8           # short lines a document needs before its tables are looked for
SHORT = 40                # characters a line of a table's cell has at most (a longer line is the text's)
ARM_WORDS = 5             # words an arm's cell has at most


def document_tables(ctx) -> list[CellTable]:
    """The document's tables copied as text, each header cell an arm's label (read once, cached on the context)."""
    return ctx.cached(("cell tables",), lambda: tables_of(ctx))


def tables_of(ctx) -> list[CellTable]:
    cells = [s.text for s in ctx.sentences]
    if sum(len(c) < SHORT for c in cells) < SHORT_CELLS:
        return []

    def arm_of(k: int) -> str | None:
        text = cells[k].strip()
        if len(text.split()) > ARM_WORDS or text.endswith(".") or not (ctx.of_kind(k, "drug", "therapy") or
                                                                       C.ARM_WORDS.fullmatch(text.lower())):
            return None
        return arm_label(ctx, k, text, 0)

    return find_cell_tables(cells, arm_of)
