"""Bytes to text: binary by content, encodings, the size cap, format sniffing."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from briefs.errors import InputError
from briefs.readers import detect, limits, read

TEXT = "Harbour Wall Vote\n\n“We build it properly,” said Inès Halvorsen — the café owner.\n"


def _read_one(path: Path):
    return list(read(str(path)))


@pytest.mark.parametrize(
    ("data", "cause"),
    [
        (b"Title\n\nSome text\x00with a NUL byte in it.\n", "binary file (NUL bytes)"),
        (bytes(range(1, 32)) * 20 + b"a few letters", "binary file (control characters)"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "binary file (PNG image)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document)"),
        (b"\x1f\x8b\x08\x00" + b"\x01" * 40, "binary file (gzip-compressed)"),
    ],
)
def test_binary_is_recognised_by_content(tmp_path: Path, data: bytes, cause: str) -> None:
    path = tmp_path / "story.txt"  # the suffix says text; the content says otherwise
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        _read_one(path)
    assert err.value.cause == cause
    assert err.value.source == str(path)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8", "utf-8-sig", "utf-16"])
def test_western_encodings_are_text(tmp_path: Path, encoding: str) -> None:
    text = TEXT if encoding != "latin-1" else TEXT.replace("“", '"').replace("”", '"').replace(
        "—", "-")
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    [article] = _read_one(path)
    assert "Inès Halvorsen" in article.text
    assert article.text.replace("\r\n", "\n") == text
    assert article.raw == article.text


def test_utf8_with_a_stray_legacy_byte_stays_utf8() -> None:
    data = "“We build it properly,” said Inès — café owner, élu. ".encode() * 3 + b"\x93x\x94"
    text = detect.decode(data)
    assert text.startswith("“We build it properly,” said Inès")
    assert text.endswith("\ufffdx\ufffd")


def test_bomless_utf16_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))
    [article] = _read_one(path)
    assert "Halvorsen" in article.text


def test_cyrillic_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = ("Мэр города заявил в понедельник, что строительство новой набережной начнётся "
            "весной и продлится около восьми месяцев.\n")
    path = tmp_path / "ru.txt"
    path.write_bytes(("Новости\n\n" + text * 3).encode("cp1251"))
    [article] = _read_one(path)
    assert "строительство новой набережной" in article.text


def test_declared_charset_is_honoured_and_latin1_means_cp1252() -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body>“Hi”</body></html>'
    data = html.encode("cp1252")
    assert detect.declared_charset(data) == "iso-8859-1"
    assert "“Hi”" in detect.decode(data, "iso-8859-1")
    assert detect.decode("Grüße".encode(), "no-such-codec") == "Grüße"
    # a declaration that lies (says UTF-8, is cp1252) falls back to detection
    assert detect.decode("Grüße aus Köln".encode("cp1252"), "utf-8") == "Grüße aus Köln"


def test_file_above_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50_000_000)  # sparse: 50 MB of size, no bytes written
    with pytest.raises(InputError) as err:
        _read_one(path)
    assert err.value.cause == "larger than the 20 MB cap (50 MB)"


def test_cap_is_overridable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_BYTES", 100)
    path = tmp_path / "small.txt"
    path.write_text("Title\n\n" + "word " * 40)
    with pytest.raises(InputError, match=r"larger than the 0\.0001 MB cap"):
        _read_one(path)


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        _read_one(path)
    assert err.value.cause == "empty file"


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("  <p>A fragment of a page.</p>", "html"),
        ('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        ('{"title": "T", "text": "Body."}', "json"),
        ('[{"title": "T", "text": "Body."}]', "json"),
        ('{"title": "A", "text": "x"}\n{"title": "B", "text": "y"}\n', "jsonl"),
        ("# Heading\n\nSome *text*.", "markdown"),
        ("[Link text](https://example.org) opens the story.", "markdown"),
        ("Plain headline\n\nPlain body [with a bracket].", "text"),
        ("News\n\nA title – The Site\n\nBody text.", "text"),
    ],
)
def test_sniff(text: str, fmt: str) -> None:
    assert detect.sniff(text) == fmt
