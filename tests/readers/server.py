"""A real HTTP server on 127.0.0.1 with every kind of page the fetcher must survive.

Hostile routes (slow drips, endless bodies) stop by themselves after a few
seconds or as soon as the client goes away, so a failing test cannot hang the run.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import ssl
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.readers.pages import ARTICLE_HTML, INDEX_HTML, RSS_FEED

NO_CANONICAL_HTML = ARTICLE_HTML.replace(
    '<link rel="canonical" href="https://courier.example/news/sea-wall-vote">', "")
LATIN_TEXT = "Café Vote\n\n“Grüße,” said Inès. The council met on Tuesday.\n"
HOSTILE_LIFETIME = 8.0  # seconds a hostile route keeps going at most


@functools.cache
def gzip_bomb(size: int = 60_000_000) -> bytes:
    """``size`` bytes of spaces, gzip-compressed to a few kilobytes."""
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b" " * 1_000_000
    parts = [z.compress(block) for _ in range(size // len(block))]
    return b"".join([*parts, z.flush()])


class Handler(BaseHTTPRequestHandler):
    timeout = 1.0  # a client that sends a TLS hello to a plain server is dropped soon
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass

    # ---------------------------------------------------------------- helpers

    def _send(self, code: int, body: bytes = b"", ctype: str | None = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, length: bool = True) -> None:
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def _redirect(self, code: int, location: str) -> None:
        self._send(code, b"", headers={"Location": location})

    def _stream(self, piece: bytes, pause: float, total: int | None = None) -> None:
        """Write ``piece`` again and again until the client leaves (or a limit)."""
        sent = 0
        end = time.monotonic() + HOSTILE_LIFETIME
        try:
            while time.monotonic() < end and (total is None or sent < total):
                self.wfile.write(piece)
                self.wfile.flush()
                sent += len(piece)
                if pause:
                    time.sleep(pause)
        except OSError:
            pass  # the client hung up: what we wanted

    # ----------------------------------------------------------------- routes

    def do_GET(self) -> None:
        path = self.path
        if path.startswith("http://"):  # asked as a proxy
            self._send(200, NO_CANONICAL_HTML.replace("sea wall", "proxied sea wall").encode())
            return
        route = getattr(self, "route_" + path.strip("/").split("/")[0].replace("-", "_"), None)
        if route is None:
            self._send(404, b"<h1>Not Found</h1>")
            return
        with contextlib.suppress(OSError):  # the client gave up first, as hostile tests expect
            route()

    def route_article(self) -> None:
        self._send(200, ARTICLE_HTML.encode())

    def route_nocanonical(self) -> None:
        self._send(200, NO_CANONICAL_HTML.encode())

    def route_feed(self) -> None:
        self._send(200, RSS_FEED.encode(), ctype="application/rss+xml")

    def route_index(self) -> None:
        self._send(200, INDEX_HTML.encode())

    def route_latin(self) -> None:
        self._send(200, LATIN_TEXT.encode("cp1252"), ctype="text/plain; charset=windows-1252")

    def route_untyped(self) -> None:
        self._send(200, RSS_FEED.encode(), ctype=None)

    def route_json(self) -> None:
        body = b'{"title": "Bridge reopens", "text": "The bridge reopened on Monday."}'
        self._send(200, body, ctype="application/json")

    def route_gzipped(self) -> None:
        self._send(200, gzip.compress(ARTICLE_HTML.encode()), headers={"Content-Encoding": "gzip"})

    def route_deflated(self) -> None:
        body = zlib.compress(ARTICLE_HTML.encode())
        self._send(200, body, headers={"Content-Encoding": "deflate"})

    def route_error(self) -> None:
        self._send(500, b"<h1>Oops</h1>")

    def route_image(self) -> None:
        self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000, ctype="image/png")

    def route_r(self) -> None:  # /r/3 -> /r/2 -> /r/1 -> /nocanonical
        n = int(self.path.rstrip("/").split("/")[-1])
        self._redirect((301, 302, 303, 307, 308)[n % 5], f"/r/{n - 1}" if n > 1 else "/nocanonical")

    def route_loop_a(self) -> None:
        self._redirect(302, "/loop-b")

    def route_loop_b(self) -> None:
        self._redirect(302, f"http://127.0.0.1:{self.server.server_address[1]}/loop-a")

    def route_to_file(self) -> None:
        self._redirect(302, "file:///etc/passwd")

    def route_slow_body(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self._stream(b"<", pause=0.1)  # a byte every 0.1 s: never idle long enough to time out

    def route_slow_headers(self) -> None:
        self.wfile.write(b"HTTP/1.0 200 OK\r\n")
        self._stream(b"X-Drip: a\r\n", pause=0.1)

    def route_silent(self) -> None:
        time.sleep(3)  # says nothing at all: the per-read timeout fires first
        self._send(200, ARTICLE_HTML.encode())

    def route_endless(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self._stream(b"<p>more</p>" * 6000, pause=0)

    def route_big(self) -> None:  # 50 MB, announced
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(50_000_000))
        self.end_headers()
        self._stream(b" " * 65536, pause=0, total=50_000_000)

    def route_big_unannounced(self) -> None:  # 50 MB, no Content-Length
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self._stream(b" " * 65536, pause=0, total=50_000_000)

    def route_bomb(self) -> None:
        self._send(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})


@contextmanager
def serve(tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """Run the server in a thread (over TLS with ``tls``); yield its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        scheme = "https" if tls is not None else "http"
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
