"""kg.text.respective: values given in the order of the measures named before them (invented sentences)."""

from __future__ import annotations

import pytest

from kg.text.respective import respective_values


@pytest.mark.parametrize("text, expected", [
    ("The zeta response rate and the zeta control rate were 41% and 77%, respectively.", [(["41.0", "77.0"], None)]),
    ("Median ZFS, ZOS and the zeta response rate were 12.3 months, 6.4 months, and 31.0%, respectively, for patients in "
     "the XY arm, in comparison with 14.0 months (P = .91), 6.8 months (P = .90), and 33.2% (P = .45), respectively, for "
     "patients in the AB arm.", [(["12.3", "6.4", "31.0"], "XY"), (["14.0", "6.8", "33.2"], "AB")]),
    # a timepoint's number is no value; one value is no run; numbers not all joined are none
    ("Zeta clearance was 45% at week 12 and 80% at week 24, respectively.", []),
    ("The rate was 45%, respectively.", []),
    ("Rates were 45% in June, 30% in May and 80%, respectively.", []),
    # p-values given in order are no values
    ("Zeta and beta levels were both tied to response (P = 0.031, 0.0042 and 0.017, respectively).", []),
    ("Both were tied to response (p values of 0.031 and 0.0042, respectively).", []),
])
def test_values_closed_by_respectively(text, expected):
    assert [([str(v) for v in r.values], r.arm) for r in respective_values(text)] == expected
