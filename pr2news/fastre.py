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
import zlib

try:  # CPython 3.11+
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters, older layouts
    _sre = _compiler = _parser = None

_ENABLED = (_sre is not None and sys.implementation.name == "cpython" and not os.environ.get("PR2NEWS_NO_REGEX_CACHE")
            and array.array("I").itemsize == _sre.CODESIZE)
_entries = None     # key -> entry, of the keys this run asked for (read from the file one by one, or made now)
_index = {}         # the file's index: hash of a key -> (offset, length) of its record in _records
_records = b""      # the file's records, each (key, entry) marshalled: only the ones asked for are read
_used = set()       # keys asked for by this process: what a rewritten cache keeps
_CODE = "I"         # the program is 32-bit unsigned words (SRE_CODE); kept as bytes, which load ~10x faster
_new = False
_re_compile = re.compile  # the stdlib's own: compiling_imports swaps re.compile for ours
_MOST_UNUSED = 1.5        # a rewritten cache holds at most this many bytes per byte this run used
_MAGIC = b"pr2nrx2\n"    # the file's format: a header, the index, then the records
_MISSING = object()


def _cache_path():
    base = os.environ.get("PR2NEWS_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "pr2news")
    return os.path.join(base, f"regex2-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal")


def _key_hash(key):
    """A 64-bit hash of a key that every process computes alike (str's own hash is salted per process)."""
    data = repr(key).encode("utf-8", "surrogatepass")
    return zlib.crc32(data) << 32 | zlib.adler32(data)


def _load():
    """Read the cache file's index; its records are read one by one when a pattern is first compiled. (A run
    uses about a third of the programs other runs left there: reading them all took ~3 ms of every start.)"""
    global _entries, _index, _records
    _entries, _index, _records = {}, {}, b""
    try:
        with open(_cache_path(), "rb") as handle:
            data = handle.read()
        size = len(_MAGIC) + 4
        if data[:len(_MAGIC)] == _MAGIC:
            end = size + int.from_bytes(data[len(_MAGIC):size], "little")
            index = marshal.loads(data[size:end])
            if isinstance(index, dict):
                _index, _records = index, memoryview(data)[end:]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    atexit.register(_save)


def _stored(key):
    """The entry of key this run made or read, else the file's (its record read now), else _MISSING."""
    entry = _entries.get(key, _MISSING)
    if entry is _MISSING and _index:
        where = _index.get(_key_hash(key))
        if where is not None:
            try:
                stored_key, entry = marshal.loads(_records[where[0]:where[0] + where[1]])
            except (EOFError, ValueError, TypeError, IndexError):
                return _MISSING
            if stored_key != key:
                return _MISSING  # another key with the same hash: this one is made afresh
            _entries[key] = entry
    return entry


def _save():
    if not _new:
        return
    path = _cache_path()
    # what other runs used stays (a Korean release's patterns, then an English one's, then the HTML reader's:
    # keeping only this run's made each kind of run compile the other's again, ~30 ms a start); patterns
    # dropped or edited since pile up only until they weigh half as much as the ones this run used, then go
    records = {}
    for key in _used:
        entry = _stored(key)
        if entry is not _MISSING:
            records[_key_hash(key)] = marshal.dumps((key, entry))
    used = sum(len(record) for record in records.values())
    others = {h: where for h, where in _index.items() if h not in records}
    if used + sum(length for _, length in others.values()) <= _MOST_UNUSED * used:
        for h, (offset, length) in others.items():
            records[h] = bytes(_records[offset:offset + length])  # copied as stored, not read
    index, offset = {}, 0
    for h, record in records.items():
        index[h] = (offset, len(record))
        offset += len(record)
    head = marshal.dumps(index)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as handle:
            handle.write(_MAGIC + len(head).to_bytes(4, "little") + head)
            handle.writelines(records.values())
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass


def stored_keys():
    """Every key the cache file holds (for tests and inspection: reads all its records)."""
    if _entries is None:
        _load()
    keys = set(_entries)
    for offset, length in _index.values():
        try:
            keys.add(marshal.loads(_records[offset:offset + length])[0])
        except (EOFError, ValueError, TypeError):
            pass
    return keys


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
    entry = _stored(key)
    if entry is not _MISSING:
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
    value = _stored(key)
    if value is not _MISSING:
        return value
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
