"""The extractor protocol and its entry-point registry (group ``kg.extractors``).

A plugin is any class with ``name``, ``version`` and ``extract(document)``
yielding :class:`~kg.model.Mention` and :class:`~kg.model.Fact` records,
registered in its distribution's ``pyproject.toml``::

    [project.entry-points."kg.extractors"]
    my_extractor = "my_package.module:MyExtractor"

>>> sorted(load_extractors())[:2]
['biomarkers', 'dosing']
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points
from typing import Iterator, Protocol, Union, runtime_checkable

from kg.errors import ExtractorError
from kg.model import Document, Fact, Mention

GROUP = "kg.extractors"


@runtime_checkable
class Extractor(Protocol):
    name: str
    version: str

    def extract(self, document: Document) -> Iterator[Union[Mention, Fact]]: ...


@lru_cache(maxsize=None)
def load_extractors(names: tuple[str, ...] = ()) -> dict[str, Extractor]:
    """Instantiate the registered extractors (all, or those named), keyed by name."""
    found = {ep.name: ep for ep in entry_points(group=GROUP)}
    if not found:
        raise ExtractorError(f"no extractors registered under the entry-point group {GROUP!r}; "
                             "install the package (pip install -e .) so its entry points exist")
    unknown = [n for n in names if n not in found]
    if unknown:
        raise ExtractorError(f"unknown extractor(s) {', '.join(unknown)}; known: {', '.join(sorted(found))}")
    out = {}
    for name in names or sorted(found):
        try:
            instance = found[name].load()()
        except Exception as err:  # a broken plugin names itself
            raise ExtractorError(f"extractor {name!r} ({found[name].value}) failed to load: {err}") from err
        if not isinstance(instance, Extractor):
            raise ExtractorError(f"extractor {name!r} lacks name, version or extract()")
        out[name] = instance
    return out


class BaseExtractor:
    """Convenience base: subclasses implement ``facts(context)``."""

    name = "base"
    version = "0"

    def extract(self, document: Document) -> Iterator[Union[Mention, Fact]]:
        from kg.extractors.context import build_context

        yield from self.facts(build_context(document))

    def facts(self, ctx) -> Iterator[Fact]:  # pragma: no cover - abstract
        raise NotImplementedError

    @staticmethod
    def trial_sentences(ctx, keep_hedged: bool = False):
        """(index, text with quotations blanked, trial entity) for every sentence, when the document has trials.

        Hedged sentences ("a larger study should follow") are left out unless ``keep_hedged``.
        """
        if not ctx.trials:
            return
        for i, text in enumerate(ctx.masked):
            if keep_hedged or not ctx.hedged[i]:
                yield i, text, ctx.trial_entity(i)
