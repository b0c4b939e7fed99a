"""What a sentence says happened to a site: opened, announced, planned, existing, closed.

The status comes from the wording nearest to the city. Finite verbs ("ouvre",
"announced", "wird eröffnen") are strong cues; nouns ("l'ouverture", "the opening") are
weak ones, used only when no verb speaks: they usually refer back to a site the article
already introduced. Future forms and infinitives after modal or planning verbs ("va
ouvrir", "plans to open", "abrirá") mean planned. Cues are matched in all five languages
at once except the few words that are ordinary words elsewhere (English "plant").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from atlas.model import Status

_A = "['’]"
W = r"(?<![\w])"   # word start (works before accented letters)
E = r"(?![\w])"    # word end


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    status: Status
    strong: bool
    text: str


# (pattern, status, strong, language or None for all)
_RULES: list[tuple[str, Status, bool, str | None]] = [
    # --- closed
    (r"ferme(?:nt|ra|ront|r)?|a\s+fermé|ont\s+fermé|fermant|met\s+la\s+clé\s+sous\s+la\s+porte",
     Status.CLOSED, True, None),
    (r"closes|closed|will\s+close|closing|shut(?:s|ting)?\s+down|shuts|shut|to\s+close",
     Status.CLOSED, True, None),
    (r"schließt|schloss|schließen|geschlossen|dichtgemacht|macht\s+\w+\s+dicht",
     Status.CLOSED, True, None),
    (r"cierra|cierran|cerró|cerrará|cerrar|ha\s+cerrado|han\s+cerrado", Status.CLOSED, True, None),
    (r"chiude|chiudono|chiuderà|chiudere|ha\s+chiuso|hanno\s+chiuso", Status.CLOSED, True, None),
    (r"fermeture|closure|Schließung|cierre|chiusura", Status.CLOSED, False, None),
    # --- announced
    (r"annonce(?:nt)?|a\s+annoncé|ont\s+annoncé|annonçant|annoncera", Status.ANNOUNCED, True, None),
    (r"announces|announced|announcing|unveil(?:s|ed)", Status.ANNOUNCED, True, None),
    (r"kündigt(?:e)?|kündigten|angekündigt|gab\s+\w*\s*bekannt|gibt\s+\w*\s*bekannt",
     Status.ANNOUNCED, True, None),
    (r"anuncia|anunció|anunciaron|ha\s+anunciado|han\s+anunciado|anunciando",
     Status.ANNOUNCED, True, None),
    (r"annuncia|annunciato|annunciando|ha\s+annunciato|hanno\s+annunciato",
     Status.ANNOUNCED, True, None),
    (r"announcement|Ankündigung|anuncio|annuncio", Status.ANNOUNCED, False, None),
    # --- planned (before opened, so "will open" is not read as "open")
    (r"prévu(?:e|s|es)?|prévoit|prévoient|ouvrira|ouvriront|va\s+ouvrir|vont\s+ouvrir|"
     r"compte\s+ouvrir|projette|envisage|devrait\s+ouvrir|doit\s+ouvrir|ouvrir|"
     r"inaugurera|s['’]installera|s['’]implanter|s['’]installer|construira|va\s+construire|prochaine\s+ouverture|ouverture\s+prochaine|"
     r"sera\s+ouverte?s?|seront\s+ouverte?s?",
     Status.PLANNED, True, "fr"),
    (r"plans|planned|planning|will\s+open|will\s+launch|will\s+inaugurate|is\s+set\s+to|"
     r"are\s+set\s+to|intends\s+to|expects\s+to\s+open|to\s+open|to\s+launch|upcoming|"
     r"(?:will|would)\s+(?:also\s+)?(?:open|build|launch)|to\s+build|due\s+to\s+open",
     Status.PLANNED, True, "en"),
    (r"plant|planen|geplant|baut|bauen|errichten|eröffnen|wird\s+\w+(?:\s+\w+){0,6}\s+eröffnet|soll|sollen|"
     r"will\s+\w+(?:\s+\w+){0,6}\s+eröffnen",
     Status.PLANNED, True, "de"),
    (r"abrirá|abrirán|construirá|planea|planean|prevé|prevén|tiene\s+previsto|previsto|prevista|"
     r"va\s+a\s+abrir|abrir|proyecta|inaugurará", Status.PLANNED, True, "es"),
    (r"aprirà|apriranno|costruirà|prevede|prevedono|previsto|prevista|in\s+programma|intende|aprire|"
     r"progetta|inaugurerà", Status.PLANNED, True, "it"),
    # --- existing
    (r"déjà|already|bereits|ya|già|basée?s?\s+à|based\s+in|headquartered\s+in|"
     r"mit\s+Sitz\s+in|con\s+sede(?:\s+central(?:e)?)?\s+(?:en|a|in)|emploie|employs|employ|"
     r"beschäftigt|emplea|impiega|rejoint|joins|in\s+addition\s+to|"
     r"en\s+plus\s+de|existing|existants?|présente?\s+à|vertreten|fondée?|founded|"
     r"gegründet|fundada|fundado|fondata|fondato",
     Status.EXISTING, True, None),
    # --- opened
    (r"ouvre(?:nt)?|a\s+ouvert|ont\s+ouvert|vient\s+d['’]ouvrir|viennent\s+d['’]ouvrir|"
     r"inaugure(?:nt)?|a\s+inauguré|ont\s+inauguré|inaugurant|s['’]installe(?:nt)?|"
     r"s['’]est\s+installée?|s['’]implante(?:nt)?|s['’](?:est\s+|être\s+)implantée?|"
     r"ouvert\s+ses\s+portes|ouvert|a\s+lancé|lance",
     Status.OPENED, True, "fr"),
    (r"opens|opened|has\s+opened|inaugurates|inaugurated|inaugurating|launched|launches|"
     r"sets?\s+up|has\s+set\s+up|moved\s+into",
     Status.OPENED, True, "en"),
    (r"eröffnet|eröffnete|eröffneten|weiht|eingeweiht|bezogen|bezieht|gestartet",
     Status.OPENED, True, "de"),
    (r"abre|abren|abrió|abrieron|ha\s+abierto|han\s+abierto|inaugura|inauguró|"
     r"ha\s+inaugurado|inaugurando|se\s+instala|desembarca", Status.OPENED, True, "es"),
    (r"apre|aprono|ha\s+aperto|hanno\s+aperto|inaugura|ha\s+inaugurato|inaugurando|"
     r"si\s+insedia|sbarca", Status.OPENED, True, "it"),
    (r"ouvertures?|implantation|installation|inauguration|opening|Eröffnung|Einweihung|"
     r"apertura|inauguración|inaugurazione|Start|nouvelle\s+antenne|nouveau\s+bureau",
     Status.OPENED, False, None),
]

_NEW_CLAUSE = re.compile(r"[,;:(]|(?<!\w)(?:et|and|und|y|e|mais|but|aber|pero|ma|while|"
                         r"tandis|mentre|während|mientras)(?!\w)", re.IGNORECASE)
# Adverbs that mark an existing site only when the sentence is about a site already.
ADVERB_CUES = frozenset("déjà already bereits schon ya già".split())

_COMPILED: dict[str, list[tuple[re.Pattern[str], Status, bool]]] = {}


def _rules(language: str) -> list[tuple[re.Pattern[str], Status, bool]]:
    if language not in _COMPILED:
        _COMPILED[language] = [
            (re.compile(rf"{W}(?:{pattern}){E}", re.IGNORECASE), status, strong)
            for pattern, status, strong, lang in _RULES
            if lang is None or not language or lang == language
        ]
    return _COMPILED[language]


def find_cues(text: str, language: str = "") -> list[Cue]:
    """Status cues in a sentence; a cue inside a longer, earlier-listed one is dropped."""
    cues: list[Cue] = []
    for pattern, status, strong in _rules(language):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(c.start <= start and end <= c.end for c in cues):
                continue
            if any(start <= c.start and c.end <= end for c in cues):
                cues = [c for c in cues if not (start <= c.start and c.end <= end)]
            cues.append(Cue(start, end, status, strong, match.group(0)))
    return sorted(cues, key=lambda c: c.start)


def cue_for(cues: list[Cue], start: int, end: int, text: str = "") -> Cue | None:
    """The cue governing the words at [start, end): the nearest strong cue, preferring
    one before the city (a verb usually precedes its place complement in all five
    languages); weak cues only when the sentence has no strong one."""
    strong = [c for c in cues if c.strong]
    pool = strong or cues
    best: Cue | None = None
    best_distance = float("inf")
    for cue in pool:
        if cue.end <= start:
            distance = float(start - cue.end)
        elif cue.start >= end:
            distance = (cue.start - end) * 2.0
            if _NEW_CLAUSE.search(text[end:cue.start]):
                distance += 500.0  # a later clause is about something else
        else:
            continue
        if distance < best_distance:
            best, best_distance = cue, distance
    return best


def is_future(text: str, cues: list[Cue]) -> bool:
    """Whether the sentence speaks of the future, for placing a month without a year."""
    return any(c.status is Status.PLANNED and c.strong for c in cues)
