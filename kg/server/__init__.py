"""``kg serve``: Oxigraph's read-only SPARQL server over a snapshot of a store, and kg's web app beside it."""
