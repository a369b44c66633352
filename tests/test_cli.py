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
    assert json.loads(result.stdout)["slug"].startswith("seoulsi-")


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


def test_misuse_exits_2(runner, release_file):
    assert runner.invoke(main, ["convert", "x.txt", "--format", "pdf"]).exit_code == 2
    assert runner.invoke(main, ["no-such-command"]).exit_code == 2
    result = runner.invoke(main, ["convert", str(release_file), "--encoding", "klingon-8"])
    assert result.exit_code == 2 and "klingon-8" in result.output and "Traceback" not in result.output


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


def test_inspect_of_a_page_with_nothing_to_keep_still_shows_what_each_line_was_taken_for(runner, tmp_path):
    page = tmp_path / "menu.txt"
    page.write_text("Home\nNews\nSearch\nLog in\n", encoding="utf-8")
    result = runner.invoke(main, ["inspect", str(page)])
    assert result.exit_code == 1
    assert "no text that reads as a press release" in result.output
    assert "Log in" in result.output and "↳" in result.output


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


# ---------------------------------------------------------------- an argument is a path, never release text

@pytest.mark.parametrize("command", ["convert", "inspect", "preview"])
@pytest.mark.parametrize("name", ["releases/", "nosuchfile", "missing.rtf", "missing.hwp"])
def test_a_missing_path_is_a_one_line_error_naming_it_with_exit_1(runner, tmp_path, monkeypatch, command, name):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, [command, name])
    assert result.exit_code == 1, result.output
    assert result.output == f"pr2news: {name}: no such file or folder\n"
    assert list(tmp_path.iterdir()) == []  # no article, no preview page


def test_the_library_says_whether_a_str_was_read_as_a_file_or_as_text(tmp_path, monkeypatch):
    import pr2news
    monkeypatch.chdir(tmp_path)
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    from_file = pr2news.convert("release.txt")
    assert from_file.source.read_as == "file" and from_file.source.path == "release.txt"
    from_text = pr2news.convert(RELEASE)
    assert from_text.source.read_as == "text" and from_text.source.path is None
    assert from_text.headline == from_file.headline
    assert pr2news.convert(RELEASE.encode("utf-8")).to_dict()["source"]["read_as"] == "bytes"
    with pytest.raises(pr2news.ConversionError, match="no such file"):
        pr2news.convert("missing.hwpx")  # a name with a release suffix is a path, even when missing


def test_standard_input_is_recorded_as_bytes(runner):
    result = runner.invoke(main, ["convert", "-"], input=RELEASE.encode("utf-8"))
    assert json.loads(result.output)["source"] == {**json.loads(result.output)["source"], "path": None,
                                                   "read_as": "bytes"}


# ---------------------------------------------------------------- no INPUT: standard input, or usage on a terminal

@pytest.mark.parametrize("command", ["convert", "inspect"])
def test_without_input_piped_standard_input_is_read(runner, command):
    result = runner.invoke(main, [command], input=RELEASE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert "Harbor City Expands Free Summer Lunch Program" in result.output


@pytest.mark.parametrize("command", ["convert", "inspect", "preview"])
def test_without_input_on_a_terminal_usage_is_printed_and_the_exit_status_is_2(command):
    import os
    import pty
    import subprocess
    import sys
    leader, follower = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "pr2news.cli", command], stdin=follower,
                              capture_output=True, text=True, timeout=60)
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 2
    assert done.stderr.startswith("Usage: ") and "no INPUT" in done.stderr and "Traceback" not in done.stderr


# ---------------------------------------------------------------- no tracebacks

def test_a_report_into_a_missing_folder_is_one_line_and_nothing_is_converted(runner, release_file, tmp_path):
    out = tmp_path / "out.json"
    result = runner.invoke(main, ["convert", str(release_file), "-o", str(out),
                                  "--report", str(tmp_path / "nodir" / "report.json")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "--report" in result.output and "nodir" in result.output and not out.exists()


def test_an_output_file_in_a_missing_folder_is_misuse(runner, release_file, tmp_path):
    result = runner.invoke(main, ["convert", str(release_file), "-o", str(tmp_path / "nodir" / "a.json")])
    assert result.exit_code == 2 and "nodir" in result.output.splitlines()[-1]


def test_preview_on_a_port_in_use_is_one_line_with_exit_1(runner, release_file):
    import socket
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = runner.invoke(main, ["preview", str(release_file), "--serve", "--port", str(port)])
    assert result.exit_code == 1, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith(f"pr2news: 127.0.0.1:{port}: cannot listen") and "--port" in last
    assert "Traceback" not in result.output


def test_a_template_with_a_syntax_error_is_refused_before_converting(runner, release_file, tmp_path):
    template = tmp_path / "broken.html.j2"
    template.write_text("<h1>{{ headline }</h1>\n", encoding="utf-8")
    result = runner.invoke(main, ["convert", str(release_file), "-f", "html", "--template", str(template)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "broken.html.j2, line 1" in result.output
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "article.html.j2").write_text("{% if headline %}<h1>{{ headline }}</h1>\n", encoding="utf-8")
    result = runner.invoke(main, ["convert", str(release_file), "-f", "html", "--template-dir", str(folder)])
    assert result.exit_code == 2 and "article.html.j2" in result.output and "Traceback" not in result.output


def test_a_template_with_an_undefined_variable_fails_that_file_in_one_line(runner, release_file, tmp_path):
    template = tmp_path / "newsroom.html.j2"
    template.write_text("<h1>{{ headline }}</h1>\n<p>{{ kicker }}</p>\n", encoding="utf-8")
    out = tmp_path / "out.html"
    result = runner.invoke(main, ["convert", str(release_file), "-o", str(out), "--template", str(template)])
    assert result.exit_code == 1 and not out.exists()
    assert result.output == f"pr2news: {release_file}: template newsroom.html.j2, line 2: 'kicker' is undefined\n"
    batch_out = tmp_path / "batch"
    result = runner.invoke(main, ["convert", str(release_file), "-o", str(batch_out), "-f", "json,html",
                                  "--template", str(template), "-q"])
    assert result.exit_code == 1 and "'kicker' is undefined" in result.output and "Traceback" not in result.output


# ---------------------------------------------------------------- -o and -f

@pytest.mark.parametrize("name,opening", [("story.html", "<!DOCTYPE html>"), ("story.htm", "<!DOCTYPE html>"),
                                          ("story.md", "---\ntitle:"), ("story.json", "{\n  \"schema_version\""),
                                          ("story.ninjs.json", "{\n  \"uri\": \"urn:pr2news:")])
def test_without_f_the_format_follows_the_output_suffix(runner, release_file, tmp_path, name, opening):
    out = tmp_path / name
    assert runner.invoke(main, ["convert", str(release_file), "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith(opening)


def test_f_wins_over_the_output_suffix(runner, release_file, tmp_path):
    out = tmp_path / "story.json"
    assert runner.invoke(main, ["convert", str(release_file), "-f", "md", "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("---\n")


@pytest.mark.parametrize("typed,opening", [("markdown", "---\ntitle:"), ("Markdown", "---\ntitle:"),
                                           ("htm", "<!DOCTYPE html>"), ("JSON", "{")])
def test_f_takes_the_names_people_type_for_a_format(runner, release_file, typed, opening):
    result = runner.invoke(main, ["convert", str(release_file), "-f", typed, "-q"])
    assert result.exit_code == 0 and result.output.startswith(opening)


def test_several_formats_into_a_file_name_is_misuse_and_creates_nothing(runner, release_file, tmp_path):
    out = tmp_path / "onefile.json"
    result = runner.invoke(main, ["convert", str(release_file), "-f", "json,html", "-o", str(out)])
    assert result.exit_code == 2 and "onefile.json" in result.output
    assert not out.exists()
    result = runner.invoke(main, ["convert", str(release_file), str(release_file), "-o", str(out)])
    assert result.exit_code == 2 and not out.exists()


# ---------------------------------------------------------------- help

@pytest.mark.parametrize("command", ["convert", "inspect", "preview"])
def test_each_command_help_has_its_own_examples_exit_codes_and_warning_codes(runner, command):
    from pr2news.model import WARNING_CODES
    text = runner.invoke(main, [command, "--help"]).output
    examples = text.split("Examples:")[1].split("Exit status:")[0]
    lines = [l.strip() for l in examples.splitlines() if l.strip().startswith("pr2news ")
             or "| pr2news " in l]
    assert lines and all(f"pr2news {command}" in l for l in lines)
    assert "0  done" in text and "1  an input could not be converted" in text and "2  misuse" in text
    assert all(code in text for code in WARNING_CODES)


def test_the_command_list_gives_whole_descriptions(runner):
    text = runner.invoke(main, ["--help"]).output
    listed = text.split("Commands:\n")[1].split("\n\n")[0].splitlines()
    assert {l.split()[0] for l in listed} == {"convert", "inspect", "preview", "schema"}
    assert all(not l.rstrip().endswith("...") and l.rstrip().endswith(".") for l in listed)
    assert "Run 'pr2news COMMAND --help'" in text


def test_every_warning_code_the_code_emits_is_listed_with_its_meaning():
    import re
    from pathlib import Path
    from pr2news.model import WARNING_CODES
    package = Path(__file__).resolve().parent.parent / "pr2news"
    emitted = {m for f in package.rglob("*.py") for m in re.findall(r"Warning\(\s*\"([A-Z_]+)\"",
                                                                        f.read_text(encoding="utf-8"))}
    assert emitted and emitted <= set(WARNING_CODES)
    readme = (package.parent / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{code}` |" in readme for code in WARNING_CODES)
