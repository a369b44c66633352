"""Corrections as data: the file, its schema, and `convert --corrections` in every format and in batch."""
import hashlib
import json

import pytest
from click.testing import CliRunner

import pr2news
from editor_samples import EN_WRONG_HEADLINE, HEADLINE, HEADLINE_LINE, WRONG_HEADLINE
from pr2news import corrections
from pr2news.cli import main
from pr2news.errors import ConversionError


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def release(tmp_path):
    path = tmp_path / "water.txt"
    path.write_text(EN_WRONG_HEADLINE, encoding="utf-8")
    return path


def sha_of(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_corrections(path, release, pins=((HEADLINE_LINE, "headline"),), edits=None, sha=None):
    data = {"version": 1, "source_sha256": sha or sha_of(release),
            "pins": [{"line": line, "role": role} for line, role in pins]}
    if edits:
        data["edits"] = edits
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_pinned_headline_from_a_corrections_file_is_the_headline_and_the_old_one_leaves_the_body(
        runner, release, tmp_path, validate):
    fix = write_corrections(tmp_path / "fix.json", release)
    result = runner.invoke(main, ["convert", str(release), "--corrections", str(fix)])
    assert result.exit_code == 0, result.output
    data = validate(json.loads(result.stdout))
    assert data["headline"] == HEADLINE
    assert WRONG_HEADLINE in data["stripped"]
    assert all(block["text"] != WRONG_HEADLINE for block in data["body"])
    assert data["slug"] == "eastside-water-mains-to-be-replaced-over-eight-weeks-starting-june-8"
    assert "CORRECTIONS_STALE" not in [w["code"] for w in data["warnings"]]


def test_a_folder_of_corrections_is_looked_up_by_the_input_name(runner, release, tmp_path):
    folder = tmp_path / "fixes"
    folder.mkdir()
    write_corrections(folder / "water.txt.corrections.json", release)
    result = runner.invoke(main, ["convert", str(release), "--corrections", str(folder)])
    assert json.loads(result.stdout)["headline"] == HEADLINE
    other = tmp_path / "other.txt"
    other.write_text(EN_WRONG_HEADLINE, encoding="utf-8")
    result = runner.invoke(main, ["convert", str(other), "--corrections", str(folder)])
    plain = json.loads(runner.invoke(main, ["convert", str(other)]).stdout)
    assert json.loads(result.stdout) == plain  # no file for this input: nothing applied


@pytest.mark.parametrize("fmt", ["html", "md", "ninjs", "jsonl"])
def test_corrections_apply_in_every_format(runner, release, tmp_path, fmt):
    fix = write_corrections(tmp_path / "fix.json", release)
    result = runner.invoke(main, ["convert", str(release), "-f", fmt, "--corrections", str(fix)])
    assert result.exit_code == 0, result.output
    assert HEADLINE in result.stdout
    if fmt == "html":
        assert f"<h1>{HEADLINE}</h1>" in result.stdout
    elif fmt == "md":
        assert f'title: "{HEADLINE}"' in result.stdout


def test_corrections_apply_in_a_batch_across_processes(runner, release, tmp_path):
    other = tmp_path / "untouched.txt"
    other.write_text(EN_WRONG_HEADLINE.replace("June 8", "June 15"), encoding="utf-8")
    folder = tmp_path / "fixes"
    folder.mkdir()
    write_corrections(folder / "water.txt.corrections.json", release)
    out = tmp_path / "out"
    result = runner.invoke(main, ["convert", str(release), str(other), "-o", str(out), "--name", "stem",
                                  "--jobs", "2", "--corrections", str(folder), "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads((out / "water.json").read_text(encoding="utf-8"))["headline"] == HEADLINE
    untouched = json.loads((out / "untouched.json").read_text(encoding="utf-8"))
    assert untouched["headline"] == pr2news.convert(other).headline


def test_stale_corrections_change_nothing_but_a_warning(runner, release, tmp_path):
    fix = write_corrections(tmp_path / "fix.json", release, sha="0" * 64)
    plain = json.loads(runner.invoke(main, ["convert", str(release)]).stdout)
    result = runner.invoke(main, ["convert", str(release), "--corrections", str(fix)])
    assert result.exit_code == 0
    stale = json.loads(result.stdout)
    codes = [w["code"] for w in stale["warnings"]]
    assert codes == [w["code"] for w in plain["warnings"]] + ["CORRECTIONS_STALE"]
    assert str(fix) in stale["warnings"][-1]["message"]
    stale["warnings"] = plain["warnings"]
    assert stale == plain
    assert "CORRECTIONS_STALE" in result.stderr


def test_corrections_for_an_edited_input_are_stale(runner, release, tmp_path):
    fix = write_corrections(tmp_path / "fix.json", release)
    release.write_text(EN_WRONG_HEADLINE.replace("eleven times", "twelve times"), encoding="utf-8")
    data = json.loads(runner.invoke(main, ["convert", str(release), "--corrections", str(fix)]).stdout)
    assert data["headline"] == pr2news.convert(release).headline
    assert data["warnings"][-1]["code"] == "CORRECTIONS_STALE"


def test_a_pin_past_the_last_line_makes_the_corrections_stale(release, tmp_path):
    fix = write_corrections(tmp_path / "fix.json", release, pins=((HEADLINE_LINE, "headline"), (40, "stripped")))
    article = pr2news.convert(str(release), corrections=corrections.load(fix))
    assert article.headline == pr2news.convert(release).headline
    assert article.warnings[-1].code == "CORRECTIONS_STALE" and "line 40" in article.warnings[-1].message


MALFORMED = [
    (b"{not json", "not valid JSON"),
    (b"[]", "not a corrections object"),
    (b'{"version": 2, "source_sha256": "' + b"a" * 64 + b'"}', '"version" must be 1'),
    (b'{"version": 1, "source_sha256": "abc"}', "source_sha256"),
    (b'{"version": 1, "source_sha256": "' + b"a" * 64 + b'", "pins": [{"line": 2, "role": "kicker"}]}', "kicker"),
    (b'{"version": 1, "source_sha256": "' + b"a" * 64 + b'", "pins": [{"line": 0, "role": "body"}]}', "line number"),
    (b'{"version": 1, "source_sha256": "' + b"a" * 64 + b'", "pins": [{"line": "2", "role": "body"}]}', "line number"),
    (b'{"version": 1, "source_sha256": "' + b"a" * 64 + b'", "pins": [{"line": 2, "role": "body"}, '
     b'{"line": 2, "role": "headline"}]}', "pinned twice"),
    (b'{"version": 1, "source_sha256": "' + b"a" * 64 + b'", "path": "/etc/passwd"}', "unknown key 'path'"),
    (b'{"version": 1, "source_sha256": "' + b"a" * 64 + b'", "edits": {"body": "x"}}', "cannot be edited"),
    (b'{"version": 1, "source_sha256": "' + b"a" * 64 + b'", "edits": {"headline": "  "}}', "headline"),
    (b'{"version": 1, "version": 1, "source_sha256": "' + b"a" * 64 + b'"}', "appears twice"),
    (b'{"version": NaN, "source_sha256": "' + b"a" * 64 + b'"}', "NaN is not JSON"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b'{"version": 1, "pins": [' + b'{"line": 1, "role": "body"},' * 5000 + b"]}", "too large"),
]


@pytest.mark.parametrize("raw,reason", MALFORMED, ids=[r for _raw, r in MALFORMED])
def test_a_malformed_corrections_file_is_an_error_naming_it(tmp_path, raw, reason):
    path = tmp_path / "bad.corrections.json"
    path.write_bytes(raw)
    with pytest.raises(ConversionError) as failed:
        corrections.load(path)
    assert failed.value.path == str(path) and reason in failed.value.reason
    assert "\n" not in str(failed.value)


def test_a_malformed_corrections_file_stops_the_conversion_with_one_line_and_writes_nothing(
        runner, release, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "pins": []', encoding="utf-8")
    out = tmp_path / "out.json"
    result = runner.invoke(main, ["convert", str(release), "-o", str(out), "--corrections", str(bad)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"pr2news: {bad}: malformed corrections: not valid JSON")
    assert not out.exists()


def test_in_a_batch_a_malformed_corrections_file_costs_its_input_only(runner, release, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(EN_WRONG_HEADLINE, encoding="utf-8")
    folder = tmp_path / "fixes"
    folder.mkdir()
    (folder / "water.txt.corrections.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["convert", str(release), str(other), "-o", str(out), "--name", "stem",
                                  "--corrections", str(folder), "--jobs", "1"])
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if "malformed corrections" in line]
    assert len(failed) == 1 and str(release) in failed[0] and "water.txt.corrections.json" in failed[0]
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["other.json"]


def test_one_corrections_file_for_several_inputs_is_misuse(runner, release, tmp_path):
    fix = write_corrections(tmp_path / "fix.json", release)
    result = runner.invoke(main, ["convert", str(release), str(release), "-o", str(tmp_path / "out"),
                                  "--corrections", str(fix)])
    assert result.exit_code == 2 and "folder" in result.stderr


def test_an_edited_headline_replaces_the_detected_one_and_names_the_slug(release):
    fix = corrections.parse({"version": 1, "source_sha256": sha_of(release),
                             "edits": {"headline": "Eastside  water mains replaced from June 8"}})
    article = pr2news.convert(str(release), corrections=fix)
    assert article.headline == "Eastside water mains replaced from June 8"
    assert article.slug == "eastside-water-mains-replaced-from-june-8"
    assert "HEADLINE_GUESSED" not in article.warning_codes()


def test_corrections_survive_a_round_trip_through_their_json():
    fix = corrections.parse({"version": 1, "source_sha256": "b" * 64, "source": "water.txt",
                             "pins": [{"line": 9, "role": "stripped"}, {"line": 2, "role": "headline"}],
                             "edits": {"headline": "New"}})
    assert fix.pins == ((2, "headline"), (9, "stripped"))
    assert fix.segment_pins() == {1: "headline", 8: "stripped"}
    assert corrections.loads(fix.to_json().encode("utf-8")) == fix


SHA = "c" * 64
NOT_CORRECTIONS = [
    [],
    {"source_sha256": SHA},
    {"version": 2, "source_sha256": SHA},
    {"version": 1, "source_sha256": "C" * 64},
    {"version": 1, "source_sha256": SHA, "pins": {"2": "headline"}},
    {"version": 1, "source_sha256": SHA, "pins": [{"line": 2, "role": "kicker"}]},
    {"version": 1, "source_sha256": SHA, "pins": [{"line": 0, "role": "body"}]},
    {"version": 1, "source_sha256": SHA, "pins": [{"line": 2.5, "role": "body"}]},
    {"version": 1, "source_sha256": SHA, "pins": [{"line": 2, "role": "body", "note": "x"}]},
    {"version": 1, "source_sha256": SHA, "path": "../../etc/passwd"},
    {"version": 1, "source_sha256": SHA, "edits": {"body": "x"}},
    {"version": 1, "source_sha256": SHA, "edits": {"headline": " "}},
    {"version": 1, "source_sha256": SHA, "edits": {"headline": "x" * 1001}},
]


def test_the_schema_command_prints_the_corrections_schema_and_it_agrees_with_the_reader(runner):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(runner.invoke(main, ["schema", "--corrections"]).stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    good = {"version": 1, "source_sha256": SHA, "source": "water.txt", "pins": [{"line": 4, "role": "headline"}],
            "edits": {"headline": "A headline"}}
    assert validator.is_valid(good) and corrections.parse(good).pins == ((4, "headline"),)
    for data in NOT_CORRECTIONS:
        assert not validator.is_valid(data), data
        with pytest.raises(ValueError):
            corrections.parse(data)


def test_a_single_conversion_prints_its_warning_codes_on_one_line_unless_quiet(runner, tmp_path):
    path = tmp_path / "cut.txt"
    path.write_text("Harbor City Opens Two New Cooling Centers\n"
                    "HARBOR CITY, CA — Two new cooling centers open on Monday at the Westside and\n", encoding="utf-8")
    result = runner.invoke(main, ["convert", str(path)])
    assert result.exit_code == 0
    codes = [w["code"] for w in json.loads(result.stdout)["warnings"]]
    assert "NO_CONTACT" in codes and "TRUNCATED_BODY" in codes
    assert result.stderr == f"pr2news: {path}: warnings: {', '.join(codes)}\n"
    assert runner.invoke(main, ["convert", str(path), "--quiet"]).stderr == ""
    clean = tmp_path / "clean.txt"
    clean.write_text(EN_WRONG_HEADLINE, encoding="utf-8")  # no warnings: no line
    assert runner.invoke(main, ["convert", str(clean)]).stderr == ""


def test_the_editors_sample_is_still_one_the_detector_gets_wrong():
    # the browser tests (skipped without Chromium) need a release to correct: say so here too, where they run
    import pr2news
    assert pr2news.convert(EN_WRONG_HEADLINE).headline == WRONG_HEADLINE
