"""Batch conversion: many inputs -> outputs over a process pool, written atomically, with a report.

The flow, in the parent process:

    expand_inputs()  ->  Job per input  ->  convert_path() in workers (imap-like, input order)
                     ->  publish(): the staged files renamed to their final names, in input order

Workers render every format and write each output atomically into a private staging folder inside
the output folder; the parent then gives the files their final names by an atomic rename, in input
order. Why not name them in the worker: the final name depends on the other inputs (two releases
with the same slug), and deciding it in one place, in input order, makes it the same with
`--jobs 1` and `--jobs 8`. The staging folder is removed in every case, so an interrupted run
leaves no partial files.

Ownership: `.pr2news-outputs.json` in the output folder records which input produced each file.
An existing file is replaced only when it was produced by the same input; otherwise the output
takes a stable suffix derived from the input's path (`slug-1a2b3c4d.json`).
"""
from __future__ import annotations

import fnmatch
import itertools
import json
import os
import shutil
import sys
import tempfile
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Optional

from .checksum import sha256_hex
from .readers import FOLDER_SUFFIXES

MAX_BYTES = 20 * 1024 * 1024  # the readers' default; repeated here so the CLI need not import them
MAX_PAGES = 200  # the PDF reader's default page bound, likewise
DEFAULT_GLOBS = tuple("*" + suffix for suffix in FOLDER_SUFFIXES)  # the readers' kinds, and legacy .hwp .doc .rtf
STDIN = "-"
JSONL = "jsonl"
MANIFEST = ".pr2news-outputs.json"
STAGING_PREFIX = ".pr2news-staging-"

CONVERTED, FAILED, SKIPPED = "converted", "failed", "skipped"


@dataclass(frozen=True)
class Job:
    """One input and what to make of it; picklable, sent to a worker."""
    index: int
    input: str                         # a path, or "-" for standard input
    formats: tuple = ("json",)         # renderer names, and/or "jsonl"
    staging_dir: Optional[str] = None  # where the worker writes files; None when only jsonl is asked
    data: Optional[bytes] = None       # standard input, read by the parent
    encoding: Optional[str] = None
    ascii_slug: bool = False
    max_bytes: int = MAX_BYTES
    max_pages: int = MAX_PAGES
    name: str = "slug"                 # how outputs are named: "slug", "stem" or "file" (see output_base)
    render_options: tuple = ()         # (keyword, value) pairs for pr2news.render.render
    corrections: Optional[str] = None  # the editor's corrections file for this input, read by the worker


@dataclass
class Result:
    """What happened to one input; `staged` and `line` travel back from the worker, then are consumed."""
    index: int
    input: str
    status: str = FAILED
    outputs: list = field(default_factory=list)
    warnings: list = field(default_factory=list)   # warning codes
    error: Optional[str] = None
    base: Optional[str] = None                     # the output name before collisions are resolved
    staged: dict = field(default_factory=dict)     # format -> staged file
    line: Optional[str] = None                     # the article as one JSON line, for jsonl

    def report_entry(self):
        return {"input": self.input, "status": self.status, "outputs": self.outputs,
                "warnings": self.warnings, "error": self.error}


# ---------------------------------------------------------------- inputs

def expand_inputs(paths, globs=DEFAULT_GLOBS, exclude=()):
    """Files named and files found in folders (recursively, sorted, matching a glob), each once.

    Hidden files and folders are skipped inside folders, and so are the `exclude` folders (the output
    folder, when it sits inside an input folder). Named files are kept even when missing or broken,
    so that they are reported.
    """
    excluded = {os.path.abspath(e) for e in exclude}
    seen = set()
    for path in paths:
        if path == STDIN:
            if STDIN not in seen:
                seen.add(STDIN)
                yield STDIN
            continue
        path = os.fspath(path)
        if os.path.isdir(path):
            found = _walk(path, globs, excluded)
        else:
            found = (path,)
        for item in found:
            key = os.path.abspath(item)
            if key not in seen:
                seen.add(key)
                yield item


def _walk(folder, globs, excluded):
    for root, dirs, files in os.walk(folder, onerror=None, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and os.path.abspath(os.path.join(root, d)) not in excluded)
        for name in sorted(files):
            if name.startswith("."):
                continue
            relative = os.path.relpath(os.path.join(root, name), folder)
            if any(_glob_match(name, relative, g) for g in globs):
                yield os.path.join(root, name)


def _glob_match(name, relative, pattern):
    pattern = pattern.lower()
    target = relative.replace(os.sep, "/").lower() if "/" in pattern else name.lower()
    return fnmatch.fnmatchcase(target, pattern)


def input_key(path):
    """What identifies an input across runs: its absolute path (or <stdin>)."""
    return "<stdin>" if path == STDIN else os.path.abspath(path)


def input_tag(path):
    """A short stable suffix derived from the input's path, used to resolve name collisions."""
    return sha256_hex(input_key(path).encode("utf-8", "surrogateescape"))[:8]


def stem_of(path):
    """The input's file name without its last suffix: '2025.03.06 보도자료.txt' -> '2025.03.06 보도자료'."""
    stem = os.path.splitext(file_name_of(path))[0].lstrip(".")
    return stem or "release"


def file_name_of(path):
    """The input's whole file name, suffix included: 'en-001.agency.hwpx' (standard input: 'stdin')."""
    if path == STDIN:
        return "stdin"
    return os.path.basename(path.rstrip("/\\")).lstrip(".") or "release"


def output_base(name, path, slug):
    """What an input's outputs are named after, before the format's suffix and any collision tag."""
    if name == "stem":
        return stem_of(path)
    if name == "file":
        return file_name_of(path)
    return slug


# ---------------------------------------------------------------- the worker

def convert_path(job: Job) -> Result:
    """Convert one input, render every format, stage each output atomically. Never raises for bad input."""
    result = Result(index=job.index, input=job.input)
    try:
        from .errors import ConversionError
        from .pipeline import convert_document
        from .readers import read_bytes, read_path
        corrections = None
        if job.corrections:
            from .corrections import load
            try:
                corrections = load(job.corrections)
            except ConversionError as exc:
                result.error = str(exc)  # names the corrections file, not the input
                return result
        try:
            if job.data is not None:
                document = read_bytes(job.data, None, encoding=job.encoding, max_bytes=job.max_bytes,
                                      max_pages=job.max_pages)
                document.source = document.source._replace(read_as="bytes")
            else:
                document = read_path(job.input, encoding=job.encoding, max_bytes=job.max_bytes,
                                     max_pages=job.max_pages)
            article = convert_document(document, ascii_slug=job.ascii_slug, corrections=corrections)
        except ConversionError as exc:
            result.error = exc.reason
            return result
        result.warnings = article.warning_codes()
        result.base = output_base(job.name, job.input, article.slug)
        options = dict(job.render_options)
        from .output import write_staged
        from .render import SUFFIXES, render
        for fmt in job.formats:
            if fmt == JSONL:
                from .render.json_out import render_line
                result.line = render_line(article)
                continue
            try:
                text = render(article, fmt, **options)
            except ConversionError as exc:  # a newsroom template that fails on this article
                result.error, result.staged = exc.reason, {}
                return result
            staged = os.path.join(job.staging_dir, f"{job.index}{SUFFIXES.get(fmt, '.' + fmt)}")
            try:
                write_staged(staged, text)
            except OSError as exc:
                result.error = f"cannot write {fmt} output: {exc.strerror or exc}"
                return result
            result.staged[fmt] = staged
        result.status = CONVERTED
    except Exception as exc:  # a bug must cost one file, not the batch
        result.error = f"internal error: {type(exc).__name__}: {exc}"
        result.staged = {}
        result.line = None
    return result


def _ignore_sigint():
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the workers


class WorkerDied(Exception):
    """A worker process ended abruptly (killed, out of memory)."""


def convert_paths(jobs):
    """convert_path over a few jobs: one round trip to a worker for several small files."""
    return [convert_path(job) for job in jobs]


def _chunks(jobs, size):
    chunk = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _results_in_order(jobs, n_jobs, chunk_size=1):
    """Results of convert_path over jobs, in input order, with at most a small window in flight."""
    if n_jobs <= 1:
        for job in jobs:
            yield convert_path(job)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    pool = ProcessPoolExecutor(max_workers=n_jobs, initializer=_ignore_sigint)
    window = deque()
    clean = False
    try:
        for chunk in _chunks(jobs, chunk_size):
            window.append((chunk, pool.submit(convert_paths, chunk)))
            if len(window) >= n_jobs * 4:
                yield from _take(window, BrokenProcessPool)
        while window:
            yield from _take(window, BrokenProcessPool)
        clean = True
    finally:
        if not clean:
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def _take(window, broken):
    chunk, future = window.popleft()
    try:
        return future.result()
    except broken:
        raise WorkerDied(chunk[0].input if len(chunk) == 1 else f"{chunk[0].input} (or one of the "
                         f"{len(chunk) - 1} inputs after it)") from None


# ---------------------------------------------------------------- publishing

class Publisher:
    """Gives staged files their final names in the output folder, in input order."""

    def __init__(self, out_dir):
        self.out_dir = out_dir
        self.manifest_path = os.path.join(out_dir, MANIFEST)
        self.owners = self._load()
        self.changed = False

    def _load(self):
        try:
            with open(self.manifest_path, encoding="utf-8") as handle:
                data = json.load(handle)
            return dict(data.get("outputs", {}))
        except (OSError, ValueError, AttributeError):
            return {}

    def _free(self, name, key):
        return self.owners.get(name) == key or not os.path.lexists(os.path.join(self.out_dir, name))

    def choose_stem(self, base, path, suffixes):
        """The first stem whose every output name is free or already this input's."""
        key = input_key(path)
        tag = input_tag(path)
        # made one at a time: almost always the first is free (a list of all 1,000 cost the parent ~0.15 ms a file)
        candidates = itertools.chain((base, f"{base}-{tag}"), (f"{base}-{tag}-{n}" for n in range(2, 1000)))
        for stem in candidates:
            if all(self._free(stem + s, key) for s in suffixes):
                return stem
        raise OSError(f"no free output name for {base}")

    def publish(self, result):
        from .render import SUFFIXES
        suffixes = [SUFFIXES.get(fmt, "." + fmt) for fmt in result.staged]
        key = input_key(result.input)
        stem = self.choose_stem(result.base, result.input, suffixes)
        for (fmt, staged), suffix in zip(list(result.staged.items()), suffixes):
            name = stem + suffix
            target = os.path.join(self.out_dir, name)
            os.replace(staged, target)
            self.owners[name] = key
            self.changed = True
            result.outputs.append(target)
        result.staged = {}

    def save(self):
        if self.changed:
            from .output import write_atomic
            text = json.dumps({"version": 1, "outputs": dict(sorted(self.owners.items()))},
                              ensure_ascii=False, indent=1) + "\n"
            write_atomic(self.manifest_path, text)


# ---------------------------------------------------------------- report, progress

class ReportWriter:
    """The JSON report, streamed entry by entry to a temporary file and renamed into place at the end."""

    def __init__(self, path):
        self.path = path
        directory = os.path.dirname(os.path.abspath(path))
        fd, self.tmp = tempfile.mkstemp(prefix=".pr2news-", suffix=".tmp", dir=directory)
        self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        self.handle.write('{\n "files": [')
        self.count = 0

    def add(self, result):
        self.handle.write(("\n  " if self.count == 0 else ",\n  ")
                          + json.dumps(result.report_entry(), ensure_ascii=False))
        self.count += 1

    def close(self, summary):
        self.handle.write("\n ],\n \"summary\": " + json.dumps(summary, ensure_ascii=False) + "\n}\n")
        self.handle.close()
        os.replace(self.tmp, self.path)


class Progress:
    """files done / total, failures and rate on one stderr line, only when stderr is a terminal."""

    def __init__(self, total, stream, enabled):
        self.total, self.stream, self.enabled = total, stream, enabled
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, done, failed, force=False):
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.1 and done < self.total:
            return
        self.last = now
        rate = done / max(now - self.start, 1e-6)
        width = 24
        filled = int(width * done / self.total) if self.total else width
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}"
                          f"  {failed} failed  {rate:.1f} files/s ")
        self.stream.flush()

    def clear(self):
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()


# ---------------------------------------------------------------- the run

@dataclass
class Summary:
    total: int = 0
    converted: int = 0
    failed: int = 0
    skipped: int = 0
    with_warnings: int = 0
    seconds: float = 0.0
    interrupted: Optional[str] = None

    @property
    def exit_code(self):
        if self.interrupted == "interrupted":
            return 130
        return 1 if self.failed or self.interrupted else 0

    def to_dict(self):
        return {"total": self.total, "converted": self.converted, "failed": self.failed,
                "skipped": self.skipped, "with_warnings": self.with_warnings,
                "seconds": round(self.seconds, 3), "interrupted": self.interrupted}

    def line(self):
        text = (f"pr2news: {self.converted} converted, {self.failed} failed, "
                f"{self.with_warnings} with warnings in {self.seconds:.2f} s")
        if self.skipped:
            text += f" ({self.skipped} not attempted)"
        return text


def run_batch(inputs, out_dir=None, formats=("json",), *, jsonl_path=None, encoding=None, ascii_slug=False,
              max_bytes=MAX_BYTES, max_pages=MAX_PAGES, name="slug", render_options=None, jobs=None, report=None,
              fail_fast=False, quiet=False, verbose=False, stdin=None, stdout=None, stderr=None,
              progress=None, corrections=None) -> Summary:
    """Convert every input; outputs to out_dir (files) and/or jsonl to stdout or jsonl_path.

    `inputs` is a list of paths (already expanded; "-" for standard input). `corrections` is a folder of
    `<input name>.corrections.json` files (or one file, for one input). Returns the Summary; its
    `exit_code` is 0 when all converted, 1 when any failed, 130 when interrupted.
    """
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    started = time.monotonic()
    inputs = list(inputs)
    summary = Summary(total=len(inputs))
    file_formats = tuple(f for f in formats if f != JSONL)
    wants_jsonl = JSONL in formats
    options = tuple(sorted((render_options or {}).items()))
    n_jobs = max(1, min(jobs or os.cpu_count() or 1, len(inputs) or 1))
    if progress is None:
        progress = not quiet and hasattr(stderr, "isatty") and stderr.isatty()
    bar = Progress(len(inputs), stderr, progress)

    staging = publisher = None
    if file_formats:
        os.makedirs(out_dir, exist_ok=True)
        staging = tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir)
        publisher = Publisher(out_dir)
    report_writer = ReportWriter(report) if report else None
    jsonl_tmp = jsonl_sink = None
    if wants_jsonl:
        if jsonl_path:
            fd, jsonl_tmp = tempfile.mkstemp(prefix=".pr2news-", suffix=".tmp",
                                             dir=os.path.dirname(os.path.abspath(jsonl_path)))
            jsonl_sink = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        else:
            jsonl_sink = stdout

    if corrections:
        from .corrections import path_for

    def job_for(index, path):
        data = None
        if path == STDIN:
            data = (stdin or sys.stdin.buffer).read()
        return Job(index=index, input=path, formats=tuple(formats), staging_dir=staging, data=data,
                   encoding=encoding, ascii_slug=ascii_slug, max_bytes=max_bytes, max_pages=max_pages, name=name,
                   render_options=options, corrections=path_for(path, corrections) if corrections else None)

    if n_jobs > 1:
        from . import pipeline  # noqa: F401  imported once here so that forked workers start warm
        from . import render as _render  # noqa: F401

    done = 0
    # several small files per round trip to a worker, but never more than a few per worker in flight
    chunk_size = max(1, min(16, len(inputs) // (n_jobs * 16)))
    results = _results_in_order((job_for(i, p) for i, p in enumerate(inputs)), n_jobs, chunk_size)
    try:
        for result in results:
            if result.status == CONVERTED and publisher is not None:
                try:
                    publisher.publish(result)
                except OSError as exc:
                    result.status, result.error = FAILED, f"cannot write output: {exc.strerror or exc}"
            if result.status == CONVERTED:
                summary.converted += 1
                if result.warnings:
                    summary.with_warnings += 1
                if jsonl_sink is not None and result.line is not None:
                    jsonl_sink.write(result.line)
                    jsonl_sink.flush()
                if verbose:
                    bar.clear()
                    shown = ", ".join(result.outputs) or "converted"
                    extra = f" (warnings: {', '.join(result.warnings)})" if result.warnings else ""
                    stderr.write(f"pr2news: {result.input} -> {shown}{extra}\n")
            else:
                summary.failed += 1
                bar.clear()
                stderr.write(f"pr2news: {_shown(result.input)}: {result.error}\n")
            result.line = None
            if report_writer:
                report_writer.add(result)
            done += 1
            bar.update(done, summary.failed)
            if fail_fast and result.status != CONVERTED:
                summary.interrupted = "fail-fast"
                break
    except KeyboardInterrupt:
        summary.interrupted = "interrupted"
    except WorkerDied as exc:
        summary.interrupted = "worker died"
        summary.failed += 1
        if report_writer:
            report_writer.add(Result(index=done, input=exc.args[0],
                                     error="a worker process died while converting this input"))
        done += 1
        bar.clear()
        stderr.write(f"pr2news: {_shown(exc.args[0])}: a worker process died (killed or out of memory); "
                     f"stopping\n")
    finally:
        results.close()  # stops the workers before their staging folder goes
        bar.clear()
        if staging:
            shutil.rmtree(staging, ignore_errors=True)
        if publisher:
            try:
                publisher.save()
            except OSError as exc:
                stderr.write(f"pr2news: {publisher.manifest_path}: cannot write: {exc.strerror or exc}\n")
        if jsonl_tmp:
            jsonl_sink.close()
            if summary.interrupted == "interrupted":
                os.unlink(jsonl_tmp)
            else:
                os.replace(jsonl_tmp, jsonl_path)

    summary.skipped = len(inputs) - done
    summary.seconds = time.monotonic() - started
    if report_writer:
        for index in range(done, len(inputs)):
            report_writer.add(Result(index=index, input=inputs[index], status=SKIPPED,
                                     error=f"not attempted ({summary.interrupted})"))
        report_writer.close(summary.to_dict())
    if summary.interrupted == "interrupted":
        stderr.write(f"pr2news: interrupted after {done} of {len(inputs)} inputs; "
                     f"finished outputs kept, no partial files left\n")
    elif summary.interrupted == "fail-fast" and not quiet:
        stderr.write(f"pr2news: stopped at the first failure (--fail-fast); "
                     f"{len(inputs) - done} inputs not attempted\n")
    if not quiet:
        stderr.write(summary.line() + "\n")
    return summary


def single_report(path, input_path, outputs=(), warnings=(), error=None):
    """The --report of a one-file conversion, in the same shape as a batch report."""
    result = Result(index=0, input=input_path, status=FAILED if error else CONVERTED, outputs=list(outputs),
                    warnings=list(warnings), error=error)
    writer = ReportWriter(path)
    writer.add(result)
    writer.close(Summary(total=1, converted=int(not error), failed=int(bool(error)),
                         with_warnings=int(bool(warnings))).to_dict())


def _shown(path):
    return "<stdin>" if path == STDIN else path
