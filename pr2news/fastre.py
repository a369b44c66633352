"""Regular expressions that compile fast on a cold start.

pr2news compiles about a hundred patterns at import, many with Hangul ranges, and CPython's pure-Python
regex compiler spends ~30 ms on them — a third of a one-file conversion. `compile` keeps the compiled
program of each pattern in a small cache file (keyed by the interpreter and the regex engine's version)
and rebuilds patterns from it with the engine's own constructor. Anything unexpected — another Python,
an unreadable or stale cache, a private API that moved — falls back to `re.compile`, so behaviour never
depends on the cache. PR2NEWS_NO_REGEX_CACHE=1 turns it off; PR2NEWS_CACHE_DIR moves it.
"""
from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys

try:  # CPython 3.11+
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters, older layouts
    _sre = _compiler = _parser = None

_ENABLED = (_sre is not None and sys.implementation.name == "cpython" and not os.environ.get("PR2NEWS_NO_REGEX_CACHE")
            and array.array("I").itemsize == _sre.CODESIZE)
_entries = None     # (pattern, flags) -> (flags, code as bytes, groups, groupindex, indexgroup)
_used = set()       # keys asked for by this process: what a rewritten cache keeps
_CODE = "I"         # the program is 32-bit unsigned words (SRE_CODE); kept as bytes, which load ~10x faster
_new = False
_re_compile = re.compile  # the stdlib's own: compiling_imports swaps re.compile for ours
_MOST_UNUSED = 1.5        # a rewritten cache holds at most this many bytes per byte this run used


def _cache_path():
    base = os.environ.get("PR2NEWS_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "pr2news")
    return os.path.join(base, f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal")


def _load():
    global _entries
    _entries = {}
    try:
        with open(_cache_path(), "rb") as handle:
            data = marshal.load(handle)
        if isinstance(data, dict):
            _entries = data
    except (OSError, EOFError, ValueError, TypeError):
        pass
    atexit.register(_save)


def _save():
    if not _new:
        return
    path = _cache_path()
    # what other runs used stays (a Korean release's patterns, then an English one's, then the HTML reader's:
    # keeping only this run's made each kind of run compile the other's again, ~30 ms a start); patterns
    # dropped or edited since pile up only until they weigh half as much as the ones this run used, then go (a
    # cache of stale programs once grew to 1 MB and took 2 ms to load)
    used = {key: _entries[key] for key in _used if key in _entries}
    kept = _entries if _size(_entries) <= _MOST_UNUSED * _size(used) else used
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as handle:
            marshal.dump(kept, handle)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass


def _size(entries):
    """About how many bytes the entries take in the file: their programs and their patterns' text."""
    return sum(len(str(key[0])) + (len(entry[1]) if type(entry) is tuple and len(entry) > 1
                                   and type(entry[1]) is bytes else 8)
               for key, entry in entries.items())


def compile(pattern, flags=0):
    """re.compile(pattern, flags), served from the cache of compiled programs when possible, and only when first
    used: a run needs fewer than half of the patterns its modules define (a Korean release, the English ones
    hardly), and building the program of each costs the start-up time (~2 ms of a one-file conversion)."""
    flags = int(flags)
    if not _ENABLED or not isinstance(pattern, str):
        return _re_compile(pattern, flags)
    _used.add((pattern, flags))  # defined by this run: a rewritten cache keeps it, used or not
    return _Deferred(pattern, flags)


_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")


class _Deferred:
    """A compiled pattern that compiles when first asked for anything but its text. Then its methods are the
    compiled pattern's own, bound once (a call costs what it costs on the pattern itself)."""
    __slots__ = ("pattern", "_flags", "_compiled") + _METHODS

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name):
        # only for what is not set yet: the first use of a method, or the pattern's other attributes (flags, groups)
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            compiled = object.__getattribute__(self, "_compiled")
        except AttributeError:
            compiled = self._compiled = _compile_now(self.pattern, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self):
        return f"fastre.compile({self.pattern!r}, {self._flags})"

    def __reduce__(self):
        return compile, (self.pattern, self._flags)


def _compile_now(pattern, flags=0):
    """re.compile(pattern, flags) at once, from the cache of compiled programs when it holds the pattern."""
    global _new
    flags = int(flags)
    if not _ENABLED or not isinstance(pattern, str):
        return _re_compile(pattern, flags)
    if _entries is None:
        _load()
    key = (pattern, flags)
    _used.add(key)
    entry = _entries.get(key)
    if entry is not None:
        try:
            code = array.array(_CODE)
            code.frombytes(entry[1])
            return _sre.compile(pattern, entry[0], code.tolist(), *entry[2:])
        except Exception:  # a stale or damaged entry: compile afresh below
            pass
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        # plain ints only: the program holds named int constants, the flags an enum
        program = [int(op) for op in code]
        compiled = _sre.compile(pattern, int(flags | parsed.state.flags), program, parsed.state.groups - 1,
                                groupindex, tuple(indexgroup))
        entry = (int(flags | parsed.state.flags), array.array(_CODE, program).tobytes(), parsed.state.groups - 1,
                 groupindex, tuple(indexgroup))
    except Exception:
        return _re_compile(pattern, flags)
    _entries[key] = entry
    _new = True
    return compiled


def derived(name, pattern, flags, compute):
    """compute(pattern, flags) -> a small plain value (None, int, str, bytes, tuple) read off a pattern, kept in the
    same cache as the compiled programs: what the lexicons work out about their patterns at import (how
    wide a match can be, which characters it can start with) costs the regex parser once, not every start."""
    flags = int(flags)
    if not _ENABLED:
        return compute(pattern, flags)
    if _entries is None:
        _load()
    key = (name, pattern, flags)
    _used.add(key)
    if key in _entries:
        return _entries[key]
    value = _entries[key] = compute(pattern, flags)
    global _new
    _new = True
    return value


class compiling_imports:
    """`with compiling_imports(): import somelib` - the library's own re.compile calls at import go through
    the cache too (python-slugify compiles ~16 patterns at import, ~2 ms of every start). The patterns
    it gets behave exactly as re.compile's; the stdlib function is put back on the way out."""

    def __enter__(self):
        self._saved = re.compile
        if _ENABLED:
            re.compile = _compile_now  # a library hands its patterns to re's functions: real ones, at once

    def __exit__(self, *exc_info):
        re.compile = self._saved
        return False


# The module-level functions of `re`, for patterns written inline where they are used: compiled once per
# process through the cache above (re's own cache would compile each anew in every process).
_inline = {}


def _inline_pattern(pattern, flags):
    compiled = _inline.get((pattern, flags))
    if compiled is None:
        compiled = _inline[(pattern, flags)] = _compile_now(pattern, flags)
    return compiled


def match(pattern, text, flags=0):
    return _inline_pattern(pattern, flags).match(text)


def fullmatch(pattern, text, flags=0):
    return _inline_pattern(pattern, flags).fullmatch(text)


def search(pattern, text, flags=0):
    return _inline_pattern(pattern, flags).search(text)


def sub(pattern, replacement, text, count=0, flags=0):
    return _inline_pattern(pattern, flags).sub(replacement, text, count)


def split(pattern, text, maxsplit=0, flags=0):
    return _inline_pattern(pattern, flags).split(text, maxsplit)


def findall(pattern, text, flags=0):
    return _inline_pattern(pattern, flags).findall(text)


def finditer(pattern, text, flags=0):
    return _inline_pattern(pattern, flags).finditer(text)
