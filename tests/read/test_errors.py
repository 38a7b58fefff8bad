"""Bad input gives the right ReadError with a distinct exit code and a message a person can act on."""

from __future__ import annotations

import gzip
import struct
import zlib

import pytest

from sphere.read import errors
from sphere.read.clean.decode import decode_bytes
from sphere.read.clean.text import clean
from sphere.read.errors import (
    BinaryInput,
    DecodeError,
    EmptyInput,
    InputTooLarge,
    NoArticle,
    ReadError,
    TruncatedInput,
    UnsupportedLanguage,
)

ARTICLE = (
    "Officials from the two countries signed a memorandum on a new power line on Monday, the ministry said, "
    "adding that construction would start next year and take three years."
)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def test_exit_codes_are_distinct_and_documented() -> None:
    classes = [
        EmptyInput,
        BinaryInput,
        InputTooLarge,
        DecodeError,
        TruncatedInput,
        UnsupportedLanguage,
        NoArticle,
    ]
    codes = [c.exit_code for c in classes]
    assert len(set(codes)) == len(codes)
    assert all(3 <= c <= 9 for c in codes)
    assert ReadError.exit_code not in codes
    assert len({c.code for c in classes}) == len(classes)
    assert set(errors.__all__) >= {c.__name__ for c in classes}


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInput),
        (b"   \n\t\n", EmptyInput),
        ("", EmptyInput),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInput),
        (_png(), BinaryInput),
        (b"PK\x03\x04\x14\x00\x00\x00", BinaryInput),
        (bytes(range(256)) * 4, BinaryInput),
        (b"\xef\xbb\xbf" + "Тест".encode("cp1251") * 10, DecodeError),
        (
            b"<!DOCTYPE html><html><head><title>Talks resume</title></head><body><div><p>ASTANA",
            TruncatedInput,
        ),
        (b"<html><head><meta charset=utf-8><title>Only a head", TruncatedInput),
        (
            b"<html><body><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></body></html>",
            NoArticle,
        ),
        (b"Leave a Reply\nShare\nTrending\nExit mobile version\n", NoArticle),
    ],
)
def test_bad_input_raises_the_right_error(data: bytes | str, error: type[ReadError]) -> None:
    with pytest.raises(error) as info:
        clean(data, "input.txt")
    message = str(info.value)
    assert message.startswith("input.txt: ")
    assert len(message) > 40 and message.rstrip().endswith(".")


def test_input_too_large_uses_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPHERE_MAX_INPUT_BYTES", "1000")
    with pytest.raises(InputTooLarge) as info:
        clean(ARTICLE.encode() * 20, "big.txt")
    assert info.value.limit == 1000 and info.value.size > 1000
    assert "SPHERE_MAX_INPUT_BYTES" in str(info.value)
    with pytest.raises(InputTooLarge):
        clean(ARTICLE * 20, "big.txt")


def test_gzip_bomb_is_stopped_by_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPHERE_MAX_INPUT_BYTES", "10000")
    with pytest.raises(InputTooLarge):
        decode_bytes(gzip.compress(b"a" * 1_000_000), source="bomb.gz")


def test_every_language_is_cleaned_unless_the_caller_restricts_them() -> None:
    text = (
        "Die Regierung hat am Montag angekündigt, dass sie die Ausgaben für Straßen und Schulen erhöhen wird."
    )
    assert clean(text, "de.txt").language == "de"
    with pytest.raises(UnsupportedLanguage) as info:
        clean(text, "de.txt", languages=("en", "ru"))
    assert info.value.language == "de"
    assert "en, ru" in str(info.value)


def test_error_without_source() -> None:
    assert str(EmptyInput()).startswith("the input is empty")


def test_errors_survive_pickling() -> None:
    import pickle

    samples: list[ReadError] = [
        ReadError("cannot open the file", source="a.txt"),
        EmptyInput(source="a.txt"),
        BinaryInput("a PDF document", source="a.pdf"),
        InputTooLarge(30, 20, source="a.txt"),
        DecodeError("bad bytes", source="a.txt"),
        TruncatedInput(source="a.html"),
        UnsupportedLanguage("de", source="a.txt"),
        NoArticle(source="a.html"),
    ]
    for err in samples:
        copy = pickle.loads(pickle.dumps(err))
        assert type(copy) is type(err)
        assert str(copy) == str(err) and copy.exit_code == err.exit_code and copy.source == err.source
    assert pickle.loads(pickle.dumps(samples[6])).language == "de"
