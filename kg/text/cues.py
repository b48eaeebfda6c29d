"""The cue vocabulary of the extractors: every word list that decides a reading is defined here, once.

Each cue is a named, commented pattern. Extractors and rules import these
names; a list that two modules need lives here and nowhere else (a test on the
tree finds repeated pattern tables). Areas add their cues at the end, each
under a ``# --- area ---`` comment.

>>> bool(HEDGE.search("A larger study should follow.")), bool(HEDGE.search("The study met its goal."))
(True, False)
>>> QUOTED.search('He said "this is a long quotation" today').span()
(8, 34)
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# --- shared policy: hedging, quotations, clauses ---

# words that make a statement a plan, a wish or a guess rather than a finding ("a larger study should follow")
HEDGE = rx.compile(r"""(?=[afhmpsw])\b(?:
      should | would | might | may\ be | will\ be
    | plans?\ to | planned(?!\ (?:for|over)\ (?:\w+\ ){0,2}(?:years?|months?|weeks?|days?)\b)
    | future | hope[sd]?\ to | aims?\ to
    )\b""", re.I | re.X)

# a quotation or quoted title of at least 12 characters; it does not hold an opening quote, so a text with many
# opening quotes and no closing one is read once, not once per quote; a straight quote right after a word or a
# closing mark closes a quotation, it never opens one (Acme ("Acme") said ... ("ZX")": no quotation between them)
QUOTED = rx.compile(r"(?:“|(?<![\w.,;:!?)\]’”%])\")[^“”\"]{12,}[”\"]")

# where one clause of a sentence ends and the next begins (hedging is judged per clause)
CLAUSE_BREAK = rx.compile(r";|,\s+(?:but|while|whereas|although)\b|(?<!\s)\s+but\s+")

# a sentence that names a publication (its quoted title is a title, not a statement about the trial)
PUBLICATION_CUE = rx.compile(r"(?=[aept])\b(?:titled|entitled|published|paper|article)\b", re.I)

# words that mark a sentence as being about a trial
TRIAL_WORD = rx.compile(r"(?=[eprst])\b(?:trial|study|studies|phase|enrolled|randomi[sz]ed|participants)\b", re.I)

# --- therapies ---

# the INN stems of small molecules: antivirals, kinase inhibitors, gliflozins ... (read for a therapy's modality and,
# in INN_NAME, to name drugs newer than the lexicon)
SMALL_MOLECULE_STEMS = ("vir|tinib|ciclib|parib|zomib|lisib|rafenib|gliflozin|gliptin|sartan|xaban|gatran|taxel|tecan|triptan"
                        "|setron|lukast|imod|rasib|dustat|xostat|lutamide|relix|golix|degib|sertib|trapib|glipron"
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
    (r"[a-z]tide\b", "peptide"),                              # -tide: peptides
    (rf"[a-z](?:{SMALL_MOLECULE_STEMS})\b", "small molecule"),
))
# words near a therapy's name that say what it is
MODALITY_WORDS = tuple((rx.compile(pattern, re.I), modality) for pattern, modality in (
    (r"antisense oligonucleotide|\bASO\b", "antisense oligonucleotide"), (r"gene therapy", "gene therapy"),
    (r"cell[- ](?:based )?therap|stem[- ]cell[- ]based|cell product|cell-based product|made of [^.]{0,300}cells",
     "cell therapy"),
    (r"monoclonal antibody|\bantibody\b", "antibody"), (r"\bvaccine\b", "vaccine"),
    (r"small[- ]molecule", "small molecule"), (r"\bpeptide\b", "peptide"),
    (r"\b(?:device|implant|stent|neurostimulator|pacemaker)\b", "device"),
    (r"\brecombinant\b[^.;]{0,60}\bprotein\b|\bfusion protein\b", "protein")))

# a substance named as what is measured, or as part of the body's workings, not as a therapy: the words before
# ("serum potassium", "albumin-to-creatinine") and after ("cholesterol levels", "dopamine transporter", "testosterone
# suppression", an enzyme's name: "tyrosine kinase"; a mechanism: "a zeta reuptake inhibitor", "potassium channel
# modulator"; a laboratory method: "a hematin assay") its name; a marker's list ("markers of X, including") names it
ANALYTE_BEFORE = rx.compile(r"""(?:\b(?:serum|plasma|blood|urine|urinary|LDL|HDL|non-HDL|total|fasting|circulating|
      low-density\ lipoprotein|high-density\ lipoprotein|salivary|(?:to\ )?(?:measure|determine|quantify)
      (?:\ the)?|(?<!\d\ )(?<!\ball\ )(?<!\btwo\ )(?<!\bboth\ )(?<!\bthree\ )(?<!\bfour\ )(?:levels?|concentrations?|saturation|partial\ pressure)\ of(?:\ the)?|end[-\ ]tidal
      |(?:inhibit\w{0,4}|block\w{0,4}|reduc\w{0,4}|lower\w{0,3})\ (?:the\ )?(?:synthesis|production|formation|reabsorption)\ of
      |lower(?:s|ed|ing)|rais(?:es|ed|ing)|(?:increases?|decreases?|rises?|falls?)\ in|suppression\ of
      |(?:bio)?markers?(?:\ of\ [\w-]{1,20}(?:\ [\w-]{1,20}){0,2})?,?\ (?:including|such\ as))\s+|-to-)$""",
                            re.I | re.X)
ANALYTE_AFTER = rx.compile(r"""[–-](?:confirmed|verified|validated|activated|dependent|gated|sensing)\b|(?:\s(?:type\s)?\d[a-z]?(?=\s+receptor))?[\s-]{0,3}(?:levels?|concentrations?|ratios?|clearance|lowering|making|producing|
      synthesis|receptors?|transporters?|pathways?|signall?ing|saturation|concentrators?|metabolism|excretion|values?|suppression
      |kinases?|phosphatases?|synthases?|transferases?|dehydrogenases?|hydroxylases?|oxidases?|reductases?
      |reabsorption|uptake|production|formation|biosynthesis|reuptake|channels?|modulators?|method|assays?)\b
      |(?:-[a-z]{3,20}){0,2}\s(?:system|axis)\b|\s(?:is|was|are|were)\s(?:not\s)?(?:adequately\s|well\s|poorly\s)?controlled\b""",
                           re.I | re.X)
# (and a substance that confirms a result, "carbon monoxide-confirmed abstinence", or a receptor's subtype, "XY 1a receptor",
# "zeta factor type 1 receptor", or what works a channel: "a zeta-activated potassium channel", "voltage-gated"; a
# hormone system named by its parts, "the renin-zeta-aldosterone system"; a level kept in check, "whose zeta is not
# adequately controlled")
# a substance named as what a drug class binds or removes, not as what is given: "zeta binders", "a bile acid
# sequestrant", "iron chelation therapy" (the class is the treatment; the substance is its target)
BOUND_AFTER = rx.compile(r"[\s-]{1,2}(?:binders?|binding\s(?:agents?|drugs?|resins?)|sequestrants?|chelat(?:ors?|ion|ing))\b", re.I)

# a substance named as given to someone (these keep it a therapy even where it is also measured): a dose after its
# name ("XY 5 mg", "XY (10 mg/kg)"), a group or arm named by it ("the XY group"), or a giving verb before it
GIVEN_AFTER = rx.compile(r"""\s{0,3}(?:,\s{0,3})?(?:\(\s{0,3})?(?:\d{1,6}(?:[.,·]\d{1,4})?\s{0,2}(?:mg|g|mcg|µg|μg|ug|ng|IU|units?|mL|ml|
      mmol|mEq|%)\b|(?:group|arm|cohort|supplementation|administration|infusion|injection|tablets?|capsules?)\b)""",
                         re.I | re.X)
GIVEN_BEFORE = rx.compile(r"""(?=[adgirst])\b(?:receiv(?:e|ed|ing)|given|administ(?:er|ered|ering|ration\ of)|treated\ with|
      randomi[sz]ed\ to|assigned\ to|supplement(?:ed|ation)\ with|doses?\ of|infusions?\ of|injections?\ of)
      \s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}$""", re.I | re.X)
# a drug-like name that is only the first part of a longer term, not something given: "gold-coated", "formalin-fixed",
# "lemon-flavored", "almond oil", "oxygen consumption", "alanine aminotransferase", "XY-55 criteria"
# where a lexicon name is only a source or a reagent: "derived from broccoli sprouts", "a rabbit monoclonal antibody"
SOURCE_BEFORE = rx.compile(r"(?=[deip])\b(?:derived|extracted|isolated|purified|prepared)\s{1,3}from\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$",
                           re.I)
REAGENT_AFTER = rx.compile(r"\s{1,3}(?:anti-\S{1,20}\s{1,3})?(?:monoclonal|polyclonal)\s{1,3}antibod", re.I)
PART_OF_TERM_AFTER = rx.compile(r"""(?:-(?:coated|doped|fixed|flavou?red|labell?ed|stained|impregnated|enriched)\b
      |-(?:free|resistant|refractory|sensitive|naive|naïve|intolerant|eligible|ineligible|experienced)\b
      |\s{1,3}(?:drugs?|agents?)\b(?!\s{0,3}\()
      |\s{1,3}extracts?\b
      |[\s-]{1,3}(?:kinases?|phosphatases?|hydroxylases?|synthases?|kinase-)\b
      |\s{1,3}(?:grades?|class|physical\s{1,3}status)\b
      |\s{1,3}(?:lasers?|oil|moiet(?:y|ies)|consumption|aminotransferase|transaminase|dehydrogenase|criteria|score|
      scale|assay|kit|questionnaire|staining|stain)\b
      |\s{1,3}(?:standard|buffered|In-[Tt]ube|Technology|Platform)\b
      |[\s-]{1,3}(?:wild[-\s]type|mutant|mutations?|mutated)\b)""", re.I | re.X)
# the opening of a stock ticker's bracket, before the ticker ("(AMEX: | ZZA)"): a company's, no drug's
# the stock exchanges a ticker's bracket names
EXCHANGES = r"(?:NASDAQ|Nasdaq|NYSE|AMEX|LSE|TSX|ASX|TSE|TYO|SIX|HKEX|KRX|Euronext|EURONEXT|OTC)"
TICKER_OPEN = rx.compile(rf"\({EXCHANGES}[A-Za-z ]{{0,12}}:\s{{0,3}}$")

# a discontinuation is a therapy's status only when a developer stops it: a development word in the sentence
# ("discontinue the development of", "discontinue dosing in", "the programme was halted") ...
STATUS_DEVELOPMENT = rx.compile(r"(?=[cdmp])\b(?:development|developing|program(?:me)?s?|dosing|portfolio|pipeline|commerciali[sz]ation|"
                                r"marketing|clinical\s{1,3}hold)\b", re.I)
# ... and not a patient or a procedure stopping: "patients who discontinued treatment", "upon discontinuation of",
# "after the infusion was discontinued"
STATUS_PATIENT_STOP = rx.compile(r"""(?=[adfimpstuvw])(?:\b(?:patients?|participants?|subjects?|volunteers?|who|upon|after|following|
      infusions?|treatment|therapy|medication|dose)\s{1,3}(?:\w{1,20}\s{1,3}){0,2}$)""", re.I | re.X)

# a drug class: "statins", "an XY inhibitor", "angiotensin-converting enzyme (ACE) inhibitors", "XY blockade";
# the words before the class word are trimmed to the target's name in Python (NOT_TARGET_WORD)
CLASS_PHRASE = rx.compile(r"""(?P<statin>\bstatins?\b)
    | \b(?P<head>(?:[A-Za-z0-9][\w-]{0,40}\s+){0,4}[A-Za-z0-9][\w-]{0,40})\s+(?:\((?P<abbr>[A-Z][A-Za-z0-9-]{1,10})\)\s+)?
      (?P<kind>inhibitors?|blockers?|antagonists?|blockade|inhibition)\b""", re.I | re.X)
# words that end a drug class's target name when read backwards from the class word ("were taking an | XY inhibitor")
NOT_TARGET_WORD = frozenset("""a an the of or and with on to in for by at as from that which who were was is are be
    been being take taking takes took tolerate tolerated receive receiving received using use only either both any
    other prior previous current concomitant background stable dose doses top their its his her no not new older
    nonsteroidal steroidal selective nonselective non-selective oral potent novel first second third investigational
    experimental approved
    standard existing such like than versus plus agonist agonists antagonist antagonists partial inverse
    injectable intravenous subcutaneous inhaled topical orally reversible irreversible covalent highly once twice
    daily weekly monthly first-in-class best-in-class
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
TARGET_VERB = rx.compile(r"""(?=[abdilnrst])\b(?:block(?:s|ed|ing)?|inhibit(?:s|ed|ing)?|target(?:s|ed|ing)?|bind(?:s|ing)?(?:\ to)?|
      antagoni[sz](?:es|ing)|recogni[sz](?:es|ing)|neutrali[sz](?:es|ing)|silenc(?:es|ing)|degrad(?:es|ing)|
      activat(?:es|ing)|stimulat(?:es|ing)|(?:lower|reduce)(?:s|ing)?\ the\ (?:amount|production|levels?)\ of)\s+""",
                         re.I | re.X)
# words between such a verb and the target's name ("overactivation of the")
TARGET_SKIP = rx.compile(r"(?:(?:the\s+)?(?:over)?(?:activation|activity|action|production|signall?ing)\s+of\s+)?(?:the\s+)?",
                         re.I)
# a target named by its kind: "ZW receptor", "NMDA receptor", "interleukin-6 receptor"
TARGET_NAME = rx.compile(r"(?P<x>(?:[A-Za-z0-9][\w-]{0,30}(?:\.\d{1,2})?\s+){1,2}(?:receptor|enzyme|channel|transporter|kinase)s?)\b")
# a target named by a symbol: "CD20", "HER2", "PD-1" (two capitals at least; digits and hyphens allowed)
TARGET_SHAPED = rx.compile(r"(?P<x>[A-Z](?=[a-z0-9-]*[A-Z])[A-Za-z0-9]{0,9}(?:\.\d{1,2})?(?:-[A-Za-z0-9]{1,6})?)\b")
# an antibody or a directed drug and its target: "an anti-XY IgG1 monoclonal antibody", "an anti-XY receptor
# antibody" (the receptor), "XY-directed", "directed at XY"
ANTI_TARGET = rx.compile(r"""\banti-(?P<x>[A-Za-z0-9][\w-]{0,30}?(?:\s+receptor)?)\s+(?:[\w-]{1,30}\s+){0,3}?(?:antibod(?:y|ies)|IgG\d?|agent|drug|therapy)\b
    | \b(?P<x2>[A-Z][A-Za-z0-9]{1,10})-(?:directed|targeted|targeting)\b
    | \b(?:directed|targeted)\s+(?:at|against|to)\s+(?P<x3>(?:[\w-]{1,30}\s+){0,2}?[\w-]{1,30}?)(?=[,;.]|\s+(?:and|on|in|which|that)\b)""",
                         re.X)
# a gene therapy's payload: "a working copy of the XY gene"
GENE_COPY = rx.compile(r"\b(?:cop(?:y|ies)|version)\s+of\s+the\s+(?P<x>[A-Za-z0-9][\w-]{1,20})\s+gene\b")
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
    (?:(?:adults?|patients|people|children|adolescents|infants|those)\b[^,;.()]{0,50}?\b(?:with|who\ have|of)\s+)?
    (?:(?:[\w-]{1,40}\s+){0,4})$""", re.I | re.X)
# another name given after a therapy's name: "sold as X", "under the brand name X", "also known as X", "formerly X"
ALIAS_AFTER = rx.compile(r"""\b(?:(?:sold|marketed|branded|approved|launched)\s+(?:[^,.;]{0,40}?\s)?(?:as|under\s+the\s+(?:brand\s+|trade\s+)?name)
      | brand\s+name | trade\s+name | also\ known\ as | formerly(?:\ known\ as|\ called)? | previously\ known\ as
      | (?:also\ )?called | code-named | codenamed)\s+(?P<alias>[A-Z][\w-]{1,30}(?:\s[A-Z]{2,})?)""", re.X)

# --- publications and conferences (kg.text.venues, kg.extractors.publications) ---

# a month's full name (a journal name ends before "in March"; a conference name does not start with one)
MONTH_WORD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# the words that end a conference's name: lower-case ones only after a capitalised name ("the Acme Society annual
# meeting"); "Week" as in "Kidney Week", "Sessions" as in "Scientific Sessions"
CONFERENCE_HEAD = r"""(?:(?:annual|scientific|virtual|international|plenary)\ ){0,2}
    (?:Meeting|Congress|Conference|Symposium|Sessions?|Summit|Forum|Week|Workshop|Colloquium|Convention
     |meeting|congress|conference|symposium|sessions|summit)"""

# the capitalised words of a meeting's name that name no one ("the Annual Meeting" is no conference of its own)
MEETING_WORDS = frozenset("""Annual Scientific Virtual International Plenary Meeting Congress Conference Symposium
    Session Sessions Summit Forum Week Workshop Colloquium Convention The""".split())

# what joins a session to the meeting it is part of ("the Plenary Session | of the | Acme Congress")
CONFERENCE_INNER = rx.compile(r"\s{1,3}(?:of|at|during)\s{1,3}(?:the\s{1,3})?(?:\d{4}\s{1,3})?")

# meetings that are not scientific conferences: regulators' and advisers', companies' and shareholders'
NOT_CONFERENCE = rx.compile(r"""(?=[ABCEFGHIPST])\b(?:Advisory|Committee|Board|General\ Meeting|Shareholders?|Stockholders?|Investors?|
    Earnings|Type\ [ABC]|End-of-Phase|Pre-(?:IND|NDA|BLA)|FDA|EMA|Agency|Panel|Healthcare\ Conference)\b""", re.X)

# a sentence that speaks of a presentation at a meeting
PRESENTATION_CUE = rx.compile(r"""(?=[acdloprsu])\b(?:present(?:ed|ing|s|ation)?|unveil(?:ed|s)?|report(?:ed|s)?\ at|shared|
    debut(?:ed|s)?|late-breaking|plenary|poster|oral\ session|coverage|at\ the|during\ the)\b""", re.I | re.X)

# major journals known by name (general knowledge, not any one article's): NEJM, the Lancet family, the JAMA
# family, BMJ and a few others
JOURNAL_KNOWN = rf"""(?:The\ )?New\ England\ Journal\ of\ Medicine | N\ Engl\ J\ Med | NEJM(?:\ Evidence)?(?![\w-])
    | (?:The\ )?Lancet(?:\ (?!{MONTH_WORD}\b|{WEEKDAY}\b)[A-Z][a-z]{{2,20}}(?:\ (?:&|and)\ [A-Z][a-z]{{2,20}})?)?
    | JAMA(?:\ Network\ Open|\ (?!{MONTH_WORD}\b|{WEEKDAY}\b|On\b|In\b)[A-Z][a-z]{{2,20}})?
    | BMJ | Nature\ (?:Medicine|Communications|Neuroscience) | Science\ Translational\ Medicine
    | Annals\ of\ Internal\ Medicine | Journal\ of\ Clinical\ Oncology | J\ Clin\ Oncol"""

# names journals take: "(The) (American) Journal of X", "Annals of X"
JOURNAL_SHAPE = r"""(?:The\ )?(?:[A-Z][a-z]{2,20}\ ){0,2}Journal\ of\ (?:the\ )?[A-Z][\w-]{1,30}
      (?:\ (?:(?:of|and|&|for|the)\ ){0,2}[A-Z][\w-]{1,30}){0,5}
    | Annals\ of\ (?:the\ )?[A-Z][\w-]{1,30}(?:\ (?:(?:of|and|&)\ )?[A-Z][\w-]{1,30}){0,3}"""

# where a journal's name follows ("published online in", "appeared in 2031 in the journal", "the journal")
JOURNAL_AFTER = r"""(?:\b(?:published|appeared|publish|appear)\b[^.;“”"]{0,60}?\bin\ (?:the\ (?:journal\ )?)?
    | \b[Tt]he\ journal\ )"""

# capitalised words after "published in" that are not a journal
NOT_JOURNAL = rx.compile(rf"^(?:The\s+)?(?:{MONTH_WORD}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|Phase|Patients?|Part|"
                         r"Stage|Japan|China|Europe|Canada)(?!\w)")     # (a month written short: "the Oct. 9 issue")

# --- arms and population (kg.text.arms, kg.text.ages, kg.extractors.population and dosing) ---

# the comparatives one arm's result is set against another's with: "lower in the A group", "34% smaller"
COMPARATIVES = r"(?:lower|higher|greater|longer|shorter|better|worse|more|less|fewer|faster|slower|larger|smaller)"
# the forms a product is given in, after its name or strength: "XY10 nasal spray", "0.12% zetidine mouthrinse"; a
# regex fragment
DOSAGE_FORMS = (r"(?:nasal\s?sprays?|sprays?|tablets?|capsules?|injections?|infusions?|creams?|gels?|foams?|ointments?|"
                r"solutions?|(?:eye\s?)?drops|patch(?:es)?|lozenges?|mouth\s?rinses?|mouthwash(?:es)?|rinses?|toothpastes?|"
                r"varnish)")
# the people a trial enrolls or a group holds ("enrolled 40 adults", "(24 participants)"); a regex fragment
PEOPLE = (r"(?:people|patients|participants|adults|children|individuals|subjects|volunteers|persons|men|women|"
          r"infants|adolescents|outpatients|inpatients|toddlers|neonates|newborns|pts)")

# words that assign patients to groups: an allocation lists the arms after them ("were randomised 2:1 to A or B")
# (or groups made: "divided into three groups:")
# an allocation word used as the design's adjective, not the assignment: "a randomised, placebo-controlled study"
ALLOCATION_AS_ADJECTIVE = re.compile(r"""(?<!\s)\s*+(?:,|(?:double|single|triple|observer)[- ]blind|open[- ]label|placebo|sham
    |(?:active|vehicle|placebo)[- ]controlled|controlled|parallel|cross-?over|multi-?cent|phase|clinical|trial|study|pilot)""",
                                     re.I | re.X)
# words a number after them is the ordinal of, not a result: "week | 12", "Group | 1", "phase | 3"
ORDINAL_WORDS = (r"(?:week|wk|month|mo|day|year|yr|visit|cycle|grade|stage|phase|part|dose|arm|group|cohort|study|trial|line|"
                 r"class|type|level|wave|period|step|round)")
# the verbs that put patients into groups, and the words a placebo control goes by (fragments for longer patterns)
ALLOCATING = r"(?:randomi[sz]ed|randomly\s(?:assigned|allocated|divided)|assigned|allocated)"
PLACEBO_WORDS = r"(?:placebo|sham|vehicle|saline)"
ALLOCATION = rx.compile(r"(?=[adgrst])\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|randomly(?=\s+given\b)|assigned|allocated|randomi[sz]ation|"
                        r"(?:divided|split)\s+into|treated\s+with|(?:received|receive|given)\s+either)\b", re.I)
# ("patients received either A or B": the groups' treatments, given as a choice)

# a sentence that counts who entered a trial ("512 were eligible, including 259 in the A arm and 253 in the B arm"), and
# one that counts events instead ("events occurred in 40, 25 in the A arm"), whose groups' counts are no arm sizes
ENROLMENT_WORD = rx.compile(r"(?=[aeir])\b(?:enrolled|eligible|randomi[sz](?:ed|ation)|assigned|allocated|included|analy[sz]ed)\b",
                            re.I)
EVENT_COUNT_WORD = rx.compile(r"(?=[acdefinorsw])\b(?:events?|died|deaths?|responded|responses?|infections?|cases?|occurred|"
                              r"experienced|reported|relapsed|discontinued|withdrew|completed|finished|remained)\b", re.I)

# a placebo or sham control named
PLACEBO = rx.compile(r"(?=[ps])\b(?:placebo|sham)\b", re.I)

# the arm given the document's therapy, named by its role ("the treatment group", "the active arm")
ACTIVE_ROLE = r"(?:treatment|treated|active(?:\s+treatment)?|study[-\s]drug|investigational[-\s]drug|experimental)"
# words that make a group a part of the population, not an arm ("the older group", "the women's group")
POPULATION_WORDS = r"(?:age[ds]?|older|younger|elderly|men|women|male|female|boys|girls|children|adults|high-risk|low-risk|" \
                   r"subgroups?|baseline)"

# the sets of patients an analysis counts: "the intention-to-treat population", "the per-protocol set", "evaluable
# patients"
ANALYSIS_SETS = r"(?:intent(?:ion)?[-\s]to[-\s]treat|ITT|mITT|per[-\s]protocol|PP|evaluable|completers?)"

# where the arms of an allocation end: the background every arm received, or the strata
ARM_LIST_END = rx.compile(r"""(?=[acfiostuw])\b(?:in\ addition\ to|in\ combination\ with|on\ top\ of|added\ to|alongside|along\ with|together\ with
    | on\ a\ background | as\ add-on | unless | stratified | followed\ by
    | which | including | such\ as | chosen\ from)\b""", re.I | re.X)

# a control arm named in words rather than by a drug (use with re.X); "placebo" and "sham" are read apart
CONTROL_ARM = r"""(?:best\ supportive\ care | (?:usual|standard)(?:\ of)?\ care | standard\ (?:therapy|treatment)
    | (?:(?:the\ )?(?:treatment|therapy|chemotherapy)\ of\ (?:the\ )?)?(?:physician|investigator)['’]s\ choice
      (?:\ (?:of\ )?(?:chemotherapy|treatment|therapy))?
    | observation(?:\ only|\ alone)? | no\ treatment | watchful\ waiting | control(?=\ (?:group|arm)\b)
    | (?:(?:investigator|physician)[-\ ](?:chosen|selected|choice)\ |standard\ |conventional\ )?chemo(?:therapy)?(?!-))"""

# a word that names a control group ("Control", "Comparison group"): such a group received no study drug
CONTROL_WORD = rx.compile(r"(?=[copsu])\b(?:control|comparison|comparator|observation|standard|usual|sham|placebo)\b", re.I)

# ClinicalTrials.gov arm types: an arm so headed is named by its description ("Experimental arm: XY-123 10 mg")
ARM_TYPE = rx.compile(r"(?=[aenps])(?:experimental|active\s+comparator|placebo\s+comparator|sham\s+comparator|no\s+intervention)",
                      re.I)

# the level of a dose group, before "dose" ("the low-dose group", "high dose: ...")
DOSE_LEVEL = r"(?:low|lower|high|higher|middle|medium|intermediate|mid)"

# the units of a dose (a regex fragment; longest first so that "mg/kg" is not read as "mg")
DOSE_UNIT = r"(?:mg/kg|mg/m2|mg/m²|[µμ]g/kg|mcg/kg|(?:I?U|units)/kg|mg|[µμ]g|mcg|g|mL|IU|units)"    # (the micro sign or Greek mu)
# a dose's amount, and the amounts of one drug's arms listed together ("100, 200 or 400"; the unit follows them)
DOSE_AMOUNT = r"\d{1,5}(?:\.\d{1,4})?"
DOSE_AMOUNTS = rf"{DOSE_AMOUNT}(?:\s*,\s*{DOSE_AMOUNT}){{0,6}},?\s+(?:and|or)\s+{DOSE_AMOUNT}"

# a line that opens a list of arms: a heading ("Arms", "Treatment groups", "What treatments were compared?") or a
# sentence ending in a colon that assigns patients to groups or names them
ARM_LIST_OPENER = rx.compile(r"""^(?:(?:study|trial|treatment|intervention)\s+)?(?:arms|groups|cohorts)(?:\s+and\s+interventions)?$
    | \btreatments?\b.{0,30}\bcompared\b.{0,10}$
    | \b(?:arms|groups|cohorts|randomi[sz]ed|randomly\s+assigned|assigned|allocated)\b[^.]{0,120}:$""", re.I | re.X)

# --- organisations ---
# (kg.extractors.organizations reads these; organisation NAME shapes live in kg.text.organizations)

# a cue after which a capitalised name is taken as an organisation even without a name shape
ORG_STRONG_CUE = rx.compile(r"""\b(?:
      (?:sponsored|co-sponsored|funded|co-funded|financed|developed|co-developed|discovered|invented|manufactured
        |marketed|commerciali[sz]ed|acquired|owned|bought|made|sold) (?:\ as\ [A-Z][\w-]{0,30})?\ by
    | (?:subsidiary|unit|division|affiliate|member)\ of | licensed\ from | emerged\ from | collaboration\ with
    | (?:primary|lead|main)\ sponsor\ (?:was|is) | the\ sponsor\ (?:was|is) | sponsor\ ?:
    )\s{1,3}(?:the\s{1,3})?""", re.I | re.X)

# "an Acme-sponsored trial", "Beta-funded": the name is the word before the hyphen
ORG_HYPHEN_ROLE = rx.compile(r"(?P<org>[A-Z][\w&.'’]{0,40})-(?:sponsored|funded|backed)\b")

# names a text makes parents: "subsidiary of X", "owned by X", "X, the Y subsidiary" (Y), "X's Y unit" (X)
ORG_PARENT_NAME = rx.compile(r"""\b(?:subsidiary|unit|division|affiliate|part|member)\s{1,3}of\s{1,3}(?:the\s{1,3})?
    | \b(?:owned|acquired|bought)\s{1,3}by\s{1,3}(?:the\s{1,3})?""", re.X)
ORG_PARENT_BEFORE_UNIT = rx.compile(r"""(?:,\s{1,3}the\s{1,3}|\b)(?P<parent>[A-Z][\w&.'’-]{0,40}(?:\s[A-Z][\w&.'’-]{0,40}){0,2})
    (?:['’]s(?:\s[A-Z][\w&.'’-]{0,40}){1,4})?\s(?:subsidiary|unit|division)\b""", re.X)

# the gate of the parent rule
ORG_PARENT_GATE = rx.compile(r"\b(?:subsidiary|unit|division|part\s+of|affiliate|owned\s+by|acquired|bought|purchased|member\s+of|company|[Cc]ompanies|arm)\b")
# between a child's name and its parent's: "Acme, a subsidiary of Beta", "Acme is now part of Beta",
# "Acme, the drug company owned by Beta", "Acme, acquired by Beta in 2019"
ORG_CHILD_THEN_PARENT = rx.compile(r"""(?:\s{0,3}\([^()]{1,20}\))?(?:,\s{1,3}in\s{1,3}(?:the\s{1,3})?[A-Z][\w.]{1,20}(?:\s{1,3}[A-Z][\w.]{1,20}){0,2},)?(?:,\s{0,3}|\s{1,3}|\s{0,3}\(\s{0,3})(?:(?:which|that)\s{1,3}(?:is|was|became|has\s{1,3}become)\s{1,3}|is\s{1,3}|was\s{1,3}|became\s{1,3})?
    (?:now\s{1,3})?(?:
      (?:part|(?:a|an|the)\s{1,3}(?:[a-z][\w-]{1,20}\s{1,3}){0,2}?(?:part|unit|division|subsidiary|member|affiliate|arm
        |business|company))\s{1,3}of
    | (?:(?:the|a|an)\s{1,3}(?:[a-z][\w-]{0,20}\s{1,3}){0,3}(?:company|firm|unit|arm|business|drugmaker|biotech|maker)\s{1,3})?
      (?:wholly\s{1,3})?(?:owned|acquired|controlled)\s{1,3}by
    )\s{1,3}(?:the\s{1,3})?(?:[A-Z][\w.]{1,20}['’]s\s{1,3})?(?:[A-Z][a-z]{2,20}\s{1,3})?(?:(?:drugmaker|drug\s{1,3}maker
        |pharmaceutical\s{1,3}(?:company|group|giant)|company|group|firm)\s{1,3})?$""", re.X)
# a place's possessive before a company's name ("Japan's Acme", "the German group Beta"): not part of the name
ORG_PLACE_POSSESSIVE = rx.compile(r"[A-Z][\w.]{1,20}['’]s\s{1,3}")
# "Acme, the Beta subsidiary" (after the parent's name); "Beta's Acme unit", "the Beta unit Acme" (between the two)
ORG_UNIT_WORD = rx.compile(r"\s{1,3}(?:subsidiary|unit|division|arm|company|group\s{1,3}company)\b")
ORG_CHILD_THE = rx.compile(r",\s{1,3}(?:the|a|an)\s{1,3}$")
ORG_PARENT_THEN_CHILD = rx.compile(r"""(?:['’]s\s{1,3}(?:(?:[a-zA-Z][\w-]{0,20}\s{1,3}){0,2}?(?:subsidiary|unit|division|arm)\s{1,3})?
    | \s{1,3}(?:subsidiary|unit|division)\s{1,3})$""", re.X)
# after a parent named second: "Acme, Beta's US unit", "Acme, which Beta acquired in 2019"
ORG_PARENT_POSSESSIVE_UNIT = rx.compile(r"['’]s\s{1,3}(?:[a-zA-Z][\w-]{0,20}\s{1,3}){0,3}?(?:subsidiary|unit|division|arm|affiliate)\b")
ORG_CHILD_WHICH = rx.compile(r",\s{1,3}which\s{1,3}$")
ORG_PARENT_ACQUIRED_IT = rx.compile(r"\s{1,3}(?:had\s{1,3}|has\s{1,3})?(?:acquired|bought|purchased)\b")

# developer cues: "developed by X", "marketed as Zorvia by X"
ORG_DEVELOPED_BY = rx.compile(r"""(?=[bcdims])\b(?:developed|co-developed|being\s{1,3}developed|discovered|invented|manufactured
    |marketed|commerciali[sz]ed|made|sold)(?:\s{1,3}(?:as|under\s{1,3}the\s{1,3}(?:brand\s{1,3})?name)\s{1,3}[A-Z][\w-]{0,30})?
    (?:\s{1,3}(?:jointly|together|globally|worldwide))?\s{1,3}by\s{1,3}""", re.I | re.X)
# a partner named after a developer: "developed by X together with Y"
ORG_WITH_PARTNER = rx.compile(r"\s{0,3},?\s{0,3}(?:together\s{1,3}with|in\s{1,3}partnership\s{1,3}with|in\s{1,3}collaboration\s{1,3}with|with)\s{1,3}")
# the nouns that name a therapy in a description ("investigational antibody", "oral drug"): a regex fragment
ORG_THERAPY_NOUNS = r"""(?:therapy|therapies|drug|antibody|medicine|treatment|vaccine|product|candidate|inhibitor
    |agonist|antagonist|injection|tablet|pill|formulation|biosimilar|compound|molecule|mimic|mimetic|analog|analogue
    |modulator|blocker|activator|degrader|conjugate|agent)"""
# words that describe a therapy before its noun ("third-generation EGFR"): not function words, not verbs of news
ORG_DESCRIPTOR = r"""(?!(?:and|or|with|plus|versus|vs|for|of|to|in|on|than|at|by|from|as|is|was|has|had|were|are|the
    |a|an|trial|study|data|results|shares|stock|rival|competitor)\b)(?:[a-z][\w-]{0,30}|[A-Z]{2,}[\w-]{0,20}|\d[\w-]{0,20})"""
# from an owner's "'s" to its therapy: nothing, or words that end in a therapy noun ("Acme's oral drug XY-123")
# a company's stock ticker in brackets: "(NASDAQ: ACME)", "(NYSE:ACM.B)", "(OTCPK:ACMEY)"
TICKER = (rf"(?:\({EXCHANGES}[A-Za-z ]{{0,12}}:\s{{0,3}}[A-Z0-9.]{{1,8}}"
          # (listed on two: "(EURONEXT : ZET and NYSE : ZTF)")
          rf"(?:\s{{0,3}}(?:and|,|;)\s{{0,3}}{EXCHANGES}[A-Za-z ]{{0,12}}:\s{{0,3}}[A-Z0-9.]{{1,8}}){{0,2}}\)"
          # (or with the day's price move: "(ACME +0.4% )")
          r"|\([A-Z]{2,5}\s{0,2}[-+−]\s?\d{1,3}(?:\.\d{1,2})?%\s{0,2}\))")
# (a stock ticker may stand between the name's "'s" and what it owns: "Acme's (NASDAQ:ACME) XY-123", "Acme' (ACME) drug")
# the legal forms that close a company's name ("Acme Bio, Inc.", "Beta Pharma AG", "Gamma N.V."), without their dot
LEGAL_FORMS = r"(?:Inc|Ltd|LLC|plc|Plc|PLC|Corp|Co|AG|S\.?A|N\.V|B\.V|K\.K|GmbH|Limited|Corporation|Incorporated)"
# a legal form the name's span may leave out before a possessive: "Acme Bio| Ltd.'s drug"
LEGAL_FORM_TAIL = rf"(?:,?\s{{1,3}}{LEGAL_FORMS}\.?)?"
ORG_POSSESSIVE = rx.compile(rf"""{LEGAL_FORM_TAIL}['’]s?\s{{1,3}}(?:(?:{TICKER}|\([A-Z]{{2,5}}\))\s{{1,3}})?(?:(?:{ORG_DESCRIPTOR}\s{{1,3}}){{0,5}}{ORG_THERAPY_NOUNS},?\s{{1,3}})?""", re.X)
ORG_POSSESSIVE_CUE = rx.compile(r"[’']")
# what follows "Acme's" (or "Acme Ltd.'s") when it describes a therapy named just before ("XY-123, Acme's cell therapy")
ORG_THERAPY_NOUN = rx.compile(rf"""{LEGAL_FORM_TAIL}['’]s?\s{{1,3}}(?:{ORG_DESCRIPTOR}\s{{1,3}}){{0,4}}{ORG_THERAPY_NOUNS}\b""", re.X)
# between a therapy's name (a mention may end inside a word: "XY-123-abcd") and an appositive ", Acme's ..."
ORG_APPOSED = rx.compile(r"[\w-]{0,20}\)?\s{0,3}(?:\([^()]{1,40}\))?\s{0,3},\s{0,3}")
# "XY-123, which Acme and Beta develop"; "Acme, which makes XY-123"
ORG_WHICH_CUE = rx.compile(r"(?=[,t])(?:,\s{1,3}which|\bthat)\s")
ORG_WHICH_DEVELOPS = rx.compile(r"(?=[,t])(?P<which>,\s{1,3}which\s{1,3}|\bthat\s{1,3})(?=[A-Z])")
ORG_DEVELOP_VERB = rx.compile(r"""\s{1,3}(?:(?:now|also|jointly|together|originally)\s{1,3})?(?:develops?|developed|co-develops?
    |co-developed|makes|made|markets|marketed|commerciali[sz]es|commerciali[sz]ed|invented|discovered|manufactures
    |manufactured|produces|produced|sells|sold)\b""", re.X)
ORG_WHICH_MAKES = rx.compile(r""",\s{1,3}which\s{1,3}(?:makes|developed|develops|markets|manufactures|discovered|invented)
    \s{1,3}(?:the\s{1,3})?""", re.X)
# where a therapy came from: "emerged from X", "discovered at X"
ORG_ORIGIN = rx.compile(r"""\b(?:emerged|originated|spun\s{1,3}out|came\s{1,3}out)\s{1,3}(?:from|at|of)\s{1,3}(?:the\s{1,3}labs?\s{1,3}of\s{1,3})?
    | \b(?:discovered|invented)\s{1,3}(?:at|in\s{1,3}the\s{1,3}labs?\s{1,3}of)\s{1,3}""", re.X)
# "the drug", "this antibody": a sentence about the document's main therapy without naming it
ORG_THE_THERAPY = rx.compile(r"""(?=[it])\b(?:the|this|its)\s{1,3}(?:investigational\s{1,3}|experimental\s{1,3})?(?:therapy|treatment|drug
    |medicine|product|antibody|compound|molecule|candidate|vaccine)\b""", re.I | re.X)
# an organisation's possessive pronoun
ORG_ITS = rx.compile(r"(?=[i])\bits\s")
# partners that are not developers: "licensed from X", "commercial partner X", "co-promoted with X"
ORG_PARTNER = rx.compile(r"""\b(?:in-)?licensed\s{1,3}(?:it\s{1,3}|the\s{1,3}(?:drug|rights|product)\s{1,3})?from\s{1,3}
    | \b(?:commercial|marketing|commercialization|commercialisation|development|co-development)\s{1,3}partner,?\s{1,3}
    | \bco-(?:promoted|marketed|commerciali[sz]ed)\s{1,3}with\s{1,3}""", re.X)

# sponsors and funders: "sponsored by X", "Sponsor: X", "with funding from X", "a grant from X"
ORG_SPONSOR = rx.compile(r"""\b(?:(?:sponsored|co-sponsored|funded|co-funded|financed|underwritten|supported)\s{1,3}(?:in\s{1,3}part\s{1,3})?by
    | sponsor\s{0,3}: | funding\s{0,3}: | (?:primary|lead|main)\s{1,3}sponsor\s{1,3}(?:was|is)
    | (?:the|its)\s{1,3}(?:trial['’]s\s{1,3}|study['’]s\s{1,3})?sponsor\s{1,3}(?:was|is)
    | (?:with\s{1,3})?funding\s{1,3}(?:came\s{1,3})?from | (?:an?\s{1,3}(?:unrestricted\s{1,3})?)?grants?\s{1,3}from
    | (?:with\s{1,3})?(?:financial\s{1,3})?support\s{1,3}from | paid\s{1,3}for\s{1,3}by
    )\s{0,3}""", re.I | re.X)
ORG_SPONSOR_GATE = rx.compile(r"(?=[bfgpsu])(?:sponsor|fund|financ|grant|support|underwrit|backed|paid)", re.I)
# collaborators of a trial: "in collaboration with X", "with X as collaborator", "Collaborators: X"
ORG_COLLABORATION = rx.compile(r"\b(?:in\s{1,3}(?:collaboration|partnership)\s{1,3}with|collaborators?\s{0,3}:)\s{0,3}", re.I)
# running a trial, before "in collaboration with" ("which ran it in collaboration with X")
ORG_RAN = rx.compile(r"\b(?:ran|runs|run|conducted|conducts|carried\s{1,3}out|led|leads)\b")
ORG_AS_COLLABORATOR = rx.compile(r"\s{1,3}as\s{1,3}(?:a\s{1,3})?(?:collaborators?|co-sponsors?)\b")
ORG_COLLABORATION_GATE = rx.compile(r"(?=[cp])(?:collaborat|partnership|co-sponsor)", re.I)
# where a trial ran: "conducted at X", "enrolled at X and Y", "at 12 sites, among them X"
ORG_SITE = rx.compile(r"""\b(?:conducted|carried\s{1,3}out|performed|run|done|took\s{1,3}place|enrolled|recruited|treated|randomi[sz]ed)
      \s{1,3}(?:[^.;]{0,80}?\s)?at\s{1,3}
    | \b(?:sites?|centres?|centers?|hospitals?|institutions?)\b[^.;]{0,60}?\b(?:including|among\s{1,3}them|such\s{1,3}as|namely)\s{1,3}
    | \b(?:sites?|centres?|centers?|locations?)\s{0,3}:\s{0,3}""", re.X)
# an organisation acting on its therapy: "Acme is developing XY-123", "Acme, which developed the drug XY-123"
ORG_ACTIVE_DEVELOPS = rx.compile(rf"""(?:,\s{{1,3}}which)?\s{{1,3}}(?:(?:is|are|was|were|has\s{{1,3}}been|have\s{{1,3}}been|has|have|had)\s{{1,3}})?
    (?:(?:also|jointly|now|originally|first|itself)\s{{1,3}})?(?:developing|co-developing|develops|developed|co-developed
    |makes|markets|manufactures|commerciali[sz]es|invented|discovered)\s{{1,3}}(?:(?:the|its|their)\s{{1,3}})?
    (?:(?:{ORG_DESCRIPTOR}\s{{1,3}}){{0,5}}{ORG_THERAPY_NOUNS}\s{{1,3}})?""", re.X)
# an organisation's regulatory step for its therapy: "Acme won FDA approval for XY-123", "Acme lands US nod for XY-123"
ORG_REGULATORY_STEP = rx.compile(r"""\s{1,3}(?:(?:has|have|had)\s{1,3})?(?:won|wins|received|receives|secured|secures|gained
    |gains|obtained|obtains|was\s{1,3}granted|lands?|landed|filed|files|submitted|submits|applied)\s{1,3}[^.;]{0,80}?\b
    (?:approval|clearance|authori[sz]ation|nod|application|designation)\b[^.;]{0,60}?\bfor\s{1,3}(?:its\s{1,3})?""", re.X)
# a therapy and its makers in parentheses or after "from": "XY-123 (Acme/Beta)", "XY-123 from Acme Bio"
ORG_FROM = rx.compile(r"\s{1,3}from\s{1,3}(?:the\s{1,3})?")
# an organisation sponsoring in the active voice: "Acme sponsored the trial", "Acme, the trial's sponsor"
ORG_SPONSORED_ACTIVE = rx.compile(r"""(?:,\s{1,3}which)?\s{1,3}(?:(?:also|has|had)\s{1,3})?(?:sponsored|funded|financed|co-sponsored
    |co-funded|sponsors|funds)\s{1,3}(?:the|this|its|their)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,4}?(?:trial|study)\b
    | ,\s{1,3}(?:the\s{1,3})?(?:trial['’]s|study['’]s|trial|study)\s{1,3}(?:lead\s{1,3})?(?:sponsor|funder)\b
    | \s{1,3}(?:is|was)\s{1,3}(?:the\s{1,3})?(?:trial['’]s\s{1,3}|study['’]s\s{1,3}|lead\s{1,3}|primary\s{1,3}|main\s{1,3})?(?:sponsor|funder)\b
    | \s{1,3}(?:provided|gave)\s{1,3}(?:the\s{1,3})?(?:funding|financial\s{1,3}support|a\s{1,3}grant)\b""", re.X)
ORG_ACTIVE_OR_STEP = rx.compile(r"""\b(?:develop|co-develop|makes|markets|manufactures|commerciali|invented|discovered
    |approval|clearance|authori[sz]ation|nod|application|designation)""", re.X)
ORG_MAKER_CUE = rx.compile(r"(?=[\(f])(?:\(|\bfrom\b)")
# a stock ticker after a name makes it a company: "Acme Bio (NASDAQ: ACME)"
ORG_TICKER = rx.compile(rf"\s{{0,3}}{TICKER}")
# a name described as a company: "drugmaker Acme", "Boston-based Acme", "Acme, a clinical-stage biotech company"
ORG_DESCRIBED_BEFORE = rx.compile(r"""\b(?:drugmakers?|drug\s{1,3}makers?|biotechs?|biotech\s{1,3}(?:company|firm)|biopharma
    |pharmaceutical\s{1,3}(?:company|firm|group|giant|maker)|pharma\s{1,3}(?:company|firm|group|giant)
    |(?:biotechnology|biopharmaceutical|life\s{1,3}sciences)\s{1,3}(?:company|firm)|[A-Z][\w.]{1,30}-based)\s{1,3}(?=[A-Z])""", re.X)
# (or a member of a group: "Acme, a member of the Beta Group", "Acme, a subsidiary of Beta")
ORG_DESCRIBED_AFTER = rx.compile(r"""\s{0,3}(?:\([^()]{1,30}\))?,\s{1,3}(?:a|an|the)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,4}?
    (?:company|drugmaker|biotech|biopharma|firm|pharmaceutical\s{1,3}group|(?:member|subsidiary|unit|division)\s{1,3}of)\b""", re.X)
# from an organisation's "its" to its therapy: "its investigational drug XY-123", "its Phase 3 trial of XY-123", "its
# kidney disease drug, XY-123"
ORG_ITS_TO_THERAPY = rx.compile(rf"""its\s{{1,3}}(?:(?:{ORG_DESCRIPTOR}|[Pp]hase\s{{1,3}}[\w/-]{{1,8}}|\d[\w.-]{{0,8}})\s{{1,3}}){{0,5}}
    (?:(?:{ORG_THERAPY_NOUNS}|trial|study|studies|program|programme),?\s{{1,3}}(?:(?:of|evaluating|with|testing|investigating
    |assessing)\s{{1,3}}(?:the\s{{1,3}})?(?:{ORG_DESCRIPTOR}\s{{1,3}}){{0,3}})?)?""", re.X)
# an organisation (its stock ticker after it) "and its" therapy, anywhere in a sentence: "news for Acme (NASDAQ:ACME)
# and its Alzheimer's disease candidate XY-123"
ORG_AND_ITS = rx.compile(rf"(?:\s{{0,2}}{TICKER})?\s{{1,3}}and\s{{1,3}}its\s{{1,3}}(?:[\w’'-]{{1,20}}\s{{1,3}}){{0,4}}?"
                         r"(?:candidate|drug|therapy|antibody|medicine|product|vaccine|treatment)\s{1,3}")
# what may stand before an organisation that opens a sentence: a dateline, "On Monday,", "In a statement,"
ORG_OPENING = rx.compile(r"(?:[^—–\n]{0,80}(?:[—–]|--|\s-(?=\s|$))\s{0,3})?(?:(?:On|In|Today|Separately|Meanwhile|Earlier)[^,]{0,40},\s{1,3})?(?:the\s{1,3})?")
# "Acme acquired Beta", "Acme bought Beta in 2020": the first is the second's parent
ORG_ACQUIRED = rx.compile(r"\s{1,3}(?:(?:has|had)\s{1,3})?(?:acquired|bought|purchased)\s{1,3}(?:the\s{1,3})?$")
# what may follow a company named with its owner's possessive ("Beta's Acme said", "Beta's Acme, which ..."), so
# that "Beta's Acme" is a parent and its unit rather than a name in a longer phrase
# a therapy's maker: "XY-123's maker, Acme", "Acme, the maker of XY-123", "XY-123 maker Acme"
ORG_MAKER_AFTER = rx.compile(r"(?:['’]s?\s{1,3}|\s{1,3})(?:drug\s{0,3})?(?:maker|manufacturer|developer)s?,?\s{1,3}(?:the\s{1,3})?")
ORG_MAKER_BEFORE = rx.compile(r""",?\s{1,3}(?:the|its)\s{1,3}(?:drug['’]s\s{1,3})?(?:maker|manufacturer|developer)s?\s{1,3}of\s{1,3}
    (?:the\s{1,3})?(?:(?:[a-z][\w-]{0,30})\s{1,3}){0,3}""", re.X)
ORG_MAKER_GATE = rx.compile(r"(?:maker|manufacturer|developer)")
ORG_CHILD_ENDS = rx.compile(r"\s{0,3}(?:[,.;)]|\s(?:said|says|announced|reported|is|was|has|had|which|will)\b)")

# --- adverse events (kg.text.adverse, kg.extractors.safety) ---

from kg.text.numbers import NUMBER as NUMBER_WORDS  # noqa: E402 - a number in digits or words ("three patients")

# words that make a sentence one about adverse events
AE_WORDS = r"""(?:side[\s-]effects?|adverse\ (?:drug\ )?(?:events?|reactions?|effects?)|AEs|TEAEs?|SAEs?
    |(?:local|systemic|solicited|injection[\s-]site|infusion[\s-]related)\ reactions?
    |safety\ (?:events?|signals?|findings?|concerns?|problems?)|toxicit(?:y|ies)|complications?|complaints?)"""
AE_CUE = rx.compile(rf"(?=[acilst])\b{AE_WORDS}", re.I | re.X)

# a heading over a safety section ("Safety", "Side effects to expect", "Adverse events")
SAFETY_HEADING = rx.compile(r"(?=[ast])\b(?:safety|side[\s-]effects?|adverse\ (?:events?|reactions?)|tolerability)\b", re.I | re.X)

# the shapes adverse-event names take, whatever the lexicon knows: reactions to giving a drug, "<x>-related
# <finding>" (not "treatment-related", which qualifies any event), organ events ("neurological events"), and a
# phrase named by an abbreviation right after it ("... abnormalities with swelling (AIA-S)", "AIA with spots (AIA-P)").
# (The look-ahead for "<word>-related" comes before the eight words it must not be: most words fail it at once.)
AE_TERM_PHRASE = rx.compile(r"""
      (?P<term>\b(?:(?:infusion|injection|application)(?:[\s-](?:site|related|associated))?\ (?:reactions?|adverse\ events?)
        | (?:infusion|injection|application)[\s-]site\ (?:pain|erythema|swelling|bruising|irritation|pruritus|induration)
        | (?=[A-Za-z]{3,20}-related)(?!(?:treatment|drug|therapy|procedure|study|dose|device|vaccine)\b)[A-Za-z]{3,20}-related
          \ (?:[a-z]{3,20}\ )?(?:abnormalit(?:y|ies)|reactions?|toxicit(?:y|ies))
        | (?:neurologic(?:al)?|hepatic|thromboembolic|bleeding|ha?emorrhagic|psychiatric|gastrointestinal|infusion)
          \ (?:adverse\ )?(?:events|toxicit(?:y|ies))
        | cytokine\ release\ syndrome))
      (?:(?:\ with\ [a-z\ ]{3,60}?)?\ \((?P<short>[A-Z][A-Za-z0-9-]{1,12})\))?""", re.I | re.X)
# (the abbreviation in capitals as written: "patients with acme cardiomyopathy (AC-M)" is no event's name)
AE_SHORT_PHRASE = rx.compile(r"\b(?-i:[A-Z]{2,8})\ with\ [a-z\ ]{3,60}?\ \((?P<short2>(?-i:[A-Z]{2,8})-[A-Za-z]{1,8})\)",
                             re.I | re.X)
# both, as finditer of their one alternation finds them: apart, each keeps its own prefilter (as one, " with " let
# every sentence holding it be searched at every word: ~145 -> ~50 us a seed article)
AE_PHRASE = rx.AnyOf(AE_TERM_PHRASE, AE_SHORT_PHRASE)

# "the most common adverse events were" (what follows is a list of events)
# or "the adverse events reported in at least 10% of patients given X were" (a threshold instead of "most common")
AE_COMMON_LIST = rx.compile(r"""(?=[amst])(?:\bmost\ (?:common(?:ly)?|frequent(?:ly)?)(?:\ reported)?
    \ (?:(?:treatment-emergent|treatment-related|drug-related|serious)\ )?
    (?:adverse\ (?:events?|reactions?|effects?)|side[\s-]effects?|AEs|TEAEs|toxicities)
    (?:\ \([^()]{0,40}\))?(?:\ [\w-]{1,20}){0,4}?
    |\b(?:adverse\ (?:events?|reactions?|effects?)|side[\s-]effects?|AEs|TEAEs)\ (?:reported|occurring|seen|observed)
    \ in\ (?:at\ least|more\ than|over|≥|>)\ ?\d{1,2}(?:\.\d)?\ ?(?:%|percent)\ of(?:\ [\w-]{1,30}){1,6}?)
    \ (?:were|was|included|include|includes)\ """, re.I | re.X)

# a count in parentheses after an event: "(4 patients)", "(n = 4, 12%)", "(4 [12%])"; never "(12%)"
AE_COUNT_AFTER = rx.compile(rf"""\s{{0,2}}\(\s{{0,2}}(?:n\s{{0,2}}=\s{{0,2}})?(?P<n>{NUMBER_WORDS})(?!\s{{0,2}}(?:%|\.\d|percent|,\d))
    (?:\s{{0,2}}(?:patients?|participants?|people|subjects|cases?|events?|children|adults|reports?))?\s{{0,2}}[,;)\[(/]""",
                            re.I | re.X)

_WHO = r"(?:patients|participants|people|subjects|children|adults|infants|recipients|individuals)"
# a count after an event: "... affected 12 of the 40 patients", "... occurred in three participants"
AE_COUNT_VERB = rx.compile(rf"""\s{{1,3}}(?:(?:was|were)\s{{1,3}}(?:reported|seen|observed|recorded|noted)\s{{1,3}}in
    |occurred\s{{1,3}}in|affected|developed\s{{1,3}}in)\s{{1,3}}(?P<n>{NUMBER_WORDS})(?!\s{{0,2}}(?:%|percent))
    (?:\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?\d[\d,]{{0,8}})?(?:\s{{1,3}}[\w-]{{1,30}}){{0,2}}?\s{{1,3}}{_WHO}\b""",
                           re.I | re.X)

# a count before an event: "12 of the 40 patients had", "three participants developed" (read back from the event)
AE_COUNT_BEFORE = rx.compile(rf"""\b(?P<n>{NUMBER_WORDS})(?:\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?\d[\d,]{{0,8}})?
    (?:\s{{1,3}}[\w-]{{1,30}}){{0,2}}?\s{{1,3}}{_WHO}(?:\s{{1,3}}\([^()]{{0,20}}\))?
    \s{{1,3}}(?:to\s{{1,3}}have|had|have|developed|experienced|reported|suffered)
    \s{{1,3}}(?:an?\s{{1,3}}|the\s{{1,3}})?(?:[\w-]{{1,30}}\s{{1,3}}){{0,2}}$""", re.I | re.X)

# --- biomarkers (kg.extractors.biomarkers) ---

# which way a measured molecule moved
BIOMARKER_UP = rx.compile(r"(?=[cehiruw])\b(?:increased|increases?|rose|risen|rises?|elevated|higher|went\ up|climbed|up-?regulated)\b",
                          re.I | re.X)
BIOMARKER_DOWN = rx.compile(r"""(?=[cdflrs])\b(?:decreased|decreases?|fell|fallen|falls|dropped|declined|declines?|reduced|reductions?
    |lowered|lower|cut|drove\ down|down-?regulated|suppressed)\b""", re.I | re.X)
BIOMARKER_SAME = rx.compile(r"(?=[dnrsu])\b(?:unchanged|did\ not\ change|no\ change|remained\ stable|stayed\ the\ same)\b", re.I | re.X)
# a sentence that speaks of measured amounts
BIOMARKER_LEVEL = rx.compile(r"(?=[acelmp])\b(?:levels?|concentrations?|amounts?|protein|expression|marker)\b", re.I)
# the body fluid or tissue it was measured in: (name, pattern), the more specific first where two touch
SPECIMEN_WORDS = (("cerebrospinal fluid", r"cerebrospinal fluid|\bCSF\b|spinal fluid"), ("plasma", r"plasma"),
                  ("serum", r"serum"), ("urine", r"urine|urinary"), ("blood", r"blood"), ("muscle", r"muscle"), ("skin", r"skin"))
# a protein named with a Greek letter, which the lexicon may spell otherwise ("tumour necrosis factor-alpha",
# "alpha-synuclein", "interferon gamma"); not a drug class ("beta-blockers")
GREEK_ANALYTE = rx.compile(r"""(?<![\w-])(?:(?:alpha|beta|gamma|α|β|γ)-[a-z]{4,20}(?!-?(?:blockers?|agonists?|antagonists?|lactams?))
    | [A-Za-z][a-z]{2,20}(?:\ [a-z]{3,20}){0,2}[-\ ](?:alpha|beta|gamma|α|β|γ))(?![\w-])""", re.X)
# words after a substance that make it a drug taken, not a level measured ("statin intolerance", "insulin therapy")
NOT_ANALYTE_AFTER = rx.compile(r"\s{0,2}[-\s](?:intoleran\w{1,4}|therapy|treatment|use|users?|dose|doses|dosing|inhibitors?)\b",
                               re.I)
# a sentence that sets a threshold for entry rather than reporting a change ("a level of 100 mg/dL or higher")
THRESHOLD = rx.compile(r"(?=[aeio])\b(?:or\ (?:higher|lower|more|less|above|below)|at\ least|eligible|eligibility|inclusion|entry)\b",
                       re.I | re.X)


# --- trials (kg.trials, kg.extractors.trial_design) ---

# several places named for one trial: "at 386 centres", "in 21 countries", "Locations: 2 sites" (multicentre)
MULTI_SITE = rx.compile(r"""\b(?:at|across|in|from)\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+|around\s+|
      approximately\s+|roughly\s+|almost\s+|up\s+to\s+)?
      (?:[2-9]|[1-9][\d,]{1,6}|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|multiple|numerous)\s+
      (?:[\w-]{1,30}\s+){0,2}?(?:sites|centres|centers|hospitals|clinics|institutions|countries)\b
    | ^\s*locations?\s*:\s*(?:[2-9]|[1-9]\d[\d,]{0,6})\s+sites""", re.I | re.X)
# a comparator named by what the control group gets: "placebo", "best supportive care", "treatment of physician's choice"
STANDARD_COMPARATOR = rx.compile(r"""(?=[bpstuv])\b(placebo|sham|vehicle(?=[- ](?:controlled|controls?|treated|cream|gel|foam|ointment|drops|solution|group|arm)\b
        |\s+alone\b|\s\(placebo\))
    |best\s+supportive\s+care|standard\s+of\s+care|usual\s+care
    |treatment\s+of\s+physician[’']s\s+choice)\b""", re.I | re.X)
# a clause that assigns or compares groups ("randomised to", "versus", "comparison group")
# ("a benefit of XY-123 over placebo", "did not separate from placebo": a result weighed against a control)
ASSIGNED = rx.compile(r"""(?=[acfoprsv])\b(?:assigned|allocated|randomi[sz]ed|compared\s+(?:with|to)|versus|vs\.?|comparison\s+group
    |control\s+group|comparator|control\s+arm|(?:over(?:\s+and\s+above)?|separat\w{1,3}\s+from|relative\s+to)(?=\s+(?:a\s+)?(?:placebo|sham)\b))\b""",
                      re.I | re.X)
# the words between a trial's drug and an active comparator: "XY-123 10 mg vs ZZ-9", "XY-123, compared with ZZ-9"
VERSUS = r"\b(?:versus|vs\.?|compared\s+with|compared\s+to)\s+"
# (a short bracket may stand between, and a schedule before the comparator: "X for prophylaxis (PX) compared to
# once-daily oral Y")
VERSUS_BETWEEN = rx.compile(rf"""(?:[^.;:|()]|\([^()]{{1,20}}\)){{0,60}}?{VERSUS}
    (?:(?:the|a|an|standard|usual|intravenous|oral|subcutaneous|active|daily|weekly|monthly|[a-z]+-(?:daily|weekly|monthly|yearly))\s+){{0,3}}""",
                            re.I | re.X)
# a sentence VERSUS_BETWEEN finds something in: it does where its comparing words are (the words before may be none,
# and those after), but searched itself it tries up to 40 characters before them from every position
HAS_VERSUS = rx.compile(VERSUS, re.I)
# a drug the text calls the trial's comparator, just before its name: "its active comparator | ZZ-9", "the comparator
# drug, | ZZ-9", "the active control | ZZ-9"
COMPARATOR_NAMED_BEFORE = re.compile(r"\b(?:comparator|active\scontrol)(?:\sdrug)?,?\s(?:(?:the|an?)\s)?$", re.I)


# --- measures (kg.text.measures) ---

# words that say a quantity changed ("HbA1c fell", "a reduction in LDL cholesterol")
CHANGE_STEMS = r"chang|reduc|lower|decreas|increas|fell|fall|rose|declin|improv|drop|gain|loss|lost|worsen"
CHANGE_WORD = rx.compile(rf"\b(?:{CHANGE_STEMS})", re.I)
# a sentence that reports a quantity as a result or names an endpoint (not a value stated as an entry criterion)
QUANTITY_RESULT = rx.compile(rf"\b(?:{CHANGE_STEMS}|endpoint|end point|outcome|differ|percent|from baseline|versus|vs\b)"
                             r"|\d\s?%", re.I)
# a description of the patients at entry: "the mean eGFR was 43", "mean age 61 years", "... at baseline"
BASELINE_DESCRIPTION = rx.compile(r"(?=[abm])\b(?:(?:mean|median|average)\s(?:\([^()]{1,10}\)\s)?(?:age|baseline|eGFR|HbA1c|BMI|body|weight|LDL)|"
                                  r"at baseline|baseline characteristics|at entry|at enrollment|at enrolment)\b", re.I)
# a sentence that states who could enter a trial: the measures it names are criteria, not outcomes
ENTRY_CRITERIA = rx.compile(r"\b(?:eligib|inclusion criteri|exclusion criteri|entry criteri|to qualify|were required to|"
                            r"had to have|key criteria)", re.I)
# before a quantity named as the event whose risk a drug lowers ("reduces the risk of sustained eGFR decline")
RISK_OF_EVENT = rx.compile(r"\brisk of (?:an? )?(?:[a-z]{3,15} ){0,2}$")
# before a measure that is an adverse event ("treatment-related mortality")
RELATED_EVENT = rx.compile(r"(?:-related|-associated|-emergent)\s$", re.I)
# the words a named instrument's name ends with ("the Revised ALS Functional Rating Scale")
INSTRUMENT_WORDS = "Scale|Score|Index|Inventory|Questionnaire|Test|Examination|Assessment"
# a sentence that may hold a measure's shape (one cheap test before the shape patterns of kg.text.measures): the
# phrases' and the instruments' words apart, each with its own prefilter (as one alternation, a sentence holding any of
# the 23 words, "test" in "latest", was searched for all: ~80 us a seed article, ~44 us as two)
MEASURE_CUE = rx.AnyOf(
    rx.compile(r"\b(?:time to|first occurrence|free|proportion|percentage|number of|frequency of|rate of|risk of|chang|"
               r"composite|survival|respon|success|remission|mortality)", re.I),
    rx.compile(rf"(?:{INSTRUMENT_WORDS})\b", re.I))
# a sentence that names endpoints ("the primary endpoint", "secondary outcomes", "the main efficacy measure")
ENDPOINT_WORD = rx.compile(r"(?=[emo])\b(?:endpoints?|end[ -]points?|outcomes?|measures?)\b", re.I)


# a trial's code: a capitalised word of four letters or more and a number of one or two digits ("ZETA-07"), a shape
# drug codes do not take (their numbers run to three digits and more: "AB-123", "XYZ-1234")
TRIAL_SHAPED_CODE = re.compile(r"[A-Z]{4,10}-\d{1,2}[A-Za-z]?")

# --- trial stage and design (kg.trials, kg.extractors.trial_design) ---

# a random allocation stated without the word "randomised": "were randomly divided into two groups", "assigned
# randomly to", "in random order", "a stratified blocked randomisation"; "randomly selected" samples, it does not allocate
RANDOM_ALLOCATION = rx.compile(r"""(?=[adir])\b(?:randomly\s+(?:re-?)?(?:assigned|allocated|divided|distributed|split|placed|given|dosed|
        treated|received|receiving|sorted|ordered)
    | (?:assigned|allocated|divided|distributed)\s+(?:\w+\s+){0,2}?(?:randomly|at\s+random|by\s+(?:lot|lottery|randomi[sz]ation))
    | in\s+(?:a\s+)?random(?:i[sz]ed)?\s+(?:order|sequence)
    | random\s+(?:allocation|assignment|order)
    | randomi[sz]ation)\b""", re.I | re.X)
# an open (unblinded) study written without "-label": "in an open study", "an open, randomised trial"
OPEN_STUDY = rx.compile(r"\bopen(?:,?\s+(?:randomi[sz]ed|controlled|comparative|parallel(?:-group)?|multi-?cent(?:er|re|ric)|"
                        r"prospective|pilot|non-?comparative|crossover|cross-over)){0,3},?\s+(?:study|trial|design)\b", re.I)
# a crossover written out: "within-patient comparison", "each on separate days in random order"
CROSSOVER = rx.compile(r"(?=[cw])\b(?:cross[- ]?over|within[- ](?:patient|subject|participant)s?\s+(?:comparison|design|study|trial))\b",
                       re.I)
# words that speak of a trial's running even without "trial": "it was recruiting at 40 hospitals", "It was multicentre"
RUNS_AS_TRIAL = rx.compile(r"(?=[demr])\b(?:recruit(?:ing|ed|ment)|enrol(?:l?ing|lment|ment)|multi-?cent(?:er|re|ric)|double[- ]blind)", re.I)


# a disease named as a share of the population, not as its condition: "cancer (6; 1.3%)", "asthma (12%)",
# "19% had asthma", "a third of them had asthma"
SHARE_AFTER = rx.compile(r"""(?:\s{1,2}[a-z][\w-]{1,20}){0,2}\s{0,2}\(\s{0,2}(?:n\s{0,2}=\s{0,2})?\d{1,6}(?:[.,·]\d{1,3})?\s{0,2}
    (?:%|[;,]\s{0,2}\d{1,3}(?:[.,·]\d{1,2})?\s{0,2}%|/\d{1,6})""", re.X)
SHARE_BEFORE = rx.compile(r"""(?=[\dfhmqst])(?:\b\d{1,3}(?:[.,·]\d{1,2})?\s?%|\b(?:half|third|quarter|most|some|few)\b)
    \s{1,3}(?:of\s{1,3}(?:the\s{1,3}|them|these\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,2})?(?:had|have|has|were|with|presented\s{1,3}with)
    \s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}$""", re.I | re.X)
# a disease in a list of what else may be present or what kinds were counted: "including X", "such as X", "types of
# pain included X"
LISTED_BEFORE = rx.compile(r"""(?=[eist])\b(?:including|such\s{1,3}as|e\.g\.|types\s{1,3}of\s{1,3}[^.;:()]{0,40}?included)
    \s{1,3}(?:[\w'’-]{1,25},?\s{1,3}(?:and\s{1,3}|or\s{1,3})?){0,4}$""", re.I | re.X)
# a sentence about who else may enter, about the disease's burden or about future work names no trial population:
# "patients with heart disease can be included", "falls account for most fractures", "the leading cause of X",
# "further studies should test whether X"
NOT_POPULATION_SENTENCE = rx.compile(r"""(?=[aceflmpw])\b(?:can\s{1,3}(?:also\s{1,3})?be\s{1,3}included|may\s{1,3}(?:also\s{1,3})?be\s{1,3}included
    |were\s{1,3}excluded|exclusion\s{1,3}criteri\w{1,3}|accounts?\s{1,3}for|accounted\s{1,3}for|leading\s{1,3}cause
    |prevalence|further\s{1,3}(?:studies|research|trials|work)|future\s{1,3}(?:studies|research|trials|work)
    |will\s{1,3}(?:protect|prevent|reduce))\b""", re.I | re.X)
# the headings of a structured abstract: a heading glued to a sentence ("CONCLUSIONS This study ...") names no trial
ABSTRACT_HEADING = frozenset("""BACKGROUND BACKGROUNDS INTRODUCTION CONTEXT IMPORTANCE OBJECTIVE OBJECTIVES AIM AIMS PURPOSE
    PURPOSES GOAL GOALS DESIGN SETTING SETTINGS METHOD METHODS MATERIAL MATERIALS PATIENTS PARTICIPANTS SUBJECTS POPULATION
    INTERVENTION INTERVENTIONS MEASUREMENTS MEASURES OUTCOME OUTCOMES MAIN RESULT RESULTS FINDINGS CONCLUSION CONCLUSIONS
    INTERPRETATION DISCUSSION SUMMARY ABSTRACT UNLABELLED UNLABELED STUDY TRIAL REGISTRATION FUNDING LIMITATIONS
    SIGNIFICANCE RELEVANCE HYPOTHESIS EXPOSURE EXPOSURES""".split())

# --- organisations: press releases, renamed units, own studies (kg.extractors.organizations) ---
# a description between "the" and a company's name: "the Japanese drugmaker Acme", "the Swiss group Beta"
ORG_DESCRIPTION_LEAD = rx.compile(r"""(?:(?:[A-Z][a-z]{2,20}|[a-z][\w-]{2,20})\s{1,3}){0,2}?(?:drugmaker|drug\s{1,3}maker
    |pharmaceutical\s{1,3}(?:company|group|giant|firm)|biotech(?:nology)?\s{1,3}(?:company|firm)|biotech|company|group
    |firm)\s{1,3}(?=[A-Z])""", re.X)
# an owner of an investigational product is its developer, whatever its name's shape: "XY-123, Acme's | investigational
# antibody" (the name before the "'s" is a company's)
ORG_OWNS_INVESTIGATIONAL = rx.compile(r"['’]s\s{1,3}(?:investigational|experimental)\s")
# press-release boilerplate headings and self-descriptions: "About Acme Bio", "Acme is a global biotechnology company"
ORG_ABOUT = rx.compile(r"^\s{0,3}About\s{1,3}(?:the\s{1,3})?(?=[A-Z])")
ORG_IS_A_COMPANY = rx.compile(r"""\s{1,3}is\s{1,3}(?:a|an|the)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,4}?(?:company|drugmaker|biotech
    |biopharma|firm|pharmaceutical\s{1,3}group)\b""", re.X)
# after a company announcing news, up to the next announcer or the verb: "Acme Bio, Inc. (NASDAQ: ACME) and Beta
# Pharma, one of the Gamma companies, today announced", "Acme and Beta Announce FDA Approval of ...", "Acme, a company
# focused on the discovery, development and sale of X, said" (the description may hold commas: the verb closes it),
# "Acme Bio Inc. ("Acme" or the "Company") (NASDAQ: ACME) announced" (two brackets, or three: "Acme plc (AIM: ACM)
# (Nasdaq: ACME) ("Acme")")
_ANNOUNCING_WHEN = r"""(?:(?:on\s{1,3})?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s{1,3}|today\s{1,3}
    |just\s{1,3}|jointly\s{1,3}|together\s{1,3}|ha(?:ve|s)\s{1,3}|(?i:to)\s{1,3}|will\s{1,3}
    |(?:are|is)\s{1,3}(?:pleased|delighted|excited|proud|happy)\s{1,3}to\s{1,3}){0,2}"""
# (trade news tells the same by the company's share price: "Acme (ACME -19%) slumps after ...", "is down 17% after")
_ANNOUNCING_VERB = r"""(?:[Aa]nnounced?|[Aa]nnounces|ANNOUNCE[SD]?|said|says|reported|reports|released|releases|presented
    |presents|(?i:present|report)s?|unveiled|unveils|shared|shares|revealed|reveals|disclosed|discloses
    |(?:(?:is|was|are|were|perks|edges|ticks|trades|trending)\s{1,3})?(?:down|up)(?=\s{1,3}\d)|slump(?:s|ed)|soar(?:s|ed)|plunge[sd]|jump(?:s|ed)|tumble[sd]|surge[sd]
    |sinks|sank|slid|slides|slipped|slips|plummet(?:s|ed)|(?:are|is|were|was)\s{1,3}on\s{1,3}the\s{1,3}rise|(?:rose|fell|climbed|dropped|declined)(?=\s{1,3}(?:on|after|\d))
    |(?i:receive[sd]?|wins?|won|gets?|got|secure[sd]?|obtain(?:s|ed)?|gain(?:s|ed)?)
    |(?i:provide[sd]?|give[sn]?|gave)\s{1,3}(?:an?\s{1,3})?(?:\w{1,12}\s{1,3})?(?i:update))\b"""
# a short bracket inside a company's description: "developing therapies for central nervous system (CNS) disorders"
_SHORT_BRACKET = r"\([^()]{0,30}\)"
ORG_ANNOUNCER_AFTER = rx.compile(rf"""{LEGAL_FORM_TAIL}\s{{0,3}}(?:\([^()]{{0,40}}\)(?:\s{{0,3}}\([^()]{{0,40}}\)){{0,2}}|[A-Z]{{2,6}}(?=\s))?\s{{0,3}}(?:,\s{{1,3}}(?:one\s{{1,3}}of|a|an|the|part\s{{1,3}}of
    |headquartered|based|known\s{{1,3}}as)\b(?:(?:[^,;()]|{_SHORT_BRACKET}){{0,120}}
    |(?:[^;()]|{_SHORT_BRACKET}){{0,160}}?(?=,\s{{1,3}}{_ANNOUNCING_WHEN}{_ANNOUNCING_VERB})))?
    ,?\s{{1,3}}(?:(?P<more>and\s{{1,3}}(?:the\s{{1,3}})?)|(?P<unit>(?:unit|subsidiary|division)\s{{1,3}})
    |{_ANNOUNCING_WHEN}(?P<verb>{_ANNOUNCING_VERB}))""", re.X)
# a bare stock ticker between a sentence's opening name and its announcing verb: "Acme (ACME) announced", "Acme (ACME)
# is up 40%" (the name, read before it, is a company's)
ORG_BARE_TICKER = rx.compile(rf"""\s{{0,3}}\([A-Z]{{2,5}}(?:\.[A-Z]{{1,2}})?\)(?=\s{{1,3}}{_ANNOUNCING_WHEN}{_ANNOUNCING_VERB})""", re.X)
# what may stand before a sentence's first announcer: a dateline ("BOSTON, May 1, 2030 -- ", "Gamma — ", "(Wire) - ",
# "GAMMA- May 1, 2030-")
ORG_ANNOUNCE_OPENING = rx.compile(r"(?:[^—–\n]{0,100}(?:[—–]|--|\s-\s|(?<=\d{4})-)\s{0,3}){0,2}(?:[Ss]hares\s{1,3}(?:of|in)\s{1,3})?(?:the\s{1,3})?"
                                  # a descriptor before the name: "US pharma giant Acme", "Swiss drugmaker Acme", "French
                                  # vaccines developer Acme"
                                  r"(?:(?:[\w.-]{1,15}\s{1,3}){0,3}?(?:giant|drug\s?maker|maker|developer|biotech|company|firm|pharma|"
                                  r"major|specialist)\s{1,3})?")
# the announcing verbs' stems (a set of words: the prefilter's literals alone decide it)
ORG_ANNOUNCE_WORD = rx.compile(r"(?=[acdfgjoprstuw])(?:announce|said|says|report|release|present|unveil|share|reveal|disclose|slump|provide|give|gave|"
                               r"soar|plunge|jump|tumble|surge|sink|sank|slid|slip|plummet|rise|rose|fell|climbed|dropped|declined|receive|"
                               r"secure|obtain|gain)", re.I)
# the short words only as the announcing verbs use them: "up 40%", "wins approval" (as bare letters "up" and "get"
# stand in most sentences, "follow-up", "group", "target", and would let the rule read them all)
ORG_SHARE_MOVE = rx.compile(r"(?=[du])\b(?:up|down)\s{1,3}\d", re.I)
ORG_SHORT_WIN = rx.compile(r"(?=[gw])\b(?:wins?|won|gets?|got)\b", re.I)
# a sentence that may hold an announcing verb: the three apart, each with its own prefilter (as one alternation with
# re.I, which no literal gated, the search took ~25 us in every sentence, a tenth of all extraction)
ORG_ANNOUNCE_GATE = rx.AnyOf(ORG_ANNOUNCE_WORD, ORG_SHARE_MOVE, ORG_SHORT_WIN)
# an approval announced: a single announcer's therapy is its own only when the news is its approval
ORG_APPROVAL_WORD = rx.compile(r"(?=[ac])\b(?:approv\w{0,6}|authori[sz]\w{0,7}|clearance|cleared)\b", re.I)
# "X, which later became part of Y and now operates as Z", "X, now known as Z": the company's later name
ORG_RENAMED = rx.compile(r"""\b(?:(?:now|later|since)\s{1,3}(?:operates|operating|known|trading)\s{1,3}as
    |(?:was|been|since|later)\s{1,3}renamed)\s{1,3}(?=[A-Z])""", re.X)
# a company's own trial: "its global Phase 3 study", "Acme's own Phase 2/3 study" (the sponsor)
ORG_OWN_STUDY = rx.compile(r"""(?:['’]s?|\bits)\s{1,3}(?:own\s{1,3})?(?:(?:global|pivotal|confirmatory|registrational
    |randomi[sz]ed|multinational|international|clinical|[Pp]hase\s{1,3}[\w/-]{1,8}|I{1,3}V?|[1-4][ab]?)\s{1,3}){0,4}(?:trial|study)\b""", re.X)
# what the company's own study tests, right after it: "Acme Ltd's Phase 2 clinical study | of | XY-123"
ORG_STUDY_OF = rx.compile(r"\s{1,3}(?:of|evaluating|testing)\s{1,3}(?:its\s{1,3})?")
# "Acme Bio, Inc., one of the Beta Companies of Gamma Group": Gamma Group is the parent
ORG_ONE_OF_COMPANIES = rx.compile(r""",\s{1,3}one\s{1,3}of\s{1,3}the\s{1,3}(?:[A-Z][\w&-]{0,30}\s{1,3}){0,3}
    (?:Companies|companies|[Gg]roup\s{1,3}[Cc]ompanies)\s{1,3}of\s{1,3}(?:the\s{1,3})?(?=[A-Z])""", re.X)
# "Acme, in Canada, is a wholly owned affiliate of the Beta Group": the unit's name before the parent's
ORG_CHILD_OF = rx.compile(r"""(?:,\s{1,3}in\s{1,3}(?:the\s{1,3})?[A-Z][\w.]{1,20}(?:\s{1,3}[A-Z][\w.]{1,20}){0,2},)?\s{1,3}
    (?:is|was|became)\s{1,3}(?:now\s{1,3})?(?:a|an)\s{1,3}(?:wholly[\s-]{1,3}owned\s{1,3})?(?:subsidiary|unit|division
    |member|affiliate)\s{1,3}of\b""", re.X)
# the therapy of a sentence that opens on "It": "It originated at Acme"
ORG_IT_OPENS = rx.compile(r"^\s{0,3}It\s")
# a legal form closing a name before an apposition: "Acme Bio, Inc.|, one of ..."
ORG_LEGAL_TAIL = rx.compile(rf",?\s{{1,3}}{LEGAL_FORMS}\.?$")
# from a brand to its name in parentheses: "ZORVIA™ (", "XY-123 ("
ORG_PAREN_NAME = rx.compile(r"[^\s(),;]{0,3}\s{0,3}\(\s{0,3}")
# a therapy-like mention that names a trial: "the Phase 3 XY-121 trial"
ORG_TRIAL_AFTER = rx.compile(r"\s{1,3}(?:trial|study)\b")
# a sentence that opens on all of a document's trials: "Both trials were ...", "All three studies were ..."
BOTH_TRIALS = rx.compile(r"\s{0,3}(?:[Bb]oth|[Aa]ll\s{1,3}(?:the\s{1,3})?(?:two|three|four|2|3|4))\s{1,3}(?:trials|studies)\b")
# a company's news of a trial of the therapy named next: "Acme today said it had stopped the Phase III ZETA study
# evaluating XY-123" (a company announcing a trial of a drug develops it)
# (a few words of the drug's description may come between: "the trial, evaluating once-daily, oral | XY-123",
# "a trial evaluating three doses of candidate | XY-123")
ORG_TRIAL_OF = rx.compile(r"""\b(?:trials?|stud(?:y|ies)),?\s{1,3}(?:of|with|evaluating|testing|investigating|assessing
    |to\s{1,3}(?:evaluate|assess|investigate|test|study))\s{1,3}(?:the\s{1,3})?
    (?:[\w-]{1,20},?\s{1,3}){0,4}?$""", re.X | re.I)
# the announcer's own therapy: "... announced results of its study of XY-123", "the company's drug candidate XY-123"
ORG_OWN_WORD = rx.compile(r"\b(?:its|their|the\s{1,3}compan(?:y|ies)['’]s?)\s")

# --- outcomes: sentences and clauses that name measures without giving the trial's results (kg.extractors.outcomes) ---
# the disease's burden: "X is the leading cause of death in ...", "accounts for 30 percent of deaths", "prevalence"
OUTCOME_BACKGROUND = rx.compile(r"""(?=[almp])\b(?:leading\s{1,3}cause|accounts?\s{1,3}for|accounted\s{1,3}for|prevalen(?:ce|t)
    |most\s{1,3}common\s{1,3}cause)\b""", re.I | re.X)
# a definition: what follows names the parts of a measure, not measures of their own ("defined as the time to X or
# death", "flare-free (flare: score >= 2)")
OUTCOME_DEFINITION = rx.compile(r"""\b(?:defined|definition)\s{1,3}(?:as|by)\b|\(\s{0,2}[\w-]{1,30}\s{0,2}:\s{0,2}[a-z]""", re.I | re.X)
# a role sentence that judges its endpoint rather than listing it: "the primary endpoint was met", "... was positive"
OUTCOME_JUDGED = rx.compile(r"(?=[afmnprs])\b(?:met|achieved|reached|missed|positive|negative|succeeded|failed)\b", re.I)
# a company announcing results as its news (not "announced that a journal published ..."): "Acme announced topline
# results from the Phase 2 study of XY-123", "Acme announces positive, though mixed, results from", "Acme announced
# that top-line data from a Phase 2 study indicate XY-123 ...", "Acme announced today the results of"
# a company's news that opens on its therapy: "Acme Bio today announced | that XY-123 met its primary endpoint", "Acme
# said | XY-123 met ..."
ORG_THAT_THERAPY = rx.compile(r"(?<!\s)\s{1,3}(?:that\s{1,3})?(?:(?:the|its)\s{1,3})?(?:investigational\s{1,3}|experimental\s{1,3})?"
                              r"(?:(?:compound|drug|candidate|medicine|therapy)\s{1,3})?")    # ("the investigational compound X")
ORG_ANNOUNCED_RESULTS = rx.compile(r"""\s{1,3}(?:today\s{1,3})?(?:that\s{1,3})?(?:the\s{1,3})?(?:(?:positive|topline|top-line|new|additional|final|full|interim
    |late-breaking|primary|pivotal|mixed|encouraging|promising|preliminary|updated|detailed|negative|disappointing|initial|early
    |first|long-term|outline|headline|key)(?:,\s{1,3}(?:though|but|albeit)\s{1,3}[\w-]{1,20},)?\s{1,3}){0,2}
    (?:phase\s{1,3}[0-9IVab/]{1,6}\s{1,3}(?:clinical\s{1,3})?(?:trial|study)\s{1,3})?(?:results|data|findings|outcomes)\b""",
                                   re.X | re.I)
# a verb after "endpoints were": the sentence says what was done with them, it does not list them ("were tested in
# a fixed hierarchy")
OUTCOME_PASSIVE = rx.compile(r"\s{1,3}(?:not\s{1,3})?(?:[a-z]{2,20}ed|shown|seen|chosen)\b")


# --- outcomes (round 3) ---
# a "time-to-X" written with hyphens ("the time-to-rise test"): a measure's shape that MEASURE_CUE does not gate
TIME_TO_HYPHEN = rx.compile(r"\btime-to-", re.I)

# --- therapies (round 3) ---
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
TARGET_AGONIST = rx.compile(r"""\b(?P<head>(?:[A-Za-z0-9][\w-]{0,40}\s{1,3}){0,4}[A-Za-z0-9][\w-]{0,40})\s{1,3}
    (?:\(\s{0,2}(?P<abbr>[A-Z][A-Za-z0-9-]{1,10})\s{0,2}\)\s{1,3})?(?P<receptor>receptors?\s{1,3})?
    (?P<kind>agonists?|modulators?|activators?)\b""", re.X)
# another target joined to the first: "the receptors for AB (...) and for CD"
TARGET_AND_MORE = rx.compile(r"\s{0,3}(?:\([^()]{0,60}\)\s{0,3})?,?\s{0,3}(?:and|as\s{1,3}well\s{1,3}as)\s{1,3}(?:for\s{1,3}|the\s{1,3})?")
# the words before an approved indication that APPROVED_FOR_BEFORE does not take: "for adult and adolescent patients
# with", "for long-term symptom control in adults with"
APPROVED_FOR_LONGER = rx.compile(r"""\bfor\s{1,3}(?:(?:the\s{1,3})?(?:[\w-]{1,30}\s{1,3}){1,4}?(?:in|of)\s{1,3})?
    (?:[\w-]{1,30}\s{1,3}(?:and\s{1,3})?){0,3}?(?:adults?|patients|people|children|adolescents|infants)\s{1,3}
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
# a drug given beside the trial's own (its concomitant drug), named within a few words after: "participants were taking
# a stable daily dose of", "they were taking", "underwent conditioning with", "were also given the steroid",
# "were managed with", "lymphodepletion with"
CONCOMITANT_BEFORE = rx.compile(r"""(?=[clpw])\b(?:(?:were|was)\s{1,3}(?:all\s{1,3}|already\s{1,3}|also\s{1,3})?(?:taking|on\s{1,3}(?=stable|background))
    |(?:conditioning|lymphodepletion|lymphodepleting\s{1,3}chemotherapy|premedicat\w{0,4}|pre-medicat\w{0,4}|prophylaxis)\s{1,3}with
    |(?:were|was)\s{1,3}also\s{1,3}given|(?:were|was)\s{1,3}(?:generally\s{1,3})?managed\s{1,3}with)\b""", re.I | re.X)
# drug classes named by one word (singular: a class's name is these, or these and an "s")
CLASS_NAMES = ("corticosteroid|glucocorticoid|antidepressant|antibiotic|anticoagulant|immunosuppressant|antiplatelet|diuretic|"
               "antipsychotic|bisphosphonate")
# a drug class named by one word ("oral corticosteroids"), a therapy where the text says patients take it
CLASS_WORD = rx.compile(rf"(?=[abcdgi])\b(?:{CLASS_NAMES})s?\b", re.I)
# the regulator of an earlier sentence, named again as "it" right before the status word or as "the agency"
REGULATOR_ANAPHOR_BEFORE = rx.compile(r"\bit\s{1,3}(?:\w{1,20}\s{1,3})?$|\bthe\s{1,3}(?:agency|regulator)\b", re.I)
# a trial's dosing stopped, not the drug's development: "will discontinue dosing in the ALPHA study"
TRIAL_DOSING_STOPPED = rx.compile(r"[\w-]{0,12}\s{1,3}(?:dosing|treatment)\s{1,3}(?:in|of)\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,30}\s{1,3}){0,3}?(?:\(|study|trial|part\b)", re.I)
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
# "accepted ... for approval", "meets the standard for accelerated approval")
APPROVAL_SOUGHT_BEFORE = rx.compile(r"""(?=[acefimprstw])\b(?:applications?|applied|apply|applying|seek\w{0,3}|sought|filed|fil(?:es|ing)|submit\w{0,6}
    |request\w{0,3}|pursu\w{1,4}|support|supporting|toward|towards|ahead\s{1,3}of|for|(?:(?:could|may|might|would|should|(?:is|are)\s{1,3}(?:set|poised|expected|likely)\s{1,3}to)
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
BACKGROUND_THERAPY_BEFORE = rx.compile(r"""(?=[cdo])\b(?:(?:receiving|taking|on)\s{1,3}(?:an?\s{1,3}|their\s{1,3})?(?:stable|prolonged|ongoing
    |background|existing|maintenance)\b[^.;]{0,30}?|despite\s{1,3}(?:current|ongoing|prior)?\s{0,3}|continued\s{1,3}to\s{1,3}(?:take|receive)
    \s{1,3}(?:their\s{1,3})?)$""", re.I | re.X)
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
MEASURED_AFTER = rx.compile(r"\s{1,3}(?:consumption|use|usage|requirements?|intake)\b", re.I)
PRIOR_THERAPY_AFTER = rx.compile(r"-(?:containing|based|pretreated|refractory|experienced|exposed|resistant|naive|naïve|intolerant)\b",
                                 re.I)
# a disease named as what earlier treatment was for, in an entry criterion ("had not received systemic therapy for |
# metastatic disease"): the trial's condition is named elsewhere
PRIOR_TREATMENT_BEFORE = rx.compile(r"""(?=[epr])\b(?:received|receiving|prior|previous|previously|earlier)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}
    (?:treatments?|therapy|therapies|chemotherapy)\s{1,3}(?:for|of)\s{1,3}(?:the\s{1,3})?$""", re.I | re.X)
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


# a result's verb or noun right before a disease: what the drug changed, an outcome ("showed improved | X",
# "a reduction in | X")
CHANGED_BEFORE = rx.compile(r"(?=[dimrw])\b(?:improv(?:ed|ement|ements)|reduc(?:ed|tion|tions)|decreas(?:ed|es?)|worsen(?:ed|ing)|"
                            r"relie(?:f|ved))\s(?:(?:in|of|from)\s)?(?:the\s)?$", re.I)


# the first word of what follows "The primary endpoint was": a verdict, a comparison or a verb, not a measure; or a
# link between two ("the relationship between A and B")
NOT_MEASURE_START = frozenset("""met achieved reached missed positive negative not to higher lower greater smaller similar
    significantly statistically significant nominally also both assessed measured evaluated analysed analyzed defined
    chosen changed powered designed based available pre-specified prespecified relationship relationships
    association associations correlation correlations
    where what how why which when who whether""".split())        # (a heading's question: "Endpoints: where ... ")
