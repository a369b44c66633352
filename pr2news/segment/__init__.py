"""The segmenter: Blocks -> Article. Pure: no I/O, same blocks in, same article out.

Roles are decided by an ordered table of rules (see `rules.RULES`); each rule is one small
function that claims lines for one role and says why, in a few words.
"""
from .rules import segment

__all__ = ["segment"]
