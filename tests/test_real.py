"""Real agency files: the releases in ../shared/real, as ministries published them, must keep scoring at
least the pinned floors per kind. Floors only ever rise. Skipped cleanly when ../shared/real is absent."""
import pytest

import pr2news
from test_corpus import score_corpus

# extension -> (mean score, mean contact fields, mean kept); raise these as the readers and segmenter
# improve, never lower them. First pinned when the HWP reader arrived (2026-12-05).
# .txt: the same files flattened to text (a paragraph per line, wrapped at the page width); pinned when the
# segmenter learned that layout (first look 0.619).
FLOORS = {".hwpx": (0.998, 1.0, 1.0), ".hwp": (0.999, 1.0, 1.0), ".pdf": (0.948, 1.0, 1.0), ".txt": (0.914, 1.0, 1.0)}


@pytest.mark.parametrize("ext", sorted(FLOORS))
def test_real_files_score_at_least_the_pinned_floor(real_dir, scorer, ext):
    rows = score_corpus(real_dir, ext, scorer)
    assert rows, f"no {ext} documents"
    mean = {k: sum(r[k] for r in rows) / len(rows) for k in ("score", "fields", "kept", "valid")}
    floor_score, floor_fields, floor_kept = FLOORS[ext]
    worst = sorted(rows, key=lambda r: r["score"])[:3]
    assert mean["score"] >= floor_score, [(r["id"], round(r["score"], 2)) for r in worst]
    assert mean["fields"] >= floor_fields
    assert mean["kept"] >= floor_kept, [r["id"] for r in rows if r["kept"] < 1]
    assert mean["valid"] == 1.0


def test_an_agency_hwp_and_its_hwpx_copy_convert_to_the_same_article(real_dir):
    pair = [real_dir / "raw" / name for name in ("kr-msit-noori-2018-hwp.hwp", "kr-msit-noori-2018.hwpx")]
    if not all(p.is_file() for p in pair):
        pytest.skip("the HWP/HWPX pair is not in ../shared/real")
    hwp, hwpx = (pr2news.convert(p).to_dict() for p in pair)
    assert {k: v for k, v in hwp.items() if k != "source"} == {k: v for k, v in hwpx.items() if k != "source"}
