"""What the reader finds in a made-up sentence: the helpers the entity tests share."""

from __future__ import annotations

from sphere.read.reader import read_text


def entities_of(text: str) -> dict[str, tuple[str, list[str]]]:
    """Return each entity the reader finds in `text` by id: its kind and the text of its mentions."""
    reading = read_text(text, "sample.txt")
    return {e.id: (e.kind, [m.text for m in e.mentions]) for e in reading.entities}


def names_of(text: str) -> dict[str, str]:
    """Return the kind of each entity the reader finds in `text`, by name."""
    return {e.name: e.kind for e in read_text(text, "sample.txt").entities}
