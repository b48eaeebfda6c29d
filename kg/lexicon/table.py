"""Entries by name, in a form that loads without building an object per entry.

The lexicon has some 380k names. A dict of them, with a tuple per entry, took
most of a second to unmarshal at every start-up, while a document looks up a
few dozen names. A :class:`Table` keeps the names as one sorted list (found by
bisection) and every name's entries marshalled in one byte string, decoded
only when the name is looked up.

>>> table = Table.build({"tumor necrosis factor": [("TNF", "gene", "TNF", ("NCBIGENE:7124",), "")]})
>>> table.get("tumor necrosis factor")
[('TNF', 'gene', 'TNF', ('NCBIGENE:7124',), '')]
>>> table.get("tumor"), len(table)
([], 1)
"""

from __future__ import annotations

import marshal
import sys
from array import array
from bisect import bisect_left
from itertools import accumulate
from typing import Iterator

OFFSET = "Q"            # an array of 8-byte unsigned offsets, stored little-endian


class Table:
    """Name keys (tokens joined by spaces) -> lists of entry tuples."""

    __slots__ = ("keys", "starts", "blob")

    def __init__(self, keys: list[str], starts: array, blob: bytes):
        self.keys, self.starts, self.blob = keys, starts, blob     # entries of keys[k]: blob[starts[k]:starts[k + 1]]

    @classmethod
    def build(cls, groups: dict[str, list[tuple]]) -> "Table":
        """The table of ``groups`` (a key with an empty token can never be looked up, so is left out)."""
        keys = sorted(key for key in groups if key and "  " not in key and key[0] != " " and key[-1] != " ")
        parts = [marshal.dumps(groups[key]) for key in keys]
        return cls(keys, array(OFFSET, accumulate(map(len, parts), initial=0)), b"".join(parts))

    def get(self, key: str) -> list[tuple]:
        """The entries of ``key`` (a new list), or an empty list."""
        keys = self.keys
        at = bisect_left(keys, key)
        if at == len(keys) or keys[at] != key:
            return []
        return marshal.loads(self.blob[self.starts[at]:self.starts[at + 1]])

    def values(self) -> Iterator[list[tuple]]:
        """Every key's entries, in key order."""
        blob, starts = self.blob, self.starts
        return (marshal.loads(blob[starts[k]:starts[k + 1]]) for k in range(len(self.keys)))

    def __len__(self) -> int:
        return len(self.keys)

    def payload(self) -> tuple[list[str], bytes, bytes]:
        """What :meth:`from_payload` takes back (plain objects that marshal stores)."""
        return self.keys, _little_endian(self.starts).tobytes(), self.blob

    @classmethod
    def from_payload(cls, payload: tuple) -> "Table":
        """The table :meth:`payload` described; ValueError when the parts do not fit together."""
        keys, starts_bytes, blob = payload
        if not (isinstance(keys, list) and isinstance(starts_bytes, bytes) and isinstance(blob, bytes)):
            raise ValueError("not a lexicon table")
        starts = array(OFFSET)
        starts.frombytes(starts_bytes)
        starts = _little_endian(starts)
        if len(starts) != len(keys) + 1 or starts[0] != 0 or starts[-1] != len(blob):
            raise ValueError("lexicon table offsets do not match its names")
        return cls(keys, starts, blob)

    def __eq__(self, other) -> bool:
        return isinstance(other, Table) and self.payload() == other.payload()

    __hash__ = None


def _little_endian(offsets: array) -> array:
    """``offsets`` with the byte order swapped on a big-endian machine (the cache file is the same everywhere)."""
    if sys.byteorder == "little":
        return offsets
    swapped = array(offsets.typecode, offsets)
    swapped.byteswap()
    return swapped
