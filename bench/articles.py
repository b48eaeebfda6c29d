"""Make as many distinct, seed-sized news articles as asked, for benchmarks.

    python bench/articles.py OUT_DIR --count N [--seed S]

Each article recombines sentence templates (a headline, a lead, the trial's
design, enrolment, dosing, outcomes with numbers, adverse events, biomarkers,
a sponsor, a publication, a related drug, quotes and background) with names
drawn from the shipped lexicon (drugs, diseases, cell types, genes) and random
numbers, so every article differs and the extractors have real work to do.
The articles are for speed and memory only: their facts are random.
"""

from __future__ import annotations

import argparse
import random
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADLINES = [
    "{Company} Reports {Phase} Results for {drug} in {disease}",
    "{drug} Slows Decline in {disease} Trial, {Company} Says",
    "Early Data Show {drug} Is Safe in People With {disease}",
    "{Company} Doses First Patient in {Phase} Study of {drug}",
]
LEAD = [
    "{Company} said {drug}, its experimental {cell}-based therapy, was safe and showed signs of benefit in a {phase} trial in people with {disease}.",
    "A {phase} clinical trial testing {drug} in adults with {disease} met its main goal, according to {Company}.",
    "Treatment with {drug} slowed the progression of {disease} over {weeks} weeks, top-line data from a {phase} study show.",
]
BODY = [
    "The randomized, double-blind, placebo-controlled trial ({nct}) enrolled {n} patients at {sites} sites in {country}.",
    "Participants were randomly assigned to receive {drug} or a placebo for {weeks} weeks.",
    "A total of {n} adults, {men} men and {women} women, took part; their mean age was {age} years.",
    "Patients received {dose} mg of {drug} by {route} once {freq}.",
    "The main goal was the change in the {scale} score from the study's start to week {weeks}.",
    "Scores fell by a mean of {d1} points in the {drug} group and by {d2} points in the placebo group (p = 0.{p}).",
    "After {weeks} weeks, {pct}% of patients on {drug} responded, compared with {pct2}% of those on placebo.",
    "Side effects were mostly mild; the most common were {ae1} and {ae2}.",
    "{k} serious adverse events were reported, none of which were judged related to treatment.",
    "Levels of {gene} in the blood dropped by {pct}% in treated patients, a sign that the therapy engaged its target.",
    "{drug} is designed to block {gene}, a protein thought to drive {disease}.",
    "{drug} is made from {cell}s collected from healthy donors.",
    "Patients could keep taking {drug2}, an approved treatment for {disease}, during the study.",
    "{drug3}, which also acts on {gene}, is approved for {disease2}.",
    "The study was sponsored by {Company} and run with {Company2}.",
    "The findings were published in the journal {journal}.",
    "\"We are encouraged by these results,\" said {person}, chief medical officer at {Company}.",
    "{disease} affects about {pop} people in {country}, and few treatments are available.",
    "{Company} plans to discuss the design of a {phase2} trial with regulators next year.",
    "An open-label extension study, in which all participants receive {drug}, is ongoing.",
    "The company expects to report full results at a medical meeting in {month}.",
    "{disease} is marked by the loss of {cell}s and worsening {ae1} over time.",
    "Earlier work in mice showed that {drug} reduced {gene} and improved survival.",
    "Analysts said the data, while early, support moving {drug} into larger studies.",
    "The trial's secondary goals included changes in muscle strength, breathing capacity and survival without the need for ventilation.",
    "Researchers also measured how long {drug} stayed in the blood and whether patients developed antibodies against it.",
    "No patient left the study because of side effects, and no deaths were reported during the treatment period.",
    "Patients who completed the main part of the study were offered the chance to continue treatment for another {weeks} weeks.",
    "Blood and spinal fluid samples were collected every four weeks to track markers of nerve damage.",
    "Neurofilament light chain, a marker of nerve cell injury, rose more slowly in the {drug} group.",
    "The difference between the two groups did not reach statistical significance, the company noted.",
    "{Company} said it would share the complete data set with the scientific community once the analysis is finished.",
    "The therapy received orphan drug designation from the U.S. Food and Drug Administration in {month}.",
    "Investigators at {sites} hospitals screened more than {n2} people before selecting those who met the study's criteria.",
    "To be eligible, patients had to be between 18 and 75 years old and have had symptoms for less than two years.",
    "\"These findings give hope to patients and families who have waited a long time for better options,\" said {person2}, a neurologist who led the study.",
    "Shares of {Company} rose {pct2}% in early trading after the announcement.",
    "The company has raised about ${money} million to fund its clinical program, including a planned {phase2} study.",
    "{drug} was given on top of standard care, which for most participants included physical therapy and nutritional support.",
    "A data safety monitoring board reviewed the results every six months and recommended that the trial continue without changes.",
    "Patient groups welcomed the news but cautioned that larger trials will be needed to confirm the benefit.",
    "The study used a design in which the dose was raised step by step in small groups of patients to find the best-tolerated amount.",
    "Most side effects occurred within the first two weeks of treatment and went away without intervention.",
    "{Company2} will manufacture {drug} for the next stage of development under an agreement signed last year.",
]
ABOUT = [
    "About {Company}: {Company} is a clinical-stage biotechnology company developing treatments for neurological and "
    "rare diseases. Its lead program, {drug}, is in clinical development for {disease}, and its research platform "
    "includes gene and cell therapies. The company is based in Boston and has about {staff} employees.",
    "About {disease}: {disease} is a progressive condition that affects movement, speech and breathing. Most people are "
    "diagnosed between the ages of 40 and 70, and the disease is slightly more common in men than in women. There is no "
    "cure; approved treatments modestly slow its course, and care focuses on managing symptoms.",
    "Forward-looking statements: This press release contains forward-looking statements about the development of "
    "{drug}, including the timing of trials and regulatory filings. Actual results may differ materially because of "
    "risks and uncertainties, and the company undertakes no duty to update these statements.",
]
PHASES = ["Phase 1", "Phase 1/2", "Phase 2", "Phase 2b", "Phase 3"]
ROUTES = ["intravenous infusion", "mouth", "injection under the skin", "intrathecal injection"]
FREQ = ["daily", "a week", "every two weeks", "a month"]
SCALES = ["disability", "symptom", "functional rating", "quality of life"]
COUNTRIES = ["the U.S.", "Japan", "Germany", "Canada", "France", "Italy", "Spain", "Australia"]
MONTHS = ["March", "May", "June", "September", "October", "November"]
JOURNALS = ["Neurology", "The Lancet", "Nature Medicine", "Brain", "JAMA Neurology"]
SYLLABLES = ["neu", "ra", "vo", "gen", "tix", "cel", "lum", "ora", "bio", "thera", "zen", "mar", "qui", "pho"]
SUFFIXES = ["Therapeutics", "Pharma", "Biosciences", "Biotech", "Medicines"]
FIRST = ["Anna", "David", "Maria", "James", "Yuki", "Lena", "Omar", "Sara"]
LAST = ["Keller", "Moreau", "Tanaka", "Silva", "Novak", "Brennan", "Okafor", "Lindqvist"]


@lru_cache(maxsize=1)
def names() -> dict[str, list[str]]:
    """Plain one- or two-word names of each kind from the shipped lexicon."""
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    pools: dict[str, list[str]] = {"drug": [], "disease": [], "cell": [], "gene": []}
    for entries in lex.ci.values():
        for text, kind, _, ids, _ in entries:
            if kind in pools and ids and 1 <= len(text.split()) <= 2 and text.replace(" ", "").isalpha() \
                    and text[0].isalpha() and len(text) > 4:
                pools[kind].append(text)
    for entries in lex.cs.values():
        pools["gene"] += [text for text, kind, *_ in entries if kind == "gene" and text.isalnum() and 3 <= len(text) <= 6]
    return {k: sorted(set(v)) for k, v in pools.items()}


def company(rng: random.Random) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return f"{word.capitalize()} {rng.choice(SUFFIXES)}"


def article(i: int, seed: int = 0) -> str:
    """The text of article ``i`` (the same i and seed give the same text)."""
    rng = random.Random(seed * 1_000_003 + i)
    pool = names()
    n = rng.randint(12, 600)
    men = rng.randint(1, n - 1)
    slots = {
        "Company": company(rng), "Company2": company(rng), "drug": rng.choice(pool["drug"]),
        "drug2": rng.choice(pool["drug"]), "drug3": rng.choice(pool["drug"]), "disease": rng.choice(pool["disease"]),
        "disease2": rng.choice(pool["disease"]), "cell": rng.choice(pool["cell"]), "gene": rng.choice(pool["gene"]),
        "phase": rng.choice(PHASES), "phase2": rng.choice(PHASES), "nct": f"NCT{rng.randrange(10**8):08d}",
        "n": n, "men": men, "women": n - men, "sites": rng.randint(1, 40), "country": rng.choice(COUNTRIES),
        "weeks": rng.choice([12, 24, 26, 48, 52]), "age": rng.randint(30, 70), "dose": rng.choice([5, 10, 50, 100, 300]),
        "route": rng.choice(ROUTES), "freq": rng.choice(FREQ), "scale": rng.choice(SCALES),
        "d1": round(rng.uniform(0.5, 9), 1), "d2": round(rng.uniform(0.5, 9), 1), "p": rng.randint(1, 49),
        "pct": rng.randint(5, 80), "pct2": rng.randint(5, 80), "k": rng.randint(0, 9),
        "ae1": rng.choice(["headache", "nausea", "fatigue", "dizziness", "back pain", "fever"]),
        "ae2": rng.choice(["rash", "diarrhea", "insomnia", "muscle pain", "vomiting"]),
        "journal": rng.choice(JOURNALS), "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "person2": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "n2": rng.randint(600, 2000), "money": rng.randint(20, 400),
        "staff": rng.randint(20, 900),
        "pop": f"{rng.randint(2, 90)},000", "month": rng.choice(MONTHS),
    }
    slots["Phase"] = slots["phase"]
    body = rng.sample(BODY, k=rng.randint(len(BODY) - 6, len(BODY)))
    sentences = [rng.choice(LEAD)] + [x[0].upper() + x[1:] for x in (b.format(**slots) for b in body)]
    paragraphs = [" ".join(sentences[k:k + 3]) for k in range(0, len(sentences), 3)]
    text = "\n\n".join([rng.choice(HEADLINES)] + paragraphs + ABOUT)
    return text.format(**slots).replace("{", "").replace("}", "") + f"\n\nArticle {seed}-{i}.\n"


def write_articles(out: Path, count: int, seed: int = 0, start: int = 0) -> list[Path]:
    """Write articles ``start .. start+count-1`` as ``out/article-NNNNNNN.txt`` (1,000 to a sub-folder)."""
    paths = []
    for i in range(start, start + count):
        path = out / f"{i // 1000:04d}" / f"article-{i:07d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(i, seed), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    write_articles(args.out, args.count, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
