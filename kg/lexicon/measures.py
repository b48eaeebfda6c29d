"""Build ``kg/data/measures.tsv``: the common outcome measures (scales, endpoints, measured quantities).

Run ``python -m kg.lexicon.measures --shared ../shared``. The list joins

- :data:`GENERAL`, hand-curated: endpoints and scales that trials across medicine use as outcomes
  (survival and response endpoints, cardiovascular and kidney events, laboratory and body
  measurements, neurology, psychiatry, respiratory, rheumatology, dermatology, ophthalmology and
  quality-of-life instruments) with their usual abbreviations: general medical knowledge, and
- the named scales that ClinicalTrials.gov records define in their outcome measures
  ("... Rating Scale (ABC-D)"), read from ``corpora/ctgov/ctgov-v2-studies-50.json.gz``.

Each row is ``label<TAB>class<TAB>synonyms`` (``|``-separated). The class says how sure a mention is
an outcome: ``scale`` and ``endpoint`` always name one; an ``event`` (cardiovascular death) one where it is
not an item of a list of events (a composite's component); a ``quantity`` (LDL cholesterol, body weight)
is an outcome only where the sentence speaks of its change or of an endpoint
(see :mod:`kg.text.measures`).

>>> rows = general_rows()
>>> ("overall survival", "endpoint", ("OS",)) in rows
True
>>> scale_definitions("Change in the Acme Itch Rating Scale (AIRS) at week 4")
[('AIRS', 'Acme Itch Rating Scale')]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

from kg.text.abbreviations import find_abbreviations

DATA = Path(__file__).resolve().parent.parent / "data"
OUT = DATA / "measures.tsv"
CTGOV = Path("corpora") / "ctgov" / "ctgov-v2-studies-50.json.gz"

# (label, class, synonyms): the label is the name a result is filed under
GENERAL: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # --- survival, response and time-to-event endpoints (oncology and beyond) ---
    ("overall survival", "endpoint", ("OS",)),
    ("progression-free survival", "endpoint", ("PFS", "progression free survival")),
    ("disease-free survival", "endpoint", ("DFS", "disease free survival")),
    ("event-free survival", "endpoint", ("EFS", "event free survival")),
    ("relapse-free survival", "endpoint", ("RFS", "relapse free survival")),
    ("recurrence-free survival", "endpoint", ("recurrence free survival",)),
    ("metastasis-free survival", "endpoint", ("MFS", "metastasis free survival")),
    ("invasive disease-free survival", "endpoint", ("iDFS", "invasive disease free survival")),
    ("radiographic progression-free survival", "endpoint", ("rPFS", "radiographic progression free survival")),
    ("second progression-free survival", "endpoint", ("PFS2", "progression-free survival 2",
                                                      "progression-free survival on next-line therapy")),
    ("distant metastasis-free survival", "endpoint", ("DMFS", "distant metastasis free survival")),
    ("time to first subsequent therapy", "endpoint", ("TFST", "time to first subsequent treatment")),
    ("time to second subsequent therapy", "endpoint", ("TSST", "time to second subsequent treatment")),
    ("objective response rate", "endpoint", ("ORR",)),
    ("duration of response", "endpoint", ("DoR", "DOR")),
    ("disease control rate", "endpoint", ("DCR",)),
    ("clinical benefit rate", "endpoint", ("CBR",)),
    ("pathological complete response", "endpoint", ("pCR", "pathologic complete response")),
    ("time to progression", "endpoint", ("TTP",)),
    ("major molecular response", "endpoint", ("MMR",)),
    ("sustained virologic response", "endpoint", ("SVR", "sustained virological response")),
    ("response rate", "endpoint", ()),
    ("remission rate", "endpoint", ()),
    # (a best response the tumour response criteria grade besides complete and partial response; not "progressive
    # disease", which also describes a disease's course: "X is a progressive disease")
    ("stable disease", "endpoint", ()),
    # --- events and mortality ---
    ("major adverse cardiovascular events", "endpoint", ("MACE", "major adverse cardiovascular event",
                                                         "major adverse cardiac events", "major adverse cardiac event",
                                                         "major cardiovascular events", "major cardiovascular event")),
    ("all-cause mortality", "endpoint", ("all cause mortality", "death from any cause")),
    ("cardiovascular death", "event", ("death from cardiovascular causes", "CV death", "cardiovascular mortality")),
    ("mortality", "quantity", ()),
    ("annualized relapse rate", "endpoint", ("ARR", "annualised relapse rate")),
    ("annualized bleeding rate", "endpoint", ("ABR", "annualised bleeding rate")),
    ("confirmed disability progression", "endpoint", ("CDP",)),
    ("confirmed disability worsening", "endpoint", ("CDW",)),
    ("no evidence of disease activity", "endpoint", ("NEDA",)),
    ("transfusion independence", "endpoint", ()),
    ("vaccine efficacy", "endpoint", ()),
    ("seroconversion rate", "endpoint", ()),
    ("geometric mean titer", "quantity", ("GMT", "geometric mean titers", "geometric mean titre", "geometric mean titres")),
    ("monthly migraine days", "endpoint", ("mean monthly migraine days",)),
    ("NASH resolution", "endpoint", ("resolution of NASH",)),
    # --- measured quantities (outcomes where the sentence speaks of change or of an endpoint) ---
    ("HbA1c", "quantity", ("glycated hemoglobin", "glycated haemoglobin", "hemoglobin A1c", "haemoglobin A1c",
                           "glycosylated hemoglobin", "A1C", "HBA1c", "HbA1C")),
    ("fasting plasma glucose", "quantity", ("FPG",)),
    # (the share of a day a continuous glucose monitor reads within the target range, and below it)
    ("time in range", "endpoint", ("TIR", "time in target range", "time in the target range", "time in target glucose range",
                                   "time in the target glucose range")),
    ("time below range", "endpoint", ("TBR",)),
    ("LDL cholesterol", "quantity", ("LDL-C", "low-density lipoprotein cholesterol", "LDL-cholesterol",
                                     "low density lipoprotein cholesterol")),
    ("HDL cholesterol", "quantity", ("HDL-C", "high-density lipoprotein cholesterol", "HDL-cholesterol")),
    ("non-HDL cholesterol", "quantity", ("non-HDL-C",)),
    ("total cholesterol", "quantity", ()),
    ("cholesterol", "quantity", ("serum cholesterol",)),
    ("triglycerides", "quantity", ()),
    ("lipoprotein(a)", "quantity", ("Lp(a)",)),
    ("body weight", "quantity", ()),
    ("body mass index", "quantity", ("BMI",)),
    ("waist circumference", "quantity", ()),
    ("systolic blood pressure", "quantity", ("SBP",)),
    ("diastolic blood pressure", "quantity", ("DBP",)),
    ("blood pressure", "quantity", ()),
    ("eGFR", "quantity", ("estimated glomerular filtration rate",)),
    ("urinary albumin-to-creatinine ratio", "quantity", ("UACR", "urine albumin-to-creatinine ratio")),
    ("NT-proBNP", "quantity", ("N-terminal pro-B-type natriuretic peptide",)),
    ("left ventricular ejection fraction", "quantity", ("LVEF",)),
    ("hemoglobin", "quantity", ("haemoglobin",)),
    # (laboratory values read as outcomes across medicine: minerals, hormones, blood counts, inflammation; a name that is
    # also a drug's, "testosterone", "insulin", is left to the drug)
    ("serum phosphorus", "quantity", ("serum phosphate", "plasma phosphate")),
    ("parathyroid hormone", "quantity", ("PTH", "intact parathyroid hormone", "iPTH")),
    ("serum calcium", "quantity", ()),
    ("serum potassium", "quantity", ("plasma potassium",)),
    ("serum sodium", "quantity", ("plasma sodium",)),
    ("serum urate", "quantity", ("serum uric acid", "sUA")),
    ("ferritin", "quantity", ("serum ferritin",)),
    ("platelet count", "quantity", ()),
    ("CD4 count", "quantity", ("CD4 cell count", "CD4+ cell count", "CD4+ T-cell count", "CD4+ count")),
    ("C-reactive protein", "quantity", ("CRP", "hs-CRP", "high-sensitivity C-reactive protein")),
    ("fetal hemoglobin", "quantity", ("HbF", "fetal haemoglobin", "foetal haemoglobin")),
    ("factor VIII activity", "quantity", ("FVIII activity",)),
    ("factor IX activity", "quantity", ("FIX activity",)),
    ("apolipoprotein B", "quantity", ("ApoB", "apoB")),
    ("eGFR slope", "quantity", ()),
    ("brain volume", "quantity", ("whole-brain volume", "brain volume loss")),
    ("T2 lesion volume", "quantity", ()),
    ("viral load", "quantity", ()),
    ("viral RNA", "quantity", ("viral RNA levels", "viral RNA level")),
    ("forced expiratory volume in 1 second", "quantity", ("FEV1", "FEV₁", "forced expiratory volume in one second",
                                                         "forced expiratory volume in 1 s")),
    ("forced vital capacity", "quantity", ("FVC",)),
    ("peak VO2", "quantity", ("peak oxygen uptake",)),
    ("diffusing capacity for carbon monoxide", "quantity", ("DLCO", "diffusing capacity of the lung for carbon monoxide")),
    ("intraocular pressure", "quantity", ("IOP",)),
    ("bone mineral density", "quantity", ("BMD",)),
    ("heart rate", "quantity", ()),
    ("HDL cholesterol", "quantity", ("HDL-C", "high-density lipoprotein cholesterol", "HDL-cholesterol")),
    ("peak urinary flow rate", "quantity", ("Qmax", "maximum urinary flow rate")),
    ("seizure frequency", "quantity", ("frequency of seizures",)),
    # --- functional tests ---
    ("six-minute walk distance", "scale", ("6MWD", "6-minute walk distance", "six-minute walk test",
                                           "6-minute walk test", "6MWT")),
    ("timed 25-foot walk", "scale", ("T25FW", "T25-FW", "timed 25 foot walk")),
    # motor milestones (infant and neuromuscular trials)
    ("independent sitting", "endpoint", ("sitting without support", "sit without support", "sat without support",
                                         "sitting independently", "sit independently", "sat independently")),
    ("head control", "endpoint", ("full head control",)),
    ("nine-hole peg test", "scale", ("9HPT", "9-hole peg test")),
    ("best-corrected visual acuity", "quantity", ("BCVA", "best corrected visual acuity")),
    ("visual acuity", "quantity", ()),
    ("central macular thickness", "quantity", ()),
    ("central subfield thickness", "quantity", ("CST",)),
    # --- neurology ---
    ("modified Rankin Scale", "scale", ("mRS",)),
    ("Epworth Sleepiness Scale", "scale", ("ESS",)),
    ("International Prostate Symptom Score", "scale", ("IPSS",)),
    ("Asthma Quality of Life Questionnaire", "scale", ("AQLQ",)),
    ("visual analogue scale", "scale", ("VAS", "visual analog scale")),
    ("NIHSS", "scale", ("National Institutes of Health Stroke Scale", "NIH Stroke Scale")),
    ("Barthel Index", "scale", ()),
    ("EDSS", "scale", ("Expanded Disability Status Scale",)),
    ("ALSFRS-R", "scale", ("ALS Functional Rating Scale-Revised", "ALS Functional Rating Scale Revised",
                           "Revised ALS Functional Rating Scale")),
    ("MMSE", "scale", ("Mini-Mental State Examination", "Mini Mental State Examination")),
    ("MoCA", "scale", ("Montreal Cognitive Assessment",)),
    ("ADAS-Cog", "scale", ("Alzheimer's Disease Assessment Scale-Cognitive Subscale",
                           "Alzheimer's Disease Assessment Scale-cognitive subscale")),
    ("CDR-SB", "scale", ("Clinical Dementia Rating-Sum of Boxes", "Clinical Dementia Rating Sum of Boxes",
                         "CDR Sum of Boxes")),
    ("ADCOMS", "scale", ("Alzheimer's Disease Composite Score",)),
    ("ADCS MCI-ADL", "scale", ("ADCS-MCI-ADL",)),
    ("ADCS-ADL", "scale", ("Alzheimer's Disease Cooperative Study-Activities of Daily Living",)),
    ("NPI", "scale", ("Neuropsychiatric Inventory",)),
    ("MDS-UPDRS", "scale", ("Movement Disorder Society-Unified Parkinson's Disease Rating Scale",
                            "Movement Disorder Society Unified Parkinson's Disease Rating Scale")),
    ("UPDRS", "scale", ("Unified Parkinson's Disease Rating Scale",)),
    ("HFMSE", "scale", ("Hammersmith Functional Motor Scale Expanded", "Hammersmith Functional Motor Scale-Expanded")),
    ("CHOP INTEND", "scale", ("CHOP-INTEND",)),
    ("HINE", "scale", ("Hammersmith Infant Neurological Examination",)),
    ("RULM", "scale", ("Revised Upper Limb Module",)),
    ("NSAA", "scale", ("North Star Ambulatory Assessment",)),
    ("UHDRS", "scale", ("Unified Huntington's Disease Rating Scale",)),
    ("SARA", "scale", ("Scale for the Assessment and Rating of Ataxia",)),
    ("mFARS", "scale", ("modified Friedreich Ataxia Rating Scale",)),
    # --- psychiatry and sleep ---
    ("MADRS", "scale", ("Montgomery-Asberg Depression Rating Scale", "Montgomery-Åsberg Depression Rating Scale",
                        "Montgomery Asberg Depression Rating Scale")),
    ("HAM-D", "scale", ("HAMD", "HAMD-17", "HDRS", "HAM-D17", "Hamilton Depression Rating Scale",
                        "Hamilton Rating Scale for Depression")),
    ("HAM-A", "scale", ("HAMA", "Hamilton Anxiety Rating Scale")),
    ("PHQ-9", "scale", ("Patient Health Questionnaire-9",)),
    ("GAD-7", "scale", ("Generalized Anxiety Disorder-7",)),
    ("PANSS", "scale", ("Positive and Negative Syndrome Scale",)),
    ("CGI-S", "scale", ("Clinical Global Impression-Severity", "Clinical Global Impression of Severity")),
    ("CGI-I", "scale", ("Clinical Global Impression-Improvement", "Clinical Global Impression of Improvement")),
    ("YMRS", "scale", ("Young Mania Rating Scale",)),
    ("Y-BOCS", "scale", ("Yale-Brown Obsessive Compulsive Scale",)),
    ("CAPS-5", "scale", ("Clinician-Administered PTSD Scale for DSM-5",)),
    ("ADHD-RS", "scale", ("ADHD Rating Scale",)),
    ("Epworth Sleepiness Scale", "scale", ("ESS",)),
    ("PSQI", "scale", ("Pittsburgh Sleep Quality Index",)),
    # --- respiratory, rheumatology, dermatology, gastroenterology ---
    ("annualized exacerbation rate", "endpoint", ("annualised exacerbation rate",)),
    ("SGRQ", "scale", ("St George's Respiratory Questionnaire", "St. George's Respiratory Questionnaire")),
    ("ACQ", "scale", ("Asthma Control Questionnaire",)),
    ("ACR20", "endpoint", ("ACR 20",)),
    ("ACR50", "endpoint", ("ACR 50",)),
    ("ACR70", "endpoint", ("ACR 70",)),
    ("DAS28", "scale", ("DAS28-CRP", "DAS28-ESR", "Disease Activity Score 28", "Disease Activity Score in 28 joints")),
    ("HAQ-DI", "scale", ("Health Assessment Questionnaire-Disability Index",)),
    ("PASI", "scale", ("Psoriasis Area and Severity Index",)),
    ("PASI 75", "endpoint", ("PASI75", "PASI-75")),
    ("PASI 90", "endpoint", ("PASI90", "PASI-90")),
    ("EASI", "scale", ("Eczema Area and Severity Index",)),
    ("EASI-75", "endpoint", ("EASI 75", "EASI75")),
    ("EASI-90", "endpoint", ("EASI 90", "EASI90")),
    ("PASI 100", "endpoint", ("PASI100", "PASI-100")),
    ("IGA", "scale", ("Investigator's Global Assessment", "Investigator Global Assessment", "vIGA-AD")),
    ("sPGA", "scale", ("static Physician's Global Assessment", "static Physician Global Assessment")),
    ("DLQI", "scale", ("Dermatology Life Quality Index",)),
    ("SCORAD", "scale", ("SCORing Atopic Dermatitis",)),
    ("SLEDAI-2K", "scale", ("SLEDAI",)),
    ("BICLA", "endpoint", ("British Isles Lupus Assessment Group-based Composite Lupus Assessment",)),
    ("SRI-4", "endpoint", ("SLE Responder Index",)),
    ("SALT", "scale", ("Severity of Alopecia Tool",)),
    ("WOMAC", "scale", ("Western Ontario and McMaster Universities Osteoarthritis Index",)),
    ("Mayo score", "scale", ("Mayo Clinic score",)),
    ("CDAI", "scale", ("Crohn's Disease Activity Index",)),
    # --- quality of life ---
    ("SF-36", "scale", ("36-Item Short Form Survey", "Short Form-36")),
    ("EQ-5D", "scale", ("EQ-5D-5L", "EQ-5D-3L", "EuroQol 5-Dimension")),
    ("KCCQ", "scale", ("Kansas City Cardiomyopathy Questionnaire",)),
    ("EORTC QLQ-C30", "scale", ("QLQ-C30",)),
    ("FACT-G", "scale", ("Functional Assessment of Cancer Therapy-General",)),
)

# the head words of a named scale or instrument ("... Rating Scale", "... Questionnaire")
SCALE_HEAD = re.compile(r"(?:Scale|Score|Index|Inventory|Questionnaire|Test|Examination|Assessment|Instrument)"
                        r"(?:[- ](?:Revised|Expanded|Short Form))?$", re.I)


def general_rows() -> list[tuple[str, str, tuple[str, ...]]]:
    """The hand-curated rows."""
    return list(GENERAL)


def scale_definitions(text: str) -> list[tuple[str, str]]:
    """(short, long) of the named scales that a text defines ("... Rating Scale (ABC)")."""
    out = []
    for a in find_abbreviations(text):
        long = a.long.strip()
        words = long.split()
        # a name: two to twelve words, capitalised (a lower-case article or preposition inside), ending with a head
        if 2 <= len(words) <= 12 and words[0][:1].isupper() and SCALE_HEAD.search(long) and \
                all(w[:1].isupper() or w.lower() in ("of", "and", "for", "the", "in", "on") or not w[:1].isalpha()
                    for w in words):
            out.append((a.short, long))
    return out


def ctgov_rows(shared: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    """Named scales defined in the outcome measures of the CT.gov records (their long forms)."""
    path = shared / CTGOV
    if not path.exists():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        studies = json.load(fh)
    found: dict[str, set[str]] = {}
    for study in studies if isinstance(studies, list) else studies.get("studies", []):
        module = (study.get("protocolSection") or {}).get("outcomesModule") or {}
        for key in ("primaryOutcomes", "secondaryOutcomes", "otherOutcomes"):
            for outcome in module.get(key) or []:
                for field in ("measure", "description"):
                    for short, long in scale_definitions(outcome.get(field) or ""):
                        found.setdefault(short, set()).add(long)
    # a record's short forms are its own (three letters name many things): the long form is the name kept
    return [(long, "scale", ()) for short, longs in sorted(found.items()) for long in sorted(longs)]


def with_unrated_forms(rows) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each row with its names that end on "Rating Scale" also written without "Rating", as writers shorten them.

    >>> with_unrated_forms([("ZRS", "scale", ("Zeta Rating Scale",))])
    [('ZRS', 'scale', ('Zeta Rating Scale', 'Zeta Scale'))]
    """
    out = []
    for label, kind, synonyms in rows:
        names = (label, *synonyms)
        shorter = tuple(n[:-len("Rating Scale")] + "Scale" for n in names if n.endswith(" Rating Scale"))
        out.append((label, kind, synonyms + shorter))
    return out


def merge(rows) -> list[tuple[str, str, tuple[str, ...]]]:
    """One row per label; a name already given (case aside) by an earlier row is not repeated."""
    seen: set[str] = set()
    out = []
    for label, kind, synonyms in rows:
        names = [n for n in (label, *synonyms) if n.lower() not in seen]
        if label.lower() in seen or not names:
            continue
        seen.update(n.lower() for n in names)
        out.append((label, kind, tuple(n for n in names if n != label)))
    return out


def write(rows, path: Path = OUT) -> None:
    lines = ["# Outcome measures: label, class (scale, endpoint, quantity), synonyms (|). Built by kg.lexicon.measures."]
    lines += [f"{label}\t{kind}\t{'|'.join(synonyms)}" for label, kind, synonyms in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, required=True, help="the shared folder holding corpora/ctgov")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = merge(with_unrated_forms(general_rows() + ctgov_rows(args.shared)))
    write(rows, args.out)
    print(f"wrote {len(rows)} measures to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
