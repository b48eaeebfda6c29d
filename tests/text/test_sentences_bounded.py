"""A text without sentence ends is cut into sentence-sized pieces, so no evidence literal holds a whole document."""

from kg.text.sentences import MAX_SENTENCE, split_sentences


def test_a_text_without_sentence_ends_is_cut_at_spaces():
    text = " ".join(f"word{i} and 12 mg" for i in range(3000))          # 50k characters, no full stop
    sentences = split_sentences(text, [(0, len(text))])
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert all(not s.text.startswith(" ") and not s.text.endswith(" ") for s in sentences)
    assert " ".join(s.text for s in sentences) == text


def test_a_run_without_spaces_is_cut_at_the_limit():
    text = "x" * (3 * MAX_SENTENCE + 7)
    sentences = split_sentences(text, [(0, len(text))])
    assert [len(s.text) for s in sentences] == [MAX_SENTENCE] * 3 + [7]


def test_ordinary_sentences_are_untouched():
    text = "The trial enrolled 40 adults. It met its primary endpoint."
    assert [s.text for s in split_sentences(text, [(0, len(text))])] == [
        "The trial enrolled 40 adults.", "It met its primary endpoint."]
