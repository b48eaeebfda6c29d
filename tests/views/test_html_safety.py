"""The HTML view stays whole and inert whatever an evidence sentence says (XSS probes, opened in headless Chromium).

An evidence sentence holding ``<!--<script>`` blanked the page: the JSON inlined in the script element was not
escaped for it. Here the view of a document full of probes is opened in Chromium, a click on every node with
evidence is simulated, and the DOM after the scripts ran is read back: the graph drew, the probes are text in the
panel, and no probe ran.
"""

import json
import re
import subprocess

import pytest
from test_interactive_html import CHROMIUM, FLAGS

from kg.pipeline import build
from kg.store import KGStore
from kg.views import build_view
from kg.views.html import script_json, write_html

PROBES = ["<!--<script>", "</script><script>alert(1)</script>", '"><img src=x onerror=alert(1)>',
          "</script><script>document.documentElement.dataset.xss='script'</script>",
          "<img src=x onerror=\"document.documentElement.dataset.xss='img'\">", "<!-- -->", "]]>", "\u2028\u2029", "&amp;"]
# after the page's own script: a click on every node with evidence, each panel's text and element count kept
CLICKS = """<script>
window.addEventListener("load", () => setTimeout(() => {
  const out = [];
  for (const id of Object.keys(data.info)) {
    if (!data.info[id].evidence.length) continue;
    network.body.emitter.emit("click", {nodes: [Number(id)], edges: []});
    const details = document.getElementById("details");
    out.push({text: details.textContent, elements: details.querySelectorAll("img, script").length});
  }
  document.getElementById("clicks").textContent = JSON.stringify(out);
}, 500));
</script><pre id="clicks"></pre>
</body>"""


@pytest.fixture(scope="module")
def probed_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xss")
    sentences = [f"The phase 2 trial NCT0123456{i} of riluzole {probe} enrolled 48 patients with ALS."
                 for i, probe in enumerate(PROBES)]
    (folder / "probes.txt").write_text("Probes\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
    store = KGStore()
    assert not build([str(folder / "probes.txt")], store).failed
    path = folder / "landscape.html"
    write_html(build_view(store, "landscape"), store, path)
    return path


def test_inlined_json_cannot_end_or_alter_the_script(probed_page):
    page = probed_page.read_text(encoding="utf-8")
    script = page.split("const data = ", 1)[1].split(";\n", 1)[0]
    assert not re.search(r"[<>&\u2028\u2029]", script)
    assert json.loads(script)["nodes"]
    assert json.loads(script_json({"s": PROBES})) == {"s": PROBES}


def test_chromium_renders_probes_as_text(probed_page, tmp_path):
    assert CHROMIUM, "chromium is not installed (.ci/run installs Debian's chromium)"
    clicking = tmp_path / "clicking.html"
    clicking.write_text(probed_page.read_text(encoding="utf-8").replace("</body>", CLICKS), encoding="utf-8")
    run = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=8000",
                          "--dump-dom", clicking.as_uri()], capture_output=True, text=True, timeout=120, check=True)
    dom = run.stdout
    assert 'data-ready="1"' in dom, "the graph never drew (the page's script did not run to the end)"
    assert "data-xss" not in dom, "a probe ran"
    clicks = json.loads(re.search(r'<pre id="clicks">(.*?)</pre>', dom, re.S).group(1).replace("&lt;", "<")
                        .replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&"))
    shown = " ".join(c["text"] for c in clicks)
    assert clicks and not any(c["elements"] for c in clicks)
    for probe in PROBES[:5]:
        assert probe in shown, f"{probe!r} is not shown as text"
