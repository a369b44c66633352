"""Per-language cue words, markers and patterns: the data the segmenter's rules consult.

`for_lang(lang)` returns the Lexicon of that language; `common` holds what every language shares
(bullet glyphs, end marks, phone and e-mail shapes).
"""
from . import en, ko
from .common import Cues, Lexicon  # noqa: F401  (Lexicon re-exported: the type of every lexicon)

LEXICONS = {"ko": ko.LEXICON, "en": en.LEXICON}


def either_language(field):
    """One Cues of a cue list in both languages (a Korean page carries English buttons, and the reverse):
    asked once, it answers as asking each language's list would, in one pass over the line."""
    return Cues(getattr(ko.LEXICON, field).sources + getattr(en.LEXICON, field).sources)


def for_lang(lang):
    return LEXICONS.get(lang, en.LEXICON)
