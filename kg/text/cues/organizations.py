"""Organisation cues: name shapes, roles, parents, press-release announcers, renamed units and a company's own
studies (:mod:`kg.extractors.org_names`, :mod:`kg.extractors.organizations`).
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx
from kg.text.cues.outcomes import RESULT_WORDS
from kg.text.cues.venues import WEEKDAY

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# (kg.extractors.organizations reads these; organisation NAME shapes live in kg.text.organizations)

# the stock exchanges a ticker's bracket names
EXCHANGES = r"(?:NASDAQ|Nasdaq|NYSE|AMEX|LSE|TSX|ASX|TSE|TYO|SIX|HKEX|KRX|Euronext|EURONEXT|OTC|SSE|OMX|FWB|XETRA|ETR|EPA|BIT|SWX)"

# a cue after which a capitalised name is taken as an organisation even without a name shape
ORG_STRONG_CUE = rx.compile(r"""\b(?:
      (?:sponsored|co-sponsored|funded|co-funded|financed|developed|co-developed|discovered|invented|manufactured
        |marketed|commerciali[sz]ed|acquired|owned|bought|made|sold|(?<=under\ )development|(?<=clinical\ )development) (?:\ as\ [A-Z][\w-]{0,30})?\ by
    | (?:subsidiary|unit|division|affiliate|member)\ of | licensed\ from | emerged\ from | collaboration\ with
    | (?:primary|lead|main)\ sponsor\ (?:was|is) | the\ sponsor\ (?:was|is) | sponsor\ ?:
    )\s{1,3}(?:the\s{1,3})?""", re.I | re.X)
# a company's executive, whose company is named after the title: "chief medical officer for | Acme", "CEO of | Acme",
# "global head of development, | Acme,"
ORG_EXECUTIVE_OF = rx.compile(r"""\b(?:chief\s(?:[\w-]{1,20}\s){0,3}officer|CEO|(?:senior\s|executive\s)?vice\spresident
    (?:\s(?:of|and)\s(?:[\w&-]{1,20}\s){0,3}?[\w&-]{1,20})?|(?:global\s)?head\sof\s(?:clinical\s)?(?:development|research|R&D))
    (?:\s(?:of|at|for)|,)\s{1,3}(?:the\s{1,3})?""", re.I | re.X)
# a speaker's verb: "..., said", "says", "added", "commented"
ORG_SPOKE = rx.compile(r"(?=[acdenps])\b(?:said|says|added|adds|commented|comments|noted|notes|explained|stated|explains"
                       r"|announced|announces)\b")
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
    |marketed|commerciali[sz]ed|made|sold|(?<=under\s)development|(?<=clinical\s)development)(?:\s{1,3}(?:as|under\s{1,3}the\s{1,3}(?:brand\s{1,3})?name)\s{1,3}[A-Z][\w-]{0,30})?
    (?:\s{1,3}(?:jointly|together|globally|worldwide))?\s{1,3}by\s{1,3}""", re.I | re.X)
# a therapy described as a company's: "XY-123, the gout drug from | Acme", "the investigational zeta drug
# from | Acme" (the definite article: the therapy the sentence is about, not "a drug from a rival")
# (or, opening the sentence, "An oral drug from | Acme lowered ...": the news's therapy)
ORG_DRUG_FROM = rx.compile(r"""(?=[TtA])(?:\b[Tt]he|^\s{0,3}An?)\s{1,3}(?:[\w-]{1,25}\s{1,3}){0,3}?(?:drug|candidate|therapy|medicine
    |treatment|antibody|vaccine|pill|compound|product)\s{1,3}from\s{1,3}""", re.X)
# a partner named after a developer: "developed by X together with Y"
ORG_WITH_PARTNER = rx.compile(r"\s{0,3},?\s{0,3}(?:together\s{1,3}with|in\s{1,3}partnership\s{1,3}with|in\s{1,3}collaboration\s{1,3}with|with)\s{1,3}")
# the nouns that name a therapy in a description ("investigational antibody", "oral drug"): a regex fragment
ORG_THERAPY_NOUNS = r"""(?:therapy|therapies|drug|antibody|medicine|treatment|vaccine|product|candidate|inhibitor
    |agonist|antagonist|injection|tablet|pill|formulation|biosimilar|compound|molecule|mimic|mimetic|analog|analogue
    |modulator|blocker|activator|degrader|conjugate|agent|biologic)"""
# words that describe a therapy before its noun ("third-generation EGFR"): not function words, not verbs of news
ORG_DESCRIPTOR = r"""(?!(?:and|or|with|plus|versus|vs|for|of|to|in|on|than|at|by|from|as|is|was|has|had|were|are|the
    |a|an|trial|study|data|results|shares|stock|rival|competitor)\b)(?:[a-z][\w-]{0,30}|[A-Z]{2,}[\w-]{0,20}|\d[\w-]{0,20})"""
# from an owner's "'s" to its therapy: nothing, or words that end in a therapy noun ("Acme's oral drug XY-123")
# a company's stock ticker in brackets: "(NASDAQ: ACME)", "(NYSE:ACM.B)", "(OTCPK:ACMEY)"
TICKER = (rf"(?:\({EXCHANGES}[A-Za-z ]{{0,12}}:\s{{0,3}}[A-Z0-9.]{{1,8}}"
          # (listed on two: "(EURONEXT : ZET and NYSE : ZTF)")
          rf"(?:\s{{0,3}}(?:and|,|;)\s{{0,3}}{EXCHANGES}[A-Za-z ]{{0,12}}:\s{{0,3}}[A-Z0-9.]{{1,8}}){{0,2}}\)"
          # (or with the day's price move: "(ACME +0.4% )")
          r"|\([A-Z]{2,5}\s{0,2}[-+−]\s?\d{1,3}(?:\.\d{1,2})?%\s{0,2}\)"
          # (or a wire service's code, the ticker and its market's letters: "(ACME.O)", "(ACM.N)", "(ACME.PA)")
          r"|\([A-Z]{2,5}\.(?:OQ|O|N|L|PA|DE|T|TO|AX|HK|ST|CO|MI|AS|BR|S|KS)\))")
# (a stock ticker may stand between the name's "'s" and what it owns: "Acme's (NASDAQ:ACME) XY-123", "Acme' (ACME) drug")
# the legal forms that close a company's name ("Acme Bio, Inc.", "Beta Pharma AG", "Gamma N.V."), without their dot
LEGAL_FORMS = r"(?:Inc|Ltd|LLC|plc|Plc|PLC|Corp|Co|AG|S\.?A|N\.V|B\.V|K\.K|GmbH|Limited|Corporation|Incorporated)"
# a legal form the name's span may leave out before a possessive: "Acme Bio| Ltd.'s drug"
LEGAL_FORM_TAIL = rf"(?:,?\s{{1,3}}{LEGAL_FORMS}\.?|\s{{1,3}}(?:and|&)\s{{1,3}}Co(?:mpany)?\b\.?)?"     # ("Acme | and Co.")
ORG_POSSESSIVE = rx.compile(rf"""{LEGAL_FORM_TAIL}['’]s?\s{{1,3}}(?:(?:{TICKER}|\([A-Z]{{2,5}}\))\s{{1,3}})?(?:(?:{ORG_DESCRIPTOR}\s{{1,3}}){{0,5}}{ORG_THERAPY_NOUNS},?\s{{1,3}})?""", re.X)
ORG_POSSESSIVE_CUE = rx.compile(r"[’']")
# a company named as the source of a sentence's news, after it: "XY-123 met its primary endpoint, Acme | said |,
# lowering ...", "..., Acme | said on Monday"
ORG_SAID_AFTER = re.compile(rf"{LEGAL_FORM_TAIL}\s{{1,3}}(?:said|says|announced|announces)(?=\s{{0,3}}[,.;]|\s{{1,3}}(?:on|in|late|early|today|yesterday|{WEEKDAY})\b|\s{{0,3}}$)")
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
# a company another works with to develop a therapy: "partnered with | Acme Inc (ACM.N) to develop XY-123", "agreed to
# work with | Acme KGaA of Ruritania to develop and market XY-123" (the company after "with" co-develops it)
ORG_WORKS_WITH = rx.compile(r"""(?=[ptwc])\b(?:partnered|teamed\s{1,3}up|work|working|collaborat(?:e|es|ed|ing))\s{1,3}with\s{1,3}""", re.X)
# ... and after that company, "to develop": its ticker or its country may stand between
ORG_TO_DEVELOP = rx.compile(rf"""(?:\s{{0,3}}{TICKER})?(?:,?\s{{1,3}}(?:of|in)\s{{1,3}}[A-Z][\w-]{{1,30}},?)?\s{{1,3}}to\s{{1,3}}
    (?:jointly\s{{1,3}})?(?:co-)?develop\b(?:\s{{1,3}}and\s{{1,3}}(?:market|commerciali[sz]e|sell))?\s{{1,3}}(?:the\s{{1,3}}drug\s{{1,3}})?""", re.X)
# sponsors and funders: "sponsored by X", "Sponsor: X", "with funding from X", "a grant from X", an abstract's heading
# "FUNDING X"
ORG_SPONSOR = rx.compile(r"""\b(?:(?:sponsored|co-sponsored|funded|co-funded|financed|underwritten|supported)\s{1,3}(?:in\s{1,3}part\s{1,3})?by
    | sponsor\s{0,3}: | funding\s{0,3}: | (?-i:FUNDING|SPONSORS?)(?=\s{1,3}[A-Z][a-z]) | (?:primary|lead|main)\s{1,3}sponsor\s{1,3}(?:was|is)
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
# a brand, then its maker and the maker's town in a drug's bracket, as medical news writes it: "XY-123 (Zetavo; | Acme,
# Springfield, MA)" (the name, read after the semicolon, is a company's whatever its words)
# (the town, after the maker's name, to the bracket's end: "|, Springfield, MA)|"; a regex fragment)
TOWN_CLOSES = r",\s{1,3}[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?(?:,\s{1,3}[A-Z]{2})?\s{0,3}\)"
ORG_MAKER_IN_BRACKET = rx.compile(rf"\(\s{{0,3}}[A-Z][\w-]{{1,30}}(?:\s[A-Z][\w-]{{1,30}})?[®™]?(?:;\s{{1,3}}(?=[A-Z][\w.&-]{{1,30}}(?:\s[A-Z][\w.&-]{{1,30}}){{0,3}}"
                                  rf"{TOWN_CLOSES})"
                                  # (or the brand and its maker alone, as medical news writes them: "XY-123 (Zetavo,
                                  # Acme)"; no digits, no more words)
                                  rf"|,\s{{1,3}}(?=[A-Z][A-Za-z.&-]{{1,30}}(?:\s[A-Z][A-Za-z.&-]{{1,30}}){{0,2}}\)))")
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
# what may stand before an organisation that opens a sentence: a dateline, "On Monday,", "In a statement,", a date
# with its year ("On December 10, 2030,"), a weekday without a comma ("On Monday"), its country's possessive
# ("Denmark's Acme")
_OPENING_TIME = (r"(?:(?:On|In|Today|Separately|Meanwhile|Earlier)[^,]{0,40}(?:,\s{1,3}\d{4})?,\s{1,3}"
                 rf"|(?:On\s{{1,3}})?{WEEKDAY}(?:\s{{1,3}}|,\s{{1,3}}))?")
_COUNTRY_OWNED = r"(?:[A-Z][a-z]{2,20}(?:\s{1,3}[A-Z][a-z]{2,20})?['’]s\s{1,3})?"
# where a company is, before its name: "Springfield, Calif.-based | Acme", "Boston-based | Acme"
BASED_IN = r"(?:(?:[A-Z][\w.]{1,20}\s{1,3}){0,2}?(?:[A-Z][\w.]{1,20},\s{1,3})?[A-Z][\w.]{1,20}-based\s{1,3})?"
ORG_OPENING = rx.compile(r"(?:[^—–\n]{0,80}(?:[—–]|--|\s-(?=\s|$))\s{0,3})?" + _OPENING_TIME + r"(?:the\s{1,3})?" + _COUNTRY_OWNED
                         + BASED_IN)
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
# a description between "the" and a company's name: "the Japanese drugmaker Acme", "the Swiss group Beta"
ORG_DESCRIPTION_LEAD = rx.compile(r"""(?:(?:[A-Z][a-z]{2,20}|[a-z][\w-]{2,20})\s{1,3}){0,2}?(?:drugmaker|drug\s{1,3}maker
    |pharmaceutical\s{1,3}(?:company|group|giant|firm)|biotech(?:nology)?\s{1,3}(?:company|firm)|biotech|company|group
    |firm)\s{1,3}(?=[A-Z])""", re.X)
# an owner of an investigational product is its developer, whatever its name's shape: "XY-123, Acme's | investigational
# antibody" (the name before the "'s" is a company's)
# (or its novel or lead one, named by what it is: "Acme's novel investigational zeta inhibitor", "Acme's lead candidate")
ORG_OWNS_INVESTIGATIONAL = rx.compile(r"""['’]s\s{1,3}(?:(?:novel|new|lead|proprietary)\s{1,3})?(?:investigational|experimental)\s
    |['’]s\s{1,3}(?:novel|lead)\s{1,3}(?:[\w-]{1,25}\s{1,3}){0,4}?(?:drug|candidate|therapy|antibody|inhibitor|biologic|vaccine
    |compound|medicine)s?\b""", re.X)
# press-release boilerplate headings and self-descriptions: "About Acme Bio", "Acme is a global biotechnology company"
ORG_ABOUT = rx.compile(r"^\s{0,3}About\s{1,3}(?:the\s{1,3})?(?=[A-Z])")
ORG_IS_A_COMPANY = rx.compile(r"""\s{1,3}is\s{1,3}(?:a|an|the)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,4}?(?:company|drugmaker|biotech
    |biopharma|firm|pharmaceutical\s{1,3}group)\b""", re.X)
# after a company announcing news, up to the next announcer or the verb: "Acme Bio, Inc. (NASDAQ: ACME) and Beta
# Pharma, one of the Gamma companies, today announced", "Acme and Beta Announce FDA Approval of ...", "Acme, a company
# focused on the discovery, development and sale of X, said" (the description may hold commas: the verb closes it),
# "Acme Bio Inc. ("Acme" or the "Company") (NASDAQ: ACME) announced" (two brackets, or three: "Acme plc (AIM: ACM)
# (Nasdaq: ACME) ("Acme")")
# a place a company is "of" in an apposition: "Acme A/S, of | Springfield, Ruritania |, reported"
_PLACE = r"[A-Z][\w.-]{1,30}(?:\s{1,3}[A-Z][\w.-]{1,30}){0,2}"
_ANNOUNCING_WHEN = r"""(?:(?:on\s{1,3})?""" + WEEKDAY + r"""\s{1,3}|today\s{1,3}
    |just\s{1,3}|jointly\s{1,3}|together\s{1,3}|recently\s{1,3}|ha(?:ve|s)\s{1,3}|(?i:to)\s{1,3}|will\s{1,3}
    |(?:are|is)\s{1,3}(?:pleased|delighted|excited|proud|happy)\s{1,3}to\s{1,3}){0,2}"""
# (trade news tells the same by the company's share price: "Acme (ACME -19%) slumps after ...", "is down 17% after")
_ANNOUNCING_VERB = r"""(?:[Aa]nnounced?|[Aa]nnounces|ANNOUNCE[SD]?|said|says|reported|reports|released|releases|issued|issues|presented
    |presents|(?i:present|report)s?|unveiled|unveils|shared|shares|revealed|reveals|disclosed|discloses
    |(?:(?:is|was|are|were|perks|edges|ticks|trades|trending)\s{1,3})?(?:down|up)(?=\s{1,3}\d)|slump(?:s|ed)|soar(?:s|ed)|plunge[sd]|jump(?:s|ed)|tumble[sd]|surge[sd]
    |sinks|sank|slid|slides|slipped|slips|plummet(?:s|ed)|(?:are|is|were|was)\s{1,3}on\s{1,3}the\s{1,3}rise|(?:rose|fell|climbed|dropped|declined)(?=\s{1,3}(?:on|after|\d))
    |(?i:receive[sd]?|wins?|won|gets?|got|secure[sd]?|obtain(?:s|ed)?|gain(?:s|ed)?)
    |(?i:provide[sd]?|give[sn]?|gave)\s{1,3}(?:an?\s{1,3})?(?:\w{1,12}\s{1,3})?(?i:update))\b"""
# a short bracket inside a company's description: "developing therapies for central nervous system (CNS) disorders"
_SHORT_BRACKET = r"\([^()]{0,30}\)"
ORG_ANNOUNCER_AFTER = rx.compile(rf"""{LEGAL_FORM_TAIL}\s{{0,3}}(?:\([^()]{{0,80}}\)(?:\s{{0,3}}\([^()]{{0,80}}\)){{0,2}}|[A-Z]{{2,6}}(?=\s))?\s{{0,3}}
    (?:,\s{{1,3}}of\s{{1,3}}{_PLACE}(?:,\s{{1,3}}{_PLACE})?(?=,))?(?:,\s{{1,3}}(?:one\s{{1,3}}of|a|an|the|part\s{{1,3}}of
    |headquartered|based|known\s{{1,3}}as|which)\b(?:(?:[^,;()]|{_SHORT_BRACKET}){{0,120}}
    |(?:[^;()]|{_SHORT_BRACKET}){{0,240}}?(?=,\s{{1,3}}{_ANNOUNCING_WHEN}{_ANNOUNCING_VERB})))?
    ,?\s{{1,3}}(?:(?P<more>and\s{{1,3}}(?:the\s{{1,3}})?)(?=[A-Z])|(?P<unit>(?:unit|subsidiary|division)\s{{1,3}})
    |{_ANNOUNCING_WHEN}(?P<verb>{_ANNOUNCING_VERB}))""", re.X)
# how a share price moves, in any tense ("soared", "surges", "saw its shares fall", "is off 27%", "added 14%")
_SHARES_MOVE = r"""soar(?:ed|s)?|jump(?:ed|s)?|surge[ds]?|r(?:ose|ises?)|climb(?:ed|s)?|rall(?:ied|ies|y)|gain(?:ed|s)?|spike[ds]?
    |skyrocket(?:ed|s)?|f(?:ell|alls?)|drop(?:ped|s)?|s(?:ank|inks?)|plunge[ds]?|tumble[ds]?|slump(?:ed|s)?|crash(?:ed|es)?|dive[ds]?
    |plummet(?:ed|s)?|add(?:ed|s)|(?:is|was|are|were)\s(?:up|down|off|higher|lower)|trad(?:ed|es|ing)\s(?:up|down|higher|lower)"""
# a company's shares moving, which no trial's result is: "Shares of Acme fell 4.1 percent to $17.20"
SHARES_MOVED = rx.compile(rf"""(?=[Ss])\b(?:shares|stock)\s(?:of\s(?:the\s)?(?:[\w&.-]{{1,30}}\s){{1,4}}?)?(?:{_SHARES_MOVE})\b""",
                          re.I | re.X)
# the words before that move: "| shares | fell", "| saw its shares | fall"
_SHARES_WORDS = r"(?:(?:stock|shares)\s{1,3}|saw\s{1,3}(?:its|their)\s{1,3}(?:stock|shares)\s{1,3})"
# a company whose shares moved after it reported a trial's news (its ticker perhaps bare: "Acme (ACME) jumped"): "Acme
# Bio (NASDAQ: ACME) shares | jumped 120% on Monday after the company reported that its phase 2 trial met its goal",
# "Acme (Nasdaq: ACME) stock fell 80%, to $4.10, after the company said its XY-123 trial missed" (what follows the verb
# must speak of a trial or its results; a decimal point, "$4.10", ends no sentence)
ORG_SHARES_MOVED = rx.compile(rf"""(?:\s{{0,3}}(?:{TICKER}|\([A-Z]{{2,5}}(?:,\s[^()]{{1,20}})?\)))?\s{{1,3}}
    {_SHARES_WORDS}?(?:{_SHARES_MOVE})\b
    (?:[^.;]|(?<=\d)\.(?=\d)){{0,120}}?\b(?:(?:after|as|when)\s{{1,3}}(?:the\s{{1,3}}(?:company|biotech|drugmaker|firm)|it)\s{{1,3}}(?:reported
    |said|announced|released|unveiled|disclosed|posted)\b(?=(?:[^.;]|(?<=\d)\.(?=\d)){{0,160}}?\b(?:trials?|study|studies|results|data)\b)
    # (or on the news itself: "surges 300% on positive top-line news of", "after the release of early data")
    |(?:on|after|following)\s{{1,3}}(?:the\s{{1,3}}(?:release|announcement|publication)\s{{1,3}}of\s{{1,3}})?(?:[\w-]{{1,20}}\s{{1,3}}){{0,4}}?
    (?:results|data|readout)\b)""", re.X)
# a bare stock ticker between a sentence's opening name and its announcing verb: "Acme (ACME) announced", "Acme (ACME)
# is up 40%" (the name, read before it, is a company's)
# (or its shares' move: "Acme (ACME, Financials) shares fell")
ORG_BARE_TICKER = rx.compile(rf"""\s{{0,3}}\([A-Z]{{2,5}}(?:\.[A-Z]{{1,2}})?(?:,\s[^()]{{1,20}})?\)(?=\s{{1,3}}{_ANNOUNCING_WHEN}{_ANNOUNCING_VERB}
    |\s{{1,3}}{_SHARES_WORDS}(?:{_SHARES_MOVE})\b)""", re.X)
# a sentence's opening name that announces news of "its" own: "Acme Ways said today that its Phase 2 study had ..."
# (the name, read before the verb, is a company's whatever its words)
# (or without "that" where its drug, trial or results follow, a day between: "Acme said on Friday its investigational
# drug")
# (or "it has ... its trial": "Zetagene on Friday said it has widened its open-label Phase 2 study"; or a company that
# "has dosed" a first participant in "its" study)
ORG_SAID_ITS = rx.compile(r"""\s{1,3}(?:(?:today|on\s{1,3}""" + WEEKDAY + r""")\s{1,3})?(?:announced|announces|reported|reports|said|says|issued|released)\s{1,3}
    (?:(?:today|yesterday|(?:late\s{1,3}|early\s{1,3})?on\s{1,3}""" + WEEKDAY + r""")\s{1,3})?
    (?:(?:that\s{1,3})?it\s{1,3}(?:has|had|will|would|is|was)\s[^.;]{0,60}?\bits\s{1,3}(?:[\w/-]{1,20}\s{1,3}){0,6}?
    (?:trials?|stud(?:y|ies))\b
    |that\s{1,3}its\s|its\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:drugs?|medicines?|medications?|therap(?:y|ies)|treatments?|vaccines?|
    candidates?|antibod(?:y|ies)|trials?|stud(?:y|ies)|results|data)\b
    # (or a trial's results, "Acme announced new data of a zeta study of ...", or "its" therapy
    # later in what it announced: "Acme today announced that the journal published results of its therapy XY")
    |(?:(?<=announced\s)|(?<=announces\s)|(?<=issued\s)|(?<=released\s)|(?<=reported\s)(?=(?:positive|topline|top-line
    |preliminary|interim|final)\s))(?:""" + RESULT_WORDS + r"""\s{1,3}){0,3}(?:results|data)\s{1,3}(?:from|of)\s{1,3}
    (?:a|an|the)\s[^.;]{0,60}?\b(?:trial|study)\b
    |(?<=announced\s|announces\s)that\s[^.;]{0,120}?\bits\s{1,3}(?:investigational\s{1,3}|experimental\s{1,3})?
    (?:drug|medicine|therapy|treatment|vaccine|candidate|antibody)\b)
    |\s{1,3}(?:has|have)\s{1,3}(?:dosed|enrolled|initiated|started|launched|begun|completed|expanded)\s[^.;]{0,80}?
    \bits\s{1,3}(?:[\w/-]{1,20}\s{1,3}){0,6}?(?:trials?|stud(?:y|ies))\b""", re.X)
# what may stand before a sentence's first announcer: a dateline ("BOSTON, May 1, 2030 -- ", "Gamma — ", "(Wire) - ",
# "GAMMA- May 1, 2030-", "BOSTON, Mass.--(WIRE)--May 1, 2030--", a wire's bracket and a hyphen set to the name:
# "(Wire) -Acme said")
ORG_ANNOUNCE_OPENING = rx.compile(r"(?:[^—–\n]{0,100}(?:[—–]|--|\s-\s|(?<=\d{4})[-:]|(?<=\))\s{1,3}-)\s{0,3}){0,3}"
                                  + _OPENING_TIME +
                                  r"(?:[Ss]hares\s{1,3}(?:of|in)\s{1,3})?(?:the\s{1,3})?" + _COUNTRY_OWNED + BASED_IN +
                                  # a descriptor before the name: "US pharma giant Acme", "Swiss drugmaker Acme", "French
                                  # vaccines developer Acme"
                                  r"(?:(?:[\w.-]{1,20}\s{1,3}){0,3}?(?:giant|drug\s?maker|maker|developer|biotech|company|firm|pharma|"
                                  r"major|specialist)\s{1,3})?")
# the announcing verbs' stems (a set of words: the prefilter's literals alone decide it)
ORG_ANNOUNCE_WORD = rx.compile(r"(?=[acdfgijoprstuw])(?:announce|said|says|report|release|issue|present|unveil|share|reveal|disclose|slump|provide|give|gave|"
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
ORG_APPROVAL_WORD = rx.compile(r"(?=[abcdgmnp])\b(?:approv\w{0,6}|authori[sz]\w{0,7}|clearance|cleared"
                               # (or a step on the way, an application filed or accepted, a designation granted)
                               r"|(?:Biologics\sLicense|New\sDrug|Marketing\sAuthori[sz]ation)\sApplication|BLA|NDA|MAA"
                               r"|Priority\sReview|Breakthrough\sTherapy|Fast\sTrack|Orphan\sDrug)\b", re.I)
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
