"""The check the record tests share: a document reported as one error line that names what it should."""

import re

TRACEBACK_WORDS = re.compile(r"AttributeError|TypeError|KeyError|ValueError|RecursionError|IndexError|Traceback")


def assert_one_line_error(doc, *parts: str):
    assert doc.status == "error" and doc.level == "ERROR", doc
    assert "\n" not in doc.error and len(doc.error) < 600, doc.error
    assert not TRACEBACK_WORDS.search(doc.error), doc.error
    for part in parts:
        assert part in doc.error, (part, doc.error)
