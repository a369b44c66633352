"""The editor's server refuses what it must: another Host or Origin, a missing or wrong token, bodies that are
too large, not JSON or not corrections, any path but its own, and it writes nothing but the one file."""
import hashlib
import http.client
import json
import re
import threading

import pytest
from click.testing import CliRunner

from editor_samples import EN_WRONG_HEADLINE, HEADLINE, HEADLINE_LINE
from pr2news.cli import main
from pr2news.corrections import MAX_BYTES
from pr2news.serve import EditorSession, make_server


@pytest.fixture
def release(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "water.txt"
    path.write_text(EN_WRONG_HEADLINE, encoding="utf-8")
    return path


@pytest.fixture
def served(release):
    session = EditorSession(str(release))
    server = make_server(session)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield session
    finally:
        server.shutdown()
        server.server_close()


def request(session, method, path, body=None, headers=None, host=None):
    """(status, headers, body text) of one request, with exactly the headers given (plus Host)."""
    conn = http.client.HTTPConnection("127.0.0.1", session.port, timeout=10)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", host or f"127.0.0.1:{session.port}")
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        if body is not None:
            if "Content-Length" not in (headers or {}):
                conn.putheader("Content-Length", str(len(body)))
            conn.endheaders(body)
        else:
            conn.endheaders()
        response = conn.getresponse()
        return response.status, response.headers, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def corrections_body(release, pins=((HEADLINE_LINE, "headline"),), **extra):
    data = {"version": 1, "source_sha256": hashlib.sha256(release.read_bytes()).hexdigest(),
            "pins": [{"line": line, "role": role} for line, role in pins], **extra}
    return json.dumps(data).encode("utf-8")


def api(session, path, body, **headers):
    base = {"Content-Type": "application/json", "X-PR2News-Token": session.token}
    base.update({k.replace("_", "-"): v for k, v in headers.items()})
    return request(session, "POST", path, body, {k: v for k, v in base.items() if v is not None})


def files_in(folder):
    return sorted(p.name for p in folder.iterdir())


def test_it_listens_on_localhost_only(served):
    from pr2news.serve import HOST
    assert HOST == "127.0.0.1"
    status, _headers, page = request(served, "GET", "/")
    assert status == 200 and HEADLINE in page


def test_a_valid_save_writes_the_one_corrections_file(served, release):
    status, _headers, text = api(served, "/api/save", corrections_body(release))
    assert status == 200, text
    assert files_in(release.parent) == ["water.txt", "water.txt.corrections.json"]
    saved = json.loads((release.parent / "water.txt.corrections.json").read_text(encoding="utf-8"))
    assert saved["pins"] == [{"line": HEADLINE_LINE, "role": "headline"}] and saved["source"] == "water.txt"


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "127.0.0.1", "127.0.0.1:1", "", "localhost.evil.example"])
def test_a_wrong_host_header_is_refused(served, release, host):
    status, _headers, text = request(served, "GET", "/", host=host or " ")
    assert status == 421 and "Host" in text
    body = corrections_body(release)
    status, _headers, text = request(served, "POST", "/api/save", body, {
        "Content-Type": "application/json", "X-PR2News-Token": served.token}, host=host or " ")
    assert status == 421
    assert files_in(release.parent) == ["water.txt"]


def test_localhost_by_name_is_its_own_address(served):
    assert request(served, "GET", "/", host=f"localhost:{served.port}")[0] == 200


@pytest.mark.parametrize("token", [None, "", "wrong", "x" * 43])
def test_a_missing_or_wrong_token_is_refused(served, release, token):
    status, _headers, text = api(served, "/api/save", corrections_body(release), X_PR2News_Token=token)
    assert status == 403 and "token" in text.lower()
    assert api(served, "/api/preview", corrections_body(release), X_PR2News_Token=token)[0] == 403
    assert files_in(release.parent) == ["water.txt"]


def test_the_token_of_another_run_is_refused(served, release):
    other = EditorSession(str(release))
    assert other.token != served.token
    assert api(served, "/api/save", corrections_body(release), X_PR2News_Token=other.token)[0] == 403


def test_a_request_from_another_origin_is_refused(served, release):
    status, _headers, text = api(served, "/api/save", corrections_body(release), Origin="http://evil.example")
    assert status == 403 and "Origin" in text
    assert api(served, "/api/save", corrections_body(release), Origin=f"http://127.0.0.1:{served.port}")[0] == 200


def test_an_oversized_body_is_refused_unread(served, release):
    big = b'{"version": 1, "pins": [' + b" " * (MAX_BYTES + 10) + b"]}"
    status, _headers, text = api(served, "/api/save", big)
    assert status == 413
    # a length announced larger than allowed is refused before any byte of it is read
    status, _headers, _text = api(served, "/api/save", b"{}", Content_Length=str(10 * MAX_BYTES))
    assert status == 413
    assert files_in(release.parent) == ["water.txt"]


@pytest.mark.parametrize("body,kind,status", [
    (b"{not json", "application/json", 400),
    (b"[1, 2]", "application/json", 400),
    (b'{"version": 1}', "application/json", 400),
    (b"\xff\xfe\x00", "application/json", 400),
    (b"version=1", "application/x-www-form-urlencoded", 415),
    (b"{}", "text/plain", 415),
], ids=["not-json", "not-an-object", "no-sha", "not-utf8", "form", "text"])
def test_a_malformed_body_is_refused(served, release, body, kind, status):
    got, _headers, text = api(served, "/api/save", body, Content_Type=kind)
    assert got == status, text
    assert "\n" not in text.strip()
    assert files_in(release.parent) == ["water.txt"]


def test_a_body_without_a_length_is_refused(served, release):
    status, _headers, _text = request(served, "POST", "/api/save", None, {
        "Content-Type": "application/json", "X-PR2News-Token": served.token})
    assert status == 411


def test_corrections_naming_a_path_are_refused_and_write_nothing(served, release, tmp_path):
    target = tmp_path / "elsewhere.json"
    for body in (corrections_body(release, path=str(target)), corrections_body(release, source="../../elsewhere.json")):
        status, _headers, _text = api(served, "/api/save", body)
        if status == 200:  # "source" is only a label: the file still goes where the server was told
            assert files_in(release.parent) == ["water.txt", "water.txt.corrections.json"]
        else:
            assert status == 400
    assert not target.exists()
    assert files_in(tmp_path) == ["desk"]


@pytest.mark.parametrize("method,path", [
    ("GET", "/water.txt"), ("GET", "/../water.txt"), ("GET", "/%2e%2e/%2e%2e/etc/passwd"), ("GET", "/api/save"),
    ("GET", "/index.html/.."), ("POST", "/api/save/../../elsewhere.json"), ("POST", "/api/save?path=/tmp/x.json"),
    ("POST", "/"), ("POST", "/api/download/md"), ("POST", "/API/SAVE"),
])
def test_paths_outside_the_editor_are_refused(served, release, method, path):
    body = corrections_body(release) if method == "POST" else None
    headers = {"Content-Type": "application/json", "X-PR2News-Token": served.token} if body else {}
    status, _headers, _text = request(served, method, path, body, headers)
    assert status == 404
    assert files_in(release.parent) == ["water.txt"]


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_refused(served, release, method):
    status, _headers, _text = request(served, method, "/api/save", corrections_body(release), {
        "Content-Type": "application/json", "X-PR2News-Token": served.token})
    assert status == 405
    assert files_in(release.parent) == ["water.txt"]


def test_corrections_for_another_version_of_the_input_are_refused(served, release):
    body = corrections_body(release)
    release.write_text(EN_WRONG_HEADLINE.replace("eleven", "twelve"), encoding="utf-8")
    status, _headers, text = api(served, "/api/save", body)
    assert status == 409 and "reload" in text
    status, _headers, text = api(served, "/api/save", corrections_body(release, pins=((99, "body"),)))
    assert status == 400 and "line 99" in text
    assert files_in(release.parent) == ["water.txt"]


def test_the_page_runs_only_its_own_script_by_a_nonce_made_for_each_load(served):
    status, headers, page = request(served, "GET", "/")
    policy = headers["Content-Security-Policy"]
    nonce = re.search(r"script-src 'nonce-([A-Za-z0-9_-]+)'", policy).group(1)
    assert "default-src 'none'" in policy and "unsafe-eval" not in policy and "unsafe-inline' 'nonce" not in policy
    scripts = re.findall(r"<script([^>]*)>", page)
    assert [s for s in scripts if "application/json" not in s] == [f' nonce="{nonce}"']
    assert f"script-src 'nonce-{nonce}'" in page  # the meta policy says the same
    again = request(served, "GET", "/")[1]["Content-Security-Policy"]
    assert again != policy
    assert served.token in page  # the page holds the token; only its own origin can read it


def test_preview_answers_with_the_page_segmented_around_the_pins(served, release):
    status, _headers, page = api(served, "/api/preview", corrections_body(release))
    assert status == 200
    assert f"<h1>{HEADLINE}</h1>" in page
    assert "<script nonce" not in page
    assert files_in(release.parent) == ["water.txt"]  # previewing writes nothing


def test_downloads_give_the_corrected_article(served, release):
    status, headers, text = api(served, "/api/download/json", corrections_body(release))
    assert status == 200 and json.loads(text)["headline"] == HEADLINE
    assert headers["Content-Disposition"].startswith("attachment; filename=\"eastside-water-mains")
    status, headers, text = api(served, "/api/download/html", corrections_body(release))
    assert status == 200 and f"<h1>{HEADLINE}</h1>" in text and headers["Content-Type"].startswith("text/html")


def test_save_goes_to_the_corrections_path_given_at_start(release, tmp_path):
    target = tmp_path / "fixes" / "water.json"
    target.parent.mkdir()
    session = EditorSession(str(release), str(target))
    server = make_server(session)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        assert api(session, "/api/save", corrections_body(release))[0] == 200
    finally:
        server.shutdown()
        server.server_close()
    assert target.exists() and files_in(release.parent) == ["water.txt"]


def test_the_static_preview_shows_saved_corrections_and_runs_no_script(release):
    runner = CliRunner()
    (release.parent / "water.txt.corrections.json").write_text(corrections_body(release).decode(), encoding="utf-8")
    out = release.parent / "preview.html"
    result = runner.invoke(main, ["preview", str(release), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert f"<h1>{HEADLINE}</h1>" in page and 'data-pinned="true"' in page and "<script" not in page


def test_the_editor_does_not_start_over_a_malformed_corrections_file(release):
    bad = release.parent / "water.txt.corrections.json"
    bad.write_text('{"version": 1', encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", str(release), "--serve"])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and str(bad) in result.stderr
