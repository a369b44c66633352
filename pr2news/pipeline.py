"""read -> blocks -> segment -> article: the one function everything else calls."""
from __future__ import annotations

import os

from .errors import ConversionError
from .model import Article
from .readers import MAX_BYTES, MAX_PAGES, SUFFIX_KINDS, read_bytes, read_path
from .segment import segment
from .slug import make_slug


def convert(source, *, encoding=None, kind=None, ascii_slug=False, max_bytes=MAX_BYTES, name=None,
            max_pages=MAX_PAGES, corrections=None) -> Article:
    """Convert a press release to an Article.

    `source` is a path (os.PathLike, or a str that names a file), raw bytes, or the release text itself as
    a str. A str is read as a file when it names an existing one or has no line break and ends in a known
    suffix (`release.hwpx`: a missing file is then an error, not a one-line release); otherwise it is the
    text. `article.source.read_as` says which was done: "file", "text" or "bytes". `name` labels bytes/str
    input in errors. `max_pages` bounds how many pages of a PDF are read. `corrections`
    (pr2news.corrections.Corrections, e.g. from `corrections.load(path)`) are an editor's pins and edits.
    """
    if isinstance(source, (bytes, bytearray)):
        document = read_bytes(bytes(source), name, encoding=encoding, kind=kind, max_bytes=max_bytes,
                              max_pages=max_pages)
        # bytes have no path: `name` only labels errors (source.path is null, as for standard input)
        document.source = document.source._replace(path=None, read_as="bytes")
    elif isinstance(source, os.PathLike) or isinstance(source, str) and _is_path(source):
        document = read_path(source, encoding=encoding, kind=kind, max_bytes=max_bytes, max_pages=max_pages)
    elif isinstance(source, str):
        document = read_bytes(source.encode("utf-8"), name, encoding="utf-8", kind=kind or "text", max_bytes=max_bytes)
        document.source = document.source._replace(read_as="text")
    else:
        raise TypeError(f"convert() takes a path, bytes or str, not {type(source).__name__}")
    return convert_document(document, ascii_slug=ascii_slug, corrections=corrections)


def _is_path(text):
    return "\n" not in text and len(text) < 4096 and (os.path.exists(text) or text.lower().endswith(tuple(SUFFIX_KINDS)))


def convert_document(document, ascii_slug=False, corrections=None):
    """A Document from a reader -> Article with slug, source and all warnings.

    `corrections` that fit the input are applied (pins inside the segmenter, then edits); corrections made
    for another version of it are not, and the article carries a CORRECTIONS_STALE warning instead.
    """
    if corrections is None:
        article = segment(document.blocks)
    else:
        article = _segment_corrected(document, corrections)
    if not article.headline and not article.body:
        raise ConversionError(document.source.path, "no text that reads as a press release", trace=article.trace)
    slug = make_slug(article.headline, ascii_only=ascii_slug, fallback_seed=document.source.sha256)
    return article._replace(slug=slug, source=document.source,
                   warnings=tuple(document.warnings) + tuple(article.warnings))


def _segment_corrected(document, corrections):
    from . import corrections as corr
    unfit = corr.unfit_reason(corrections, document.source.sha256)
    if unfit is None:
        article = segment(document.blocks, pins=corrections.segment_pins())
        unfit = corr.unfit_reason(corrections, document.source.sha256, n_lines=len(article.trace))
        if unfit is None:
            return corr.apply_edits(article, corrections)
    article = segment(document.blocks)
    return article._replace(warnings=article.warnings + (corr.stale_warning(corrections, unfit),))


__all__ = ["convert", "convert_document", "ConversionError"]
