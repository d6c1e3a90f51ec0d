"""HTTP(S) fetching with the standard library, bounded in time, bytes and redirects.

- time: ``TIMEOUT`` for the connection and for each wait on the socket, and a
  ``TOTAL_DEADLINE`` for the whole fetch: a watchdog shuts the socket down when
  it passes, so a server dripping bytes (headers or body) cannot hold us;
- bytes: a ``Content-Length`` above ``MAX_BYTES`` is refused before reading,
  and the body (and its gzip/deflate decompression) stops at ``MAX_BYTES``;
- redirects: followed by hand up to ``MAX_REDIRECTS``, a loop reported as such;
- content type: HTML, feeds/XML, plain text, Markdown and JSON; anything else
  is refused before its body is read;
- proxies: urllib's ProxyHandler reads ``http_proxy``/``https_proxy``/``no_proxy``.

Every failure is an :class:`InputError` with a one-line cause.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
import time
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urljoin, urlsplit

from briefs.errors import InputError
from briefs.readers import limits
from briefs.version import __version__

USER_AGENT = f"briefs/{__version__} (terminal news-brief reader)"
ACCEPT = ("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
          "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.9, text/plain;q=0.8")

FORMAT_BY_TYPE = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "application/json": "json",
    "application/ld+json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/jsonlines": "jsonl",
}
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024


@dataclass(slots=True)
class Response:
    """A fetched body: decoded transfer, not yet decoded text."""

    url: str  # after redirects
    content_type: str | None  # e.g. "text/html", None when the server did not say
    charset: str | None
    body: bytes

    @property
    def format(self) -> str | None:
        """The reader format for the content type (None: sniff the content)."""
        return FORMAT_BY_TYPE.get(self.content_type or "")


# ----------------------------------------------------------------- deadline ---


class _Deadline:
    """Shuts down every socket of a fetch when its total time is up."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shutdown(sock)
        return sock

    def _fire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shutdown(sock)

    def remaining(self) -> float:
        return max(0.05, self.at - time.monotonic())

    def check(self, source: str) -> None:
        if self.expired or time.monotonic() >= self.at:
            raise InputError(source, f"timed out after {self.seconds:g} s (total deadline)")

    def cancel(self) -> None:
        self._timer.cancel()


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _Guarded:
    """Mixin for http.client connections: register each new socket with the deadline."""

    _deadline: _Deadline

    def _guard(self, deadline: _Deadline) -> None:
        self._deadline = deadline
        create = self._create_connection  # type: ignore[has-type]

        def create_and_watch(*args: Any, **kwargs: Any) -> socket.socket:
            return deadline.watch(create(*args, **kwargs))

        self._create_connection = create_and_watch


class _HTTPConnection(_Guarded, http.client.HTTPConnection):
    def __init__(self, *args: Any, deadline: _Deadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._guard(deadline)


class _HTTPSConnection(_Guarded, http.client.HTTPSConnection):
    def __init__(self, *args: Any, deadline: _Deadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._guard(deadline)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        def connection(*args: Any, **kwargs: Any) -> _HTTPConnection:
            return _HTTPConnection(*args, deadline=self._deadline, **kwargs)

        return self.do_open(connection, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline, context: ssl.SSLContext) -> None:
        super().__init__(context=context)
        self._deadline = deadline
        self._ctx = context

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        def connection(*args: Any, **kwargs: Any) -> _HTTPSConnection:
            kwargs.setdefault("context", self._ctx)
            return _HTTPSConnection(*args, deadline=self._deadline, **kwargs)

        return self.do_open(connection, req)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects surface as HTTPError so that :func:`fetch` follows them itself."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _opener(deadline: _Deadline) -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        urllib.request.ProxyHandler(),  # reads the proxy variables now, per fetch
        _NoRedirect(),
        _HTTPHandler(deadline),
        _HTTPSHandler(deadline, ssl.create_default_context()),
    )


# ------------------------------------------------------------------- errors ---


def _network_cause(reason: BaseException | str, url: str, timeout: float) -> str:
    """One line for what went wrong below HTTP (DNS, TCP, TLS, timeouts)."""
    host = urlsplit(url).hostname or url
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve host name {host}"
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused by {host}"
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"TLS certificate verification failed ({reason.verify_message or reason.reason})"
    if isinstance(reason, ssl.SSLError):
        detail = (reason.reason or reason.__class__.__name__).replace("_", " ").lower()
        return f"TLS handshake failed ({detail})"
    if isinstance(reason, ConnectionResetError):
        return f"connection reset by {host}"
    if isinstance(reason, OSError):
        return f"network error ({reason.strerror or reason.__class__.__name__})"
    if isinstance(reason, http.client.HTTPException):
        return f"bad HTTP response ({reason.__class__.__name__})"
    return f"network error ({reason})"


# ------------------------------------------------------------------- bodies ---


def _content_type(headers: Message) -> tuple[str | None, str | None]:
    if not headers.get("Content-Type"):
        return None, None
    return headers.get_content_type(), headers.get_content_charset()


class _Decoder:
    """gzip/deflate decoding that refuses to expand past the byte cap (gzip bombs)."""

    def __init__(self, encoding: str, source: str, max_bytes: int) -> None:
        self.source = source
        self.max_bytes = max_bytes
        self.out = bytearray()
        self._raw_deflate = False
        wbits = 47 if encoding in ("gzip", "x-gzip", "deflate") else None
        self._z = zlib.decompressobj(wbits) if wbits else None
        self._first = True

    def feed(self, data: bytes) -> None:
        if self._z is None:
            self.out += data
        else:
            try:
                self._inflate(data)
            except zlib.error:
                if not (self._first and not self._raw_deflate):
                    raise InputError(self.source, "corrupt compressed body") from None
                self._raw_deflate = True  # "deflate" sent without its zlib header
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                self._inflate(data)
            self._first = False
        if len(self.out) > self.max_bytes:
            cap = limits.megabytes(self.max_bytes)
            raise InputError(self.source, f"larger than the {cap} cap (after decompression)")

    def finish(self) -> bytes:
        """The decoded body; a compressed body that yields nothing is corrupt."""
        if self._z is not None and not self._z.eof and not self.out:
            raise InputError(self.source, "corrupt compressed body")
        return bytes(self.out)

    def _inflate(self, data: bytes) -> None:
        assert self._z is not None
        while data:
            room = self.max_bytes - len(self.out) + 1
            self.out += self._z.decompress(data, room)
            if len(self.out) > self.max_bytes:
                return
            data = self._z.unconsumed_tail


def _read_body(resp: Any, url: str, source: str, deadline: _Deadline, max_bytes: int) -> bytes:
    cap = limits.megabytes(max_bytes)
    length = resp.headers.get("Content-Length")
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise InputError(source, f"larger than the {cap} cap ({limits.megabytes(int(length))})")
    encoding = (resp.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", "gzip", "x-gzip", "deflate"):
        raise InputError(source, f"unsupported content encoding {encoding}")
    decoder = _Decoder(encoding, source, max_bytes)
    received = 0
    while True:
        deadline.check(source)
        try:
            chunk = resp.read1(_CHUNK) if hasattr(resp, "read1") else resp.read(_CHUNK)
        except (OSError, http.client.HTTPException) as e:
            deadline.check(source)
            raise InputError(source, _network_cause(e, url, deadline.seconds)) from None
        if not chunk:
            deadline.check(source)  # a shut-down socket reads as end of file
            break
        received += len(chunk)
        if received > max_bytes:
            raise InputError(source, f"larger than the {cap} cap")
        decoder.feed(chunk)
    return decoder.finish()


# -------------------------------------------------------------------- fetch ---


def fetch(url: str, *, source: str | None = None, timeout: float | None = None,
          deadline: float | None = None, max_bytes: int | None = None,
          max_redirects: int | None = None) -> Response:
    """GET ``url`` within the limits (defaults from :mod:`briefs.readers.limits`)."""
    source = source or url
    timeout = limits.TIMEOUT if timeout is None else timeout
    max_bytes = limits.MAX_BYTES if max_bytes is None else max_bytes
    max_redirects = limits.MAX_REDIRECTS if max_redirects is None else max_redirects
    guard = _Deadline(limits.TOTAL_DEADLINE if deadline is None else deadline)
    try:
        opener = _opener(guard)
        seen = {url}
        current = url
        for _hop in range(max_redirects + 1):
            resp = _open(opener, current, source, guard, timeout)
            if isinstance(resp, str):  # a redirect target
                nxt = resp
                if urlsplit(nxt).scheme not in ("http", "https"):
                    raise InputError(source, f"redirected to an unsupported URL ({nxt[:80]})")
                if nxt in seen:
                    raise InputError(source, f"redirect loop ({nxt[:80]} again)")
                seen.add(nxt)
                current = nxt
                continue
            with resp:
                content_type, charset = _content_type(resp.headers)
                if content_type and content_type not in FORMAT_BY_TYPE:
                    raise InputError(source, f"unsupported content type {content_type}")
                body = _read_body(resp, current, source, guard, max_bytes)
            return Response(url=current, content_type=content_type, charset=charset, body=body)
        raise InputError(source, f"too many redirects (more than {max_redirects})")
    finally:
        guard.cancel()


def _open(opener: urllib.request.OpenerDirector, url: str, source: str, guard: _Deadline,
          timeout: float) -> Any:
    """The response, or the next URL when the server redirects."""
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate",
    })
    try:
        return opener.open(request, timeout=min(timeout, guard.remaining()))
    except HTTPError as e:
        location = e.headers.get("Location") if e.headers else None
        e.close()
        if e.code in _REDIRECTS:
            if not location:
                raise InputError(source, f"HTTP {e.code} redirect without a Location") from None
            return urljoin(url, location.strip())
        reason = (e.reason or "").strip() if isinstance(e.reason, str) else ""
        raise InputError(source, f"HTTP {e.code} {reason}".rstrip()) from None
    except URLError as e:
        guard.check(source)
        raise InputError(source, _network_cause(e.reason, url, timeout)) from None
    except (OSError, http.client.HTTPException) as e:
        guard.check(source)
        raise InputError(source, _network_cause(e, url, timeout)) from None
    except ValueError as e:  # urllib's "unknown url type" and friends
        raise InputError(source, f"bad URL ({e})") from None
