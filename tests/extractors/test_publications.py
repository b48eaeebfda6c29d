"""Journals, conferences and publication frames, on sentences written for the tests (invented names and numbers)."""

import pytest

from kg.documents import parse_document
from kg.extractors import load_extractors
from kg.extractors.publications import PublicationExtractor
from kg.text.citations import publication_frames
from kg.text.venues import find_conferences, find_journals


@pytest.mark.parametrize("text, names", [
    ("The data were presented at the Acme Society of Hepatology annual meeting.", ["Acme Society of Hepatology annual meeting"]),
    ("Results came at the 2031 Acme Society of Oncology (ASO) Annual Meeting in Springfield.",
     ["2031 Acme Society of Oncology (ASO) Annual Meeting"]),
    ("It was shown at the International Congress of Rare Things (RT Congress).", ["International Congress of Rare Things"]),
    ("In a late-breaking session at the Acme Heart Association's Scientific Sessions 2031 ...",
     ["Acme Heart Association's Scientific Sessions 2031"]),
    ("The Sunday plenary session of the 2031 Acme Oncology Annual Meeting was busy.", ["2031 Acme Oncology Annual Meeting"]),
    ("They were shown at the 70th Acme Society of Hepatology Annual Meeting and Exposition in Springfield.",
     ["70th Acme Society of Hepatology Annual Meeting and Exposition"]),
    ("The panel met at the Advisory Committee meeting.", []),
    ("Shareholders voted at the Annual General Meeting.", []),
    ("The results will come at the annual meeting.", []),
    ("Acme Will Show XY-123 Data at Major Medical Meeting", []),          # (a headline's words, no name)
    ("Findings came at the annual meeting of the Acme Society of Zetology (ASZ) in May.",
     ["annual meeting of the Acme Society of Zetology"]),
    ("It was shown at the Acme Liver Congress 2031 (ALC 2031), the 9th annual meeting of the Acme Association for the "
     "Study of Things.", ["Acme Liver Congress 2031"]),
    ("Shareholders met at the annual meeting of the Company.", []),
])
def test_conferences(text, names):
    found = [v.name for v in find_conferences(text)]
    if "(RT Congress)" in text:          # the short form in parentheses is found too; frames drop it
        found = found[:1]
    assert found == names


@pytest.mark.parametrize("text, names", [
    ("It appeared in The New England Journal of Medicine in May 2031.", ["The New England Journal of Medicine"]),
    ("It was published in the Journal of Acme Research in 2031.", ["Journal of Acme Research"]),
    ("The paper was published in Acme Opinion on Biological Things on 3 May 2031.", ["Acme Opinion on Biological Things"]),
    ("A later analysis in The American Journal of Acme found more.", ["The American Journal of Acme"]),
    ("The study was published in JAMA Neurology.", ["JAMA Neurology"]),
    ("Results were published in December.", []),
    ("The company published in Phase 2 form.", []),
    ("It was published in the Oct. 9 issue of the Journal of Acme Research.", ["Journal of Acme Research"]),
    ("Findings appeared in the MAY 2031 issue of Zetology.", ["Zetology"]),
    ("Results were published in the journal of Zeta Infection Research (ZIR).", ["Zeta Infection Research"]),
    ("The results were published in Zeta Care.", ["Zeta Care"]),
    ("Trends in Zetology. 2031 Jan 7;12:731. doi: 10.1000/z.1", ["Trends in Zetology"]),
    ("Archives of Disease in Acme 2031;12:34.", ["Archives of Disease in Acme"]),
    ("Seen in 2031;12:34 and in Acme Res 2031;1:2.", ["Acme Res"]),
    ("Results, which appeared in the Lancet Respiratory Medicine, covered 90 adults.", ["Lancet Respiratory Medicine"]),
    ("It appeared in The Lancet Child & Adolescent Health in May.", ["The Lancet Child & Adolescent Health"]),
    ("It appeared in the Lancet Oncology Professor Roe said.", ["Lancet Oncology"]),
    # (the place a trial was run in, after a verb of doing, is no journal)
    ("The journal published findings of a phase 3 study conducted in Zetania, with 80 adults.", []),
    ("Zeta Care published a study carried out in Zetania.", []),
    ("A trial run in Zetania was published in Zeta Care.", ["Zeta Care"]),
])
def test_journals(text, names):
    assert [v.name for v in find_journals(text)] == names


def test_a_journals_short_form_in_brackets_after_its_name_is_the_same_journal():
    frames = publication_frames("Acme said the results were published in the New England Journal of Medicine (NEJM).")
    assert [f.venue for f in frames] == ["New England Journal of Medicine"]


def test_a_sentence_with_a_meeting_and_a_journal_gives_two_frames_with_their_own_dates():
    frames = publication_frames('The trial was presented at the Acme Congress in June 2031 and published in JAMA on '
                                '2 July 2031 under the title "XY-123 for Adults with Things" (doi:10.1000/j.2031.5).')
    assert [(f.kind, f.venue, f.date, f.title, f.doi) for f in frames] == [
        ("conference", "Acme Congress", "2031-06", None, None),
        ("journal", "JAMA", "2031-07-02", "XY-123 for Adults with Things", "10.1000/j.2031.5")]


def test_a_doi_with_parentheses_is_read_whole():
    frames = publication_frames('It was published in The Lancet (doi: 10.1016/S0000-0000(31)12345-6).')
    assert frames[0].doi == "10.1016/S0000-0000(31)12345-6"


def test_a_dateline_is_not_the_publication_date():
    frames = publication_frames("SPRINGFIELD, March 2031 — Acme Bio said today that the results of its phase 2 trial of "
                                "XY-123 in adults with rare things have been published in the Journal of Acme (2030;1:2).")
    assert [(f.venue, f.date) for f in frames] == [("Journal of Acme", "2030")]


def facts(text):
    doc = parse_document(text, source="t.txt")
    return sorted((f.predicate, f.object_text) for f in PublicationExtractor().extract(doc) if f.predicate != "hasPublication")


def test_a_citation_over_several_sentences_of_one_line_is_one_publication():
    text = ('XY-123 in rare things: the ACME trial\n\nSource: Doe J, et al. "XY-123 in Adults with Rare Things." '
            'N Engl J Med 2031;1:10-20. Published online May 2, 2031. doi:10.1000/x.1\n\n'
            'The ACME trial (NCT01234567) was a randomized trial.')
    assert facts(text) == [("doi", "10.1000/x.1"), ("journal", "N Engl J Med"), ("publicationDate", "2031-05-02"),
                           ("title", "XY-123 in Adults with Rare Things")]


def test_a_date_under_a_publication_date_label_is_the_articles():
    text = ("XY-123 versus Placebo in Rare Things\n\nPublication Date\n\n4-6-2031\n\n"
            "The ACME trial (NCT01234567) was a randomized trial.")
    assert facts(text) == [("publicationDate", "2031"), ("title", "XY-123 versus Placebo in Rare Things")]
    assert facts("Publication Date\n\n2031\n\nThe ACME trial (NCT01234567) was a randomized trial.") == [
        ("publicationDate", "2031")]                       # (no title: the label is the first line)


def test_a_citation_with_a_comma_before_volume_and_article_number():
    text = ("XY-123 versus Placebo in Rare Things\n\nDoe et al. BMC Zetology 2031, 14:351 http://www.example.org/14/351"
            "\n\nThe ACME trial (NCT01234567) was a randomized trial.")
    assert {("journal", "BMC Zetology"), ("publicationDate", "2031")} <= set(facts(text))


def test_a_citation_without_its_journal_gives_its_full_date():
    text = ("XY-123 versus Placebo in Rare Things\n\n. 2031 Jun 4;80(3):312-320. doi: 10.1000/x.2\n\n"
            "The ACME trial (NCT01234567) was a randomized trial.")
    assert ("publicationDate", "2031-06-04") in facts(text)


def test_a_database_pages_journal_line_over_its_citation_is_the_journal_and_the_line_after_is_the_title():
    text = ("Acme Zetology Reports\n. 2031 Jun 4;80:312. doi: 10.1000/x.3\n\nXY-123 versus Placebo in Rare Things: "
            "A Randomized Trial\n\nDoe J, Roe R\n\nAbstract\n\nBackground\n\nThe ACME trial (NCT01234567) was a "
            "randomized trial.\n\nMethods\n\nAdults got XY-123.")
    found = set(facts(text))
    assert {("journal", "Acme Zetology Reports"),
            ("title", "XY-123 versus Placebo in Rare Things: A Randomized Trial")} <= found
    assert ("title", "Acme Zetology Reports") not in found


def test_an_abstract_header_gives_the_headline_as_title():
    text = ("XY-123 versus Placebo in Rare Things\n\nThe Lancet, published 3 May 2031 — structured abstract\n\n"
            "The ACME trial (NCT01234567) was a randomized trial.")
    assert facts(text) == [("journal", "The Lancet"), ("publicationDate", "2031-05-03"),
                           ("title", "XY-123 versus Placebo in Rare Things")]


def test_a_citation_line_under_an_abstracts_headline_gives_it_as_title():
    text = ("XY-123 versus Placebo in Rare Things\n\nThe Acme Study Group. Acme J Med 2031;391:512-520\n\n"
            "The ACME trial (NCT01234567) was a randomized trial.")
    assert ("title", "XY-123 versus Placebo in Rare Things") in facts(text)
    text = ("XY-123 versus Placebo in Rare Things\n\nJournal: Acme J Things; 2031 Jul; 172(4):820-6. PubMed ID: 36123456.\n\n"
            "The ACME trial (NCT01234567) was a randomized trial.")
    assert {("journal", "Acme J Things"), ("publicationDate", "2031-07"), ("pmid", "36123456"),
            ("title", "XY-123 versus Placebo in Rare Things")} <= set(facts(text))
    text = ("XY-123 in rare things: design of the ACME trial\n\nAcme Res Open, 2031. doi:10.1000/aro.2031.0042\n\n"
            "The ACME trial (NCT01234567) was a randomized trial.")
    assert {("journal", "Acme Res Open"), ("publicationDate", "2031"), ("doi", "10.1000/aro.2031.0042"),
            ("title", "XY-123 in rare things: design of the ACME trial")} <= set(facts(text))
    # a release's long opening sentence that names the journal leaves its headline a headline
    text = ("Acme Announces Publication of Results for XY-123\n\nSPRINGFIELD, May 2031 -- Acme Ltd., a clinical-stage "
            "company, today announced that the results of its Phase 2 trial (NCT01234567) of XY-123, an investigational "
            "treatment for rare things, have been published in the Journal of Acme Medicine (2031;33:410; "
            "doi:10.1000/jam.2031.1), and that a second study has begun at twelve sites across three countries.")
    assert not any(p == "title" for p, _ in facts(text))


def test_a_pubmed_style_citation_gives_the_abbreviated_journal_and_its_month():
    frames = publication_frames("Doe J, Roe K, et al. Acme Res Lett. 2031 May;12(3):45-56. doi: 10.1000/arl.2031.9.")
    assert [(f.venue, f.date, f.doi) for f in frames] == [("Acme Res Lett", "2031-05", "10.1000/arl.2031.9")]


def test_a_number_after_a_semicolon_is_no_citation():
    assert find_journals("In 2031; 12 patients") == []


def test_findings_in_a_known_journal_without_a_publication_verb():
    assert [f.venue for f in publication_frames("Full findings in The Lancet showed a benefit.")] == ["The Lancet"]
    assert publication_frames("The results in Japan were similar.") == ()


def test_gates_split_in_parts_find_what_one_alternation_found():
    """The journal gate and the citation-line test are patterns tried in turn: a text matches one of them exactly
    when it matches the one alternation they were."""
    import random
    import re

    from kg.extractors.publications import CITATION
    from kg.text.citations import CITATION_YEAR, JOURNAL_GATE, PUBLICATION_CUE
    plain = {
        "journal gate": (JOURNAL_GATE, re.compile(
            rf"""{PUBLICATION_CUE.pattern}|\b(?:appeared|journal|online|issue|doi)\b|{CITATION_YEAR.pattern}
            |\b(?:study|paper|report|analysis|findings|results|data)\s{{1,3}}in\s{{1,3}}(?:the\s{{1,3}})?[A-Z]""",
            re.I | re.X)),
        "citation line": (CITATION, re.compile(rf"{CITATION_YEAR.pattern}|^\s{{0,3}}doi:|\bPublished online\b|"
                                               rf"^(?:The\s)?[A-Z][\w ]{{2,60}}, published\b", re.I)),
    }
    words = ["2031", "1999", ";", "12", "May", "Results", "in", "the", "Lancet", "data", "doi:", "Published", "online",
             "journal", "paper", ",", "published", "The", "Acme", "x", "(", "."]
    rng = random.Random(3)
    for name, (split, one) in plain.items():
        for _ in range(4000):
            text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(1, 9)))
            assert (split.search(text) is None) == (one.search(text) is None), (name, text)


def test_a_gate_of_several_patterns_passes_a_text_any_of_them_may_match():
    from kg.text import prefilter as rx
    from kg.text.citations import JOURNAL_GATE, AnyOf

    # two patterns that share a literal ("paper"): the gate's mask holds each literal's bit once
    gate = AnyOf(rx.compile(r"\b(?:paper|journal)\b"), rx.compile(r"\b(?:paper|study)\s+in\b"))
    for text in ("It was a paper.", "The journal said so.", "A study in mice.", "The trial was published in Annals."):
        bits = rx.held(text)
        assert bool(bits & gate.masks[0]) == any(p.possible(text) for p in gate.patterns)
    text = 'The trial was published in Annals of Testing, in a paper titled "A Trial."'
    assert rx.held(text) & JOURNAL_GATE.masks[0] and JOURNAL_GATE.search(text)


def test_a_citation_line_with_a_volume_and_an_article_number():
    found = publication_frames("Acme Neurology volume 7, Article number: 512 (2031)")
    assert [(f.kind, f.venue, f.date) for f in found] == [("journal", "Acme Neurology", "2031")]


def test_a_repositorys_notes_above_the_title_are_no_title():
    text = ("Author manuscript; available in PMC: 2032 Dec 1.\nPublished in final edited form as: Acme J Med. 2031 "
            "Apr;95(5):1568-1573. doi: 10.1000/ajm.2031.1\n\nXY-123 versus Placebo in Rare Things\n\n"
            "The ACME trial (NCT01234567) was a randomized trial.")
    assert ("title", "XY-123 versus Placebo in Rare Things") in facts(text)


def test_a_journal_named_like_a_disease_is_no_condition():
    for journal in ("Arthritis Zeta", "Stroke", "the journal of Clinical Zeta Diseases (CZD)"):
        doc = parse_document(f"Headline\n\nXY-123 was tested in the ZETA trial in 300 adults. The data were published "
                             f"in {journal}.", source="t.txt")
        assert not [f for f in load_extractors()["trial_design"].extract(doc) if f.predicate == "condition"], journal


def test_a_publication_of_trials_named_together_is_each_ones():
    text = ("Headline\n\nZETA-1 (NCT01234567) and ZETA-2 (NCT07654321) tested XY-123 in adults with gout. Full results "
            "of ZETA-1 and ZETA-2, the two pivotal trials, appeared in The Lancet.")
    found = {(f.subject.label, f.object_text) for f in load_extractors()["publications"].extract(parse_document(text, "t.txt"))
             if f.predicate == "hasPublication"}
    assert found == {("NCT01234567", "The Lancet"), ("NCT07654321", "The Lancet")}


def test_identifier_lines_under_an_abstracts_title_are_one_article_with_that_title():
    text = ("XY-123 versus Placebo in Rare Things in the ACME Trial\n- PMID: 12345678\n- PMCID: PMC1234567\n"
            "- DOI: 10.1000/ajm.2031.1\nAbstract\nMethods: The ACME trial randomized adults to XY-123 or placebo.")
    doc = parse_document(text, source="t.txt")
    found = {(f.subject.key, f.predicate, f.object_text) for f in PublicationExtractor().extract(doc)}
    assert {(p, o) for _, p, o in found} >= {("title", "XY-123 versus Placebo in Rare Things in the ACME Trial"),
                                              ("pmid", "12345678"), ("doi", "10.1000/ajm.2031.1")}
    assert len({s for s, p, _ in found if p in ("title", "pmid", "doi")}) == 1      # one article


def test_a_references_title_between_its_authors_and_its_journal():
    text = ("Zeta update\n\nThe ZETA trial (NCT01234567) randomized adults to XY-123 or placebo.\n"
            "SOURCE: Doe J, Roe K, et al. Efficacy and safety of XY-123 versus placebo in zeta infections: a randomised, "
            "phase 3 trial (ZETA). Acme J Med 2031;12:345-356.")
    assert ("title", "Efficacy and safety of XY-123 versus placebo in zeta infections: a randomised, phase 3 trial "
                     "(ZETA)") in facts(text)


def test_a_header_that_gives_the_journal_in_capitals_and_the_year():
    text = ("NEW ENGLAND JOURNAL OF MEDICINE, 2031\nMethods In this phase 3 trial (NCT01234567), we assigned adults to "
            "XY-123 or placebo.")
    assert {("journal", "New England Journal of Medicine"), ("publicationDate", "2031")} <= set(facts(text))
    assert not any(p == "journal" for p, _ in facts("ZETA TRIAL RESULTS, 2031\nIn this phase 3 trial (NCT01234567), "
                                                     "adults got XY-123 or placebo."))


def test_a_first_line_that_is_a_journals_name_and_its_date_alone_gives_the_journal():
    text = "Acme Journal of Medicine May 4, 2031\n\nIn this phase 3 trial (NCT01234567), adults got XY-123 or placebo."
    assert {("journal", "Acme Journal of Medicine"), ("publicationDate", "2031-05-04")} <= set(facts(text))
    assert ("journal", "N Engl J Med") in facts("N Engl J Med\n\nIn this phase 3 trial (NCT01234567), adults got "
                                                "XY-123 or placebo.")
    assert not any(p == "journal" for p, _ in facts("N Engl J Med editors praised the work\n\nIn this phase 3 trial "
                                                     "(NCT01234567), adults got XY-123 or placebo."))


def test_a_page_label_in_another_script_above_an_abstracts_identifiers_is_no_title():
    text = ("作者\n- DOI: 10.1000/ajm.2031.7\nAbstract\nMethods: The ACME trial randomized adults to XY-123 or placebo.")
    found = facts(text)
    assert ("doi", "10.1000/ajm.2031.7") in found
    assert not any(p == "title" for p, _ in found)


@pytest.mark.parametrize("text", [
    "XY-123 in Adults With Rare Zeta Things\n\nDoe J, Roe K\n\nAbstract\n\nThe ACME trial (NCT01234567) was a "
    "randomized trial of XY-123.",
    "XY-123 in Adults With Rare Zeta Things\n\nBackground: Zeta things are rare.\n\nMethods: The ACME trial "
    "(NCT01234567) was a randomized trial.\n\nResults: XY-123 helped.\n\nConclusions: It works.",
    # (under a journal's dated line)
    "The Zeta Journal May 4, 2031\n\nXY-123 in Adults With Rare Zeta Things\n\nAbstract\n\nThe ACME trial "
    "(NCT01234567) was a randomized trial.",
])
def test_an_articles_first_line_is_its_title_where_the_document_is_laid_out_as_an_article(text):
    assert ("title", "XY-123 in Adults With Rare Zeta Things") in facts(text)


@pytest.mark.parametrize("text", [
    # a release headed once is no article
    "Acme Reports Zeta Results for XY-123\n\nResults\n\nThe ACME trial (NCT01234567) was a randomized trial.",
    # the abstract's first line is its own heading: no title in the document
    "Abstract\n\nBackground: Zeta things are rare.\n\nMethods: The ACME trial (NCT01234567) was randomized.\n\n"
    "Results: XY-123 helped.",
    # an author list is no title
    "Doe J, Roe K, Poe L, Moe M (2031)\n\nAbstract\n\nThe ACME trial (NCT01234567) was a randomized trial.",
])
def test_a_document_not_laid_out_as_an_article_or_without_a_title_line_gives_no_title(text):
    assert not any(p == "title" for p, _ in facts(text))


def test_a_page_title_that_names_its_journal_after_a_colon_gives_the_title_and_the_journal():
    text = ("XY-123 in Children with Zeta Fever: A Randomized Trial : The Acme Zetology Journal\n\nAbstract\n\n"
            "Background Zeta fever is common. Methods We randomized 90 children. Results XY-123 worked.")
    assert {("journal", "The Acme Zetology Journal"), ("title", "XY-123 in Children with Zeta Fever: A Randomized Trial")} \
        <= set(facts(text))


@pytest.mark.parametrize("number", ["LBA12 - ", "305-OR: ", "Abstract 4021: "])
def test_a_meeting_abstracts_number_before_its_title_is_no_part_of_the_title(number):
    text = (number + "XY-123 in Children with Zeta Fever: A Randomized Trial\n\nAbstract\n\n"
            "Background Zeta fever is common. Methods We randomized 90 children. Results XY-123 worked.")
    assert ("title", "XY-123 in Children with Zeta Fever: A Randomized Trial") in set(facts(text))


def test_a_repository_line_that_gives_the_pmcid_before_the_pmid_gives_the_pmid():
    text = ("XY-123 in Children with Zeta Fever\n\nPMCID: PMC7654321  PMID: 87654321\n\nAbstract\n\n"
            "Background Zeta fever is common. Methods In a trial (NCT01234567), we randomized 90 children.")
    assert ("pmid", "87654321") in set(facts(text))


def test_data_presented_today_at_a_meeting_take_the_releases_date():
    doc = parse_document("Acme reports zeta results\n\nBOSTON, MAY 12, 2031 -- Results of the phase 3 ZETA trial of "
                         "XY-123 were presented today at the 2031 Annual Meeting of the Acme Society of Zetology.", "t.txt")
    dates = {f.object_text for f in PublicationExtractor().extract(doc) if f.predicate.endswith("publicationDate")}
    assert dates == {"2031-05-12"}
