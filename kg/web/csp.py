"""The site's Content-Security-Policy: scripts and styles from this site only.

vis-network (vendored, served from ``/vendor``) adds its own CSS as ``<style>``
elements when it loads; a policy of ``style-src 'self'`` alone would block them.
Rather than allow any inline style, the policy lists the SHA-256 of each of
those fixed style sheets, read from the vendored file (and of the empty sheet
it adds first), so only vis-network's own styles apply.

>>> policy = content_security_policy()
>>> "script-src 'self';" in policy and "'unsafe-inline'" not in policy
True
>>> len(vendor_style_hashes()) >= 7
True
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import lru_cache

from kg.resources import data_path

STYLE_CALL = re.compile(r"""\w+\((?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\)""")
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "'": "'", '"': '"', "\\": "\\", "/": "/"}


def js_string(body: str) -> str:
    """A JavaScript string literal's value (the escapes a minifier writes).

    >>> js_string(r"a\\"b\\u0041\\n")
    'a"bA\\n'
    """
    out, i = [], 0
    while i < len(body):
        if body[i] != "\\":
            out.append(body[i])
            i += 1
        elif body[i + 1] == "u":
            out.append(chr(int(body[i + 2:i + 6], 16)))
            i += 6
        elif body[i + 1] == "x":
            out.append(chr(int(body[i + 2:i + 4], 16)))
            i += 4
        else:
            out.append(ESCAPES.get(body[i + 1], body[i + 1]))
            i += 2
    return "".join(out)


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


@lru_cache(maxsize=1)
def vendor_style_hashes() -> tuple[str, ...]:
    """CSP hashes of the style sheets vis-network inserts: string literals passed to its insert function that
    read as CSS (a selector, then a ``{`` block), and the empty sheet it appends before filling it."""
    script = data_path("vendor", "vis-network.min.js").read_text(encoding="utf-8")
    sheets = {js_string(m.group(1) if m.group(1) is not None else m.group(2)) for m in STYLE_CALL.finditer(script)}
    css = sorted(s for s in sheets if re.match(r"\s*[.\w#\[][^{}]*\{[^{}]*:[^{}]*\}", s))
    return tuple(sha256(s) for s in [""] + css)


def content_security_policy() -> str:
    styles = " ".join(("'self'",) + vendor_style_hashes())
    return ("default-src 'self'; script-src 'self'; style-src " + styles + "; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
