#!/usr/bin/env python3
# Copied from the shared evaluation kit (../shared/eval/score.py) so the tests never read ../shared.
"""Score trial-facts JSON against hand-made gold files.

    score.py GOLD_DIR PRED_DIR [--verbose] [--json] [--min-f1 F]

GOLD_DIR holds NAME.gold.json, PRED_DIR holds NAME.json (the shape is in
FACTS.md). Each document is flattened into facts (subject, field, key, value);
a system fact is a true positive when it matches a required gold fact, is
ignored when it matches an optional one, and is a false positive otherwise.
Standard library only, so it runs anywhere.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "ε": "epsilon"}
ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}

# Field kinds: how a value is compared.
ENTITY, TEXT, NUMBER, BOOL, DURATION, PHASE, DATE = "entity text number bool duration phase date".split()

THERAPY_FIELDS = {
    "modality": TEXT, "cell_types": ENTITY, "cell_sources": ENTITY, "developers": ENTITY,
    "targets": ENTITY, "approved_for": ENTITY, "investigated_for": ENTITY,
}
STATUS_FIELDS = {"date": DATE, "by": ENTITY, "region": ENTITY, "pathway": TEXT}
TRIAL_FIELDS = {
    "ids": TEXT, "name": TEXT, "title": TEXT, "phase": PHASE, "design": TEXT, "conditions": ENTITY,
    "interventions": ENTITY, "comparators": ENTITY, "sponsors": ENTITY, "sites": ENTITY,
    "countries": ENTITY, "status": TEXT, "enrollment": NUMBER, "route": TEXT, "doses": NUMBER,
    "dose_interval": DURATION, "duration": DURATION, "follow_up": DURATION,
}
PARTICIPANT_FIELDS = {"male": NUMBER, "female": NUMBER, "age_min": NUMBER, "age_max": NUMBER,
                      "age_mean": NUMBER, "age_median": NUMBER,
                      "eligible_age_min": NUMBER, "eligible_age_max": NUMBER}
DOSE_FIELDS = {"amount": NUMBER, "unit": TEXT}
AE_FIELDS = {"total": NUMBER, "serious": NUMBER, "serious_related": NUMBER}
PUBLICATION_FIELDS = {"title": TEXT, "journal": ENTITY, "conference": ENTITY, "date": DATE,
                      "doi": TEXT, "pmid": TEXT}
# Nested lists of trial items: (list field, key fields, {subfield: kind}).
TRIAL_ITEMS = [
    ("outcomes", ("measure", "arm"), {
        "role": TEXT, "baseline": NUMBER, "value": NUMBER, "timepoint": DURATION, "change": NUMBER,
        "direction": TEXT, "significant": BOOL, "p_value": NUMBER,
        "effect_measure": TEXT, "effect": NUMBER, "ci_low": NUMBER, "ci_high": NUMBER}),
    ("biomarkers", ("name",), {"direction": TEXT, "specimen": TEXT}),
    ("concomitant_drugs", ("drug",), {"participants": NUMBER}),
    ("arms", ("label",), {"interventions": ENTITY, "n": NUMBER}),
]


def norm(text) -> str:
    text = unicodedata.normalize("NFKC", str(text)).lower()
    for letter, name in GREEK.items():
        text = text.replace(letter, name)
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def label_of(ref) -> str:
    return ref.get("label", "") if isinstance(ref, dict) else str(ref)


def ids_of(ref) -> set[str]:
    return {i.upper() for i in ref.get("ids", [])} if isinstance(ref, dict) else set()


@dataclass(frozen=True)
class Fact:
    subject: str          # aligned entity key, e.g. "trial:3"
    field: str            # e.g. "trial.outcomes.baseline"
    key: tuple | None     # the nested item's identifying entities (measure, arm), or None
    value: object
    kind: str


class Lexicon:
    """The gold file's names: canonical label -> synonyms and ids."""

    def __init__(self, entries: dict):
        self.names: dict[str, set[str]] = {}
        self.ids: dict[str, set[str]] = {}
        for canon, entry in entries.items():
            self.names[canon] = {norm(canon)} | {norm(s) for s in entry.get("synonyms", [])}
            self.ids[canon] = {i.upper() for i in entry.get("ids", [])}

    def forms(self, canon) -> set[str]:
        label = label_of(canon)
        return self.names.get(label, {norm(label)}) | {norm(label)}

    def matches(self, gold, system) -> bool:
        if gold is None or system is None:
            return gold is None and system is None
        gold_label = label_of(gold)
        if norm(label_of(system)) in self.forms(gold_label):
            return True
        return bool(ids_of(system) & (self.ids.get(gold_label, set()) | ids_of(gold)))

    def grounded(self, gold, system) -> bool | None:
        """True/False when the gold entity has ids, None when it has none."""
        gold_ids = self.ids.get(label_of(gold), set()) | ids_of(gold)
        if not gold_ids:
            return None
        return bool(ids_of(system) & gold_ids)


def value_matches(kind: str, gold, system, lex: Lexicon) -> bool:
    if kind == ENTITY:
        return lex.matches(gold, system)
    if kind == NUMBER:
        try:
            g, s = float(gold), float(system)
        except (TypeError, ValueError):
            return False
        return math.isclose(g, s, rel_tol=1e-6, abs_tol=1e-9)
    if kind == BOOL:
        return isinstance(system, bool) and gold == system
    if kind == DURATION:
        return duration_months_days(gold) == duration_months_days(system)
    if kind == PHASE:
        return phase(gold) == phase(system)
    if kind == DATE:
        return str(gold) == str(system)
    return norm(system) in lex.forms(gold)


def duration_months_days(text) -> tuple | None:
    num = r"(\d+(?:\.\d+)?)"
    m = re.fullmatch(rf"P(?:{num}Y)?(?:{num}M)?(?:{num}W)?(?:{num}D)?(?:T(?:{num}H)?(?:{num}M)?)?",
                     str(text).strip().upper())
    if not m or not any(m.groups()):
        return None
    y, mo, w, d, h, mi = (float(g) if g else 0.0 for g in m.groups())
    return (y * 12 + mo, round(w * 7 + d + h / 24 + mi / 1440, 6))


def phase(text) -> str:
    """'Phase I/IIa' -> '1/2a', 'phase 3b' -> '3b', 'II' -> '2'."""
    parts = []
    for part in re.split(r"\s*/\s*", str(text).lower().replace("phase", "").strip()):
        part = re.sub(r"[\s-]+", "", part)
        m = re.fullmatch(r"(iv|i{1,3})([ab]?)", part)
        parts.append(ROMAN[m.group(1)] + m.group(2) if m else part)
    return "/".join(parts)


class Flattener:
    """Turns one document (gold or system) into facts, given the entity alignment."""

    def __init__(self):
        self.facts: list[Fact] = []

    def add(self, subject, field, kind, value, key=None):
        if value is None or value == [] or value == {}:
            return
        self.facts.append(Fact(subject, field, key, value, kind))

    def therapy(self, subject: str, t: dict):
        self.add(subject, "therapy", BOOL, True)
        for alias in t.get("aliases", []) or []:
            self.add(subject, "therapy.aliases", TEXT, alias)
        for field, kind in THERAPY_FIELDS.items():
            for v in listify(t.get(field)):
                self.add(subject, f"therapy.{field}", kind, v)
        for st in t.get("status", []) or []:
            self.add(subject, "therapy.status", TEXT, st.get("status"))
            for field, kind in STATUS_FIELDS.items():
                self.add(subject, f"therapy.status.{field}", kind, st.get(field), key=(st.get("status"),))

    def organization(self, subject: str, o: dict):
        self.add(subject, "organization", BOOL, True)
        self.add(subject, "organization.parent", ENTITY, o.get("parent"))

    def trial(self, subject: str, t: dict):
        self.add(subject, "trial", BOOL, True)
        for field, kind in TRIAL_FIELDS.items():
            for v in listify(t.get(field)):
                self.add(subject, f"trial.{field}", kind, v)
        for group, fields in (("participants", PARTICIPANT_FIELDS), ("dose", DOSE_FIELDS)):
            for field, kind in fields.items():
                self.add(subject, f"trial.{group}.{field}", kind, (t.get(group) or {}).get(field))
        ae = t.get("adverse_events") or {}
        for field, kind in AE_FIELDS.items():
            self.add(subject, f"trial.adverse_events.{field}", kind, ae.get(field))
        for ev in ae.get("events", []) or []:
            self.add(subject, "trial.adverse_events.events", ENTITY, ev.get("term"))
            self.add(subject, "trial.adverse_events.events.count", NUMBER, ev.get("count"), key=(ev.get("term"),))
        for group, key_fields, fields in TRIAL_ITEMS:
            for item in t.get(group, []) or []:
                key = tuple(item.get(k) for k in key_fields)
                self.add(subject, f"trial.{group}", ENTITY, key[0])
                for field, kind in fields.items():
                    for v in listify(item.get(field)):
                        self.add(subject, f"trial.{group}.{field}", kind, v, key=key)
        for pub in t.get("publications", []) or []:
            for field, kind in PUBLICATION_FIELDS.items():
                self.add(subject, f"trial.publications.{field}", kind, pub.get(field))


def listify(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def trial_ids(t: dict) -> set[str]:
    return {re.sub(r"[\s-]", "", str(i)).upper() for i in t.get("ids", []) or []}


def merge_optional(required: list[dict], optional: list[dict], same) -> list[list[dict]]:
    """Group gold entries that describe one entity: each anchor is [required entry, optional entries...]."""
    anchors = [[r] for r in required]
    for o in optional:
        home = next((a for a in anchors if any(same(x, o) for x in a)), None)
        if home is None:
            anchors.append([o])
        else:
            home.append(o)
    return anchors


def align(anchors: list[list[dict]], system: list[dict], score) -> dict[int, int]:
    """One-to-one, best pairs first: system index -> anchor index."""
    pairs = sorted(((score(a, s), si, ai) for ai, a in enumerate(anchors) for si, s in enumerate(system)),
                   key=lambda x: -x[0])
    used_s, used_a, out = set(), set(), {}
    for sc, si, ai in pairs:
        if sc <= 0 or si in used_s or ai in used_a:
            continue
        used_s.add(si)
        used_a.add(ai)
        out[si] = ai
    return out


def score_document(gold: dict, pred: dict):
    lex = Lexicon(gold.get("lexicon", {}))
    optional = gold.get("optional", {}) or {}
    names = lambda e: [n for n in [e.get("name")] + list(e.get("aliases", []) or []) if n]

    def same_named(a, b):
        return any(lex.matches(x, y) or lex.matches(y, x) for x in names(a) for y in names(b))

    def same_gold_trial(a, b):
        if a.get("key") and b.get("key"):
            return a["key"] == b["key"]
        return bool(trial_ids(a) & trial_ids(b))

    def named_score(anchor, s):
        return 1 if any(same_named(g, s) for g in anchor) else 0

    def trial_score(anchor, s):
        gids = set().union(*(trial_ids(g) for g in anchor))
        sids = trial_ids(s)
        if gids and sids:
            return 100 + len(gids & sids) if gids & sids else 0
        gname = [g.get("name") for g in anchor if g.get("name")]
        name_hit = s.get("name") and any(lex.matches(n, s["name"]) for n in gname)
        inter = sum(1 for g in anchor for a in g.get("interventions", []) or []
                    for b in s.get("interventions", []) or [] if lex.matches(a, b))
        if not name_hit and not inter:
            return 0
        same_phase = any(g.get("phase") and s.get("phase") and phase(g["phase"]) == phase(s["phase"]) for g in anchor)
        return 10 * bool(name_hit) + 3 * inter + 2 * same_phase

    gold_facts, opt_facts, sys_facts = Flattener(), Flattener(), Flattener()
    for kind, same, score, flatten in (("therapies", same_named, named_score, "therapy"),
                                       ("organizations", same_named, named_score, "organization"),
                                       ("trials", same_gold_trial, trial_score, "trial")):
        required = list(gold.get(kind, []) or [])
        anchors = merge_optional(required, list(optional.get(kind, []) or []), same)
        for ai, group in enumerate(anchors):
            for j, entry in enumerate(group):
                target = gold_facts if (j == 0 and ai < len(required)) else opt_facts
                getattr(target, flatten)(f"{flatten}:{ai}", entry)
        system = list(pred.get(kind, []) or [])
        pairs = align(anchors, system, score)
        for si, s in enumerate(system):
            subject = f"{flatten}:{pairs[si]}" if si in pairs else f"{flatten}:unaligned:{si}"
            getattr(sys_facts, flatten)(subject, s)

    # An alias that is a known synonym of its therapy is neither rewarded nor punished.
    therapy_names = [n for t in list(gold.get("therapies", []) or []) + list(optional.get("therapies", []) or [])
                     for n in names(t)]
    gold_aliases = {(f.subject, norm(f.value)) for f in gold_facts.facts + opt_facts.facts if f.field == "therapy.aliases"}
    sys_facts.facts = [f for f in sys_facts.facts if not (
        f.field == "therapy.aliases" and "unaligned" not in f.subject
        and (f.subject, norm(f.value)) not in gold_aliases
        and any(norm(f.value) in lex.forms(n) for n in therapy_names))]

    def key_matches(g, s) -> bool:
        if g is None or s is None:
            return g is None and s is None
        return len(g) == len(s) and all(lex.matches(a, b) for a, b in zip(g, s))

    def fact_matches(g: Fact, s: Fact) -> bool:
        return (g.subject == s.subject and g.field == s.field and key_matches(g.key, s.key)
                and value_matches(g.kind, g.value, s.value, lex))

    remaining = list(gold_facts.facts)
    tp, fp, grounding = [], [], []
    for s in sys_facts.facts:
        hit = next((g for g in remaining if fact_matches(g, s)), None)
        if hit:
            remaining.remove(hit)
            tp.append(s)
            if s.kind == ENTITY:
                grounded = lex.grounded(hit.value, s.value)
                if grounded is not None:
                    grounding.append(grounded)
        elif not any(fact_matches(o, s) for o in opt_facts.facts):
            fp.append(s)
    return tp, fp, remaining, grounding


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def describe(f: Fact) -> str:
    key = " ".join(label_of(k) for k in f.key if k is not None) + " " if f.key else ""
    return f"{f.subject} {f.field} {key}= {f.value!r}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--verbose", action="store_true", help="print every missed and spurious fact")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--min-f1", type=float, default=None, help="exit 1 when micro F1 is below this")
    args = ap.parse_args(argv)

    per_field = defaultdict(lambda: [0, 0, 0])
    per_doc = {}
    grounding_all: list[bool] = []
    docs = sorted(args.gold_dir.glob("*.gold.json"))
    if not docs:
        print(f"no *.gold.json in {args.gold_dir}", file=sys.stderr)
        return 2
    for gold_path in docs:
        name = gold_path.name[: -len(".gold.json")]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred_path = args.pred_dir / f"{name}.json"
        pred = json.loads(pred_path.read_text(encoding="utf-8")) if pred_path.exists() else {}
        tp, fp, fn, grounding = score_document(gold, pred)
        grounding_all += grounding
        per_doc[name] = prf(len(tp), len(fp), len(fn))[2]
        for bucket, facts in ((0, tp), (1, fp), (2, fn)):
            for f in facts:
                per_field[f.field][bucket] += 1
        if args.verbose:
            print(f"== {name}: {len(tp)} right, {len(fp)} spurious, {len(fn)} missed")
            for f in fn:
                print(f"  missed   {describe(f)}")
            for f in fp:
                print(f"  spurious {describe(f)}")

    total = [sum(v[i] for v in per_field.values()) for i in range(3)]
    p, r, f1 = prf(*total)
    ground = sum(grounding_all) / len(grounding_all) if grounding_all else 0.0
    if args.json:
        print(json.dumps({
            "documents": len(docs), "precision": p, "recall": r, "f1": f1,
            "grounding": ground, "grounding_n": len(grounding_all), "per_document_f1": per_doc,
            "fields": {k: dict(zip(("tp", "fp", "fn"), v)) for k, v in sorted(per_field.items())},
        }, indent=2))
    else:
        print(f"{'field':42} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
        for field, (a, b, c) in sorted(per_field.items()):
            fp_, fr_, ff_ = prf(a, b, c)
            print(f"{field:42} {a:4} {b:4} {c:4} {fp_:6.2f} {fr_:6.2f} {ff_:6.2f}")
        print("per document F1: " + ", ".join(f"{k} {v:.2f}" for k, v in per_doc.items()))
        print(f"grounding: {sum(grounding_all)}/{len(grounding_all)} matched entities carry a right id")
        print(f"micro: P={p:.3f} R={r:.3f} F1={f1:.3f} over {len(docs)} documents")
    if args.min_f1 is not None and f1 < args.min_f1:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
