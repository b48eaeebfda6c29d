"""Entity mentions: every lexicon, abbreviation and pattern match with offsets, type and ids.

They are not facts (nothing is asserted about them); ``kg.pipeline.extract``
collects them for tools that want the mention layer.

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nPatients with multiple sclerosis took part.", source="t.txt")
>>> [(m.text, m.kind, m.ids[:1]) for m in MentionExtractor().extract(doc)]
[('multiple sclerosis', 'disease', ('DOID:2377',))]
"""

from __future__ import annotations

from kg.extractors.base import BaseExtractor


class MentionExtractor(BaseExtractor):
    name = "mentions"
    version = "1.0"

    def facts(self, ctx):
        for i, mentions in enumerate(ctx.mentions):
            unread = ctx.unread[i] if i < len(ctx.unread) else ()
            for m in sorted([*mentions, *unread], key=lambda m: m.start) if unread else mentions:
                yield from ctx.parts.get((m.start, m.end), (m,))   # (a joined product, or a drug and its salt: its parts)
