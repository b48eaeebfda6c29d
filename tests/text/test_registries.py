"""The registry pattern's look-ahead (the characters an id can start with) leaves its matches as they were."""

import random
import re

import pytest

from kg.text.registries import AFTER, BEFORE, any_registry, first_characters, registry_bodies, registry_ids

PIECES = ["NCT01234567", "NCT0123456", "ISRCTN12345678", "2019-001234-56", "jRCT2031210123", "jRCTs031", "ChiCTR-IOR-17013456",
          "ChiCTR2000029308", "CTRI/2020/05/025123", "ACTRN12620000123", "DRKS00012345", "UMIN000012345", "x", "-", "/", " ",
          ", ", "(", "a", "7", "_", "é", "Ｎ", "٣"]


def test_every_registry_body_says_where_its_ids_start():
    assert all(first_characters(body) for _, body in registry_bodies())
    assert any_registry()[0].pattern.startswith("(?=[")


def test_the_look_ahead_changes_no_match():
    pattern, names = any_registry()
    groups = "|".join(f"(?P<{name}>{body})" for name, (_, body) in zip(names, registry_bodies()))
    plain = re.compile(f"{BEFORE}(?:{groups}){AFTER}")
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 8)))
        found = [(r.prefix, (r.start, r.end)) for r in registry_ids(text)]
        assert found == [(names[m.lastgroup], m.span()) for m in plain.finditer(text)], text


def test_an_id_written_with_a_space_is_the_registry_id():
    found = registry_ids("registered as ISRCTN 12345678 (and NCT 01234567), not UMIN 12 nor DRKS-9")
    assert [(r.prefix, r.id, r.start, r.end) for r in found] == [
        ("isrctn", "ISRCTN12345678", 14, 29), ("clinicaltrials", "NCT01234567", 35, 47)]


@pytest.mark.parametrize("written, prefix", [
    ("NTR2718", "ntr"), ("KCT0004521", "cris"), ("TCTR20190412003", "tctr"), ("PACTR201806003423417", "pactr"),
    ("IRCT20170411033301N2", "irct"), ("RBR-7nwq4d", "rebec"), ("SLCTR/2019/021", "slctr"),
])
def test_the_other_who_primary_registries_and_the_netherlands_register_are_read(written, prefix):
    assert [(r.prefix, r.id) for r in registry_ids(f"Registration: {written}.")] == [(prefix, written)]


def test_a_gene_named_like_a_register_is_no_id():
    assert registry_ids("NTR1 and NTR2 bind neurotensin.") == []


@pytest.mark.parametrize("written, found", [
    ("Registered at http://www.clinicaltrials.gov/ct2/show/NCT01234567 .", ["NCT01234567"]),
    ("See https://www.isrctn.com/ISRCTN12345678?q=zeta for the protocol.", ["ISRCTN12345678"]),
    ("Registration: CTRI/2020/05/025123.", ["CTRI/2020/05/025123"]),        # no id inside a longer one
    ("Registration: 2020/2019-001234-56/x.", []),                            # digits after a slash: part of a path
    ("Registered (NCT01234567/NCT07654321).", ["NCT01234567", "NCT07654321"]),  # two ids joined by a slash
])
def test_an_id_ending_a_web_address_is_read(written, found):
    assert [r.id for r in registry_ids(written)] == found
