"""Batch conversion: folders of good and bad files, naming, collisions, jsonl order, jobs, safety."""
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from pr2news import batch
from pr2news.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EN_RELEASE = (EXAMPLES / "en-city-release.txt").read_bytes()
KO_RELEASE = (EXAMPLES / "ko-agency-release.txt").read_bytes()

OTHER_RELEASE = """FOR IMMEDIATE RELEASE
Testing Ministry Opens Three New Laboratories
The ministry said on Monday that three laboratories will open in the spring.
The laboratories will test water, soil and air for the public and publish the results.
Media Contact: Jo Park, 555-0100, jo.park@example.gov
###
""".encode("utf-8")


def slug_of(data):
    import pr2news
    return pr2news.convert(data).slug


def run(args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


def report_of(path):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {Path(e["input"]).name: e for e in data["files"]}, data["summary"]


def leftovers(folder):
    """Temporary or staging files that an atomic writer must never leave behind."""
    return [p for p in Path(folder).rglob("*") if p.name.startswith(".pr2news-")
            and p.name != batch.MANIFEST]


@pytest.fixture
def mixed_folder(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "good-en.txt").write_bytes(EN_RELEASE)
    (src / "sub" / "보도 자료 spaces.txt").write_bytes(KO_RELEASE)
    (src / "other.txt").write_bytes(OTHER_RELEASE)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (src / "undecodable.txt").write_bytes(bytes(range(0x80, 0x100)) * 8)
    (src / "oversized.txt").write_bytes(EN_RELEASE * 20)
    (src / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not a real zip archive")
    (src / "broken-link.txt").symlink_to(src / "missing-target.txt")
    (src / "notes.csv").write_text("not picked: wrong suffix\n")
    (src / ".hidden.txt").write_bytes(EN_RELEASE)
    return src


def test_a_folder_mixing_good_and_bad_files_converts_every_good_one_and_reports_each_bad_one(mixed_folder, tmp_path):
    out, report = tmp_path / "out", tmp_path / "report.json"
    max_bytes = len(EN_RELEASE) * 5
    result = run(["convert", mixed_folder, "-o", out, "--report", report, "--jobs", "1",
                  "--max-bytes", max_bytes, "-f", "json,html"])

    assert result.exit_code == 1
    entries, summary = report_of(report)
    assert set(entries) == {"good-en.txt", "보도 자료 spaces.txt", "other.txt", "empty.txt", "binary.txt",
                            "undecodable.txt", "oversized.txt", "corrupt.docx", "broken-link.txt"}
    converted = {n for n, e in entries.items() if e["status"] == "converted"}
    assert converted == {"good-en.txt", "보도 자료 spaces.txt", "other.txt"}
    assert summary["converted"] == 3 and summary["failed"] == 6
    assert "empty" in entries["empty.txt"]["error"]
    assert "binary" in entries["binary.txt"]["error"]
    assert "encoding" in entries["undecodable.txt"]["error"]
    assert "too large" in entries["oversized.txt"]["error"]
    assert "zip" in entries["corrupt.docx"]["error"]
    assert "no such file" in entries["broken-link.txt"]["error"]
    for name in converted:
        outputs = entries[name]["outputs"]
        assert [Path(o).suffix for o in outputs] == [".json", ".html"]
        assert all(Path(o).is_file() for o in outputs)
        assert json.loads(Path(outputs[0]).read_text(encoding="utf-8"))["source"]["path"].endswith(name)
    for entry in entries.values():
        if entry["status"] == "failed":
            assert entry["outputs"] == [] and entry["error"]
    # one line per failed file on stderr, then the summary
    for name in set(entries) - converted:
        assert sum(name in line for line in result.stderr.splitlines()) == 1
    assert "3 converted, 6 failed" in result.stderr.splitlines()[-1]
    assert leftovers(out) == [] and leftovers(tmp_path) == []
    assert sorted(p.suffix for p in out.iterdir() if not p.name.startswith(".")) == [".html"] * 3 + [".json"] * 3


def test_an_unreadable_file_is_reported_and_the_others_still_convert(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(EN_RELEASE)
    locked = src / "locked.txt"
    locked.write_bytes(OTHER_RELEASE)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: chmod does not stop reading")
        result = run(["convert", src, "-o", tmp_path / "out", "--report", tmp_path / "r.json", "-j", "1"])
        entries, _ = report_of(tmp_path / "r.json")
        assert result.exit_code == 1
        assert entries["a.txt"]["status"] == "converted"
        assert entries["locked.txt"]["error"] == "permission denied"
    finally:
        locked.chmod(0o644)


def test_outputs_are_named_after_the_slug_or_the_input_stem(tmp_path):
    (tmp_path / "first release.txt").write_bytes(OTHER_RELEASE)
    out = tmp_path / "out"
    assert run(["convert", tmp_path / "first release.txt", tmp_path / "first release.txt", "-o", out,
                "-f", "json,md" if "md" in _formats() else "json,html", "-q"]).exit_code == 0
    assert (out / f"{slug_of(OTHER_RELEASE)}.json").is_file()
    assert run(["convert", tmp_path / "first release.txt", "-o", out / "by-stem", "-f", "json,ninjs"
                if "ninjs" in _formats() else "json,html", "--name", "stem", "-q"]).exit_code == 0
    assert (out / "by-stem" / "first release.json").is_file()


def _formats():
    from pr2news.render import available_formats
    return available_formats()


def test_inputs_with_the_same_slug_never_overwrite_each_other_and_reruns_replace_only_their_own(tmp_path):
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "release.txt").write_bytes(OTHER_RELEASE)
    out = tmp_path / "out"
    out.mkdir()
    slug = slug_of(OTHER_RELEASE)
    (out / f"{slug}.json").write_text("a file someone else put here\n")
    inputs = [tmp_path / "a", tmp_path / "b", tmp_path / "c"]

    first = run(["convert", *inputs, "-o", out, "-q", "-j", "1", "--report", tmp_path / "r1.json"])
    assert first.exit_code == 0
    assert (out / f"{slug}.json").read_text() == "a file someone else put here\n"
    outputs1 = [json.loads(Path(p).read_text())["files"] for p in [tmp_path / "r1.json"]][0]
    names1 = [Path(e["outputs"][0]).name for e in outputs1]
    assert len(set(names1)) == 3
    for name, folder in zip(names1, "abc"):
        assert name == f"{slug}-{batch.input_tag(str(tmp_path / folder / 'release.txt'))}.json"

    (out / f"{slug}.json").unlink()  # the stranger's file goes: the first input may take the plain name now
    second = run(["convert", *reversed(inputs), "-o", out, "-q", "-j", "2", "--report", tmp_path / "r2.json"])
    assert second.exit_code == 0
    names2 = {Path(e["input"]).parent.name: Path(e["outputs"][0]).name
              for e in json.loads((tmp_path / "r2.json").read_text())["files"]}
    assert names2["c"] == f"{slug}.json"                      # free, so the first input in order took it
    assert names2["b"] == names1[1] and names2["a"] == names1[0]  # their own files, replaced in place
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(set(names1) | {f"{slug}.json"})

    third = run(["convert", *reversed(inputs), "-o", out, "-q", "--report", tmp_path / "r3.json"])
    names3 = {Path(e["input"]).parent.name: Path(e["outputs"][0]).name
              for e in json.loads((tmp_path / "r3.json").read_text())["files"]}
    assert third.exit_code == 0 and names3 == names2


def test_jsonl_streams_one_article_per_line_in_input_order(tmp_path):
    names = []
    for i in range(12):
        name = f"{i:02d}.txt"
        (tmp_path / name).write_bytes([EN_RELEASE, KO_RELEASE, OTHER_RELEASE][i % 3])
        names.append(name)
    (tmp_path / "05.txt").write_bytes(b"")
    result = run(["convert", tmp_path, "-f", "jsonl", "-j", "2", "-q"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [Path(json.loads(line)["source"]["path"]).name for line in lines] == [n for n in names if n != "05.txt"]


def test_jsonl_reads_standard_input_and_can_go_to_a_file(tmp_path):
    target = tmp_path / "all.jsonl"
    result = run(["convert", "-", tmp_path / "missing.txt", "-f", "jsonl", "-o", target, "-q"], input=OTHER_RELEASE)
    assert result.exit_code == 1 and "missing.txt: no such file" in result.stderr
    [line] = target.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["slug"] == slug_of(OTHER_RELEASE)
    assert leftovers(tmp_path) == []


def test_one_job_and_two_jobs_give_identical_outputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(9):
        (src / f"r{i}.txt").write_bytes([EN_RELEASE, KO_RELEASE, OTHER_RELEASE][i % 3])
    (src / "bad.txt").write_bytes(b"\x00")
    trees = []
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        inputs = list(batch.expand_inputs([src]))
        summary = batch.run_batch(inputs, str(out), ("json", "html"), jobs=jobs, quiet=True,
                                  report=str(tmp_path / f"r{jobs}.json"))
        assert (summary.converted, summary.failed, summary.exit_code) == (9, 1, 1)
        trees.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert trees[0] == trees[1]
    assert (tmp_path / "r1.json").read_text().split('"summary"')[0] == \
           (tmp_path / "r2.json").read_text().split('"summary"')[0].replace("out2", "out1")


def test_fail_fast_stops_at_the_first_failure_and_reports_the_rest_as_not_attempted(tmp_path):
    (tmp_path / "a.txt").write_bytes(EN_RELEASE)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(OTHER_RELEASE)
    result = run(["convert", tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt", "-o", tmp_path / "out",
                  "--fail-fast", "-j", "1", "--report", tmp_path / "r.json"])
    assert result.exit_code == 1
    entries, summary = report_of(tmp_path / "r.json")
    assert [e["status"] for e in entries.values()] == ["converted", "failed", "skipped"]
    assert summary["interrupted"] == "fail-fast"
    assert len([p for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")]) == 1


def test_an_interrupted_run_leaves_no_partial_files_and_says_so(tmp_path, monkeypatch):
    for i in range(4):
        (tmp_path / f"{i}.txt").write_bytes(OTHER_RELEASE.replace(b"Three", f"{i}".encode()))
    published = []
    real_publish = batch.Publisher.publish

    def publish_then_interrupt(self, result):
        if published:
            raise KeyboardInterrupt
        published.append(result)
        real_publish(self, result)

    monkeypatch.setattr(batch.Publisher, "publish", publish_then_interrupt)
    result = run(["convert", tmp_path, "-o", tmp_path / "out", "-j", "1", "--report", tmp_path / "r.json"])
    assert result.exit_code == 130
    assert "interrupted after 1 of 4 inputs" in result.stderr
    assert [p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")] == \
           [slug_of(OTHER_RELEASE.replace(b"Three", b"0")) + ".json"]
    assert leftovers(tmp_path) == []


_real_convert_path = batch.convert_path


def _dying_convert_path(job):
    if job.input.endswith("2.txt"):
        os._exit(9)
    return _real_convert_path(job)


def test_a_killed_worker_stops_the_run_with_a_clear_message_and_no_partial_files(tmp_path, monkeypatch):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_bytes(OTHER_RELEASE)
    monkeypatch.setattr(batch, "convert_path", _dying_convert_path)
    summary = batch.run_batch(list(batch.expand_inputs([tmp_path])), str(tmp_path / "out"), ("json",), jobs=2,
                              quiet=True)
    assert summary.exit_code == 1 and summary.interrupted == "worker died"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("args", [
    ["a.txt", "b.txt"],                    # several inputs, no -o
    ["a.txt", "-f", "json,html"],          # several formats, no -o
    ["folder"],                            # a folder, no -o
    ["a.txt", "b.txt", "-o", "a.txt"],     # -o names a file
    ["a.txt", "-f", "pdf"],                # not a format
])
def test_misuse_exits_with_status_2(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_bytes(EN_RELEASE)
    Path("b.txt").write_bytes(OTHER_RELEASE)
    Path("folder").mkdir()
    result = run(["convert", *args])
    assert result.exit_code == 2, result.output


def test_a_single_input_keeps_the_one_file_behaviour_and_one_line_errors(tmp_path):
    result = run(["convert", tmp_path / "missing.txt"])
    assert result.exit_code == 1
    assert result.stderr == f"pr2news: {tmp_path / 'missing.txt'}: no such file or folder\n"
    out = tmp_path / "one.json"
    (tmp_path / "a.txt").write_bytes(OTHER_RELEASE)
    assert run(["convert", tmp_path / "a.txt", "-o", out]).exit_code == 0
    assert json.loads(out.read_text())["headline"].startswith("Testing Ministry")
    assert run(["convert", tmp_path / "a.txt"]).stdout == out.read_text()


def test_glob_chooses_which_files_folders_give(tmp_path):
    (tmp_path / "a.txt").write_bytes(EN_RELEASE)
    (tmp_path / "b.md").write_bytes(OTHER_RELEASE)
    (tmp_path / "out").mkdir()
    assert [Path(p).name for p in batch.expand_inputs([tmp_path])] == ["a.txt"]
    assert [Path(p).name for p in batch.expand_inputs([tmp_path], ["*.MD"])] == ["b.md"]
    result = run(["convert", tmp_path, "--glob", "*.md", "--glob", "*.txt", "-f", "jsonl", "-q"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2


def test_the_output_folder_inside_an_input_folder_is_not_read_back(tmp_path):
    (tmp_path / "a.txt").write_bytes(OTHER_RELEASE)
    for _ in range(2):
        result = run(["convert", tmp_path, "-o", tmp_path / "out", "-f", "json,html"
                      if "html" in _formats() else "json", "-q", "--report", tmp_path / "r.json"])
        assert result.exit_code == 0
    entries, summary = report_of(tmp_path / "r.json")
    assert list(entries) == ["a.txt"]


def test_the_worker_never_raises_for_a_bad_input(tmp_path):
    job = batch.Job(index=0, input=str(tmp_path / "nope.docx"), staging_dir=str(tmp_path))
    result = batch.convert_path(job)
    assert (result.status, result.error) == ("failed", "no such file or folder")
    import pickle
    assert pickle.loads(pickle.dumps(job)) == job


def test_render_options_reach_the_renderer(tmp_path, monkeypatch):
    seen = {}
    import pr2news.render as render_mod

    def fake_render(article, fmt, **options):
        seen.update(options)
        return "{}"

    monkeypatch.setattr(render_mod, "render", fake_render)
    (tmp_path / "a.txt").write_bytes(OTHER_RELEASE)
    template = tmp_path / "t.html.j2"
    template.write_text("{{ article.headline }}")
    result = run(["convert", tmp_path / "a.txt", "--fragment", "--template", template, "--template-dir", tmp_path])
    assert result.exit_code == 0
    assert seen == {"fragment": True, "template": str(template), "template_dir": str(tmp_path)}


def test_a_single_input_with_a_report_writes_a_one_entry_report(tmp_path):
    (tmp_path / "a.txt").write_bytes(OTHER_RELEASE)
    out = tmp_path / "a.json"
    assert run(["convert", tmp_path / "a.txt", "-o", out, "--report", tmp_path / "r.json"]).exit_code == 0
    entries, summary = report_of(tmp_path / "r.json")
    assert entries["a.txt"]["outputs"] == [str(out)] and out.is_file() and summary["converted"] == 1
    result = run(["convert", tmp_path / "none.txt", "--report", tmp_path / "r.json"])
    entries, summary = report_of(tmp_path / "r.json")
    assert result.exit_code == 1 and entries["none.txt"]["error"] == "no such file or folder"


def test_verbose_names_each_output_and_a_terminal_gets_a_progress_bar(tmp_path):
    import io
    for i in range(3):
        (tmp_path / f"{i}.txt").write_bytes(OTHER_RELEASE)

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    err = Terminal()
    summary = batch.run_batch(list(batch.expand_inputs([tmp_path])), str(tmp_path / "out"), ("json",), jobs=1,
                              verbose=True, stderr=err)
    text = err.getvalue()
    assert summary.exit_code == 0
    assert "3/3" in text and "files/s" in text and text.count(" -> ") == 3
    assert text.rstrip().endswith("with warnings in " + text.rstrip().split("with warnings in ")[-1])
    quiet = Terminal()
    batch.run_batch(list(batch.expand_inputs([tmp_path])), str(tmp_path / "out"), ("json",), jobs=1, quiet=True,
                    stderr=quiet)
    assert quiet.getvalue() == ""


def test_legacy_files_in_a_folder_are_attempted_reported_as_failed_and_fail_the_run(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(OTHER_RELEASE)
    # an HWP 5 file is an OLE compound file whose header names the format: what a desk's folder holds
    hwp = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"HWP Document File" + bytes(2000)
    (src / "보도자료.hwp").write_bytes(hwp)
    (src / "memo.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    (src / "old.rtf").write_bytes(b"{\\rtf1\\ansi Seoul opens parks\\par}")
    result = run(["convert", src, "-o", tmp_path / "out", "--report", tmp_path / "r.json", "-j", "1"])
    entries, summary = report_of(tmp_path / "r.json")
    assert set(entries) == {"a.txt", "보도자료.hwp", "memo.doc", "old.rtf"}
    assert entries["a.txt"]["status"] == "converted"
    from pr2news.readers import READERS
    if "hwp" not in READERS:  # until an HWP 5 reader exists, the refusal says what to do
        assert entries["보도자료.hwp"]["status"] == "failed" and "HWP" in entries["보도자료.hwp"]["error"]
    assert entries["memo.doc"]["status"] == "failed" and entries["memo.doc"]["error"]
    assert entries["old.rtf"]["error"] == "an RTF document; save it as .docx, .hwpx or PDF"
    assert result.exit_code == 1 and summary["failed"] >= 2
    assert f"{src / 'memo.doc'}: " in result.stderr


def test_folders_are_searched_for_every_suffix_a_reader_knows():
    from pr2news.readers import SUFFIX_KINDS
    globs = set(batch.DEFAULT_GLOBS)
    assert {"*" + s for s in SUFFIX_KINDS if s not in (".md", ".text")} <= globs
    assert {"*.hwp", "*.doc", "*.rtf"} <= globs


@pytest.mark.parametrize("name,expected", [
    ("stem", ["2025.03.06 서울시 보도자료.json", "en-001.agency.json", "en-001.json"]),
    ("file", ["2025.03.06 서울시 보도자료.txt.json", "en-001.agency.txt.json", "en-001.txt.json"]),
])
def test_outputs_named_after_the_input_file_are_predictable(tmp_path, name, expected):
    src = tmp_path / "in"
    src.mkdir()
    for file_name in ("2025.03.06 서울시 보도자료.txt", "en-001.agency.txt", "en-001.txt"):
        (src / file_name).write_bytes(OTHER_RELEASE)
    out = tmp_path / "out"
    assert run(["convert", src, "-o", out, "--name", name, "-q"]).exit_code == 0
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(expected)


def test_with_name_file_inputs_differing_only_in_suffix_never_collide(tmp_path):
    (tmp_path / "en-001.txt").write_bytes(OTHER_RELEASE)
    (tmp_path / "en-001.html").write_text("<html><body><h1>Testing Ministry Opens Three New Laboratories</h1>"
                                          "<p>The ministry said on Monday that three laboratories will open.</p>"
                                          "</body></html>", encoding="utf-8")
    out = tmp_path / "out"
    assert run(["convert", tmp_path / "en-001.txt", tmp_path / "en-001.html", "-o", out, "--name", "file",
                "-q"]).exit_code == 0
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["en-001.html.json",
                                                                                  "en-001.txt.json"]
