"""Command line: thin click commands over the library. Only this module (and batch) prints or writes."""
from __future__ import annotations

import gc
import sys

from . import __version__, fastre

# click and what it imports (platform, gettext, locale) compile a dozen patterns at import: from the cache
with fastre.compiling_imports():
    import click

from .errors import ConversionError

EXAMPLES = """
\b
Examples:
  pr2news convert release.txt                 JSON on standard output
  pr2news convert release.hwpx -o story.html  HTML (the format follows -o's suffix)
  pr2news inspect release.txt                 every line with the role it was given
  pr2news preview release.txt                 the editor's preview page
  pr2news schema                              the article JSON Schema
Run 'pr2news COMMAND --help' for each command's examples, exit codes and warning codes.
"""

CONVERT_EXAMPLES = """
\b
Examples:
  pr2news convert release.txt                 JSON on standard output
  pr2news convert release.docx -o out.json    write atomically to a file
  pr2news convert release.hwpx -o story.html  HTML: the format follows -o's suffix
  cat release.txt | pr2news convert           read standard input (or: -)
  pr2news convert releases/ -o out/ -f json,html --report report.json
                                              a folder, in parallel, two formats
  pr2news convert releases/ -o out/ --name file
                                              out/<input file name>.json
  pr2news convert releases/ -f jsonl          one article per line, in input order
  pr2news convert release.txt --corrections release.txt.corrections.json
                                              with an editor's corrections (see preview --serve)
"""

INSPECT_EXAMPLES = """
\b
Examples:
  pr2news inspect release.txt                 each line, its role and the reason
  pr2news inspect release.docx 2>/dev/null    without the warnings (on standard error)
  pbpaste | pr2news inspect                   read standard input
"""

PREVIEW_EXAMPLES = """
\b
Examples:
  pr2news preview release.txt                 write a temporary page and print its path
  pr2news preview release.txt -o check.html --open
  pr2news preview release.txt --serve         the editor at http://127.0.0.1:<port>/: pin roles
                                              to lines, Save writes release.txt.corrections.json
"""

EXIT_CODES = """
\b
Exit status:
  0  done
  1  an input could not be converted (missing, unreadable, not a release)
     or an output could not be written; one line on standard error each
  2  misuse: unknown option or value, no INPUT on a terminal, -o that
     cannot be what is asked, a template with a syntax error
"""


class ConversionFailed(click.ClickException):
    """A file that could not be converted: one line, exit status 1."""
    exit_code = 1

    def format_message(self):
        return self.message

    def show(self, file=None):
        # "pr2news: FILE: reason", the same line a batch prints for a failed file (no "Error:" prefix)
        click.echo(self.format_message(), err=True, file=file)


def _warning_codes_help():
    from .model import WARNING_CODES
    width = max(map(len, WARNING_CODES))
    lines = [f"  {code:<{width}}  {meaning}" for code, meaning in WARNING_CODES.items()]
    return "\n\b\nWarning codes (in the article's warnings; a warning never fails a conversion):\n" + "\n".join(lines) + "\n"


def _epilog(examples):
    return examples + EXIT_CODES + _warning_codes_help()


def _read_input(path, encoding, ascii_slug, max_bytes=None, max_pages=None, corrections=None):
    """INPUT -> Article. On the command line INPUT is always a path (or - for standard input), never text."""
    from .pipeline import convert, convert_document
    from .readers import MAX_BYTES, MAX_PAGES, read_path
    limits = {"max_bytes": max_bytes or MAX_BYTES, "max_pages": max_pages or MAX_PAGES,
              "corrections": corrections}
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
            return convert(data, encoding=encoding, ascii_slug=ascii_slug, name="<stdin>", **limits)
        # convert(Path(path)) does the same, but pathlib costs ~2 ms of a one-file run's start
        document = read_path(path, encoding=encoding, max_bytes=limits["max_bytes"], max_pages=limits["max_pages"])
        return convert_document(document, ascii_slug=ascii_slug, corrections=corrections)
    except ConversionError as exc:
        failed = ConversionFailed(f"pr2news: {path if path != '-' else '<stdin>'}: {exc.reason}")
        failed.trace = exc.trace
        raise failed from None


def _load_corrections(input_path, corrections_path):
    """The corrections for one input from --corrections (a file, or a folder), or None."""
    if not corrections_path:
        return None
    from . import corrections
    path = corrections.path_for(input_path, corrections_path)
    if path is None:
        return None
    try:
        return corrections.load(path)
    except ConversionError as exc:
        raise ConversionFailed(f"pr2news: {exc}") from None


def _inputs_or_stdin(inputs):
    """No INPUT: standard input when data is piped in (as pandoc does), else usage and exit 2."""
    if inputs:
        return inputs
    if sys.stdin is None or sys.stdin.isatty():
        raise click.UsageError("no INPUT: give a file, a folder, or - for standard input (or pipe a release in).")
    return ("-",)


def _check_encoding(ctx, param, value):
    if value is None:
        return None
    import codecs
    try:
        codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(f"{value!r} is not a known text encoding (e.g. utf-8, cp949, euc-kr)") from None
    return value


def _check_folder_exists(ctx, param, value):
    """A file to write (--report, preview -o): its folder must exist, or nothing could be written at the end."""
    import os
    if value is not None and value != "-":
        folder = os.path.dirname(os.path.abspath(value))
        if not os.path.isdir(folder):
            raise click.BadParameter(f"{value}: the folder {folder} does not exist")
    return value


def _check_template(ctx, param, value):
    """A template with a syntax error is refused before anything is converted (exit 2)."""
    import os
    if value is None:
        return None
    names = ([value] if param.name == "template" else
             [os.path.join(value, n) for n in sorted(os.listdir(value)) if n.endswith((".j2", ".jinja"))])
    import jinja2
    for name in names:
        try:
            with open(name, encoding="utf-8") as handle:
                jinja2.Environment().parse(handle.read())
        except jinja2.TemplateSyntaxError as exc:
            raise click.BadParameter(f"{name}, line {exc.lineno}: {exc.message}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise click.BadParameter(f"{name}: cannot read it ({getattr(exc, 'strerror', None) or exc})") from None
    return value


@click.group(epilog=EXAMPLES + EXIT_CODES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pr2news")
def main():
    """Turn government press releases (Korean and English) into articles ready for publishing."""
    # What exists by now (modules, compiled patterns, lexicons, these commands) lives until exit. Frozen,
    # the garbage collector stops walking it on every full collection: ~6 ms of a ~55 ms one-file run.
    gc.freeze()


FORMATS = ("json", "html", "md", "ninjs", "jsonl")  # the renderer registry, plus jsonl for pipelines


# -o's suffix gives the format when -f is not given (longest suffix first: .ninjs.json before .json)
OUTPUT_SUFFIXES = ((".ninjs.json", "ninjs"), (".jsonl", "jsonl"), (".json", "json"), (".html", "html"),
                   (".htm", "html"), (".md", "md"), (".markdown", "md"))


def format_for_output(path):
    """The format an output file name asks for by its suffix, or None."""
    lowered = str(path).lower()
    return next((fmt for suffix, fmt in OUTPUT_SUFFIXES if lowered.endswith(suffix)), None)


# the names people type for a format (-f markdown, -f HTM): the same renderer
FORMAT_ALIASES = {"markdown": "md", "htm": "html", "ndjson": "jsonl", "json-lines": "jsonl"}


def _parse_formats(ctx, param, value):
    if value is None:
        return None
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    names = [FORMAT_ALIASES.get(n, n) for n in names]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise click.BadParameter(f"{', '.join(unknown) or repr(value)}: choose from {', '.join(FORMATS)} "
                                 f"(several separated by commas)")
    return tuple(dict.fromkeys(names))


def _parse_size(ctx, param, value):
    if value is None:
        return None
    text = str(value).strip().lower().removesuffix("b")
    factor = {"k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}.get(text[-1:], 1)
    try:
        size = int(float(text[:-1] if factor > 1 else text) * factor)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size (e.g. 5000000, 500k, 20M)") from None
    if size < 1:
        raise click.BadParameter("must be at least 1 byte")
    return size


@main.command(epilog=_epilog(CONVERT_EXAMPLES), short_help="Convert releases to JSON, HTML, Markdown or ninjs.")
@click.argument("inputs", metavar="[INPUT]...", nargs=-1)
@click.option("-f", "--format", "formats", default=None, callback=_parse_formats,
              help="Output format: json, html, md, ninjs or jsonl; several separated by commas (json,html). "
                   "Without -f the format follows -o's suffix (.json, .ninjs.json, .jsonl, .html/.htm, "
                   ".md/.markdown), else json. jsonl writes one article per line to standard output, in input order.")
@click.option("-o", "--output", type=click.Path(),
              help="A file for one input in one format (written atomically). For several inputs or formats, a "
                   "folder that receives one output per input per format (a name ending in an output suffix such "
                   "as .json is a file, never a folder).")
@click.option("--encoding", callback=_check_encoding,
              help="Force the input text encoding (e.g. cp949) instead of detecting it.")
@click.option("--ascii-slug", is_flag=True, help="Transliterate the slug to ASCII instead of keeping Hangul.")
@click.option("--publisher", metavar="NAME",
              help="HTML: the organisation publishing the page (JSON-LD publisher); otherwise the issuing "
                   "department found in the release.")
@click.option("--fragment", is_flag=True, help="HTML and Markdown: only the article, without a page around it.")
@click.option("--template", type=click.Path(exists=True, dir_okay=False), callback=_check_template,
              help="Render HTML with this Jinja2 template file instead of the built-in one.")
@click.option("--template-dir", type=click.Path(exists=True, file_okay=False), callback=_check_template,
              help="Look up templates in this folder first (to override the built-in ones).")
@click.option("--name", "naming", type=click.Choice(["slug", "stem", "file"]), default="slug", show_default=True,
              help="Name outputs after the article's slug, the input's file name without its last suffix "
                   "(stem: 'a.b.txt' -> a.b.json) or the whole file name (file: 'a.b.txt' -> a.b.txt.json).")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="Which files to take from folders (repeatable; default: every suffix a reader knows, "
                   "and legacy .doc .rtf, which are reported when they cannot be read).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Convert in this many processes (default: the number of cores; 1 runs in-process).")
@click.option("--report", type=click.Path(dir_okay=False), callback=_check_folder_exists,
              help="Write a JSON report here: one entry per input with status, outputs, warning codes and error.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that cannot be converted.")
@click.option("--max-bytes", callback=_parse_size, default="20M", show_default=True,
              help="Refuse inputs larger than this (bytes, or with k/M/G).")
@click.option("--max-pages", type=click.IntRange(min=1), default=200, show_default=True,
              help="Read at most this many pages of a PDF (a PAGES_SKIPPED warning says when more were left).")
@click.option("--corrections", "corrections_path", type=click.Path(exists=True),
              help="Apply an editor's corrections: a corrections file (one input), or a folder holding "
                   "<input name>.corrections.json files.")
@click.option("-q", "--quiet", is_flag=True,
              help="Print only the errors: no progress bar, no summary, no warning line.")
@click.option("-v", "--verbose", is_flag=True, help="Also print one line per converted input.")
def convert(inputs, formats, output, encoding, ascii_slug, publisher, fragment, template, template_dir, naming, globs,
            jobs, report, fail_fast, max_bytes, max_pages, corrections_path, quiet, verbose):
    """Convert press releases: INPUT files, folders (recursively), or - for standard input.

    Every INPUT is a path, never release text. With no INPUT, a release piped to standard input is read.
    """
    import os
    inputs = _inputs_or_stdin(inputs)
    formats = formats or ((format_for_output(output),) if output and format_for_output(output) else ("json",))
    options = {k: v for k, v in (("fragment", fragment), ("template", template),
                                 ("template_dir", template_dir), ("publisher", publisher)) if v}
    output_is_folder = bool(output) and (os.path.isdir(output) or output.endswith(("/", os.sep)))
    single_file = (len(inputs) == 1 and not os.path.isdir(inputs[0]) and len(formats) == 1
                   and formats[0] != "jsonl" and not output_is_folder)
    _require_renderers(formats)
    if single_file:
        folder = os.path.dirname(os.path.abspath(output)) if output else None
        if folder and not os.path.isdir(folder):
            raise click.UsageError(f"-o {output}: the folder {folder} does not exist.")
        try:
            corrections = _load_corrections(inputs[0], corrections_path)
            article = _convert_one(inputs[0], formats[0], output, encoding, ascii_slug, max_bytes, options,
                                   max_pages, corrections)
        except ConversionFailed as exc:
            if report:
                from .batch import single_report
                shown = "<stdin>" if inputs[0] == "-" else inputs[0]
                single_report(report, inputs[0], error=exc.message.removeprefix(f"pr2news: {shown}: "))
            raise
        if report:
            from .batch import single_report
            single_report(report, inputs[0], outputs=[output] if output else [], warnings=article.warning_codes())
        if article.warnings and not quiet:
            shown = "<stdin>" if inputs[0] == "-" else inputs[0]
            click.echo(f"pr2news: {shown}: warnings: {', '.join(article.warning_codes())}", err=True)
        return
    from . import batch
    if inputs.count("-") > 1:
        raise click.UsageError("- (standard input) can be given only once.")
    if corrections_path and not os.path.isdir(corrections_path) and (len(inputs) > 1 or os.path.isdir(inputs[0])):
        raise click.UsageError(f"--corrections {corrections_path}: a corrections file fits one input; for "
                               f"several give a folder of <input name>.corrections.json files.")
    file_formats = [f for f in formats if f != "jsonl"]
    jsonl_path = None
    if output and formats == ("jsonl",) and not os.path.isdir(output):
        jsonl_path = output
    elif file_formats and not output:
        raise click.UsageError("several inputs or formats need -o DIR, the folder that receives the outputs "
                               "(or use -f jsonl to stream to standard output).")
    elif output and os.path.exists(output) and not os.path.isdir(output):
        raise click.UsageError(f"-o {output}: several inputs or formats need a folder, and this is a file.")
    elif output and not output_is_folder and format_for_output(output):
        raise click.UsageError(f"-o {output}: several inputs or formats need a folder, and a name ending in "
                               f"{os.path.splitext(output)[1]} is a file (give a folder, or one format).")
    out_dir = output if file_formats else None
    globs = globs or batch.DEFAULT_GLOBS
    paths = list(batch.expand_inputs(inputs, globs, exclude=[out_dir] if out_dir else []))
    if not paths:
        raise ConversionFailed(f"pr2news: {', '.join(inputs)}: is a directory with no files to convert "
                               f"(looking for {' '.join(globs)}; see --glob)")
    summary = batch.run_batch(paths, out_dir, formats, jsonl_path=jsonl_path, encoding=encoding,
                              ascii_slug=ascii_slug, max_bytes=max_bytes, max_pages=max_pages, name=naming,
                              render_options=options, corrections=corrections_path,
                              jobs=jobs, report=report, fail_fast=fail_fast, quiet=quiet, verbose=verbose,
                              stdout=sys.stdout, stderr=sys.stderr, stdin=sys.stdin.buffer)
    sys.exit(summary.exit_code)


def _convert_one(input_path, fmt, output, encoding, ascii_slug, max_bytes, options, max_pages=None,
                 corrections=None):
    """One input in one format to standard output or to one file: one-line errors, exit 1."""
    from .render import render
    article = _read_input(input_path, encoding, ascii_slug, max_bytes, max_pages, corrections)
    try:
        text = render(article, fmt, **options)
    except ConversionError as exc:  # a newsroom template that fails on this article
        raise ConversionFailed(f"pr2news: {input_path if input_path != '-' else '<stdin>'}: {exc.reason}") from None
    if output:
        from .output import write_atomic
        try:
            write_atomic(output, text)
        except OSError as exc:
            raise ConversionFailed(f"pr2news: {output}: cannot write: {exc.strerror or exc}") from None
    else:
        click.echo(text, nl=False)
    return article


def _require_renderers(formats):
    from .render import get_renderer
    missing = []
    for fmt in formats:
        try:
            if fmt != "jsonl":
                get_renderer(fmt)  # imported now rather than looked up (importlib.util): it is used next
        except ImportError:  # the renderer, or what it needs (jinja2 for html), is not installed
            missing.append(fmt)
    if missing:
        raise click.UsageError(f"format {', '.join(missing)} is not available in this installation.")


@main.command(epilog=_epilog(INSPECT_EXAMPLES), short_help="Show every input line with its role and why.")
@click.argument("input_path", metavar="[INPUT]", required=False)
@click.option("--encoding", callback=_check_encoding, help="Force the input text encoding.")
def inspect(input_path, encoding):
    """Print every input line with the role it was given, and why. INPUT is a path or - (standard input)."""
    input_path = _inputs_or_stdin((input_path,) if input_path else ())[0]
    try:
        article = _read_input(input_path, encoding, False)
    except ConversionFailed as exc:
        # nothing was kept: what each line was taken for is what the editor needs to see why
        _print_trace(getattr(exc, "trace", ()))
        raise
    _print_trace(article.trace)
    for w in article.warnings:
        click.echo(f"warning {w.code}: {w.message}", err=True)


def _print_trace(trace):
    width = max((len(t.role) for t in trace), default=8)
    where_width = min(max((len(t.where) for t in trace), default=10), 24)
    for t in trace:
        click.echo(f"{t.where:>{where_width}}  {t.role:<{width}}  {t.text}")
        click.echo(f"{'':>{where_width}}  {'':<{width}}  ↳ {t.reason}")


@main.command(short_help="Print the JSON Schema of the article or of corrections.")
@click.option("--corrections", "of_corrections", is_flag=True,
              help="Print the JSON Schema of a corrections file instead.")
def schema(of_corrections):
    """Print the JSON Schema of the article output (or of a corrections file)."""
    if of_corrections:
        from .corrections import schema_text
        click.echo(schema_text(), nl=False)
        return
    from .schema import article_schema_text
    click.echo(article_schema_text(), nl=False)


def _preview_corrections_path(input_path, corrections_path):
    """The preview's corrections file: --corrections (inside a folder, the file named after INPUT), or
    INPUT.corrections.json beside the input. It may not exist yet: the editor's Save creates it."""
    import os

    from . import corrections
    if corrections_path and os.path.isdir(corrections_path):
        return os.path.join(corrections_path, os.path.basename(input_path) + corrections.SUFFIX)
    return corrections_path or corrections.default_path(input_path)


def _preview_page(input_path, encoding, corrections_path=None, serve=False):
    """Convert INPUT (with its corrections, when saved) and render the read-only preview page."""
    import os

    from .render.html import render_preview
    corrections = None
    if input_path != "-":
        path = _preview_corrections_path(input_path, corrections_path)
        # a corrections file named without --serve must exist; with it, Save may be about to create it
        if os.path.exists(path) or corrections_path and not serve:
            corrections = _load_corrections(input_path, path)
    article = _read_input(input_path, encoding, False, corrections=corrections)
    return render_preview(article, source_name=input_path)


def _editor_server(input_path, encoding, corrections_path, port):
    """The editor's server (pr2news.serve), checked to convert INPUT before it listens."""
    from .serve import EditorSession, make_server
    session = EditorSession(input_path, _preview_corrections_path(input_path, corrections_path), encoding)
    try:
        session.page()
    except ConversionError as exc:
        raise ConversionFailed(f"pr2news: {exc}") from None
    try:
        return make_server(session, port=port), session
    except OSError as exc:
        raise ConversionFailed(f"pr2news: 127.0.0.1:{port}: cannot listen there ({exc.strerror or exc}); "
                               f"choose another --port, or 0 for a free one") from None


@main.command(epilog=_epilog(PREVIEW_EXAMPLES), short_help="Show an editor what was detected, line by line.")
@click.argument("input_path", metavar="[INPUT]", required=False)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), callback=_check_folder_exists,
              help="Write the preview page here (otherwise to a temporary file whose path is printed).")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default web browser.")
@click.option("--serve", is_flag=True,
              help="Serve the editor on 127.0.0.1 at a free port: pin roles to lines, save the corrections, "
                   "download the corrected article. INPUT is converted again on every reload.")
@click.option("--port", default=0, show_default=True, type=click.IntRange(0, 65535),
              help="Port for --serve; 0 picks a free one.")
@click.option("--corrections", "corrections_path", type=click.Path(),
              help="The corrections file (or a folder of <input name>.corrections.json files) shown applied "
                   "and, with --serve, written by Save; default INPUT.corrections.json beside the input.")
@click.option("--encoding", callback=_check_encoding, help="Force the input text encoding.")
def preview(input_path, output, open_browser, serve, port, corrections_path, encoding):
    """Show an editor what was detected: the article beside every source line, tinted by its role.

    INPUT is a path or - (standard input, not with --serve). With --serve the page is the editor: pin a
    role to a line, see the article segmented again around the pins, save them as a corrections file.
    """
    import webbrowser
    from pathlib import Path
    input_path = _inputs_or_stdin((input_path,) if input_path else ())[0]
    if serve and input_path == "-":
        raise click.UsageError("--serve re-reads INPUT on every reload; give a file, not -.")
    page = _preview_page(input_path, encoding, corrections_path, serve)
    if output or not serve:
        if output:
            target = output
        else:
            import tempfile
            fd, target = tempfile.mkstemp(prefix="pr2news-preview-", suffix=".html")
            import os
            os.close(fd)
        from .output import write_atomic
        try:
            write_atomic(target, page)
        except OSError as exc:
            raise ConversionFailed(f"pr2news: {target}: cannot write: {exc.strerror or exc}") from None
        click.echo(target)
        if open_browser and not serve:
            webbrowser.open(Path(target).resolve().as_uri())
    if serve:
        server, session = _editor_server(input_path, encoding, corrections_path, port)
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        click.echo(f"Editing {input_path} at {url} (Save writes {session.shown_path}; Ctrl+C stops)")
        if open_browser:
            webbrowser.open(url)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()


if __name__ == "__main__":  # pragma: no cover
    main()
