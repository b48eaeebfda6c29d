"""A condition's name with the words that narrow it, where the lexicon knows only the broader condition: "chronic |
low back pain", "heart failure | with preserved ejection fraction", "cancer|-related pain".

>>> text = "Adults with chronic low back pain or heart failure with reduced ejection fraction were enrolled."
>>> a, b = text.index("low back"), text.index(" or")
>>> text[slice(*qualified_span(text, a, b))]
'chronic low back pain'
>>> a = text.index("heart"); text[slice(*qualified_span(text, a, a + len("heart failure")))]
'heart failure with reduced ejection fraction'
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx

# words before a condition that narrow it to another condition ("chronic", "painful", "treatment-resistant",
# "steroid-refractory", "partial-onset", its origin: "neurogenic", "hereditary", or the organ it is of: "ureteric |
# colic", "biliary | pain"; not a stage or a severity, "metastatic", "moderate-to-severe", which readers leave out)
QUALIFIERS_BEFORE = rx.compile(r"(?<![\w-])(?:(?:chronic|painful|neurogenic|idiopathic|hereditary|familial|congenital|acquired|"
                               # (or its kind: "uncomplicated | X infection", "recurrent | X", "obstructive | X")
                               r"uncomplicated|complicated|recurrent|obstructive|non-?obstructive|neovascular|"
                               r"[a-z]{3,15}-(?:resistant|refractory|dependent|onset)|partial\sonset|"
                               r"uret[eh]r(?:ic|al)|urethral|renal|biliary|hepatic|gastric|colonic|rectal|anal|vaginal|uterine|"
                               r"pelvic|ovarian|testicular|prostatic|vesical|ocular|corneal|retinal|nasal|sinus|dental|"
                               r"cutaneous|spinal|cerebral|pulmonary|bronchial|pleural|cardiac|pericardial|esophageal|"
                               r"oesophageal|duodenal|pancreatic|splenic|muscular|articular|vulvar|penile)\s){1,2}$", re.I)
# the ejection fraction that names a kind of heart failure, after it
EJECTION_FRACTION_AFTER = rx.compile(r"\swith\s(?:preserved|reduced|mildly\sreduced|mid-range)\s(?:left\sventricular\s)?"
                                     r"ejection\sfraction\b", re.I)
# a condition named by the one it comes with: "cancer-related | pain", "chemotherapy-induced | nausea"
RELATED_BETWEEN = rx.compile(r"-(?:related|associated|induced|driven|mediated|positive)\s")


def qualified_span(text: str, start: int, end: int, next_span: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The span of the condition at ``start``-``end`` of ``text`` with the words that narrow it (``next_span``: the
    condition named right after it, which "X-related" may join), else None."""
    before = QUALIFIERS_BEFORE.search(text, max(0, start - 60), start)
    after = EJECTION_FRACTION_AFTER.match(text, end) if "heart failure" in text[start:end].lower() else None
    if next_span and RELATED_BETWEEN.fullmatch(text, end, next_span[0]):
        end = next_span[1]
    elif after:
        end = after.end()
    elif before is None:
        return None
    return (before.start() if before else start), end
