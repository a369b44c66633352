"""The segmenter: Blocks -> Article. Pure: no I/O, same blocks in, same article out.

Roles are decided in three stages (see rules.py): line rules recognise what a line is on its own,
one decision for the whole document places the headline and the end of the article (decode.py), and
zone rules give the roles inside each part. An editor's pins (`segment(blocks, pins={line: role})`,
see pins.py) fix some lines' roles before anything is decided, and a pinned headline is a constraint of
the decision.
"""
from .rules import segment

__all__ = ["segment"]
