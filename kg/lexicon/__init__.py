"""The shipped lexicon: names of diseases, drugs, cells, genes and more, with public ids."""

from kg.lexicon.lexicon import Entry, Lexicon, load_lexicon, norm_tokens

__all__ = ["Entry", "Lexicon", "load_lexicon", "norm_tokens"]
