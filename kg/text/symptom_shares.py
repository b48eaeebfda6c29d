"""Measures named by what they count: a symptom's count or grade ("heartburn severity", "weekly zeta frequency"),
and a share of patients given per arm in brackets, with what those patients had after it ("12 (8%) ... died").
:func:`kg.text.measures.find_measures` and the outcomes extractor call them.
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.text import prefilter as rx
from kg.text.cues.outcomes import EVENT_VERB, EVENT_VERBS, RESPONDERS
from kg.text.measure_list import KIND, QUANTITY, SOURCE, mention
from kg.text.measure_shapes import RELATIVE, phrase_end, written

# a count or grade of a symptom, whatever the symptom: "heartburn severity", "weekly zeta frequency", "urgency
# episodes", "gout flares" (not a dose's or a treatment's: "dosing frequency", "infusion episodes")
SYMPTOM_MEASURE = rx.compile(r"""(?<![\w-])(?:(?:mean|median|average)\s)?(?P<x>(?:(?i:daily|weekly|monthly|nightly)\s)?
    (?!(?i:the|a|an|of|in|and|or|with|dose|dosing|injection|treatment|administration|visit|study|adverse|side|infusion
    |bleeding|event|events|disease|symptom|symptoms|its|their|mean|median|average|higher|lower|reduced|increased
    |versus|vs|for|than|compared|placebo|more|fewer|less)\s)
    (?:[A-Za-z][a-z][\w-]{1,19}|[A-Z]{2,6}(?![\w-]))(?:\s(?!(?:of|in|and|or|the|with|to|by|from|versus|vs|for|than|compared|placebo)\s)[a-z][\w-]{2,20}){0,2}
    \s(?:severity|frequency|episodes|attacks|flares))\b""", re.X)
# the other head a symptom's "X of" shares: "the | frequency | and severity of zeta flushes"
OTHER_HEAD_BEFORE = re.compile(r"\b(?P<h>[Ff]requency|[Ss]everity)\sand\s$")
# ... or its head first: "the frequency of | zeta flushes"
HEAD_OF_SYMPTOM = rx.compile(r"(?=[fsFS])\b(?:[Ff]requency|[Ss]everity)\sof\s(?!(?:the|a|an|dosing|doses?|administration|visits?|"
                             r"adverse|side|events?|treatment|injections?|infusions?)\b)(?=[a-z])")
SYMPTOM_HEADS = ("severity", "frequency", "episodes", "attacks", "flares")


def symptom_measures(text: str, found: list[Mention]) -> list[Mention]:
    """Counts and grades of a symptom a sentence gives a result for, whatever the symptom.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("Zeta-burn severity fell by 41% with XY-1 versus 29% with placebo.")]
    ['zeta-burn severity']
    >>> [m.label for m in find_measures("Weekly zeta frequency fell by 38% with XY-1 (p=0.01).")]
    ['weekly zeta frequency']
    >>> [m.label for m in find_measures("Weekly ZS frequency fell by 38% with XY-1 (p=0.01).")]
    ['weekly ZS frequency']
    >>> [m.label for m in find_measures("The dosing frequency was reduced to weekly.")]
    []
    >>> [m.label for m in find_measures("The endpoint was the share of patients whose zeta severity improved (p=0.03).")]
    []
    >>> [m.label for m in find_measures("XY-1 significantly reduced zeta attacks (p=0.031).")]
    ['zeta attacks']
    >>> [m.label for m in find_measures("Those on XY-1 had fewer zeta flares (12% vs 31%).")]
    ['zeta flares']
    >>> [m.label for m in find_measures("XY-1 significantly reduces zeta frequency and was better in reducing beta "
    ...                                 "severity (p=0.02).")]
    ['zeta frequency', 'beta severity']
    """
    out, pos = [], 0
    for hit in HEAD_OF_SYMPTOM.finditer(text):
        end = phrase_end(text, hit.end(), 6)
        if end > hit.end() and not any(f.start < end and hit.start() < f.end for f in found):
            out.append(mention(text, hit.start(), end, written(text[hit.start():end])))
            other = OTHER_HEAD_BEFORE.search(text, max(0, hit.start() - 24), hit.start())
            if other:                         # "the frequency and | severity of zeta flushes": each of the two
                out.append(mention(text, other.start("h"), other.end("h"),
                                   f"{other.group('h').lower()} of {text[hit.end():end]}"))
    while (hit := SYMPTOM_MEASURE.search(text, pos)) is not None:
        a, b = hit.span("x")
        words = hit.group("x").split()
        verb = next((k for k, w in enumerate(words[:-1]) if VERB_OR_ADVERB.fullmatch(w.lower())), None)
        if verb is not None:                  # ("significantly reduced | zeta attacks": the words after the verb)
            pos = a + len(" ".join(words[:verb + 1])) + 1
            continue
        if any(w.lower() in RELATIVE for w in words):
            pos = b                           # ("the share of patients | whose zeta severity improved": a definition)
            continue
        if not any(f.start < b and a < f.end for f in found) and not GROUPED_BY.search(text, max(0, a - 25), a):
            out.append(mention(text, a, b, written(hit.group("x"))))
        pos = b
    return out


GROUPED_BY = re.compile(r"\b(?:regardless|irrespective|independent(?:ly)?)\sof\s$|\b(?:by|according\sto)\s$"   # (a split,
                        r"|\bhistory\sof\s$|\bor\s(?:more|fewer)\s$", re.I)    # or who patients were, or a count)
VERB_OR_ADVERB = re.compile(r"(?!(?:daily|weekly|monthly|nightly)$)[\w-]{2,20}(?:ly|ed)"    # ("significantly reduced X")
                            r"|(?:reduc|improv|increas|decreas)(?:es|ing)|lower(?:s|ing)"    # ("reduces X", "in reducing X")
                            r"|ha[ds]|have|having")         # ("those on XY-1 | had | fewer zeta flares")


# what the people each arm's count and share stand for had: "27 (31.4%) children in the A group and 39 (44.8%) in the
# B group had | new zeta lesions"
COUNTED_SHARE = rx.compile(r"\d[\d,]{0,6}\s?\(\s?\d{1,3}(?:\.\d{1,2})?\s?%\s?\)")
SHARED_OUTCOME = rx.compile(r"""%\s?\)\s(?:[a-z]{2,20}\s){0,2}?(?:in|on|with|of|receiving|given)\s[^.;()]{1,60}?
    \s(?:had|developed|experienced|presented(?:\swith)?|achieved|reached|showed|reported|required|needed)\s
    (?:(?:an?|the|any)\s)?(?P<x>[a-z][\w-]{1,25}(?:\s(?!(?:at|by|after|during|within|over|in|compared|versus|vs)\b)[a-z][\w-]{1,25}){0,5})
    (?=\s?[(,;.]|\s(?:at|by|after|during|within|over|in|compared|versus|vs)\b|$)""", re.X)


# each arm's share, then that they died: "109 receiving XY-1 (52%) and 98 receiving placebo (47%) | died", "36.85% of
# patients in the XY-1 group and 34.15% ... | had died", "22.6% on XY-1 | had died versus 21.3% given placebo"
SHARE = rx.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,2})?\s?%")
# (or that they responded, said by a noun: "were responders", "achieved the responder criteria")
DIED_AFTER_SHARE = rx.compile(rf"%(?:\s?\))?[^.;()%]{{0,80}}?\s(?P<d>(?:had\s|have\s)?(?:{EVENT_VERB})|{RESPONDERS})\b(?!\s(?:of|from|to)\b)")
# an arm's count and that they died, then the other arm's count and both shares set against each other in a bracket:
# "Nine adults in the XY arm | relapsed |, compared with four in the AB arm (6.1 vs. 1.9%)"
DIED_BEFORE_PAIR = rx.compile(rf"""[^.;()%]{{0,80}}?\b(?:in\sthe|receiving|given|on)\s[^.;,()%]{{1,40}}?\s
    (?P<d>(?:had\s|have\s)?(?:{EVENT_VERB}))\b(?!\s(?:of|from|to)\b),?\s(?:compared\s(?:with|to)|versus|vs\.?)\s
    [^.;()%]{{1,80}}?\(\s?\d{{1,3}}(?:\.\d{{1,2}})?\s?%?\s?(?:vs\.?|versus)\s\d""", re.X)
# between two arms' shares (not a share of a share: "41 (10.2%) had X; 2 (0.5%) died of it"), each named as an arm
# (not two events: "6 (11%) have progressed and 3 (5%) have died")
ARMS_JOINED = rx.compile(r"\b(?:and|vs\.?|versus|compared|but|while|whereas)\b", re.I)
ARM_NAMED = rx.compile(r"\b(?:in\sthe|in\sthose|receiving|given|assigned|allocated|randomi[sz]ed|treated\swith|groups?|arms?"
                       r"|(?<=%\s)on|(?:patients|participants|people|those)\s(?:on|taking))\b", re.I)
#                                            ("22.6% | on XY-1", "22.6% of | patients on | XY-1")


def died_shares(text: str) -> Mention | None:
    """Death as the measure of a sentence that gives each arm's share and says they died (for a trial that names no
    mortality measure of its own; kg.extractors.outcomes).

    >>> died_shares("Of 420 patients, 109 receiving XY-1 (52%) and 98 receiving placebo (47%) died.").label
    'death'
    >>> died_shares("In all, 41 (10.2%) had zeta lung disease; two (0.5%) died of it.") is None
    True
    >>> died_shares("In all, 6 (11%) patients have progressed and 3 (5%) have died.") is None
    True
    >>> died_shares("Of 120 adults, 4 in the XY group (7%) and 11 in the control group (19%) relapsed.").label
    'relapse'
    >>> died_shares("By day 90, 36.85% of patients in the XY group and 34.15% in the control group had died.").label
    'death'
    >>> died_shares("By day 28, 19.4% of patients on XY-1 had died, compared with 17.2% of those given placebo.").label
    'death'
    >>> died_shares("At week 12, 58.0% in the XY group met the responder criteria versus 13.5% in the placebo group.").label
    'response'
    >>> died_shares("Nine adults in the XY arm relapsed, compared with four in the AB arm (6.1 vs. 1.9%; p = 0.04).").label
    'relapse'
    """
    shares = list(SHARE.finditer(text))
    if not shares or len(ARM_NAMED.findall(text)) < 2:
        return None
    hit = DIED_AFTER_SHARE.search(text) if len(shares) >= 2 and ARMS_JOINED.search(
        text, shares[0].end(), shares[-1].start()) else None      # (nor who "died of" an event: a harm's deaths)
    hit = hit or DIED_BEFORE_PAIR.match(text)   # ("9 in the A arm relapsed, compared with 4 in the B arm (6.1 vs. 1.9%)")
    if hit is None:
        return None
    verb = hit.group("d").split()[-1].lower()
    event = EVENT_VERBS[verb if verb in EVENT_VERBS else "responded"][0]
    return Mention(hit.group("d"), hit.start("d"), hit.end("d"), KIND, event, (), SOURCE, QUANTITY)


def shared_outcome(text: str, found: list[Mention]) -> list[Mention]:
    """What the people behind each arm's count and share had, where the sentence gives two or more such pairs.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("In all, 27 (31.4%) children in the XY-1 group and 39 (44.8%) in the placebo "
    ...                                 "group had new zeta lesions (p = 0.22).")]
    ['new zeta lesions']
    """
    if len(COUNTED_SHARE.findall(text)) < 2:
        return []
    hit = SHARED_OUTCOME.search(text)
    if hit is None or any(f.start < hit.end("x") and hit.start("x") < f.end for f in found) or hit.group("x") == "died":
        return []                       # (who "had died": the trial's mortality, see died_shares)
    return [mention(text, hit.start("x"), hit.end("x"), written(hit.group("x"), first_word=False))]
