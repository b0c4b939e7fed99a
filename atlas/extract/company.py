"""Which organisation an article is about.

News about a company's sites names it again and again, and names it as the subject of
the site verbs ("OpenAI ouvre", "Nordwind hat eröffnet", "d'OpenAI"). So the company is
the capitalised name with the best score: one point per mention, two more per mention in
a sentence that carries a status cue. Places, people's first names after titles, months,
acronyms like "IA/AI/EU" and function words are not candidates. A shorter form that
starts a longer one ("Nordwind" / "Nordwind Robotics") is one family with it, named by
the form used most. Names in the headline weigh more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from atlas.extract.lexicon import (
    ALL_MONTHS,
    ALL_WEEKDAYS,
    LOCATIVE_PREPOSITIONS,
    NOT_COMPANIES,
    REGIONS,
    SITE_NOUNS,
)
from atlas.extract.places import (
    Resolver,
    geo_resolve,
    in_site_slot,
    is_institution,
    name_runs,
    small_town_resolve,
)

PERSON_TITLES = re.compile(
    r"(?:PDG|CEO|executive|exécutif|délégué|delegado|delegato|président(?:e)?|directeur|directrice|fondateur|fondatrice|founder|"
    r"chief|Chef(?:in)?|Gründer(?:in)?|Vorstand|director(?:a)?|fundador(?:a)?|"
    r"amministratore|fondatore|presidente|M\.|Mme|Mr\.?|Ms\.?|Dr\.?|Herr|Frau|Sr\.|Sra\.|"
    r"dott\.?)\s*,?\s*$", re.IGNORECASE)


# Last words of firm names that are no name alone ("Penmore Consulting" is not a
# descriptor "Penmore" before a firm "Consulting").
CORPORATE_SUFFIXES = frozenset(
    "consulting group holding holdings capital partners bank technologies technology systems "
    "labs lab energy ai software solutions services industries international ventures "
    "robotics pharma therapeutics logistics motors automotive foods retail gmbh ag sa spa srl "
    "sl sas ltd inc llc plc assicurazioni assurances assurance seguros versicherung "
    "versicherungen insurance banca banco banque energia energía énergie energie "
    "farmaceutica logistica logística logistique logistik tecnologie tecnologías "
    "consultores conseil beratung gruppo grupo groupe gruppe industrie industrias mobility "
    "analytics telecom digital cloud bio laboratorios laboratori laboratoires".split())
# English nationality adjectives, capitalised, are no firms ("the French banking
# licence"); narrower than DEMONYM, which also takes "-er", "-ana" (firm names end so too).
NATIONALITY = re.compile(r"[A-Z]\w+(?:ian|ean|ish|ese)|Swiss|French|Dutch|Greek|Thai|German|"
                         r"Czech|Slovak|Welsh|Mexican|American|African|Korean|Chilean|Peruvian|"
                         r"Moroccan|Catalan|Basque")
# Nationality adjectives (any language) for the owner and subject checks.
DEMONYM = re.compile(r"^(?:[A-ZÀ-Þ]\w+(?:ian|ean|ish|ese|ais|aise|ois|oise|ano|ana|eño|eña|ese|"
                     r"ische[nrs]?|isch|er)|Swiss|French|Dutch|Greek|Thai|German|Czech|Slovak|"
                     r"Welsh|Mexican|American|African|Korean|Chilean|Peruvian|Moroccan|"
                     r"Catalan|Basque|Suisse|Belge|Grec|Griego|Greco|Tedesco|Alemán)$")
# What a name in the headline adds to its score: more than two mentions in sentences
# with a status verb, so that a partner named often in the body does not outweigh it.
TITLE_WEIGHT = 8.0


def _initials(name: str) -> str:
    words = name.split()
    return "".join(w[0] for w in words) if len(words) >= 2 and all(
        w[:1].isupper() for w in words) else ""


def _small_town_named(name: str) -> bool:
    """Whether `name` is the main name of a small town ("Spilamberto"), not an alternate
    name some hamlet also answers to."""
    place = small_town_resolve(name)
    return place is not None and getattr(place, "name", "").casefold() == name.casefold()


def is_country(name: str) -> bool:
    if len(name) <= 3:  # "ARM", "ING": codes are too short to tell from a company
        return False
    try:
        from geo import country_code
    except ImportError:
        return False
    return country_code(name) is not None


def detect_company(sentences: Iterable[tuple[str, bool]], resolver: Resolver = geo_resolve,
                   title: str = "") -> str:
    """The organisation the article is about, or '' when no name stands out.

    `sentences` are (text, has_status_cue) pairs; `title` is the headline, whose names
    weigh more: a headline names the company the story is about, the body also names
    its partners, customers and rivals.
    """
    scores: dict[str, float] = {}
    in_slot: set[str] = set()  # names used as a place somewhere ("à Munich")
    # how often each name comes after "a", "in", "di" ("a Spilamberto"), and in all
    mentions: dict[str, int] = {}
    after_preposition: dict[str, int] = {}
    sources = [(title, False, TITLE_WEIGHT)] if title else []
    sources += [(text, has_cue, 0.0) for text, has_cue in sentences]
    for text, has_cue, bonus in sources:
        for run in name_runs(text):
            name = run.text
            words = name.split()
            if run.prev_word in LOCATIVE_PREPOSITIONS or in_site_slot(run, text):
                in_slot.add(name)
            mentions[name] = mentions.get(name, 0) + 1
            if run.prev_word in LOCATIVE_PREPOSITIONS or run.prev_word in ("di", "de", "of"):
                after_preposition[name] = after_preposition.get(name, 0) + 1
            if (name.lower() in NOT_COMPANIES or words[0].lower() in NOT_COMPANIES
                    or name.replace(".", "").lower() in NOT_COMPANIES
                    or name.lower() in ALL_MONTHS or name.lower() in ALL_WEEKDAYS
                    or name.lower() in SITE_NOUNS or is_institution(name)
                    or len(name) < 2 or name.lower().endswith("-based")
                    or name.lower() in REGIONS or is_country(name)):
                continue
            if PERSON_TITLES.search(text[:run.start]) or (" " not in name
                                                           and NATIONALITY.fullmatch(name)):
                continue  # "the French banking licence"
            weight = 3 if has_cue else 1
            if run.first_in_sentence and " " not in name:
                weight /= 2  # "Payments company Stripe": a sentence-initial common word
            if bonus and resolver(words[0]) is not None:
                bonus = 0.0  # "Eindhoven R&D hub" in a headline is a site, not a firm
            scores[name] = scores.get(name, 0.0) + weight + bonus
    if not scores:
        return ""
    # "Kölner Proptech Flinkbau", "Der Heizungsbauer Kesselwerk": a descriptor before a
    # name the article also uses alone counts for that name.
    cores: dict[str, float] = {}
    for name, score in scores.items():
        shorter = [other for other in scores
                   if other != name and name.endswith(" " + other)
                   and other.casefold() not in CORPORATE_SUFFIXES
                   and resolver(other) is None and resolver(name) is None]
        target = max(shorter, key=len) if shorter else name
        cores[target] = cores.get(target, 0.0) + score
    # Forms that start one another ("Google", "Google Cloud", "Google Cloud Italia") are
    # one family, scored together and named by its best-scored form ("Kelvitec" over
    # "Kelvitec México S.A.", a subsidiary named once; "Nordwind Robotics" over a rare
    # "Nordwind").
    family: dict[str, str] = {name: name for name in cores}

    def root(name: str) -> str:
        while family[name] != name:
            name = family[name]
        return name

    for name in cores:
        for other in cores:
            if other != name and (other.startswith(name + " ") or _initials(other) == name):
                family[root(other)] = root(name)  # "Google Cloud", "AWS" / "Amazon Web Services"
    members: dict[str, list[str]] = {}
    for name in cores:
        members.setdefault(root(name), []).append(name)
    merged: dict[str, float] = {}
    for group in members.values():
        best = max(group, key=lambda n: (cores[n], len(n)))
        merged[best] = sum(cores[n] for n in group)
    ranked = sorted(merged, key=merged.__getitem__, reverse=True)[:8]
    for name in ranked:
        # a small town the article puts in a site slot ("il polo di Spilamberto") is no firm
        placed = after_preposition.get(name, 0) * 2 >= mentions.get(name, 1)
        if resolver(name) is None and not (placed and _small_town_named(name)):
            return name
    # every candidate is also a place name ("Les laboratoires Bellevue"): the best one
    # the article never uses as a place
    for name in ranked:
        if name not in in_slot:
            return name
    return ""
