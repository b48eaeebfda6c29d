"""The interactive HTML view works offline: headless Chromium draws nodes (non-blank screenshot)."""

import json
import re
import shutil
import subprocess

import pytest
from rdflib.namespace import PROV, RDF

from kg.views import build_view
from kg.views.html import write_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def page(built_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "landscape.html"
    write_html(build_view(built_store, "landscape"), built_store, path)
    return path


def test_page_is_self_contained_with_evidence(page):
    text = page.read_text(encoding="utf-8")
    assert "<script src=" not in text and "http://" not in text.split("<script>")[0]
    data = json.loads(re.search(r"const data = (\{.*?\});\n", text, re.S).group(1).replace("<\\/", "</"))
    assert len(data["nodes"]) > 5 and data["edges"]
    assert any(info["evidence"] for info in data["info"].values())


def sentences_about(store, node: str) -> list[tuple[str, str]]:
    """(document path, sentence) of every statement with ``node`` as subject or object, read from the quads."""
    import pyoxigraph as ox

    from kg.rdf.namespace import KG

    def one(s, p):
        return next(store.ox.quads_for_pattern(s, ox.NamedNode(str(p)), None, None)).object

    statements = [q.subject for p in (RDF.subject, RDF.object)
                  for q in store.ox.quads_for_pattern(None, ox.NamedNode(str(p)), ox.NamedNode(node), None)]
    out = set()
    for st in statements:
        for q in store.ox.quads_for_pattern(st, ox.NamedNode(str(PROV.wasDerivedFrom)), None, None):
            out.add((one(one(q.object, KG.document), KG.sourcePath).value, one(q.object, KG.sentenceText).value))
    return sorted(out)


def test_node_evidence_is_each_nodes_first_sentences_by_document_then_sentence(built_store):
    from kg.views.html import MAX_SENTENCES, node_evidence

    nodes = list(build_view(built_store, "full").nodes)
    evidence = node_evidence(built_store, nodes)
    assert evidence and set(evidence) == {n for n in nodes if sentences_about(built_store, n)}
    assert any(len(sentences) == MAX_SENTENCES for sentences in evidence.values())
    for node, sentences in evidence.items():
        assert [(e["document"], e["sentence"]) for e in sentences] == sentences_about(built_store, node)[:MAX_SENTENCES]


def test_chromium_draws_nodes(page, tmp_path):
    assert CHROMIUM, "Debian chromium is not installed (apt-get install chromium; .ci/run installs it)"
    import matplotlib.image

    shot = tmp_path / "shot.png"
    subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,800",
                    "--virtual-time-budget=5000", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    pixels = matplotlib.image.imread(shot)[:, :850, :3]           # the graph canvas, left of the panel
    coloured = ((pixels.max(axis=2) - pixels.min(axis=2)) > 0.2).mean()
    assert coloured > 0.002, f"the canvas looks blank ({coloured:.4%} coloured pixels)"
