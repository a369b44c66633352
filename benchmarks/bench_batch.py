"""Speed of pr2news: per document (beside trafilatura), batch throughput by --jobs, and cold start.

    python benchmarks/bench_batch.py [--corpus ../shared/corpus/raw] [--files 2000] [--repeat 20]

A script, not a test: it prints figures to copy into the README. trafilatura is optional
(`pip install trafilatura`); without it that column is skipped. Targets (issue 6): pr2news >= 3x
faster per document; --jobs 2 >= 1.7x --jobs 1 on 2,000 releases; cold start <= 1.5x `import click`.
"""
from __future__ import annotations

import argparse
import html
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "raw"


def corpus_texts(folder):
    paths = sorted(Path(folder).glob("*.txt"))
    if not paths:
        sys.exit(f"no .txt releases in {folder} (give --corpus)")
    return paths


def as_html_paragraphs(text):
    """The release as a bare web page, one <p> per non-blank line: what trafilatura is given."""
    paragraphs = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip())
    return f"<!DOCTYPE html><html><head><title>release</title></head><body><article>\n{paragraphs}</article></body></html>"


def best_per_document(measures, repeat, block=5):
    """{name: (best, median)} in milliseconds per document over `repeat` passes of each (function, inputs).
    The measures take turns in blocks of a few passes, so a change in the machine's load falls on all of
    them alike, while each block still runs with its own code and data warm in the CPU caches."""
    for function, inputs in measures.values():  # warm up: imports, regex caches
        for item in inputs:
            function(item)
    passes = {name: [] for name in measures}
    for _ in range(max(1, repeat // block)):
        for name, (function, inputs) in measures.items():
            for _ in range(block):
                start = time.perf_counter()
                for item in inputs:
                    function(item)
                passes[name].append((time.perf_counter() - start) / len(inputs) * 1000)
    return {name: (min(times), statistics.median(times)) for name, times in passes.items()}


def per_document(paths, repeat):
    from pr2news.pipeline import convert_document
    from pr2news.readers import read_bytes
    from pr2news.render import render
    from pr2news.render.json_out import render_line

    blobs = [(p.read_bytes(), str(p)) for p in paths]
    # trafilatura's JSON is one line, so ours is compared as one line too (a jsonl record); the indented
    # JSON of `pr2news convert FILE` is shown beside it (json's indenting is pure Python)
    measures = {
        "line": (lambda b: render_line(convert_document(read_bytes(b[0], b[1]))), blobs),
        "indented": (lambda b: render(convert_document(read_bytes(b[0], b[1])), "json"), blobs),
    }
    try:
        import trafilatura
        pages = [as_html_paragraphs(b.decode("utf-8", "replace")) for b, _ in blobs]
        measures["trafilatura"] = (
            lambda page: trafilatura.extract(page, output_format="json", with_metadata=True), pages)
    except ImportError:
        trafilatura = None
    figures = best_per_document(measures, repeat)
    line, pretty = figures["line"], figures["indented"]
    print(f"per document ({len(paths)} corpus .txt releases, best / median of {repeat} passes, taking turns):")
    print(f"  pr2news  read + segment + JSON line     {line[0]:7.3f} / {line[1]:7.3f} ms")
    print(f"  pr2news  read + segment + indented JSON {pretty[0]:7.3f} / {pretty[1]:7.3f} ms")
    if trafilatura is None:
        print("  trafilatura                             not installed (pip install trafilatura)")
        return
    theirs = figures["trafilatura"]
    print(f"  trafilatura {trafilatura.__version__:<8} extract(json)       {theirs[0]:7.3f} / {theirs[1]:7.3f} ms")
    print(f"  pr2news is {theirs[0] / line[0]:.1f}x faster per document (target >= 3x); "
          f"{theirs[0] / pretty[0]:.1f}x with indented JSON; medians {theirs[1] / line[1]:.1f}x")


def replicate(paths, count, folder):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        source = paths[i % len(paths)]
        shutil.copyfile(source, folder / f"{i:05d}-{source.name}")
    return folder


def cli(*args):
    return [str(Path(sys.executable).with_name("pr2news")), *map(str, args)]


def throughput(paths, count, job_counts, rounds=3):
    """Best of `rounds` runs per job count, the job counts taking turns (load on a shared machine drifts)."""
    print(f"batch: {count} releases (the corpus replicated), pr2news convert DIR -o OUT -q, best of {rounds}:")
    with tempfile.TemporaryDirectory(prefix="pr2news-bench-") as tmp:
        inputs = replicate(paths, count, Path(tmp) / "in")
        runs = {jobs: [] for jobs in job_counts}
        for _ in range(rounds):
            for jobs in job_counts:
                out = Path(tmp) / f"out-{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                start = time.perf_counter()
                subprocess.run(cli("convert", inputs, "-o", out, "-q", "--jobs", jobs), check=False)
                runs[jobs].append(time.perf_counter() - start)
        seconds = {jobs: min(times) for jobs, times in runs.items()}
        for jobs in job_counts:
            print(f"  --jobs {jobs}: {seconds[jobs]:6.2f} s   {count / seconds[jobs]:7.0f} files/s")
        if 1 in seconds and 2 in seconds:
            print(f"  --jobs 2 is {seconds[1] / seconds[2]:.2f}x --jobs 1 (target >= 1.7x)")


def cold_start(small, repeat):
    """Medians of `repeat` runs each, the two commands taking turns so that a change in the machine's load
    falls on both alike."""
    commands = {"baseline": [sys.executable, "-c", "import click"], "ours": cli("convert", small)}
    times = {name: [] for name in commands}
    for command in commands.values():  # warm the disk and bytecode caches
        subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
    for _ in range(repeat):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
            times[name].append((time.perf_counter() - start) * 1000)
    baseline, ours = statistics.median(times["baseline"]), statistics.median(times["ours"])
    print(f"cold start (median of {repeat}, taking turns):")
    print(f"  python -c 'import click'      {baseline:6.1f} ms")
    print(f"  pr2news convert {small.name:<13} {ours:6.1f} ms  = {ours / baseline:.2f}x (target <= 1.5x)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, type=Path, help="folder of .txt releases")
    parser.add_argument("--files", default=2000, type=int, help="releases in the batch run")
    parser.add_argument("--repeat", default=20, type=int, help="passes per timing")
    parser.add_argument("--jobs", default="1,2", help="job counts for the batch run")
    args = parser.parse_args()
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # measure as installed: with bytecode caches
    paths = corpus_texts(args.corpus)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}, "
          f"load average {os.getloadavg()[0]:.1f} (other work on the machine slows --jobs 2 most)")
    per_document(paths, args.repeat)
    throughput(paths, args.files, [int(j) for j in args.jobs.split(",")])
    cold_start(min(paths, key=lambda p: p.stat().st_size), args.repeat)


if __name__ == "__main__":
    main()
