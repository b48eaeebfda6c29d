"""kg's web app: pages and a small JSON API that read the graph only through ``queries/*.rq`` over SPARQL."""
