"""RDF: the ontology namespace, IRI minting, and facts-to-quads conversion with provenance."""
