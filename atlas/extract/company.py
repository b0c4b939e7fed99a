"""Which organisation an article is about.

News about a company's sites names it again and again, and names it as the subject of
the site verbs ("OpenAI ouvre", "Nordwind hat eröffnet", "d'OpenAI"). So the company is
the capitalised name with the best score: one point per mention, two more per mention in
a sentence that carries a status cue. Places, people's first names after titles, months,
acronyms like "IA/AI/EU" and function words are not candidates. A shorter form that
starts a longer one ("Nordwind" / "Nordwind Robotics") counts for the longer one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from atlas.extract.lexicon import ALL_MONTHS, ALL_WEEKDAYS, NOT_COMPANIES, SITE_NOUNS
from atlas.extract.places import Resolver, geo_resolve, is_institution, name_runs

_PERSON_TITLES = re.compile(
    r"(?:PDG|CEO|executive|exécutif|délégué|delegado|delegato|président(?:e)?|directeur|directrice|fondateur|fondatrice|founder|"
    r"chief|Chef(?:in)?|Gründer(?:in)?|Vorstand|director(?:a)?|fundador(?:a)?|"
    r"amministratore|fondatore|presidente|M\.|Mme|Mr\.?|Ms\.?|Dr\.?|Herr|Frau|Sr\.|Sra\.|"
    r"dott\.?)\s*,?\s*$", re.IGNORECASE)


def detect_company(sentences: Iterable[tuple[str, bool]], resolver: Resolver = geo_resolve,
                   ) -> str:
    """The organisation the article is about, or '' when no name stands out.

    `sentences` are (text, has_status_cue) pairs.
    """
    scores: dict[str, float] = {}
    for text, has_cue in sentences:
        for run in name_runs(text):
            name = run.text
            words = name.split()
            if (name.lower() in NOT_COMPANIES or words[0].lower() in NOT_COMPANIES
                    or name.lower() in ALL_MONTHS or name.lower() in ALL_WEEKDAYS
                    or name.lower() in SITE_NOUNS or is_institution(name)
                    or len(name) < 2):
                continue
            if _PERSON_TITLES.search(text[:run.start]):
                continue
            weight = 3 if has_cue else 1
            if run.first_in_sentence and " " not in name:
                weight /= 2  # "Payments company Stripe": a sentence-initial common word
            scores[name] = scores.get(name, 0.0) + weight
    if not scores:
        return ""
    merged: dict[str, float] = {}
    for name, score in scores.items():
        longer = [other for other in scores
                  if other != name and other.startswith(name + " ")]
        target = max(longer, key=lambda o: scores[o]) if longer else name
        merged[target] = merged.get(target, 0.0) + score
    for name in sorted(merged, key=merged.__getitem__, reverse=True)[:8]:
        if resolver(name) is None:
            return name
    return ""
