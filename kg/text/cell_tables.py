"""Tables copied as text, one cell a line: a header of arms (each perhaps with its size), then rows, each a label of
one or more lines and one number per arm (each perhaps with its p-value), as a press release's results table reads
once its layout is lost::

    XY-123 10 mg
    (N=101)
    Placebo
    (N=99)
    Mean Change from Baseline in Zeta Score
    -4.2
    (p<0.001)
    -1.3

:func:`find_cell_tables` is pure: it reads the cells (a document's lines, in order) and asks the caller which cells
name an arm.

>>> cells = ["XY-123 10 mg", "(N=101)", "Placebo", "(N=99)", "Mean Change from Baseline", "in Zeta Score", "-4.2",
...          "(p<0.001)", "-1.3", "Next paragraph of text."]
>>> t = find_cell_tables(cells, lambda k: cells[k] if cells[k] in ("XY-123 10 mg", "Placebo") else None)[0]
>>> [(a.label, a.n) for a in t.arms], [(r.label, [str(v) for v, _ in r.values]) for r in t.rows]
([('XY-123 10 mg', 101), ('Placebo', 99)], [('Mean Change from Baseline in Zeta Score', ['-4.2', '-1.3'])])
"""

from __future__ import annotations

import re
from typing import Callable

from kg.model import record
from kg.text.numbers import exact

# a cell that gives an arm's size, a number, or a p-value
SIZE_CELL = re.compile(r"\(?\s?[Nn]\s?=\s?(?P<n>\d{1,6})\s?\)?")
VALUE_CELL = re.compile(r"(?P<v>[-−+]?\d{1,5}(?:\.\d{1,3})?)\s?%?")
P_CELL = re.compile(r"\(?\s?[Pp](?:\s?-?value)?\s?[<=>≤≥]\s?(?:0?\.\d{1,6}|[01])\s?\)?")
LABEL_CELLS = 4          # lines a row's label may take
LABEL_LENGTH = 80        # characters a label's line may have (a longer line is the text's, not a cell)


@record
class TableArm:
    """An arm of the header: its label (as the caller gave it), its size when a cell states it, and its cell."""

    label: str
    n: int | None
    cell: int


@record
class TableRow:
    """A row: its label (its cells joined), the first of them, and one (value, cell) per arm in the header's order."""

    label: str
    first: int
    values: tuple


@record
class CellTable:
    arms: tuple
    rows: tuple


def find_cell_tables(cells: list[str], arm_of: Callable[[int], str | None]) -> list[CellTable]:
    """The tables among ``cells``: two or more arm cells in a row (``arm_of(k)``: the arm cell ``k`` names, else
    None), then rows whose numbers are as many as the arms; a table ends at the first row that breaks the pattern."""
    out, i = [], 0
    while i < len(cells):
        arms, j = header(cells, i, arm_of)
        if len(arms) < 2:
            i += 1
            continue
        rows = []
        while (row := table_row(cells, j, len(arms), arm_of)) is not None:
            rows.append(row[0])
            j = row[1]
        if rows:
            out.append(CellTable(tuple(arms), tuple(rows)))
        i = max(j, i + 1)
    return out


def header(cells: list[str], i: int, arm_of) -> tuple[list[TableArm], int]:
    """The arms named from cell ``i`` on (each with the size in the cell after it, if any) and the cell after them."""
    arms, j = [], i
    while j < len(cells) and (label := arm_of(j)) is not None:
        size = SIZE_CELL.fullmatch(cells[j + 1].strip()) if j + 1 < len(cells) else None
        arms.append(TableArm(label, int(size.group("n")) if size else None, j))
        j += 2 if size else 1
    return arms, j


def table_row(cells: list[str], j: int, width: int, arm_of) -> tuple[TableRow, int] | None:
    """The row from cell ``j``: a label of up to four cells, then ``width`` numbers (each perhaps with its p-value
    cell); None where the cells there make no such row."""
    label, k = [], j
    while k < len(cells) and len(label) < LABEL_CELLS and is_label(cells[k]) and arm_of(k) is None:
        label.append(cells[k].strip())
        k += 1
    if not label:
        return None
    values = []
    while k < len(cells) and len(values) < width and (m := VALUE_CELL.fullmatch(cells[k].strip())):
        values.append((exact(m.group("v")), k))
        k += 1
        if k < len(cells) and P_CELL.fullmatch(cells[k].strip()):
            k += 1
    if len(values) != width:
        return None
    return TableRow(" ".join(label), j, tuple(values)), k


def is_label(cell: str) -> bool:
    """Can the cell be a line of a row's label: short, no number or p-value cell, no sentence's end?"""
    cell = cell.strip()
    return 0 < len(cell) <= LABEL_LENGTH and not VALUE_CELL.fullmatch(cell) and not P_CELL.fullmatch(cell) \
        and not SIZE_CELL.fullmatch(cell) and not cell.endswith((".", ":"))
