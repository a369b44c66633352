"""Command line: thin click commands over the library. Only this module (and batch) prints or writes."""
from __future__ import annotations

import sys

import click

from . import __version__
from .errors import ConversionError

EXAMPLES = """
\b
Examples:
  pr2news convert release.txt                 JSON on standard output
  pr2news convert release.docx -o out.json    write atomically to a file
  cat release.txt | pr2news convert -         read standard input
  pr2news inspect release.txt                 every line with the role it was given
  pr2news schema                              the article JSON Schema
"""


class ConversionFailed(click.ClickException):
    """A file that could not be converted: one line, exit status 1."""
    exit_code = 1

    def format_message(self):
        return self.message


def _read_input(path, encoding, ascii_slug, max_bytes=None):
    from .pipeline import convert
    from .readers import MAX_BYTES
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
            return convert(data, encoding=encoding, ascii_slug=ascii_slug, name="<stdin>",
                           max_bytes=max_bytes or MAX_BYTES)
        return convert(path, encoding=encoding, ascii_slug=ascii_slug, max_bytes=max_bytes or MAX_BYTES)
    except ConversionError as exc:
        raise ConversionFailed(f"pr2news: {exc}") from None


@click.group(epilog=EXAMPLES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pr2news")
def main():
    """Turn government press releases (Korean and English) into articles ready for publishing."""


@main.command(epilog=EXAMPLES)
@click.argument("input_path", metavar="INPUT")
@click.option("-f", "--format", "fmt", default="json", show_default=True,
              type=click.Choice(["json"]), help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write here (atomically) instead of standard output.")
@click.option("--encoding", help="Force the input text encoding (e.g. cp949) instead of detecting it.")
@click.option("--ascii-slug", is_flag=True, help="Transliterate the slug to ASCII instead of keeping Hangul.")
def convert(input_path, fmt, output, encoding, ascii_slug):
    """Convert one press release (INPUT, or - for standard input)."""
    from .render import render
    article = _read_input(input_path, encoding, ascii_slug)
    text = render(article, fmt)
    if output:
        from .output import write_atomic
        try:
            write_atomic(output, text)
        except OSError as exc:
            raise ConversionFailed(f"pr2news: {output}: cannot write: {exc.strerror or exc}") from None
    else:
        click.echo(text, nl=False)


@main.command(epilog=EXAMPLES)
@click.argument("input_path", metavar="INPUT")
@click.option("--encoding", help="Force the input text encoding.")
def inspect(input_path, encoding):
    """Print every input line with the role it was given, and why."""
    article = _read_input(input_path, encoding, False)
    width = max((len(t.role) for t in article.trace), default=8)
    for t in article.trace:
        click.echo(f"{t.where:>10}  {t.role:<{width}}  {t.text}")
        click.echo(f"{'':>10}  {'':<{width}}  ↳ {t.reason}")
    for w in article.warnings:
        click.echo(f"warning {w.code}: {w.message}", err=True)


@main.command()
def schema():
    """Print the JSON Schema of the article output."""
    from .schema import article_schema_text
    click.echo(article_schema_text(), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
