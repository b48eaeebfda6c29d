"""The compiled programs of prefiltered patterns, and their file cache.

re's parser and compiler are Python, and compiling the extractors' ~460 patterns and reading their literals
took about a second in every process. Both answers depend only on the pattern, its flags, the analysis
(:mod:`kg.text.literals`, this module) and the Python build, so a file cache keeps them: the literal sets,
and the arguments re.compile gives the engine (``_sre.compile``: the compiled program, its flags and groups),
checked against re's own pattern when stored. The program is re's own with two changes that keep every
match: alternations grouped by first character (:func:`group_branches`) and, where re finds none, the
characters a match starts with in its information block (:func:`first_items`).
"""

from __future__ import annotations

import atexit
import hashlib
import re
import sys
import threading
from pathlib import Path

from kg.lexicon import cache
from kg.text import literals as literal_analysis
from kg.text.literals import ATOMIC, REPEATS, C, parse_tree, parser, required_in_tree

try:                    # the compiler of the standard library's own engine
    from re import _compiler
except ImportError:     # pragma: no cover - Python 3.10 names it sre_compile
    try:
        import sre_compile as _compiler
    except ImportError:  # another Python: no cached programs, same answers
        _compiler = None
try:
    import _sre         # the engine re compiles for: its program can then be cached (see _stored)
except ImportError:     # pragma: no cover - not CPython
    _sre = None

# (the cache's state, guarded by _lock)
_lock = threading.Lock()
_store: dict | None = None      # (pattern, flags) -> (literal sets, engine arguments or None); read on first use
_store_file: Path | None = None
_added: dict = {}               # what this process worked out itself: written to the cache at exit
MAX_STORED = 20_000             # more patterns in the file than this: earlier versions' are dropped


def compiled_and_literals(pattern, flags: int) -> tuple[re.Pattern, tuple]:
    """The compiled pattern and the literal sets its matches hold: from the cache, else worked out (and kept)."""
    key = (pattern, int(flags)) if isinstance(pattern, str) and isinstance(flags, int) else None
    known = _stored().get(key) if key else None
    if known is not None:
        regex = rebuilt_pattern(pattern, known[1])
        if regex is not None:
            return regex, known[0]
    regex = re.compile(pattern, flags)
    tree = parse_tree(regex)
    literals = () if tree is None else required_in_tree(tree)
    arguments = engine_arguments(regex, int(flags)) if key else None
    skipping = _skip_arguments(regex.pattern, int(flags), arguments)
    if skipping is not None and (rebuilt := rebuilt_pattern(regex.pattern, skipping)) is not None:
        regex, arguments = rebuilt, skipping
    if key:
        with _lock:
            if not _added:
                atexit.register(_save)
            _added[key] = _stored()[key] = (tuple(tuple(sorted(s)) for s in literals), arguments)
    return regex, literals


def rebuilt_pattern(pattern: str, arguments) -> re.Pattern | None:
    """The pattern re.compile would return, from stored engine arguments (None when there are none or bad ones)."""
    if arguments is None or _sre is None:
        return None
    try:
        return _sre.compile(pattern, *arguments)
    except (RuntimeError, TypeError, ValueError, OverflowError):   # _sre validates the program it is given
        return None


def engine_arguments(regex: re.Pattern, flags: int) -> tuple | None:
    """What re.compile passed the engine for ``regex``, as plain data; None unless it rebuilds the very same pattern."""
    if _sre is None or _compiler is None:
        return None
    try:
        tree = parser.parse(regex.pattern, flags)
        code = [int(op) for op in _compiler._code(tree, flags)]
        names = tree.state.groupdict
        index = [None] * tree.state.groups
        for name, number in names.items():
            index[number] = name
        arguments = (flags | tree.state.flags, code, tree.state.groups - 1, dict(names), tuple(index))
        again = _sre.compile(regex.pattern, *arguments)
    except Exception:               # noqa: BLE001 - another Python's internals: then simply no cache
        return None
    same = again == regex and again.groups == regex.groups and again.groupindex == regex.groupindex
    return arguments if same else None


# A pattern that opens with "\\b", a group, an alternation or a look-ahead gives re no first characters (with re.I
# not even a literal does), so a search enters the whole pattern at every position of the text. Given the set of
# characters a match can start with (its "charset" information, as re gives a pattern that opens with a class), the
# engine skips, in its own C loop, every position whose character is not in it: the set is read off the parse tree
# (every character IGNORECASE lets match the first ones) and put in the compiled program's information block.
FIRST_CATEGORIES = frozenset(getattr(C, name) for name in ("CATEGORY_DIGIT", "CATEGORY_SPACE") if hasattr(C, name))
MAX_FIRST = 40          # more first characters than this (letters counted once): few positions would be skipped


def first_items(items) -> list | None:
    """The class items (re's parse tree) of every character a match of ``items`` can start with; None when unknown,
    too many, or when the match may be empty.

    >>> [chr(arg) for op, arg in first_items(parser.parse(r"\\b(?:yes|no)?(?<!x)t"))]
    ['y', 'n', 't']
    >>> first_items(parser.parse(r"\\b\\w+")) is None, first_items(parser.parse(r"a?")) is None
    (True, True)
    """
    found: list = []
    for op, arg in items:
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
            continue                                    # zero width: the next item starts the match
        if op is C.LITERAL:
            return found + [(op, arg)]
        if op is C.IN:
            if not all(o is C.LITERAL or o is C.RANGE and arg_[1] - arg_[0] < 128 or o is C.CATEGORY and arg_ in
                       FIRST_CATEGORIES for o, arg_ in arg):
                return None
            return found + list(arg)
        nullable = False
        if op is C.SUBPATTERN and not arg[1] and not arg[2]:        # a group that sets no flags of its own
            firsts = [first_items(arg[-1])]
        elif op is ATOMIC:
            firsts = [first_items(arg)]
        elif op is C.BRANCH:
            firsts = [first_items(alternative) for alternative in arg[1]]
        elif op in REPEATS:
            firsts, nullable = [first_items(arg[2])], arg[0] == 0
        else:
            return None
        if any(f is None for f in firsts):
            return None                                 # (an alternative that may be empty among them)
        for f in firsts:
            found += f
        if not nullable:
            return found
    return None                                         # the match may be empty


# the Python versions whose compiled-pattern layout (an INFO block, then the code) the skip below was checked on
# (tests/text/test_prefilter.py and test_look_aheads.py compare every pattern with re's own on 3.11, 3.12 and 3.13);
# on another, patterns compile as re compiles them
PROGRAM_LAYOUTS = {(3, 11), (3, 12), (3, 13)}


def _skip_arguments(pattern: str, flags: int, arguments) -> tuple | None:
    """Engine arguments for ``pattern`` with its alternations grouped by first character (see :func:`group_branches`)
    and an information block that holds the characters its matches start with, when re finds none itself; None when
    neither applies."""
    if arguments is None or _compiler is None or _sre is None or sys.version_info[:2] not in PROGRAM_LAYOUTS:
        return None
    try:
        code, every_flag = list(arguments[1]), arguments[0]
        if every_flag & C.SRE_FLAG_LOCALE:
            return None
        tree = parser.parse(pattern, flags)
        closed = (lambda c: frozenset(c for _, c in _case_closed([(C.LITERAL, c)], bool(every_flag & C.SRE_FLAG_UNICODE)))) \
            if every_flag & C.SRE_FLAG_IGNORECASE else (lambda c: frozenset((c,)))
        if group_branches(tree, closed):
            code = [int(op) for op in _compiler._code(tree, flags)]
        changed = code != list(arguments[1])
        if code[0] != C.INFO or code[2] & (C.SRE_INFO_PREFIX | C.SRE_INFO_CHARSET) or code[3] == 0:
            return (every_flag, code) + tuple(arguments[2:]) if changed else None   # re skips ahead by itself,
        items = first_items(tree.data)                                                # or a match may be empty
        if items and every_flag & C.SRE_FLAG_IGNORECASE:
            items = _case_closed(items, unicode=bool(every_flag & C.SRE_FLAG_UNICODE))
        if not items or _first_count(items) > MAX_FIRST:
            return (every_flag, code) + tuple(arguments[2:]) if changed else None
        info = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]]
        _compiler._compile_charset(_compiler._optimize_charset(items)[0], every_flag, info)
        info[1] = len(info) - 1
        return (every_flag, [int(op) for op in info] + code[code[1] + 1:]) + tuple(arguments[2:])
    except Exception:               # noqa: BLE001 - another Python's internals: then simply no skipping
        return None


def group_branches(items, closed) -> bool:
    """Group in place every alternation of ``items`` (re's parse tree) whose alternatives all open with a literal by
    that literal, as :func:`alternation` does for words; True when one was.

    With re.I, re tries each alternative in turn at every position it enters (its quick test of an alternative's
    first character is for exact characters only); grouped, it tries one group there. The matches stay the same:
    groups whose first characters (all those ``closed`` says match them) are disjoint, order kept within a group.
    """
    changed = False
    for k, (op, arg) in enumerate(items):
        if op is C.BRANCH:
            for alternative in arg[1]:
                changed |= group_branches(alternative, closed)
            grouped = _grouped(arg[1], closed)
            if grouped is not None:
                items[k], changed = (C.BRANCH, (None, grouped)), True
        elif op is C.SUBPATTERN and not arg[1] and not arg[2]:    # (not where a group sets flags of its own)
            changed |= group_branches(arg[-1], closed)
        elif op is ATOMIC:
            changed |= group_branches(arg, closed)
        elif op in REPEATS:
            changed |= group_branches(arg[2], closed)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            changed |= group_branches(arg[1], closed)
    return changed


def _grouped(alternatives: list, closed) -> list | None:
    if not all(len(a) and a[0][0] is C.LITERAL for a in alternatives):
        return None
    groups: dict = {}                                   # the characters a first literal matches -> its alternatives
    for a in alternatives:
        groups.setdefault(closed(a[0][1]), []).append(a)
    if len(groups) == len(alternatives) or sum(map(len, groups)) != len(frozenset().union(*groups)):
        return None                                     # nothing to group, or two groups could start alike
    out = []
    for members in groups.values():
        if len(members) == 1:
            out.append(members[0])
        else:
            state = members[0].state
            rests = [parser.SubPattern(state, list(m.data[1:])) for m in members]
            out.append(parser.SubPattern(state, [members[0][0], (C.BRANCH, (None, rests))]))
    return out


_lower_to: dict | None = None   # a lower-case code point -> the others that re's IGNORECASE lowers to it


def _case_closed(items: list, unicode: bool) -> list:
    """The class items with every character that IGNORECASE matches to one of theirs (which re tests by lowering
    the text's character: the class here is tested as it is)."""
    global _lower_to
    if unicode and _lower_to is None:
        lower_to: dict = {}
        for x in range(sys.maxunicode + 1):
            low = _sre.unicode_tolower(x)
            if low != x:
                lower_to.setdefault(low, []).append(x)
        _lower_to = lower_to
    tolower = _sre.unicode_tolower if unicode else _sre.ascii_tolower
    extra = getattr(_compiler, "_EXTRA_CASES", {}) if unicode else {}
    out, chars = [], set()
    for op, arg in items:
        if op is C.CATEGORY:                            # digits and spaces: no case
            out.append((op, arg))
            continue
        for c in (range(arg[0], arg[1] + 1) if op is C.RANGE else (arg,)):
            low = tolower(c)
            for target in (low, *extra.get(low, ())):   # re: the lowered character is one of these
                if tolower(target) == target:
                    chars.add(target)
                if unicode:
                    chars.update(_lower_to.get(target, ()))
                elif 97 <= target <= 122:               # ASCII: "a" to "z" stand for "A" to "Z" too
                    chars.add(target - 32)
    return out + [(C.LITERAL, c) for c in sorted(chars)]


def _first_count(items) -> int:
    """How many characters the class items hold (a category counts ten)."""
    chars: set = set()
    for op, arg in items:
        if op is C.LITERAL:
            chars.add(chr(arg).lower())
        elif op is C.RANGE:
            chars.update(chr(c).lower() for c in range(arg[0], arg[1] + 1))
        else:
            chars.update(str(arg) + str(k) for k in range(10))
    return len(chars)


def _stored() -> dict:
    """The cached analyses (read from the cache file once)."""
    global _store, _store_file
    if _store is None:
        with _lock:
            if _store is None:
                _store_file = _cache_file()
                found = cache.read(_store_file) if _store_file else None
                _store = found if isinstance(found, dict) else {}
    return _store


def _cache_file() -> Path | None:
    """The cache file, named by the sources of the analysis and of this module and by the Python build (each changes
    the answers)."""
    root = cache.cache_dir()
    try:                # the literal analysis and this module decide what is stored
        source = Path(literal_analysis.__file__).read_bytes() + Path(__file__).read_bytes()
    except OSError:
        return None
    build = f"{sys.version}|{getattr(_sre, 'MAGIC', '')}|{getattr(_sre, 'CODESIZE', '')}".encode()
    return root / f"patterns-{hashlib.sha256(source + build).hexdigest()[:16]}.marshal" if root else None


def _save() -> None:
    """Add what this process worked out to the cache file (with what other processes added meanwhile)."""
    if not _added or _store_file is None:
        return
    found = cache.read(_store_file)
    merged = found if isinstance(found, dict) and len(found) < MAX_STORED else {}
    merged.update(_added)
    cache.write(_store_file, merged, stale="patterns-*")
