"""pr2news: turn government press releases into articles ready for publishing.

    >>> import pr2news
    >>> article = pr2news.convert("release.txt")
    >>> article.headline, article.to_dict()["contacts"]
"""
from .errors import ConversionError
from .model import Article, Block, BodyBlock, Contact, Dateline, Embargo, Source, Warning
from .pipeline import convert, convert_document

__version__ = "0.1.0"

__all__ = ["convert", "convert_document", "ConversionError", "Article", "Block", "BodyBlock", "Contact",
           "Dateline", "Embargo", "Source", "Warning", "__version__"]
