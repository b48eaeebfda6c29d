"""Extractor plugins: read a Document, yield Mentions and Facts; never touch RDF."""

from kg.extractors.base import Extractor, load_extractors

__all__ = ["Extractor", "load_extractors"]
