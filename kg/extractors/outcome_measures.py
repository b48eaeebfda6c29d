"""The measures a result sentence speaks of, named there or again from an earlier sentence, their roles and
timepoints, and whether a measure is named as where patients started.

>>> at_baseline("The mean baseline ZRS was 8.2 in A", (18, 21))
True
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extractors.outcome_arms import AIM_BEFORE, JOINED_TO_ROLE
from kg.extractors.outcome_roles import listed_run, role_name
from kg.model import Mention
from kg.text import comparisons as C, cues, effects as E, prefilter as rx, results as R
from kg.text.durations import find_durations, to_iso
from kg.text.measure_list import TARGETED, in_baseline, is_criterion, is_short_form
from kg.text.endpoint_shapes import efficacy_against
from kg.text.measure_shapes import AGREEMENT_AFTER, FILLER_WORDS, written
from kg.text.measures import CRITERIA_AFTER, PARTS_BRACKET, defined_inside
from kg.text.measure_phrases import ITEM_SPLIT
from kg.text.numbers import parse_number


def named_again(ctx, i: int, text: str, named: list) -> Mention | None:
    """The measure an earlier sentence named in words no list knows ("The primary outcome was zeta relapse"), named
    again here ("Zeta relapse occurred in 5% of ..."): its first whole-word occurrence, if the sentence gives a number."""
    if not any(map(str.isdigit, text)):
        return None
    lowered = text.lower()
    for _, m in named:
        if m.source != "measures" or m.label != written(m.text, first_word=False):
            continue
        event = OCCURRENCE_OF.match(m.text)
        for name in dict.fromkeys((m.text, TIME_TAIL.sub("", m.text))):   # (again without its time: "X within 30 days")
            at = lowered.find(name.lower()) if " " in name else -1
            if at < 0 and event is not None:   # "The primary outcome was the incidence of X. | X was present in 12 ..."
                at = lowered.find(event.group("x").lower())
                if at >= 0 and not OCCURRED_AFTER.match(text, at + len(event.group("x"))):
                    at = -1
                name = event.group("x") if at >= 0 else name
            if at >= 0 and (at == 0 or not text[at - 1].isalnum()) and not text[at + len(name):at + len(name) + 1].isalnum():
                start = ctx.sentences[i].start + at
                return Mention(text[at:at + len(name)], start, start + len(name), "measure", m.label, (), "measures")
        if (state := state_named(text, m.text)) is not None:
            start = ctx.sentences[i].start + state.start("adj")
            end = start + len(state.group("adj"))
            return Mention(state.group("adj"), start, end, "measure", m.label, (), "measures")
    return None


# the state of being what a measure's last noun names, said of people: "(continuous) abstinence" -> "were | abstinent",
# "adherence" -> "remained | adherent" (a noun in -ence or -ance and its adjective in -ent or -ant)
# (or in -ency or -ancy: "pregnancy (rate)" -> "became | pregnant"; a rate of the state is the state's)
STATE_NOUN = re.compile(r"(?P<stem>[a-z]{4,20}(?:en|an))c[ey](?:\srates?)?$")


def state_named(text: str, measure: str) -> re.Match | None:
    """Where ``text`` says people were in the state the measure's last noun names (:data:`STATE_NOUN`).

    >>> state_named("In the A group, 25% were abstinent during weeks 5-10.", "continuous abstinence").group("adj")
    'abstinent'
    >>> state_named("39 women (41.5%) became pregnant.", "pregnancy rate").group("adj")
    'pregnant'
    >>> state_named("25% were abstinent.", "abstinence score") is None
    True
    """
    adjective = state_adjective(measure)
    if adjective is None:
        return None
    return re.search(rf"\b(?:were|was|remained|stayed|became)\s(?:(?:continuously|still|fully)\s)?"
                     rf"(?P<adj>{adjective})\b", text, re.I)


def state_adjective(measure: str) -> str | None:
    """The adjective of the state a measure's last noun names (:data:`STATE_NOUN`), else None.

    >>> state_adjective("continuous abstinence"), state_adjective("pregnancy rate"), state_adjective("zeta score")
    ('abstinent', 'pregnant', None)
    """
    noun = STATE_NOUN.search(measure.lower())
    return noun.group("stem") + "t" if noun else None


def named_here(ctx, i: int, text: str, measures: list[Mention], named: list) -> list[Mention]:
    """The sentence's measures with each one an earlier sentence named and this one names again in the same words, or
    by the short form the text defined for it ("Other outcomes included the Zeta Global Impression (ZGI). ... ZGI
    (54% vs 21%)"), in text order; only in a sentence that gives numbers."""
    measures = as_named(measures, named)
    if not named or not any(map(str.isdigit, text)):
        return measures
    base, have = ctx.sentences[i].start, {m.label for m in measures}
    taken = [(m.start, m.end) for m in measures]
    out, first = list(measures), {}
    hidden = defined_spans(text)                # (one named again inside another's definition is a part of it:
    #                                             "zeta calm, defined as ZS scores of 0 or 1, in 40% ...")
    for _, m in named:                          # (each measure once, as first named: a long report names it often)
        first.setdefault(m.label, m)
    for m in first.values():
        if m.label in have or m.start >= base:
            continue
        hit = next((t for t in ctx.of_kind(i, "term") if t.label.lower() in (m.text.lower(), m.label.lower())), None)
        for name in dict.fromkeys((m.text, m.label)):   # (as first written, or by its label: "change in | X")
            if hit is None and (" " in name or is_short_form(name)):
                found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, 0 if is_short_form(name) else re.I)
                hit = found and Mention(found.group(), base + found.start(), base + found.end(), "measure", m.label)
        inner = [x for x in out if hit and hit.start <= x.start and x.end <= hit.end and x.end - x.start < hit.end - hit.start
                 and x.label not in first]
        if inner:                               # ("pre-zeta FEV1" named before, then "... increased pre-zeta FEV1": not
            out = [x for x in out if x not in inner]    # the "FEV1" inside it, unless named before too)
            taken = [(x.start, x.end) for x in out]
        if hit and not any(a < hit.end and hit.start < b for a, b in taken) \
                and not is_criterion(text, hit.start - base, hit.end - base, True) \
                and not any(a <= hit.start - base < b for a, b in hidden):    # (not "in those with a ZPS of 50%")
            out.append(Mention(hit.text, hit.start, hit.end, "measure", m.label, (), "measures"))
            taken.append((hit.start, hit.end))
            have.add(m.label)
    return sorted(out, key=lambda m: m.start)


def as_named(measures: list[Mention], named: list) -> list[Mention]:
    """The measures, each one an earlier sentence named in the singular or plural under that earlier label ("zeta
    rate" named, "zeta rates" now).

    >>> m = Mention("zeta rates", 50, 60, "measure", "zeta rates")
    >>> [x.label for x in as_named([m], [(0, Mention("zeta rate", 0, 9, "measure", "zeta rate"))])]
    ['zeta rate']
    """
    if not named:
        return measures
    earlier = {m.label: m.label for _, m in named}
    for label in list(earlier):
        earlier.setdefault(label[:-1] if label.endswith("s") else label + "s", label)
    events = {key: label for label in dict.fromkeys(m.label for _, m in named) if (key := composite_key(label))}
    return [replace(m, label=earlier.get(m.label) or events.get(composite_key(m.label), m.label)) for m in measures]


# the words of a composite's name that are no event of it: "| composite of | A, B or C", "death | from any cause"
COMPOSITE_WORDS = re.compile(r"^(?:(?:the\s)?(?:primary\s|secondary\s)?composite\s(?:end\s?point\s|outcome\s)?of\s)|"
                             r"\s(?:from|of)\sany\scause\b", re.I)


def composite_key(label: str) -> tuple[str, ...] | None:
    """The events a composite measure joins, as its name gives them (no "composite of", no "from any cause"), for
    telling the same composite named twice ("a composite of death from any cause, A or B" and "Death, A or B"); None
    for a name that joins fewer than three events.

    >>> composite_key("composite of death from any cause, zeta stroke, or zeta attack") == composite_key(
    ...     "Death, zeta stroke, or zeta attack")
    True
    """
    items = [item.strip().lower() for item in ITEM_SPLIT.split(COMPOSITE_WORDS.sub("", label))]
    return tuple(items) if len(items) >= 3 and all(items) else None


# a measure that counts an event ("the incidence of | X"), and the words that say the event happened ("X | was present in")
OCCURRENCE_OF = re.compile(r"(?:incidence|occurrence|prevalence|rate|frequency)\sof\s(?P<x>\S.{1,60})$", re.I)
OCCURRED_AFTER = re.compile(r"\s(?:(?:was|were)\s(?:present|observed|seen|diagnosed|detected|reported|noted|found)|occurred|developed)"
                            r"\s(?:in|among)\s")
# the time a role's measure is taken over, at the end of its name: "zeta infection | within 40 days after surgery"
TIME_TAIL = re.compile(r"\s(?:within|at|by|over|after|through)\s(?:day|week|month|year|\d|the\s(?:first|last)\b)[^()]*$")


# a verb between a role phrase and the safety words after it that says the safety was shown, not defined as the role's
SAFETY_SHOWN_BETWEEN = re.compile(r"\b(?:showed|shows|demonstrated|demonstrates|had|has|with)\b")


# safety alone as a role's measure, to the clause's end or the next role: "primary endpoints are | safety and
# tolerability|; secondary ..."
SAFETY_ALONE = re.compile(r"\s?(?:the\s)?(?:safety(?:\sand\stolerability)?|tolerability)(?=\s?(?:[;.]|$|,?\s(?:and|while|"
                          r"whereas)\s(?:the\s|its\s)?(?:key\s)?(?:secondary|exploratory)\b))", re.I)


# safety as the last item a role phrase lists, after a comma or "and": "secondary endpoints were A, B(,) and | safety (and
# tolerability)|"; the clause ends after it or another item follows ("..., safety and zeta burden")
SAFETY_LISTED = re.compile(r"(?:,\s(?:and\s)?|(?<!safety)\sand\s)(?:the\s)?(?P<w>safety(?:\sand\stolerability)?|tolerability)"
                           r"(?=\s?(?:[;.]|$)|,?\sand\s(?!tolerability))", re.I)
# or as its first item, others after it: "secondary endpoints included | safety and tolerability|, A and B"
SAFETY_FIRST = re.compile(r"\s?(?:the\s)?(?P<w>safety(?:\sand\stolerability)?|tolerability),\s(?!and\s(?:efficacy|tolerability))",
                          re.I)
# where a role's list ends: the clause's end or the next role phrase
LIST_END = re.compile(r";|\.(?!\d)")


SAFETY_LABELS = frozenset({"safety", "safety and tolerability"})


def safety_label(words: str) -> str:
    """The measure safety words name: "safety", else (tolerability named) "safety and tolerability".

    >>> safety_label("Safety"), safety_label("tolerability"), safety_label("safety and tolerability")
    ('safety', 'safety and tolerability', 'safety and tolerability')
    """
    return "safety and tolerability" if "toler" in words.lower() or "and" in words else words.lower()


def role_safety(text: str, start: int, found: list[Mention]) -> list[Mention]:
    """The safety words a role phrase lists alone as its measure, where the sentence names other measures (``start``:
    the sentence's offset; none that overlaps one of ``found``).

    >>> [m.label for m in role_safety("The primary endpoint is safety; secondary endpoints include A.", 0, [])]
    ['safety']
    """
    out = []
    for role in R.ROLE.finditer(text):
        verb = R.ROLE_LIST.match(text, role.end())
        hit = (SAFETY_ALONE.match(text, verb.end()) or (listed_safety(text, verb.end()) if role_name(role) else None)) \
            if verb else None
        if hit and not any(m.start - start < hit.end() and hit.start() < m.end - start for m in found):
            words = hit.group("w") if "w" in hit.re.groupindex else hit.group().strip()
            words = words[4:] if words.lower().startswith("the ") else words
            label = safety_label(words)
            at = start + hit.end() - len(words)
            out.append(Mention(words, at, at + len(words), "measure", label))
    return out


def listed_safety(text: str, at: int) -> re.Match | None:
    """Safety as the first or the last item of the list a role phrase's verb opens at ``at``, before the clause ends
    or another role phrase begins.

    >>> listed_safety("Secondary endpoints were A, B and safety and tolerability; C was", 24).group("w")
    'safety and tolerability'
    >>> listed_safety("Secondary endpoints were A and B; safety was good", 24) is None
    True
    >>> listed_safety("Secondary endpoints were safety, A and B.", 24).group("w")
    'safety'
    """
    end = LIST_END.search(text, at)
    end = end.start() + 1 if end else len(text)
    after = R.ROLE.search(text, at, end)
    return SAFETY_FIRST.match(text, at) or SAFETY_LISTED.search(text, at, after.start() if after else end)


# the groups said to be alike in who they were (an age, a sex or a body size among the things compared), not in a result
BASELINE_ALIKE = rx.compile(r"""(?=[Nn])\b[Nn]o\s(?:(?:statistically\s)?significant\s)?differences?\s(?:was\s|were\s)?
    (?:found\s|observed\s|seen\s)?in\s(?:[\w-]+,?\s){0,6}?(?:age|sex|gender|body\smass\sindex|BMI|race|ethnicity|height)\b
    [^.;]{0,120}?\bbetween\b""", re.X)


def sentence_measures(ctx, i: int, text: str, has_role: bool | None = None) -> list[Mention]:
    """The sentence's outcome measures in text order, one per label; a role phrase only when nothing else is named.
    ``has_role``: whether the text holds a role phrase, when the caller knows (else it is looked for)."""
    if "ifferen" in text and BASELINE_ALIKE.search(text):
        return []                       # "no differences in age, body mass index or X between the groups": the groups
        #                                 were alike at the start, no result
    start = ctx.sentences[i].start
    # (an abbreviation the text defines for a scale or index, unless it is a level patients entered with; nor a
    # measure named as the level that sets a subgroup apart: "OS was longer in patients with a ZPS of >= 50%")
    found = [m for m in ctx.mentions[i] if (m.kind == "measure" and not is_criterion(text, m.start - start, m.end - start, True)) or (
        m.kind == "term" and (SCALE_WORD.search(m.label) or SCALE_AFTER.match(text, m.end - start))
        and not AGREEMENT_AFTER.match(text, m.end - start)
        and not CRITERIA_AFTER.match(text, m.end - start)       # ("by Zeta Assessment in Oncology (ZAO) criteria")
        and not MOLECULE_AFTER.match(text, m.end - start)       # ("zeta survival factor (ZSF) protein": a molecule)
        and not VISIT.fullmatch(m.label)                        # ("at the Test of Cure (TOC) visit": when, not what)
        and not is_criterion(text, m.start - start, m.end - start) and not in_baseline(text, m.start - start))]
    named = [m for m in found if not R.ROLE_PHRASE.fullmatch(m.text)]
    found = named or found
    if found and (hidden := defined_spans(text)):   # "... survival, defined as the time to progression or death": its parts
        found = [m for m in found if not any(a <= m.start - start < b for a, b in hidden)]
    if not found and (R.ROLE.search(text) is not None if has_role is None else has_role):
        hit = R.SAFETY.search(text)
        role = R.ROLE.search(text, 0, hit.start()) if hit else None
        if role and (JOINED_TO_ROLE.fullmatch(text, role.end(), hit.start())
                     or SAFETY_SHOWN_BETWEEN.search(text, role.end(), hit.start())) \
                or (hit and any(r.start() <= hit.start() < r.end() for r in R.ROLE.finditer(text))):
            hit = None                      # "the components of the primary end point and safety were assessed": no role;
            #                                 "met its primary endpoints and showed favorable safety": a verdict on safety;
            #                                 "the primary safety outcome was X": a word of the role, X the measure
        if hit and not AIM_BEFORE.search(text, max(0, hit.start() - 60), hit.start()) \
                and text.rfind("(", 0, hit.start()) <= text.rfind(")", 0, hit.start()):   # not "(the primary safety outcome)"
            label = safety_label(hit.group())
            start = ctx.sentences[i].start + hit.start()
            found = [Mention(hit.group(), start, start + len(hit.group()), "measure", label)]
    if found and "afety" in text:       # (safety as one role's measure where another role names others: "The primary
        found = sorted(found + role_safety(text, start, found), key=lambda m: m.start)   # endpoints are safety and
        #                                       tolerability; secondary endpoints include A and B")
    # a vaccine's efficacy is named by what it is against ("VE of 55% against zeta fever", "70% effective against X")
    found = [named_by_target(m, text, start) if m.label in VACCINE_EFFICACY_NAMES else m for m in found]
    elsewhere = {m.label for m in found if not at_baseline(text, (m.start - start, m.end - start))}
    found = [m for m in found if m.label not in elsewhere or not at_baseline(text, (m.start - start, m.end - start))]
    #                                   (the measure's result, not its baseline: "from a baseline weight of 110 kg, ...
    out, seen = [], set()             # a weight loss of 20%")
    for m in found:
        # one measure once, whether by its name or its abbreviation ("Acme Rating Scale (ARS)"); a measure in
        # brackets right after another defines it ("functional independence (ARS 0 to 2)"): it is not one of its own
        if m.label in seen or m.text in seen or (out and R.OPENS.fullmatch(text, out[-1].end - start, m.start - start)):
            continue
        if out and defined_inside([replace(out[-1], start=out[-1].start - start, end=out[-1].end - start)],
                                  replace(m, start=m.start - start, end=m.end - start), text):
            continue                        # "progression (a 1-point Acme Scale increase)": a part of its definition
        seen.update((m.label, m.text))
        out.append(m)
    return out


VACCINE_EFFICACY_NAMES = frozenset({"vaccine efficacy", "vaccine effectiveness"})


def named_by_target(m: Mention, text: str, start: int) -> Mention:
    """A vaccine's efficacy named with what it is against, when the sentence says so right after it (``start``: the
    sentence's offset)."""
    target = efficacy_against(text, m.end - start)
    return replace(m, label=f"{m.label} against {target}", attrs=TARGETED) if target else m


def defined_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the sentence that define a measure named before them: a bracket's, where the definition opens
    inside one ("A (defined as ...) and B (defined as ...)"), else the rest of the sentence.

    >>> t = "The end points were zeta remission (defined as a score below 10) and beta response (defined as a drop)."
    >>> [t[a:b] for a, b in defined_spans(t)]
    ['defined as a score below 10', 'defined as a drop']
    >>> t = "Zeta survival, defined as the time to beta death, was longer."
    >>> [t[a:b] for a, b in defined_spans(t)]
    ['defined as the time to beta death, was longer.']
    """
    out, pos = [], 0
    while (hit := cues.OUTCOME_DEFINITION.search(text, pos)) is not None:
        opened = text.rfind("(", pos, hit.start())    # (from the last bracket closed: each character read once or so)
        if opened < 0 or text.rfind(")", opened, hit.start()) >= 0 or (close := text.find(")", hit.end())) < 0:
            out.append((hit.start(), len(text)))
            break
        out.append((hit.start(), close))
        pos = close + 1
    if "(" in text:                     # (and a composite's parts: "X (incorporating A, B and C)")
        out += [b.span() for b in PARTS_BRACKET.finditer(text)]
    return out


def timepoints(text: str) -> list[tuple[int, str]]:
    """(offset, ISO duration) of each duration the sentence gives as a point in time ("at week 24", "after 12 months",
    "24 weeks of XY-123 lowered ...", the end of "during weeks 5 through 10").

    >>> timepoints("25% were abstinent during weeks 5 through 10 vs 7% with placebo.")
    [(19, 'P10W')]
    >>> timepoints("XY-123 cut the median zeta recovery time by 2.5 days (3.1 vs 5.6 days), by week 2.")
    [(75, 'P2W')]
    >>> timepoints("Zeta titres decreased by day 90 to 40 units.")      # (by a day: the time they fell by)
    [(25, 'P90D')]
    """
    out = []
    for d in find_durations(text):
        before = max(0, d.start - R.BEFORE)
        if R.PER.search(text, before, d.start) or R.AGE_BEFORE.search(text, before, d.start) or R.AGE_AFTER.match(text, d.end) \
                or R.WINDOW_AFTER.match(text, d.end) or R.EXCEPT_AT.search(text, before, d.start) \
                or R.RANGE_BEFORE.search(text, max(0, d.start - 20), d.start) \
                or R.EVENT_IN_BEFORE.search(text, max(0, d.start - 20), d.start) \
                or (text[d.start:d.start + 1].isdigit() and R.CHANGED_BY_BEFORE.search(text, max(0, d.start - 90), d.start)):
            continue                        # ("16 to 40 years of age": an age; "the 3-month mean": a window; "18 to 24
            #                                 months": a range's end, as a CI's; "higher throughout except at month 2":
            #                                 the time the result does not hold; "recovered in 11 days": how long
            #                                 the event took; "cut the recovery time by 2.5 days": how much
            #                                 it changed; not times)
        hyphened = "-" in text[d.start:d.end]
        if hyphened and NAMES_A_GROUP_AFTER.match(text, d.end):
            continue                        # ("in the 4-month | arm": a group named by how long it was treated)
        if hyphened and R.DATED_MEASURE_AFTER.match(text, d.end):
            out.append((d.end + 1, d.iso))  # ("..., and 12-month | overall survival was 64%": the measure it dates)
        elif R.TIMEPOINT_BEFORE.search(text, before, d.start) or R.TIMEPOINT_AFTER.match(text, d.end) \
                or R.TREATED_FOR_AFTER.match(text, d.end):
            out.append((d.start, d.iso))
    for span in SPAN_OF_TIMES.finditer(text) if "s " in text else ():
        if iso := to_iso(parse_number(span.group("end")), span.group("unit")):
            out.append((span.start(), iso))     # ("abstinent during weeks 5 through 10": read at its end)
    for h in R.HOURS.finditer(text) if "hour" in text or "hr" in text or " h" in text else ():
        # (not "the 24-hour blood pressure": a window an average is taken over)
        dated = R.TIMEPOINT_AFTER.match(text, h.end()) or R.HOURS_AT_BEFORE.search(text, max(0, h.start() - 12), h.start())
        if dated and (iso := to_iso(parse_number(h.group("num")), "hour")):
            out.append((h.start(), iso))
    return sorted(out)


# a span of weeks (months, days) a result was read over: "abstinent during | weeks 5 through 10", "from weeks 5 to 20"
SPAN_OF_TIMES = re.compile(r"\b(?:during|from|over|in|through|between|for)\s(?:the\s)?(?P<unit>weeks|months|days)\s\d{1,3}"
                           rf"\s?{cues.SPAN_TO}\s?(?P<end>\d{{1,3}})\b", re.I)


# the head of a group's name right after a duration: "the 3-month | arm", "the 12-week | regimen"
NAMES_A_GROUP_AFTER = re.compile(r"\s(?:arm|group|regimen|cohort)s?\b", re.I)


def comparison_times(text: str, spans: list[tuple[int, int]]) -> list[str] | None:
    """Each comparison's own timepoint, where a sentence gives one measure's arms at two or more times, each comparison
    followed by its time ("0.44 in the A group vs 0.57 in the B group at 12 months and 0.33 vs 0.59 at 16 months") or
    each opened by it ("at week 4, 20% vs 9%; at week 8, 31% vs 12%"); None where any has none, or two share one.

    ``spans``: the (start, end) of each comparison, in text order.

    >>> t = "X was 0.44 in the A group vs 0.57 in the B group at 12 months and 0.33 vs 0.59 at 16 months."
    >>> comparison_times(t, [(6, 48), (66, 78)])
    ['P12M', 'P16M']
    >>> comparison_times("X was 0.44 in A vs 0.57 in B and 0.33 vs 0.59 at 16 months.", [(6, 28), (33, 45)]) is None
    True
    """
    if len(spans) < 2:
        return None
    found = timepoints(text)
    bounds = [0] + [end for _, end in spans]
    after = [[iso for pos, iso in found if end <= pos < (spans[k + 1][0] if k + 1 < len(spans) else len(text))
              and len(BRACKET.sub("", text[end:pos]).strip()) <= AFTER_REACH] for k, (_, end) in enumerate(spans)]
    before = [[iso for pos, iso in found if bounds[k] <= pos < start and start - pos <= BEFORE_REACH]
              for k, (start, _) in enumerate(spans)]
    # (each its own, after it or else before it: "X at 24 hours was 38% for A versus 27% for B and 71% versus 59% at 72
    # hours")
    for own in (after, before, [a or b for a, b in zip(after, before)]):
        if all(len(times) == 1 for times in own) and len({times[0] for times in own}) == len(own):
            return [times[0] for times in own]
    return None


# how far a comparison's own timepoint may stand after its last number ("... in the B group | at 12 months"; a bracket
# between does not count: "... in the B group (95% CI ...) | at 12 months") or before its first ("at week 4, | 20% ...")
AFTER_REACH, BEFORE_REACH = 12, 30
BRACKET = re.compile(r"\([^()]{0,80}\)")


def sentence_timepoint(text: str) -> str | None:
    """The first duration the sentence gives as a point in time."""
    found = timepoints(text)
    return found[0][1] if found else None


# the bracket right after a measure's name that gives the week, day or month it was read at, perhaps after its short
# form: "X (XX; | week 4)", "X (day 28)"
TIME_BRACKET = re.compile(r"\s?\((?:[^();]{1,20};\s?)?(?P<t>(?:week|day|month|year)\s\d{1,3})\)", re.I)


def bracket_timepoint(text: str, end: int) -> str | None:
    """The ISO duration a bracket right after a measure's name ending at ``end`` gives as its time, else None.

    >>> t = "co-primary endpoints were the zeta score (ZS; week 4) and the beta volume (BV; week 24)"
    >>> bracket_timepoint(t, t.index(" (ZS")), bracket_timepoint(t, t.index(" (BV")), bracket_timepoint(t, 5)
    ('P4W', 'P24W', None)
    """
    hit = TIME_BRACKET.match(text, end) if end else None
    found = find_durations(hit.group("t")) if hit else []
    return found[0].iso if found else None


# the words between a measure's name and the time said right after it: "X | at | week 52", "X | by | month 6"
AT_TIME = re.compile(r"\s(?:at|by|through|over|after)\s(?:the\s)?(?:end\sof\s)?", re.I)
AT_TIME_REACH = 24


def measure_timepoints(text: str, measures: list[Mention], spans: dict, timepoint: str | None) -> dict[str, str | None]:
    """Per measure label, its timepoint: with one measure, the sentence's; with several, the first duration after
    it and before the next measure ("A at week 12, B at week 24"), or the one before "the same period"."""
    bracketed = {m.label: iso for m in measures if (iso := bracket_timepoint(text, spans[m.label][1]))}
    found = timepoints(text)
    if len(measures) == 1:
        # (a time said right after the one measure is its own, though the sentence gives another first: "... with
        # respect to X at week 26 and ... with respect to Y | at week 52")
        end = spans[measures[0].label][1]
        right_after = next((iso for pos, iso in found if 0 < pos - end <= AT_TIME_REACH
                            and AT_TIME.fullmatch(text, end, pos)), None)
        return {measures[0].label: bracketed.get(measures[0].label, right_after or timepoint)}
    # "At 12 months, A was 70% and B 50%": a timepoint before every measure is each one's
    # (and a time that dates the first measure, "The 12-month X was 51% and Y 70%", unless the sentence gives other
    # times: "4-month X rate, 6-month X rate and Y")
    first = spans[measures[0].label][0]
    leading = [iso for pos, iso in found if pos < first] or \
        [iso for pos, iso in found if pos == first and len({d.iso for d in find_durations(text)}) == 1]
    out = {}
    for k, m in enumerate(measures):
        start = spans[m.label][0]
        end = spans[measures[k + 1].label][0] if k + 1 < len(measures) else len(text)
        own = [iso for pos, iso in found if start <= pos < end]
        same = R.SAME_PERIOD.search(text, start, end)
        earlier = [iso for pos, iso in found if pos < start]
        out[m.label] = own[0] if own else (earlier[-1] if same and earlier else leading[0] if leading else None)
    out.update(bracketed)
    run = listed_run(text, measures, spans)
    if len(run) == len(measures) and out[run[-1].label] and all(out[m.label] is None for m in run[:-1]):
        for m in run[:-1]:                  # "A, B and C improved at week 5": the list's timepoint is each one's
            out[m.label] = out[run[-1].label]
    return out


def continues(ctx, i: int, text: str) -> bool:
    """Does a sentence that names no measure go on about the last one? Only with result words, and no disease named
    before its numbers (an adverse event's rates are not the outcome's)."""
    digit = R.FIRST_DIGIT.search(text)
    first = ctx.sentences[i].start + (digit.start() if digit else len(text))
    if any(m.start < first for m in ctx.of_kind(i, "disease", "phenotype")):
        return False                         # "Headache occurred in 5% ...": an event's rate
    if len(E.P_VALUE.findall(text)) > 1 and R.VS.search(text):
        return False                         # "faster X (1.5 vs 2.0, p<0.001) and shorter Y (..., p=0.03)": its own
    if "%" in text and R.OWN_EVENT.search(text):
        return False                         # "45% of patients on XY-123 achieved remission": its own measure
    if (" had " in text or "ed " in text) and R.COUNTED_HAD.search(text):
        return False                         # "Five patients on XY-123 had a fall, against none ...": its own
    if cues.PATIENT_FLOW.search(text):
        return False                         # "42 completed the study, 22 in group A and 20 in group B": who, not what
    if "(" in text and COMPARED_QUANTITY.search(text):
        return False                         # "... also needed less often zeta pressure (48.6 vs 66.7%)": its own
    if any(p.search(text) for p in R.CONTINUES):
        return True
    # "Patients receiving XY-123, however, had a mean reduction of 2 points": one arm's change, the sentence opening on it
    return digit is not None and C.opening_arm(text) is not None \
        and any(len(c.numbers) == 1 for c in C.find_comparisons(text))


# a quantity a sentence compares in its own words, its pair in brackets after it: "needed less often | zeta pressure |
# (48.6 vs", "had fewer | zeta events | (3 vs" (not a time or a group: "greater at week 12 (5.1 vs 3.2)")
_NOT_QUANTITY_WORD = r"(?!(?:at|in|with|for|on|by|than|among|after|during)\b)"
COMPARED_QUANTITY = rx.compile(rf"\b{cues.COMPARATIVES}(?:\s(?:often|frequently))?\s(?!(?:the|a|an)\b){_NOT_QUANTITY_WORD}"
                               rf"[a-z][\w-]{{1,30}}(?:\s{_NOT_QUANTITY_WORD}[a-z][\w-]{{1,30}}){{0,5}}"
                               r"\s?\(\s?[-–]?\d[^()]{0,40}\s(?:vs\.?|versus)\s", re.I)


# a sentence that opens on the quantity its numbers are for: "The incidence of discontinuation due to adverse events
# was ...", "no difference between groups in the rate of relapse (...", "The mean duration of motor block was ...",
# "a decrease in zeta time from ..."
OWN_QUANTITY = rx.compile(r"""(?=[cdfinprs])\b(?:incidence|rate|proportion|percentage|number|frequency|share
    |(?:decrease|increase|reduction|rise|fall|drop|change|improvement)s?\s+in|difference(?:\s+between
    \s+(?:the\s+)?(?:two\s+)?(?:groups|arms))?\s+in\s+(?:the\s+)?(?:rate|proportion|incidence|number)|difference(?:\s+between\s+(?:the
    \s+)?(?:two\s+)?(?:groups|arms))?\s+in)\s+(?:of\s+)?+(?!(?:the\s+)?(?:patients|participants|subjects|people|those)\b)(?P<x>(?:[a-z][\w-]{1,30}\s+){0,5}?[a-z][\w-]{2,30})\s*+(?:\(|was|were|in\b|at\b|with\b|from\b)""",
                           re.I | re.X)
OPENING_SUBJECT = re.compile(r"^\s{0,3}(?:[Tt]he\s+)?(?:(?i:mean|median|average|total|overall)\s+)?"
                             r"(?P<x>(?:[a-z]|[A-Z](?=[a-z]{2,30}[\s-]))[\w-]{1,30}(?:\s[a-z][\w-]{1,30}){0,5}?)\s+"
                             # (with the span it was measured over: "... from baseline to week 10 was", "... at week 8 was")
                             r"(?:(?:from\s+baseline\s+)?(?:to|at|by|after|through)\s+(?:weeks?\s+|months?\s+|days?\s+)?\d{1,3}"
                             r"(?:\s+(?:weeks|months|days|years))?\s+)?"
                             # (or a verb of change: "Zeta quality improved more with A than B")
                             r"(?:(?:significantly|also|further|markedly)\s+)?(?:was|were|occurred|improved|worsened|increased"
                             r"|decreased|declined|fell|rose|differed)\b")
# a quantity a sentence without numbers compares by itself: "reflected by significantly worse | zeta scores |, more
# days ..." (not an adverb's comparison: "more with A", "more often", "more likely", "better than")
COMPARED_NOUN = rx.compile(r"""(?=[s])\bsignificantly\s+(?:more|less|fewer|greater|higher|lower|worse|better|longer|shorter)\s+
    (?!(?:with|in|than|for|at|on|to|of|by|from|after|during|among|the|an?|often|frequently|likely|common|commonly|
    rapidly|quickly|slowly)\b)(?P<x>(?:[a-z][\w-]{1,30}\s+){0,3}?[a-z][\w-]{2,30})(?=\s*+(?:[,.;]|and\b|than\b|$))""",
                           re.X)
# (and the words of how an estimate was made: "The least squares mean difference was ...": the difference)
QUANTITY_FILLER = FILLER_WORDS | frozenset("due who mean median average total overall all both each these those such least "
                                           "squares ls adjusted estimated means medians".split())
# an opening subject that points back at the measure just named: "The difference (between the groups) was ...",
# "Scores were ..."
# people as a sentence's subject: "Patients improved more with A than B" (said of the measure before)
WHO = re.compile(rf"{cues.PEOPLE}|they")
POINTERS = frozenset("""difference differences change changes score scores result results effect effects benefit reduction
    improvement increase decrease rate rates value values level levels it this p p-value p-values hazard odds ratio
    estimate interval""".split())


def opens_on_therapy(ctx, i: int) -> bool:
    """Does sentence ``i`` open on a therapy's name ("Nifedipine was superior ...")?"""
    s = ctx.sentences[i]
    lead = len(s.text) - len(s.text.lstrip())
    return any(m.start - s.start <= lead + 4 for m in ctx.of_kind(i, "drug", "therapy"))


def names_another_quantity(text: str, label: str, therapy_first: bool = False) -> bool:
    """Does a sentence without a known measure name its own quantity, one with a word that ``label`` (the measure the
    sentence before spoke of) lacks? Then its numbers are not that measure's.

    >>> names_another_quantity("The incidence of discontinuation due to adverse events was 9% with XY and 4% with placebo.",
    ...                        "Zeta Pain Inventory")
    True
    >>> names_another_quantity("The mean duration of motor block was also shorter with XY (131 vs 168 min).",
    ...                        "total duration of sensory block")
    True
    >>> names_another_quantity("The proportion of zeta responders was 40% with XY.", "zeta response")
    False
    >>> names_another_quantity("The difference was significant (p=0.01).", "zeta score")
    False
    >>> names_another_quantity("All differences were statistically significant.", "zeta score")
    False
    >>> names_another_quantity("The least squares mean difference was -6.0 points between the groups.", "zeta score")
    False
    >>> names_another_quantity("A significant proportion of patients on XY had more regrowth (p=0.01).", "Zeta score")
    False
    >>> names_another_quantity("Relapse during the first year occurred in 6% of A and 14% of B (P=0.21).", "zeta clearance")
    True
    >>> names_another_quantity("The number of adults with zeta flares during the first 60 days fell (12% vs 27%).", "stay")
    True
    >>> names_another_quantity("The mean zeta gain from baseline to week 10 was 19 and 13 letters respectively.", "stay")
    True
    >>> names_another_quantity("XY led to a decrease in zeta time from 9 minutes with A to 7 minutes with B.", "beta count")
    True
    >>> names_another_quantity("Zeta quality improved more with A than B (P=0.04).", "beta count")
    True
    >>> names_another_quantity("Patients improved more with A than B (P=0.04).", "beta count")
    False
    >>> names_another_quantity("More care in the XY-1 group was shown by significantly worse zeta scores.", "death")
    True
    >>> names_another_quantity("Group A fared significantly better than group B.", "death")
    False
    """
    digit = R.FIRST_DIGIT.search(text)
    own = OWN_QUANTITY.search(text, 0, digit.start() if digit else len(text)) or \
        cues.PEOPLE_WITH_QUANTITY.search(text, 0, digit.start() if digit else len(text)) or \
        (None if therapy_first else OPENING_SUBJECT.match(text))
    if own is None or (digit and own.start("x") > digit.start()):
        own = COMPARED_NOUN.search(text)         # (no number after it: a name's digits may stand before, "XY-123")
        if own is None or R.FIRST_DIGIT.search(text, own.end()):
            return False
    words = [w for w in own.group("x").lower().split() if w not in QUANTITY_FILLER]
    if not words or words[0] in POINTERS or (own.re is OPENING_SUBJECT and WHO.fullmatch(words[0])):
        return False                    # ("the difference between the groups was ...": the measure named before; not
        #                                 "the mean zeta gain was": a quantity of its own)
    stems = {w[:5] for w in re.findall(r"[a-z]{3,}", label.lower())}
    return any(w[:5] not in stems for w in words if len(w) >= 3)


# a visit a measure is taken at, which the text may abbreviate like a scale: "Test of Cure (TOC)"
VISIT = re.compile(r"(?:test[- ]of[- ]cure|end[- ]of[- ](?:treatment|therapy|study)|(?:late[- ])?follow[- ]?up)(?:\s(?:visit|assessment))?",
                   re.I)
# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).
# a molecule's noun after a short form a document defined: the words name a gene or protein, not a measure
MOLECULE_AFTER = re.compile(r"\)?\s(?:proteins?|genes?|m?RNA|transcripts?|receptors?|enzymes?)\b")
SCALE_WORD = re.compile(r"(?=[afiqst])(?:scale|score|assessment|test|index|questionnaire|survival|function)", re.I)
# ... or written right after the short form a scale's words were defined by: "Zeta Activities of Daily Living (ZADL) | score"
SCALE_AFTER = re.compile(r"\)?\s(?:total\s)?(?:scale|score|index|questionnaire)\b", re.I)


# "baseline" just before a measure's name: its number is where patients started
BASELINE_NAMED = re.compile(r"(?<!from\s)(?<!in\s)\bbaseline\s(?:(?:mean|median|average)\s)?$", re.I)   # (not "change
#                                                                           from baseline X"; "the baseline mean X" is)
# ... or "at baseline" just after it ("X at baseline was 8.1 in A and 8.0 in B")
BASELINE_AFTER = re.compile(r"\s(?:at|from)\sbaseline\b(?!\sto\b)", re.I)


def at_baseline(text: str, span: tuple[int, int]) -> bool:
    """Is the measure at ``span`` named as where patients started ("the mean baseline X", "X at baseline")?

    >>> at_baseline("The mean baseline ZRS was 8.2 in A", (18, 21)), at_baseline("ZRS at baseline was 8", (0, 3))
    (True, True)
    >>> at_baseline("The baseline mean ZRS was 7.6 in A", (18, 21))
    True
    """
    return bool(BASELINE_NAMED.search(text, max(0, span[0] - 16), span[0]) or BASELINE_AFTER.match(text, span[1]))
