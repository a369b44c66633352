"""The segmenter: Blocks -> Article. Pure: no I/O, same blocks in, same article out.

Roles are decided by an ordered table of rules (see `rules.RULES`); each rule is one small
function that claims lines for one role and says why, in a few words. An editor's pins
(`segment(blocks, pins={line: role})`, see pins.py) fix some lines' roles before the rules run.
"""
from .rules import segment

__all__ = ["segment"]
