"""Arm sizes read as the totals a result sentence counts its arms out of, on sentences written for the tests."""

from kg.text.out_of_sizes import out_of_sizes


def spans(text, *labels):
    return [(text.index(label), text.index(label) + len(label), label) for label in labels]


def test_counts_out_of_totals_before_each_arm_give_each_its_size():
    text = "Zeta flares occurred in 1,204 of 2,511 adults in the XY-123 group and 1,330 of 2,509 in the placebo group."
    assert out_of_sizes(text, spans(text, "XY-123", "placebo")) == {"XY-123": 2511, "placebo": 2509}


def test_counts_out_of_totals_in_a_bracket_after_each_arm_give_each_its_size():
    text = "More failed in the AB-77 arm (9 of 61, 15%) than in the XY-123 arm (3 of 60, 5%)."
    assert out_of_sizes(text, spans(text, "AB-77", "XY-123")) == {"AB-77": 61, "XY-123": 60}


def test_no_size_from_one_arm_alone_from_a_share_after_a_slash_or_from_totals_that_disagree():
    text = "Zeta flares occurred in 31 of 402 patients in the XY-123 group."
    assert out_of_sizes(text, spans(text, "XY-123")) == {}
    text = "Zeta flares occurred in 31/402 patients in the XY-123 group and 45/398 in the placebo group."
    assert out_of_sizes(text, spans(text, "XY-123", "placebo")) == {}
    text = "Flares: 31 of 402 given XY-123, 45 of 398 given placebo and 12 of 380 given XY-123 again."
    found = out_of_sizes(text, [(text.index("XY-123"), text.index("XY-123") + 6, "XY-123"),
                                (text.index("placebo"), text.index("placebo") + 7, "placebo"),
                                (text.rindex("XY-123"), text.rindex("XY-123") + 6, "XY-123")])
    assert found == {}
