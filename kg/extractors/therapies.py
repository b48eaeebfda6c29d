"""Therapies: aliases, modality, cell types and sources, targets, indications (developers: organizations.py),
development status, and drugs taken alongside a trial (concomitant).

Only therapies with a role are emitted: the main therapy, trial interventions,
drugs with an approval, target, alias or indication, and concomitant drugs.

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nXY-123, an antisense oligonucleotide developed by Acme Bio, is tested in people with "
...                      "amyotrophic lateral sclerosis in a trial (NCT01234567).", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in TherapyExtractor().extract(doc))
[('investigatedFor', 'amyotrophic lateral sclerosis'), ('modality', 'antisense oligonucleotide'), ('name', 'XY-123')]
"""

from __future__ import annotations

import re

from kg.extractors.engine import RuleExtractor
from kg.extractors.context import entity_of
from kg.extractors.therapy_names import CLASS, main_mention, therapy_index
from kg.extractors.therapy_rules import RULES
from kg.extractors.trial_design import US, studied_conditions, us_country
from kg.extractors.util import (HEDGE, NUM, ORG_NAME, WORD_MAX, clean_org, document_name, fact, number, org_entity,
                                part_search)
from kg.model import Entity
from kg.text import prefilter as rx
from kg.text.arm_parts import Name
from kg.text.cues import (APPROVAL_PROCESS_AFTER, APPROVAL_SOUGHT_BEFORE, CONCOMITANT_BEFORE, FEW_WORDS, NEXT_IN_LIST,
                          REGULATOR_ANAPHOR_BEFORE, STATUS_DEVELOPMENT, STATUS_PATIENT_STOP, THE_THERAPY, TRIAL_DOSING_STOPPED)
from kg.text.dates import find_dates
from kg.text.given_counts import joined_counts

GENERIC_CELLS = {"stem cell", "cell", "native cell", "neuron", "motor neuron"}
# a cell type's name used for a molecule's or a disease's ("B-cell | maturation antigen", "T-cell | receptor", "B-cell |
# lymphoma"): no cell the therapy is made of
CELL_AS_MODIFIER = re.compile(r"[\s-](?:maturation\s)?(?:antigens?|receptors?|engagers?|lymphomas?|leuka?emias?|"
                              r"malignanc(?:y|ies)|neoplasms?)\b", re.I)
SOURCE_CUE = rx.compile(r"\b(?:derived from|made from|manufactures? from|manufactured from|isolated from|grown from|"
                        r"generated from|obtained from|sourced from|from)\s+$", re.I)
_WORD = rf"[A-Z][A-Za-z0-9&.-]{{0,{WORD_MAX}}}"
# (the blanks before and after the comma are taken whole: re would otherwise try every split of a long run)
BEFORE = 400           # the characters before a therapy's name in which POSSESSIVE and CONCOMITANT are looked for
APPROVAL = rx.compile(r"\bapproval\b")
FOR_WITH = rx.compile(r"\bfor (?:\w+ ){0,3}with\s+$")
APPROVED_FOR = rx.compile(r"\bapproved\s+(?:[^.]{0,40}?\s)?(?:for|to treat)\s+$", re.I)
INVESTIGATED = rx.compile(r"\b(?:being tested|tested|being studied|studied|investigated|in development|being developed|"
                          r"investigational (?:treatment|therapy|drug)|candidate)\s+(?:in|for|as a treatment for)\s+(?:\w+\s+){0,2}$", re.I)
STATUS = [("discontinued", rx.compile(r"\b(?:discontinu\w*|halt(?:ed|ing)?|stop(?:s|ped|ping)? (?:the )?develop(?:ment|ing)|"
                                      r"terminat\w* (?:the )?development|(?:cease[sd]?|ceasing) (?:all )?(?:further )?development|"
                                      r"abandon\w*|shelved?)\b", re.I)),
          ("approved", rx.compile(r"\b(?:approval|approved|cleared|authori[sz]ation|authori[sz]ed)\b", re.I)),
          ("withdrawn", rx.compile(r"\b(?:withdrawn\s+from\s+(?:the\s+)?market|withdr[ae]w\s+(?:\w+\s+){0,3}(?:from\s+the\s+market|application|marketing))", re.I)), ("on hold", rx.compile(r"\b(?:clinical|partial) hold\b", re.I)),
          ("rejected", rx.compile(r"\b(?:rejected|complete response letter|refused)\b", re.I))]
# a test for the literals of the status words, all at once (most sentences have none)
STATUS_WORDS = rx.Prefiltered(re.compile("|".join(f"(?:{p.pattern})" for _, p in STATUS), re.I),
                              (frozenset(word for _, p in STATUS for word in p.literals[0]),))
NEGATED = rx.compile(r"\b(?:not|no|never|yet to)\b[^.]{0,25}$", re.I)
# a status said as a condition or a possibility, just before its word: "a launch in 2032 | if | approved", "could be |"
STATUS_CONDITION = rx.compile(r"\b(?:if|once|unless|could|can|potential(?:ly)?|possible|possibly|expected\sto|expects?\sto|"
                              r"anticipated?)\s(?:[\w-]{1,20}\s){0,3}$", re.I)
# a hold ended, said anywhere in the document: "lifted the partial clinical hold", "the FDA's removal of the hold", "the
# clinical hold has been lifted" (a drug the document says was on hold before is not on hold)
HOLD_LIFTED = rx.compile(r"""\b(?:lift(?:ed|s|ing)?|remov(?:ed|es|ing|al\sof)|resolv(?:ed|es|ing)|release[sd]?)\s(?:[\w'’-]{1,20}\s){0,4}hold\b
    |\bhold\b[^.;]{0,40}?\b(?:was|were|has\sbeen|had\sbeen|is|been)\s(?:lifted|removed|resolved|released)\b""", re.I | re.X)
PATHWAYS = [("accelerated", r"accelerated approval"), ("full", r"\b(?:full|traditional|regular)(?: \((?:full|traditional|regular)\))? approval\b(?! rather)"), ("conditional", r"conditional (?:approval|marketing)"),
            ("emergency", r"emergency (?:use|(?:regulatory )?approval)"), ("orphan designation", r"orphan (?:drug )?designation")]
CONCOMITANT = rx.compile(rf"(?<![\w-]){NUM}\s+(?:\(\d{{1,3}}(?:\.\d{{1,2}})?\s?%\)\s+)?(?:of them\s+|patients\s+|participants\s+)?(?:were|was)\s+(?:also\s+)?(?:receiving|taking|on|treated with)\s+(?:treatment with\s+)?$", re.I)
ALLOWED_ON = rx.compile(r"\b(?:allowed to (?:stay|remain|continue) on|continued (?:taking|on)|background (?:therapy|treatment) (?:with|of)|stable doses? of|on top of|in addition to)\s+", re.I)

# (compiled once: re.search with a pattern string looks it up in re's cache on every call)
PATHWAY_PATTERNS = [(name, re.compile(pattern, re.I)) for name, pattern in PATHWAYS]
FROM_BEFORE = re.compile(r"\bfrom\s+(?:\w+\s+){0,3}$")
HYPHEN_WORD = re.compile(r"-\w")
# a brand or code name with the short capitalised word that is part of it ("AB-12 XR")
FULL_NAME = re.compile(r"[A-Z][\w-]+(?:\s+[A-Z]{2,5}\b)?")


# the country an approval holds in, right after the word: "approved | (for use) (only) in (the) Japan"
APPROVED_IN = re.compile(r"\s(?:for\s+use\s+)?(?:only\s+)?in\s+(?:the\s+)?(?=[A-Z])")


def approved_in(ctx, i: int, text: str, end: int):
    """The country mention an approval word ending at ``end`` says it holds in ("approved in Japan"), or None."""
    m = APPROVED_IN.match(text, end)
    if m is None:
        return None
    at = ctx.sentences[i].start + m.end()
    found = next((c for c in ctx.of_kind(i, "country") if c.start == at), None)
    return us_country() if found is None and US.match(text, m.end()) else found


class TherapyExtractor(RuleExtractor):
    name = "therapies"
    version = "2.0"
    rules = RULES

    def more_facts(self, ctx):
        roles: dict[str, list] = {}
        seen = set()
        index, main = therapy_index(ctx), main_mention(ctx)      # asked of every sentence: read once here
        found = [fct for i, text in enumerate(ctx.masked) for fct in self.sentence_facts(ctx, i, text, index, main)]
        dated = {(n.scope, n.label) for f in found for n in (f.subject, f.object)
                 if isinstance(n, Entity) and n.kind == "DevelopmentStatus" and not n.local.endswith("|")}
        for fct in found:
            if any(isinstance(n, Entity) and n.kind == "DevelopmentStatus" and n.local.endswith("|")
                   and (n.scope, n.label) in dated for n in (fct.subject, fct.object)):
                continue                        # "the approval" named without a date is the dated one told elsewhere
            if fct.subject.kind == "Therapy":
                roles.setdefault(fct.subject.label, []).append(fct)
            elif (fct.subject.key, fct.predicate, fct.object_text) not in seen:
                seen.add((fct.subject.key, fct.predicate, fct.object_text))
                yield fct
        main = main_mention(ctx)
        if main is not None and ctx.trials:
            roles.setdefault(main.label, []).extend(self.indication_of_main(ctx, main))
        index = therapy_index(ctx)
        for key, t in index.named.items():
            therapy = t.entity
            yield fact(therapy, "name", document_name(ctx, t.first),
                       ctx.evidence(t.sentence, t.first.start, t.first.end, self, 0.9))
            if t.modality:
                yield fact(therapy, "modality", t.modality, ctx.evidence(t.modality_sentence, extractor=self, confidence=0.7))
            if t.first.kind != CLASS:
                roles.setdefault(t.first.label, [])
        for key, m in index.other_names:                # "ZENVIA® (acmetinib)": the marked or coded name is an alias
            if key in index.named:
                yield fact(index.named[key].entity, "alias", m.text,
                           ctx.evidence(ctx.sentence_at(m.start), m.start, m.end, self, 0.8))
        named_as = self.other_names(ctx)
        by_label = {t.first.label: t.first for t in index.named.values()}     # drugs named by their stem only
        for label, facts in roles.items():
            mention = ctx.therapies.get(label) or by_label.get(label)
            if mention is None or entity_of(mention, "Therapy").key not in index.named:
                continue
            therapy = entity_of(mention, "Therapy")
            for f in facts + list(self.aliases(ctx, therapy, named_as.get(label, ()))):
                key = (f.subject.key, f.predicate, f.object.key if isinstance(f.object, Entity) else f.object_text)
                if key not in seen:
                    seen.add(key)
                    yield f

    def indication_of_main(self, ctx, main):
        """The main therapy of a trial report is investigated for its trials' conditions, chosen as the trials' are
        (:func:`~kg.extractors.trial_design.studied_conditions`)."""
        therapy = therapy_index(ctx).entity(main)
        studied, top = studied_conditions(ctx)
        for i, m in [x for k in sorted(studied) for x in studied[k]] or top:
            yield fact(therapy, "investigatedFor", entity_of(m, "Disease"), ctx.evidence(i, m.start, m.end, self, 0.6))

    def sentence_of(self, ctx, mention):
        return ctx.sentence_at(mention.start)

    def sentence_facts(self, ctx, i, text, index=None, main=None):
        """The facts a sentence tells of its therapies (``index``, ``main``: the document's :func:`therapy_index` and
        :func:`main_mention`, when known)."""
        if index is None:
            index, main = therapy_index(ctx), main_mention(ctx)
        therapies = index.drugs[i]
        subject = therapies[0] if therapies else main
        if subject is None:
            return
        status = STATUS_WORDS.possible(text)
        cells = ctx.of_kind(i, "cell")
        # a disease is read only with an investigation's words in an unhedged sentence (see investigated)
        diseases = ctx.of_kind(i, "disease") and not ctx.hedged[i] and INVESTIGATED.possible(text)
        taken = index.mentions[i] and ctx.trials
        if not (status or cells or diseases or taken):
            return                              # most sentences: no cell, disease, status word nor drug of a trial
        made = []

        def ev():                               # the sentence's evidence, made when a reader first states a fact
            if not made:                        # (most sentences let in state none)
                made.append(ctx.evidence(i, extractor=self, confidence=0.7))
            return made[0]
        if cells:
            yield from self.cells(ctx, i, text, therapies, subject, ev)
        if diseases:
            yield from self.investigated(ctx, i, text, therapies, subject, ev)
        if status:
            yield from self.status(ctx, i, text, therapies, subject, ev)
        if taken:
            yield from self.concomitant(ctx, i, text, index.mentions[i], ev)

    def investigated(self, ctx, i, text, therapies, subject, ev):
        """The diseases a therapy is said to be tested for ("being tested in people with ..."); ``ev``, as for the
        other readers of :meth:`sentence_facts`: makes the sentence's evidence."""
        diseases = ctx.of_kind(i, "disease")
        hedged = ctx.hedged[i]
        if not diseases or hedged or not INVESTIGATED.possible(text):
            return                              # nothing is read without its words, nor in a hedged sentence
        s = ctx.sentences[i]
        approval = APPROVAL.search(text) is not None
        for d in diseases:
            before = text[max(0, d.start - s.start - 60):d.start - s.start]
            owner = self.owner(ctx, i, d.start - s.start, therapies) or subject
            if part_search(APPROVED_FOR, before, text) or (approval and part_search(FOR_WITH, before, text)):
                continue                        # an approval's indication: therapy_rules.APPROVED_FOR_RULE
            elif part_search(INVESTIGATED, before, text) and not hedged:
                yield fact(entity_of(owner, "Therapy"), "investigatedFor", entity_of(d, "Disease"), ev())

    def owner(self, ctx, i, pos, therapies):
        """The therapy named nearest before a position (else the first after it); ``therapies``: the sentence's."""
        if not therapies:
            return None
        before = [m for m in therapies if m.start <= ctx.sentences[i].start + pos]
        return before[-1] if before else therapies[0]

    def cells(self, ctx, i, text, therapies, subject, ev):
        """Each therapy's cell types and sources in the sentence, each pair once (a long sentence names many); said of
        the sentence's therapies, else of ``subject`` where the sentence speaks of "the therapy"."""
        cells = ctx.of_kind(i, "cell")
        if not cells:
            return
        s = ctx.sentences[i]
        found = []
        for c in cells:
            before = text[max(0, c.start - s.start - 40):c.start - s.start]
            if part_search(SOURCE_CUE, before, text) or FROM_BEFORE.search(before):
                found.append(("cellSource", entity_of(c, "CellType")))
            elif c.label not in GENERIC_CELLS and not CELL_AS_MODIFIER.match(text, c.end - s.start):
                found.append(("cellType", entity_of(c, "CellType")))
        if not found:
            return
        found = list(dict.fromkeys(found))
        about = therapies or ([subject] if THE_THERAPY.search(text) else [])
        named = therapy_index(ctx).named
        cellular = [t for t in about                    # cells named beside an antibody or a gene therapy are its targets
                    if named.get(entity_of(t, "Therapy").key) is None or named[entity_of(t, "Therapy").key].modality
                    in (None, "cell therapy")]
        for therapy in dict.fromkeys(entity_of(t, "Therapy") for t in cellular):
            for predicate, cell in found:
                yield fact(therapy, predicate, cell, ev())

    def status(self, ctx, i, text, therapies, subject, ev):
        for status, pattern in STATUS:
            m = pattern.search(text)
            if not m or NEGATED.search(text[:m.start()]) or part_search(HEDGE, text[:m.start()], text) \
                    or STATUS_CONDITION.search(text, max(0, m.start() - 40), m.start()):
                continue                        # (nor "a launch in 2032 if approved", "could be approved")
            if status == "on hold" and ctx.cached(("hold lifted",), lambda: any(HOLD_LIFTED.search(x) for x in ctx.masked)):
                continue                        # "the FDA lifted the partial clinical hold": no longer on hold
            if status == "discontinued" and (STATUS_PATIENT_STOP.search(text, max(0, m.start() - 60), m.start())
                                             or not STATUS_DEVELOPMENT.search(text) or TRIAL_DOSING_STOPPED.match(text, m.end())):
                continue                        # patients, an infusion or a trial's dosing stopping, not a developer
            if status == "approved" and (APPROVAL_SOUGHT_BEFORE.search(text, max(0, m.start() - 60), m.start())
                                         or APPROVAL_PROCESS_AFTER.match(text, m.end())):
                continue                        # "its application for full approval": asked for, not granted; "under
                #                                 the accelerated approval pathway": a way to approval, not one
            dates = find_dates(text)
            regulators = ctx.of_kind(i, "regulator") or self.regulator_before(ctx, i, text, m.start())
            place = approved_in(ctx, i, text, m.end()) if status == "approved" and not regulators else None
            if status == "approved" and not (regulators or dates or place):
                continue
            owner = self.owner(ctx, i, m.start(), therapies) or subject
            # (the date nearest the status word: "acquired it in 2004, but stopped its development in 2011")
            dates.sort(key=lambda d: min(abs(d.start - m.end()), abs(d.end - m.start())))
            local = f"{status}|{dates[0].iso if dates else ''}"
            evidence = ev()
            node = Entity("DevelopmentStatus", status, scope=entity_of(owner, "Therapy").key, local=local)
            therapy = entity_of(owner, "Therapy")
            yield fact(therapy, "hasStatus", node, evidence)
            yield fact(node, "statusValue", status, evidence)
            if dates:
                yield fact(node, "statusDate", dates[0].iso, evidence)
            if regulators:
                r = regulators[0]
                yield fact(node, "statusBy", Entity("RegulatoryAgency", r.label, ids=r.ids), evidence)
                region = re.search(r"region=([^,]+)", r.attrs)
                if region and status == "approved":
                    yield fact(node, "region", Entity("Country", region.group(1)), evidence)
            else:
                org = self.actor(ctx, text)
                if org and not any(t.text == org for t in ctx.of_kind(i, "drug", "therapy")):
                    yield fact(node, "statusBy", org_entity(org, ctx), evidence)     # (a company, not the drug)
                if place is not None:           # "is approved in Japan": the country, whichever its regulator
                    yield fact(node, "region", Entity("Country", place.label, ids=place.ids), evidence)
            for name, pat in PATHWAY_PATTERNS:
                if pat.search(text):
                    yield fact(node, "pathway", name, evidence)
            return

    def regulator_before(self, ctx, i, text, pos):
        """The regulator of the three sentences before, when the sentence names it again as "it" right before its
        status word ("On May 1 it approved XY-123") or as "the agency"."""
        if not REGULATOR_ANAPHOR_BEFORE.search(text, 0, pos):
            return []
        for k in (i - 1, i - 2, i - 3):
            found = ctx.of_kind(k, "regulator") if k >= 0 else []
            if found:
                return found[-1:]
        return []

    def actor(self, ctx, text):
        """The company that acts in a sentence: a capitalised name before the verb."""
        m = re.search(rf"(?:^|,\s+){ORG_NAME}\s+(?:had|has|have|will|would|decided|announced|said|is|was)\b", text)
        if m is None or re.match(r"(?:Officials|Scientists|Researchers|Analysts|Doctors|Experts|Investigators|Regulators"
                                 r"|Mr|Mrs|Ms|Dr|Prof|Professor|Sir)\b", m.group("org")):       # people, not companies
            return None
        return clean_org(m.group("org"))

    def concomitant(self, ctx, i, text, therapies, ev):
        s = ctx.sentences[i]
        trial = ctx.trial(i)
        if trial is None or not therapies:
            return
        main = main_mention(ctx)
        others = [t for t in therapies if t.label != ctx.main_therapy and (main is None or t.label != main.label)]
        if others and " were " in text:      # ("212 were treated with A, and 209 were treated with B": arms, not a drug
            #                                    beside the treatment)
            arms = joined_counts(text, tuple(Name(t.start - s.start, t.end - s.start, t.label) for t in therapies))
            others = [t for t in others if not any(t.label in a.interventions for a in arms)]
        if not others:
            return
        allowed_on = ALLOWED_ON.search(text)   # the first phrase: a therapy named after it is allowed on
        allowed_from = allowed_on.start() + len(allowed_on.group().rstrip()) + 1 if allowed_on else len(text) + 1
        beside = None                           # where "were taking" and the like end: found when first needed
        listed = -1                             # where the last concomitant drug ends: the next in its list is one too
        for t in others:
            end = max(0, t.start - s.start)
            m = CONCOMITANT.search(text, max(0, end - BEFORE), end)
            if not m and end < allowed_from and not (listed >= 0 and NEXT_IN_LIST.fullmatch(text, listed, end)):
                if beside is None:
                    beside = [c.end() for c in CONCOMITANT_BEFORE.finditer(text)]
                if not any(0 <= end - c and FEW_WORDS.fullmatch(text, c, end) for c in beside):
                    continue
            listed = t.end - s.start
            therapy = therapy_index(ctx).entity(t)
            node = Entity("ConcomitantMedication", t.label, scope=trial.key)
            evidence = ev()
            yield fact(trial.entity(), "hasConcomitantMedication", node, evidence)
            yield fact(node, "drug", therapy, evidence)
            if m and number(m.group("num")) is not None:
                yield fact(node, "participants", int(number(m.group("num"))), evidence)
            yield fact(therapy, "role", "concomitant", evidence)

    def other_names(self, ctx):
        """The mentions that name a drug by a brand or code name the lexicon knows, by the drug's label."""
        found = {}
        for i, ms in enumerate(ctx.mentions):
            for m in ms:
                if m.kind == "drug" and ("brand" in m.attrs or "code" in m.attrs) and m.text.lower() != m.label.lower():
                    found.setdefault(m.label, []).append((i, m))
        return found

    def aliases(self, ctx, therapy, named_as):
        """Other names of a therapy that the lexicon knows as its brand or code names (``named_as``: their mentions)."""
        for i, m in named_as:
            s = ctx.sentences[i]
            if HYPHEN_WORD.match(s.text, m.end - s.start):
                continue                        # "Study AB-12-301": a protocol number, not another name
            full = FULL_NAME.match(s.text, m.start - s.start)
            yield fact(therapy, "alias", full.group() if full else m.text, ctx.evidence(i, m.start, m.end, self, 0.8))
