"""Treatments a document never names as a product, read where it names no drug at all: the non-drug intervention a
trial report's title opens on ("Hydrotherapy in gout: a randomized trial"), a vaccine named only by what it
prevents ("its ZZV-3 vaccine", "the zeta fever vaccine candidate") and the treatment the patients were allocated to
against a control ("randomized to adjuvant radiotherapy (n = 51) or no adjuvant radiotherapy (n = 49)").

Both are fallbacks: a document that names a drug, or a product by a code or a brand, keeps that name and these
readers do not run.

>>> from kg.text.layout import content_lines
>>> from kg.text.sentences import split_sentences
>>> text = "Vaccine news\\n\\nAcme began a Phase 2 trial of its ZZV-3 vaccine in 80 adults."
>>> ss = split_sentences(text, content_lines(text))
>>> [(m.text, m.kind) for ms in with_unnamed_vaccine(ss, [[] for _ in ss]) for m in ms]
[('ZZV-3 vaccine', 'therapy')]
"""

from __future__ import annotations

import re

from kg.extractors.mention_spans import resolve_overlaps
from kg.model import Mention
from kg.text import cues
from kg.text.sentences import Sentence

# the treatment a trial report's title opens on, when it names no drug: "Hydrotherapy in knee pain: a randomized
# trial", "Supervised exercise versus usual care for ...", "Yoga for chronic low back pain"
TITLE_INTERVENTION = re.compile(r"\s{0,3}(?P<x>[A-Z][a-z][\w-]{2,30}(?:\s[a-z][\w-]{1,30}){0,3}?)\s(?:in|for|versus|vs\.?|compared\swith|"
                                r"to\s(?:prevent|treat|reduce|improve))\s")
TITLE_TRIAL = re.compile(r"\b(?:trial|randomi[sz]ed)\b", re.I)
# words a title opens on that name no treatment ("Efficacy of ...", "Treatment of ...")
NOT_TREATMENT = frozenset("""effect effects efficacy safety results outcomes outcome evaluation comparison study trial treatment
    impact role use prevention management assessment analysis association changes change trends advances update
    randomized randomised phase long-term early late new novel""".split())


def with_titled_intervention(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """Mentions, with the treatment a trial report's title opens on (a non-drug intervention) as a therapy wherever the
    text names it, when the document names no drug at all.

    >>> from kg.text.layout import content_lines
    >>> from kg.text.sentences import split_sentences
    >>> text = "Hydrotherapy in gout: a randomized trial\\n\\nAfter 10 weeks of hydrotherapy, pain fell."
    >>> ss = split_sentences(text, content_lines(text))
    >>> [(m.text, m.label) for ms in with_titled_intervention(ss, [[] for _ in ss]) for m in ms]
    [('Hydrotherapy', 'hydrotherapy'), ('hydrotherapy', 'hydrotherapy')]
    """
    m = TITLE_INTERVENTION.match(sentences[0].text) if sentences and TITLE_TRIAL.search(sentences[0].text) else None
    if m is None or m.group("x").split()[0].lower() in NOT_TREATMENT or \
            any(x.kind in ("disease", "phenotype") and x.start < sentences[0].start + m.end("x") for x in mentions[0]):
        return mentions
    name = m.group("x")
    label = name[:1].lower() + name[1:]
    given = re.compile(rf"(?:\b(?:(?:weeks?|months?|sessions?|days?|courses?)\sof|to|received|receiving|underwent|with)\s"
                       rf"{re.escape(name)}|{re.escape(name)}\s(?:group|arm))\b", re.I)
    if not any(given.search(s.text) for s in sentences[1:]):
        return mentions                 # the body never gives it to anyone: a topic, not a treatment
    return named_everywhere(sentences, mentions, rf"(?<![\w-]){re.escape(name)}(?![\w-])", label, "title")


SHORT_FORM_CLOSE = re.compile(r"^(?P<x>[^()]*)\)(?=\s)")      # (a bracket closed that the match did not open)


def named_everywhere(sentences: list[Sentence], mentions: list[list[Mention]], pattern: str, label: str,
                     source: str) -> list[list[Mention]]:
    """Mentions, with every match of ``pattern`` (case aside) a therapy labelled ``label``, in each sentence."""
    words = re.compile(pattern, re.I)
    out = []
    for s, ms in zip(sentences, mentions):
        # (a match that closes a short form's bracket is written without it: "ZetCap) vaccine", "ZetCap vaccine")
        found = [Mention(SHORT_FORM_CLOSE.sub(r"\g<x>", hit.group()), s.start + hit.start(), s.start + hit.end(),
                         "therapy", label, (), source) for hit in words.finditer(s.text)]
        out.append(resolve_overlaps(ms + found) if found else ms)
    return out


# a vaccine named by what it protects against: a disease the lexicon knows ("norovirus vaccine") or a pathogen's
# capitals ("ZZV-3 vaccine"); not by its platform ("a DNA vaccine") or its maker's initials before a product code
VACCINE = re.compile(r"(?<![\w-])(?P<code>(?:[A-Z]{2,6}(?:-\d{1,2}|\s\d{2,4})?|[A-Z]{1,4}\d{1,3}[A-Z]{0,2}|[a-z][A-Z]{1,4}\d{1,4})\s)?"
                     r"vaccines?\b")          # (or a short code: "its ZV7 vaccine", "the ZVTN 318 vaccine")
PLATFORM = frozenset({"DNA", "RNA", "MRNA", "VLP", "BCG"})
PATHOGEN_KINDS = ("disease", "phenotype")


def with_unnamed_vaccine(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """Mentions, with a vaccine named only by its disease or pathogen ("ZZV-3 vaccine") as a therapy wherever the text
    names it, when the document names no drug at all and one such vaccine only.

    >>> from kg.text.layout import content_lines
    >>> from kg.text.sentences import split_sentences
    >>> text = "T\\n\\nA DNA vaccine and the ZZV-3 vaccine were studied."
    >>> ss = split_sentences(text, content_lines(text))
    >>> [m.label for ms in with_unnamed_vaccine(ss, [[] for _ in ss]) for m in ms]
    ['ZZV-3 vaccine']
    """
    names, keys, numbered = set(), set(), set()      # (numbered: the names of a product's numbered code)
    for s, ms in zip(sentences, mentions):
        for hit in VACCINE.finditer(s.text) if "accine" in s.text else ():
            if found := vaccine_name(s, ms, hit):
                name, key, is_code = found
                names.add(name)
                keys.add(key)
                numbered |= {name} if is_code and any(map(str.isdigit, key)) else set()
    numbered_keys = {key for key in keys if any(map(str.isdigit, key))}
    if len(keys) != 1 and not (len({n.lower() for n in numbered}) == 1 and len(numbered_keys) == 1):
        return mentions                 # none, or several: which one the trial gave is not said by the name alone
    # (one vaccine, its kind written in full once: "a trivalent inactivated zeta vaccine", then "the zeta vaccine";
    # or one named by a product's numbered code beside its disease's or pathogen's name: "the ZVTN 318 vaccine", "an
    # experimental ZIV vaccine": the numbered one)
    longest = sorted(names, key=lambda name: (name not in numbered or len(keys) == 1, -len(name), name))
    forms = "|".join(vaccine_form(name) for name in sorted(names, key=lambda name: (-len(name), name)))
    return named_everywhere(sentences, mentions, rf"(?<![\w-])(?:{forms})s?(?![\w-])", longest[0], "vaccine")


def vaccine_form(name: str) -> str:
    """The pattern that finds a vaccine's name as written, its head word after a short form's bracket too.

    >>> bool(re.fullmatch(vaccine_form("ZPF vaccine"), "ZPF) vaccine")), bool(re.fullmatch(vaccine_form("ZPF"), "ZPF"))
    (True, True)
    """
    head = name.removesuffix(" vaccine")
    return re.escape(head) + r"\)?\svaccine" if head != name else re.escape(name)


# the words that say what kind a vaccine is, before its disease or pathogen ("a preservative-free quadrivalent inactivated |
# zeta vaccine") or between them and "vaccine" ("zeta | conjugate | vaccine")
VACCINE_KIND = (r"(?:inactivated|live|attenuated|recombinant|adjuvanted|unadjuvanted|seasonal|pandemic|split(?:-virion)?|"
                r"subunit|conjugate|conjugated|polysaccharide|toxoid|(?:mono|bi|tri|tetra|quadri|penta|hexa|\d{1,2}-)valent|"
                r"oral|intranasal|parenteral|[a-z]{3,20}-free|DNA|m?RNA|plasmid|"
                # (or the part of the pathogen it is made of: "zeta | F-protein nanoparticle | vaccine")
                r"nanoparticle|[a-z]{1,3}-protein|(?:glyco)?protein)")
LEADING_KINDS = re.compile(rf"^(?:{VACCINE_KIND}\s)+", re.I)
KINDS_BEFORE = re.compile(rf"(?<![\w-])(?:{VACCINE_KIND}\s){{1,4}}$", re.I)
# (the pathogen's word and its short form first: "zeta | virus (ZV) F-protein | vaccine")
# (and the protein's own name, with its short form: "zeta virus | attachment (G) protein subunit | vaccine")
KINDS_BETWEEN = re.compile(rf"(?:\svirus)?(?:\s\([A-Za-z][\w-]{{1,8}}\))?(?:\s[a-z]{{3,15}}(?:\s\([A-Za-z][\w-]{{0,8}}\))?)?"
                           rf"\s(?:{VACCINE_KIND}\s){{1,2}}|\svirus\s", re.I)


def vaccine_name(s: Sentence, mentions: list[Mention], hit: re.Match) -> tuple[str, str, bool] | None:
    """The name of the vaccine at ``hit``: its pathogen's capitals and "vaccine", or the disease mention or the short
    form defined in the text that ends right before it and "vaccine"; None for a vaccine named by none of these. With
    the name, what it is named by (the disease's label, the short form, the code) and whether that is a code."""
    code = hit.group("code")
    at = s.start + hit.start() + len(code or "")
    platform = code is not None and code.strip().split("-")[0].upper() in PLATFORM     # ("zeta virus | DNA | vaccine")
    disease = next((m for m in mentions if m.kind in PATHOGEN_KINDS and (m.end == at - 1 or (
        (code is None or platform) and m.end < at and KINDS_BETWEEN.fullmatch(s.text, m.end - s.start, at - s.start)))),
        None)
    if disease is not None:
        a = disease.start - s.start
        kinds = KINDS_BEFORE.search(s.text, max(0, a - 100), a)
        name = s.text[kinds.start() if kinds else a:at - s.start] + "vaccine"    # (its kinds too, as written)
        return name, disease.label.lower(), False
    short = next((m for m in mentions if m.kind == "term" and m.source == "abbreviation" and (
        m.end == at - 1 or (m.end == at - 2 and s.text[m.end - s.start] == ")"))), None)     # (or "(ZetCap) vaccine")
    if short is not None and code is None:
        return f"{short.text} vaccine", short.text.lower(), False   # a short form the text defined: "(ZetCap) vaccine"
    if code and code.strip().split("-")[0].upper() not in PLATFORM and \
            not any(m.start <= s.start + hit.start() < m.end for m in mentions):
        return f"{code.strip()} vaccine", code.strip().lower(), True
    return None


# a treatment named in words that patients were allocated to, and what the others got: "randomly assigned to receive
# either adjuvant radiotherapy immediately after surgery (n = 51) or no adjuvant radiotherapy (n = 49)", "randomized
# into one of two treatment groups: topical zeta treatment or placebo", "allocated to the lightweight zeta mesh (LW
# group, n = 31) or heavyweight zeta mesh group (HW group, n = 30)" (words that say when or how long close a name)
# (or a treatment named by capitals alone, which the text need not define: "with 60 assigned to ZGT and 60 to usual
# care"; against other capitals, which name no control, neither is read: see allocated_names)
_WORDS = r"""(?:[a-z][\w-]{1,30}(?:\s(?!(?:or|and|versus|vs|to|of|with|plus)\b)(?:[a-z]|[A-Z](?=[a-z]))[\w-]{1,30}){0,4}?
    |[A-Z][A-Z0-9]{1,6}(?:-[A-Z0-9]{1,4})?(?![\w-])|[A-Z]{2,6}-[a-z]{3,20}ed(?![\w-]))"""
_QUALIFIER = r"(?:immediately|following|after|before|until|for|at|during|over|given|daily|once|twice|every|from)"
ALLOCATED = re.compile(rf"""\b{cues.ALLOCATING}\b[^;:()]{{0,60}}?
    \b(?:to|into|for)\s(?:receive\s|one\sof\s(?:two|the\stwo)\s(?:treatment\s)?(?:groups|arms):\s)?(?:either\s)?
    (?:the\s|an?\s)?(?:(?:once|twice)\s(?:daily|weekly)\s|daily\s|weekly\s)?(?P<x>{_WORDS})(?:\s{_QUALIFIER}\b[^(),;]{{0,50}}?)?(?:\s?\([^()]{{0,40}}\))?,?
    \s(?:(?:or|versus|vs\.?)\s(?:to\s(?:receive\s)?)?|and\s\d{{1,6}}\s(?:[a-z]{{1,20}}\s){{0,2}}to\s(?:receive\s)?)(?:the\s|an?\s)?(?P<y>{_WORDS})
    (?=\s?[(,;.]|\s(?:{_QUALIFIER}|group|arm)\b|$)""", re.X)
# two regimens named by their drugs' initials that patients were allocated to: "randomized to receive ZB-R or ZHOP-R"
# (capitals joined by a hyphen, or four capitals and more: "ZOLFOX"; no trial's name, which a number or a word follows)
_REGIMEN = r"(?:[A-Z]{1,6}(?:-[A-Z]{1,6}){1,3}|[A-Z]{4,8})(?![\w-])"
ALLOCATED_REGIMENS = re.compile(rf"""\b{cues.ALLOCATING}\b[^;:()]{{0,60}}?\bto\s(?:receive\s)?(?:either\s)?
    (?P<x>{_REGIMEN})(?:\s?\([^()]{{0,40}}\))?,?\s(?:or|versus|vs\.?)\s(?P<y>{_REGIMEN})(?!\s(?:trial|study)\b)""", re.X)
# (and "120 carriers to receive X for 10 days and 118 others to receive matching placebos")
_PLACEBO = rf"(?:[\w-]{{1,20}}\s){{0,2}}{cues.PLACEBO_WORDS}s?\b"     # "identical-appearing placebos"
CONTROL_NAME = re.compile(rf"(?:no\s|{_PLACEBO}|{cues.CONTROL_ARM})", re.I | re.X)
GROUP_END = re.compile(r"\s(?:treatment\s)?(?:group|arm)s?$")
NOTHING = re.compile(r"none|nothing|no\s(?:treatment|therapy|intervention|further\s[a-z]{3,20})")
PLACEBO_LIKE = re.compile(_PLACEBO, re.I)
NOT_ALLOCATED = frozenset("""receive either one two three groups group arms arm treatment therapy each active study
    investigational experimental trial drug drugs medication intervention""".split())   # (what a named study drug is called)


def with_allocated_intervention(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """Mentions, with the treatment named in words that patients were allocated to against a control ("no X",
    placebo, sham, usual care), or against a variant of the same kind ("A mesh or B mesh"), as a therapy wherever the
    text names it, when the document names no drug but a control.

    >>> from kg.text.layout import content_lines
    >>> from kg.text.sentences import split_sentences
    >>> text = "T\\n\\nAdults were randomized to zeta hydrotherapy (n = 40) or usual care (n = 41)."
    >>> ss = split_sentences(text, content_lines(text))
    >>> [(m.text, m.source) for ms in with_allocated_intervention(ss, [[] for _ in ss]) for m in ms]
    [('zeta hydrotherapy', 'allocation')]
    """
    for k, s in enumerate(sentences):
        for hit in ALLOCATED.finditer(s.text) if "to " in s.text or "for " in s.text else ():
            pair = elliptic_pair(s.text, hit)
            names = allocated_names(*pair)
            if names:
                return named_as_allocated_all(sentences, mentions, k, hit, names, pair)
    for k, s in enumerate(sentences):
        hit = ALLOCATED_REGIMENS.search(s.text) if "to " in s.text else None
        if hit and hit.group("x") != hit.group("y"):       # ("randomized to receive ZB-R or ZHOP-R": two regimens)
            return named_as_allocated_all(sentences, mentions, k, hit, [hit.group("x"), hit.group("y")],
                                          (hit.group("x"), hit.group("y")))
    return mentions


def terms_as_therapies(mentions: list[list[Mention]], labels: set[str], source: str) -> list[list[Mention]]:
    """Mentions, each term of one of ``labels`` (a short form's long form) a therapy of that label found by ``source``.

    >>> at = Mention("ZT", 0, 2, "term", "zeta therapy", (), "abbreviation")
    >>> [(m.kind, m.label, m.source) for ms in terms_as_therapies([[at]], {"zeta therapy"}, "allocation") for m in ms]
    [('therapy', 'zeta therapy', 'allocation')]
    """
    return [[Mention(m.text, m.start, m.end, "therapy", m.label, (), source) if m.kind == "term" and m.label in labels
             else m for m in ms] for ms in mentions]


def named_as_allocated(sentences: list[Sentence], mentions: list[list[Mention]], name: str) -> list[list[Mention]]:
    """Mentions, with the allocated treatment ``name`` a therapy wherever the text names it, not where the text denies
    it (the control's "no zeta therapy"); a short form the document defines is the therapy its long form names
    ("Zeta Forte D5 (ZF5) ... randomized to ZF5 or placebo").

    >>> at = Mention("ZF5", 30, 33, "term", "Zeta Forte D5", (), "abbreviation")
    >>> [(m.kind, m.label) for ms in named_as_allocated([], [[at]], "ZF5") for m in ms]
    [('therapy', 'Zeta Forte D5')]
    """
    defined = {m.label for ms in mentions for m in ms if m.kind == "term" and m.source == "abbreviation" and m.text == name}
    if len(defined) == 1:
        return terms_as_therapies(mentions, defined, "allocation")
    return named_everywhere(sentences, mentions, rf"(?<![\w-])(?<!\bno\s){re.escape(name)}(?![\w-])", name, "allocation")


# the head two treatments share, written once after the second and its bracket: "to robotic (n = 27) or open
# (n = 29) | zeta repair", "to early or delayed | zeta repair"; the first then is a word that qualifies (an
# adjective's ending, or a word of timing, extent or approach)
SHARED_HEAD = re.compile(r"\s?\([^()]{0,40}\)\s(?P<head>[a-z][\w-]{2,30}(?:\s[a-z][\w-]{2,30}){0,2}?|[A-Z][A-Z0-9]{1,6})"
                         r"(?=\s?[,.;(]|\s(?:for|in|with|at|and|under|during|after|before)\b|$)")
# the words that set a treatment apart from its sham: "to real or sham zeta stimulation", "active or sham zeta
# stimulation"
GENUINE = frozenset({"real", "true", "active", "genuine", "verum"})
QUALIFYING = re.compile(cues.QUALIFYING_WORD)


def elliptic_pair(text: str, hit: re.Match) -> tuple[str, str]:
    """The two treatments of an allocation ``hit`` (:data:`ALLOCATED`), each given the head they share where the text
    writes it once (:data:`SHARED_HEAD`).

    >>> t = "Adults were randomized to robotic (n = 27) or open (n = 29) zeta repair."
    >>> elliptic_pair(t, ALLOCATED.search(t))
    ('robotic zeta repair', 'open zeta repair')
    >>> t = "Adults were randomized to ZRI-guided (n = 27) or CT-guided (n = 29) ZBRT."
    >>> elliptic_pair(t, ALLOCATED.search(t))
    ('ZRI-guided ZBRT', 'CT-guided ZBRT')
    >>> t = "Adults were randomized to early or delayed zeta repair."
    >>> elliptic_pair(t, ALLOCATED.search(t))
    ('early zeta repair', 'delayed zeta repair')
    >>> t = "Adults were randomized to non-zeta or zeta repair."
    >>> elliptic_pair(t, ALLOCATED.search(t))
    ('non-zeta repair', 'zeta repair')
    >>> t = "Adults were randomized to acupuncture or sham acupuncture."
    >>> elliptic_pair(t, ALLOCATED.search(t))
    ('acupuncture', 'sham acupuncture')
    >>> t = "Adults were randomized to real or sham zeta stimulation."
    >>> elliptic_pair(t, ALLOCATED.search(t))
    ('zeta stimulation', 'sham zeta stimulation')
    """
    x, y = hit.group("x"), hit.group("y")
    if " " not in x and x.lower() in GENUINE and CONTROL_NAME.match(y) and " " in y:
        return y.split(" ", 1)[1], y    # ("to real or sham X": X, against its sham)
    if " " in x or not QUALIFYING.fullmatch(x) or CONTROL_NAME.match(y):
        return x, y
    if " " not in y:
        after = SHARED_HEAD.match(text, hit.end("y"))
        return (f"{x} {after.group('head')}", f"{y} {after.group('head')}") if after and QUALIFYING.fullmatch(y) else (x, y)
    first, head = y.split(" ", 1)
    # (or what the other is without: "to non-zeta or zeta repair")
    return (f"{x} {head}", y) if QUALIFYING.fullmatch(first) or x.lower() == f"non-{first.lower()}" else (x, y)


def named_as_allocated_all(sentences: list[Sentence], mentions: list[list[Mention]], k: int, hit: re.Match,
                           names: list[str], pair: tuple[str, str]) -> list[list[Mention]]:
    """Mentions, with each allocated treatment of ``names`` (the allocation ``hit`` in sentence ``k`` read as
    ``pair``) a therapy wherever the text names it, and where the allocation writes only its first word (the head
    it shares with the other, written once)."""
    for name in names:
        mentions = named_as_allocated(sentences, mentions, name)
    s, found = sentences[k], []
    for group, name in zip(("x", "y"), pair):
        if name in names and hit.group(group) != name and not any(
                m.start <= s.start + hit.start(group) < m.end for m in mentions[k]):
            word = hit.group(group).split()[0]
            start = s.start + hit.start(group)
            found.append(Mention(word, start, start + len(word), "therapy", name, (), "allocation"))
    return mentions if not found else mentions[:k] + [resolve_overlaps(mentions[k] + found)] + mentions[k + 1:]


def allocated_names(x: str, y: str) -> list[str]:
    """The treatments of an allocation to ``x`` or ``y``: the one that is no control, or both when they are variants
    of one kind (the same last word); none when neither or both are controls.

    >>> allocated_names("zeta mesh", "beta mesh group"), allocated_names("no zeta therapy", "zeta therapy")
    (['zeta mesh', 'beta mesh'], ['zeta therapy'])
    >>> allocated_names("standard chemotherapy", "none")         # (a control's name, given against nothing)
    ['standard chemotherapy']
    """
    x, y = (GROUP_END.sub("", name) for name in (x, y))
    if not x or not y or {x.split()[0], y.split()[0]} & NOT_ALLOCATED:
        return []
    if NOTHING.fullmatch(y) and not PLACEBO_LIKE.match(x):
        return [x]                      # "to standard chemotherapy versus none": what the others did not get
    x_control, y_control = (bool(CONTROL_NAME.match(name)) for name in (x, y))
    if x_control != y_control:
        return [y if x_control else x]
    if not x_control and x.split()[-1] == y.split()[-1] and x != y:
        return [x, y]
    return []


# a biosimilar named by its reference drug and its own code: "biosimilar zetagrastim (XB1234)", "a zetagrastim
# biosimilar (XB1234)"; the reference drug's name before the bracket then names the biosimilar, whose name is the code
BIOSIMILAR_BEFORE = re.compile(r"\bbiosimilar\s$", re.I)
BIOSIMILAR_CODE = re.compile(r"(?:\sbiosimilar)?\s?\(\s?", re.I)
CODE = re.compile(r"[A-Z][A-Z0-9-]{0,8}\d[A-Z0-9]{0,3}")
BIOSIMILAR_NEAR = 12                   # characters before a drug's mention searched for "biosimilar "


def with_biosimilar_codes(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """Mentions, with "biosimilar X" named by the biosimilar's code wherever the text gives the code in brackets after
    it ("biosimilar zetagrastim (XB1234)"); the reference drug named alone stays itself.

    >>> from kg.text.layout import content_lines
    >>> from kg.text.sentences import split_sentences
    >>> text = "T\\n\\nBiosimilar zetagrastim (XB1234) and zetagrastim were compared. Biosimilar zetagrastim was safe."
    >>> ss = split_sentences(text, content_lines(text))
    >>> def at(word, n=0):
    ...     i = -1
    ...     for _ in range(n + 1):
    ...         i = text.index(word, i + 1)
    ...     return Mention(word, i, i + len(word), "drug", "Zetagrastim", (), "lexicon")
    >>> ms = [[], [at("zetagrastim"), Mention("XB1234", text.index("XB"), text.index("XB") + 6, "therapy", "XB1234", (),
    ...                                        "pattern"), at("zetagrastim", 1)], [at("zetagrastim", 2)]]
    >>> [m.label for ms in with_biosimilar_codes(ss, ms) for m in ms]
    ['XB1234', 'XB1234', 'Zetagrastim', 'XB1234']
    """
    codes: dict[str, str] = {}                  # the reference drug's label -> the biosimilar's code
    for s, ms in zip(sentences, mentions):
        for a, b in zip(ms, ms[1:]):
            if a.kind == "drug" and (b.source == "pattern" or CODE.fullmatch(b.text)) and biosimilar(s, a) and \
                    BIOSIMILAR_CODE.fullmatch(s.text, a.end - s.start, b.start - s.start):
                codes.setdefault(a.label, b.text)   # (a code the lexicon files under the reference drug is the biosimilar's)
    if not codes:
        return mentions
    named = set(codes.values())
    return [[Mention(m.text, m.start, m.end, "therapy", codes[m.label] if m.label in codes else m.text, (), "pattern")
             if (m.kind == "drug" and m.label in codes and biosimilar(s, m)) or m.text in named else m for m in ms]
            for s, ms in zip(sentences, mentions)]


def biosimilar(s: Sentence, m: Mention) -> bool:
    """Is the drug ``m`` named as a biosimilar ("biosimilar X", "an X biosimilar")?"""
    at = m.start - s.start
    return bool(BIOSIMILAR_BEFORE.search(s.text, max(0, at - BIOSIMILAR_NEAR), at)) or \
        s.text.startswith(" biosimilar", m.end - s.start)


def allocated_against_nothing(sentences: list[Sentence], mentions: list[list[Mention]]) -> str | None:
    """The treatment named in words that patients were allocated to against nothing ("randomly assigned to standard
    zeta therapy versus none"), where the allocation names no drug: the trial's intervention even where the document
    names drugs its patients took before or beside it; None when no allocation is so.

    >>> from kg.text.layout import content_lines
    >>> from kg.text.sentences import split_sentences
    >>> text = "T\\n\\nAdults on XY-123 were randomly assigned to standard zeta therapy versus none."
    >>> ss = split_sentences(text, content_lines(text))
    >>> allocated_against_nothing(ss, [[] for _ in ss])
    'standard zeta therapy'
    """
    for s, ms in zip(sentences, mentions):
        for hit in ALLOCATED.finditer(s.text) if "none" in s.text or "no " in s.text else ():
            if not NOTHING.fullmatch(GROUP_END.sub("", hit.group("y"))) or \
                    any(s.start + hit.start("x") <= m.start < s.start + hit.end("y") for m in ms if m.kind in ("drug", "therapy")):
                continue
            names = allocated_names(hit.group("x"), hit.group("y"))
            if names:
                return names[0]
    return None


def with_allocated_variants(sentences: list[Sentence], mentions: list[list[Mention]]
                            ) -> tuple[list[list[Mention]], list[str]]:
    """Mentions, with two variants of one treatment that patients were allocated to, named in words ("randomized to
    robotic or open zeta repair"), as therapies, where the allocation names no drug: the trial's treatments
    even where the document names drugs elsewhere (a measured substance, a drug given to all); and their names (the
    first is the trial's own), else none.

    >>> from kg.text.layout import content_lines
    >>> from kg.text.sentences import split_sentences
    >>> text = "T\\n\\nAdults were randomized to robotic (n = 27) or open (n = 29) zeta repair."
    >>> ss = split_sentences(text, content_lines(text))
    >>> found, names = with_allocated_variants(ss, [[] for _ in ss])
    >>> names[0], [(m.text, m.label) for m in found[1]]
    ('robotic zeta repair', [('robotic', 'robotic zeta repair'), ('open', 'open zeta repair')])
    """
    for k, (s, ms) in enumerate(zip(sentences, mentions)):
        for hit in ALLOCATED.finditer(s.text) if " or " in s.text or " vs" in s.text else ():
            if any(s.start + hit.start("x") <= m.start < s.start + hit.end("y") + 60 for m in ms
                   if m.kind in ("drug", "therapy")):
                continue
            pair = elliptic_pair(s.text, hit)
            names = allocated_names(*pair)
            if len(names) == 2 and pair != (hit.group("x"), hit.group("y")):
                return named_as_allocated_all(sentences, mentions, k, hit, names, pair), names
    return mentions, []


# two treatments a document defines short forms for, allocated one against the other: "randomized to CSZI (with
# XY-123) or MDZ (with XY-123 and AB-7)" after "continuous subcutaneous zeta infusion (CSZI)" and "multiple daily
# zeta (MDZ) injection"; a defined form names a treatment by its last word
ALLOCATED_SHORT = re.compile(rf"""\b{cues.ALLOCATING}\b[^;:]{{0,60}}?
    \bto\s(?:receive\s)?(?:either\s)?(?P<a>[A-Z][A-Za-z0-9-]{{1,8}})(?![\w-])[^.;]{{0,120}}?\bor\s(?:to\s)?(?:the\s|an?\s)?
    (?P<b>[A-Z][A-Za-z0-9-]{{1,8}})(?![\w-])""", re.X)
TREATMENT_HEAD = re.compile(r"\b(?:infusions?|injections?|therapy|stimulation|surgery|training|ablation|transplantation|"
                            r"counsell?ing|rehabilitation|psychotherapy|acupuncture|exercise|ventilation|dialysis|"
                            r"monitoring|education)$", re.I)


# what sets a short form against the drug right after it, where the words before name what is weighed: "the efficacy
# of ZBT | with | XY-123", "the effects of ZBT | versus | XY-123", "the safety of ZBT | compared with | XY-123"
COMPARED_JOIN = re.compile(r"\s(?:(?:with|to)|versus|vs\.?|compared\s(?:with|to)|or)\s(?:the\s|an?\s)?")
COMPARED_BEFORE = re.compile(r"\b(?:efficacy|effectiveness|effects?|safety|comparison)\s(?:and\s[a-z]{3,15}\s)?of\s$", re.I)


def with_compared_short_forms(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """Mentions, with a short form the document defines for a treatment in words ("zeta-based stress reduction
    (ZBSR)") a therapy wherever the text names it, where a sentence weighs it against a drug ("compare the efficacy of
    ZBSR with XY-123").

    >>> from kg.text.layout import content_lines
    >>> from kg.text.sentences import split_sentences
    >>> text = "T\\n\\nWe compared the efficacy of ZBSR with XY-123. ZBSR helped."
    >>> ss = split_sentences(text, content_lines(text))
    >>> at = lambda k: Mention("ZBSR", k, k + 4, "term", "zeta-based stress reduction", (), "abbreviation")
    >>> xy = Mention("XY-123", text.index("XY"), text.index("XY") + 6, "drug", "XY-123")
    >>> found = with_compared_short_forms(ss, [[], [at(text.index("ZBSR")), xy], [at(text.rindex("ZBSR"))]])
    >>> [(m.kind, m.label) for ms in found for m in ms if m.text == "ZBSR"]
    [('therapy', 'zeta-based stress reduction'), ('therapy', 'zeta-based stress reduction')]
    """
    labels = set()
    for s, ms in zip(sentences, mentions):
        drugs = [m for m in ms if m.kind in ("drug", "therapy")]
        for m in ms if drugs else ():
            if m.kind != "term" or m.source != "abbreviation" or not m.text[:1].isupper():
                continue
            at, end = m.start - s.start, m.end - s.start
            join = COMPARED_JOIN.match(s.text, end)
            if join and COMPARED_BEFORE.search(s.text, max(0, at - 40), at) \
                    and any(d.start - s.start == join.end() for d in drugs):
                labels.add(m.label)
    return terms_as_therapies(mentions, labels, "comparison") if len(labels) == 1 else mentions


def with_allocated_short_forms(sentences: list[Sentence], mentions: list[list[Mention]]
                               ) -> tuple[list[list[Mention]], str | None]:
    """Mentions, with the short forms of two treatments the document defines and allocates patients to, one against
    the other, as therapies named by their long forms; and the first one's name (the trial's intervention), else None.

    >>> from kg.text.layout import content_lines
    >>> from kg.text.sentences import split_sentences
    >>> text = "T\\n\\nAdults were randomized to CSZI (with XY-123) or MDZ (with AB-7)."
    >>> ss = split_sentences(text, content_lines(text))
    >>> at = lambda w, label: Mention(w, text.index(w), text.index(w) + len(w), "term", label, (), "abbreviation")
    >>> ms = [[], [at("CSZI", "continuous subcutaneous zeta infusion"), at("MDZ", "multiple daily zeta injection")]]
    >>> found, first = with_allocated_short_forms(ss, ms)
    >>> first, [(m.kind, m.label) for m in found[1]]
    ('continuous subcutaneous zeta infusion', [('therapy', 'continuous subcutaneous zeta infusion'), ('therapy', 'multiple daily zeta injection')])
    """
    defined = {m.text: m.label for ms in mentions for m in ms if m.kind == "term" and m.source == "abbreviation"}
    for s in sentences:
        for hit in ALLOCATED_SHORT.finditer(s.text) if "to " in s.text else ():
            a, b = defined.get(hit.group("a")), defined.get(hit.group("b"))
            if a and b and a != b and TREATMENT_HEAD.search(a) and TREATMENT_HEAD.search(b):
                return terms_as_therapies(mentions, {a, b}, "allocation"), a
    return mentions, None


# a long form that names a treatment by the drug it is given with: "zetamine-assisted therapy (ZAT)"
ASSISTED = re.compile(r"[\s-](?:assisted|facilitated|augmented)\s(?:psycho)?therapy$", re.I)
# a short form patients are allocated to: "randomized to | ZT (n = 40)", "assigned to receive either | ZT"
ALLOCATED_BEFORE = re.compile(rf"\b(?:{cues.ALLOCATING}|[Rr]andom\s(?:assignment|allocation)|[Rr]andomi[sz]ation)\s"
                              r"(?:\(?\d{1,2}:\d{1,2}\)?\s)?to\s(?:receive\s)?(?:either\s)?"
                              r"(?:the\s)?$")


def with_defined_short_forms(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """Mentions, with a short form the document defines for a treatment that treatment wherever the short form
    stands: its long form is a drug's or a therapy's mention in the document ("zetanorvat (ZN)"), or that drug and the
    therapy it assists ("zetamine-assisted therapy (ZAT)"), or a treatment's name (a therapy, stimulation, training
    ...) that the text allocates patients to by the short form ("randomized to ZBT (n = 40) or usual care").

    >>> from kg.text.sentences import Sentence
    >>> ss = [Sentence(0, 20, "It was zeta therapy.", 0), Sentence(21, 51, "Adults were randomized to ZBT.", 1)]
    >>> long = Mention("zeta therapy", 7, 19, "therapy", "zeta therapy", (), "pattern", "procedure")
    >>> short = Mention("ZT", 30, 32, "term", "zeta therapy", (), "abbreviation")
    >>> [(m.text, m.kind, m.label) for m in with_defined_short_forms(ss, [[long], [short]])[1]]
    [('ZT', 'therapy', 'zeta therapy')]
    >>> zbt = Mention("ZBT", 47, 50, "term", "zeta behavioural therapy", (), "abbreviation")
    >>> [(m.text, m.kind, m.label) for m in with_defined_short_forms(ss, [[], [zbt]])[1]]
    [('ZBT', 'therapy', 'zeta behavioural therapy')]
    """
    named = {m.text.lower(): m for ms in mentions for m in ms if m.kind in ("drug", "therapy")}
    allocated = {m.text: Mention(m.text, 0, 0, "therapy", m.label, (), "allocation")
                 for s, ms in zip(sentences, mentions) for m in ms
                 if m.kind == "term" and m.source == "abbreviation" and " " in m.label
                 and TREATMENT_HEAD.search(m.label)
                 and ALLOCATED_BEFORE.search(s.text, max(0, m.start - s.start - 50), m.start - s.start)}
    if not named and not allocated:
        return mentions

    def named_by(m: Mention) -> Mention | None:
        return named.get(m.label.lower()) or (named.get(ASSISTED.sub("", m.label).lower()) if ASSISTED.search(m.label)
                                              else None) or allocated.get(m.text)

    out, used = [], set()
    for ms in mentions:
        found = {id(m): x for m in ms if m.kind == "term" and m.source == "abbreviation" and (x := named_by(m))}
        used.update(x.label for x in found.values() if x.source == "allocation")
        out.append([Mention(m.text, m.start, m.end, found[id(m)].kind, found[id(m)].label, found[id(m)].ids,
                            "abbreviation", found[id(m)].attrs) if id(m) in found else m for m in ms] if found else ms)
    for label in used:                                          # (and its long form, where the text writes it)
        out = named_everywhere(sentences, out, rf"(?<![\w-]){re.escape(label)}(?![\w-])", label, "abbreviation")
    return out
