"""Turn raw input bytes into text: size and binary checks, gzip, BOM, declared charset, UTF-8, Cyrillic code pages.

Order of trust: a byte-order mark; valid UTF-8 (Russian code-page text almost never forms valid UTF-8); the
charset the HTTP header or an HTML <meta> declares; then a guess between cp1251 and KOI8-R (by how Russian the
decoded letters look) or cp1252. Files that mix UTF-8 lines with code-page lines are repaired line by line, and
a few stray bytes are replaced, both with a warning; input that is mostly undecodable raises DecodeError.
"""

from __future__ import annotations

import codecs
import logging
import re
import zlib
from dataclasses import dataclass, field

from sphere import settings
from sphere.read.errors import BinaryInput, DecodeError, EmptyInput, InputTooLarge

__all__ = ["Decoded", "check_size", "decode_bytes", "max_input_bytes", "sniff_binary"]

log = logging.getLogger("sphere.read")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, Excel or EPUB file)"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"SQLite format 3", "an SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_RX = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_META_CHARSET_RX = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET_RX = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", re.IGNORECASE)
_UTF8_MULTI_RX = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CYR_RX = re.compile("[\u0400-\u04ff]")
_CYR_COMMON_RX = re.compile("[оеаинтсрвлкмдпуяы]")


@dataclass(slots=True)
class Decoded:
    """Text decoded from bytes, the encoding used and any repairs made on the way."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def max_input_bytes() -> int:
    """Return the largest input the reader accepts, from the `max_input_bytes` setting (20 MB by default)."""
    return settings.get_int("max_input_bytes") or 20 * 1024 * 1024


def check_size(size: int, *, source: str | None = None, limit: int | None = None) -> None:
    """Raise InputTooLarge when `size` bytes exceed the limit (the setting when `limit` is None)."""
    limit = limit if limit is not None else max_input_bytes()
    if size > limit:
        raise InputTooLarge(size, limit, source=source)


def sniff_binary(data: bytes) -> str | None:
    """Return a description of binary content ("a PDF document"), or None when the bytes may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        return "a WebP image"
    head = data[:4096]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if head.count(b"\x00") > 0 and not _looks_utf16(head):
        return "binary data (it contains NUL bytes)"
    if head and len(_CONTROL_RX.findall(head)) > 0.05 * len(head):
        return "binary data (it contains many control bytes)"
    return None


def _looks_utf16(head: bytes) -> bool:
    even, odd = head[0::2].count(0), head[1::2].count(0)
    n = len(head) // 2 or 1
    return max(even, odd) > 0.4 * n and min(even, odd) < 0.05 * n


def _gunzip(data: bytes, limit: int, source: str | None) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise BinaryInput(f"a damaged gzip archive ({exc})", source=source) from exc
    check_size(len(out), source=source, limit=limit)
    return out


def _declared_charset(data: bytes, content_type: str | None) -> str | None:
    names: list[str] = []
    if content_type and (m := _HEADER_CHARSET_RX.search(content_type)):
        names.append(m.group(1))
    if m2 := _META_CHARSET_RX.search(data[:4096]):
        names.append(m2.group(1).decode("ascii", "ignore"))
    for name in names:
        try:
            return codecs.lookup(name.strip().lower()).name
        except LookupError:
            continue
    return None


def _russian_score(text: str) -> float:
    """Share of Cyrillic letters that are frequent lowercase Russian letters (about 0.6 when decoded right)."""
    cyr = len(_CYR_RX.findall(text))
    if cyr < 8:
        return 0.0
    return len(_CYR_COMMON_RX.findall(text)) / cyr


def _guess_single_byte(data: bytes) -> str:
    """Return the single-byte encoding that makes `data` read most naturally."""
    best, best_score = "cp1252", 0.0
    for enc in ("cp1251", "koi8_r"):
        score = _russian_score(data.decode(enc, "replace"))
        if score > best_score:
            best, best_score = enc, score
    if best_score > 0.35:
        return best
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, *, source: str | None = None, content_type: str | None = None) -> Decoded:
    """Decode input bytes to text, raising a ReadError (EmptyInput, BinaryInput, InputTooLarge, DecodeError).

    Gzip-compressed input is inflated first (within the size limit). See the module docstring for the order
    in which encodings are tried; repairs are logged and listed in `Decoded.warnings`.
    """
    limit = max_input_bytes()
    check_size(len(data), source=source, limit=limit)
    if data.startswith(b"\x1f\x8b"):
        data = _gunzip(data, limit, source)
    if not data.strip():
        raise EmptyInput(source=source)
    kind = sniff_binary(data)
    if kind:
        raise BinaryInput(kind, source=source)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], enc)
            if text is None:
                raise DecodeError(
                    f"the file starts with a {enc} byte-order mark but is not valid {enc}", source=source
                )
            return Decoded(text, enc)
    if _looks_utf16(data[:4096]):
        head = data[:4096]
        enc = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        text = _strict(data[: len(data) // 2 * 2], enc)
        if text is not None:
            return Decoded(text, enc)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            warning = "the input ends in the middle of a character; the last bytes were dropped"
            log.warning("%s: %s", source or "input", warning)
            return Decoded(data[: exc.start].decode("utf-8"), "utf-8", [warning])
    declared = _declared_charset(data, content_type)
    if declared and declared not in ("utf-8", "ascii"):
        text = _strict(data, declared)
        if text is not None:
            return Decoded(text, declared)
    return _decode_mixed(data, source)


def _decode_mixed(data: bytes, source: str | None) -> Decoded:
    """Decode bytes that are not valid UTF-8: one code page, or UTF-8 lines mixed with code-page lines."""
    multibyte = len(_UTF8_MULTI_RX.findall(data))
    high = sum(1 for b in data if b >= 0x80)
    if multibyte * 2 < 0.5 * high:
        enc = _guess_single_byte(data)
        text = data.decode(enc, "replace")
        warnings = []
        if "\ufffd" in text:
            warnings.append(f"{text.count(chr(0xFFFD))} bytes undefined in {enc} were replaced")
            log.warning("%s: %s", source or "input", warnings[-1])
        return Decoded(text, enc, warnings)
    # Mostly UTF-8 with some foreign bytes: repair line by line.
    fallback = _guess_single_byte(re.sub(_UTF8_MULTI_RX, b"", data))
    lines = []
    repaired = 0
    for raw in data.split(b"\n"):
        line = _strict(raw, "utf-8")
        if line is None:
            repaired += 1
            bad_utf8 = raw.decode("utf-8", "replace")
            single = raw.decode(fallback, "replace")
            line = bad_utf8 if _UTF8_MULTI_RX.search(raw) and bad_utf8.count("\ufffd") < 3 else single
        lines.append(line)
    text = "\n".join(lines)
    bad = text.count("\ufffd")
    if bad > max(20, 0.02 * len(text)):
        raise DecodeError(
            f"the bytes mix several encodings ({bad} characters could not be decoded)", source=source
        )
    warning = f"mixed encodings: {repaired} lines were not UTF-8 and were read as {fallback}"
    log.warning("%s: %s", source or "input", warning)
    return Decoded(text, f"utf-8+{fallback}", [warning])
