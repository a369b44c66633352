"""The measurement that sets the segmenter's weights: a coordinate search over its numeric constants.

    python benchmarks/tune_weights.py ../shared/corpus --split tune [--train MORE_DIRS…] [--check DIR…]

Every module-level number of pr2news.segment (decode.py's HEAD_SCALE, TAIL_HEADER …, deck.py's _PAGE_LIKE,
boilerplate.py's _LONGEST_CHROME …) is tried in turn at a few other values (0, ½, ¾, 4/3 and 2 times its
own; small integers for counts), and a value is kept when the mean score of the training releases rises
by more than --min-gain (0.002: more than one release's one component in a hundred, so a single
release never moves a weight). The releases are scored in this process with the shared scorer's own
score_doc (headline, highlights, body, clean, contact; `kept` is not asked, it needs no weights). Nothing
is written: the search prints what it would change, with the figures of the --check folders (never
trained on) before and after, and the developer changes the constant by hand, with a fixture.

A value that raises the score is kept only if the segmentation tests still pass with it (`--tests`, run
in this process with pytest): each of their fixtures is a release shape met before, and a weight that
wins a few releases by losing one of them is no gain (the title weights once raised a probe set's kept-aside
half by 0.012 while five fixtures - a subtitle longer than its title, a faxed statement's cover - broke).

A corpus folder holds raw/ID.txt and gold/ID.json in the format of the shared corpus's FORMAT.md: your
own labelled releases retune the weights for your sources the same way. `--split tune` (or `check`)
takes one side of the shared corpus's fixed split by source (score.py's source_split).
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import re
import sys
from pathlib import Path

import pr2news
from pr2news.render import json_out

MODULES = ("article", "body", "boilerplate", "contact", "dates", "deck", "decode", "evidence", "extent",
           "headline", "layout", "lines", "meta", "split", "wire")
# NAME = 1.5 at the start of a line, a plain number and nothing else (no tuple, no call)
_CONSTANT = re.compile(r"^([A-Z_][A-Z0-9_]*) = (-?\d+(?:\.\d+)?)\s*(?:#.*)?$", re.M)
ROOT = Path(__file__).resolve().parents[1]
_DEFAULT_SCORER = ROOT.parent / "shared" / "tools" / "score.py"


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("pr2news_scorer", path)
    module = importlib.util.module_from_spec(spec)
    saved, sys.argv = sys.argv, [str(path)]  # the scorer parses its arguments only in main()
    try:
        spec.loader.exec_module(module)
    finally:
        sys.argv = saved
    return module


def releases(folder, split=None, scorer=None):
    """[(raw path, gold, raw text)] of a corpus folder's .txt releases (one side of its split if asked)."""
    folder = Path(folder)
    sides = scorer.source_split(folder) if split else None
    found = []
    for gold_file in sorted((folder / "gold").glob("*.json")):
        if sides is not None and sides.get(gold_file.stem, "tune") != split:
            continue
        raw = folder / "raw" / f"{gold_file.stem}.txt"
        if raw.exists():
            found.append((raw, json.loads(gold_file.read_text(encoding="utf-8")), raw.read_text(encoding="utf-8")))
    return found


def mean_score(items, scorer):
    """The mean of the scored components over the releases, as score.py computes each (a failed conversion
    scores zero)."""
    if not items:
        return float("nan")
    total = 0.0
    for raw, gold, text in items:
        try:
            article = json.loads(json_out.render(pr2news.convert(raw)))
        except pr2news.ConversionError:
            continue
        metrics = scorer.score_doc(text, gold, article, None, [])
        total += sum(metrics[k] for k in scorer.SCORED) / len(scorer.SCORED)
    return total / len(items)


def constants():
    """{(module, NAME): value} of every plain numeric constant of the segmenter's modules."""
    found = {}
    for name in MODULES:
        module = importlib.import_module(f"pr2news.segment.{name}")
        for match in _CONSTANT.finditer(Path(module.__file__).read_text(encoding="utf-8")):
            value = getattr(module, match.group(1), None)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                found[(module, match.group(1))] = value
    return found


def candidates(value):
    if isinstance(value, int):
        return sorted({round(value * f) for f in (0, 0.5, 0.75, 4 / 3, 2)} - {value})
    if value == 0:
        return [-0.5, -0.2, 0.2, 0.5]
    return [value * f + 0.0 for f in (0, 0.5, 0.75, 4 / 3, 2)]  # + 0.0: zero, not -0.0


SEGMENTATION_TESTS = ("tests/test_segment_fixtures.py", "tests/test_segment_pages.py", "tests/test_segment_printed.py",
                      "tests/test_segment_layout.py", "tests/test_segment_feeds.py", "tests/test_segment_evidence.py",
                      "tests/test_segment_agency_layout.py")


def tests_pass(paths):
    """The tests at paths pass with the weights as they are now set in this process (no paths: True)."""
    if not paths:
        return True
    import pytest
    return pytest.main(["-q", "-x", "-p", "no:cacheprovider", "--no-header", "-o", "console_output_style=classic",
                        *map(str, paths)], plugins=[]) == 0


def search(train, checks, scorer, only=None, rounds=2, min_gain=0.002, out=print, tests=()):
    """Coordinate search; returns {(module, NAME): (old, new)} of the changes kept. A value is kept only if
    the `tests` (paths) still pass with it."""
    weights = constants()
    if only:
        weights = {key: v for key, v in weights.items() if key[1] in only}
    before = {name: mean_score(items, scorer) for name, items in checks.items()}
    best = mean_score(train, scorer)
    out(f"{len(weights)} weights; training releases {len(train)}: {best:.4f}"
        + "".join(f"; {name} {v:.4f}" for name, v in before.items()))
    kept = {}
    try:
        for _ in range(rounds):
            moved = False
            for (module, name), start in weights.items():
                current = getattr(module, name)
                for value in candidates(current):
                    setattr(module, name, value)
                    score = mean_score(train, scorer)
                    if score > best + min_gain and not tests_pass(tests):
                        out(f"  {module.__name__.rsplit('.', 1)[1]}.{name}: {value:g} would score {score:.4f}, "
                            "but the segmentation tests fail with it")
                    elif score > best + min_gain:
                        best, current, moved = score, value, True
                        kept[(module, name)] = (start, value)
                        out(f"  {module.__name__.rsplit('.', 1)[1]}.{name}: {start} -> {value:g}  training {score:.4f}")
                setattr(module, name, current)
            if not moved:
                break
        after = {name: mean_score(items, scorer) for name, items in checks.items()}
    finally:
        for (module, name), start in weights.items():
            setattr(module, name, start)  # the process is left as it was found
    out(f"training {best:.4f}" + "".join(f"; {name} {before[name]:.4f} -> {after[name]:.4f}" for name in checks))
    return kept


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="a folder of raw/ and gold/ to train on")
    ap.add_argument("--split", choices=("tune", "check"), help="one side of the corpus's split by source")
    ap.add_argument("--train", type=Path, nargs="*", default=[], help="more folders to train on")
    ap.add_argument("--check", type=Path, nargs="*", default=[], help="folders to report, never trained on "
                    "(the corpus's check side is added when --split tune)")
    ap.add_argument("--scorer", type=Path, default=_DEFAULT_SCORER, help="the shared score.py")
    ap.add_argument("--only", help="comma-separated constant names to search (default: all)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--min-gain", type=float, default=0.002)
    ap.add_argument("--tests", type=Path, nargs="*", default=[ROOT / t for t in SEGMENTATION_TESTS],
                    help="tests that must still pass for a value to be kept (default: the segmentation tests; "
                         "none: --tests with no path)")
    args = ap.parse_args(argv)
    if not args.scorer.is_file():
        ap.error(f"{args.scorer}: no such scorer (pass --scorer PATH/score.py)")
    for folder in [args.corpus, *args.train, *args.check]:
        if not (folder / "gold").is_dir():
            ap.error(f"{folder}: not a corpus folder (no gold/ in it)")
    scorer = load_scorer(args.scorer)
    train = releases(args.corpus, args.split, scorer)
    for folder in args.train:
        train += releases(folder, None, scorer)
    checks = {str(folder): releases(folder, None, scorer) for folder in args.check}
    if args.split == "tune":
        checks[f"{args.corpus} check"] = releases(args.corpus, "check", scorer)
    if not train:
        ap.error("no training releases (raw/ID.txt beside gold/ID.json)")
    only = set(args.only.split(",")) if args.only else None
    kept = search(train, checks, scorer, only, args.rounds, args.min_gain, tests=args.tests)
    if not kept:
        print("no weight moves: the constants sit at a local optimum for these releases")


if __name__ == "__main__":
    main()
