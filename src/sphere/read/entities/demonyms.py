"""Derive the adjective (demonym) of a country from its name in German and Turkish, where the knowledge base
lists none.

German and Turkish news name a state by its adjective as often as by its name ("die kasachische Regierung",
"Kırgız Cumhurbaşkanı"), and the annotation guidelines count such mentions as mentions of the state. The
knowledge base gives adjectives for a few countries; the others are derived from the country's German or
Turkish name by the regular patterns of each language (Duden, "Ländernamen und ihre Adjektive"; TDK, "Ülke
adları ve bunlardan türeyen sıfatlar"), so every country has one:
- German: "-stan" names drop "-stan" (and an "-i-" before it) and add "-isch" (Kasachstan -> kasachisch,
  Usbekistan -> usbekisch); "-ien" and "-ei" names replace it with "-isch" (Armenien -> armenisch, Mongolei ->
  mongolisch); "-land" names give "-isch" and "-ländisch" (Finnland -> finnisch, Thailand -> thailändisch);
  "-a" names add "-nisch" (Korea -> koreanisch, Kuba -> kubanisch); "-en" names replace it with "-isch"
  (Schweden -> schwedisch); other names add "-isch" (Japan -> japanisch, Israel -> israelisch). The endings a
  German adjective takes ("kasachischen") are read by `sphere.read.entities.inflection`.
- Turkish: "-istan" and "-stan" names drop it (Kazakistan -> Kazak, Özbekistan -> Özbek, Kırgızistan ->
  Kırgız), leaving a stem of four letters or more.
A derived form that a language does not use (the irregular "polnisch" is derived as "polisch") is harmless: it
is simply never met in a text. Names of several words ("Vereinigte Staaten") give none.
"""

from __future__ import annotations

__all__ = ["derived_demonyms"]


def _german(name: str) -> list[str]:
    """Return the German adjective(s) of a one-word country name ("Kasachstan" -> ["kasachisch"])."""
    low = name.lower()
    if low.endswith("stan"):
        stem = low[:-4]
        stem = stem[:-1] if stem.endswith("i") else stem
        return [stem + "isch"] if len(stem) >= 3 else []
    if low.endswith(("ien", "ei")):
        return [low[: -3 if low.endswith("ien") else -2] + "isch"]
    if low.endswith("land"):
        return [low[:-4] + "isch", low[:-4] + "ländisch"]
    if low.endswith("a"):
        return [low + "nisch"]
    if low.endswith("en"):
        return [low[:-2] + "isch"]
    return [low + "isch"]


def _turkish(name: str) -> list[str]:
    """Return the Turkish adjective of a country name in "-(i)stan" ("Kazakistan" -> ["Kazak"])."""
    for tail in ("istan", "stan"):
        if name.endswith(tail) and len(name) - len(tail) >= 4:
            return [name[: -len(tail)]]
    return []


_DERIVE = {"de": _german, "tr": _turkish}


def derived_demonyms(aliases: list[dict[str, str]]) -> list[tuple[str, str]]:
    """Return (adjective, language) pairs derived from a country record's aliases, for each language in
    `_DERIVE` that has a one-word name and no demonym in the record."""
    out: list[tuple[str, str]] = []
    for lang, derive in _DERIVE.items():
        if any(a.get("lang") == lang and a.get("type") == "demonym" for a in aliases):
            continue
        names = [a["name"] for a in aliases if a.get("lang") == lang and a.get("type", "name") == "name"]
        for name in names[:1]:
            if " " not in name and "-" not in name and name[:1].isupper():
                out.extend((form, lang) for form in derive(name) if form.lower() != name.lower())
    return out
