"""Entries by name, in a form that loads without building an object per name or entry.

The lexicon has some 380k names. A dict of them, with a tuple per entry, took
most of a second to unmarshal at every start-up, while a document looks up a
few dozen names. A :class:`Table` is a hash table laid out in byte strings:
the names (UTF-8) grouped by a stable hash (CRC-32) of each, and every name's
entries marshalled, decoded only when the name is looked up. Loading it is
copying a few byte strings.

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
from itertools import accumulate
from typing import Iterator
from zlib import crc32

WIDE = "Q"              # offsets of 8 bytes, when 4 would not hold them
NARROW = next((code for code in "IL" if array(code).itemsize == 4), WIDE)


class Table:
    """Name keys (tokens joined by spaces) -> lists of entry tuples.

    Name k (in bucket order) is ``names[name_starts[k]:name_starts[k + 1]]``
    and its entries ``blob[starts[k]:starts[k + 1]]``; the names of bucket b
    are those from ``buckets[b]`` to ``buckets[b + 1]``.
    """

    __slots__ = ("mask", "buckets", "names", "name_starts", "blob", "starts")

    def __init__(self, buckets: array, names: bytes, name_starts: array, blob: bytes, starts: array):
        self.mask = len(buckets) - 2           # buckets: a power of two of them, and an end
        self.buckets, self.names, self.name_starts, self.blob, self.starts = buckets, names, name_starts, blob, starts

    @classmethod
    def build(cls, groups: dict[str, list[tuple]]) -> "Table":
        """The table of ``groups`` (a key with an empty token can never be looked up, so is left out)."""
        keys = [key.encode() for key in groups if key and "  " not in key and key[0] != " " and key[-1] != " "]
        size = 1 << max(1, len(keys) - 1).bit_length()             # about one name per bucket
        keys.sort(key=lambda key: (crc32(key) & size - 1, key))
        counts = [0] * size
        for key in keys:
            counts[crc32(key) & size - 1] += 1
        parts = [marshal.dumps(groups[key.decode()]) for key in keys]
        return cls(_offsets(accumulate(counts, initial=0)), b"".join(keys), _offsets(accumulate(map(len, keys), initial=0)),
                   b"".join(parts), _offsets(accumulate(map(len, parts), initial=0)))

    def get(self, key: str) -> list[tuple]:
        """The entries of ``key`` (a new list), or an empty list."""
        wanted = key.encode()
        bucket = crc32(wanted) & self.mask
        names, name_starts = self.names, self.name_starts
        for k in range(self.buckets[bucket], self.buckets[bucket + 1]):
            if names[name_starts[k]:name_starts[k + 1]] == wanted:
                return marshal.loads(self.blob[self.starts[k]:self.starts[k + 1]])
        return []

    def keys(self) -> Iterator[str]:
        """Every key, in the table's order."""
        names, name_starts = self.names, self.name_starts
        return (names[name_starts[k]:name_starts[k + 1]].decode() for k in range(len(self)))

    def values(self) -> Iterator[list[tuple]]:
        """Every key's entries, in the table's order."""
        blob, starts = self.blob, self.starts
        return (marshal.loads(blob[starts[k]:starts[k + 1]]) for k in range(len(self)))

    def __len__(self) -> int:
        return len(self.starts) - 1

    def payload(self) -> tuple:
        """What :meth:`from_payload` takes back (plain objects that marshal stores)."""
        arrays = (self.buckets, self.name_starts, self.starts)
        return (tuple(a.typecode for a in arrays), *(_little_endian(a).tobytes() for a in arrays), self.names, self.blob)

    @classmethod
    def from_payload(cls, payload: tuple) -> "Table":
        """The table :meth:`payload` described; ValueError when the parts do not fit together."""
        try:
            codes, buckets, name_starts, starts, names, blob = payload
            buckets, name_starts, starts = (_little_endian(_array(code, data))
                                            for code, data in zip(codes, (buckets, name_starts, starts)))
        except (TypeError, ValueError) as err:
            raise ValueError("not a lexicon table") from err
        size = len(buckets) - 1
        if not (isinstance(names, bytes) and isinstance(blob, bytes) and size >= 1 and size & size - 1 == 0
                and len(name_starts) == len(starts) == buckets[-1] + 1 and name_starts[-1] == len(names)
                and starts[-1] == len(blob)):
            raise ValueError("lexicon table parts do not fit together")
        return cls(buckets, names, name_starts, blob, starts)

    def __eq__(self, other) -> bool:
        return isinstance(other, Table) and self.payload() == other.payload()

    __hash__ = None


def _offsets(values) -> array:
    values = list(values)
    return array(NARROW if values[-1] < 1 << 32 else WIDE, values)


def _array(code: str, data: bytes) -> array:
    if code not in (NARROW, WIDE) or not isinstance(data, bytes):
        raise ValueError("not a table's offsets")
    out = array(code)
    out.frombytes(data)
    return out


def _little_endian(offsets: array) -> array:
    """``offsets`` with the byte order swapped on a big-endian machine (the cache file is the same everywhere)."""
    if sys.byteorder == "little":
        return offsets
    swapped = array(offsets.typecode, offsets)
    swapped.byteswap()
    return swapped
