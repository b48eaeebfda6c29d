"""Groups named by what they were treated with, each with its size: "XY-123-treated patients (n=33)".

A result sentence often names the arms it compares by their treatment and gives each one's size where it names
it ("XY-123-treated patients (n=33) ... compared with placebo-treated patients (n=31)"). Two or more such groups,
each a therapy the sentence names or a control, are the arms.

>>> t = "XY-123-treated patients (n=33) improved more than placebo-treated patients (n=31)."
>>> [(a.label, a.n) for a in treated_sizes(t, (Name(0, 6, "XY-123"),))]
[('XY-123', 33), ('placebo', 31)]
"""

from __future__ import annotations

import re
from typing import Sequence

from kg.text.arm_parts import PLACEBO, Arm, Name
from kg.text.cues.population import PEOPLE

# "<therapy>-treated <people> (n=N)", "<control>-exposed <people> (N = N)"
TREATED_SIZED = re.compile(rf"(?<![\w-])(?P<name>[\w-]{{2,40}}?)-(?:treated|exposed)\s(?:{PEOPLE})\s?"
                           r"\(\s?[nN]\s?=\s?(?P<n>\d{1,6})\s?\)")


def treated_sizes(text: str, names: Sequence[Name]) -> list[Arm]:
    """The arms a sentence names by their treatment, each with its size; [] unless there are two or more, each a
    therapy of ``names`` or a control."""
    if "-treated" not in text and "-exposed" not in text:
        return []
    arms = []
    for m in TREATED_SIZED.finditer(text):
        drug = next((x for x in names if x.start == m.start("name") and x.end == m.end("name")), None)
        if drug is None and not PLACEBO.fullmatch(m.group("name")):
            return []
        label = drug.label if drug else m.group("name").lower()
        arms.append(Arm(label, int(m.group("n")), (drug.label,) if drug else (), m.start(), m.end()))
    return arms if len(arms) >= 2 and len({a.label.lower() for a in arms}) == len(arms) else []
