"""Words a document uses as a drug's name, read from how it uses them: for drugs newer than the lexicon whose name
ends on no stem the shipped list knows.

A new drug's name is a made word no list holds yet ("zetanorvat", "Zetanorvat" at a sentence's start), but writers use
it as they use any drug's: with a dose right after it ("zetanorvat 50 mg"), calling it a drug of a class in an
apposition or a predicate ("zetanorvat, an oral activator of ...", "Zetanorvat is a selective inhibitor of ..."), as
what a trial studied ("the efficacy and safety of zetanorvat in ..."), beside the control ("zetanorvat or placebo",
"zetanorvat-treated patients") or as only a drug is spoken of ("zetanorvat was well tolerated", "zetanorvat at doses of",
"zetanorvat, an investigational treatment for"), or name it among a regimen's, a class's or a physician's choice of
drugs ("conditioning with zetanorvat", "medicines such as zetanorvat", "the investigator's choice of zetanorvat or
betavimod"). One
such use names the drug; :func:`used_names` then finds it wherever the document writes it. The caller drops words a
list already knows (the lexicon's), which need no guessing.

>>> used_names(["Zetanorvat, an oral activator of zeta kinase, was tested.", "Patients took zetanorvat daily."])
[[('Zetanorvat', 0)], [('zetanorvat', 14)]]
>>> used_names(["Patients received 50 mg daily or placebo."])
[[]]
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx
from kg.text.arm_parts import HOW_OFTEN
from kg.text.cues.population import DOSE_AMOUNT, DOSE_UNIT, GIVEN_WORD, PEOPLE, SOLID_FORMS

# one made word: five letters or more, lower case after its first
WORD = r"(?P<w>[A-Za-z][a-z]{4,24})(?![\w-])"
CLASS = (r"(?:inhibitor|antagonist|agonist|blocker|modulator|activator|stimulator|degrader|antibody|conjugate|prodrug|"
         r"chaperone|corrector|potentiator|protease|oligonucleotide|siRNA)")
# the nouns for a product that name no class ("an oral compound"): with CLASS, what an apposition may call a drug
PRODUCT_NOUN = r"(?:compound|molecule|drug|medicine|medication|vaccine|candidate|analog|analogue|formulation|peptide)"
# "zetanorvat 50 mg", "zetanorvat 0.5 mg/kg", "zetanorvat at 0.35 mg per kilogram" (the word right before the dose), or
# before doses listed ("zetanorvat at a dose of 10, 30 or 90 mg", "zetanorvat every 8 hours in doses of 5 or 10 mg")
# (a solid form may stand between: "zetanorvat capsules 500 mg", "zetanorvat tablets, 20 mg"; not a route's or a
# pump's word, which an adjective may stand before: "background infusion 2 mL")
DOSED = rx.compile(rf"(?<![\w-]){WORD}\s(?:{SOLID_FORMS},?\s)?(?:{HOW_OFTEN}\s)?(?:at\s(?:(?:a|the)\s)?(?:doses?\sof\s)?|in\s(?:a\s)?doses?\sof\s)?"
                   rf"(?:{DOSE_AMOUNT}(?:,?\s(?:or|and)\s|,\s)){{0,5}}{DOSE_AMOUNT}\s?{DOSE_UNIT}(?![\w/])")
# "zetanorvat, an oral activator", "Zetanorvat is a selective zeta inhibitor" (a few words between: the class's own)
CALLED = rx.compile(rf"(?<![\w-]){WORD}(?:,\s|\s(?:is|was)\s)(?:an?|the)\s(?:[\w-]{{1,25}}\s){{0,5}}?{CLASS}s?\b")
# "the safety and efficacy of zetanorvat in ...", "the efficacy of zetanorvat, compared with ..." (not "the effect of
# exposure on ...")
# or what a trial is of: "a Phase 2 trial of zetanorvat for ...", "a study evaluating zetanorvat in ..." (the word
# between the trial and the people or the disease: not the people themselves, "a study of women in ...")
STUDIED = rx.compile(rf"(?:\b(?i:efficacy|safety|tolerability)\sof|\b(?:trials?|stud(?:y|ies))\s(?:of|evaluating|"
                     rf"investigating|testing|assessing))\s(?!{PEOPLE}\b|pregnant\b|healthy\b){WORD}"
                     r"(?=\s(?:in|for|compared|versus|vs\.?|among|as)\b|,)")
# set beside the control as an arm: "to zetanorvat or placebo", "to zetanorvat, placebo or ...", "placebo or zetanorvat",
# and the arm it names: "zetanorvat-treated patients" (not a comparison's words: "the difference versus placebo"; nor a
# design's: "multicentre, placebo-controlled")
CONTROL = r"(?:matching\s)?(?:placebo|vehicle|sham)"
BESIDE_CONTROL = rx.compile(rf"(?<![\w-]){WORD}(?:,\s|\sor\s){CONTROL}(?![\w-])"
                            # (after a comma, a word that a list's next item ends at, not a clause's subject: "versus
                            # placebo, | increase | in X was ...")
                            rf"|\b{CONTROL}(?:,\s(?P<w2>[A-Za-z][a-z]{{4,24}})(?=[,;.)]|\s(?:or|and|\d)|$)"
                            rf"|\sor\s(?P<w4>[A-Za-z][a-z]{{4,24}})(?![\w-]))"
                            r"|(?<![\w-])(?P<w3>[A-Za-z][a-z]{4,24})-treated\b")
# said of a drug only: "zetanorvat was well tolerated", "zetanorvat at doses of 80 mg", "zetanorvat, an investigational
# treatment for ...", "more frequent with zetanorvat than with placebo"
DRUG_SAID = rx.compile(rf"(?<![\w-]){WORD}(?:\s(?:was|is)\s(?:generally\s|also\s)?(?:safe\sand\s)?well[-\s]tolerated\b"
                       r"|\sat\s(?:a\s)?doses?\sof\b|\sat\s(?:the|a)\s(?:maximum|maximally)\stolerated\sdose\b"
                       r"|\sthan\s(?:with|on|in)\s(?:the\s)?(?:matching\s)?(?:placebo|vehicle|sham)\b"
                       r"|,\s(?:an?|the)\s(?:company['’]s\s)?(?:investigational|experimental|novel|first-in-class|potential)\s"
                       r"(?:[\w-]{1,25}\s){0,3}?(?:treatment|therapy|drug|medicine|antibiotic|antiviral|vaccine|candidate|"
                       r"molecule|compound)\b)")


# a company's own product named in an apposition after the word for it: "a trial of its medication, Zetanorvat, did
# not ...", "its experimental drug, Zetanorvat, met ..." (named so, a word written only with its capital is a brand's)
OWN_PRODUCT = rx.compile(rf"\b(?:its|their|the\scompany['’]s)\s(?:(?:experimental|investigational|lead|new|novel|"
                         r"approved)\s)?(?:drug|medication|medicine|therapy|treatment|candidate|vaccine|product),\s"
                         + WORD + r"(?=,|\s(?:was|is|has|had|did|met|failed|showed|reduced|improved)\b)")


def listed(first: str) -> str:
    """A pattern for one to four made words in a list, in groups ``first``, ``first2`` ... (none the first word of a
    two-word name or of a class: "tranexamic acid", "kinase inhibitors").

    >>> m = re.match(listed("w"), "zetanorvat, betavimod or gammacept were given")
    >>> [w for w in m.groupdict().values() if w]
    ['zetanorvat', 'betavimod', 'gammacept']
    """
    end = (r"(?![\w-])(?!\s(?:acid|sodium|potassium|acetate|chloride|hydrochloride|sulfate|sulphate|citrate|phosphate|"
           rf"drugs?|therapy|{CLASS}s?)\b)")
    more = "".join(rf"(?:(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)(?P<{first}{k}>[A-Za-z][a-z]{{4,24}}){end})?" for k in (2, 3, 4))
    return rf"(?P<{first}>[A-Za-z][a-z]{{4,24}}){end}{more}"


# what a regimen is given with: "chemotherapy with zetanorvat and betavimod", "conditioning with zetanorvat"
GIVEN_WITH = rx.compile(r"\b(?i:chemotherapy|conditioning|lymphodepletion|premedication|pretreatment|prophylaxis|"
                        r"monotherapy|pretreated)\swith\s" + listed("w"))
# the drugs of a class: "medicines such as zetanorvat or betavimod", "kinase inhibitors, such as zetanorvat"
DRUGS = r"(?i:drugs|medicines|medications|agents|antidepressants|antibiotics|antivirals)"
SUCH_AS = rx.compile(rf"\b(?:(?:{DRUGS}|{CLASS}s),?\s(?:such\sas|including)\s|{DRUGS}:\s)" + listed("w"))
# the drugs a physician chose among: "the investigator's choice of zetanorvat or betavimod"
CHOICE_OF = rx.compile(r"['’]s\schoice\sof\s" + listed("w"))
# words a dose or a class phrase follows that are no drug: the dosing's own words, the arms', the control's
NOT_DRUG = frozenset("""placebo daily weekly monthly twice once doses dosage dosing total either group groups cohort
    cohorts arm arms patients participants subjects adults children people control vehicle plus alone versus oral
    orally intravenous intravenously subcutaneous subcutaneously infusion injection injections tablet tablets capsule
    capsules dose every about approximately nearly least maximum minimum median mean average initial starting target
    single multiple standard high higher low lower medium middle additional another which treatment therapy drug
    medicine medication compound molecule candidate product agent regimen formulation saline active matching
    comparator usual care those protease enzyme peptide outcome endpoint baseline period without spray nasal
    solution cream ointment patch drops suspension powder implant inhaler lotion foam shampoo syrup pellet after
    before between during within above below under following prior until since while where whereas there these
    their other every first second third further effect syndrome taken gender subsequent sulphate sulfate
    hydrochloride mesylate acetate citrate phosphate sodium potassium calcium maleate tartrate fumarate bromide
    chloride amide succinate besylate tosylate exercise vaccine vaccination surgery diet counselling counseling
    education program programme training stretching massage acupuncture stenting radiotherapy chemotherapy
    immunotherapy physiotherapy receive receives given gives take takes bolus escalation titration until volume
    trial study staff substance protein hormone receptor pathway ligand metabolite greater better worse larger smaller fewer faster slower longer shorter stronger weaker
    common frequent began begun begin start rose risen fell fallen grew grown went came stood kept held remain
    stayed local topical systemic general regional intrathecal intramuscular intranasal sublingual inhaled exposure
    level limit antagonist agonist inhibitor blocker modulator activator analogue analog antibody therefore however
    thus hence moreover furthermore nevertheless nonetheless meanwhile otherwise instead real true sham minus
    contrast comparison addition particular summary conclusion
    range complete full entire whole partial final last next same usual planned remaining extra""".split())
# endings of English words, a plural's too ("weeks", "levels"; a drug's name may end on "-us" or "-is")
ENGLISH_END = re.compile(r"(?:ly|ing|ed|tion|sion|ment|ness|ity|ous|ive|ful|less|able|ible|ies|ers|ance|ence|ical|"
                         r"(?<![usi])s)$")


# a word for people, no drug's ("rarer in zeta-treated women than with placebo": "women" has no English plural's end)
PEOPLE_WORD = re.compile(PEOPLE)


def plausible(word: str) -> bool:
    """Could ``word`` be a made drug name (no dosing word, arm, people or plain English shape)?

    >>> plausible("zetanorvat"), plausible("weekly"), plausible("receiving"), plausible("Placebo"), plausible("women")
    (True, False, False, False, False)
    >>> plausible("contrast")          # ("In contrast, placebo ...": a linking phrase before the control)
    False
    """
    low = word.lower()
    return low not in NOT_DRUG and not ENGLISH_END.search(low) and not PEOPLE_WORD.fullmatch(low)


def written_small(word: str, texts: list[str]) -> bool:
    """Is a capitalised ``word`` written in small letters somewhere too, as an INN is (a word written only with its
    capital is a brand's, a place's or a sentence's first: the lexicon or the brand rules read those)?

    >>> written_small("Zetanorvat", ["Zetanorvat 5 mg.", "Adults took zetanorvat."]), written_small("Weeks", ["Weeks 12 mg"])
    (True, False)
    """
    small = re.compile(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])")
    return any(small.search(text) for text in texts)


# the words right before a product given: "received | Zetanorva 50 mg", "randomized to | ...", "or | ..."
GIVEN_BEFORE = re.compile(rf"\b{GIVEN_WORD},?\s$")


def used_names(texts: list[str]) -> list[list[tuple[str, int]]]:
    """Per text: (name, offset) of each place it writes a word that some text of the document uses as a drug's name
    (:data:`DOSED`, :data:`CALLED`, :data:`STUDIED`, :data:`BESIDE_CONTROL`, :data:`DRUG_SAID`), in either case of
    its first letter.

    >>> used_names(["Adults got placebo or zetanorvat.", "The efficacy of betavimod in adults was shown."])
    [[('zetanorvat', 22)], [('betavimod', 16)]]
    >>> used_names(["Acme said a trial of its medication, Zetanorva, failed."])
    [[('Zetanorva', 37)]]
    >>> used_names(["Adults got Zetanorva capsules 50 mg or placebo.", "Zetanorva was given."])
    [[('Zetanorva', 11)], [('Zetanorva', 0)]]
    >>> used_names(["Thereafter 50 mg was given.", "Adults got zetanorvat Zetahaler 5 mg or Zetahaler 2 mg."])
    [[], []]
    >>> used_names(["Adults got zetanorvat or placebo.", "Zetanorvat-treated adults fared better than zetanorvat-naive ones."])
    [[('zetanorvat', 11)], [('Zetanorvat', 0)]]
    """
    words = {word for text in texts for pattern in (DOSED, CALLED, STUDIED, BESIDE_CONTROL, DRUG_SAID,
                                                          GIVEN_WITH, SUCH_AS, CHOICE_OF)
             for hit in pattern.finditer(text) for word in hit.groupdict().values() if word and plausible(word)}
    owned = {hit.group("w") for text in texts for hit in OWN_PRODUCT.finditer(text) if plausible(hit.group("w"))}
    # (a capitalised word dosed where it is given is a product's name too: "randomized to Zetanorva 500 mg or ...";
    # not a device's after the drug's own name: "zetanorvat Zetahaler 5 mg")
    dosed = {hit.group("w") for text in texts for hit in DOSED.finditer(text)
             if hit.group("w")[0].isupper() and GIVEN_BEFORE.search(text, max(0, hit.start() - 30), hit.start())}
    dosed = {w for w in dosed if not any(re.search(rf"(?<![\w-])(?!{GIVEN_WORD}\s)[a-z]{{6,}}\s{w}(?![\w-])", text)
                                         for text in texts)}
    names = {w.lower() for w in words if w[0].islower() or w in dosed or written_small(w, texts)} | \
        {w.lower() for w in owned}
    if not names:
        return [[] for _ in texts]
    alternatives = "|".join(f"[{n[0]}{n[0].upper()}]{re.escape(n[1:])}" for n in sorted(names, key=len, reverse=True))
    # (a whole word; or, where the document also writes it alone, before "-treated", which names the arm: "45% of
    # zetanorvat-treated patients"; not "never-treated")
    every = re.compile(rf"(?<![\w-])(?:{alternatives})(?!\w|-(?!treated\b))")
    hits = [[(m.group(), m.start()) for m in every.finditer(text)] for text in texts]
    alone = {name.lower() for text, found in zip(texts, hits) for name, at in found
             if text[at + len(name):at + len(name) + 1] != "-"}
    return [[(name, at) for name, at in found if name.lower() in alone] for found in hits]


# a code name ("XY-123", "AB120", "XYZ-1a"): capitals then digits, a hyphen between them or not
CODE = r"[A-Z][A-Za-z]{0,5}-?\d{2,6}[a-z]?(?![\w-])"
# what only a drug is: what a trial studied, given or dosed, compared with placebo, treated with, a programme of
CODE_AS_DRUG = rx.compile(rf"\b(?:stud(?:y|ies)|trials?)\sof\s(?P<c1>{CODE})"
                          rf"|(?<![\w-])(?P<c2>{CODE})(?:\s(?:was|were|is)\s(?:(?:generally|also)\s)?(?:administered|given|"
                          r"dosed|well[-\s]tolerated)\b|\s\d{1,4}(?:\.\d{1,3})?\s?(?:mg|mcg|µg|μg|g|mg/kg)\b|\s(?:or|versus|vs\.?)\s"
                          r"(?:matching\s)?placebo\b|-treated\b|\sprogram(?:me)?\b)"
                          rf"|\b(?:treated\swith|dose\sof|doses\sof)\s(?P<c3>{CODE})")


def drug_codes(texts: list[str]) -> frozenset[str]:
    """The code names the document uses as a drug's (:data:`CODE_AS_DRUG`): no trial's name, whatever else says it.

    >>> sorted(drug_codes(["Its Phase 2b study of XY-120 met its goal.", "The ZETA-7 study enrolled 90 adults."]))
    ['XY-120']
    """
    return frozenset(code for text in texts for hit in CODE_AS_DRUG.finditer(text)
                     for code in hit.groupdict().values() if code)
