"""The names a document gives, sentence by sentence: the lexicon's, measures, the short forms it defines, and the
therapies it names by their shape (development codes "AB-123", names marked with ®, INN stems, products named where
they are given or studied). Computed once per document by :func:`kg.extractors.context.build_context`.

>>> [name for name, _ in code_names(["XY-123 and AB1234 were compared."])[0]]
['XY-123', 'AB1234']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace

import ahocorasick

from kg.extractors.disease_types import ELIDED, elided_kinds, with_type
from kg.extractors.mention_spans import resolve_overlaps, shift, without_verb_phenotypes
from kg.extractors.unnamed_products import with_biosimilar_codes
from kg.extractors.util import is_word
from kg.lexicon import load_lexicon
from kg.model import Document, Mention
from kg.text import prefilter as rx
from kg.text.abbreviations import find_abbreviations
from kg.text.cues import DOSAGE_FORMS, IN_JOURNAL_BEFORE, INN_NAME, MEETING_WORDS, PLACEBO_WORDS, TRIAL_SHAPED_CODE
from kg.text.cues.organizations import ORG_ACQUIRED
from kg.text.cues.population import DOSE_AMOUNT, DOSE_UNIT, GIVEN_WORD, SOLID_FORMS
from kg.text.drug_uses import used_names
from kg.text.inn import stem_words
from kg.text.joined import SEPARATOR, hits_each, line_starts
from kg.text.measure_list import LETTERS
from kg.text.measures import find_measures, measure_abbreviations, measure_name
from kg.text.organizations import COMPANY_HEADS, INSTITUTION_HEADS, LEGAL_FORMS
from kg.text.placebo_partners import placebo_partners
from kg.text.procedures import compared_by_short_form, defined_procedures, find_procedures
from kg.text.registries import MISPRINTED_ID, is_registry_id
from kg.text.sentences import Sentence
from kg.trials.attribution import automaton

# development code names: "AB1234", "XY-123", "BIIB067"; not protein mutations such as "H273R" or "V600E".
# It means \b(?:[A-Z]{2,6}[a-z]?-?\d{3,8}(?:[A-Z]{2}|[A-Za-z])?|[A-Z]{2,6}-\d{2,8})\b(?![-/]\d) (companies number codes with up
# to eight digits: "XY1234567", "ZP-01234567"; a formulation's two capitals
# may close it: "XY-004HR"; one capital will do before three digits or more: "Z-001"); the word boundary is checked after the
# first capital, as a look back, because re scans fast only for a pattern that starts with a character. A code that
# goes on with a hyphen or slash and digits ("AB2031-40", "CLN-001-12") is a protocol's number, no drug's
# (or an RNA product's, a small letter or two before the capitals: "mRNA-1234", "siRNA-101")
CODE_NAME = rx.compile(r"(?:[A-Z](?<!\w[A-Z])(?:[A-Z]{1,4}-[A-Z]{1,5}\d{3,6}(?:[A-Z]{2}|[A-Za-z])?"      # ("ZQS-KT482": a prefix)
                       r"|[A-Z]{1,5}[a-z]?-?\d{3,8}(?:[A-Z]{2}|[A-Za-z])?|[A-Z]{1,5}-\d{2,8}|-\d{3,6})"
                       r"|(?<![\w-])(?!(?:NDA|IND|BLA|ANDA|MAA|ISO|ASX|NCT|IEC|DIN|CAS|ATC)\s)[A-Z]{3,5}\s\d{5,7}"
                       r"|(?<![\w.-])(?!(?:US|EP|WO|JP|CN|DE|GB|FR|KR|CA|AU|NZ|NO)\s)[A-Z]{2}\s\d{6,7}"
                       r"|[ms](?<![\w-][ms])[ia]?RNA-\d{3,6})\b(?![-/]\d|-[A-Z]{1,6}-)")     # (a code with a space: "XYZ 204817", "ZX 764530";
# not a patent office's number, "EP 1234567"; nor the start of a grant's or a lot's number, "ZQRF210-XYZ-C-345")
# a paper's number in a library, no drug's: "PMC1234567", "NIHMS1234567"
LIBRARY_IDS = ("PMC", "PMID", "NIHMS")
# (nor a registry's id with a digit too few or too many, as printed: "NCT1234567")
REGISTRY_SHAPED = re.compile(MISPRINTED_ID)
# (or marked as a wire service writes the signs: "Zetamab(TM)", "Zetamab(R)")
# (a short form of capitals or digits after the brand's word carries the mark for both: "Zetaline XR™", "Zetadisc LP(TM)")
MARKED_NAME = rx.compile(r"\b([A-Z][a-z]{2,20}\s[A-Z0-9]{1,3}(?![\w-])|[A-Z][A-Za-z0-9-]{2,30})(?:\s?[®™]|\((?:TM|R)\))")
MARKS = ("®", "™", "(TM)", "(R)")
# a marked name's second word, where the short form in brackets after it spells both: "Zetane® Balance (ZB)", "Zetane®
# Ultra Plus (ZUP)"
MARKED_MORE = re.compile(r"\s([A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?)(?=\s\(([A-Z]{2,6})\))")
# the word after a marked name that the document also writes with the name, unmarked: "Zetaline™ XR" where "Zetaline
# XR" comes again (the mark sits after the brand's first word; the product's name is both)
MARKED_NEXT = re.compile(r"\s([A-Z][A-Za-z0-9]{0,11}(?:-[A-Za-z0-9]{1,8})?)(?![\w-])")
# a marked word that names what kind of product it is, and the capitalised words before it that name which one:
# "Zetastar ZMS | Therapy®", "the Zeta | System™" (not an article or a pronoun opening a sentence)
GENERIC_MARKED = frozenset("Therapy System Device Stent Valve Implant Platform Sensor Pump Catheter".split())
NAME_WORDS_BEFORE = re.compile(r"(?<![\w-])((?:[A-Z][\w-]{1,20}\s){1,2})$")
NOT_NAME_OPENING = frozenset("The A An Our This Its Their New".split())
# a product's form, the last word of its name: "Zetane® Oral | Solution"
PRODUCT_FORM_WORD = re.compile(r"(?i:solution|gel|cream|ointment|foam|spray|lotion|suspension|emulsion|drops|patch)")
# a marked name that is a trial's, not a product's: "the ZETA-IT™ Cardiovascular Outcomes Study", "ZETA-IT™ trial", "the
# outcomes trial, ZETA-IT™,"
MARKED_TRIAL_AFTER = re.compile(r"(?:\s[A-Z][a-z]{2,20}){0,3}\s(?:[Cc]linical\s)?(?:Study|Trial|study|trial)\b")
MARKED_TRIAL_BEFORE = re.compile(r"\b(?:trial|study),?\s$", re.I)
# trials of the cooperative oncology groups are numbered with the group's initials ("ECOG9911", "RTOG 0617"): a trial,
# never a drug's code
GROUP_TRIAL_CODE = re.compile(r"(?:ECOG|SWOG|RTOG|CALGB|NSABP|GOG|NRG|EORTC|JCOG|ACOSOG|NCCTG|NCIC|CCTG|COG|HOVON|GBG|AIO|"
                              r"TROG|ANZGOG|WJOG|KCSG|IFCT|GELA|LYSA|FIL|NCRI|MRC)[\s-]?[A-Z]?\d")
# what follows a measure's name shaped like a code ("ZRS-50 response", "HAMD-17 score"), a classification's ("ZCD-10
# categories") or a molecule's of biology ("ZXA-23 enzyme", "ZT2440 strain"), never a drug's
TERM_AFTER_CODE = re.compile(r"\s{0,2}(?:response|responders?|score|scale|rate|criteria|remission|codes?|categor(?:y|ies)|"
                             r"classification|enzymes?|genes?|strains?|mutations?|alleles?|variants?|proteins?|antigens?)\b",
                             re.I)
# a product's name given a dose or set against placebo, which the lexicon need not know: "12 mg of Zetacon", "the
# effect of Zetacon versus placebo" (a capitalised name that is no sentence's opening word)
DOSED_NAME = rx.compile(r"(?:(?<![\w.])\d{1,4}(?:\.\d{1,3})?\s?(?:mg|mcg|µg|μg|g)\s(?:of\s)?|\b(?:effect|efficacy|safety|tolerability)\sof\s)"
                        # (a word of four letters or more, or two joined, each capitalised: "Zetaxa", "ZePre")
                        r"([A-Z][a-z]{1,20}[A-Z][A-Za-z]{1,12}|[A-Z][a-z]{3,20})"
                        r"(?=\s(?:versus|vs\.?|compared\s(?:with|to))\splacebo\b|\s(?:compared|versus|vs\.?|was|were|in|for|daily)\b|[,;.)])")
# a product named in mixed case after the words that say a trial tests it or patients got it: "the trial evaluating
# ZetXT for the treatment of", "treatment with ZetXT demonstrated", "trial, ZETA-1, evaluating gene therapy ZetXT in"
EVALUATED_NAME = rx.compile(r"(?=[tT])\b(?:(?:trial|study)(?:,\s[^,;()]{1,30},)?\s(?:evaluating|investigating|testing|assessing)"
                            r"|treat(?:ment|ed)\swith)\s(?:(?:the\s|its\s)?(?:investigational\s)?(?:gene|cell)\stherapy\s)?"
                            r"(?!(?:Mc|Mac|De|Di|La|Le|Van|Von)[A-Z])([A-Z][a-z]{1,20}[A-Z][A-Za-z]{1,12})"     # (not "McKay")
                            r"(?=[,;.)]|\s(?:for|in|versus|vs\.?|compared|demonstrated|showed|was|were|or|and|led|resulted)\b)")
# a short code the text calls a drug in an apposition, which CODE_NAME leaves (two digits are also a gene's or a
# variant's: "CD20", "COVID-19"): "XY80, a novel compound", "XY-80, an investigational oral inhibitor"
CODE_CALLED_DRUG = rx.compile(r"(?<![\w-])([A-Z]{2,5}-?\d{2}[A-Za-z]?),\s(?:an?|the)\s(?:[\w-]{1,20}\s){0,3}?"
                              r"(?:compound|drug|medication|medicine|candidate|therapy|molecule|inhibitor|antibody|agonist|"
                              r"antagonist|modulator)\b")
# a name in letters the text calls the company's product in an apposition: "tgZZV-CF, the company's proprietary gene
# therapy product", "ZetaVir, its lead candidate" (a name with a capital or a digit inside: no plain word)
APPOSED_PRODUCT = rx.compile(r"(?<![\w-])([A-Za-z](?=[\w-]{1,24}[,])(?=[a-z\d-]{0,6}[A-Z\d])[\w-]{2,25}),\s(?:the|its|our)\s"
                             r"(?:company['’]s\s)?(?:(?:proprietary|lead|investigational|experimental|novel)\s){0,2}"
                             r"(?:[\w-]{2,20}\s){0,3}?(?:product|candidate|vaccine)\b")
# a short code given a dose or a dosage form, which CODE_NAME leaves: "6.4 µg dose of XY10", "XY10 nasal spray", "AB12
# film-coated tablets"
CODE_GIVEN = rx.compile(r"(?:(?<![\w.])\d{1,4}(?:\.\d{1,3})?\s?(?:mg|mcg|µg|μg)\s(?:dose\s)?of\s([A-Z]{2,5}-?\d{2}[A-Za-z]?)\b"
                        rf"|(?<![\w-])([A-Z]{{2,5}}-?\d{{2}}[A-Za-z]?)\s(?:[a-z-]{{3,20}}\s){{0,2}}?{DOSAGE_FORMS}\b"
                        # (or the kind of cell or gene product it is: "XY38 CAR T cells", "XY38 gene therapy"; not an
                        # antigen's or a virus's name: "CD19 CAR T cells", "COVID-19 vaccine")
                        r"|(?<![\w-])(?!CD\d|COVID|SARS|HPV|HIV)([A-Z]{2,5}-?\d{2}[A-Za-z]?)\s(?:CAR[- ]?Ts?\b|CAR\sT[- ]cells?\b"
                        r"|chimeric\santigen\sreceptor|(?:gene|cell)\stherapy\b|vaccine\b))"
                        # (or the one a study tests: "a study of XY38 as a single agent", "the safety and efficacy of
                        # XY38, given ..."; not a molecule of biology studied: "a study of CD38 expression")
                        r"|\b(?:stud(?:y|ies)|trials?|safety|efficacy|tolerability|pharmacokinetics)\sof\s"
                        r"(?!CD\d|COVID|SARS|HPV|HIV|IL-?\d)([A-Z]{2,5}-?\d{2}[A-Za-z]?)"
                        r"(?=[,;)]|\.\s|\s(?:as|alone|plus|versus|vs\.?|or|and|with|was|is|given|administered|in\s(?:combination|adults?|"
                        r"patients|participants|children|healthy))\b)")
# a plant's or a fungus's extract, named by the species' two Latin words: "an extract of Zetaria lucida", "Zetaria lucida
# (ethanol) extract" (the product is the species' extract; the solvent is no therapy, see PART_OF_TERM_AFTER)
BOTANICAL = rx.compile(r"\bextracts?\sof\s(?:the\s)?([A-Z][a-z]{2,20}\s[a-z]{3,20})\b"
                       r"|\b(?!(?:The|This|That|These|Those|Its|Their|Our|An?|Each|All|Both)\s)([A-Z][a-z]{2,20}\s[a-z]{3,20})"
                       r"\s(?:(?:ethanol(?:ic)?|aqueous|water|methanol(?:ic)?|dry|standardi[sz]ed)\s)?extracts?\b")
# a device named by its brand before its kind, which the lexicon need not know: "the ZETAGUARD Closure device", "its
# ZetaFlow stent", "The Zetaline embolization device" (the brand's words in capitals, perhaps a word or two for what it
# does; not a body, a programme or a scale; not a "system" or a "sensor", words also of the body's workings and of
# software)
DEVICE_NAMED = rx.compile(r"\b(?:[Tt]he|its|their|our)\s((?!(?:The|This|Phase|FDA|US|U\.S\.)\b)[A-Z][A-Za-z0-9-]{1,24}"
                          r"(?:\s[A-Z][A-Za-z0-9-]{1,24}){0,5}"
                          r"(?:\s(?!(?:investigational|experimental|novel|new|approved|implanted|study|trial)\b)[a-z][a-z-]{2,20}){0,2}?"
                          r"\s(?:device|implant|stent|valve|catheter|pump|neurostimulator|pacemaker|System))\b")
# (a body's or the body's own system is no device, nor a programme's or a scale's: "the VA Health System", "the Central
# Nervous System", "the Drug Delivery device", "the Zeta Grading System")
NOT_DEVICE_WORD = re.compile(r"\b(?:Health|Healthcare|Care|Hospital|Hospitals|Medical|University|School|Nervous|Immune|"
                             r"Central|National|Clinical|Drug|Reporting|Information|Delivery|Classification|Staging|Scoring|"
                             r"Grading|Payment|Insurance)\b")
# a sentence that gives a device as a treatment or trials it: "the trial evaluated the ZETAGUARD device", "patients
# received the ZetaFlow stent" (where no such word stands, a device is an instrument: "readings obtained with the ZQR
# device")
DEVICE_GIVEN = rx.compile(r"\b(?:trials?|stud(?:y|ied|ies)|implant\w{0,5}|treated|treatment|received|receiving|"
                          r"randomi[sz]ed|evaluat\w{1,5}|tested|testing)\b", re.I)
# a device a sentence measures or records with, an instrument rather than a treatment: "measured with the ZQR device"
MEASURED_WITH = rx.compile(r"\b(?:measured|assessed|recorded|determined|monitored|quantified|imaged|scanned|mapped)\s"
                           r"(?:[\w-]{1,20}\s){0,3}?(?:with|using|by|on)\s$", re.I)
# a plant's extract named by its common name, where the sentence gives it: "randomized to zetaberry extract 600 mg/day
# or diet advice" (a dose, a bracket or the other arm after it); not a solvent's or a generic extract ("an ethanol
# extract", "herbal extracts")
COMMON_EXTRACT = rx.compile(r"(?<![\w-])((?!(?:the|an|a|this|that|its|their|of|ethanol|ethanolic|aqueous|water|methanol|crude|"
                            r"dry|dried|standardi[sz]ed|plant|herbal|botanical|natural|leaf|root|seed)\s)"
                            r"(?:[a-z]{3,15}[\s-]){0,2}?[a-z]{3,15}\sextract)(?=\s\d|\s\(|,|\s(?:or|versus|vs\.?)\s)")
EXTRACT_GIVEN = rx.compile(r"\b(?:randomi[sz]ed|assigned|allocated|received|receiving|given|taking|took|supplement\w*)\b",
                           re.I)
# allergen immunotherapy, named by its route, which the lexicon need not know: "treated with oral immunotherapy (OIT)",
# "a sublingual immunotherapy tablet"
ROUTE_IMMUNOTHERAPY = rx.compile(r"\b((?:oral|sublingual|epicutaneous|subcutaneous|intralymphatic)\simmunotherapy)\b", re.I)
# a company's own product named before its class noun, which the lexicon need not know: "its ZetaVax-JE vaccine", "our
# Zetamab antibody", "Acme's Zetacel product candidate", "Acme's ZBV-ISS vaccine" (a name the lexicon knows, "its COVID-19 vaccine", is no product)
OWN_PRODUCT = rx.compile(r"(?=[iotA-Z])\b(?:its|our|their|[A-Z][\w-]{1,30}['’]s)\s"
                         r"(?!(?:Phase|New|Next|Lead|First|Own|Investigational|Experimental|Novel|Oral|Proprietary)\b)"
                         r"([A-Z][a-z]{2,20}(?:[A-Z][A-Za-z]{1,12})?(?:-[A-Z0-9]{1,6})?|[A-Z]{2,6}-[A-Z0-9]{2,6})"
                         r"\s(?=(?:vaccine|antibody|gene\stherapy|cell\stherapy|(?:drug|product)\scandidate)\b)")
# the product a trial studies, named with its short form or code in brackets, which the lexicon need not know: "a Phase 1
# study of Ultra Zetanol Amide (UZA)", "comparing zetazolid acefosam (ZX-4) with ..." (a name the lexicon knows there, a
# gene, a disease or a scale, is no product)
STUDIED_PRODUCT = rx.compile(r"""\b(?:(?:[Tt]rial|[Ss]tud(?:y|ies))\s(?:of|evaluating|comparing|testing|with)|evaluating|comparing|testing)\s
    (?:the\s|its\s)?(?!(?:Patients|Participants|Adults|Children|Subjects|Safety|Efficacy|Treatment|Placebo|Healthy|People)\b)
    (?:(?P<name>[A-Z][\w-]{2,30}(?:\s[A-Z][\w-]{2,30}){0,3})\s\((?P<short>[A-Z][A-Za-z]{1,6})\)
    | (?P<name2>[A-Za-z][a-z][\w-]{2,30}(?:\s[a-z][\w-]{2,20})?)\s\((?P<code>[A-Z]{2,5}-\d{1,4}[A-Za-z]?)\))""", re.X)
# a product's name said to be what patients were given, which the lexicon need not know (a company's possessive may
# stand before it): "patients given Acme's Zetaxa earned ...", "people taking Zetaxa lost ..."
GIVEN_NAME = rx.compile(r"(?=[acmpswACMPSW])\b(?i:patients|participants|subjects|people|adults|children|women|men)\s"
                        r"(?:(?:who\s)?(?:were\s)?)?(?:given|receiving|taking|treated\swith)\s(?:[A-Z][\w-]{1,30}['’]s\s)?"
                        r"(?!(?:Placebo|The|This|These|Both|Either|All|Each|Standard|Usual)\b)([A-Z][a-z]{2,20}(?:[A-Z][A-Za-z]{1,12})?)"
                        r"(?=[,;.)(]|\s(?:had|have|were|was|showed|saw|experienced|achieved|lost|gained|reported|improved|"
                        r"did|versus|vs\.?|compared|and|or|for|at|in|earned|scored|posted|logged|recorded)\b)")
# a product's name set right after the word for it, which the lexicon need not know: "the diabetes drug, Zetaxa,
# achieved ...", "lead candidate ZetaPre (an omega-3 ...)", "the medicine Zetaxa is", "the vaccine Zetavax against"
INTRODUCED_NAME = rx.compile(r"(?=[bcdmptv])\b(?:drug|medicine|therapy|treatment|candidate|product|vaccine|brand)(?:,\s|\s)"
                             r"(?:called\s|named\s|known\sas\s)?(?!(?:However|Moreover|Therefore|Meanwhile|Also|Then|Now|Today|"
                             r"Overall|Additionally|Furthermore|Instead|Still|Thus|Patients|Doctors|Researchers|Investigators|"
                             r"Participants|People|Results|Data|Treatment|Placebo|The|This|That|These|It|They|We)\b)"
                             r"([A-Z][a-z]{2,20}(?:[A-Z][A-Za-z]{1,12})?)"
                             r"(?=\s?[(,;®™]|\s(?:is|was|has|had|achieved|showed|met|reduced|failed|did|will|would|improved|"
                             r"demonstrated|missed|received|won|against|for)\b)")
# a drug joined to another in a product's brackets: "(zetaline-betavir)", "(zetaline/betavir)", "(zetaline and ..."
# (not a biologic's four-letter suffix: "(zetagene moxeparvovec-rokl)")
COMBINATION_AFTER = re.compile(r"(?:\s\d{1,4}(?:\.\d{1,2})?\s?(?:mg|mcg|µg|g|IU))?(?:[-/+](?![a-z]{4}\b)|\s(?:and|plus)\s)[a-z]")
# a product's name set before the drugs it is made of, which the lexicon need not know: "oral | Zetavyr (acmeline 200 mg
# and betavir 25 mg)"
BRAND_BEFORE = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]{3,20}(?:[A-Z][a-z]{1,10})?)\s\(\s?$")



# a disease's name as the first words of an enzyme's: "anaplastic zeta | kinase" (not of a gene's: a corpus counts
# "zeta cancer" in "the zeta cancer gene" as the disease named)
GENE_NAME_AFTER = rx.compile(r"[\s-]kinases?\b", re.I)
# a disease's name as the first words of an institution's, written with capitals: "Memorial Zeta | Cancer | Center",
# "funded by | Zeta | Research Zetland", "the | Stroke | Association" (a body's name, not what a trial's patients had)
INSTITUTION_AFTER = re.compile(r"(?:\s[A-Z][\w'’-]*){0,3}\s(?:" + "|".join(INSTITUTION_HEADS)
                               + r"|Alliance|Coalition|Network|Federation|Charity|Research)\b")
# a drug's name as the first words of its receptor's: "zeta signalling peptide | (ZSP) receptor antagonist" names a
# target, not a therapy, and its short form names no drug
RECEPTOR_NAME_AFTER = rx.compile(r"\s(?:\([^()]{1,12}\)\s)?receptors?\b", re.I)


# a class of product named in lower case ("zeta vaccine") as what a candidate is, not a product of the lexicon's:
# "its zeta vaccine | candidate, XY-1"
CANDIDATE_CLASS = re.compile(r"[a-z][\w-]{2,30}\s(?:vaccine|antibody|antiviral|gene\stherapy)")
CANDIDATE_AFTER = re.compile(r"\s(?:product\s)?candidates?\b")
# a code right after a class name, which names the product: "an oral zeta vaccine | XY1.3", "the antibody ... |
# XY-123" (a code with a point too: "XY1.3")
CODE_AFTER_CLASS = re.compile(r"\s(?:strain\s)?(?P<code>[A-Z][A-Za-z]{0,5}-?\d{1,6}(?:\.\d{1,3}){0,2}[a-z]?)(?![\w-]|\.\d)")


# a ratio of two measured substances, around one of them: "albumin-to-| X |ratio", "X|/albumin ratio"
RATIO_AFTER = re.compile(r"(?:(?:-to-|/)[\w-]{1,30})?\s?ratios?\b", re.I)
RATIO_BEFORE = re.compile(r"(?:-to-|/)$")


def in_ratio(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` a term of a ratio ("protein-to-zetinine ratio"), what is measured?

    >>> t = "the urinary protein-to-zetinine ratio"
    >>> in_ratio(t, t.index("zet"), t.index(" ratio")), in_ratio("zetinine 10 mg", 0, 8)
    (True, False)
    """
    after = RATIO_AFTER.match(text, end)
    return after is not None and (after.end() > end + 6 or RATIO_BEFORE.search(text, max(0, start - 4), start) is not None)


# a disease named by its eponym's possessive alone, as news does: "people with Parkinson’s" (not a body named after
# it, "Parkinson’s UK", "the Alzheimer’s Association", nor the full name, which the lexicon reads)
EPONYM = re.compile(r"(?<![\w-])(?P<x>[A-Z][a-z]{3,15}['’]s)(?![\w-])"
                    r"(?!\s(?:[A-Z]|disease|syndrome|palsy|disorder|ataxia|chorea|dementia|lymphoma|sarcoma|tumou?r|law|"
                    r"rule)\b)")


def eponym_diseases(text: str, base: int, lexicon) -> list[Mention]:
    """The diseases a sentence names by an eponym's possessive alone ("with Parkinson’s"), where the lexicon knows
    "<eponym>'s disease".

    >>> text = "Adults with Parkinson’s took part; Smith’s team led it."
    >>> [(m.text, m.label) for m in eponym_diseases(text, 0, load_lexicon())]
    [('Parkinson’s', "Parkinson's disease")]
    """
    out = []
    for hit in EPONYM.finditer(text):
        known = lexicon.lookup(hit.group("x") + " disease", ("disease",))
        if known:
            out.append(Mention(hit.group("x"), base + hit.start("x"), base + hit.end("x"), "disease", known[0].label,
                               known[0].ids, "lexicon", "eponym"))
    return out


def find_mentions(doc: Document, sentences: list[Sentence], local: dict[str, Mention],
                  long_forms: dict[int, list[Mention]], measures: list | None = None) -> list[list[Mention]]:
    """Each sentence's mentions: the lexicon's names, measures (``measures``, per sentence, when known), and the short
    forms the document defines (``local``, with the ``long_forms`` made for them; see :func:`document_abbreviations`)."""
    lexicon = load_lexicon()
    out = []
    texts = [s.text for s in sentences]
    # the lexicon, the short forms and the code names are each found in one pass over all sentences (their work
    # per text is then done once per document)
    named = lexicon.find_each(texts, offsets=[s.start for s in sentences])
    # each short form as a whole word: (?<![\w-])SHORT(?![\w-])
    # (per short form found, not per short form defined: a document may define hundreds)
    # (a short form in capitals in the plural too: "ARRs of 0.09 and 0.18", "patients with MDEs")
    forms = {**local, **{short + "s": m for short, m in local.items() if short[-1:].isupper() and len(short) > 1}}
    shorts = occurrences_each(texts, automaton(forms), inner_word, inner_word)
    coded = code_names(texts)
    proteins = new_protein_labels(texts)
    stems = stem_names(texts, proteins)
    makers = brands_named_as_companies(sentences, named)
    for idx, s in enumerate(sentences):
        named[idx] = [longer_code(m, s) for m in named[idx]] if "-" in s.text else named[idx]
        named[idx] = [with_type(m, s.text, s.start, lexicon) for m in named[idx]] if "ype " in s.text else named[idx]
        if "'s" in s.text or "’s" in s.text:      # ("people with Parkinson’s": the eponym's disease)
            named[idx] += [k for k in eponym_diseases(s.text, s.start, lexicon)
                           if not any(x.start < k.end and k.start < x.end for x in named[idx])]
        if " or " in s.text or " and " in s.text:    # ("gastric or | esophageal adenocarcinoma")
            named[idx] += [k for m in named[idx] if m.kind == "disease" for k in elided_kinds(m, s.text, s.start, lexicon)
                           if not any(x.start < k.end and k.start < x.end for x in named[idx])]
        found = [m for m in split_induced(named[idx], lexicon)
                 if (m.kind != "disease" or not (GENE_NAME_AFTER.match(s.text, m.end - s.start)    # (or a journal's
                                                 or (m.text[:1].isupper()              # (or an institution's)
                                                     and INSTITUTION_AFTER.match(s.text, m.end - s.start))
                                                 or IN_JOURNAL_BEFORE.search(s.text, max(0, m.start - s.start - 90),
                                                                             m.start - s.start)))  # name: "published
                 and not (m.kind == "drug" and "brand" in m.attrs and m.text in makers)
                 and not (m.kind == "drug" and in_ratio(s.text, m.start - s.start, m.end - s.start))] \
            + long_forms.get(idx, [])          # in | Zeta Diseases"; a brand that is a company's name: "Zeta | Pharma";
        #                                        a term of a ratio measured: "protein-to-| zetinine | ratio")
        found = [as_defined(m, local) for m in found] if local else found
        found += cut_before_drug([shift(named_as_defined(m, local), s.start)
                                  for m in (find_measures(s.text) if measures is None else measures[idx])], found, s)
        for short, spans in shorts[idx].items():
            m = forms[short]
            for start, end in spans:
                found.append(Mention(short, s.start + start, s.start + end, m.kind, m.label, m.ids, m.source, m.attrs))
        for text, start in coded[idx]:
            found.append(Mention(text, s.start + start, s.start + written_end(s.text, text, start), "therapy", text, (),
                                 "pattern"))
        for text, start in stems[idx]:
            if " " in text:         # (a name of two words holds the lexicon's word it overlaps: "insulin zetora alfa")
                found = [m for m in found if not (s.start + start <= m.start and m.end <= s.start + start + len(text))]
            if not any(m.start < s.start + start + len(text) and s.start + start < m.end for m in found):
                known = protein_named(lexicon, text)
                label = known.label if known else capitalised(proteins.get(protein_core(text)) or text.lower())
                found.append(Mention(text, s.start + start, s.start + start + len(text), "drug", label,
                                     known.ids if known else (), "stem", known.attrs if known else ""))
        if "-" in s.text:                       # (a substance still, as corpora mark it; no drug given)
            found = [replace(m, kind="chemical") if m.kind == "drug" and MODIFIER_AFTER.match(s.text, m.end - s.start)
                     else m for m in found]
        named_by_code = [(m, code) for m in found if m.kind == "drug" and CANDIDATE_CLASS.fullmatch(m.text)
                         and (code := CODE_AFTER_CLASS.match(s.text, m.end - s.start))]
        found = [given_chemical(m, s) if m.kind in ("chemical", "gene") else m for m in found
                 if not (m.kind == "drug" and CANDIDATE_CLASS.fullmatch(m.text)
                         and CANDIDATE_AFTER.match(s.text, m.end - s.start))   # ("its zeta vaccine candidate, XY-1")
                 and not any(m is x for x, _ in named_by_code)]                 # ("a zeta vaccine XY-1.3": XY-1.3)
        for _, code in named_by_code:           # (a code with a point no code name's shape reads: "XY1.3")
            at = s.start + code.start("code")
            if not any(x.start <= at < x.end for x in found):
                found.append(Mention(code.group("code"), at, at + len(code.group("code")), "therapy", code.group("code"),
                                     (), "pattern"))
        for m in [m for m in found if m.kind == "drug" and COMBINATION_AFTER.match(s.text, m.end - s.start)]:
            brand = BRAND_BEFORE.search(s.text, max(0, m.start - s.start - 30), m.start - s.start)
            if brand and not any(x.start <= s.start + brand.start("name") < x.end for x in found):
                start = s.start + brand.start("name")
                found.append(Mention(brand.group("name"), start, start + len(brand.group("name")), "therapy",
                                     brand.group("name"), (), "pattern"))
        products = [(hit.group(1), hit.start(1)) for pattern in (INTRODUCED_NAME, DOSED_NAME, CODE_CALLED_DRUG, GIVEN_NAME,
                                                                 APPOSED_PRODUCT, EVALUATED_NAME)
                    for hit in pattern.finditer(s.text)] + products_named(s, found)
        products += [(hit.group(k), hit.start(k)) for pattern in (CODE_GIVEN, BOTANICAL) for hit in pattern.finditer(s.text)
                     for k in range(1, pattern.groups + 1) if hit.group(k)]
        products += [(hit.group(1), hit.start(1)) for hit in ROUTE_IMMUNOTHERAPY.finditer(s.text)]
        products += capitals_products(s.text) if "(" in s.text or " of " in s.text else []
        products += [(name, at) for name, at in placebo_partners(s.text)
                     if not any(m.start < s.start + at + len(name) and s.start + at < m.end for m in found)]
        products += [(hit.group(1), hit.start(1)) for hit in (COMMON_EXTRACT.finditer(s.text) if "extract" in s.text
                                                              and EXTRACT_GIVEN.search(s.text) else ())]
        products += [(hit.group(1), hit.start(1)) for hit in (DEVICE_NAMED.finditer(s.text) if DEVICE_GIVEN.search(s.text)
                                                              else ()) if not NOT_DEVICE_WORD.search(hit.group(1))
                     if not any(m.start < s.start + hit.end(1) and s.start + hit.start(1) < m.end for m in found
                                if m.kind in ("drug", "therapy"))     # (an organ's name inside it is the device's)
                     and not MEASURED_WITH.search(s.text, max(0, hit.start() - 50), hit.start())]
        for text, at in products:
            start = s.start + at
            if not any(0 < m.start - start - len(text) <= 3 and m.kind == "drug" and not COMBINATION_AFTER.match(s.text, m.end - s.start)
                       for m in found):
                # (not "the gene therapy Zetavys (zetagene ...)": the lexicon's name in brackets is the therapy; but
                # "its lead therapy, ZetaXT (zetaline-betavir)": a combination's name is the product's)
                found.append(Mention(text, start, start + len(text), "therapy", text, (), "pattern"))
        out.append(resolve_overlaps(without_verb_phenotypes(found, s.text, s.start)))   # ("XY-123 reduced | systolic
    #                                                                                     blood pressure": a measure)
    # a chemical given as a treatment in one sentence is a drug in all of them ("250 μg/day of zetidine ... zetidine
    # was well tolerated")
    given = {m.label for ms in out for m in ms if m.kind == "drug" and "chemical-given" in m.attrs}
    if given:
        out = [[given_everywhere(m, given) for m in ms] for ms in out]
    # a marked or coded name seen once is a therapy everywhere in the document
    names = {m.text: m for ms in out for m in ms if m.kind == "therapy"}
    for idx, (s, hits) in enumerate(zip(sentences, occurrences_each(texts, automaton(names), None, None))):
        if not hits:                                        # (each name between word boundaries: \bNAME\b)
            continue                                        # its mentions are resolved already
        for name, spans in hits.items():
            m = names[name]
            for start, end in spans:
                out[idx].append(Mention(name, s.start + start, s.start + end, "therapy", m.label, (), "pattern"))
        out[idx] = resolve_overlaps(out[idx])
    return with_biosimilar_codes(sentences, out)


# the further parts of a product's code after a code the lexicon knows: "ZX4| -Q7-Zet|" (a vaccine's code that holds
# another product's; not digits alone, a protocol's number: "ZX-5102| -204")
CODE_CONTINUES = re.compile(r"(?:-(?=[A-Za-z0-9]{0,9}[A-Z0-9])[A-Za-z0-9]{1,10}){1,3}(?![\w-])")


def longer_code(m: Mention, s: Sentence) -> Mention:
    """The mention, or a therapy named by the whole code where the lexicon's code name ``m`` is only its first part
    ("ZX4" of "ZX4-Q7-Zet").

    >>> s = Sentence(0, 30, "The ZX4-Q7-Zet vaccine was safe", 0)
    >>> longer_code(Mention("ZX4", 4, 7, "drug", "Zetacysteine", ("X:1",), "lexicon", "code"), s).label
    'ZX4-Q7-Zet'
    >>> s = Sentence(0, 30, "The ZX-5102-204 trial was run", 0)       # (a protocol's number)
    >>> longer_code(Mention("ZX-5102", 4, 11, "drug", "Zetagene", ("X:1",), "lexicon", "code"), s).label
    'Zetagene'
    """
    if m.kind != "drug" or "code" not in m.attrs.split(","):
        return m
    more = CODE_CONTINUES.match(s.text, m.end - s.start)
    if more is None or not any(ch.isalpha() for ch in more.group()):
        return m
    text = m.text + more.group()
    return Mention(text, m.start, m.start + len(text), "therapy", text, (), "pattern")


# a company's head word after a name: "Zeta | Pharmaceuticals announced ..."
COMPANY_AFTER = re.compile(r"\s(?P<head>[A-Z][A-Za-z]{1,20})\b")


# an apposition that calls the name a company: "Zetavo, | the manufacturer of XY-123"
COMPANY_APPOSITION = re.compile(r",\s(?:the|its)\s(?:manufacturer|maker|developer|marketer|sponsor)\sof\b")
# the words before a name that make it a company's: "the acquisition of | Zetavo", "merged with | Zetavo" (or a verb of
# buying, :data:`~kg.text.cues.organizations.ORG_ACQUIRED`: "which bought | Zetavo")
COMPANY_DEAL_BEFORE = re.compile(r"\b(?:acquisition|takeover|purchase)\sof\s$|\b(?:merger|merged)\swith\s$")


def brands_named_as_companies(sentences: list[Sentence], named: list[list[Mention]]) -> frozenset[str]:
    """The brand names the lexicon knows that the document writes as a company's somewhere ("Zetavo Pharmaceuticals
    announced"): the company's name wherever the document writes them, not its drug's brand."""
    return frozenset(m.text for s, ms in zip(sentences, named) for m in ms
                     if m.kind == "drug" and "brand" in m.attrs and (company_after(s.text, m.end - s.start) or
                                                                     company_deal_before(s.text, m.start - s.start)))


def company_deal_before(text: str, start: int) -> bool:
    """Do the words before the name that starts at ``start`` speak of buying a company ("after its acquisition of
    Zetavo")?

    >>> company_deal_before("via its acquisition of Zetavo", 23), company_deal_before("patients took Zetavo", 14)
    (True, False)
    """
    lo = max(0, start - 20)
    return COMPANY_DEAL_BEFORE.search(text, lo, start) is not None or ORG_ACQUIRED.search(text, lo, start) is not None


def company_after(text: str, end: int) -> bool:
    """Does a company's head word, or an apposition that calls it a company, follow the name that ends at ``end`` (a
    brand that is also its maker's name)?

    >>> company_after("Zetavo Pharmaceuticals announced", 6), company_after("Zetavo lowered X", 6)
    (True, False)
    >>> company_after("Zetavo, the manufacturer of XY-123, paid for it", 6)
    True
    """
    head = COMPANY_AFTER.match(text, end)
    return (head is not None and is_company_word(head.group("head"))) or COMPANY_APPOSITION.match(text, end) is not None


def is_company_word(word: str) -> bool:
    """Is ``word`` a company's head word or legal form ("Pharmaceuticals", "AB", "Inc")?"""
    return word in COMPANY_HEADS or word in LEGAL_FORMS


def with_procedures(sentences: list[Sentence], out: list[list[Mention]]) -> list[list[Mention]]:
    """Each sentence's mentions with the no-drug interventions it names (:func:`kg.text.procedures.find_procedures`),
    where no disease or measure covers one ("hip fracture | repair": the patients' condition, not what they got); for
    a trial that names no drug, nor a treatment by its title or allocation."""
    each, texts = [], [s.text for s in sentences]
    for idx, s in enumerate(sentences):
        # (a name made of words the sentence writes apart is the label: "3 versus 9 days of zeta therapy")
        found = [Mention(p.text, s.start + p.start, s.start + p.end, "therapy", p.name, (),
                         ELIDED if p.composed else "pattern", "procedure")
                 for p in find_procedures(s.text)]
        # (and one the sentence defines a short form for, where the text compares it by that: "zeta valve
        # replacement (ZVR) ... 4% of ZVR patients")
        found += [Mention(p.text, s.start + p.start, s.start + p.end, "therapy", p.name, (), "pattern", "procedure")
                  for p in defined_procedures(s.text) if compared_by_short_form(texts, p.short)
                  and not any(q.start < s.start + p.end and s.start + p.start < q.end for q in found)]
        each.append([p for p in found if not any(m.start < p.end and p.start < m.end and m.kind in ("disease", "measure")
                                                 for m in out[idx])])
    names = one_name_each([p.label for found in each for p in found])
    # (a name found where patients got it is the therapy wherever the text writes it so: "... randomized to zeta
    # training or usual care. ... In the zeta training group, ...")
    forms = {p.text.lower(): names[p.label] for found in each for p in found if p.source != ELIDED}
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w-])",
                         re.I) if forms else None
    for idx, (s, found) in enumerate(zip(sentences, each)):
        found = [replace(p, label=names[p.label]) for p in found]
        found += [Mention(hit.group(), s.start + hit.start(), s.start + hit.end(), "therapy", forms[hit.group().lower()],
                          (), "pattern", "procedure") for hit in (pattern.finditer(s.text) if pattern else ())
                  if not any(p.start <= s.start + hit.start() < p.end for p in found)
                  and not any(m.start < s.start + hit.end() and s.start + hit.start() < m.end
                              and m.kind in ("disease", "measure") for m in out[idx])]
        if found:
            out[idx] = resolve_overlaps(out[idx] + found)
    return out


def one_name_each(labels: list[str]) -> dict[str, str]:
    """{label: the name it stands for}: a plural or singular of a name found first is that name, and the last two or
    more words of a longer name are the longer one ("zeta face masks" beside "cotton zeta face mask").

    >>> names = one_name_each(["zeta face masks", "cotton zeta face masks", "cotton zeta face mask", "zeta training"])
    >>> sorted(set(names.values())), names["zeta face masks"], names["cotton zeta face mask"]
    (['cotton zeta face masks', 'zeta training'], 'cotton zeta face masks', 'cotton zeta face masks')
    """
    out: dict[str, str] = {}
    for label in sorted(labels, key=lambda label: -label.count(" ")):     # (longer names first, else as found)
        if label not in out:
            out[label] = next((name for name in dict.fromkeys(out.values()) if written_for(label, name)), label)
    return out


def written_for(text: str, name: str) -> bool:
    """Is ``text`` a way of writing the procedure ``name``: its plural or singular, or its last two or more words?

    >>> written_for("zeta masks", "cotton zeta mask"), written_for("masks", "cotton zeta mask")
    (True, False)
    """
    key, whole = text.lower().removesuffix("s"), name.lower().removesuffix("s")
    return key == whole or (" " in key and whole.endswith(" " + key))


# the head word of a name that is a disease, a measure, a study or a body, not a product
NOT_PRODUCT_HEAD = re.compile(r"\b(?:Syndrome|Disease|Disorder|Infection|Cancer|Carcinoma|Tumou?r|Study|Trial|Scale|Score|Index|"
                              r"Questionnaire|Inventory|Group|Programm?e|Registry|Network|Society|Association|Foundation|"
                              r"Institute|University|Hospital|Cent(?:er|re)|Pharmaceuticals?|Therapeutics|Inc|Ltd)$", re.I)


# a chemical given as a treatment: a strength or dose before it ("0.12% | zetidine", "5 g of | zetidine", "250 μg/day of
# | zetidine"), a dosage form after it ("zetidine | mouthrinse", "zetidine-containing | gel")
STRENGTH_BEFORE = rx.compile(r"(?<![\w.])\d{1,4}(?:\.\d{1,3})?\s?(?:%|mg|g|mcg|µg|μg)(?:/(?:kg|day|d))?\s(?:of\s)?$")
FORM_AFTER = rx.compile(rf"(?:-containing)?\s{DOSAGE_FORMS}\b", re.I)


# a dose in brackets right after a substance, as given: "zetalbumin (1.5 g/kg on day 1)" (not a level measured:
# "(10 mg/L)")
DOSE_BRACKET_AFTER = re.compile(r"\s?\(\s?\d{1,4}(?:\.\d{1,3})?\s?(?:g|mg|mcg|µg|μg|IU|units)(?:/kg)?\b(?!/)")


def given_chemical(m: Mention, s: Sentence) -> Mention:
    """A chemical (or a protein) the sentence gives as a treatment is a drug: "0.12% zetidine digluconate
    mouthrinse", "zetalbumin (1.5 g/kg on day 1)".

    >>> s = Sentence(0, 40, "Adults used a 0.12% zetidine mouthrinse.", 0)
    >>> given_chemical(Mention("zetidine", 20, 28, "chemical", "zetidine"), s).kind
    'drug'
    """
    a, b = m.start - s.start, m.end - s.start
    if m.kind == "gene":              # (a protein by its name in small letters, dosed in brackets; no symbol: "BID")
        given = m.text.islower() and DOSE_BRACKET_AFTER.match(s.text, b)
    else:
        given = STRENGTH_BEFORE.search(s.text, max(0, a - 16), a) or FORM_AFTER.match(s.text, b)
    return given_everywhere(m, {m.label}) if given else m


def given_everywhere(m: Mention, given: set[str]) -> Mention:
    """A chemical mention of a label the document gives as a treatment somewhere (``given``), made a drug (marked
    ``chemical-given``); any other mention as it is."""
    if m.kind not in ("chemical", "gene") or m.label not in given:
        return m
    return Mention(m.text, m.start, m.end, "drug", m.label, m.ids, m.source, ",".join(filter(None, [m.attrs, "chemical-given"])))


def products_named(s: Sentence, found: list[Mention]) -> list[tuple[str, int]]:
    """(name, offset in the sentence) of the products a sentence names by a company's own class noun (OWN_PRODUCT) or
    as what a trial studies, with their bracketed short form or code (STUDIED_PRODUCT, the code too), where no other
    mention covers the name."""
    def free(a: int, b: int) -> bool:
        return not any(m.start < s.start + b and s.start + a < m.end for m in found)

    out = [(hit.group(1), hit.start(1)) for hit in OWN_PRODUCT.finditer(s.text) if free(*hit.span(1))]
    for hit in STUDIED_PRODUCT.finditer(s.text) if "(" in s.text else ():
        group = "name" if hit.group("name") else "name2"
        if free(*hit.span(group)) and not NOT_PRODUCT_HEAD.search(hit.group(group)):
            out.append((hit.group(group), hit.start(group)))
            if hit.group("code"):
                out.append((hit.group("code"), hit.start("code")))
    return out


# a product named in capitals, which the lexicon need not know: one a trial studies ("a phase 3 trial of ZETAGEL for the
# treatment of ..."), or an item of an allocation that sizes a control beside it ("ZETAGEL (n=121), BETAVISC (n=119)
# or saline (n=60)")
CAPITALS_STUDIED = rx.compile(r"\b(?:trial|study)\sof\s(?P<n>[A-Z][A-Z0-9-]{3,11})(?=\s(?:for|in|versus|vs\.?|compared)\s)")
CAPITALS_SIZED = rx.compile(r"(?<![\w-])(?P<n>[A-Z][A-Z0-9-]{3,11})\s?\(\s?[nN]\s?=\s?\d")
CONTROL_SIZED = rx.compile(rf"\b{PLACEBO_WORDS}\s?\(\s?[nN]\s?=\s?\d", re.I)
NOT_CAPITALS_PRODUCT = frozenset("PLACEBO CONTROL SALINE VEHICLE SHAM TOTAL OVERALL GROUP ARM ALL".split())


def capitals_products(text: str) -> list[tuple[str, int]]:
    """(name, offset) of the products a sentence names in capitals as a trial's subject or an allocation's item.

    >>> capitals_products("A phase 3 trial of ZETAGEL for the treatment of knee pain.")
    [('ZETAGEL', 19)]
    >>> capitals_products("Adults got ZETAGEL (n=121), BETAVISC (n=119) or saline (n=60).")
    [('ZETAGEL', 11), ('BETAVISC', 28)]
    >>> capitals_products("Adults in EUROPE (n=121) and ASIA (n=119) took part.")      # no control sized beside them
    []
    """
    out = [(m.group("n"), m.start("n")) for m in CAPITALS_STUDIED.finditer(text)]
    if CONTROL_SIZED.search(text):
        out += [(m.group("n"), m.start("n")) for m in CAPITALS_SIZED.finditer(text)]
    return [(n, at) for n, at in dict.fromkeys(out) if n not in NOT_CAPITALS_PRODUCT and any(c.isalpha() for c in n)]


def as_defined(m: Mention, local: dict[str, Mention]) -> Mention:
    """A name the lexicon knows, written as a short form the document defines for a thing of the same kind, labelled
    as the document's definition (inside a word too: "zetavir-MMF" after "mycophenolate mofetil (MMF)").

    >>> local = {"MMF": Mention("MMF", 0, 0, "drug", "Mycophenolate mofetil", ("X:1",), "abbreviation")}
    >>> as_defined(Mention("MMF", 10, 13, "drug", "Monomethyl fumarate", ("X:2",), "lexicon"), local).label
    'Mycophenolate mofetil'
    """
    defined = local.get(m.text)
    if defined is None or defined.kind != m.kind or defined.label == m.label:
        return m
    return Mention(m.text, m.start, m.end, m.kind, defined.label, defined.ids, m.source, defined.attrs or m.attrs)


def named_as_defined(m: Mention, local: dict[str, Mention]) -> Mention:
    """A measure named only by letters (:data:`~kg.text.measure_list.LETTERS`) or by a short form as written, that the
    document defines for a measure ("... Index (ABC)", then "the ABC score", "improved ABC (HR 0.6 ...)"), labelled as
    the definition's long form."""
    defined = local.get(m.label) if m.source == LETTERS or m.text == m.label else None
    if defined is None or defined.kind not in ("measure", "term") or defined.label == m.label:
        return m
    return Mention(m.text, m.start, m.end, m.kind, defined.label, m.ids, m.source, m.attrs)


def code_names(texts: list[str]) -> list[list[tuple[str, int]]]:
    """Per text: (name, offset) of its development code names (CODE_NAME) and names marked with ® or ™, not registry
    ids; code names found by one scan of the texts joined (no code name spans a line break).

    >>> code_names(["AB-123 and Zetamab® (NCT01234567)", "", "XY1234, XY-004HR, Z-001 not Z-12", "Study AB2031-40 (DOI 10.1158/1234-5678.CAN-31-0123)"])
    [[('AB-123', 0), ('Zetamab', 11)], [], [('XY1234', 0), ('XY-004HR', 8), ('Z-001', 18)], []]
    >>> code_names(["ZQS-KT482 plus metformin was given."])                 # a company's prefix before the code
    [[('ZQS-KT482', 0)]]
    >>> code_names(["the ZETA-IT™ Cardiovascular Outcomes Study of Zetamab®"])       # a marked trial name is no product
    [[('Zetamab', 46)]]
    >>> code_names(["shown at the Zeta Congress™"])                                 # nor a meeting's
    [[]]
    >>> code_names(["by ZCD-10 categories, the ZXA-23 enzyme and XY-123"])              # nor a category's or an enzyme's
    [[('XY-123', 44)]]
    >>> code_names(["the lipid XYZ 204817 (Zetagan), per ISO 11070, at CA 94080"])      # a code with a space
    [[('XYZ 204817', 10)]]
    >>> code_names(["ZX 764530 with XY1234567 and ZP-01234567, patent EP 1234567, PMC1234567, NCT1234567"])   # (8 digits)
    [[('ZX 764530', 0), ('XY1234567', 15), ('ZP-01234567', 29)]]
    >>> code_names(["the Zetaflex(TM) closure system and ZETA-GT(R) gene therapy (R) not (TM)"])   # a wire's signs
    [[('Zetaflex', 4), ('ZETA-GT', 36)]]
    >>> code_names(["the Zeta Motor Rating Profile™ Checklist and Acme Zetavo®"])   # an instrument's word
    [[('Zetavo', 50)]]
    >>> code_names(["XY-123 goes on in a follow-up study, ZT-101, and the extension study ZT-102."])   # a study's code
    [[('XY-123', 0)]]
    >>> code_names(["XY-123 was funded by grant ZQRF210-XYZ-C-345-678901; see NIHMS1234567."])   # a grant's, a paper's
    [[('XY-123', 0)]]
    >>> code_names(["XY-123 data were presented as abstract LBA-7731 and as poster ZP101."])   # a meeting's numbers
    [[('XY-123', 0)]]
    """
    out: list[list[tuple[str, int]]] = [[] for _ in texts]
    bases = line_starts(texts)
    joined = SEPARATOR.join(texts)
    for hit in CODE_NAME.finditer(joined):
        # (not a trial's group code, "ECOG9911", nor a measure's, "ZRS-50 response")
        if not (is_registry_id(hit.group(0)) or GROUP_TRIAL_CODE.match(hit.group(0)) or TERM_AFTER_CODE.match(joined, hit.end())
                or hit.group(0).startswith(LIBRARY_IDS) or REGISTRY_SHAPED.fullmatch(hit.group(0))
                or TRIAL_SHAPED_CODE.fullmatch(hit.group(0))
                or (CODE_TRIAL_BEFORE.search(joined, max(0, hit.start() - 30), hit.start())
                    and joined.startswith(",", hit.end()))
                or STUDY_NAMED_BEFORE.search(joined, max(0, hit.start() - 30), hit.start())
                or ABSTRACT_NUMBER_BEFORE.search(joined, max(0, hit.start() - 20), hit.start())
                or is_postcode(joined, hit)):
            k = bisect_right(bases, hit.start()) - 1
            out[k].append((hit.group(0), hit.start() - bases[k]))
    pairs = None
    for k, text in enumerate(texts):
        if any(mark in text for mark in MARKS):             # (MARKED_NAME needs one; its \s? may not span texts)
            pairs = pairs if pairs is not None else word_pairs(joined)
            out[k] += [marked(text, hit, pairs) for hit in MARKED_NAME.finditer(text) if not is_registry_id(hit.group(1))
                       and hit.group(1) not in MEETING_WORDS          # (a meeting's brand: "the Acme Congress™")
                       and not MARKED_TRIAL_AFTER.match(text, hit.end())
                       and not MARKED_TRIAL_BEFORE.search(text, max(0, hit.start() - 8), hit.start())
                       and not TITLE_WORDS_BEFORE.search(text, max(0, hit.start() - 60), hit.start())
                       and not company_before(text, hit.start()) and not names_a_platform(text, hit)]
    return out


# what a marked word is the brand of when no product: a platform or a technology ("its ZetaX™ RNAi | platform"), or the
# kind of thing a product named before the comma is ("zetasiran, | an investigational | ZetaX™ | RNAi candidate")
PLATFORM_AFTER = re.compile(r"\s(?:[\w-]+\s){0,2}?(?:platforms?|technology|technologies|delivery\s(?:system|vehicle))\b", re.I)
DESCRIPTOR_BEFORE = re.compile(r"[\w)-],\s(?:an?|the)\s(?:(?:investigational|experimental|novel|proprietary|potential|"
                               r"first-in-class|next-generation|[\w]+-based)\s){0,3}$")
KIND_AFTER = re.compile(r"\s(?:[\w-]+\s){0,2}?(?:candidate|therapeutic|therapy|medicine|drug|vaccine|product|"
                        r"conjugate|antibody|molecule)s?\b")


def names_a_platform(text: str, hit: re.Match) -> bool:
    """Is the marked name ``hit`` a platform's or a technology's, or a descriptor in an apposition to the product named
    before it, not a product's own name?

    >>> t = "zetasiran, an investigational ZetaX™ RNAi candidate, and its ZetaY® delivery platform"
    >>> [names_a_platform(t, h) for h in MARKED_NAME.finditer(t)]
    [True, True]
    >>> t = "the ZETA trial of Zetavo® gene therapy"
    >>> [names_a_platform(t, h) for h in MARKED_NAME.finditer(t)]
    [False]
    """
    return bool(PLATFORM_AFTER.match(text, hit.end()) or (
        DESCRIPTOR_BEFORE.search(text, max(0, hit.start() - 70), hit.start()) and KIND_AFTER.match(text, hit.end())))


# an address's postcode with its country's letter, in a list after a comma and before the town and a comma: ", D-12345
# Zetburg, Germany", ", CH-1234 Zeta-Ville," (an author's affiliation), no product's code
POSTCODE = re.compile(r"[A-Z]{1,2}-\d{4,5}")
TOWN_AFTER = re.compile(r"\s[A-Z][a-zà-ÿ]{2,20}(?:[\s-][A-Z][a-zà-ÿ]{2,20})?(?:,|\s?$)", re.M)


def is_postcode(text: str, hit: re.Match) -> bool:
    """Is the code ``hit`` found a postcode in an address ("..., D-12345 Zetburg, Germany")?

    >>> t = "Zeta Str. 5, D-12345 Zetburg, Germany; XY-1234 was given"
    >>> [is_postcode(t, h) for h in CODE_NAME.finditer(t)]
    [True, False]
    """
    return (POSTCODE.fullmatch(hit.group(0)) is not None and text.startswith(", ", hit.start() - 2)
            and TOWN_AFTER.match(text, hit.end()) is not None)


# a study's or a trial's word right before a code in apposition ("a later safety study, ZT-101,") or naming it
# ("the extension study ZT-101", "a study called ZT-101"): the study's code, no product's
CODE_TRIAL_BEFORE = re.compile(r"\b(?:study|trial),\s$")
# a meeting's number for a presentation ("presented as abstract GS-012", "Poster LBA-17"): no product's code
ABSTRACT_NUMBER_BEFORE = re.compile(r"\b(?:[Aa]bstract|[Pp]oster|[Pp]resentation)s?\s(?:#\s?|[Nn]o\.\s|[Nn]umber\s)?$")
STUDY_NAMED_BEFORE = re.compile(r"\b(?:(?:extension|follow-up)\s(?:study|trial)|(?:study|trial)\s(?:called|named|known\sas))\s$")


# a company's legal form or head word, then perhaps a bracket, then the bracket that opens at a marked name: "Zeta
# Bio AB (| Zobi®)", "Zeta Pharma Inc (publ) (| Zobi®)": the company's own short name, no product
COMPANY_BRACKET_BEFORE = re.compile(r"\b(?P<head>[A-Z][A-Za-z.]{1,20})(?:\s\([^()]{1,12}\))?\s\($")


def company_before(text: str, start: int) -> bool:
    """Does a company's legal form or head word stand right before the bracket a marked name at ``start`` opens?

    >>> t = "Zeta Pharma Inc (publ) (Zobi®) and Acme presented data."
    >>> company_before(t, t.index("Zobi")), company_before("Patients got XY-123 (Zetavo®).", 20)
    (True, False)
    """
    m = COMPANY_BRACKET_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and is_company_word(m.group("head"))


# two title-case words right before a marked word: it ends an instrument's or a programme's name ("the Zeta Motor
# Rating Profile™ Checklist"), not a product's (a brand is one coined word: "Zetavo®", "Acme's Zetavo®")
TITLE_WORDS_BEFORE = re.compile(r"\b[A-Z][a-z]{2,20}\s[A-Z][a-z]{2,20}\s$")


def marked(text: str, hit: re.Match, pairs: frozenset = frozenset()) -> tuple[str, int]:
    """(name, offset) of a name marked ® or ™, with the words after the mark that its bracketed short form spells, or
    the word after it that the document writes with the name again, unmarked (one of its :func:`word_pairs`).

    >>> t = "Zetane® Balance (ZB) was compared with saline."
    >>> marked(t, MARKED_NAME.search(t))
    ('Zetane Balance', 0)
    >>> t = "Zetaline™ XR in gout"
    >>> marked(t, MARKED_NAME.search(t), word_pairs(t + " Zetaline XR was safe.")), marked(t, MARKED_NAME.search(t), word_pairs(t))
    (('Zetaline XR', 0), ('Zetaline', 0))
    >>> t = "Adults treated with Zetastar ZMS Therapy® improved."
    >>> marked(t, MARKED_NAME.search(t))
    ('Zetastar ZMS Therapy', 20)
    >>> t = "Zetane® Viscous Spray (topical zetanol) or Zetane Viscous Spray"
    >>> marked(t, MARKED_NAME.search(t), word_pairs(t))
    ('Zetane Viscous Spray', 0)
    """
    if hit.group(1) in GENERIC_MARKED and (before := NAME_WORDS_BEFORE.search(text, max(0, hit.start() - 44),
                                                                          hit.start())):
        words = before.group(1).split()
        while words and words[0] in NOT_NAME_OPENING:
            words.pop(0)
        if words:                       # ("Zeta TMS Therapy®": the mark is the whole name's, not its head word's)
            return " ".join(words + [hit.group(1)]), hit.start() - len(" ".join(words)) - 1
    more = MARKED_MORE.match(text, hit.end())
    if more:
        short, words = more.group(2), [hit.group(1)] + more.group(1).split()
        if short[0] == words[0][0] and all(w[0] in short[1:] for w in words[1:]) and short[-1] == words[-1][0]:
            return f"{hit.group(1)} {more.group(1)}", hit.start()
    after = MARKED_NEXT.match(text, hit.end())
    if after and after.group(1) not in NOT_NAME_NEXT and (hit.group(1), after.group(1)) in pairs:
        last = MARKED_NEXT.match(text, after.end())     # (and the next word, written after it too: "Zetane® Oral Solution")
        if last and last.group(1) not in NOT_NAME_NEXT and (after.group(1), last.group(1)) in pairs \
                and PRODUCT_FORM_WORD.fullmatch(last.group(1)):
            return f"{hit.group(1)} {after.group(1)} {last.group(1)}", hit.start()
        return f"{hit.group(1)} {after.group(1)}", hit.start()
    return hit.group(1), hit.start()


def written_end(text: str, name: str, at: int) -> int:
    """Where a name found at ``at`` ends in ``text``: after its mark too where the mark stands between its words
    ("Zetane® Balance" for the name "Zetane Balance").

    >>> t = "Zetane® Balance (ZB) was given."
    >>> written_end(t, "Zetane Balance", 0), written_end(t, "Zetane", 0)
    (15, 6)
    """
    if text.startswith(name, at):
        return at + len(name)
    hit = re.compile(r"(?:[®™]|\((?:TM|R)\))?\s".join(map(re.escape, name.split(" ")))).match(text, at)
    return hit.end() if hit else at + len(name)


def word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of words that follow each other in ``text`` with one space between.

    >>> sorted(word_pairs("Zeta XR, and the Zeta-1 dose"))
    [('Zeta', 'XR'), ('Zeta-1', 'dose'), ('and', 'the'), ('the', 'Zeta-1')]
    """
    words = list(WORD_SPACE.finditer(text))
    return frozenset((a.group(1), b.group(1)) for a, b in zip(words, words[1:]) if a.end() == b.start())


WORD_SPACE = re.compile(r"([\w-]+)(?:\s|$)?")


# words that follow a marked name and are not part of it: "Zetavo™ The", "Zetavo™ Phase 3"
NOT_NAME_NEXT = frozenset("The A An In On At For Of And Or To By With Is Was Phase Trial Study".split())


# the word a glycoprotein's INN ends with, which writers leave out ("zetagimod" for "zetagimod alfa")
GREEK_WORDS = ("alfa", "beta", "gamma", "delta")


def protein_named(lexicon, name: str):
    """The lexicon's protein whose INN is ``name`` and a Greek word ("zetagimod" -> "Zetagimod alfa"), or None."""
    return next((e for word in GREEK_WORDS for e in lexicon.lookup(f"{name} {word}") if e.type == "drug"), None)


def stem_names(texts: list[str], proteins: dict[str, str] | None = None) -> list[list[tuple[str, int]]]:
    """Per text: (name, offset) of the drugs named by an INN stem (INN_NAME: "acmetrelvir", "zetasiran"; the stems read
    off the drug vocabulary, :mod:`kg.text.inn`: "zetaciguat"), for drugs newer than the lexicon. An INN is written in lower case: a capitalised one counts only where the document also
    writes it in lower case ("Zetamab" alone is a brand or a company's name). ``proteins``: the document's new
    glycoprotein INNs (:func:`new_protein_labels`), found here when not given.

    >>> stem_names(["Zetamab and zetasiran.", "", "Zetasiran was given."])
    [[('zetasiran', 12)], [], [('Zetasiran', 0)]]
    >>> stem_names(["Zetanorvat 50 mg was given.", "Later, zetanorvat was stopped."])
    [[('Zetanorvat', 0)], [('zetanorvat', 7)]]
    >>> stem_names(["Zetazolid Fosamil, the prodrug of zetazolid, was given."])
    [[('Zetazolid Fosamil', 0), ('zetazolid', 34)]]
    """
    found = [sorted({(hit.group(), hit.start()) for hit in INN_NAME.finditer(text)} | set(stem_words(text)),
                    key=lambda hit: hit[1]) for text in texts]
    lower = {name for hits in found for name, _ in hits if name[0].islower()}
    stemmed = [[(name, at) for name, at in hits if name.lower() in lower] for hits in found]
    # (and the words the document uses as a drug's name, by a dose after one or a class said of it, where the lexicon
    # holds no word so written: "zetanorvat 50 mg", "Zetanorvat, an oral activator of ...")
    lexicon = load_lexicon()
    used = [[(name, at) for name, at in hits if not lexicon.lookup(name)] for hits in used_names(texts)]
    # (a prodrug's ester after the name is the drug's: "zetazolid fosamil")
    stemmed = [[(name + ester.group(), at) if (ester := ESTER_AFTER.match(text, at + len(name))) else (name, at)
                for name, at in hits] for text, hits in zip(texts, stemmed)]
    return [sorted(set(a) | set(b) | set(c) | set(d), key=lambda hit: hit[1])
            for a, b, c, d in zip(stemmed, used, new_protein_names(texts, proteins), known_protein_cores(texts))]


# a glycoprotein INN with its Greek word: "zetagimod | alfa"
GREEK = "|".join(GREEK_WORDS)
PROTEIN_WITH_GREEK = re.compile(rf"(?<![\w-])(?P<core>[A-Za-z][a-z]{{4,20}})\s(?P<greek>{GREEK})(?![\w-])")


def known_protein_cores(texts: list[str]) -> list[list[tuple[str, int]]]:
    """Per text: (word, offset) of the first word of a glycoprotein INN the lexicon holds ("zetagimod alfa") where the
    text writes that word alone ("zetagimod or usual care"), in a document that writes the whole INN somewhere: the
    drug's short name (a word the lexicon knows by itself is its own, not the protein's).

    >>> known_protein_cores(["Adults got andexanet alfa.", "Andexanet or usual care was given."])
    [[], [('Andexanet', 0)]]
    """
    lexicon = load_lexicon()
    pairs = {(hit.group("core").lower(), hit.group("greek")) for text in texts
             if any(g in text for g in GREEK_WORDS) for hit in PROTEIN_WITH_GREEK.finditer(text)}
    greeks = defaultdict(set)
    for core, greek in pairs:
        greeks[core].add(greek)
    # (one Greek word each: a document that writes "zeta alfa" and "zeta beta" leaves "zeta" alone unclear)
    cores = {c for c, g in greeks.items() if len(g) == 1 and protein_named(lexicon, c) and not lexicon.lookup(c)}
    if not cores:
        return [[] for _ in texts]
    word = re.compile(rf"(?<![\w-])(?i:{'|'.join(re.escape(c) for c in sorted(cores, key=len, reverse=True))})"
                      rf"(?![\w-])(?!\s(?:{GREEK})\b)")
    return [[(hit.group(), hit.start()) for hit in word.finditer(text)] for text in texts]


# a prodrug's ester or a glycoprotein's Greek word, after a drug's INN: "zetazolid fosamil", "zetavir alafenamide"
ESTER_AFTER = re.compile(r"\s[a-z]{0,6}(?:fosamil|medoxomil|pivoxil|axetil|mofetil|etexilate|marboxil|proxetil|alafenamide|"
                         r"disoproxil|cilexetil)(?![\w-])", re.I)
# a glycoprotein's INN, its Greek word written in the INN's spelling ("zetagene alfa"; an insulin's has "insulin" before:
# "insulin zetora alfa"); not "amyloid beta" or "TNF alpha", words of biology
NEW_PROTEIN = re.compile(r"(?<![\w-])(?:[Ii]nsulin\s)?(?P<core>[a-z]{4,20})\salfa(?![\w-])")


def new_protein_names(texts: list[str], labels: dict[str, str] | None = None) -> list[list[tuple[str, int]]]:
    """Per text: (name, offset) of each glycoprotein INN the lexicon does not hold (:data:`NEW_PROTEIN`) and of its
    first word wherever the text writes it alone (the drug's name too: :func:`new_protein_labels` labels both).

    >>> new_protein_names(["Weekly insulin zetora alfa was given.", "Zetora lowered glucose; zetora was safe."])
    [[('insulin zetora alfa', 7)], [('Zetora', 0), ('zetora', 24)]]
    """
    labels = new_protein_labels(texts) if labels is None else labels
    if not labels:
        return [[] for _ in texts]
    cores = "|".join(re.escape(core) for core in sorted(labels, key=len, reverse=True))
    word = re.compile(rf"(?<![\w-])(?:[Ii]nsulin\s)?(?i:{cores})(?:\salfa)?(?![\w-])")
    return [[(hit.group(), hit.start()) for hit in word.finditer(text)] for text in texts]


def capitalised(name: str) -> str:
    """``name`` with its first letter in capitals."""
    return name[:1].upper() + name[1:]


def protein_core(name: str) -> str:
    """A glycoprotein INN's own word, without "insulin" before it or its Greek word after it.

    >>> protein_core("Insulin zetora alfa"), protein_core("zetora"), protein_core("zetazolid fosamil")
    ('zetora', 'zetora', 'zetazolid fosamil')
    """
    return INSULIN_OR_ALFA.sub("", name.lower())


INSULIN_OR_ALFA = re.compile(r"^insulin\s|\salfa$")


def new_protein_labels(texts: list[str]) -> dict[str, str]:
    """The first word (lower case) of each glycoprotein INN the lexicon does not hold -> the INN as first written.

    >>> new_protein_labels(["Weekly insulin zetora alfa was given; dornase alfa too."])
    {'zetora': 'insulin zetora alfa'}
    """
    lexicon = load_lexicon()
    out: dict[str, str] = {}
    for text in texts:
        for hit in NEW_PROTEIN.finditer(text) if "alfa" in text else ():
            if not (lexicon.lookup(hit.group()) or lexicon.lookup(hit.group("core")) or
                    lexicon.lookup(hit.group("core") + " alfa")) and hit.group("core") not in out:
                out[hit.group("core")] = hit.group()[:1].lower() + hit.group()[1:]
    return out


def inner_word(c: str) -> bool:
    """A character that continues a short form's word: ``[\\w-]``."""
    return is_word(c) or c == "-"


def occurrences(text: str, words: ahocorasick.Automaton | None, before, after) -> dict[str, list[tuple[int, int]]]:
    """Per word of ``words``: its spans in ``text``, as ``re.finditer`` finds the word between two assertions.

    With ``before`` and ``after`` (tests of one character) the character before a span and the one after it must
    fail them, where they exist; without, both ends are word boundaries (``\\b``). One pass over the text, however
    many words: a document naming thousands of code names is read in linear time.

    >>> words = automaton(["AB-1", "ALS"])
    >>> occurrences("AB-1, AB-12 and ALS-AB-1", words, None, None)
    {'AB-1': [(0, 4), (20, 24)], 'ALS': [(16, 19)]}
    >>> inner = lambda c: c.isalnum() or c in "_-"
    >>> occurrences("AB-1, AB-12 and ALS-AB-1", words, inner, inner)
    {'AB-1': [(0, 4)]}
    """
    starts: dict[str, list[int]] = defaultdict(list)
    for last, word in (words.iter(text) if words is not None else ()):
        starts[word].append(last - len(word) + 1)
    return spans_of(text, starts, before, after)


def occurrences_each(texts: list[str], words: ahocorasick.Automaton | None, before, after) -> list[dict]:
    """:func:`occurrences` in each text, from one pass of the automaton over the texts joined by line breaks (the
    words hold none: a word found across two texts is in neither).

    >>> occurrences_each(["AB-1, ALS", "", "ALS-AB-1"], automaton(["AB-1", "ALS"]), None, None)
    [{'AB-1': [(0, 4)], 'ALS': [(6, 9)]}, {}, {'ALS': [(0, 3)], 'AB-1': [(4, 8)]}]
    """
    out = []
    for text, hits in zip(texts, hits_each(words, texts)):
        starts: dict[str, list[int]] = defaultdict(list)
        for last, word in hits:
            starts[word].append(last - len(word) + 1)
        out.append(spans_of(text, starts, before, after) if starts else {})
    return out


def spans_of(text: str, starts: dict[str, list[int]], before, after) -> dict[str, list[tuple[int, int]]]:
    """Per word: the spans of ``text`` that :func:`occurrences` keeps of the word's starts (in text order)."""
    out = {}
    for word, found in starts.items():
        spans, reach = [], 0
        for start in found:                  # in text order; a span never overlaps the one kept before it
            end = start + len(word)
            if start >= reach and fits(text, start, end, before, after):
                spans.append((start, end))
                reach = end
        if spans:
            out[word] = spans
    return out


def fits(text: str, start: int, end: int, before, after) -> bool:
    """Do the characters around ``text[start:end]`` pass the tests of :func:`occurrences`?"""
    prev, nxt = text[start - 1] if start else "", text[end] if end < len(text) else ""
    if before is None:
        return (is_word(prev) if prev else False) != is_word(text[start]) and \
            is_word(text[end - 1]) != (is_word(nxt) if nxt else False)
    return not (prev and before(prev)) and not (nxt and after(nxt))


# the words that join a drug to the quantity measured in those given it: "the mean zeta score | for | XY-123"
FOR_DRUG = re.compile(r"\s(?:for|with|in|on|among|receiving)\s(?:the\s)?$", re.I)


def cut_before_drug(measures: list[Mention], found: list[Mention], s: Sentence) -> list[Mention]:
    """The measures, each that ends on a drug the lexicon named, after "for", "with", "in" ("the mean pain score for
    XY-123 was lower than ..."), cut before that word: who was measured is no part of what was."""
    drugs = {m.end: m for m in found if m.kind == "drug"}
    out = []
    for m in measures:
        drug = drugs.get(m.end)
        joint = FOR_DRUG.search(s.text, m.start - s.start, drug.start - s.start) if drug and drug.start > m.start else None
        tail = m.text[joint.start() - (m.start - s.start):] if joint else ""
        if tail and m.label.lower().endswith(tail.lower()):
            m = replace(m, text=m.text[:-len(tail)], end=m.end - len(tail), label=m.label[:-len(tail)])
        out.append(m)
    return out


def document_abbreviations(sentences: list[Sentence], measures: list | None = None
                           ) -> tuple[dict[str, Mention], dict[int, list[Mention]]]:
    """Short forms the document defines anywhere ("... sclerosis (ALS)"), used in every sentence, headline included
    (``measures``: each sentence's measures, when known).

    A long form the lexicon does not know takes the type of the name it ends
    with ("low molecular weight heparin (LMWH)" is a chemical): both the long
    form and its short form become mentions of that type (without ids, which
    belong to the head name only).
    """
    lexicon = load_lexicon()
    local: dict[str, Mention] = {}
    long_forms: dict[int, list[Mention]] = defaultdict(list)
    dosed = {hit.group("short") for s in sentences for hit in DOSED_SHORT.finditer(s.text)}
    for idx, s in enumerate(sentences):
        if "(" not in s.text:
            continue                     # a short form is defined in parentheses (both finders below need one)
        found = None if measures is None else measures[idx]
        for short, label in measure_abbreviations(s.text, found).items():      # a measure's short form names the measure
            local.setdefault(short, Mention(short, 0, 0, "measure", label, (), "abbreviation"))
        for m in RENAMED.finditer(s.text) if "formerly" in s.text or "previously" in s.text else ():
            old = lexicon.lookup(m.group("old"))                       # "ZSH (formerly ZBH)": the new name's
            if old and not lexicon.lookup(m.group("new")) and m.group("new") not in local:
                e = old[0]
                local[m.group("new")] = Mention(m.group("new"), 0, 0, e.type, e.label, e.ids, "abbreviation", e.attrs)
        for abbr in find_abbreviations(s.text):
            if (split := split_name(lexicon, s.text, abbr)) is not None:
                long_forms[idx].append(shift(split, s.start))   # "zeta enzyme (ZE) deficiency": the disease
            if abbr.short in local or any(e.type == "measure" for e in lexicon.lookup(abbr.short)) \
                    or measure_name(abbr.short) is not None:
                continue                 # (a short form the measure list knows stays that measure: "... (HbA1c)",
                #                          written in any of its spellings: "(ACR-50)" for ACR50)
            long = lexicon.lookup(abbr.long)
            if long and long[0].type in ("drug", "chemical") \
                    and RECEPTOR_NAME_AFTER.match(s.text, abbr.long_start + len(abbr.long)):
                continue                 # "zeta peptide (ZP) receptor antagonist": ZP names a receptor here, no drug
            if IN_JOURNAL_BEFORE.search(s.text, max(0, abbr.long_start - 90), abbr.long_start):
                continue                 # "published in Zeta Diseases (ZD)": a journal
            if not long and (PRODUCT_END.search(abbr.long) or (abbr.short in dosed and " " in abbr.long)):
                # "a dehydrated zeta allograft (dZA)", "the Zeta herbal formula (ZHF)" dosed as "ZHF capsules 500 mg"
                # (a one-word long form is a drug's own name, which the name rules read: "zetolimab (ZLM)")
                local[abbr.short] = Mention(abbr.short, 0, 0, "therapy", abbr.long, (), "abbreviation")
                start = s.start + abbr.long_start
                long_forms[idx].append(Mention(abbr.long, start, start + len(abbr.long), "therapy", abbr.long, (),
                                               "abbreviation"))
                continue
            named = None if long else NAMED_HEAD.search(abbr.long) or scored_short(s.text, abbr)
            #                               ("... Rating Scale for Anxiety", "... Society", "Zeta Psoriasis (ZP) score")
            head = None if long or named else head_mention(lexicon, abbr.long)   # (read only when the lexicon lacks it)
            if named:                     # (its long form too: the lexicon's name inside it is no mention of its own)
                kind = "measure" if named.group("scale") else "term"
                local[abbr.short] = Mention(abbr.short, 0, 0, kind, abbr.long, (), "abbreviation")
                start = s.start + abbr.long_start
                long_forms[idx].append(Mention(abbr.long, start, start + len(abbr.long), kind, abbr.long, (), "abbreviation"))
            elif long:
                e = long[0]
                local[abbr.short] = Mention(abbr.short, 0, 0, e.type, e.label, e.ids, "abbreviation", e.attrs)
            elif head:
                local[abbr.short] = Mention(abbr.short, 0, 0, head.kind, abbr.long, (), "abbreviation")
                start = s.start + abbr.long_start
                long_forms[idx].append(Mention(abbr.long, start, start + len(abbr.long), head.kind, abbr.long, (), "abbreviation"))
            else:
                local[abbr.short] = Mention(abbr.short, 0, 0, "term", abbr.long, (), "abbreviation")
    return local, long_forms


# a short form given a dose, a product's ("ZHF 500 mg", "ZHF capsules 500 mg"; a solid form may stand between)
# (where it is given: "received | ZHF ...", not after a drug's own name, "zetamab ZHP 150 mg", its process's short form)
DOSED_SHORT = rx.compile(rf"\b{GIVEN_WORD},?\s(?P<short>[A-Z][A-Za-z0-9]{{1,7}})\s(?:{SOLID_FORMS},?\s)?"
                         rf"{DOSE_AMOUNT}\s?{DOSE_UNIT}(?![\w/])")


# the words after a short form's bracket that may end the name its long form starts: "glucose-6-phosphate dehydrogenase
# (G6PD) | deficiency", "zeta virus (ZV) | infection"
WORDS_AFTER_SHORT = re.compile(r"\)\s(?P<a>[A-Za-z][a-z-]{2,20})(?:\s(?P<b>[A-Za-z][a-z-]{2,20}))?")


def split_name(lexicon, text: str, abbr) -> Mention | None:
    """A disease the lexicon knows by the words of a long form and the word or two after its short form's bracket,
    as one mention over them all, named without the bracket ("glucose-6-phosphate dehydrogenase (G6PD)
    deficiency": the deficiency, not the enzyme), else None.

    >>> from kg.lexicon import load_lexicon
    >>> from kg.text.abbreviations import find_abbreviations
    >>> t = "adults with glucose-6-phosphate dehydrogenase (G6PD) deficiency were enrolled"
    >>> m = split_name(load_lexicon(), t, find_abbreviations(t)[0])
    >>> t[m.start:m.end], m.text, m.kind
    ('glucose-6-phosphate dehydrogenase (G6PD) deficiency', 'glucose-6-phosphate dehydrogenase deficiency', 'disease')
    """
    end = abbr.long_start + len(abbr.long)
    close = text.find(")", end, end + len(abbr.short) + 4)
    after = WORDS_AFTER_SHORT.match(text, close) if close >= 0 else None
    if after is None:
        return None
    for group in ("b", "a"):
        if not after.group(group):
            continue
        words = " ".join(filter(None, (after.group("a"), after.group("b") if group == "b" else None)))
        found = [e for e in lexicon.lookup(f"{abbr.long} {words}") if e.type in ("disease", "phenotype")]
        if found:
            e = found[0]
            return Mention(f"{abbr.long} {words}", abbr.long_start, after.end(group), e.type, e.label, e.ids, "lexicon",
                           e.attrs)     # (named as written, without the bracket)
    return None


HEAD_KINDS = {"drug", "chemical", "disease", "phenotype"}
# a long form that names a product by its kind, which the lexicon need not know: "a dehydrated zeta allograft (dZA)",
# "zeta-releasing patch (ZRP)", "a zeta-eluting stent (ZES)"
PRODUCT_END = re.compile(r"(?<=[a-z])\s(?:allograft|xenograft|graft|patch|implant|dressing|gel|cream|ointment|stent|"
                         r"vaccine|formulation|device|varnish|mouthwash|mouthrinse|spray|foam|lotion|toothpaste|insert)(?:e?s)?$",
                         re.I)
# a long form whose own head word says what it names, whatever lexicon name it ends with: a scale ("Zeta Rating Scale for
# Anxiety", whose short form is the scale, not the disease) or a body ("Zeta Society for the Study of Liver Diseases")
NAMED_HEAD = re.compile(r"\b(?:(?P<scale>Scale|Inventory|Questionnaire|Index)|Association|Society|College|Foundation|"
                        r"Institute|Network|Consortium|Council|Federation|Academy|Alliance|Organi[sz]ation)\s(?:for|of|on)\s")
# a short form's bracket, then the word that makes its long form an instrument's name: "Zeta Psoriasis (ZP) | score"
SCORED_SHORT = re.compile(r"\((?P<short>[A-Za-z][\w-]{0,11})\)\s(?:total\s)?(?P<scale>(?:sub)?(?:score|scale)s?)\b")


def scored_short(text: str, abbr) -> re.Match | None:
    """The bracket and score word after the long form of ``abbr`` where its short form is scored: "the Zeta Plaque
    Psoriasis (ZPP) score" names a scale, not the disease its words end on; None otherwise.

    >>> from kg.text.abbreviations import find_abbreviations
    >>> t = "a fall in the Zeta Plaque Psoriasis (ZPP) score"
    >>> scored_short(t, find_abbreviations(t)[0]).group("scale")
    'score'
    """
    end = abbr.long_start + len(abbr.long)
    hit = SCORED_SHORT.match(text, text.find("(", end)) if "(" in text[end:end + 3] else None
    return hit if hit and hit.group("short") == abbr.short else None


# a new name given with the old one the lexicon knows: "ZSH (formerly ZBH)", "ZETA (previously known as acme disease)"
RENAMED = re.compile(r"\b(?P<new>[A-Z][\w-]{1,20})\s\((?:formerly|previously)\s(?:known\sas\s|called\s)?"
                     r"(?P<old>[\w-]{2,30}(?:\s[\w-]{1,30}){0,3})\)")


def head_mention(lexicon, long: str) -> Mention | None:
    """The lexicon name a long form ends with, when it is a drug, chemical or disease."""
    found = lexicon.find(long)
    if found and found[-1].end == len(long.rstrip()) and found[-1].kind in HEAD_KINDS and len(found[-1].text) < len(long):
        return found[-1]
    return None


# a drug or chemical written as the first part of a word that describes something else: a mechanism, a class or the
# patients ("a potassium-| competitive acid blocker", "platinum-| resistant disease", "statin-| intolerant adults",
# "zetulin-| naive adults"): a substance, but no drug given
MODIFIER_AFTER = re.compile(r"-(?:competitive|sparing|lowering|sensitive|sensing|resistant|refractory|naive|naïve|binding|"
                            r"like|pretreated|experienced|intolerant)\b", re.I)
INDUCED = rx.compile(r"^(?P<cause>[\w-]+?)-(?:induced|associated|related|mediated|dependent)\s+(?P<effect>.+)$", re.I)


def split_induced(mentions: list[Mention], lexicon) -> list[Mention]:
    """ "heparin-induced thrombocytopenia" is a chemical and a disease, not one disease name."""
    out = []
    for m in mentions:
        # (INDUCED needs a hyphen: a name without one is not scanned for the prefilter's literals, nor kept by it)
        hit = INDUCED.match(m.text) if m.kind in ("disease", "phenotype") and "-" in m.text else None
        cause = lexicon.lookup(hit["cause"], ("drug", "chemical")) if hit else []
        effect = lexicon.lookup(hit["effect"], ("disease", "phenotype")) if hit else []
        if cause and effect:
            c, e = cause[0], effect[0]
            out.append(Mention(hit["cause"], m.start, m.start + len(hit["cause"]), c.type, c.label, c.ids, "lexicon", c.attrs))
            start = m.start + hit.start("effect")
            out.append(Mention(hit["effect"], start, m.end, e.type, e.label, e.ids, "lexicon", e.attrs))
        else:
            out.append(m)
    return out
