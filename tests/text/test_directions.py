"""Directions said in words (kg.text.directions), on invented sentences."""

import pytest

from kg.text.directions import measure_directions


def spans(text, *names):
    return [(text.index(n), text.index(n) + len(n)) for n in names]


@pytest.mark.parametrize("text, names, expected", [
    ("XY-123 reduced zeta lesions and increased zeta titres.", ("zeta lesions", "zeta titres"), ["decreased", "increased"]),
    ("Zeta titres were significantly increased with XY-123.", ("Zeta titres",), ["increased"]),
    ("XY-123 brought reductions in zeta voids, zeta urgency and zeta leaks.", ("zeta voids", "zeta urgency", "zeta leaks"),
     ["decreased"] * 3),
    ("XY-123 reduced zeta lesions by 40%.", ("zeta lesions",), []),             # a number: a change, read elsewhere
    ("XY-123 did not reduce zeta lesions.", ("zeta lesions",), []),             # denied
    ("XY-123 improved zeta lesions.", ("zeta lesions",), []),                   # either way
])
def test_directions(text, names, expected):
    assert [d for *_, d in measure_directions(text, spans(text, *names))] == expected
