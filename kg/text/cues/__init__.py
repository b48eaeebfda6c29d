"""The cue vocabulary of the extractors: every word list that decides a reading is defined here, once.

Each cue is a named, commented pattern. Extractors and rules import these names from ``kg.text.cues``; a list
that two modules need lives here and nowhere else (a test on the tree finds repeated pattern tables). The cues
live in one module an area, and this package holds them all under one name:

- :mod:`~kg.text.cues.policy`: hedging, quotations, clause breaks (the one policy the engine applies);
- :mod:`~kg.text.cues.therapies`, :mod:`~kg.text.cues.organizations`, :mod:`~kg.text.cues.venues`;
- :mod:`~kg.text.cues.trials`, :mod:`~kg.text.cues.population` (arms, ages, dosing);
- :mod:`~kg.text.cues.outcomes` (measures), :mod:`~kg.text.cues.adverse`, :mod:`~kg.text.cues.biomarkers`.

A new cue goes into its area's module; a name two areas share lives in the earlier one.

>>> bool(HEDGE.search("A larger study should follow.")), bool(HEDGE.search("The study met its goal."))
(True, False)
>>> QUOTED.search('He said "this is a long quotation" today').span()
(8, 34)
"""

from __future__ import annotations

from kg.text.cues.policy import *  # noqa: F401,F403
from kg.text.cues.organizations import *  # noqa: F401,F403
from kg.text.cues.therapies import *  # noqa: F401,F403
from kg.text.cues.venues import *  # noqa: F401,F403
from kg.text.cues.trials import *  # noqa: F401,F403
from kg.text.cues.population import *  # noqa: F401,F403
from kg.text.cues.outcomes import *  # noqa: F401,F403
from kg.text.cues.adverse import *  # noqa: F401,F403
from kg.text.cues.biomarkers import *  # noqa: F401,F403
