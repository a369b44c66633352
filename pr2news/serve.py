"""`pr2news preview INPUT --serve`: the editor's preview on 127.0.0.1, where an editor pins roles to lines
and saves them as one corrections file.

Safe by construction: the server listens on 127.0.0.1 only; every request must name it in its Host header
(so a page elsewhere cannot reach it through DNS rebinding); every POST carries the run's token in
X-PR2News-Token (a page elsewhere cannot read it, and cannot send the header without a preflight the server
never answers) and, when the browser sends an Origin, comes from this server; request bodies are JSON of at
most corrections.MAX_BYTES and must be corrections-shaped. The only file ever written is the one
corrections file chosen when the server started; its path never comes from a request. Pages carry a
Content-Security-Policy that runs only their own inline script, by a nonce made for each page.

    GET  /                      the editor page: INPUT converted with the saved corrections (re-read each time)
    POST /api/preview           corrections in the body -> the preview page they give, for the script to swap in
    POST /api/save              corrections in the body -> written to the corrections file
    POST /api/download/json     corrections in the body -> the corrected article, as a download
    POST /api/download/html     likewise, as an HTML page
"""
from __future__ import annotations

import hmac
import html
import json
import os
import secrets
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import corrections as corr
from .errors import ConversionError

HOST = "127.0.0.1"
TOKEN_HEADER = "X-PR2News-Token"


class Refused(Exception):
    """A request the server will not serve: an HTTP status and a one-line reason."""

    def __init__(self, status, reason):
        super().__init__(reason)
        self.status = status
        self.reason = reason


def page_csp(nonce):
    """The policy of an editor page: its own styles, and only the inline script carrying this nonce."""
    return (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-{nonce}'; "
            f"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


class EditorSession:
    """One run of the editor: the input, the one corrections file it may write, and the run's token."""

    def __init__(self, input_path, corrections_path=None, encoding=None):
        self.input_path = os.fspath(input_path)
        self.shown_path = os.fspath(corrections_path or corr.default_path(self.input_path))  # as it was given
        self.corrections_path = os.path.abspath(self.shown_path)  # fixed now, whatever the working folder becomes
        self.encoding = encoding
        self.token = secrets.token_urlsafe(32)
        self.port = None  # set once the server is bound

    def saved(self):
        """The corrections saved so far, or None; ConversionError when the file is not corrections."""
        if not os.path.exists(self.corrections_path):
            return None
        return corr.load(self.corrections_path)

    def convert(self, corrections=None):
        from .pipeline import convert
        return convert(self.input_path, encoding=self.encoding, corrections=corrections)

    def page(self, nonce=""):
        """The editor page: INPUT converted with the saved corrections, if any."""
        corrections = self.saved()
        return self.render(self.convert(corrections), corrections, nonce)

    def render(self, article, corrections, nonce=""):
        """The editor page of an article converted with these corrections (without a nonce, no script)."""
        from .render.html import render_preview
        applied = corrections is not None and corr.STALE not in article.warning_codes()
        state = {
            "token": self.token,
            "sha256": article.source.sha256,
            "pins": [{"line": line, "role": role} for line, role in corrections.pins] if applied else [],
            "edits": dict(corrections.edits) if applied else {},
            "saved": applied,
        }
        return render_preview(article, source_name=self.input_path,
                              editor={"nonce": nonce, "state": state, "save_to": self.shown_path})

    def fitting(self, body):
        """Corrections from a request body that fit the input as it is now; Refused otherwise."""
        try:
            corrections = corr.loads(body)
        except ValueError as exc:
            raise Refused(400, f"not corrections: {exc}") from None
        article = self.convert(corrections)
        if corrections.source_sha256 != article.source.sha256:
            raise Refused(409, f"{self.input_path} changed since the page was loaded; reload the page")
        stale = [w for w in article.warnings if w.code == corr.STALE]
        if stale:
            raise Refused(400, stale[0].message)
        return corrections, article

    def save(self, corrections):
        """Write the corrections file (atomically): the only file the editor writes. Returns its path as shown."""
        from .output import write_atomic
        named = corrections._replace(source=os.path.basename(self.input_path))
        write_atomic(self.corrections_path, named.to_json())
        return self.shown_path

    def allowed_hosts(self):
        return {f"{HOST}:{self.port}", f"localhost:{self.port}"}


class EditorHandler(BaseHTTPRequestHandler):
    """The editor's few routes; anything else is refused."""
    session: EditorSession = None  # set on the subclass made for each server
    server_version = "pr2news"
    sys_version = ""

    def do_GET(self):
        self._serve(self._get)

    def do_POST(self):
        self._serve(self._post)

    def do_PUT(self):
        self._serve(self._not_allowed)

    do_DELETE = do_PATCH = do_PUT

    def _not_allowed(self):
        raise Refused(405, "method not allowed")

    def _serve(self, route):
        try:
            self._check_host()
            route()
        except Refused as refused:
            self._send_text(refused.status, refused.reason)
        except ConversionError as exc:
            self._send_text(500, f"pr2news: {exc}")
        except OSError as exc:
            self._send_text(500, f"cannot write {self.session.corrections_path}: {exc.strerror or exc}")
        except Exception as exc:  # a bug costs this request, with one line, not the server
            self._send_text(500, f"internal error: {type(exc).__name__}: {exc}")

    def _check_host(self):
        if self.headers.get("Host", "") not in self.session.allowed_hosts():
            raise Refused(421, "wrong Host: this server answers only to its own address")

    def _get(self):
        path = self.path.split("?", 1)[0]
        if path == "/favicon.ico":
            self._send(204, b"", "text/plain")
            return
        if path != "/":
            raise Refused(404, "not found")
        nonce = secrets.token_urlsafe(18)
        try:
            page, status = self.session.page(nonce=nonce), 200
        except ConversionError as exc:
            page = (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>pr2news preview</title>"
                    f"</head><body><p>pr2news: {html.escape(str(exc))}</p></body></html>")
            status = 500
        self._send(status, page.encode("utf-8"), "text/html; charset=utf-8", csp=page_csp(nonce))

    def _post(self):
        route = {"/api/preview": self._preview, "/api/save": self._save,
                 "/api/download/json": self._download, "/api/download/html": self._download}.get(self.path)
        if route is None:
            raise Refused(404, "not found")
        self._check_origin()
        self._check_token()
        corrections, article = self.session.fitting(self._body())
        route(corrections, article)

    def _check_origin(self):
        origin = self.headers.get("Origin")
        if origin is not None and origin not in {f"http://{h}" for h in self.session.allowed_hosts()}:
            raise Refused(403, "wrong Origin: only the editor's own page may ask")

    def _check_token(self):
        given = self.headers.get(TOKEN_HEADER, "")
        if not given or not hmac.compare_digest(given.encode("utf-8", "replace"), self.session.token.encode("ascii")):
            raise Refused(403, f"missing or wrong {TOKEN_HEADER}")

    def _body(self):
        kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if kind != "application/json":
            raise Refused(415, "the body must be application/json")
        if self.headers.get("Transfer-Encoding"):
            raise Refused(411, "send the body with a Content-Length")
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise Refused(411, "send the body with a Content-Length") from None
        if length < 0 or length > corr.MAX_BYTES:
            self.close_connection = True  # the body is not read: the connection cannot be reused
            raise Refused(413, f"the body is larger than {corr.MAX_BYTES:,} bytes")
        return self.rfile.read(length)

    def _preview(self, corrections, article):
        page = self.session.render(article, corrections)  # the parts the script swaps in; it runs no script
        self._send(200, page.encode("utf-8"), "text/html; charset=utf-8")

    def _save(self, corrections, article):
        path = self.session.save(corrections)
        self._send_json(200, {"saved": path, "pins": len(corrections.pins)})

    def _download(self, corrections, article):
        from .render import render
        fmt = self.path.rsplit("/", 1)[1]
        text = render(article, fmt)
        kind = "application/json" if fmt == "json" else "text/html"
        name = f"{article.slug or 'article'}.{fmt}"
        self._send(200, text.encode("utf-8"), f"{kind}; charset=utf-8",
                   disposition=f"attachment; filename=\"{name}\"")

    def _send_text(self, status, reason):
        self._send(status, (reason + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _send_json(self, status, data):
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json")

    def _send(self, status, data, kind, csp="default-src 'none'; frame-ancestors 'none'", disposition=None):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", csp)
        if disposition:
            self.send_header("Content-Disposition", disposition)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # noqa: A002 - the name http.server uses
        import sys
        sys.stderr.write(f"{self.address_string()} {format % args}\n")


def make_server(session, port=0):
    """A server for this session, bound to 127.0.0.1 (port 0: a free one); serve_forever() runs it."""
    handler = type("BoundEditorHandler", (EditorHandler,), {"session": session})
    server = ThreadingHTTPServer((HOST, port), handler)
    session.port = server.server_address[1]
    return server
