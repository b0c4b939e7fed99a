"""Fold place names to comparison keys.

Why: users type "MUNICH", "München", "Muenchen", "Мюнхен" or "São Paulo" /
"Sao Paulo" and all must meet the same index row.  One function, :func:`fold`,
is applied to both indexed names and queries, so every rule here is symmetric.
German transliterations (ü -> ue, ß -> ss) are asymmetric by nature, so they are
handled at *index* time by :func:`index_keys`, which emits both spellings of a
name that carries an umlaut.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"['’`ʻʼ´‘]")
# Abbreviations that appear in both orders ("St. Gallen", "Saint-Denis").
_TOKEN_ALIASES = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return the comparison key of ``text``: ASCII, lower case, single spaces.

    Accents and non-Latin scripts go through anyascii ("Pékin" -> "pekin",
    "北京" -> "beijing"); punctuation and hyphens become spaces; apostrophes
    vanish ("L'Aquila" -> "laquila"); "st"/"ste"/"mt"/"ft" expand.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    ascii_text = text if text.isascii() else anyascii(text)
    ascii_text = _APOSTROPHES.sub("", ascii_text.lower())
    tokens = _NON_ALNUM.sub(" ", ascii_text).split()
    return " ".join(_TOKEN_ALIASES.get(tok, tok) for tok in tokens)


def index_keys(name: str) -> set[str]:
    """Every key under which ``name`` should be found (fold + German umlaut spelling)."""
    keys = {fold(name)}
    if any(ch in name for ch in "äöüÄÖÜ"):
        keys.add(fold(name.translate(_UMLAUTS)))
    keys.discard("")
    return keys


def is_latin(name: str) -> bool:
    """True when ``name`` is written in the Latin script (so it is a real exonym,
    not a romanisation produced by anyascii, which is noisier)."""
    for ch in name:
        if ch.isascii():
            continue
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True
