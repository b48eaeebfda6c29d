"""kg.text.programs: the start-up cache of compiled patterns and their literals."""

import re
from pathlib import Path

CACHE_RUN = """
import re, sys
from kg.text import prefilter, programs
patterns = [prefilter.compile(r"(?P<n>\\\\d+)\\\\s+(?:patients|adults)\\\\b", re.I), prefilter.compile(r"\\\\bplacebo\\\\b"),
            prefilter.compile(r"(a)|b(?P<x>c)?"), prefilter.compile("x", re.I | re.M)]
print(len(programs._added), [(p.pattern, p.flags, p.groups, dict(p.groupindex), p.literals) for p in patterns])
"""


def run_in_a_fresh_process(cache_dir) -> tuple[int, str]:
    import os
    import subprocess
    import sys

    env = dict(os.environ, KG_CACHE_DIR=str(cache_dir), PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    out = subprocess.run([sys.executable, "-c", CACHE_RUN], env=env, capture_output=True, text=True, check=True).stdout
    added, described = out.split(" ", 1)
    return int(added), described


def test_patterns_come_from_the_cache_as_re_compiles_them(tmp_path):
    added, first = run_in_a_fresh_process(tmp_path)
    assert added >= 4 and list(tmp_path.glob("patterns-*.marshal"))     # worked out, then written at exit
    added, second = run_in_a_fresh_process(tmp_path)
    assert added == 0 and second == first                               # read back: nothing worked out again


def test_a_corrupt_pattern_cache_is_ignored(tmp_path):
    run_in_a_fresh_process(tmp_path)
    (path,) = tmp_path.glob("patterns-*.marshal")
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])
    added, _ = run_in_a_fresh_process(tmp_path)
    assert added >= 4


def test_cached_engine_arguments_rebuild_the_same_pattern():
    from kg.text.programs import engine_arguments, rebuilt_pattern

    for source, flags in [(r"(?P<n>\d+)\s+(?:patients|adults)\b", re.I), (r"(?i)x(?=y)|(z)\1", 0), (r"[^\W\d]+", re.A),
                          (r"(?x) a  b # c", 0), (r"\bRandomi[sz]ed\b", re.I | re.M)]:
        regex = re.compile(source, flags)
        again = rebuilt_pattern(source, engine_arguments(regex, int(flags)))
        assert again == regex and again.groupindex == regex.groupindex and again.groups == regex.groups
        assert again.pattern == source and again.flags == regex.flags


def test_bad_engine_arguments_fall_back_to_re():
    from kg.text.programs import rebuilt_pattern

    assert rebuilt_pattern("ab", None) is None
    assert rebuilt_pattern("ab", (32, [999999, 1, 2], 0, {}, (None,))) is None      # a program _sre refuses


def test_the_cache_is_named_by_the_literal_analysis_too(tmp_path, monkeypatch):
    from kg.text import literals, programs

    before = programs._cache_file()
    changed = tmp_path / "literals.py"
    changed.write_bytes(Path(literals.__file__).read_bytes() + b"\n# a changed analysis\n")
    monkeypatch.setattr(literals, "__file__", str(changed))
    assert before is not None and programs._cache_file() != before     # stored literal sets of the old analysis unread
