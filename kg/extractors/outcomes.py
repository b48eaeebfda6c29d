"""Outcomes: measure, role, per-arm numbers, timepoint, change, significance, effect.

A sentence that names no measure continues the one named last for the same
trial ("The difference was not statistically significant").

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nThe trial (NCT01234567) had a primary endpoint of the ALSFRS-R at week 24. Scores fell from 40.6 to 37.6 (p=0.21).", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in OutcomeExtractor().extract(doc) if f.predicate not in ('hasOutcome', 'measure'))
[('baseline', '40.6'), ('direction', 'decreased'), ('outcomeRole', 'primary'), ('pValue', '0.21'), ('significant', 'False'), ('timepoint', 'P24W'), ('value', '37.6')]
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.extractors.base import BaseExtractor
from kg.extractors.context import entity_of
from kg.extractors.util import WORD_MAX, fact, is_hedged, mask_quotes, number
from kg.model import Entity, Mention
from kg.text import prefilter as rx
from kg.text.durations import find_durations
from kg.text.numbers import DECIMAL, NUMBER, exact, tidy

ROLE = rx.compile(r"\b(?P<role>primary|main|secondary|exploratory|key secondary)\s+(?:efficacy\s+)?(?:goal|objective|endpoint|outcome|aim|measure|question|end point)s?\b", re.I)
SAFETY = rx.compile(r"\bsafety(?:\s+and\s+tolerability)?|\btolerability\b", re.I)
NOT_SIG = rx.compile(r"\b(?:not\s+(?:statistically\s+)?significant(?:ly)?|did not reach (?:statistical )?significance|"
                     r"failed to (?:reach|show|meet|achieve|demonstrate)|missed|no (?:statistically )?significant|"
                     r"did not (?:separate|differ)|was not met|not met)\b", re.I)
SIG = rx.compile(r"\b(?:statistically significant(?:ly)?|significantly)\b", re.I)
P_VALUE = rx.compile(r"\bp\s*(?P<op>[=<>≤])\s*(?P<p>0?\.\d{1,12})(?!\d)", re.I)
FROM_TO = rx.compile(rf"\bfrom\s+(?P<b>[-−]?{DECIMAL})\s+(?:points?\s+)?(?:[^.;]{{0,60}}?)\bto\s+(?P<v>[-−]?{DECIMAL})", re.I)
VS = rx.compile(rf"\(\s*(?P<v>[-−]?{DECIMAL})\s*(?:points?\s*)?(?:vs\.?|versus)\s*(?P<b>[-−]?{DECIMAL})", re.I)
# (blanks after "a" and before the number are taken whole: re would otherwise try every split of a long run)
CHANGE = rx.compile(rf"\b(?:a\s++)?(?:mean|average)?\s*+(?P<n>{NUMBER})\s+points?\s+(?P<dir>lower|higher|less|more)", re.I)
ARM_CHANGE = rx.compile(rf"\b(?P<verb>lost|declined by|fell by|dropped by|decreased by|worsened by|gained|improved by|rose by|increased by|compared with)\s+(?:an average of\s+|a mean of\s+|about\s+)?(?P<n>{DECIMAL})\s+points?", re.I)
_WORD = rf"[\w-]{{1,{WORD_MAX}}}"
ARM_CUE = rx.compile(rf"\b(?:(?:people|those|patients|participants)\s+(?:on|given|receiving|taking)\s+(?P<on>[\w-]+)|in the (?P<group>{_WORD}(?:[ -]{_WORD})?)[- ]group|(?P<grp2>{_WORD})[- ]group)", re.I)
IN_GROUP = rx.compile(rf"\bin the (?P<g>{_WORD}(?:[ -]{_WORD})?)[- ]group\b", re.I)
SIGNED_ARM = rx.compile(rf"(?P<n>[-−+]?{DECIMAL})\s+points?\s+(?:for|in|with|among)\s+(?:the\s+|those on\s+|patients on\s+)?(?P<arm>[\w-]+)(?:[ -](?:group|arm))?", re.I)
CI = rx.compile(rf"\b95%\s*(?:CI|confidence interval),?\s*(?P<lo>[-−]?{DECIMAL})\s*(?:to|-|–|,)\s*(?P<hi>[-−]?{DECIMAL})", re.I)
DIFFERENCE = rx.compile(rf"\b(?:mean\s+)?difference(?:\s+of|,|:)?\s+(?P<n>[-−]?{DECIMAL})", re.I)
EFFECT = rx.compile(rf"\b(?P<n>{DECIMAL})[- ]point\s+(?:gap|difference)|\bdifference of\s+(?P<n2>{DECIMAL})\s+points", re.I)
DIRECTION = {"decreased": rx.compile(r"\b(?:lower|fell|declined|decreased|dropped|worsened|lost|reduc)", re.I),
             "increased": rx.compile(r"\b(?:higher|rose|increased|improved|gained|slowed)", re.I)}
PUBLICATION = rx.compile(r"\b(?:titled|entitled|published)\b", re.I)
TIMEPOINT_BEFORE = rx.compile(r"\b(?:at|to|by|through|within|after|over|during|in)\b(?:\s+the)?(?:\s+(?:first|last|initial))?\s*$", re.I)
PER = rx.compile(r"per\s*$")
BEFORE = 80            # the characters before a duration in which TIMEPOINT_BEFORE and PER are looked for
SAME_PERIOD = rx.compile(r"\b(?:same|that)\s+(?:period|time|window|timepoint)\b", re.I)
CONTINUES = (NOT_SIG, SIG, ARM_CHANGE, EFFECT, FROM_TO, VS, P_VALUE, CHANGE, SIGNED_ARM)
NEGATIVE_VERBS = ("lost", "declined", "fell", "dropped", "decreased", "worsened")


class OutcomeExtractor(BaseExtractor):
    name = "outcomes"
    version = "1.0"

    def facts(self, ctx):
        current: dict[str, tuple] = {}          # trial key -> (measure mention, timepoint)
        pending: dict[str, re.Match] = {}       # trial key -> a role stated before its measure is named
        emitted = set()
        for i, s in enumerate(ctx.sentences):
            if not ctx.trials:
                return
            trial = ctx.trial_entity(i)
            # researchers' quoted words count here ("The difference was not significant"); titles do not
            text = mask_quotes(s.text) if PUBLICATION.search(s.text) else s.text
            if is_hedged(text) and not ROLE.search(text):
                continue
            measures = self.measures(ctx, i, text)
            durations = [d for d in find_durations(text) if not PER.search(text, max(0, d.start - BEFORE), d.start)]
            timepoint = next((d.iso for d in durations if TIMEPOINT_BEFORE.search(text, max(0, d.start - BEFORE), d.start)), None)
            role_only = ROLE.search(text) if not measures else None
            if role_only:
                pending[trial.key] = role_only
            carried = None
            if measures:
                # "HARBOR met its primary endpoint. The change in X ..." : the role carries to the next measure
                carried = pending.pop(trial.key) if trial.key in pending and not ROLE.search(text) else None
                if timepoint is None and SAME_PERIOD.search(text) and trial.key in current:
                    timepoint = current[trial.key][1]
                current[trial.key] = (measures[0], timepoint)
            elif trial.key in current and any(p.search(text) for p in CONTINUES):
                measure, old_tp = current[trial.key]
                measures, timepoint = [measure], timepoint or old_tp
            else:
                continue
            for k, m in enumerate(measures):
                yield from self.outcome_facts(ctx, i, trial, text, m, timepoint, len(measures), emitted,
                                              carried if measures and k == 0 else None)

    def measures(self, ctx, i, text):
        found = [m for m in ctx.mentions[i] if m.kind == "measure"
                 or (m.kind == "term" and re.search(r"(?:scale|score|assessment|test|index|questionnaire|survival|function)", m.label, re.I))]
        if not found and ROLE.search(text):
            hit = SAFETY.search(text)
            if hit:
                label = "safety and tolerability" if "toler" in hit.group().lower() or "and" in hit.group() else hit.group().lower()
                start = ctx.sentences[i].start + hit.start()
                found = [Mention(hit.group(), start, start + len(hit.group()), "measure", label)]
        seen, out = set(), []
        for m in found:
            if m.label not in seen:
                seen.add(m.label)
                out.append(m)
        return out

    def outcome_facts(self, ctx, i, trial, text, m, timepoint, n_measures, emitted, carried=None):
        ev = ctx.evidence(i, extractor=self, confidence=0.7)
        arm_changes = list(self.arm_changes(ctx, i, text)) if n_measures == 1 else []
        role = ROLE.search(text)
        base = {}
        if carried is not None:
            r = carried.group("role").lower()
            base["outcomeRole"] = "primary" if r in ("primary", "main") else "secondary" if "secondary" in r else r
        elif role and (n_measures == 1 or nearest(text, role.start(), ctx, i) == m.label):
            r = role.group("role").lower()
            base["outcomeRole"] = "primary" if r in ("primary", "main") else "secondary" if "secondary" in r else r
        if timepoint:
            base["timepoint"] = timepoint
        arm = None if arm_changes else self.arm_of(ctx, i, text)   # with per-arm numbers, the rest is overall
        numbers = {}
        if n_measures == 1 and not arm_changes:
            numbers = self.values(text)
        sig = self.significance(text)
        if sig and (n_measures == 1 or nearest(text, sig[2], ctx, i) == m.label):
            numbers["significant"] = sig[0]
            if sig[1] is not None:
                numbers["pValue"] = sig[1]
        eff = EFFECT.search(text)
        diff = DIFFERENCE.search(text)
        if eff:
            numbers["effectMeasure"], numbers["effect"] = "mean difference", exact(eff.group("n") or eff.group("n2"))
        elif diff:
            numbers["effectMeasure"], numbers["effect"] = "mean difference", signed(diff.group("n"))
        ci = CI.search(text)
        if ci and "effect" in numbers:
            numbers["ciLow"], numbers["ciHigh"] = signed(ci.group("lo")), signed(ci.group("hi"))
        yield from self.emit(ctx, trial, m, arm, {**base, **numbers}, ev, emitted)
        for arm_label, change in arm_changes:
            yield from self.emit(ctx, trial, m, arm_label, {"timepoint": timepoint, "change": change}, ev, emitted)

    def emit(self, ctx, trial, m, arm, values, ev, emitted):
        local = f"{m.label}|{arm or ''}"
        outcome = Entity("Outcome", m.label + (f" ({arm})" if arm else ""), scope=trial.key, local=local)
        if (trial.key, local) not in emitted:
            emitted.add((trial.key, local))
            yield fact(trial, "hasOutcome", outcome, ev)
            yield fact(outcome, "measure", entity_of(m, "OutcomeMeasure"), ev)
            if arm:
                yield fact(outcome, "arm", Entity("Arm", arm, scope=trial.key), ev)
        for pred, value in values.items():
            if value is not None and (trial.key, local, pred) not in emitted:
                emitted.add((trial.key, local, pred))
                yield fact(outcome, pred, value, ev)

    def values(self, text):
        out = {}
        m = FROM_TO.search(text) or VS.search(text)
        if m:
            b, v = exact(m.group("b")), exact(m.group("v"))
            out["baseline"], out["value"] = b, v
            out["direction"] = "increased" if v > b else "decreased" if v < b else "unchanged"
        c = CHANGE.search(text)
        if c and number(c.group("n")) is not None:
            sign = -1 if c.group("dir").lower() in ("lower", "less") else 1
            out["change"] = sign * number(c.group("n"))
            out["direction"] = "decreased" if sign < 0 else "increased"
        return out

    def significance(self, text):
        p = P_VALUE.search(text)
        pv = tidy(Decimal(p.group("p"))) if p else None
        neg = NOT_SIG.search(text)
        if neg:
            return False, pv, neg.start()
        if p:
            return (pv < 0.05 if p.group("op") in "=<≤" else False), pv, p.start()
        pos = SIG.search(text)
        if pos:
            return True, None, pos.start()
        return None

    def arm_of(self, ctx, i, text):
        m = IN_GROUP.search(text)
        if not m:
            return None
        therapy = next((t.label for t in ctx.of_kind(i, "drug", "therapy") if t.text.lower() == m.group("g").lower()), None)
        return therapy or arm_label(m.group("g"))

    def arm_changes(self, ctx, i, text):
        names = {t.label.lower(): t.label for t in ctx.of_kind(i, "drug", "therapy")}
        names.update({t.text.lower(): t.label for t in ctx.of_kind(i, "drug", "therapy")})
        signed_arms = [m for m in SIGNED_ARM.finditer(text) if is_arm_word(m.group("arm"), names)]
        if len(signed_arms) >= 2:
            # "declined by 6.0 points in A versus 9.5 points in B": an unsigned number takes the verb's sign
            falling = re.search(r"\b(?:" + "|".join(NEGATIVE_VERBS) + r")\b", text[:signed_arms[0].start()], re.I)
            for m in signed_arms:
                value = signed(m.group("n"))
                if falling and not re.match(r"[-−+]", m.group("n")):
                    value = -value
                yield names.get(m.group("arm").lower(), arm_label(m.group("arm"))), value
            return
        cues = list(ARM_CUE.finditer(text))
        for m in ARM_CHANGE.finditer(text):
            before = [c for c in cues if c.start() < m.start()] or []
            after = [c for c in cues if c.start() > m.end()]
            cue = before[-1] if before and m.group("verb").lower() != "compared with" else (after[0] if after else None)
            if cue is None:
                continue
            label = arm_label(cue.group("on") or cue.group("group") or cue.group("grp2"))
            verb = m.group("verb").lower()
            if verb == "compared with":
                first = ARM_CHANGE.search(text)
                verb = first.group("verb").lower() if first else verb
            sign = -1 if verb.split()[0] in NEGATIVE_VERBS else 1
            yield names.get(label.lower(), label), sign * exact(m.group("n"))


def signed(text: str) -> Decimal:
    """A signed decimal as the text gives it ("−1.5", "+2"), exactly."""
    return exact(text)


def is_arm_word(word: str, therapies: dict) -> bool:
    """A therapy named in the sentence, placebo or sham, or a dose/start group word."""
    w = word.lower()
    return w in therapies or w in ("placebo", "sham", "control") or bool(re.fullmatch(r"(?:low|high|mid|medium|early|delayed)[- ]?(?:dose|start)", w))


def arm_label(text: str) -> str:
    """ "low-dose" -> "low dose", "early-start" -> "early start". """
    return re.sub(r"[-\s]+", " ", text.strip()).lower() if "-" in text or " " in text else text


def nearest(text, pos, ctx, i):
    """Label of the measure mention nearest to a character position of the sentence."""
    start = ctx.sentences[i].start
    ms = [m for m in ctx.mentions[i] if m.kind in ("measure", "term")]
    return min(ms, key=lambda m: abs(m.start - start - pos)).label if ms else None
