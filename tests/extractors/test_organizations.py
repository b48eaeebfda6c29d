"""Organisations and their roles in whole invented documents; the shipped list and its build; the role query."""

import shutil
from pathlib import Path

import pytest

from kg.documents import parse_document
from kg.extractors.context import build_context
from kg.extractors.org_names import shipped
from kg.extractors.organizations import OrganizationExtractor
from kg.lexicon import organizations as build
from kg.rdf.namespace_gen import ORGANIZATIONS, render_roles, role_predicates

DATA = Path(__file__).resolve().parent.parent / "data"


def facts(text: str) -> set[tuple[str, str, str]]:
    doc = parse_document("Headline\n\n" + text, source="t.txt")
    return {(f.subject.label, f.predicate, f.object_text) for f in OrganizationExtractor().extract(doc)}


def test_short_forms_and_abbreviations_name_one_organisation():
    found = facts("Acme Therapeutics, Inc. (ATI) makes XY-123. The Phase 2 trial of XY-123 was sponsored by Acme. "
                  "ATI's antibody XY-123 worked.")
    assert ("trial", "sponsor", "Acme Therapeutics") in found
    assert ("XY-123", "developedBy", "Acme Therapeutics") in found
    assert not any(o in ("Acme", "ATI") for _, _, o in found)


def test_a_hospital_trust_named_with_its_health_services_letters_is_a_site_whole():
    found = facts("The trial of XY-123 (NCT00000001) in 90 adults was conducted at Zeta City Hospitals NHS "
                  "Foundation Trust.")
    assert {o for _, p, o in found if p == "site"} == {"Zeta City Hospitals NHS Foundation Trust"}


@pytest.mark.parametrize("move", ["added ~14% in early trading after it said it had positive results from",
                                  "is off 27% before the open on early data from"])
def test_a_company_whose_shares_moved_on_its_trials_news_develops_the_drug(move):
    found = facts(f"Nano cap biotech Acme Pharmaceuticals (NASDAQ:ACMP) {move} its phase 2 trial of XY-123 in 24 adults.")
    assert ("XY-123", "developedBy", "Acme Pharmaceuticals") in found


def test_a_parent_keeps_its_own_name():
    found = facts("The Phase 3 trial's sponsor was Acme Biologics Limited, the Acme subsidiary. Acme's drug XY-123 "
                  "was approved.")
    assert ("Acme Biologics Limited", "parentOrganization", "Acme") in found
    assert ("XY-123", "developedBy", "Acme") in found


@pytest.mark.parametrize("disclosure", [
    "Dr. Zed said that she receives research funding from Beta Pharmaceuticals.",
    "Two investigators declared financial links to Beta Pharmaceuticals, which funded their other work.",
])
def test_an_authors_disclosure_of_funding_names_no_sponsor(disclosure):
    found = facts(f"The Phase 2 trial of XY-123 was sponsored by Acme Therapeutics. {disclosure}")
    assert {o for _, p, o in found if p == "sponsor"} == {"Acme Therapeutics"}


def test_a_regulator_has_no_developer_or_sponsor_role():
    found = facts("The randomized trial was funded by the Food and Drug Administration. The FDA's review of XY-123 ended.")
    assert not any(p in ("sponsor", "developedBy") for _, p, _ in found)


def test_sites_are_institutions_only():
    found = facts("The randomized trial enrolled patients at Gamma General Hospital, Acme Pharma and Delta University.")
    sites = {o for _, p, o in found if p == "site"}
    assert sites == {"Gamma General Hospital"}


def test_the_shipped_list_holds_regulators_and_sponsors():
    listed = shipped()
    assert listed["FDA"].kind == "regulator" and listed["NIH"].kind == "funder"
    assert any(k.kind == "company" for k in listed.values())


def test_the_list_builds_from_ctgov_records(tmp_path):
    shared = tmp_path / "shared"
    (shared / "corpora" / "ctgov").mkdir(parents=True)
    shutil.copy(DATA / "ctgov-sponsors.json.gz", shared / "corpora" / "ctgov" / "records.json.gz")
    out = tmp_path / "organizations.tsv"
    assert build.main(["--shared", str(shared), "--out", str(out)]) == 0
    rows = {line.split("\t")[0]: line.split("\t")[1:] for line in out.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")}
    assert rows["Acme Pharma Co., Ltd."] == ["company", "Acme Pharma Co.|Acme Pharma|Acme"]
    assert rows["Gamma University"][0] == "university" and "Jane Roe MD PhD" not in rows
    assert rows["U.S. Food and Drug Administration"][0] == "regulator"


def test_the_role_query_lists_the_roles_of_the_ontology():
    text = ORGANIZATIONS.read_text(encoding="utf-8")
    assert text == render_roles(text), "queries/facts-organizations.rq is stale: run python -m kg.rdf.namespace_gen"
    assert {"developedBy", "sponsor", "collaborator", "partner", "parentOrganization"} <= set(role_predicates())
    assert "site" not in role_predicates()


def test_a_listed_short_name_joins_the_texts_own_longer_name():
    # the shipped list knows "Chugai Pharmaceutical" (short "Chugai"); this text names another form of the company
    found = facts("The randomized trial was sponsored by Chugai Research & Development. Chugai's antibody XY-123 "
                  "lowered the marker.")
    orgs = {o for _, p, o in found if p in ("sponsor", "developedBy")}
    assert orgs == {"Chugai Research & Development"}


def test_both_trials_sponsored_by_one_company():
    from kg.documents import parse_document
    from kg.extractors.organizations import OrganizationExtractor
    doc = parse_document("Headline\n\nZETA-1 (NCT01234567) and ZETA-2 (NCT07654321) tested XY-123. Both trials were "
                         "sponsored by The Acme Company.", source="t.txt")
    found = {(f.subject.label, f.predicate, f.object_text) for f in OrganizationExtractor().extract(doc)}
    assert {("NCT01234567", "sponsor", "Acme Company"), ("NCT07654321", "sponsor", "Acme Company")} <= found


def test_news_wordings_of_the_company_behind_the_drug():
    said = {"Zeta Pharma (ZETA) announced that a randomized, Phase 3 study to evaluate the efficacy and safety of XY-123 "
            "in gout did not meet its primary endpoint.": "Zeta Pharma",
            "Zetacor (NASDAQ:ZETC) is up 58% premarket in response to results from a Phase 2b study of XY-123.": "Zetacor",
            "Zetabio Biopharma (NASDAQ:ZBIO) perks up 5% after positive data from a Phase 1 trial evaluating capsid "
            "inhibitor XY-123.": "Zetabio Biopharma",
            "The drug, XY-123, failed in gout. Zeta Pharma said it has stopped developing its experimental drug.": "Zeta Pharma",
            "Zetaris (ZTRS) announced that a Phase 3 study of XY-123 in gout did not meet its primary endpoint.": "Zetaris"}
    for text, company in said.items():
        assert ("XY-123", "developedBy", company) in facts(text), text


def test_a_member_of_a_group_is_a_company_and_the_group_its_parent():
    found = facts("Zetatech, a member of the Beta Group announced that the FDA has accepted the company's application "
                  "for Zenvia (XY-123) in adults with gout.")
    assert ("XY-123", "developedBy", "Zetatech") in found


def test_an_owner_before_its_product_named_after_a_comma_is_its_developer():
    found = facts("Zelbora's investigational mRNA vaccine candidate, mRNA-2291, was tested in a Phase 3 trial. "
                  "mRNA-2291 was well tolerated.")
    assert ("mRNA-2291", "developedBy", "Zelbora") in found


def test_an_announcer_with_its_short_name_and_its_ticker_in_two_brackets():
    found = facts('Zetagen Therapeutics Inc. ("Zetagen" or the "Company") (NASDAQ: ZTGN) announced today that a Phase 2 '
                  "clinical study of XY-123 in adults did not meet its primary endpoint.")
    assert ("XY-123", "developedBy", "Zetagen Therapeutics Inc.") in found


def test_an_announcer_after_a_dateline_whose_year_is_joined_to_its_name():
    found = facts("GAMMA CITY- May 3, 2031-Zetagen Pharmaceuticals (Nasdaq: ZTGN) today announced results from its Phase 3 "
                  "trial of XY-123.")
    assert ("XY-123", "developedBy", "Zetagen Pharmaceuticals") in found


def test_a_company_named_by_another_languages_word_for_pharmaceuticals_announces_with_its_partner():
    found = facts("Acme Laboratories, Inc. and Zeta Medicament today announced results from a Phase III study of "
                  "XY-123 in gout.")
    assert {("XY-123", "developedBy", "Acme Laboratories"), ("XY-123", "developedBy", "Zeta Medicament")} <= found


def test_a_legal_form_written_later_without_its_period_keeps_the_announcers():
    found = facts("Acme Laboratories, Inc. and Zeta Medicament today announced results from a Phase III study of "
                  "XY-123 in gout.\nXY-123 was well tolerated.\nSource: Acme Laboratories, Inc")
    assert {("XY-123", "developedBy", "Acme Laboratories"), ("XY-123", "developedBy", "Zeta Medicament")} <= found


def test_a_company_that_says_what_its_drug_did_and_one_that_owns_a_mimic_develop_them():
    assert ("XY-123", "developedBy", "Zeta Therapeutics") in facts(
        "Zeta Therapeutics said XY-123 met its goal in a phase 2b trial.")
    assert ("XY-123", "developedBy", "Zeta Therapeutics") in facts(
        "The trial compared two doses of Zeta Therapeutics' ZQ21 mimic XY-123 with placebo.")
    # (a company that says what another company's drug did is not named its developer by "said" alone)
    assert not {f for f in facts("Zeta Therapeutics said Beta Pharma's XY-123 met its goal.")
                if f[1] == "developedBy" and f[2] == "Zeta Therapeutics"}


def test_an_announcer_with_three_brackets_and_one_whose_shares_slid_after_its_news():
    assert ("XY-123", "developedBy", "Zeta Pharma plc") in facts(
        "Zeta Pharma plc (AIM: ZTA) (Nasdaq: ZETA) (\u201cZeta\u201d), a company focused on lung disease, announces "
        "positive Phase 2 data with a new formulation of its lead product, XY-123.")
    assert ("XY-123", "developedBy", "Zetagen") in facts(
        "Zetagen (NASDAQ: ZTGN) slid on Wednesday after the company announced results of the Phase 3 trial of XY-123.")


def test_an_adverb_that_opens_a_sentence_is_no_company_described_after_it():
    found = facts("Acme Bio said XY-123 worked in a phase 2 trial. Specifically, the firm reported that 57% of those "
                  "who received XY-123 improved.")
    assert not {f for f in found if "Specifically" in (f[0], f[2])}


def test_a_large_drug_developer_is_known_by_the_name_the_press_uses_without_a_legal_form():
    found = facts("Sanofi and Acme Bio Announce Positive Results from Phase 3 Trials of XY-123 in Zeta Disease")
    assert ("XY-123", "developedBy", "Sanofi") in found and ("XY-123", "developedBy", "Acme Bio") in found


def test_a_release_calling_its_own_company_the_company_names_no_organisation_so():
    found = facts("Acme Bio today announced results from its ZETA trial evaluating the Company’s zeta inhibitor, XY-123.")
    assert not any(o == "Company" for _, _, o in found)


def test_a_company_named_after_a_descriptor_that_ends_on_developer_announces_its_own_candidate():
    found = facts("French vaccines developer Acme Vax (Euronext Paris: ACV) announced the completion of the phase 3 "
                  "trial of its single-shot vaccine candidate, XY-123.")
    assert ("XY-123", "developedBy", "Acme Vax") in found


def test_a_release_heading_about_its_trial_names_no_organisation():
    found = facts("Zeta Pharmaceuticals, Inc. (NASDAQ: ZTPH), a clinical-stage company, today announced top-line results "
                  "from ZETA 1, the Company's Phase 3 trial comparing XY-123 with AB-77.\n\nAbout ZETA 1\n\nZETA 1 was a "
                  "randomized trial of XY-123 in 500 adults.")
    assert ("XY-123", "developedBy", "Zeta Pharmaceuticals") in found
    assert not any(o.startswith("ZETA") for _, _, o in found)


def test_a_brand_written_in_lower_case_with_a_capital_inside_is_a_name():
    found = facts("BOSTON -- zetaQure N.V. (NASDAQ: ZQRE) today announced positive data from ZETA-B, its pivotal Phase 3 "
                  "trial of XY-123 in adults.")
    assert ("XY-123", "developedBy", "zetaQure N.V.") in found


def test_a_wire_dateline_and_results_of_a_trial_whose_drug_the_next_sentence_names():
    found = facts("BOSTON, Mass.--(ZETA WIRE)--May 1, 2030--Zeta Pharma Company Limited (TSE:9999) today reported data "
                  "from ZETA-4, a large Phase 3 trial in gout. Over one year, XY-123 cut flares by a third.")
    assert ("XY-123", "developedBy", "Zeta Pharma Company Limited") in found
    found = facts("Zeta Pharma Company Limited today reported data from ZETA-4, a Phase 3 trial run by Beta Bio. Over "
                  "one year, XY-123 cut gout flares by a third.")
    assert not any(p == "developedBy" for _, p, _ in found)       # (another company named after the news)


def test_a_company_said_today_that_its_therapy_met_a_goal():
    found = facts("Zeta Bio Inc. (Nasdaq: ZETA) said today that XY-123, its oral gout pill, met the main goal of the "
                  "ZETA-3 trial.")
    assert ("XY-123", "developedBy", "Zeta Bio Inc.") in found


def test_results_from_trials_named_with_their_numbers_and_the_drug_in_the_next_sentence():
    found = facts("BASEL, Switzerland--(ZETA WIRE)--Zeta Sciences, a clinical-stage company that develops skin "
                  "therapies, today reported positive results from ZETARING 1 and ZETARING 2. XY-123 cream cleared "
                  "plaques in 40% of adults.")
    assert ("XY-123", "developedBy", "Zeta Sciences") in found


@pytest.mark.parametrize("owned", ["novel investigational zeta pathway biologic", "novel drug", "lead candidate"])
def test_the_owner_of_a_novel_or_lead_product_is_its_developer_whatever_its_names_shape(owned):
    found = facts(f"In the ZETA trial, adults with gout got zetacept, Zetacorp's {owned}, for a year.")
    assert ("Zetacept", "developedBy", "Zetacorp") in found


def test_an_opening_name_that_announces_news_of_its_own_trial_is_a_company():
    found = facts("Zeta Pathways said today that its Phase 2 study of zetacept in gout had met its main goal.")
    assert ("Zetacept", "developedBy", "Zeta Pathways") in found
    assert not any(o == "Researchers" for _, _, o in facts("Researchers reported that its effect on zetacept was small."))


def test_companies_announcing_results_at_a_societys_meeting_develop_the_therapy_and_their_marked_short_name_is_none():
    text = ("Zeta Medica AB (Zobi®) (STO:ZOBI) and Acmefi (NASDAQ:ACY) presented, at the annual International "
            "Society on Zeta Diseases (ISZD) Congress in Springfield, data from the ZETA-1 phase 3 study of XY-123 in "
            "adults with gout.")
    found = facts(text)
    assert {("XY-123", "developedBy", "Zeta Medica AB"), ("XY-123", "developedBy", "Acmefi")} <= found
    doc = parse_document("Headline\n\n" + text, source="t.txt")
    assert not any(m.text == "Zobi" for ms in build_context(doc).mentions for m in ms)


def test_a_company_whose_shares_moved_after_its_trial_news_may_give_its_ticker_bare():
    found = facts("Shares of Zeta Pharmaceuticals (ZTPH) rose in early trading after the company said its "
                  "experimental drug zetacept met the main goal of a Phase 3 trial in adults with gout.")
    assert ("Zetacept", "developedBy", "Zeta Pharmaceuticals") in found


@pytest.mark.parametrize("text", [
    "Ruritania's Acme Pharma reports that its drug XY-123 failed in a Phase 3 trial.",
    "On Monday Acme Pharma said its Phase 2 trial of XY-123 met its goal.",
    "On May 10, 2030, Acme Pharma announced positive results from its Phase 2 clinical trial evaluating XY-123.",
    "Acme Pharma A/S, of Springfield, Ruritania, reported top-line results from a Phase 3 trial testing XY-123.",
])
def test_a_company_announcing_its_therapys_news_after_a_date_a_country_or_with_its_place(text):
    assert any(p == "developedBy" and o.startswith("Acme Pharma") for _, p, o in facts(text))


def test_the_developer_goes_to_the_drug_named_apart_not_to_the_substance_its_class_is_named_by():
    found = facts("Acme Pharma said a late-stage trial of its experimental cholesterol drug met the main goal. The drug, "
                  "XY-123, cut LDL by 20%.")
    assert ("XY-123", "developedBy", "Acme Pharma") in found and not any(s == "Cholesterol" for s, _, _ in found)


@pytest.mark.parametrize("text, company", [
    ("Zeta Labs and Co. said results from the phase 2 trial of XY-123 were positive.", "Zeta Labs and Co."),
    ("Tuesday, Zeta-Cellular Therapies Inc ( ZCTI ) announced top-line data of Study 202 of XY-123.",
     "Zeta-Cellular Therapies Inc"),
    ("date 2030-03-18 Zetora (NASDAQ:ZETR) is up 40% premarket on news that a phase 2 study of XY-123 met its goal.", "Zetora"),
])
def test_a_company_announcing_results_behind_a_legal_form_after_and_a_weekday_or_a_dateline(text, company):
    assert ("XY-123", "developedBy", company) in facts(text)


def test_the_company_an_executive_speaks_for_develops_the_therapy_when_it_is_the_only_company():
    said = "XY-123 cut zeta pain in the trial, said Jane Doe, chief medical officer for Zetora."
    assert ("XY-123", "developedBy", "Zetora") in facts(said)
    assert not any(p == "developedBy" for _, p, _ in facts(said + " Beta Pharma Inc. makes a rival drug."))


def test_an_abstracts_funding_heading_names_the_sponsors_without_a_colon():
    found = facts("The ZETA trial of XY-123 enrolled adults with gout.\n\nFUNDING Zetapharm Pharmaceuticals and Betacorp Inc.")
    assert {("ZETA", "sponsor", "Zetapharm Pharmaceuticals"), ("ZETA", "sponsor", "Betacorp Inc.")} <= found


def test_a_therapy_under_development_by_a_company_is_its():
    assert ("XY-123", "developedBy", "Zetai") in facts("XY-123, under clinical development by Zetai, cut zeta pain.")


def test_where_a_company_is_based_is_no_part_of_its_name():
    found = facts("Springfield, Calif.-based Zetamarin Pharmaceutical Inc. said its phase 3 trial of XY-123 met its goal.")
    assert ("XY-123", "developedBy", "Zetamarin Pharmaceutical Inc.") in found
    assert not any("based" in o for _, _, o in found)


@pytest.mark.parametrize("text, company", [
    # the opening company said, without "that", its drug met the goal (a day between, a wire's bracket before)
    ("Zetora said on Friday its investigational drug for zeta palsy succeeded in a pivotal study. The study gave "
     "the drug, XY-123, to 231 patients.", "Zetora"),
    ("Zetora drug succeeds (Wire) -Zetora said its drug XY-123 succeeded in a pivotal study.", "Zetora"),
    # the news attributed to the company after it, the story's first company
    ("Zetamarin Pharma Inc. shares were halted on news of the trial results. The therapy, XY-123, met its primary "
     "endpoint, Zetamarin said, lowering zeta by 21% at 12 weeks. Beta Pharma Inc. sells a rival drug.",
     "Zetamarin Pharma Inc."),
    # results named by what they show, and an announcing verb after "recently"
    ("Zetasante Pharmaceuticals, Inc. today released positive Phase 2 efficacy and safety results of XY-123 in "
     "adults with gout.", "Zetasante Pharmaceuticals"),
    ("Zetamyra Bio (ZMB) recently revealed that its medication, XY-123, missed the goal of a pivotal study.",
     "Zetamyra Bio"),
    # the company's drug opens the news of a trial, named in a later sentence
    ("Zetamarin Inc's drug cut zeta levels by 41 percent against placebo in a pivotal study. Zetamarin later "
     "named the drug, XY-123, in a statement.", "Zetamarin Inc"),
])
def test_news_phrasings_name_the_company_whose_drug_is_tested(text, company):
    assert ("XY-123", "developedBy", company) in facts(text)


def test_two_companies_announcing_a_trials_results_develop_the_drug_the_next_sentence_names():
    found = facts("Zetamarin Pharma Inc. and Beta Pharma Inc. today reported data from ZETA-3, a phase 3 study in men "
                  "with zeta cancer. In the study XY-123 lowered deaths by 41 per cent.")
    assert {("XY-123", "developedBy", "Zetamarin Pharma Inc."), ("XY-123", "developedBy", "Beta Pharma Inc.")} <= found


def test_news_attributed_to_a_company_after_another_company_is_no_developer_link():
    found = facts("Beta Pharma Inc. makes a rival drug. XY-123 met its primary endpoint at week 12, Zetamarin Inc. said.")
    assert not any(p == "developedBy" and o.startswith("Zetamarin") for _, p, o in found)


def test_a_headlines_verb_before_a_possessive_is_no_part_of_the_owners_name():
    found = facts("Second Phase 3 Study Evaluating Acme's XY-123 for Zeta Disease Meets Primary Endpoint")
    assert ("XY-123", "developedBy", "Acme") in found
    assert not any("Evaluating" in o for _, _, o in found)


@pytest.mark.parametrize("text", [
    "Acme Prime Therapeutics (NASDAQ:ACPT) surges 180% on positive top-line data for the Phase 2 ZETA trial of "
    "XY-123 in gastric cancer.",
    "US biotech Acme Pharmaceuticals (Nasdaq: ACMP) saw its shares fall 22% after it released top-line data on its "
    "Phase 3 ZETA study of XY-123.",
    "Acmegene (ACGN, Healthcare) shares fell 31% in Friday's trading after the release of early data on a "
    "phase 2 trial of XY-123.",
])
def test_a_company_whose_shares_move_on_its_trial_news_in_any_tense_or_wording_develops_its_therapy(text):
    assert any(s == "XY-123" and p == "developedBy" and o.startswith("Acme") for s, p, o in facts(text))


def test_a_company_whose_shares_moved_for_another_reason_develops_nothing():
    assert not any(p == "developedBy" for _, p, _ in facts(
        "Acme Pharmaceuticals (Nasdaq: ACMP) shares fell 22% on a broad market sell-off; XY-123 is in a phase 2 trial."))


@pytest.mark.parametrize("text", [
    "BOSTON – Zetagene on Friday said it has widened its open-label Phase 2 gene therapy study of XY-401.",
    "Zetava Group has dosed a first participant in Canada in its Phase 1 study of XY-401.",
])
def test_a_name_that_says_it_runs_its_own_trial_is_the_company_developing_its_drug(text):
    found = facts(text)
    assert {(s, o) for s, p, o in found if p == "developedBy"} in ({("XY-401", "Zetagene")}, {("XY-401", "Zetava Group")})


def test_a_person_who_says_something_of_a_trial_is_no_company():
    assert not any(p == "developedBy" for _, p, _ in facts("Dr Smith said the Phase I trial of XY-401 went well."))
