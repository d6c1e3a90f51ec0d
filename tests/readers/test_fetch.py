"""URLs: real HTTP against a local server, each hostile case stopped at its limit.

Only 127.0.0.1 is ever contacted: a fixture makes any other name lookup fail the
test, and the unresolvable-name case fakes the resolver's failure in-process.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefs.errors import InputError
from briefs.readers import limits, read
from briefs.readers.fetch import fetch
from tests.readers.server import gzip_bomb, serve

PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "no_proxy",
              "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serve() as url:
        yield url


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxies from the environment, and no DNS lookup of anything but 127.0.0.1."""
    for var in PROXY_VARS:
        monkeypatch.delenv(var, raising=False)
    real = socket.getaddrinfo

    def guarded(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host not in ("127.0.0.1", b"127.0.0.1"):
            raise AssertionError(f"test tried to resolve {host!r}")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Test-sized limits: 0.5 s per wait, 1 s in all."""
    monkeypatch.setattr(limits, "TIMEOUT", 0.5)
    monkeypatch.setattr(limits, "TOTAL_DEADLINE", 1.0)


def _error(url: str) -> InputError:
    with pytest.raises(InputError) as err:
        list(read(url))
    assert err.value.source == url
    assert "\n" not in str(err.value)
    return err.value


# ------------------------------------------------------------------ success ---


def test_article_page(base: str) -> None:
    [article] = list(read(f"{base}/article"))
    assert article.title == "Harbour town votes to rebuild its old sea wall"
    assert article.outlet == "Coastal Courier"
    assert article.url == "https://courier.example/news/sea-wall-vote"  # canonical link
    assert article.source == f"{base}/article"
    assert article.raw_format == "html" and "Read more" not in article.text


def test_feed_url(base: str) -> None:
    articles = list(read(f"{base}/feed"))
    assert [a.url for a in articles] == ["https://courier.example/news/sea-wall-vote",
                                         "https://courier.example/news/ferry-timetable"]


def test_redirect_chain_is_followed_and_final_url_kept(base: str) -> None:
    [article] = list(read(f"{base}/r/3"))
    assert article.url == f"{base}/nocanonical"
    assert article.title == "Harbour town votes to rebuild its old sea wall"


@pytest.mark.parametrize("route", ["gzipped", "deflated"])
def test_compressed_page(base: str, route: str) -> None:
    [article] = list(read(f"{base}/{route}"))
    assert article.outlet == "Coastal Courier"


def test_charset_from_content_type_is_honoured(base: str) -> None:
    [article] = list(read(f"{base}/latin"))
    assert article.raw_format == "text"
    assert "“Grüße,” said Inès." in article.text


def test_missing_content_type_is_sniffed(base: str) -> None:
    assert len(list(read(f"{base}/untyped"))) == 2


def test_json_url(base: str) -> None:
    [article] = list(read(f"{base}/json"))
    assert article.title == "Bridge reopens" and article.url == f"{base}/json"


def test_proxy_variables_are_honoured(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """http_proxy points at our server; the target name is never resolved (see fixture)."""
    monkeypatch.setenv("http_proxy", base)
    [article] = list(read("http://news.example/story"))
    assert "proxied sea wall" in article.text
    assert article.url == "http://news.example/story"


# ------------------------------------------------------------------- errors ---


def test_404(base: str) -> None:
    assert _error(f"{base}/nothing-here").cause == "HTTP 404 Not Found"


def test_500(base: str) -> None:
    assert _error(f"{base}/error").cause == "HTTP 500 Internal Server Error"


def test_redirect_loop(base: str) -> None:
    assert _error(f"{base}/loop-a").cause.startswith("redirect loop")


def test_too_many_redirects(base: str) -> None:
    assert _error(f"{base}/r/9").cause == "too many redirects (more than 5)"


def test_redirect_to_another_scheme_is_refused(base: str) -> None:
    assert _error(f"{base}/to-file").cause.startswith("redirected to an unsupported URL")


def test_unsupported_content_type(base: str) -> None:
    assert _error(f"{base}/image").cause == "unsupported content type image/png"


def test_page_without_article_text(base: str) -> None:
    assert _error(f"{base}/index").cause == "no article text (paywall or index page?)"


def test_slow_loris_body_stops_at_the_deadline(base: str, quick: None) -> None:
    """A byte every 0.1 s never trips the 0.5 s wait: only the total deadline can stop it."""
    assert _error(f"{base}/slow-body").cause == "timed out after 1 s (total deadline)"


def test_slow_loris_headers_stop_at_the_deadline(base: str, quick: None) -> None:
    assert _error(f"{base}/slow-headers").cause == "timed out after 1 s (total deadline)"


def test_silent_server_times_out(base: str, quick: None) -> None:
    assert _error(f"{base}/silent").cause == "timed out after 0.5 s"


def test_endless_body_stops_at_the_byte_cap(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_BYTES", 1_000_000)
    assert _error(f"{base}/endless").cause == "larger than the 1 MB cap"


def test_50mb_page_announced_is_refused_before_reading(base: str) -> None:
    assert _error(f"{base}/big").cause == "larger than the 20 MB cap (50 MB)"


def test_50mb_page_unannounced_stops_at_the_cap(base: str) -> None:
    assert _error(f"{base}/big-unannounced").cause == "larger than the 20 MB cap"


def test_gzip_bomb_stops_at_the_decompressed_cap(base: str) -> None:
    assert len(gzip_bomb()) < 200_000  # 60 MB of spaces, tiny on the wire
    cause = _error(f"{base}/bomb").cause
    assert cause == "larger than the 20 MB cap (after decompression)"


def test_refused_connection() -> None:
    with socket.socket() as s:  # a port that was free a moment ago and has no listener
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert _error(f"http://127.0.0.1:{port}/").cause == "connection refused by 127.0.0.1"


def test_tls_handshake_failure(base: str) -> None:
    cause = _error(base.replace("http://", "https://") + "/article").cause
    assert cause.startswith("TLS handshake failed")


def test_untrusted_certificate(tmp_path: Path) -> None:
    """A real TLS server with a self-signed certificate: verification fails, one line."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl command not available to make a test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with serve(tls=context) as url:
        cause = _error(f"{url}/article").cause
    assert cause.startswith("TLS certificate verification failed")


def test_name_that_does_not_resolve(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_name(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    assert _error("http://news.invalid/story").cause == "cannot resolve host name news.invalid"


def test_limits_can_be_passed_per_call(base: str) -> None:
    with pytest.raises(InputError, match=r"larger than the 0\.001 MB cap"):
        fetch(f"{base}/article", max_bytes=1000)
    with pytest.raises(InputError, match="too many redirects"):
        fetch(f"{base}/r/2", max_redirects=1)
