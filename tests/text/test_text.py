import random
import re
from decimal import Decimal

import pytest

from kg.text.abbreviations import find_abbreviations, words_start
from kg.text.dates import MONTH_NAMES, MONTHS, PATTERNS as DATE_PATTERNS, find_dates
from kg.text.durations import find_durations
from kg.text.layout import content_lines
from kg.text.numbers import DIGITS, NUMBER, SCALE, TENS, UNITS, parse_number
from kg.text.prefilter import alternation
from kg.text.reading import DECIMAL_DOT, PLAIN, reading_form, reading_forms, with_thousands
from kg.text.sentences import BREAK, PERIOD_BREAK, split_sentences


@pytest.mark.parametrize("text, value", [("five", 5), ("Twenty-one", 21), ("15 million", 15_000_000), ("1,024", 1024),
                                         ("0.5", Decimal("0.5")), ("-1.43", Decimal("-1.43")), ("a dozen", 12),
                                         ("ninety nine", 99), ("two billion", 2_000_000_000), ("banana", None),
                                         ("2.5 billion", 2_500_000_000), ("999,999,999,999", 999_999_999_999)])
def test_numbers(text, value):
    assert parse_number(text) == value
    assert type(parse_number(text)) is type(value)          # exact: int or Decimal, never a float


@pytest.mark.parametrize("flags", [0, re.I])
def test_number_first_character_check_changes_no_match(flags):
    """NUMBER looks at its first character, then at words grouped by first letter; same matches as its plain form."""
    word = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
    below_100 = rf"(?:(?:{word})(?:[-\s](?:{word}))?)"
    words_number = rf"(?:{below_100}(?:(?:\s+|-)hundred(?:\s+(?:and\s+)?{below_100})?)?)"
    plain_number = rf"(?:(?:{DIGITS}|{words_number}){SCALE}|a dozen|dozen|single)"
    words = [*UNITS, *TENS, "hundred", "million", "dozen", "single", "a", "12", "1,024", "0.5", "٣", "ſix", "ſingle",
             "TWENTY", "Kilo", "the", "and", "-", ",", ".", " "]
    rng = random.Random(flags)
    fast, plain = re.compile(rf"\b{NUMBER}", flags), re.compile(rf"\b{plain_number}", flags)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", "-"]) for _ in range(rng.randint(1, 6)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize("pattern", DATE_PATTERNS, ids=lambda p: p.pattern[:20])
def test_month_first_letter_check_changes_no_date(pattern):
    """The date patterns look at a month's first letter before the alternation of names; same matches without it."""
    plain = re.sub(r"\(\?=\[[a-z]+\]\)", "", pattern.pattern).replace(alternation(MONTH_NAMES), "|".join(MONTH_NAMES))
    plain = re.compile(plain, pattern.flags)
    words = [*MONTHS, "MAY", "Sept.", "ſept", "2021", "1999", "12", "3rd", "of", "in", "approval", "-", ",", ".", " ", "05"]
    rng = random.Random(pattern.pattern)
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "-", ", "]) for _ in range(rng.randint(1, 6)))
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize("text, iso", [("September 22, 2022", "2022-09-22"), ("25 April 2023", "2023-04-25"),
                                       ("Feb. 2023", "2023-02"), ("in 2017.", "2017"), ("2024-06-17", "2024-06-17")])
def test_dates(text, iso):
    assert [d.iso for d in find_dates(text)] == [iso]


def test_no_dates_in_numbers():
    assert find_dates("a dose of 2000 mg and p=0.2017") == []


@pytest.mark.parametrize("text, iso", [("for 48 weeks", "P48W"), ("a three-month run-in", "P3M"), ("at week 28", "P28W"),
                                       ("over one year", "P1Y"), ("52 weeks", "P52W")])
def test_durations(text, iso):
    assert [d.iso for d in find_durations(text)] == [iso]


def test_abbreviations_need_matching_letters():
    found = {a.short: a.long for a in find_abbreviations(
        "the Combined Assessment of Function and Survival (CAFS) and some words (XYZ) here")}
    assert found == {"CAFS": "Combined Assessment of Function and Survival"}


@pytest.mark.parametrize("text, found", [
    ("serum amyloid beta (Aβ) fell", {"Aβ": "amyloid beta"}),                       # a Greek letter for its name
    ("tumour necrosis factor-α (TNF-α) rose", {"TNF-α": "tumour necrosis factor-α"}),
    ("the Zeta Rating Scale for Mood (ZRS M) rose", {"ZRS M": "Zeta Rating Scale for Mood"}),   # two words
    ("an infusion of zetamab and saline (Group A)", {}),                 # a group's label is not a short form
    ("as the figures show (see Table)", {}),
    # a long form in quotation marks: its words
    ('the standard "Profile of Zeta States" (PZS) questionnaire', {"PZS": "Profile of Zeta States"}),
    ("the “Zeta Mood Index” (ZMI) fell", {"ZMI": "Zeta Mood Index"}),
    # the letters may reach back past who had it: not part of the long form
    ("Among patients with zetathyretin amyloid beta disease (ATTR-BD), XY-1 worked",
     {"ATTR-BD": "zetathyretin amyloid beta disease"}),
    # a short form that keeps its long form's first word whole, longer than most
    ("the Acmetown-Zeta Vaccine (Acmetown-ZV) was given", {"Acmetown-ZV": "Acmetown-Zeta Vaccine"}),
    ("a zeta vaccine (Acmetown-ZV) was given", {}),
])
def test_abbreviations_with_greek_letters_and_two_words(text, found):
    assert {a.short: a.long for a in find_abbreviations(text)} == found


def test_clutter_lines_are_dropped():
    text = ("Title\nby A. Writer |\nShare this article:\nShare article via email\nA picture of cells.\n"
            "The trial enrolled many people, and this paragraph is long enough to be real body text for the test.\n"
            "Recommended Reading\nA caption of a picture.\nA headline about something else entirely\n"
            "Related topics: genetics, trials\nLast real line.")
    kept = [text[s:e] for s, e in content_lines(text)]
    assert kept == ["Title", kept[1], "Last real line."]
    assert kept[1].startswith("The trial enrolled")
    # a line that links another story: "Related: <its headline>"
    text = ("Title\nThe trial enrolled many people, and this paragraph is long enough to be real body text for the test.\n"
            "Related: Acme Stock Rallies On Another Zeta Study.\nRead more: Zeta drugs explained\nLast real line.")
    assert [text[s:e] for s, e in content_lines(text)][2:] == ["Last real line."]


@pytest.mark.parametrize("authors", [
    "Ann Doe,Bo-Li Roe,Eve Poe,Kai-Yu Loe",
    "Ann B. Doe1, Carl Roe2*, Eve Poe and Al Loe",
    "Ann Doe; Carl Roe; Eve Poe.",
])
def test_a_line_of_peoples_names_only_is_no_content(authors):
    text = f"Zetamab in beta disease\n{authors}\nThe trial enrolled many adults given zetamab or placebo."
    assert [text[s:e] for s, e in content_lines(text)] == ["Zetamab in beta disease",
                                                          "The trial enrolled many adults given zetamab or placebo."]


@pytest.mark.parametrize("line", [
    "Ann Doe, Carl Roe",                                    # two names: a byline, kept as it was
    "Zetamab, Betamab and Gammamab were given to adults.",  # words after the names
])
def test_a_line_with_fewer_names_or_other_words_stays(line):
    text = f"Title\n{line}\nLast line."
    assert line in [text[s:e] for s, e in content_lines(text)]


def test_sentences_keep_offsets():
    text = "Dr. Smith said so. The U.S. trial (p=0.04) worked. Third one."
    sentences = split_sentences(text, [(0, len(text))])
    assert [s.text for s in sentences] == ["Dr. Smith said so.", "The U.S. trial (p=0.04) worked.", "Third one."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


@pytest.mark.parametrize("text, count", [
    ("Adults were randomized to arm A or arm B. Those in arm A did better.", 2),     # a letter that labels a thing
    ("The vaccine guards against hepatitis B. The trial enrolled 100 adults.", 2),
    ("The paper by J. Smith was read.", 1),                                          # an initial
    ("Dr. A. Smith led it.", 1),
])
def test_a_capital_letter_that_labels_a_thing_ends_a_sentence_but_an_initial_does_not(text, count):
    assert len(split_sentences(text, [(0, len(text))])) == count


def test_headings_set_off_by_a_space_leave_their_sentences_where_a_text_has_two_or_more():
    text = "Objective To test XY-123.\nSetting Twelve clinics.\nResults The rate fell by 4%."
    assert [s.text for s in split_sentences(text, content_lines(text))] == \
        ["To test XY-123.", "Twelve clinics.", "The rate fell by 4%."]


def test_one_heading_word_set_off_by_a_space_stays_in_its_sentence():
    text = "Design Zeta Therapeutics said so.\nIts pill worked."
    assert split_sentences(text, content_lines(text))[0].text == "Design Zeta Therapeutics said so."


def test_a_clipped_short_form_in_lower_case_is_defined_only_by_the_name_it_is_clipped_from():
    assert [(a.short, a.long) for a in find_abbreviations("adults given zetagene autotemcel (zeta-cel) did well")] == \
        [("zeta-cel", "zetagene autotemcel")]
    assert [(a.short, a.long) for a in find_abbreviations("adults given zetacabtagenebetaleucel (zeta-cel)")] == \
        [("zeta-cel", "zetacabtagenebetaleucel")]
    # a dose's level in brackets is no short form of the words before it
    assert find_abbreviations("adults given 200 mg of a lower zetamine dose (low-dose)") == []


def test_abbreviation_long_form_offsets_survive_odd_spacing():
    text = "the Centre  de\nLutte (CL) said"
    (a,) = find_abbreviations(text)
    assert text[a.long_start:a.long_start + len(a.long)] == a.long == "Centre  de\nLutte"


def test_registry_ids_of_every_shape_in_text_order():
    from kg.text.registries import registry_ids

    text = "ids ChiCTR-IOR-17011234, ChiCTR2000012345, CTRI/2020/01/123, 2015-001234-56 and jRCT2051190069, NCT01234567."
    assert [(r.prefix, r.id) for r in registry_ids(text)] == [
        ("chictr", "ChiCTR-IOR-17011234"), ("chictr", "ChiCTR2000012345"), ("ctri", "CTRI/2020/01/123"),
        ("euclinicaltrials", "2015-001234-56"), ("jrct", "jRCT2051190069"), ("clinicaltrials", "NCT01234567")]
    assert registry_ids("not an id: NCT0123456789 or xNCT01234567") == []


def test_reading_forms_of_spans_are_each_span_read_alone():
    # the context reads a document once and cuts its sentences out: a dot at a span's edge must not see past it
    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice("12·⋅ a−.\u00a0\u2007\u2009\u200a\u202f\u2010\u2011") for _ in range(rng.randint(0, 30)))
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(0, 6))))
        spans = list(zip(cuts, cuts[1:]))
        assert reading_forms(text, spans) == [reading_form(text[a:b]) for a, b in spans], (text, spans)
        # reading_form replaces each variant present, as the translation table it holds maps them
        plain = text.translate(PLAIN)
        assert reading_form(text) == with_thousands(DECIMAL_DOT.sub(".", plain) if "·" in plain or "⋅" in plain else plain), text


def test_a_line_without_bang_or_question_mark_breaks_at_the_same_places():
    # split_sentences reads such a line with PERIOD_BREAK (its literal first character is found fast)
    rng = random.Random(11)
    for _ in range(500):
        line = "".join(rng.choice(["a", "A", "1", ".", " ", "  ", "”", ")", "(", "“", "e.g.", "\t", "Dr."]) for _ in range(rng.randint(0, 25)))
        assert [m.span() for m in PERIOD_BREAK.finditer(line)] == [m.span() for m in BREAK.finditer(line)], line


def test_words_start_answers_as_the_pattern_it_replaced():
    # find_abbreviations placed a long form by a pattern compiled for each one; words_start reads it backwards
    rng = random.Random(13)
    pieces = ["a", "b", "ab", ",", ";", ":", " ", "  ", "\n", "\u00a0", "(", "a,", ",b", "b:"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))).rstrip()
        tokens = text.split()
        words = " ".join(tokens[rng.randint(0, len(tokens)):] if rng.random() < 0.8 else
                         [rng.choice(["a", "b", "ab"]) for _ in range(rng.randint(1, 3))]).strip(" ,;:").split()
        if not words:
            continue
        hit = re.search(r"\s+".join(map(re.escape, words)) + r"[\s,;:]*$", text)
        assert words_start(text, words) == (hit.start() if hit else None), (text, words)


def test_a_straight_quote_after_a_word_closes_a_quotation_and_never_opens_one():
    from kg.text.cues import QUOTED

    text = 'Acme Ltd ("Acme") said it completed a second Phase 2 trial of its vaccine against zeta fever ("ZF").'
    assert QUOTED.search(text) is None
    assert QUOTED.search('He said, "the trial was a clear success," today').group() == '"the trial was a clear success,"'


def test_a_space_between_thousands_is_read_as_a_comma_unless_the_number_before_counts_something_else():
    assert reading_form("Of 14\u2009305 adults (n = 7 152), 9 did") == "Of 14,305 adults (n = 7,152), 9 did"
    for text in ("at week 12 100 had", "HR 0.25 100", "in 2012 345 had", "aged 18 100 took", "12 1000 mg"):
        assert reading_form(text) == text, text


def test_a_minus_sign_set_apart_from_its_number_is_read_as_the_numbers_sign_but_a_spaced_range_stays():
    assert reading_form("(10 mg, - 6.1 days; placebo, - 4.2 days)") == "(10 mg,  -6.1 days; placebo,  -4.2 days)"
    assert reading_form("95% CI, - 7.1 to 11.6; changes were - 1.5") == "95% CI,  -7.1 to 11.6; changes were  -1.5"
    for text in ("ages 18 - 65", "weeks 4 - 8", "XY - 12 mg", "pre - 3"):
        assert reading_form(text) == text, text


def test_a_size_in_square_brackets_is_read_in_round_ones_and_other_square_brackets_stay():
    assert reading_form("(XY-123 [n = 40] or placebo [N=1,020])") == "(XY-123 (n = 40) or placebo (N=1,020))"
    for text in ("HR 0.8 [0.6, 0.9]", "[n = not given]", "[ref 12]", "[n=4"):
        assert reading_form(text) == text, text


def test_signs_a_pdf_symbol_font_gives_as_other_code_points_read_as_the_signs():
    assert reading_form("P\u2b0d0.001, \u2afa1.45\u2afe0.62 D, P\u2afd0.03, \u2af92 and \u2b0e5") == \
        "P<0.001, -1.45\u00b10.62 D, P=0.03, +2 and >5"


def test_a_hard_wrapped_paragraph_is_read_as_its_sentences():
    text = ("Headline of the news\n"
            "Acme Bio, Inc. (NASDAQ: ACMB) and Beta Pharma, Inc. (NYSE: BP) are pleased to announce results of a\n"
            "Phase III study of XY-123 in adults with gout. The study met its\n"
            "primary endpoint.\nAbout Acme Bio\n")
    lines = [text[s:e] for s, e in content_lines(text)]
    assert lines[1].endswith("gout. The study met its\nprimary endpoint.") and lines[2] == "About Acme Bio"
    assert lines[0] == "Headline of the news"


def test_a_wrapped_line_goes_on_with_a_number_or_a_bracket_and_reads_with_a_space():
    text = ("Headline of the news\n"
            "Of 1190 adults screened for eligibility, 412 were randomly assigned to zetorvant\n"
            "5 mg (n=207) or to sham, given every four weeks into the knee for the first\n"
            "(12) months of the trial.\n2. A numbered point\n")
    lines = [text[s:e] for s, e in content_lines(text)]
    assert lines[1].endswith("(12) months of the trial.") and lines[2] == "2. A numbered point"
    assert "zetorvant 5 mg" in reading_form(lines[1])


def test_a_wrapped_line_that_stops_on_a_semicolon_goes_on_below():
    text = ("Headline of the news\n"
            "By day 60, 17 of 61 adults (27.9%) in the zeta group died (risk ratio, 0.9;\n"
            "95% confidence interval, 0.4 to 2.2).\nArms:\nzetorvant 10 mg;\nplacebo.\n")
    lines = [text[s:e] for s, e in content_lines(text)]
    assert lines[1].endswith("0.9;\n95% confidence interval, 0.4 to 2.2).")
    assert lines[2:] == ["Arms:", "zetorvant 10 mg;", "placebo."]       # (short lines of a list stay apart)


def test_a_clause_is_no_long_form_of_a_name_in_brackets():
    from kg.text.abbreviations import find_abbreviations
    text = "The goal of the ZetaPro-LINK trial was to measure the effects of zetaximab (ZetaPro) on flow."
    assert not [a for a in find_abbreviations(text) if a.short == "ZetaPro"]
    assert [a.long for a in find_abbreviations("Patients had zeta amyloid disease (ZAD).")] == ["zeta amyloid disease"]



@pytest.mark.parametrize("said", ["at Week-24", "at week 24", "at Week 24"])
def test_a_week_numbered_with_a_hyphen_is_the_same_point_in_time(said):
    assert [d.iso for d in find_durations(f"The score improved {said}.")] == ["P24W"]


def test_a_heading_glued_to_its_sentence_is_no_part_of_a_long_form():
    found = find_abbreviations("Methods:Zeta fever (ZF) was studied. Results:Patients with zeta fever (ZF) improved.")
    assert [(a.short, a.long) for a in found] == [("ZF", "Zeta fever"), ("ZF", "zeta fever")]


def test_a_drugs_name_cut_to_its_first_letters_in_small_letters_is_its_short_form():
    found = [(a.short, a.long) for a in find_abbreviations("Adults got zetaglutide 2.4 mg (zeta) or placebo (PBO; n=67).")]
    assert ("zeta", "zetaglutide") in found
    assert find_abbreviations("They took the higher dose (dose 2).") == []


@pytest.mark.parametrize("text, found", [
    # (square brackets, as in a round bracket; the long form may start at the round one)
    ("adults had surgery (Zeta-en-Y gastric bypass [ZYGB] or diet)", {"ZYGB": "Zeta-en-Y gastric bypass"}),
    # (what was given may follow the short form after a comma; an estimate's number may not)
    ("zeta body radiotherapy (ZBRT, 12 Gy in 2 fractions)", {"ZBRT": "zeta body radiotherapy"}),
    ("death from zeta heart rupture (HR, 0.64; 95% CI, 0.48 to 0.85)", {}),
])
def test_abbreviations_in_square_brackets_or_before_a_comma(text, found):
    assert {a.short: a.long for a in find_abbreviations(text)} == found
