"""From bytes to text: size cap, binary detection by content, encoding, format sniffing.

Binary is recognised by what the bytes are (NUL bytes, a high share of control
characters, a few well-known signatures), never by a failed decode: a file in a
legacy 8-bit encoding is text. Decoding order: byte-order mark, a declared
charset (HTTP header or HTML meta), strict UTF-8, Windows-1252 when the result
reads as Western text, charset-normalizer for other scripts, Windows-1252 last.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import BinaryIO

from briefs.errors import InputError
from briefs.readers import limits

FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "xml",  # a feed or XHTML: sniffed
    ".rss": "feed",
    ".atom": "feed",
    ".feed": "feed",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SIGNATURES = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"BZh", "bzip2-compressed"),
    (b"\xfd7zXZ\x00", "xz-compressed"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)

# C0 controls except tab, newline, vertical tab, form feed, carriage return; plus DEL.
_CONTROL_BYTES = frozenset([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
# every other byte, for bytes.translate: deleting them leaves only the controls
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)

# Charset names that pages declare but mean Windows-1252 (as browsers do).
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"}


# ------------------------------------------------------------------ reading ---


def read_path(path: Path, source: str) -> bytes:
    """The bytes of a file, refusing one above the cap before reading it all."""
    try:
        size = path.stat().st_size
        if path.is_file() and size > limits.MAX_BYTES:
            raise InputError(source, _too_big(size))
        with path.open("rb") as f:
            return read_stream(f, source, size)
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except IsADirectoryError:
        raise InputError(source, "is a directory") from None
    except FileNotFoundError:
        raise InputError(source, "not found") from None
    except OSError as e:
        raise InputError(source, f"cannot read ({e.strerror or e})") from None


def read_stream(stream: BinaryIO, source: str, size: int | None = None) -> bytes:
    """At most ``MAX_BYTES`` from a stream (stdin, a pipe, a device, a file).

    ``size``, a file's size, is read first and then one byte more: asking for the
    whole cap at once makes the reader set aside a buffer that large (20 MB, for a
    few kilobytes of article). A file that has grown is read on, up to the cap.
    """
    cap = limits.MAX_BYTES + 1
    if size is not None and size < cap - 1:
        data = stream.read(size + 1)
        if len(data) > size:
            data += stream.read(cap - len(data))
    else:
        data = stream.read(cap)
    if len(data) > limits.MAX_BYTES:
        raise InputError(source, _too_big(None))
    return data


def _too_big(size: int | None) -> str:
    cap = f"larger than the {limits.megabytes(limits.MAX_BYTES)} cap"
    return f"{cap} ({limits.megabytes(size)})" if size is not None else cap


# ------------------------------------------------------------------- binary ---


def _bom_codec(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM: NULs on one side of nearly every ASCII code unit."""
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text ("binary file (NUL bytes)"), or None when it is text."""
    if _bom_codec(data):
        return None
    sample = data[: limits.SNIFF_BYTES]
    for signature, name in _SIGNATURES:
        if sample.startswith(signature):
            return f"binary file ({name})"
    if b"\x00" in sample:
        if _bomless_utf16(sample):
            return None
        return "binary file (NUL bytes)"
    controls = len(sample.translate(None, _NOT_CONTROL))  # counted in C, not byte by byte
    if sample and controls > limits.CONTROL_SHARE * len(sample):
        return "binary file (control characters)"
    return None


# ----------------------------------------------------------------- decoding ---


def _codec(name: str | None) -> str | None:
    """A Python codec for a declared charset name, or None when unknown."""
    if not name:
        return None
    name = name.strip().strip("'\"").lower()
    if name in _AS_CP1252:
        return "cp1252"
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # A page that declares UTF-16/32 in ASCII bytes is not UTF-16 (no BOM): UTF-8, as browsers do.
    return "utf-8" if codec.startswith(("utf-16", "utf-32")) else codec


def _reads_as_western(text: str) -> bool:
    """Mostly ASCII letters with some accents: Western text, not mis-decoded Cyrillic."""
    letters = accented = 0
    for ch in text[: limits.SNIFF_BYTES * 4]:
        if ch.isalpha():
            letters += 1
            if ord(ch) > 0x7F:
                accented += 1
    return accented <= 0.3 * letters


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray bytes (a pasted cp1252 quote) is still UTF-8, not mojibake."""
    sample = data[: 256 * 1024].decode("utf-8", errors="replace")
    bad = sample.count("\ufffd")
    good = sum(1 for ch in sample if ch > "\x7f") - bad
    return good > 2 * bad


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML meta tag or XML declaration names in the first bytes."""
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii") if m else None


def decode(data: bytes, declared: str | None = None) -> str:
    """Text from bytes already known not to be binary (see the module docstring)."""
    bom = _bom_codec(data)
    if bom:
        return data.decode(bom, errors="replace")
    utf16 = _bomless_utf16(data[: limits.SNIFF_BYTES]) if b"\x00" in data[:64] else None
    if utf16:
        return data.decode(utf16, errors="replace")
    codec = _codec(declared)
    if codec:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration lies: detect instead
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    western = data.decode("cp1252", errors="replace")
    if _reads_as_western(western):
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 256 * 1024]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    return western


# ----------------------------------------------------------------- sniffing ---

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_MARK = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|p|div|h1|title)\b", re.IGNORECASE
)
_MARKDOWN_MARK = re.compile(
    r"^(?:#{1,6}\s+\S|[-*+]\s+\S.*|>\s|```)|\[[^\]\n]+\]\([^)\s]+\)|\*\*\S[^*\n]*\*\*", re.MULTILINE
)


def sniff(text: str) -> str:
    """The format of ``text`` from its content: html, feed, json, jsonl, markdown or text."""
    head = text[: limits.SNIFF_BYTES].lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        if _FEED_ROOT.search(head):
            return "feed"
        if _HTML_MARK.search(head):
            return "html"
    if head.startswith("{") or head.startswith("["):
        lines = [line for line in head.splitlines() if line.strip()]
        if head.startswith("{") and len(lines) > 1 and all(
            line.lstrip().startswith("{") and line.rstrip().endswith("}") for line in lines[:-1]
        ):
            return "jsonl"
        if head.startswith("{") or head[1:].lstrip()[:1] in ("{", "]", '"'):
            return "json"
    if _MARKDOWN_MARK.search(head):
        return "markdown"
    return "text"


def sniff_xml(text: str) -> str:
    """A ``.xml`` file: a feed, or XHTML read as HTML."""
    head = text[: limits.SNIFF_BYTES]
    if _FEED_ROOT.search(head):
        return "feed"
    return "html" if _HTML_MARK.search(head) else "feed"
