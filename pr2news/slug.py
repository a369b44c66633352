"""URL slugs from headlines: readable Hangul by default, transliterated ASCII on request."""
from . import fastre
from .checksum import sha256_hex

with fastre.compiling_imports():
    from slugify import slugify

MAX_LENGTH = 80


def make_slug(headline, ascii_only=False, fallback_seed=""):
    """A slug of at most 80 characters without '/', '\\' or whitespace; never empty."""
    slug = ""
    if headline:
        slug = slugify(headline, allow_unicode=not ascii_only, max_length=MAX_LENGTH, word_boundary=True,
                       save_order=True)
        if not slug:
            slug = slugify(headline, allow_unicode=not ascii_only, max_length=MAX_LENGTH)
    if not slug:
        digest = sha256_hex((headline or fallback_seed or "").encode("utf-8"))[:10]
        slug = f"release-{digest}"
    return slug
