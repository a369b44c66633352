"""Word (.docx) -> article JSON with pr2news, side by side with mammoth's .docx -> HTML on the same files.

    pip install mammoth          # benchmark-only; not a pr2news dependency
    python benchmarks/bench_docx.py [CORPUS_RAW_DIR] [--repeat 5]

Times every .docx of the dev corpus (../shared/corpus/raw by default) and a generated 30-page
agency release (built here with python-docx), best of --repeat runs after one warm-up, and
measures the peak memory of the 30-page conversion in a fresh process (tracemalloc peak of the
conversion, and the process's peak RSS). Targets: pr2news at least 2x faster than mammoth per
document; under 100 MB peak for the 30-page file.
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "raw"

SENTENCES = (
    "서울시는 도심 곳곳의 자투리땅과 유휴 부지를 활용해 조성한 숲길 정원을 시민에게 개방한다고 밝혔다.",
    "이번 사업은 자치구와 시민단체, 지역 주민이 함께 참여해 계획 단계부터 운영까지 공동으로 추진한다.",
    "시는 올해 상반기 중 정원 관리 지침을 마련하고 하반기에는 시민 정원사 양성 과정을 운영할 계획이다.",
    "The city will publish quarterly figures on visitor numbers, maintenance costs and volunteer hours.",
)


def make_long_release(path, pages=30):
    """A 30-page agency-style release: header table, title, highlight box, lists, tables, contact table."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    header = document.add_table(rows=1, cols=3)
    for cell, text in zip(header.rows[0].cells, ("보도자료", "보도일시", "2026. 4. 2.(목) 06:00")):
        cell.text = text
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("서울시, 도심 공원 120곳에 숲길 정원 새로 연다")
    run.bold, run.font.size = True, Pt(18)
    box = document.add_table(rows=1, cols=1)
    box.cell(0, 0).text = "- 4월 한 달간 자치구별 개장 행사와 시민 해설 프로그램 운영"
    box.cell(0, 0).add_paragraph("- 정원 조성에 시민 3천 명 참여")
    for page in range(pages):
        document.add_paragraph(f"□ {page + 1}단계 사업 개요", style="List Bullet")
        for n in range(10):
            document.add_paragraph(" ".join(SENTENCES[(page + n + k) % len(SENTENCES)] for k in range(3)))
        document.add_paragraph("○ 세부 추진 내용", style="List Bullet 2")
        table = document.add_table(rows=4, cols=4)
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                cell.text = f"{r + 1}-{c + 1} 구역 {page * 16 + r * 4 + c}㎡"
    contact = document.add_table(rows=2, cols=4)
    for cell, text in zip(contact.rows[0].cells + contact.rows[1].cells,
                          ("담당부서", "공원조성과", "담당자", "주무관 김하늘", "연락처", "02-2133-2010", "", "")):
        cell.text = text
    document.save(path)
    return path


def best_time(func, repeat):
    func()  # warm-up: imports, caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def pr2news_json(path):
    import pr2news
    from pr2news.render import render
    return render(pr2news.convert(str(path)), "json")


def mammoth_html(path):
    import mammoth
    with open(path, "rb") as handle:
        return mammoth.convert_to_html(handle).value


MEMORY_PROBE = """
import resource, sys, tracemalloc
import pr2news
from pr2news.render import render
path = sys.argv[1]
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
render(pr2news.convert(path), "json")
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak, base * 1024, rss * 1024)
"""


def memory_of(path):
    """(tracemalloc peak of the conversion, RSS after imports, peak RSS) in bytes, in a fresh process."""
    out = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(path)], capture_output=True, text=True, check=True)
    return tuple(int(x) for x in out.stdout.split())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    try:
        import mammoth  # noqa: F401
    except ImportError:
        sys.exit("mammoth is not installed: pip install mammoth (benchmark only)")

    files = sorted(args.corpus.glob("*.docx")) if args.corpus.is_dir() else []
    with tempfile.TemporaryDirectory() as tmp:
        long_release = make_long_release(Path(tmp) / "generated-30-pages.docx")
        files.append(long_release)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"{platform.system()} {platform.release()}")
        print(f"{'document':32} {'KB':>6} {'pr2news ms':>11} {'mammoth ms':>11} {'ratio':>6}")
        ratios, total_p, total_m = [], 0.0, 0.0
        for path in files:
            p = best_time(lambda: pr2news_json(path), args.repeat)
            m = best_time(lambda: mammoth_html(path), args.repeat)
            ratios.append(m / p)
            total_p += p
            total_m += m
            print(f"{path.name[:32]:32} {path.stat().st_size / 1024:6.0f} {p * 1000:11.1f} {m * 1000:11.1f} {m / p:5.1f}x")
        ratios.sort()
        print(f"{'all':32} {'':6} {total_p * 1000:11.1f} {total_m * 1000:11.1f} {total_m / total_p:5.1f}x"
              f"  (per document: min {ratios[0]:.1f}x, median {ratios[len(ratios) // 2]:.1f}x)")
        peak, base, rss = memory_of(long_release)
        print(f"30-page release: tracemalloc peak {peak / 2**20:.1f} MB during conversion; "
              f"process RSS {base / 2**20:.0f} MB after imports, {rss / 2**20:.0f} MB peak")


if __name__ == "__main__":
    main()
