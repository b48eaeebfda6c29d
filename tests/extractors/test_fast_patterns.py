"""Patterns rewritten so that re scans fast must match exactly what their plain form matches."""

import random
import re

import pytest

from kg.extractors.document_names import CODE_NAME
from kg.extractors.dosing import ROUTE
from kg.extractors.population import ENROLLED, PEOPLE
from kg.extractors.util import NUM

PLAIN = {
    "code name": (CODE_NAME, re.compile(r"\b(?:[A-Z]{2,5}-[A-Z]{1,5}\d{3,6}(?:[A-Z]{2}|[A-Za-z])?|[A-Z]{2,6}[a-z]?-?\d{3,6}(?:[A-Z]{2}|[A-Za-z])?"
                                        r"|[A-Z]{2,6}-\d{2,6}|[A-Z]-\d{3,6})\b(?![-/]\d|-[A-Z]{1,6}-)"),
                  ["AB", "X", "biib", "C", "-", "123", "45", "6", " ", "é", "_", "v", "R"]),
    "enrolled in": (ENROLLED[2], re.compile(rf"(?<!occurred )(?<!reported )(?<!seen )(?<!observed )(?<!one )\b(?:in|among|by)\s+{NUM}"
                                            rf"\s+(?:(?!(?:in|at|across|from|of)\s)[\w-]+\s+){{0,2}}?{PEOPLE}\b", re.I),
                    ["occurred", "Seen", "reported", "observed", "one", "in", "IN", "among", "by", "begin", "40", "five", "older",
                     "adults", "children", "people", "x"]),
    "intravenous route": (ROUTE["intravenous"], re.compile(r"intravenous(?:ly)?|(?<![/-])(?<!stage\s)(?<!stages\s)"
                                                           r"(?<!grade\s)(?<!class\s)\bIV\b(?![/-])|into (?:the|a) "
                                                           r"(?:blood\s?stream|veins?)", re.I),
                          ["IV", "iv", "Iv", "stage", "stages", "grade", "class", "Stage", "/", "-", "IIIB", "into", "the",
                           "a", "vein", "veins", "bloodstream", "blood", "stream", "intravenously", "x", "give", "ſ", "\n"]),
}


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_fast_form_matches_as_the_plain_form(name):
    fast, plain, words = PLAIN[name]
    rng = random.Random(name)
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(1, 8)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_the_announcing_gate_in_parts_finds_what_its_one_alternation_found():
    from kg.text.cues import ORG_ANNOUNCE_GATE
    one = re.compile(r"(?:announce|said|says|report|release|present|unveil|share|reveal|disclose|slump|soar|plunge|jump|"
                     r"tumble|surge|sink|sank|plummet|rise|rose|fell|climbed|dropped|declined|receive|secure|obtain|gain|"
                     r"\b(?:up|down)\s{1,3}\d|\b(?:wins?|won|gets?|got)\b)", re.I)
    words = ["Announced", "said", "SAYS", "up", "Up", "down", "wins", "won", "got", "gets", "target", "follow-up", "group",
             "40%", "3", "ſaid", "ſhares", "risen", "x", ",", "sink", "obtained"]
    rng = random.Random(7)
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "  ", "-"]) for _ in range(rng.randint(1, 6)))
        assert (ORG_ANNOUNCE_GATE.search(text) is None) == (one.search(text) is None), text


def test_the_measure_cue_in_parts_finds_what_its_one_alternation_found():
    from kg.text.cues import MEASURE_CUE
    one = re.compile(r"\b(?:time to|first occurrence|free|proportion|percentage|number of|frequency of|rate of|risk of|"
                     r"chang|composite|survival|respon|remission|mortality)|(?:Scale|Score|Index|Inventory|Questionnaire|"
                     r"Test|Examination|Assessment)\b", re.I)
    words = ["time", "to", "Free", "carefree", "latest", "tested", "TEST", "Score", "scores", "index", "change", "exchange",
             "respond", "number", "of", "risk", "x", "ſcale", "KINDEX", "1"]
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "  ", "-"]) for _ in range(rng.randint(1, 6)))
        assert (MEASURE_CUE.search(text) is None) == (one.search(text) is None), text


def test_a_dose_is_searched_for_only_where_its_unit_cue_is_and_that_drops_none():
    from kg.extractors.dosing import DOSE, UNIT_CUE
    words = ["5", "12.5", "five", "Twenty", "twenty-five", "hundred", "million", "a dozen", "single", "ten", "often",
             "mg", "MG", "µg", "Μg", "mcg", "g", "G", "mL", "IU", "units", "cells", "vector genomes", "vg", "/kg", "during",
             "fiveg", "seveng", "x", "(", "-", "ſix", "Kg"]
    rng = random.Random(5)
    for _ in range(6000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "  ", "\t"]) for _ in range(rng.randint(1, 6)))
        assert UNIT_CUE.search(text) or not DOSE.search(text), text
