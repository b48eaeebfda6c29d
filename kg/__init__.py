"""kg: therapies and clinical trials from text into one provenance-rich RDF graph.

Data flows one way: documents -> extractors -> grounding -> RDF -> store ->
queries, views and export.
"""

__version__ = "0.2.0"
