"""How conversion time grows with input size: it should grow with the number of lines, not their square.

    python benchmarks/bench_scaling.py

Prints seconds per conversion for synthetic releases of 1k, 10k and 50k lines of three shapes (short
lines, bullets, prose paragraphs) and the ratio per line between the largest and the smallest.
"""
import time

import pr2news

SHAPES = {
    "short lines": lambda n: "제목 줄입니다 테스트\n" + "\n".join(f"짧은 줄 {i}" for i in range(n)),
    "bullets": lambda n: "A Headline For Testing\n" + "\n".join(f"• bullet item number {i} with words" for i in range(n)),
    "prose": lambda n: "A Headline For Testing\n" + "\n".join(
        f"The city said on Monday that project number {i} would be finished by the end of the year." for i in range(n)),
}


def main():
    sizes = (1_000, 10_000, 50_000)
    for name, make in SHAPES.items():
        times = []
        for n in sizes:
            text = make(n)
            start = time.perf_counter()
            pr2news.convert(text)
            times.append(time.perf_counter() - start)
        per_line = [t / n * 1e6 for t, n in zip(times, sizes)]
        print(f"{name:12s} " + "  ".join(f"{n:>6,} lines {t:6.2f} s" for n, t in zip(sizes, times))
              + f"   µs/line {per_line[0]:.0f} -> {per_line[-1]:.0f}")


if __name__ == "__main__":
    main()
