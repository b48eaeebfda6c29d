"""Estimates given one per active arm against a shared control, "respectively": "XY 20 mg and 10 mg improved X
versus placebo (mean differences 41 mL [p=0.0061] and 27 mL [p=0.021], respectively)". Each estimate is its dose arm's
difference from the control, an outcome of that arm (:func:`kg.text.respective_estimates.listed_estimates` reads the
numbers; the arms are those the sentence names before them, the control and what they are set against left out).
"""

from __future__ import annotations

from kg.extractors.result_arms import arm_spans, document_controls, dose_arms, modified_arms
from kg.text import comparisons as C
from kg.text import effects as E
from kg.text.respective_estimates import estimates_with_arms, listed_estimates



def estimates_per_arm(ctx, i: int, text: str, effects: list, owner) -> tuple[list, dict[int, str]]:
    """``effects`` with the estimates each armless one lists after it, and {start of an estimate: its arm's label}
    where the sentence names as many active arms before the list as it has estimates; else ``effects`` and {}.
    ``owner(offset)``: the measure an estimate at that offset is of; two lists of one measure are none (a measure
    not read between them)."""
    if "respectively" not in text:
        return estimates_named_with_arms(ctx, i, text, effects)
    out, arms, lists = list(effects), {}, []
    for first in effects:
        listed = listed_estimates(text, first) if first.arm is None else []
        if not listed:
            continue
        # (an estimate of the list that was read already stays as read)
        known = [next((x for x in effects if x.start <= e.start < x.end), e) for e in listed]
        active = active_arms(ctx, i, text, first.start)
        if len(active) == len(listed) + 1 and not any(x.arm for x in known):
            lists.append(([first, *known], [e for e, x in zip(listed, known) if x is e], active))
    owners = [owner(items[0].start) for items, _, _ in lists]
    for (items, added, active), measure in zip(lists, owners):
        if owners.count(measure) == 1:
            out += added
            arms.update({e.start: label for e, label in zip(items, active)})
    return sorted(out, key=lambda e: e.start), arms


def estimates_named_with_arms(ctx, i: int, text: str, effects: list) -> tuple[list, dict[int, str]]:
    """``effects`` with the estimates listed after an armless one, each naming its arm after it ("0.81 (CI ...) with
    XY-1, 1.08 (CI ...) with AB-2"), and {start of an estimate: its arm's label}; else ``effects`` and {}."""
    for first in effects:
        listed = estimates_with_arms(text, first) if first.arm is None and (" with " in text or " for " in text) else []
        labels = [next((label for *_, label in arm_spans(ctx, i, text, a, b)), None) for _, a, b in listed]
        if listed and len(set(labels)) < len(labels):       # (doses of one therapy: "... with XY-123 10 mg and 0.57
            labels = [next((label for x, _, label in dose_arms(ctx, text[:b], arm_spans(ctx, i, text, a, b)) if x >= a),
                           None) for _, a, b in listed]     # (...) with XY-123 20 mg": each its dose's arm)
        if listed and all(labels) and len(set(labels)) == len(labels):
            known = {(e.start, e.end) for e in effects}
            added = [e for e, _, _ in listed[1:] if not any(a <= e.start < b for a, b in known)]
            return sorted([e for e in effects if not any(x.start <= e.start < x.end for x in added)] + added,
                          key=lambda e: e.start), {e.start: label for (e, _, _), label in zip(listed, labels)}
    return effects, {}


def active_arms(ctx, i: int, text: str, at: int) -> list[str]:
    """The labels of the arms the sentence names before ``at`` that are no control and not what the others are set
    against, in order, each once; [] where one repeats."""
    spans = modified_arms(ctx, text[:at], dose_arms(ctx, text[:at], arm_spans(ctx, i, text, 0, at)))
    controls = document_controls(ctx) | E.CONTROL_ARMS
    labels = [label for a, _, label in spans if label.lower() not in controls and not C.ARM_WORDS.fullmatch(label)
              and not C.AGAINST_BEFORE.search(text, max(0, a - 24), a)]
    return labels if len(set(labels)) == len(labels) else []


def arm_p_values(effects: list, arms: dict[int, str], p_values: list) -> list[tuple]:
    """(estimate, p-value) for each estimate :func:`estimates_per_arm` gave an arm whose item holds one p-value: from
    the estimate to the next one's start, the last one's to its item's end."""
    given = sorted((e for e in effects if e.start in arms), key=lambda e: e.start)
    out = []
    for e, after in zip(given, [*given[1:], None]):
        end = after.start if after else e.end
        own = [p for p in p_values if e.start <= p.start < end]
        if len(own) == 1:
            out.append((e, own[0]))
    return out
