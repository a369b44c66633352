"""An editor's corrections as data: a small JSON file that pins roles to input lines and rewrites fields.

    {"version": 1, "source_sha256": "<SHA-256 of the input file>",
     "pins": [{"line": 4, "role": "headline"}, {"line": 9, "role": "stripped"}],
     "edits": {"headline": "A rewritten headline"}}

`line` counts the lines as the preview numbers them: the segmenter's lines (Article.trace), from 1; blank
lines are not counted. Pins are constraints inside the segmenter (`segment(blocks, pins=...)`); edits
rewrite the article after it. The JSON Schema is `corrections.schema.json` (`pr2news schema --corrections`);
`parse` checks the same shape without a schema library. A file made for another version of its input
(another SHA-256) is not applied: the article carries a CORRECTIONS_STALE warning instead.
"""
from __future__ import annotations

import json
import os
import re
from typing import NamedTuple, Optional

from .errors import ConversionError
from .model import ROLES, Warning

VERSION = 1
SUFFIX = ".corrections.json"      # release.txt -> release.txt.corrections.json
MAX_BYTES = 64 * 1024             # a corrections file, or a request to the editor, is never larger
MAX_PINS = 2000
MAX_EDIT_CHARS = 1000
EDIT_FIELDS = ("headline",)
STALE = "CORRECTIONS_STALE"

_KEYS = ("version", "source_sha256", "source", "pins", "edits")
_SHA256 = re.compile(r"[0-9a-f]{64}")


class Corrections(NamedTuple):
    """Pins (1-based line, role) and edits (field, text) for the input whose SHA-256 is source_sha256."""
    source_sha256: str
    pins: tuple = ()                # ((line, role), ...) in line order
    edits: tuple = ()               # ((field, text), ...) in EDIT_FIELDS order
    source: Optional[str] = None    # the input's file name, for people reading the file
    origin: Optional[str] = None    # where the corrections were read from (not part of the JSON)

    def segment_pins(self):
        """{0-based position in Article.trace: role}, what pr2news.segment.segment takes."""
        return {line - 1: role for line, role in self.pins}

    def to_dict(self):
        data = {"version": VERSION, "source_sha256": self.source_sha256}
        if self.source:
            data["source"] = self.source
        data["pins"] = [{"line": line, "role": role} for line, role in self.pins]
        data["edits"] = dict(self.edits)
        return data

    def to_json(self):
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"


def parse(data, origin=None) -> Corrections:
    """A decoded JSON value -> Corrections; ValueError with a one-line reason when it is not corrections-shaped."""
    if not isinstance(data, dict):
        raise ValueError("not a corrections object (expected {\"version\": 1, \"source_sha256\": …, \"pins\": […]})")
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r} (allowed: {', '.join(_KEYS)})")
    if data.get("version") != VERSION or isinstance(data.get("version"), bool):
        raise ValueError(f"\"version\" must be {VERSION}")
    sha = data.get("source_sha256")
    if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
        raise ValueError("\"source_sha256\" must be the input's SHA-256 as 64 lowercase hex digits")
    source = data.get("source")
    if source is not None and (not isinstance(source, str) or len(source) > MAX_EDIT_CHARS):
        raise ValueError("\"source\" must be a file name")
    return Corrections(source_sha256=sha, pins=_parse_pins(data.get("pins", [])),
                       edits=_parse_edits(data.get("edits", {})), source=source, origin=origin)


def _parse_pins(pins):
    if not isinstance(pins, list):
        raise ValueError("\"pins\" must be a list of {\"line\": N, \"role\": …}")
    if len(pins) > MAX_PINS:
        raise ValueError(f"more than {MAX_PINS} pins")
    seen = {}
    for n, pin in enumerate(pins, 1):
        if not isinstance(pin, dict) or set(pin) != {"line", "role"}:
            raise ValueError(f"pin {n} must be {{\"line\": N, \"role\": …}} and nothing else")
        line, role = pin["line"], pin["role"]
        if isinstance(line, bool) or not isinstance(line, int) or line < 1:
            raise ValueError(f"pin {n}: \"line\" must be a line number from 1")
        if role not in ROLES:
            raise ValueError(f"pin {n}: {role!r} is not a role ({', '.join(ROLES)})")
        if line in seen:
            raise ValueError(f"line {line} is pinned twice")
        seen[line] = role
    return tuple(sorted(seen.items()))


def _parse_edits(edits):
    if not isinstance(edits, dict):
        raise ValueError("\"edits\" must be an object such as {\"headline\": \"…\"}")
    for key, text in edits.items():
        if key not in EDIT_FIELDS:
            raise ValueError(f"edits: {key!r} cannot be edited (only {', '.join(EDIT_FIELDS)})")
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_EDIT_CHARS:
            raise ValueError(f"edits: {key!r} must be text of 1 to {MAX_EDIT_CHARS} characters")
    return tuple((key, " ".join(edits[key].split())) for key in EDIT_FIELDS if key in edits)


def _no_duplicate_keys(pairs):
    keys = [k for k, _v in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError(f"the key {next(k for k in keys if keys.count(k) > 1)!r} appears twice")
    return dict(pairs)


def _no_constant(name):
    raise ValueError(f"{name} is not JSON")


def loads(raw: bytes, origin=None) -> Corrections:
    """Bytes of a corrections file or request -> Corrections; ValueError with a one-line reason."""
    if len(raw) > MAX_BYTES:
        raise ValueError(f"too large ({len(raw):,} bytes; corrections are at most {MAX_BYTES:,})")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except RecursionError:
        raise ValueError("not valid JSON (nested too deeply)") from None
    return parse(data, origin)


def load(path) -> Corrections:
    """Read a corrections file; ConversionError naming the file, with a one-line reason, when it cannot be used."""
    shown = os.fspath(path)
    try:
        with open(shown, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ConversionError(shown, "no such corrections file") from None
    except IsADirectoryError:
        raise ConversionError(shown, "is a directory, not a corrections file") from None
    except OSError as exc:
        raise ConversionError(shown, f"cannot read the corrections: {exc.strerror or exc}") from None
    try:
        return loads(raw, origin=shown)
    except ValueError as exc:
        raise ConversionError(shown, f"malformed corrections: {exc}") from None


def default_path(input_path):
    """Where the editor saves the corrections of an input: beside it, as <input name>.corrections.json."""
    return os.fspath(input_path) + SUFFIX


def path_for(input_path, corrections_path):
    """The corrections file for one input: `corrections_path` itself, or inside a folder the file named after
    the input (None when the folder holds none for it, or the input is standard input)."""
    corrections_path = os.fspath(corrections_path)
    if not os.path.isdir(corrections_path):
        return corrections_path
    if input_path in (None, "-"):
        return None
    candidate = os.path.join(corrections_path, os.path.basename(os.fspath(input_path)) + SUFFIX)
    return candidate if os.path.exists(candidate) else None


def unfit_reason(corrections, sha256, n_lines=None):
    """Why these corrections do not fit the input (another SHA-256, a pin past the last line), or None."""
    if corrections.source_sha256 != sha256:
        return (f"made for another version of this input (sha256 {corrections.source_sha256[:12]}…, "
                f"the input is {sha256[:12]}…)")
    if n_lines is not None and corrections.pins and corrections.pins[-1][0] > n_lines:
        return f"line {corrections.pins[-1][0]} is pinned, and the input has {n_lines} lines"
    return None


def stale_warning(corrections, reason):
    where = f" in {corrections.origin}" if corrections.origin else ""
    return Warning(STALE, f"corrections{where} not applied: {reason}")


def apply_edits(article, corrections):
    """The article with the editor's rewritten fields; a rewritten headline settles the headline warnings."""
    edits = dict(corrections.edits)
    if "headline" not in edits:
        return article
    warnings = tuple(w for w in article.warnings if w.code not in ("NO_HEADLINE", "HEADLINE_GUESSED"))
    return article._replace(headline=edits["headline"], warnings=warnings)


def schema_text():
    """The JSON Schema of a corrections file, shipped with the package."""
    from importlib import resources
    return resources.files("pr2news").joinpath("corrections.schema.json").read_text(encoding="utf-8")
