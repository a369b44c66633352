"""The command line: convert, inspect, schema, version, and one-line errors with exit 1."""
import json

import pytest
from click.testing import CliRunner

from pr2news import __version__
from pr2news.cli import main

RELEASE = """FOR IMMEDIATE RELEASE
June 2, 2026
Harbor City Expands Free Summer Lunch Program to 40 Parks
HARBOR CITY, CA — The city will serve free lunches to children at 40 parks this summer, up from 25 last year.
Meals are available on weekdays from noon to 1 p.m. and no registration is needed.
Media Contact: Priya Nair, Public Information Officer, 555-010-7788
###
"""


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def release_file(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(RELEASE, encoding="utf-8")
    return path


def test_convert_prints_article_json_valid_against_the_schema(runner, release_file, validate):
    result = runner.invoke(main, ["convert", str(release_file)])
    assert result.exit_code == 0, result.output
    data = validate(json.loads(result.output))
    assert data["headline"] == "Harbor City Expands Free Summer Lunch Program to 40 Parks"
    assert data["contacts"][0]["name"] == "Priya Nair"
    assert data["source"]["path"] == str(release_file) and data["source"]["format"] == "text"


def test_convert_reads_standard_input_when_input_is_a_dash(runner, validate):
    result = runner.invoke(main, ["convert", "-", "--format", "json"], input=RELEASE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    data = validate(json.loads(result.output))
    assert data["source"]["path"] is None and data["dateline"]["place"] == "HARBOR CITY, CA"


def test_convert_writes_the_output_file_when_asked(runner, release_file, tmp_path):
    out = tmp_path / "out.json"
    result = runner.invoke(main, ["convert", str(release_file), "-o", str(out)])
    assert result.exit_code == 0 and result.output == ""
    assert json.loads(out.read_text(encoding="utf-8"))["slug"] == "harbor-city-expands-free-summer-lunch-program-to-40-parks"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".pr2news-")] == []


def test_ascii_slug_option_transliterates(runner, tmp_path):
    path = tmp_path / "ko.txt"
    path.write_text("서울시, 공공자전거 2천 대 추가\n서울시는 공공자전거 2천 대를 추가로 배치한다고 밝혔다.\n", encoding="utf-8")
    result = runner.invoke(main, ["convert", str(path), "--ascii-slug"])
    assert json.loads(result.output)["slug"].startswith("seoulsi-")


@pytest.mark.parametrize("make,reason", [
    (lambda p: p.write_bytes(b""), "empty input"),
    (lambda p: p.write_bytes(b" \n \n"), "empty input"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100)), "PNG image"),
    (lambda p: p.write_bytes(b"text with \x00 NUL"), "NUL bytes"),
    (lambda p: None, "no such file"),
])
def test_bad_input_gives_one_line_error_exit_1_and_writes_nothing(runner, tmp_path, make, reason):
    bad = tmp_path / "bad.txt"
    make(bad)
    out = tmp_path / "out.json"
    result = runner.invoke(main, ["convert", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and reason in lines[0]
    assert "Traceback" not in result.output
    assert not out.exists()


def test_a_directory_where_a_file_is_expected_is_a_one_line_error(runner, tmp_path):
    result = runner.invoke(main, ["inspect", str(tmp_path)])
    assert result.exit_code == 1 and "is a directory" in result.output and len(result.output.strip().splitlines()) == 1


def test_misuse_exits_2(runner):
    assert runner.invoke(main, ["convert"]).exit_code == 2
    assert runner.invoke(main, ["convert", "x.txt", "--format", "pdf"]).exit_code == 2
    assert runner.invoke(main, ["no-such-command"]).exit_code == 2


def test_version_and_help(runner):
    assert runner.invoke(main, ["--version"]).output.strip() == f"pr2news, version {__version__}"
    result = runner.invoke(main, ["convert", "--help"])
    assert result.exit_code == 0 and "Examples" in result.output


def test_schema_command_prints_the_article_schema(runner):
    schema = json.loads(runner.invoke(main, ["schema"]).output)
    assert schema["properties"]["schema_version"] == {"const": 1}


def test_inspect_shows_each_line_with_its_role_and_reason(runner, release_file):
    result = runner.invoke(main, ["inspect", str(release_file)])
    assert result.exit_code == 0
    assert "headline" in result.output and "Harbor City Expands" in result.output
    assert "contact" in result.output and "↳" in result.output


def test_outputs_get_ordinary_file_permissions(runner, release_file, tmp_path):
    import os
    out = tmp_path / "out.json"
    runner.invoke(main, ["convert", str(release_file), "-o", str(out)])
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


def test_max_pages_option_is_accepted_and_validated(runner, release_file):
    assert runner.invoke(main, ["convert", str(release_file), "--max-pages", "5"]).exit_code == 0
    assert runner.invoke(main, ["convert", str(release_file), "--max-pages", "0"]).exit_code == 2
