"""Therapy cues: modalities and INN stems, targets and mechanisms, approvals and their processes, indications,
aliases, drug classes, concomitant, prior and background therapies (:mod:`kg.extractors.therapies`,
:mod:`kg.extractors.therapy_rules`, :mod:`kg.extractors.therapy_names`).
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx
from kg.text.cues.organizations import EXCHANGES

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# a product's form after its name and the route before its generic's in "A (B)": "A | Cream (topical | B)", "A® | Oral
# Solution (| B)", "A | Viscous Solution (| B)" (regex fragments)
PRODUCT_FORM = (r"(?:\s(?:(?i:oral|topical|nasal|ophthalmic)\s|[A-Z][a-z]{2,15}\s)?(?i:solution|gel|cream|ointment|foam|spray|lotion|injection|"
                r"tablets?|capsules?|suspension|patch|emulsion|drops))?")
GENERIC_ROUTE = r"(?:(?i:topical|oral|intravenous|subcutaneous|intramuscular|inhaled|intranasal|ophthalmic)\s)?"
# between "A" and "B" of "A (B)", "A(R) (B)", "A Cream (topical B)": B is A's other name
OTHER_NAME_OPENS = re.compile(rf"(?:[®™]|\((?:R|TM)\))?{PRODUCT_FORM}(?<!\s)\s*\(\s*{GENERIC_ROUTE}")
# from a brand to its name in parentheses: "ZORVIA™ (", "XY-123 (", "ZORVIA Gel (topical "
ORG_PAREN_NAME = rx.compile(rf"[^\s(),;]{{0,3}}{PRODUCT_FORM}\s{{0,3}}\(\s{{0,3}}{GENERIC_ROUTE}")

# a product said to be of a kind, set beside the drug it describes: "..., AB-7, | an older drug for zetosis"
DESCRIBED_PRODUCT = re.compile(r"\b(?:drug|medication|medicine|agent|antibiotic|compound)s?\s(?:for|used|to\streat|that|which|"
                               r"approved)\b", re.I)
# the INN stems of small molecules: antivirals, kinase inhibitors, gliflozins ... (read for a therapy's modality and,
# in INN_NAME, to name drugs newer than the lexicon)
SMALL_MOLECULE_STEMS = ("vir|tinib|ciclib|parib|zomib|lisib|rafenib|gliflozin|gliptin|sartan|xaban|gatran|taxel|tecan|triptan"
                        "|setron|lukast|imod|rasib|dustat|xostat|drostat|lutamide|relix|golix|degib|sertib|trapib|glipron"
                        # antibacterials, antifungals, proton-pump inhibitors, cardiovascular and psychiatric stems
                        "|zolid|floxacin|cycline|penem|conazole|prazole|(?<!lol)olol|pril|dipine|oxetine|azepam|platin"
                        # receptor antagonists: endothelin, neurokinin, orexin, CGRP, vasopressin; 5-HT1F agonists; PDE5
                        "|sentan|pitant|netant|orexant|gepant|aptan|ditan|afil")
# a therapy's modality from its name's stem (INN stems; read on the lower-cased name, in this order)
MODALITY_STEMS = tuple((rx.compile(pattern), modality) for pattern, modality in (
    (r"mab\b", "antibody"),                                   # -mab: monoclonal antibodies
    (r"[^ ]rsen\b", "antisense oligonucleotide"),             # -rsen: antisense oligonucleotides
    (r"[a-z]cel(?:-[a-z]{1,5})?\b", "cell therapy"),          # -cel (also "-cel-L"): cell therapies, gene-modified too
    (r"(?:gene|vec)\b", "gene therapy"),                      # -gene / -vec: gene therapies and their vectors
    (r"(?:cept|plase|leukin|ermin|poetin)\b", "protein"),     # fusion proteins, plasminogen activators, interleukins,
    #                                                           growth factors, erythropoietins
    (r"\s(?:alfa|beta|gamma|delta|pegol)\b", "protein"),      # a glycoprotein's Greek word, a pegylated protein's
    (r"^insulin\b|\btoxin\b|[a-z]cog\b", "protein"),          # insulins, toxins, -cog: blood coagulation factors
    (r"[a-z]tide\b", "peptide"),                              # -tide: peptides
    (rf"[a-z](?:{SMALL_MOLECULE_STEMS})\b", "small molecule"),
))
# words near a therapy's name that say what it is (a peptide's name before "receptor" names the receptor, not the
# drug: "a zeta-like peptide-1 (ZLP-1) receptor agonist")
MODALITY_WORDS = tuple((rx.compile(pattern, re.I), modality) for pattern, modality in (
    (r"antisense oligonucleotide|\bASO\b", "antisense oligonucleotide"), (r"gene therapy", "gene therapy"),
    (r"cell[- ](?:based )?therap|stem[- ]cell[- ]based|cell product|cell-based product|made of [^.]{0,300}cells"
     r"|\bCAR[- ]T\b|\bCAR-Ts\b|chimeric antigen receptor", "cell therapy"),
    (r"monoclonal antibody|\bantibody\b", "antibody"), (r"\bvaccine\b", "vaccine"),
    (r"small[- ]molecule", "small molecule"), (r"\bpeptide\b(?![-\s]?\d{0,2}\s?(?:\([^()]{1,12}\)\s)?receptor)", "peptide"),
    (r"\b(?:device|implant|stent|neurostimulator|pacemaker)\b", "device"),
    (r"\brecombinant\b[^.;]{0,60}\bprotein\b|\bfusion protein\b", "protein")))
# a substance named as what is measured, or as part of the body's workings, not as a therapy: the words before
# ("serum potassium", "exhaled zeta oxide", "albumin-to-creatinine", news's "'bad' zeta-sterol") and after ("cholesterol levels", "dopamine
# transporter", "testosterone suppression", a body's own messenger whose action a drug heightens ("potentiates the
# excitatory activity of zetamine"), an enzyme's name: "tyrosine kinase"; a mechanism: "a zeta reuptake inhibitor", "potassium channel
# modulator"; a laboratory method: "a hematin assay") its name (not a dose level: "three dose levels of XY-123"); a marker's list ("markers of X, including") names it
ANALYTE_BEFORE = rx.compile(r"""(?:\b(?:serum|plasma|blood|urine|urinary|LDL|HDL|non-HDL|total|fasting|circulating|bad|good|
      expired|exhaled|breath|
      low-density\ lipoprotein|high-density\ lipoprotein|salivary|(?:to\ )?(?:measure|determine|quantify)
      (?:\ the)?|(?<!\d\ )(?<!\ball\ )(?<!\btwo\ )(?<!\bboth\ )(?<!\bthree\ )(?<!\bfour\ )(?<!\bdose\ )(?<!\bdosing\ )(?:levels?|concentrations?|saturation|partial\ pressure)\ of(?:\ the)?|end[-\ ]tidal
      |(?:inhibit\w{0,4}|block\w{0,4}|reduc\w{0,4}|lower\w{0,3})\ (?:the\ )?(?:synthesis|production|formation|reabsorption)\ of
      |(?:release|influx|efflux|homeostasis)\ of
      |(?:potentiat|enhanc|augment|mimic|amplif)\w{0,5}\ (?:the\ )?(?:(?:inhibitory|excitatory|natural|own)\ )?(?:actions?|activity|signall?ing)\ of(?:\ the)?
      |lower(?:s|ed|ing)|rais(?:es|ed|ing)|(?:increases?|decreases?|rises?|falls?|declines?|reductions?)\ in|suppression\ of
      |(?:bio)?markers?(?:\ of\ [\w-]{1,20}(?:\ [\w-]{1,20}){0,2})?,?\ (?:including|such\ as))\s+|-to-)$""",
                            re.I | re.X)
ANALYTE_AFTER = rx.compile(r"""[–-](?:confirmed|verified|validated|activated|dependent|gated|sensing|competing|binding|neutralizing|neutralising)\b|(?:\s(?:type\s)?\d[a-z]?(?=\s+receptor))?(?:\s\([^()]{1,12}\))?[\s-]{0,3}(?:levels?|concentrations?|ratios?|clearance|lowering|making|producing|secreting|expressing|
      synthesis|receptors?|transporters?|pathways?|signall?ing|saturation|tensions?|concentrators?|metabolism|excretion|values?|suppression
      |kinases?|phosphatases?|synthases?|transferases?|dehydrogenases?|hydroxylases?|oxidases?|reductases?
      |reabsorption|uptake|production|formation|biosynthesis|reuptake|channels?|modulators?|method|assays?)\b
      |(?:-[a-z]{3,20}){0,2}\s(?:system|axis)\b|\s(?:is|was|are|were)\s(?:not\s)?(?:adequately\s|well\s|poorly\s)?controlled\b""",
                           re.I | re.X)
# (its short form may stand between: "zeta (ZT) receptor", "zeta (ZT) levels"; and a substance that confirms a result,
# "carbon monoxide-confirmed abstinence", or a receptor's subtype, "XY 1a receptor",
# "zeta factor type 1 receptor", or what works a channel: "a zeta-activated potassium channel", "voltage-gated"; a
# hormone system named by its parts, "the renin-zeta-aldosterone system"; a level kept in check, "whose zeta is not
# adequately controlled")
# a substance named as what a drug class binds or removes, not as what is given: "zeta binders", "a bile acid
# sequestrant", "iron chelation therapy" (the class is the treatment; the substance is its target)
BOUND_AFTER = rx.compile(r"[\s-]{1,2}(?:binders?|binding\s(?:agents?|drugs?|resins?)|sequestrants?|(?P<chelation>chelat(?:ors?|ion|ing)))\b",
                         re.I)
# the metals a chelation removes; before "chelation" any other substance is the chelating agent given ("zetate
# chelation therapy"), not what it binds ("iron chelation")
METALS = frozenset("""iron copper lead mercury arsenic aluminium aluminum zinc cadmium calcium manganese cobalt nickel
    thallium chromium uranium plutonium gold silver metal metals""".split())
# a substance named as given to someone (these keep it a therapy even where it is also measured): a dose after its
# name ("XY 5 mg", "XY (10 mg/kg)", "XY, 0.05%,"), a group or arm named by it ("the XY group"), its dosage form ("XY eye
# drops"; not "drops" alone: "potassium drops below ..."), or a giving verb before it
GIVEN_AFTER = rx.compile(r"""\s{0,3}(?:,\s{0,3})?(?:\(\s{0,3})?(?:\d{1,6}(?:[.,·]\d{1,4})?\s{0,2}(?:(?:mg|g|mcg|µg|μg|ug|ng|IU|units?|mL|ml|
      mmol|mEq)\b|%)|(?:group|arm|cohort|supplementation|administration|infusion|injection|tablets?|capsules?|eye\sdrops|
      cream|ointment|nasal\sspray|(?:chelation\s)?(?:therapy|treatment))\b)""",
                         re.I | re.X)
GIVEN_BEFORE = rx.compile(r"""(?=[adgirst])\b(?:receiv(?:e|ed|ing)|given|administ(?:er|ered|ering|ration\ of)|treated\ with|
      randomi[sz]ed\ to|assigned\ to|supplement(?:ed|ation)\ with|doses?\ of|infusions?\ of|injections?\ of)
      \s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}$""", re.I | re.X)
# a drug-like name that is only the first part of a longer term, not something given: "gold-coated", "formalin-fixed",
# "lemon-flavored", "almond oil", "oxygen consumption", "oxygen saturation", "alanine aminotransferase", "XY-55 criteria"
# where a lexicon name is only a source or a reagent: "derived from broccoli sprouts", "a rabbit monoclonal antibody"
SOURCE_BEFORE = rx.compile(r"(?=[deip])\b(?:derived|extracted|isolated|purified|prepared)\s{1,3}from\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$",
                           re.I)
REAGENT_AFTER = rx.compile(r"\s{1,3}(?:anti-\S{1,20}\s{1,3})?(?:monoclonal|polyclonal)\s{1,3}antibod", re.I)
# what follows a drug's noun that names the disease the drug is for: "its XY drug | for gout", "| to treat gout" (the
# name before the noun is the drug's own, not a substance it acts on nor a class's)
FOR_DISEASE_AHEAD = r"\s(?:for|to\s(?:treat|prevent))\s"
PART_OF_TERM_AFTER = rx.compile(r"""(?:-(?:coated|doped|fixed|flavou?red|labell?ed|stained|impregnated|enriched)\b
      |-(?:free|resistant|refractory|sensitive|naive|naïve|intolerant|eligible|ineligible|experienced)\b
      |-(?:related|associated|mediated|competing|binding)\b
      |\s{1,3}(?:drugs?|agents?)\b(?!\s{0,3}\(|""" + FOR_DISEASE_AHEAD + r""")
      |\s{1,3}extracts?\b
      |[\s-]{1,3}(?:kinases?|phosphatases?|hydroxylases?|synthases?|kinase-|proteases?|peptidases?|transferases?)\b
      |\s{1,3}(?:grades?|class|physical\s{1,3}status)\b
      |\s{1,3}(?:lasers?|oil|moiet(?:y|ies)|consumption|saturation|desaturation|aminotransferase|transaminase|dehydrogenase|criteria|score|
      scale|assay|kit|questionnaire|staining|stain)\b
      |\s{1,3}(?:standard|buffered|In-[Tt]ube|Technology|Platform)\b
      |[\s-]{1,3}(?:wild[-\s]type|mutant|mutations?|mutated)\b)""", re.I | re.X)
# the opening of a stock ticker's bracket, before the ticker ("(AMEX: | ZZA)"): a company's, no drug's
TICKER_OPEN = rx.compile(rf"\({EXCHANGES}[A-Za-z ]{{0,12}}:\s{{0,3}}$")
# a discontinuation is a therapy's status only when a developer stops it: a development word in the sentence
# ("discontinue the development of", "discontinue dosing in", "the programme was halted") ...
STATUS_DEVELOPMENT = rx.compile(r"(?=[cdmp])\b(?:development|developing|program(?:me)?s?|dosing|portfolio|pipeline|commerciali[sz]ation|"
                                r"marketing|clinical\s{1,3}hold)\b", re.I)
# ... and not a patient or a procedure stopping: "patients who discontinued treatment", "upon discontinuation of",
# "after the infusion was discontinued"
STATUS_PATIENT_STOP = rx.compile(r"""(?=[adfimpstuvw])(?:\b(?:patients?|participants?|subjects?|volunteers?|who|upon|after|following|
      infusions?|treatment|therapy|medication|dose)\s{1,3}(?:\w{1,20}\s{1,3}){0,2}$)""", re.I | re.X)
# a drug class: "statins", "an XY inhibitor", "angiotensin-converting enzyme (ACE) inhibitors", "XY blockade", "zeta
# signalling peptide (ZSP) receptor antagonists", "Zeta's kinase (ZSK) inhibitor", "a ZaV1.8 inhibitor";
# the words before the class word are trimmed to the target's name in Python (NOT_TARGET_WORD)
CLASS_PHRASE = rx.compile(r"""(?P<statin>\bstatins?\b)
    | \b(?P<head>(?:[A-Za-z0-9][\w-]{0,40}(?:['’]s)?\s+){0,4}[A-Za-z0-9][\w-]{0,40}(?:\.\d{1,2})?)\s+(?:\((?P<abbr>[A-Z][A-Za-z0-9-]{1,10})\)\s+
      (?P<receptor>receptors?\s+)?)?(?P<kind>inhibitors?|blockers?|antagonists?|potentiators?|blockade|inhibition)\b""", re.I | re.X)
# words that end a drug class's target name when read backwards from the class word ("were taking an | XY inhibitor")
NOT_TARGET_WORD = frozenset("""a an the of or and with on to in for by at as from that which who were was is are be
    been being take taking takes took tolerate tolerated receive receiving received using use only either both any
    other prior previous current concomitant background stable dose doses top their its his her no not new older dual
    nonsteroidal steroidal selective nonselective non-selective oral potent novel first second third investigational
    experimental approved
    standard existing such like than versus plus agonist agonists antagonist antagonists partial inverse
    injectable intravenous subcutaneous inhaled topical orally reversible irreversible covalent highly once twice
    active available bioavailable
    intranasal nasal intravitreal intramuscular intrathecal transdermal sublingual ophthalmic
    daily weekly monthly first-in-class best-in-class
    predominantly primarily mainly mostly largely preferentially specifically potentially
    macrocyclic cyclic bicyclic synthetic recombinant
    entry""".split())       # (a step a virus takes, not a molecule: "an entry inhibitor"; not "fusion": "a ZB-AB fusion")
# a drug class is a therapy when the text says patients take it: these words, then only filler words, before it
CLASS_USE_BEFORE = rx.compile(r"""(?=[abcdiorstu])\b(?:tak(?:e|es|ing|en)|tolerat(?:e|ed|ing)|receiv(?:e|ed|ing)|on|using|
      doses?\ of|top\ of|background|in\ addition\ to|alongside|continu(?:e|ed|ing)|remain(?:ed)?\ on|stay(?:ed)?\ on)
    (?:\s+(?:an?|the|only|stable|either|any|their|concomitant|background|maximally|tolerated|optimi[sz]ed|of))*\s+$""",
                             re.I | re.X)
# "the drug", "this therapy": the text speaks of the document's main therapy
THE_THERAPY = rx.compile(r"\b(?:the|this|its)\s+(?:investigational\s+|experimental\s+)?"
                         r"(?:therapy|treatment|drug|medicine|product|medication|antibody)\b", re.I)
# a therapy acts on its target: "blocks", "binds to", "works by inhibiting overactivation of"
TARGET_VERB = rx.compile(r"""(?=[abdilnrst])\b(?<!-)(?:block(?:s|ed|ing)?|inhibit(?:s|ed|ing)?|target(?:s|ed|ing)?|bind(?:s|ing)?(?:\ to)?|
      antagoni[sz](?:es|ing)|recogni[sz](?:es|ing)|neutrali[sz](?:es|ing)|silenc(?:es|ing)|degrad(?:es|ing)|
      activat(?:es|ing)|stimulat(?:es|ing)|(?:lower|reduce)(?:s|ing)?\ the\ (?:amount|production|levels?)\ of)\s+""",
                         re.I | re.X)
# (not the second half of a compound adjective: "a zeta-stimulating agent")
# words between such a verb and the target's name ("overactivation of the"; a verb in brackets that says how: "binds
# to | (inhibits) |"; what kind of thing the target is: "binds to | a pro-zeta protein called | ZL-13")
TARGET_SKIP = rx.compile(r"(?:\((?:inhibits|blocks|neutrali[sz]es|activates)\)\s+)?"
                         r"(?:an?\s+(?:[\w-]{1,30}\s+)?(?:protein|molecule|enzyme|cytokine|hormone|receptor)\s+"
                         r"(?:called|named|known\s+as)\s+)?"
                         r"(?:(?:the\s+)?(?:over)?(?:activation|activity|action|production|signall?ing)\s+of\s+)?(?:the\s+)?",
                         re.I)
# a target named by its kind: "ZW receptor", "NMDA receptor", "interleukin-6 receptor", "zeta receptor α"
TARGET_NAME = rx.compile(r"(?P<x>(?:[A-Za-z0-9αβγδ][\w-]{0,30}(?:\.\d{1,2})?\s+){1,3}(?:receptor|enzyme|channel|transporter|kinase)s?"
                         r"(?:\s(?:[αβγδ]|alpha|beta|gamma|delta)\b(?!-))?)\b")
# a target named by a symbol: "CD20", "HER2", "PD-1" (two capitals at least; digits and hyphens allowed)
TARGET_SHAPED = rx.compile(r"(?P<x>[A-Z](?=[a-z0-9-]*[A-Z])[A-Za-z0-9]{0,9}(?:\.\d{1,2})?(?:-[A-Za-z0-9]{1,6})?)\b")
# the numbers that follow a family's name, one target each: "PDE | 3 and 4", "phosphodiesterase | 3, 4 and 5"
TARGET_NUMBERS = rx.compile(r"\s?(?P<n>\d{1,2}[A-Za-z]?)(?:,\s(?P<m>\d{1,2}[A-Za-z]?))?(?:,?\s(?:and|or)\s|/)(?P<last>\d{1,2}[A-Za-z]?)\b")
# an antibody or a directed drug and its target: "an anti-XY IgG1 monoclonal antibody", "an anti-XY receptor
# antibody" (the receptor), "XY-directed", "directed at XY"
ANTI_TARGET = rx.compile(r"""\banti-(?P<x>[A-Za-z0-9][\w-]{0,30}?(?:\s+[A-Z][\w-]{0,10}\s+receptor|\s+receptor)?)\s+
      (?:(?:[\w-]{1,30}\s+){0,3}?(?:antibod(?:y|ies)|IgG\d?|agent|drug|therapy)|immunotherapy)\b
    | \b(?P<x2>[A-Z][A-Za-z0-9]{1,10})-(?:directed|targeted|targeting)\b
    | \b(?:directed|targeted)\s+(?:at|against|to)\s+(?P<x3>(?:[\w-]{1,30}\s+){0,2}?[\w-]{1,30}?)(?=[,;.]|\s+(?:and|on|in|which|that)\b)
    | (?<=\()[Aa]nti-(?P<x4>[A-Za-z0-9][\w-]{0,30})(?=\))""",
                         re.X)
# a gene therapy's payload: "a working copy of the XY gene"
GENE_COPY = rx.compile(r"\b(?:cop(?:y|ies)|version)\s+of\s+the\s+(?P<x>[A-Za-z0-9][\w-]{1,20})\s+gene\b")
# the words before a bare verb form ("target", "block") that make it a verb, not a noun as in "the treatment target
# ZB1c of <6.8%", "a target dose": "designed to | target", "antibodies that | block", "they | bind"
BARE_VERB_BEFORE = rx.compile(r"(?=[acmtw])\b(?:to|can|could|may|might|will|would|which|that|they|also|and)\s{1,3}$", re.I)
# a negation just before a verb ("did not block")
# the words that deny what follows them (read within a few words before it)
NEGATION = r"not|no|never|nor|without|failed\s+to"
NEGATED_BEFORE = rx.compile(rf"(?=[fnw])\b(?:{NEGATION})\b[^.;]{{0,20}}$", re.I)
# an approval's word: the indication follows it ("approved for", "authorisation ... for", "cleared to treat")
# ("clearance" only as a regulator's: "FDA clearance", "clearance from the agency"; not "stone clearance")
APPROVAL_WORD = rx.compile(r"(?=[acl])\b(?:approv(?:ed|es|al)|cleared|(?:(?<=FDA\s)|(?<=510\(k\)\s)|(?<=regulatory\s)|(?<=marketing\s))"
                           r"clearance|clearance(?=\s+(?:from|by)\b)|authori[sz](?:ed|ation)|label\s+of)\b", re.I)
# the words just before the approved indication: "for adults with", "to treat", "for the treatment of"
APPROVED_FOR_BEFORE = rx.compile(r"""\b(?:for|to\ treat|to\ cover)\s+(?:the\s+)?(?:(?:first|second)-line\s+)?(?:treatment\s+of\s+)?
    (?:(?:adults?|patients|people|children|adolescents|infants|boys|girls|men|women|individuals|those)\b
      (?:[^,;.()]|\([^()]{0,60}\)){0,110}?\b(?:with|who\ have|of)\s+)?
    (?:(?:[\w-]{1,40}\s+){0,4})$""", re.I | re.X)
# another name given after a therapy's name: "sold as X", "under the brand name X", "also known as X", "formerly X"
# (a code with a space too: "formerly ZYX 417")
ALIAS_AFTER = rx.compile(r"""\b(?:(?:sold|marketed|branded|approved|launched)\s+(?:[^,.;]{0,40}?\s)?(?:as|under\s+the\s+(?:brand\s+|trade\s+)?name)
      | brand\s+name | trade\s+name | also\ known\ as | formerly(?:\ known\ as|\ called)? | previously\ known\ as
      | (?:also\ )?called | code-named | codenamed)\s+(?P<alias>[A-Z]{2,5}\s\d{2,6}(?![\w.,])|[A-Z][\w-]{1,30}(?:\s[A-Z]{2,})?)""", re.X)
# a target written as a long name and its short form: "zeta signalling 4 (ZS-4) receptor", "tubular binding
# protein 7 (TBP7)"; read as the short form and its kind word
TARGET_ABBREVIATED = rx.compile(r"""(?:[\w/-]{1,40}\s{1,3}){1,6}\(\s{0,2}(?P<abbr>[A-Z][A-Za-z0-9-]{1,10})\s{0,2}\)
    (?:\s{1,3}(?P<kind>receptor|protease|enzyme|channel|transporter|kinase|polymerase)s?\b)?""", re.X)
# lower-case words before a target's symbol and kind: "of central and peripheral | XY-A receptors"
TARGET_ADJECTIVES = rx.compile(r"""(?:[a-z][a-z-]{2,30}\s{1,3}(?:(?:and|or)\s{1,3})?){1,3}
    (?=[A-Z0-9][\w-]{0,30}\s{1,3}(?:receptor|protease|enzyme|channel|transporter|kinase|polymerase)s?\b)""", re.X)
# a target named by its kind, protease and polymerase too: "the ABC-2 3XL protease"
TARGET_KIND_NAME = rx.compile(r"(?P<x>(?:[A-Za-z0-9][\w-]{0,30}\s{1,3}){1,2}(?:protease|polymerase))\b")
# more ways a drug acts on its target: "lowers the kidney's synthesis of", "modifies splicing of"
TARGET_VERB_MORE = rx.compile(r"""\b(?:(?:lower|reduce|decrease|cut)(?:s|d|ing)?\s{1,3}the\s{1,3}(?:[\w'’-]{1,30}\s{1,3})?
      (?:amount|production|levels?|expression|synthesis)\s{1,3}of
    | (?:modif(?:y|ies|ying)|alter(?:s|ing)?|modulat(?:es|ing)|correct(?:s|ing)?)\s{1,3}(?:the\s{1,3})?splicing\s{1,3}of
    )\s{1,3}""", re.I | re.X)
# what a drug is, said with the target after it: "XY-123, a humanised antibody against", "is a positive allosteric
# modulator of", "an agonist at"
TARGET_NOUN_OF = rx.compile(r"""\b(?:an?|the)\s{1,3}(?:[\w-]{1,30},?\s{1,3}){0,4}?(?:modulator|agonist|antagonist|activator
    |inhibitor|blocker|antibody)\s{1,3}(?:of|against|at|that\s{1,3}binds?(?:\s{1,3}to)?|targeting|that\s{1,3}targets
    |directed\s{1,3}(?:at|against|to))\s{1,3}""", re.X)
# a receptor agonist or modulator named before the drug or after it: "the zeta-like peptide-4 (ZLP-4) receptor
# agonist XY-123", "XY-123, a dual AB and CD receptor agonist"
TARGET_AGONIST = rx.compile(r"""\b(?P<head>(?:[A-Za-z0-9][\w-]{0,40}\s{1,3}){0,4}
    (?!(?:dual|triple|partial|full|selective|inverse|biased)\s)[A-Za-z0-9][\w-]{0,40})\s{1,3}
    (?:\(\s{0,2}(?P<abbr>[A-Z][A-Za-z0-9-]{1,10})\s{0,2}\)\s{1,3})?(?P<receptor>receptors?\s{1,3})?
    (?:\(\s{0,2}[A-Z][A-Za-z0-9-]{1,10}\s{0,2}\)\s{1,3})?          # (the receptor's own short form: "receptor (ZR) agonist")
    (?:(?:dual|triple|partial|full|selective|inverse|biased)\s{1,3})?  # ("a ZW receptor dual agonist")
    (?P<kind>agonists?|modulators?|activators?|stimulators?)\b""", re.X)
# another target joined to the first: "the receptors for AB (...) and for CD"
TARGET_AND_MORE = rx.compile(r"\s{0,3}(?:\([^()]{0,60}\)\s{0,3})?,?\s{0,3}(?:and|as\s{1,3}well\s{1,3}as)\s{1,3}(?:for\s{1,3}|the\s{1,3})?")
# the words before an approved indication that APPROVED_FOR_BEFORE does not take: "for adult and adolescent patients
# with", "for long-term symptom control in adults with"
APPROVED_FOR_LONGER = rx.compile(r"""\bfor\s{1,3}(?:(?:the\s{1,3})?(?:[\w-]{1,30}\s{1,3}){1,4}?(?:in|of)\s{1,3})?
    (?:[\w-]{1,30}\s{1,3}(?:and\s{1,3})?){0,3}?(?:adults?|patients|people|children|adolescents|infants|boys|girls|men|women)\s{1,3}
    (?:[\w-]{1,30}\s{1,3}){0,4}?(?:with|who\s{1,3}have)\s{1,3}(?:[\w-]{1,40}\s{1,3}){0,3}$""", re.I | re.X)
# diseases listed after the first approved one: "for people with AB or CD", "AB, CD and EF"
INDICATION_LIST_JOIN = rx.compile(r"\s{0,3}(?:\([^()]{0,30}\)\s{0,3})?(?:,\s{0,3}(?:and\s{1,3}|or\s{1,3})?|(?:and|or|and/or)\s{1,3})$")
# a list of stages of one disease: "for adults with dementia or apathy due to | AB disease"
# (the indication is the disease the stages are due to)
INDICATION_DUE_TO = rx.compile(r"""\s{0,3}(?:,\s{0,3})?(?:or|and)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}?(?:due\s{1,3}to|caused\s{1,3}by)
    \s{1,3}(?:the\s{1,3})?""", re.X)
# a disease named as a reason to keep people out of a trial: "People with XY could not join", "those with XY were
# excluded" (after it) and "excluded patients with XY", "exclusion criteria included XY" (before it)
EXCLUDED_AFTER = rx.compile(r"""[^.;]{0,80}?\b(?:(?:were|was|are|is)\s{1,3}(?:also\s{1,3})?(?:excluded|ineligible|not\s{1,3}eligible)
    |could\s{1,3}not\s{1,3}(?:join|enrol|enroll|take\s{1,3}part|participate|be\s{1,3}included))\b""", re.I | re.X)
EXCLUDED_BEFORE = rx.compile(r"\b(?:exclud\w{0,4}|exclusion\s{1,3}criteria)\b[^.;]{0,60}$", re.I)
# a trial studying a drug in a disease: "is evaluating XY-123 in | Z disease", "tested AB-1 for"
STUDIED_IN_BEFORE = rx.compile(r"""(?=[aeist])\b(?:evaluating|testing|studying|investigating|assessing|evaluates|tests|studies|investigates
    |assesses)\s{1,3}(?:[\w-]{1,30}\s{1,3}){1,3}?(?:in|for)\s{1,3}(?:(?:people|patients|adults|children)\s{1,3}with\s{1,3})?$""",
                               re.I | re.X)
# a drug patients were on, to which the trial's is added or beside which it is given: "concomitant with | XY", "as
# add-on treatment with | XY", "despite treatment with | XY", "optimized on | XY", "inadequately controlled on | XY"
ON_BACKGROUND = r"""(?:concomitant(?:ly)?\s{1,3}with|add-?on\s{1,3}(?:(?:treatment|therapy)\s{1,3})?(?:with|to)
    |adjunct(?:ive)?\s{1,3}(?:(?:treatment|therapy)\s{1,3})?to
    |despite\s{1,3}(?:(?:treatment|therapy)\s{1,3}with|taking)|optimi[sz]ed\s{1,3}on
    |(?:inadequately|insufficiently|poorly|not\s{1,3}adequately)\s{1,3}controlled\s{1,3}(?:on|with|by))"""
# a drug given beside the trial's own (its concomitant drug), named within a few words after: "participants were taking
# a stable daily dose of", "they were taking", "underwent conditioning with", "were also given the steroid",
# "were managed with", "lymphodepletion with"
# (or a drug the trial's is given with or added to, or that did not control the disease before: ON_BACKGROUND)
CONCOMITANT_BEFORE = rx.compile(rf"""(?=[acdilnopw])\b(?:(?:were|was)\s{{1,3}}(?:all\s{{1,3}}|already\s{{1,3}}|also\s{{1,3}})?(?:taking|on\s{{1,3}}(?=stable|background))
    |(?:conditioning|lymphodepletion|lymphodepleting\s{{1,3}}chemotherapy|premedicat\w{{0,4}}|pre-medicat\w{{0,4}}|prophylaxis)\s{{1,3}}with
    |(?:were|was)\s{{1,3}}also\s{{1,3}}given|(?:were|was)\s{{1,3}}(?:generally\s{{1,3}})?managed\s{{1,3}}with
    |{ON_BACKGROUND})\b""", re.I | re.X)
# drug classes named by one word (singular: a class's name is these, or these and an "s")
CLASS_NAMES = ("corticosteroid|glucocorticoid|antidepressant|antibiotic|anticoagulant|immunosuppressant|antiplatelet|diuretic|"
               "antipsychotic|bisphosphonate")
# a drug class named by one word ("oral corticosteroids"), a therapy where the text says patients take it
CLASS_WORD = rx.compile(rf"(?=[abcdgi])\b(?:{CLASS_NAMES})s?\b", re.I)
# the regulator of an earlier sentence, named again as "it" right before the status word or as "the agency"
REGULATOR_ANAPHOR_BEFORE = rx.compile(r"\bit\s{1,3}(?:\w{1,20}\s{1,3})?$|\bthe\s{1,3}(?:agency|regulator)\b", re.I)
# a trial's dosing stopped, not the drug's development: "will discontinue dosing in the ALPHA study"
TRIAL_DOSING_STOPPED = rx.compile(r"[\w-]{0,12}\s{1,3}(?:dosing|treatment)\s{1,3}(?:in|of)\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,30},?\s{1,3}){0,6}?(?:\(|study|trial|part\b)", re.I)
# a drug's international nonproprietary name by its stem, for drugs newer than the lexicon: "-vir" antivirals,
# "-mab" antibodies, "-tinib" kinase inhibitors, "-siran" siRNAs, "-rsen" antisense, "-gliflozin", "-glutide" ...
# "-tide" peptides, "-cept" fusion proteins, "-fermin" growth factors, "-imod" receptor modulators, "-rasib" KRAS
# inhibitors ... (stems no common English word ends with, a word of 7 letters or more; "-tide" and "-cept" save the words that end so: "peptide",
# "nucleotide", "riptide", "yuletide", "eventide", "concept", "intercept", "precept", "percept")
INN_NAME = rx.compile(rf"""\b(?=[a-zA-Z][a-z]{{6,25}}\b)[a-zA-Z][a-z]{{1,20}}(?:{SMALL_MOLECULE_STEMS}|mab|siran|[a-z]{{3}}rsen|glutide
    |rubicin|parvovec|cel|(?<!pep)(?<!leo)(?<!rip)(?<!ule)(?<!ven)(?<!osi)(?<!lfa)(?<!pha)tide
    |(?:ner|ber|ta|(?<!in)ter)cept|teplase|fungin|fermin)\b""", re.X)
# the approval word naming a way to approval, not one granted: "under the accelerated approval | pathway", "the
# approval | process"
APPROVAL_PROCESS_AFTER = rx.compile(r"\s(?:pathway|path|route|process|program(?:me)?|standard|requirements?|criteria|"
                                    r"decision|timeline|package|dossier|submission)\b", re.I)
# an approval asked for, not granted: "its application for standard approval", "filed for approval", "seeking approval"
# (or one foreseen: "could soon gain FDA approval", "is expected to win approval", "needed to support the approval",
# "accepted ... for approval", "meets the standard for accelerated approval", "is pending FDA approval"; or one an
# advisory body only recommends or endorses: "the committee voted 9-4 to recommend approval")
APPROVAL_SOUGHT_BEFORE = rx.compile(r"""(?=[acefimprstw])\b(?:applications?|applied|apply|applying|seek\w{0,3}|sought|filed|fil(?:es|ing)|submit\w{0,6}
    |request\w{0,3}|pursu\w{1,4}|support|supporting|toward|towards|ahead\s{1,3}of|for|pending|awaiting|recommend\w{0,4}|endors\w{1,4}
    |(?:(?:could|may|might|would|should|(?:is|are)\s{1,3}(?:set|poised|expected|likely)\s{1,3}to)
    \s{1,3}(?:soon\s{1,3})?(?:gain|win|receive|get|secure|earn|obtain)))\s{1,3}(?:for\s{1,3})?(?:(?:an?|the|its|their)\s{1,3})?
    (?:[\w-]{1,20}\s{1,3}){0,2}$""", re.I | re.X)
# words before a disease that name its course, not another disease: an approval's indication is the disease itself
# ("for relapsed or refractory | XY myeloma")
DISEASE_COURSE = rx.compile(r"(?=[r])(?:(?:relapsed|refractory|recurrent|relapsing)\s{1,3}(?:(?:or|and)\s{1,3}|/\s{0,2})?){1,3}", re.I)
# a therapy named as what patients had before the trial, not what it gave: "had previously received | XY-123",
# "refractory to | XY", "progression on | XY" before it; "XY | -containing chemotherapy", "XY | -refractory" after it
PRIOR_THERAPY_BEFORE = rx.compile(r"""(?=[fpri])\b(?:previously|prior|pre-?treated|failed|failing|(?:refractory|intolerant)\s{1,3}(?:to|of)
    |progress(?:ed|ion)\s{1,3}(?:on|during|after))\s{1,3}(?:(?:treatment|therapy)\s{1,3}with\s{1,3})?(?:[a-z][\w-]{0,20}\s{1,3}){0,2}$""",
    re.I | re.X)
# a drug patients stay on through the trial, whatever it tests: "who were receiving prolonged (5 years) | XY", "despite
# current | XY", "continued to take their | XY", "on a stable dose of | XY"
BACKGROUND_THERAPY_BEFORE = rx.compile(rf"""(?=[acdinoprt])\b(?:(?:receiving|taking|on)\s{{1,3}}(?:an?\s{{1,3}}|their\s{{1,3}})?(?:stable|prolonged|ongoing
    |background|existing|maintenance)\b[^.;]{{0,30}}?|despite\s{{1,3}}(?:current|ongoing|prior)?\s{{0,3}}|continued\s{{1,3}}to\s{{1,3}}(?:take|receive)
    \s{{1,3}}(?:their\s{{1,3}})?|{ON_BACKGROUND}\s{{1,3}}(?:(?:an?|the|their)\s{{1,3}})?)$""", re.I | re.X)
# a substance given to measure, not to treat: "XY | breath test", "XY | PET scan"
# a company's field, in its description: "Acme, a specialist in | zeta disorders", "a company focused on | rare
# diseases" (no disease a trial of the document studies)
COMPANY_FIELD_BEFORE = re.compile(r"\b(?:specialists?|focused|focusing|focuses|dedicated|speciali[sz]\w{0,5}|leader|"
                                  r"committed)\s(?:in|on|to)\s(?:the\s(?:field|area|treatment)s?\sof\s)?[^,;.()]{0,40}$",
                                  re.I)
DIAGNOSTIC_AFTER = rx.compile(r"(?:\s{1,3}\([A-Za-z0-9-]{1,10}\))?\s{1,3}(?:breath\s{1,3}test|(?:PET\s{1,3})?scan|PET\b|tracer|imaging|"
                              r"(?:skin|challenge|stimulation|preparation)\s{1,3}test|test\b|stain\b|staining\b)", re.I)
# (its short form may stand between: "a zetate (ZT) test")
# a drug whose amount an outcome counts, not one the trial gave: "post-operative morphine | consumption", "opioid | use"
# (or the unit a dose of other drugs is counted in: "the zetazine|-equivalent dosage", "zetaphine| equivalents")
MEASURED_AFTER = rx.compile(r"\s{1,3}(?:consumption|use|usage|requirements?|intake)\b|[-\s]equivalents?\b", re.I)
PRIOR_THERAPY_AFTER = rx.compile(r"-(?:containing|based|pretreated|refractory|experienced|exposed|resistant|naive|naïve|intolerant)\b",
                                 re.I)
# a drug named as what brings on the condition a trial studies, not what it gives: "XY | -induced sedation", "amnesia
# induced by | XY", "hearing loss caused by | XY", "the migraine-provoking effect of | XY"
INDUCER_AFTER = rx.compile(r"[-\s](?:induced|provoked|evoked|elicited|triggered)\b", re.I)
INDUCER_BEFORE = rx.compile(r"""(?=[icpet])\b(?:induced|caused|provoked|evoked|elicited|triggered)\s{1,3}by\s{1,3}(?:the\s{1,3})?
    (?:(?:high|low|repeated|massive|single|large|toxic)\s{1,3})?(?:(?:doses?|infusions?|injections?)\s{1,3}of\s{1,3})?$""", re.I | re.X)
# a disease named as what earlier treatment was for, in an entry criterion ("had not received systemic therapy for |
# metastatic disease"): the trial's condition is named elsewhere
PRIOR_TREATMENT_BEFORE = rx.compile(r"""(?=[epr])\b(?:received|receiving|prior|previous|previously|earlier)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}
    (?:treatments?|therapy|therapies|chemotherapy)\s{1,3}(?:for|of)\s{1,3}(?:the\s{1,3})?$""", re.I | re.X)
# what joins one drug of a list to the next, its dose in brackets between: "XY | (60 mg/m2) plus | AB",
# "XY, | AB", "XY | and | AB", "an XY inhibitor, | a | ZW antagonist"
NEXT_IN_LIST = rx.compile(r"(?<!\s)\s*+(?:\((?:[^()]|\([^()]{0,10}\)){0,40}\)\s*+)?(?:,\s*+)?(?:(?:and|or|plus)\s++)?"
                          r"(?:(?:an?|the)\s++)?")
# the few words between a concomitant cue and the drug: "taking | a stable daily dose of oral | XYs"
FEW_WORDS = rx.compile(r"\s{0,3}(?:[\w-]{1,30}\s{1,3}){0,6}")
# a gene therapy's payload: "uses a virus to deliver a shortened human AB enzyme (ABE) coding sequence",
# "carries a functional copy": the verb, then (read in Python) the gene named before "gene" or "coding sequence"
GENE_DELIVERY = rx.compile(r"\b(?:deliver(?:s|ed|ing)?|carr(?:y|ies|ying)|introduc(?:e|es|ing)|insert(?:s|ing)?)\s{1,3}(?:a|an|the)\s{1,3}")
DELIVERED_GENE_END = rx.compile(r"(?:\s{0,2}\))?\s{0,3}(?:\(\s{0,2}[A-Z][\w-]{1,10}\s{0,2}\)\s{1,3})?(?:gene|coding\s{1,3}sequence|transgene|cDNA)\b")
# a short lower-case name given in the parenthesis after a drug's name: "(acmecabtagene autoleucel; acme-cel)",
# "(acmagene autotemcel, or acma-cel)"
SHORT_NAME_IN_PAREN = rx.compile(r"\s{0,3}(?:;|,\s{0,3}or|,\s{0,3}also\s{1,3}known\s{1,3}as)\s{1,3}(?P<x>[a-z]{2,12}-[a-z]{2,8})\s{0,3}[);,]")
# a drug on the market for a disease: "XY-123 is already sold as Zenvia for | Z disease", "marketed for"
MARKETED_WORD = rx.compile(r"\b(?:sold|marketed)\b")
# a result told of the main therapy, the usual lead of a trial report: "XY-123 reduced the risk of ... in adults with Z"
# (a sentence that names no trial but speaks of the trial's population)
RESULT_VERB = rx.compile(r"(?=[ceilprs])\b(?:reduced|lowered|cut|improved|slowed|prevented|extended|prolonged|increased|shortened)\b", re.I)


# a word that tells one variant of a treatment from another, before the head they share: "robotic | or open zeta
# repair", "early or delayed", "non-zeta or zeta repair" (what the other is without); fullmatched, case aside by caller
QUALIFYING_WORD = (r"[a-z-]{2,30}(?:ic|al|ed|ive|ous|ar|ary|ory|ent|ant|ble|less|ly|ate)|early|late|open|closed|high|"
                   r"low|short|long|fresh|frozen|single|double|dual|triple|wide|narrow|deep|light|heavy|full|half"
                   r"|non-[a-z]{2,20}|[A-Z]{2,6}-[a-z]{3,20}ed")     # (a short form's guide: "ZRI-guided")
