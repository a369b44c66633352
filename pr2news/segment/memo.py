"""Answers that depend only on a line's text, remembered while one document is segmented.

Several rules ask the same question of the same line (a date in it, a wire's credit opening it, whether it is a
caption): each is worked out once per document. All are forgotten when the next document starts, so that a
run's time is what its documents cost, not what an earlier one left behind (and memory stays one document's).
"""
import functools

_REMEMBERING = []


def per_document(function):
    """function, its answers kept until forget() (its arguments must be hashable: texts, a language)."""
    remembered = functools.lru_cache(maxsize=None)(function)
    _REMEMBERING.append(remembered)
    return remembered


def forget():
    """A new document starts."""
    for remembered in _REMEMBERING:
        remembered.cache_clear()
