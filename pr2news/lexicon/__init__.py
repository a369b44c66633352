"""Per-language cue words, markers and patterns: the data the segmenter's rules consult.

`for_lang(lang)` returns the Lexicon of that language; `common` holds what every language shares
(bullet glyphs, end marks, phone and e-mail shapes).
"""
from . import en, ko
from .common import Lexicon  # noqa: F401  (re-exported: the type of every lexicon)

LEXICONS = {"ko": ko.LEXICON, "en": en.LEXICON}


def for_lang(lang):
    return LEXICONS.get(lang, en.LEXICON)
