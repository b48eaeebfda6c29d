"""The arms of a pair of bare numbers that the clause names after the pair: "The mean time to X (45 vs. 60 min; P <
0.001) was significantly shorter in the A group than in the B group", "X (52% versus 50%) did not differ for A and B,
respectively", "A reduced X (12% vs. 30%) compared to B".

Writers give the numbers in the order they then name the arms. Where a comparative says which arm's number is the
larger ("shorter in the A group") and the numbers say the other, the reading is refused: the readers return () (None
where they find no arms), so that no later reader gives the numbers to the arms in text order.

>>> text = "Time to X (45 vs. 60 min; P < 0.001) was shorter in the zeta group than in the eta group."
>>> arms = [(text.index("zeta"), text.index("zeta") + 4, "zeta"), (text.rindex("eta"), text.rindex("eta") + 3, "eta")]
>>> pair = (text.index("45"), text.index(" min"))
>>> arms_after_pair(text, pair, (45, 60), [], arms)
('zeta', 'eta')
>>> arms_after_pair(text, pair, (60, 45), [], arms)    # (shorter, yet the first number is the larger)
()
"""

from __future__ import annotations

import re

from kg.extractors.result_arms import arm_spans, arms_named_before, clause_end, labelled_pair, sole_pair
from kg.text import cues, group_names
from kg.text.comparatives import ARM_OPENING, LARGER, SET_AGAINST, SMALLER, contradicted
from kg.text.paired_items import PAIR_BRACKET

# what joins the two arms named after a pair, in the pair's order: "in the A group | as compared to the | B group", "for
# A | and | B groups, respectively", "in Group 1 | vs | Group 2", "with A | than with | B"
ARMS_JOINED = re.compile(rf"(?<!\s)\s*+(?:(?:groups?|arms?|patients)\s++)?(?:,\s*+)?(?:{cues.COMPARED_WORDS}|and)\s++{ARM_OPENING}",
                         re.I)


def arms_after_pair(text: str, pair: tuple[int, int], values: tuple, before: list[tuple[int, int, str]],
                    after: list[tuple[int, int, str]]) -> tuple[str, str] | None:
    """The two arms, in order, of the pair of numbers at ``pair`` (``values`` in order), given the arms the clause
    names before the pair and after it ((start, end, label), text order): the two named after it and joined as
    compared, or the one named before and the one set against it after; None otherwise, and () where a comparative
    between the pair and the arms says the other order."""
    labels = list(dict.fromkeys(label for *_, label in after))
    if len(after) == 2 and len(labels) == 2 and ARMS_JOINED.fullmatch(text, after[0][1], after[1][0]):
        first = after[0][0]
    elif len(after) == 1 and len({label for *_, label in before}) == 1 and before[0][2] != labels[0] \
            and SET_AGAINST.search(text, max(0, after[0][0] - 40), after[0][0]):
        labels, first = [before[0][2], labels[0]], after[0][0]
    else:
        return None
    return () if contradicted(own_words(text, pair[1], first), values) else (labels[0], labels[1])


# what joins the next item to the pair's: "| and | lower Y (", "|, | Y ("
NEXT_ITEM = re.compile(r"(?:,\s|\sand\s)")


def own_words(text: str, start: int, stop: int) -> str:
    """The words between a pair's end and the arms named after it that are the pair's own: up to the next item where
    another pair follows ("X (261 vs. 48 min) | and lower Y (8.3 vs. 51.7 mg) than B": "lower" is Y's comparative)."""
    nxt = PAIR_BRACKET.search(text, start, stop)      # (the next item's pair: "... and lower Y | (8.3 vs. 51.7 mg)")
    if nxt is None:
        return text[start:stop]
    joins = [m.start() for m in NEXT_ITEM.finditer(text, start, nxt.start())]
    return text[start:joins[0] if joins else nxt.start()]


def subject_group_pair(text: str, pair: tuple[int, int], values: tuple, before: list[str],
                       arms: tuple[str, str] | None) -> tuple[str, str] | None:
    """The arms of a pair of numbers after what the one group the clause names had more or less of ("Patients in the A
    group had fewer X (4 vs. 11)"): that group, then the other of the trial's two ``arms``; None otherwise, () where
    the comparative says the other order.

    >>> text = "Patients in the zeta group had fewer X (4 vs. 11)."
    >>> pair = (text.index("4"), text.index(")"))
    >>> subject_group_pair(text, pair, (4, 11), ["zeta"], ("zeta", "eta")), subject_group_pair(text, pair, (11, 4), ["zeta"], ("zeta", "eta"))
    (('zeta', 'eta'), ())
    """
    verb = GROUP_HAD.search(text, 0, pair[0])
    if verb is None or len(before) != 1 or arms is None or before[0] not in arms:
        return None
    between = text[max(verb.end(), text.rfind(")", 0, pair[0]) + 1):pair[0]]     # (since the item before: "had
    #                                       a longer X (230 vs 52 min) and | lower Y (")
    if bool(LARGER.search(between)) == bool(SMALLER.search(between)):
        return None                         # (no comparative, or both: which arm is which is not said)
    return () if contradicted(between, values) else (before[0], arms[1] if arms[0] == before[0] else arms[0])


# a group as the subject of what it had more or less of: "the A | group had |"
GROUP_HAD = re.compile(r"\b(?:group|arm)\s(?:had|showed|experienced|required|needed)\s")


def pair_arms(ctx, i: int, text: str, start: int, end: int, values: tuple) -> tuple[str, str] | None:
    """:func:`arms_after_pair` for the pair at ``[start, end)`` of sentence ``i``: the arms are its therapies, controls
    and groups named by a name of their own ("Group B"), in the clause of the pair; else :func:`subject_group_pair`
    with the document's two arms."""
    opened = text.rfind("(", 0, start) > text.rfind(")", 0, start)
    close = text.find(")", end) if opened else end          # (the pair's own bracket holds no clause break)
    stop = clause_end(text, close + 1 if close >= 0 else end)
    after = arm_spans(ctx, i, text, end, stop)
    after += [g for g in group_names.named_groups(text[:stop]) if g[0] >= end and not any(a <= g[0] < b for a, b, _ in after)]
    named = arms_named_before(ctx, i, text, start)
    found = arms_after_pair(text, (start, end), values, [(0, 0, label) for label in named], sorted(after))
    if found is None and not after:
        return subject_group_pair(text, (start, end), values, named, sole_pair(ctx) or labelled_pair(ctx))
    return found
