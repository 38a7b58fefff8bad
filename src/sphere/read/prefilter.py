"""Skip regex attempts that cannot match, by the literal text every match of a pattern starts with.

Scanning a sentence with dozens of case-insensitive patterns costs one regex attempt per pattern and word;
most attempts fail on the first letters. `PrefixIndex` reads, once per process, each pattern's parse tree
for the lower-case strings (up to `depth` characters; whitespace read as a space, digits as "0") that a
match must start with, and indexes the patterns by them. A scan then finds the positions where some prefix
starts (one pass of a single regex shaped as a trie) and, at each, tries only the patterns whose prefix the
text there starts with, in their original order. The prefixes over-approximate (a pattern is sometimes
tried for nothing) but never miss a match: where the text holds characters that case-insensitive matching
folds differently from `str.lower` ("ſ" matches "s", "ᲂ" matches "о") or non-ASCII digits, every pattern
is tried.

`prefixes` and `fold_text` serve the same purpose for one pattern over spans of one document: where no
prefix of the pattern occurs in a span of the folded text, scanning the span would find nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

__all__ = ["PrefixIndex", "fold_text", "prefixes"]

_Prefixes = set[tuple[str, bool]]  # (lower-case prefix, whether anything may follow it: a wildcard)
_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
_SPACE_CATEGORIES = frozenset({"CATEGORY_SPACE", "CATEGORY_UNI_SPACE"})


_DIGIT_CATEGORIES = frozenset({"CATEGORY_DIGIT", "CATEGORY_UNI_DIGIT"})
# how text is compared with prefixes: lower case, any whitespace a space, any digit "0"
_KEY_FOLD = str.maketrans(
    {**{chr(c): " " for c in range(0x3100) if chr(c).isspace()}, **dict.fromkeys("123456789", "0")}
)


def _fold(ch: str) -> str:
    return " " if ch.isspace() else "0" if ch.isdecimal() else ch.lower()


def _exotic_letters() -> frozenset[str] | None:
    """Return the letters IGNORECASE matches beyond `str.lower` ("ſ" for "s", "ᲂ" for "о"), if Python says."""
    try:
        from re import _casefix  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - every supported Python has it
        return None
    extra = _casefix._EXTRA_CASES
    found = {chr(k) for k in extra} | {chr(v) for vs in extra.values() for v in vs}
    return frozenset(c for c in found if c >= "\x80" and c not in _RUSSIAN)


_EXOTIC = _exotic_letters()


def _unusual(ch: str) -> bool:
    """Return True for a character that `_KEY_FOLD` and `str.lower` may not compare as the regex engine does.

    That is a non-ASCII digit, a letter IGNORECASE folds beyond `str.lower` ("ſ", "ı", "ᲂ", Greek
    variants), or one `str.lower` makes two ("İ"); without Python's table, any non-ASCII letter with case
    outside Russian.
    """
    if ch < "\x80":
        return False
    if _EXOTIC is None:
        return ch.isdecimal() or (ch not in _RUSSIAN and (ch.lower() != ch or ch.upper() != ch))
    return ch.isdecimal() or ch in _EXOTIC or len(ch.lower()) != 1


_MAX_PREFIXES = 1024  # beyond this, prefixes end early (wildcards): fewer, shorter, still never wrong


def _then(res: _Prefixes, item: Callable[[int], _Prefixes], k: int) -> _Prefixes:
    """Extend each open prefix of `res` by what `item` can match next (given the room left)."""
    out: _Prefixes = set()
    nexts: dict[int, _Prefixes] = {}
    for pre, stopped in res:
        if stopped or len(pre) >= k:
            out.add((pre[:k], True))
            continue
        room = k - len(pre)
        if room not in nexts:
            nexts[room] = item(room)
        if len(out) + len(nexts[room]) > _MAX_PREFIXES:
            out.add((pre, True))
            continue
        out |= {((pre + s)[:k], st) for s, st in nexts[room]}
    return out


def _sequence(items: Any, k: int) -> _Prefixes:
    """Return the prefixes (up to `k` characters) a parsed regex sequence can start its matches with."""
    res: _Prefixes = {("", False)}
    for j, (op, arg) in enumerate(items):
        if str(op) == "ASSERT" and arg[0] == 1 and j == len(items) - 1:
            # a closing lookahead: the text goes on with what it matches
            res = _then(res, partial(_lookahead, arg[1]), k)
        else:
            res = _then(res, partial(_item, op, arg), k)
    return res


def _lookahead(body: Any, k: int) -> _Prefixes:
    """Return the prefixes of a lookahead's body, each open to anything after it."""
    return {(p, True) for p, _ in _sequence(body, k)}


def _item(op: Any, arg: Any, k: int) -> _Prefixes:
    """Return the prefixes of one parsed regex item (see `_sequence`); unknown items end the prefix."""
    name = str(op)
    if name == "LITERAL":
        return {("", True)} if _unusual(chr(arg)) else {(_fold(chr(arg)), False)}
    if name == "IN":
        chars: set[str] = set()
        for sub_op, sub_arg in arg:
            sub = str(sub_op)
            if sub == "LITERAL" and not _unusual(chr(sub_arg)):
                chars.add(_fold(chr(sub_arg)))
            elif (
                sub == "RANGE"
                and sub_arg[1] - sub_arg[0] < 128
                and not any(_unusual(chr(c)) for c in range(sub_arg[0], sub_arg[1] + 1))
            ):
                chars |= {_fold(chr(c)) for c in range(sub_arg[0], sub_arg[1] + 1)}
            elif sub == "CATEGORY" and str(sub_arg) in _SPACE_CATEGORIES:
                chars.add(" ")
            elif sub == "CATEGORY" and str(sub_arg) in _DIGIT_CATEGORIES:
                chars.add("0")
            else:
                return {("", True)}
        return {(c, False) for c in chars}
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {("", False)}  # zero width: the match goes on with what follows
    if name == "SUBPATTERN":
        return _sequence(arg[-1], k)
    if name == "BRANCH":
        out: _Prefixes = set()
        for branch in arg[1]:
            out |= _sequence(branch, k)
        return out
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = arg
        cap = min(high, k)
        found: _Prefixes = set()
        current: _Prefixes = {("", False)}
        for n in range(cap + 1):
            if n >= low:
                found |= current
            if n == cap:
                break
            current = _then(current, partial(_sequence, body), k)
        if high > cap:
            found |= {(p, True) for p, _ in current}
        return found
    return {("", True)}


def _trie(words: set[str]) -> str:
    """Return a regex alternation of `words` shaped as a trie (a space stands for whitespace, "0" a digit)."""
    if "" in words:
        return ""
    by_first: dict[str, set[str]] = {}
    for w in words:
        by_first.setdefault(w[0], set()).add(w[1:])
    parts = []
    for ch, rests in sorted(by_first.items()):
        tail = _trie(rests)
        head = r"\s" if ch == " " else r"\d" if ch == "0" else re.escape(ch)
        parts.append(head + (f"(?:{tail})" if tail else ""))
    return "|".join(parts)


def _prefix_set(pattern: re.Pattern[str], depth: int) -> set[str]:
    """Return the prefixes of a compiled pattern's matches ("" among them: a match may start with anything)."""
    parsed = re._parser.parse(pattern.pattern, pattern.flags)  # type: ignore[attr-defined]
    return {p for p, _ in _sequence(parsed, depth)}


class PrefixIndex:
    """The patterns of a scan indexed by the lower-case prefixes their matches start with."""

    def __init__(self, patterns: Sequence[re.Pattern[str]], *, depth: int = 6, after: str = "") -> None:
        """Index `patterns` (tried in this order); `after` is a character class no match starts right after."""
        self.depth = depth
        self.every = tuple(range(len(patterns)))
        prefixes = [_prefix_set(rx, depth) for rx in patterns]
        self.exact = all("" not in found for found in prefixes)  # else every position is a candidate
        owners: dict[str, set[int]] = {}  # prefix -> the patterns with that prefix
        for i, found in enumerate(prefixes):
            for p in found:
                owners.setdefault(p, set()).add(i)
        keys = set(owners) - {""}
        self.rows = {  # text prefix -> the patterns with a prefix it starts with
            key: tuple(sorted(set().union(*(owners.get(key[:n], ()) for n in range(1, len(key) + 1)))))
            for key in keys
        }
        lead = f"(?<!{after})" if after else ""
        scan = "(?=" + _trie(keys) + ")" if self.exact else "(?s:.)"
        self.starts = re.compile(lead + scan, re.IGNORECASE)
        self.after = re.compile(after) if after else None
        self.keys = keys
        self._automaton: Any = None

    def positions(self, text: str) -> list[int]:
        """Return the positions of `text` where some pattern may match, in order."""
        return [m.start() for m in self.starts.finditer(text)]

    def admits(self, text: str, pos: int) -> bool:
        """Return True when a match may start at `pos` as far as the character before it goes (`after`)."""
        return not (pos and self.after is not None and self.after.match(text, pos - 1))

    def occurrences(self, folded: str) -> list[int] | None:
        """Return where some prefix occurs in a `fold_text` document, in order (one automaton pass).

        A superset of the positions, in any span of the document, where some pattern may match (those that
        `admits` too); None when the index has no prefixes to look for.
        """
        if not self.exact:
            return None
        if self._automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for key in self.keys:
                automaton.add_word(key, len(key))
            automaton.make_automaton()
            self._automaton = automaton
        return sorted({end - n + 1 for end, n in self._automaton.iter(folded)})

    def candidates(self, text: str, pos: int) -> tuple[int, ...]:
        """Return the indexes of the patterns that may match at `pos`, in pattern order."""
        if not self.exact:
            return self.every
        raw = text[pos : pos + self.depth]
        if not raw.isascii() and any(_unusual(ch) for ch in raw):
            return self.every
        key = raw.lower()
        if not key.isalpha():
            key = key.translate(_KEY_FOLD)
        rows = self.rows
        for n in range(len(key), 0, -1):
            found = rows.get(key[:n])
            if found is not None:
                return found
        return ()


def prefixes(pattern: re.Pattern[str], depth: int = 6) -> frozenset[str] | None:
    """Return the lower-case prefixes (whitespace as one space) every match of `pattern` starts with.

    None when some match may start with anything (an empty prefix).
    """
    found = _prefix_set(pattern, depth)
    return None if "" in found else frozenset(found)


_NOT_SPACE = re.compile(r"[^\S ]")
_ASCII = bytes(range(0x80))
# digits to "0" and ASCII whitespace to a space, byte for byte on UTF-8 (other bytes are never ASCII ones)
_ASCII_FOLD = bytes.maketrans(b"123456789\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f", b"000000000" + b" " * 9)


def fold_text(text: str) -> str | None:
    """Return `text` lower-cased, whitespace as spaces and digits as "0" (same offsets), for `prefixes`.

    None when the text holds characters `_unusual` flags (non-ASCII digits, letters IGNORECASE may fold in
    ways `str.lower` does not).
    """
    if not text.isascii():
        others = (
            text.encode("utf-8", "surrogatepass").translate(None, _ASCII).decode("utf-8", "surrogatepass")
        )
        if any(_unusual(ch) for ch in set(others)):
            return None
    raw = text.lower().encode("utf-8", "surrogatepass").translate(_ASCII_FOLD)
    folded = raw.decode("utf-8", "surrogatepass")
    return folded if folded.isprintable() else _NOT_SPACE.sub(" ", folded)
