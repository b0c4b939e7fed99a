"""Unit tests of the extractor's parts: sentences, dates, status, places, company."""

from __future__ import annotations

from datetime import date

import pytest

from atlas.dates import PartialDate
from atlas.extract import extract
from atlas.extract.company import detect_company
from atlas.extract.dates import Kind, find_dates, most_recent_weekday, resolve
from atlas.extract.places import find_places
from atlas.extract.sentences import split_sentences
from atlas.extract.status import cue_for, find_cues
from atlas.model import Article, Event, SiteKind, Status


def _article(text: str, language: str = "", published: str = "") -> Article:
    return Article(id="t", title="t", text=text, language=language,
                   published=PartialDate.parse(published))


def _one_date(text: str, language: str, published: str = "") -> PartialDate:
    mentions = find_dates(text, language)
    assert len(mentions) == 1, mentions
    return resolve(mentions[0], PartialDate.parse(published))


# --- sentences ----------------------------------------------------------------------

def test_sentences_keep_exact_offsets_and_respect_abbreviations() -> None:
    text = ("M. Dupont a parlé. Le chiffre est de 3.5 millions, etc. et plus. "
            "Am 9. Oktober 2024 eröffnet z.B. die Firma. Dr. Smith said so!")
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "M. Dupont a parlé.", "Le chiffre est de 3.5 millions, etc. et plus.",
        "Am 9. Oktober 2024 eröffnet z.B. die Firma.", "Dr. Smith said so!"]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_sentences_follow_bullets_headings_and_paragraphs() -> None:
    text = ("Titre sans point\n\nPremière phrase. Deuxième phrase.\n"
            "  • un point de liste\n  • un autre\n\nAutre paragraphe © Crédit")
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Titre sans point", "Première phrase.", "Deuxième phrase.", "un point de liste",
        "un autre", "Autre paragraphe © Crédit"]
    assert sentences[1].paragraph == sentences[2].paragraph
    assert sentences[3].paragraph != sentences[4].paragraph != sentences[5].paragraph


def test_hard_wrapped_lines_are_joined_into_one_sentence() -> None:
    text = "Acme a ouvert un bureau\nà Lyon hier. Puis rien."
    assert [s.text for s in split_sentences(text)] == [
        "Acme a ouvert un bureau\nà Lyon hier.", "Puis rien."]


def test_dateline_is_its_own_segment() -> None:
    text = "MADRID (Reuters) - Acme abre una oficina en Valencia."
    sentences = split_sentences(text)
    assert sentences[0].dateline and sentences[0].text == "MADRID (Reuters) -"
    assert sentences[1].text == "Acme abre una oficina en Valencia."


# --- dates --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Le 9 octobre 2024, Acme", "fr"),
    ("On October 9, 2024, Acme", "en"),
    ("On 9 October 2024, Acme", "en"),
    ("Am 9. Oktober 2024 hat Acme", "de"),
    ("El 9 de octubre de 2024, Acme", "es"),
    ("Il 9 ottobre 2024 Acme", "it"),
    ("Le 2024-10-09, Acme", "fr"),
])
def test_full_dates_in_each_language(text: str, language: str) -> None:
    assert _one_date(text, language) == PartialDate(2024, 10, 9)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("en février 2025", "fr", PartialDate(2025, 2)),
    ("in February 2025", "en", PartialDate(2025, 2)),
    ("im Februar 2025", "de", PartialDate(2025, 2)),
    ("en febrero de 2025", "es", PartialDate(2025, 2)),
    ("a febbraio 2025", "it", PartialDate(2025, 2)),
    ("en 2026", "fr", PartialDate(2026)),
])
def test_month_year_and_year_never_gain_a_day(text: str, language: str,
                                               expected: PartialDate) -> None:
    value = _one_date(text, language)
    assert value == expected
    assert value.day is None


def test_month_without_year_takes_the_publication_year() -> None:
    assert _one_date("en février", "fr", "2024-10-02") == PartialDate(2024, 2)
    mention = find_dates("will open in February", "en")[0]
    assert resolve(mention, PartialDate(2024, 10, 2), future=True) == PartialDate(2025, 2)


def test_month_without_year_and_no_publication_date_stays_unknown() -> None:
    assert _one_date("in February", "en") == PartialDate()
    assert _one_date("le 6 février", "fr") == PartialDate()


@pytest.mark.parametrize(("text", "language"), [
    ("on Friday", "en"), ("vendredi", "fr"), ("am Freitag", "de"), ("este viernes", "es"),
    ("venerdì", "it"),
])
def test_weekday_resolves_to_latest_on_or_before_publication(text: str, language: str) -> None:
    # 2024-10-09 is a Wednesday: the latest Friday on or before it is 2024-10-04.
    assert _one_date(text, language, "2024-10-09") == PartialDate(2024, 10, 4)


def test_weekday_on_the_publication_day_is_that_day() -> None:
    assert most_recent_weekday(2, date(2024, 10, 9)) == date(2024, 10, 9)


def test_weekday_without_publication_day_is_not_invented() -> None:
    assert _one_date("am Donnerstag", "de") == PartialDate()
    assert _one_date("am Donnerstag", "de", "2024-10") == PartialDate()


def test_weekday_followed_by_a_date_uses_the_date() -> None:
    mentions = find_dates("vendredi 11 octobre 2024", "fr")
    assert [m.kind for m in mentions] == [Kind.FULL]


@pytest.mark.parametrize(("text", "language"), [
    ("next year", "en"), ("l'année prochaine", "fr"), ("nächstes Jahr", "de"),
    ("el próximo año", "es"), ("il prossimo anno", "it"),
])
def test_next_year_needs_a_reference(text: str, language: str) -> None:
    mention = find_dates(text, language)[0]
    assert mention.kind is Kind.RELATIVE_NOW
    assert resolve(mention, PartialDate(2024, 3, 1)) == PartialDate(2025)
    assert resolve(mention, PartialDate()) == PartialDate()
    assert resolve(mention, PartialDate(), anchor=PartialDate(2024, 10, 9)) == PartialDate(2025)


def test_less_than_a_year_after_an_anchor_is_a_window() -> None:
    mention = find_dates("Moins d'un an après s’être implanté à Paris, Acme", "fr")[0]
    assert mention.kind is Kind.RELATIVE_AFTER and mention.upper_only
    # Oct 2024 + < 1 year spans two calendar years: no year can be claimed.
    assert resolve(mention, PartialDate(), anchor=PartialDate(2024, 10, 9)) == PartialDate()
    assert resolve(mention, PartialDate()) == PartialDate()
    # "less than six months after" 5 Jan 2024 stays within 2024.
    short = find_dates("Moins de six mois après l'ouverture à Paris, Acme", "fr")[0]
    assert resolve(short, PartialDate(), anchor=PartialDate(2024, 1, 5)) == PartialDate(2024)


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("Acme may open an office", "en") == []


# --- status -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "status"), [
    ("Acme ouvre un bureau à Lyon.", "fr", Status.OPENED),
    ("Acme inaugure son bureau à Lyon.", "fr", Status.OPENED),
    ("Acme opens an office in Leeds.", "en", Status.OPENED),
    ("Acme hat ein Büro in Köln eröffnet.", "de", Status.OPENED),
    ("Acme abre una oficina en Sevilla.", "es", Status.OPENED),
    ("Acme apre un ufficio a Bologna.", "it", Status.OPENED),
    ("Acme annonce un bureau à Lyon.", "fr", Status.ANNOUNCED),
    ("Acme announced an office in Leeds.", "en", Status.ANNOUNCED),
    ("Acme kündigt ein Büro in Köln an.", "de", Status.ANNOUNCED),
    ("Acme anuncia una oficina en Sevilla.", "es", Status.ANNOUNCED),
    ("Acme annuncia un ufficio a Bologna.", "it", Status.ANNOUNCED),
    ("Acme ouvrira un bureau à Lyon.", "fr", Status.PLANNED),
    ("Acme will open an office in Leeds.", "en", Status.PLANNED),
    ("Acme plant ein Büro in Köln.", "de", Status.PLANNED),
    ("Acme abrirá una oficina en Sevilla.", "es", Status.PLANNED),
    ("Acme aprirà un ufficio a Bologna.", "it", Status.PLANNED),
    ("Acme ferme son bureau à Lyon.", "fr", Status.CLOSED),
    ("Acme closes its office in Leeds.", "en", Status.CLOSED),
    ("Acme schließt sein Büro in Köln.", "de", Status.CLOSED),
    ("Acme cierra su oficina en Sevilla.", "es", Status.CLOSED),
    ("Acme chiude l'ufficio a Bologna.", "it", Status.CLOSED),
    ("Acme already has offices in Leeds.", "en", Status.EXISTING),
])
def test_status_from_wording(text: str, language: str, status: Status) -> None:
    got = extract(_article(text, language))
    assert [c.status for c in got] == [status]


def test_announce_of_an_opening_is_announced_and_a_later_future_is_planned() -> None:
    text = "Acme a annoncé l'ouverture d'un bureau à Lyon et ouvrira un bureau à Nice."
    cues = find_cues(text, "fr")
    lyon, nice = text.index("Lyon"), text.index("Nice")
    assert cue_for(cues, lyon, lyon + 4, text).status is Status.ANNOUNCED
    assert cue_for(cues, nice, nice + 4, text).status is Status.PLANNED


def test_site_kind_from_wording() -> None:
    text = ("Acme ouvre un centre de recherche à Lyon. Acme ouvre un centre de données à Lille. "
            "Acme ouvre une filiale à Nantes. Acme installe son siège à Rennes. "
            "Acme ouvre un bureau à Nice.")
    kinds = {c.city: c.site_kind for c in extract(_article(text, "fr", "2024-01-01"))}
    assert kinds == {"Lyon": SiteKind.RESEARCH_HUB, "Lille": SiteKind.DATA_CENTRE,
                     "Nantes": SiteKind.SUBSIDIARY, "Rennes": SiteKind.HEADQUARTERS,
                     "Nice": SiteKind.OFFICE}


# --- places -------------------------------------------------------------------------

def _cities(text: str, language: str) -> list[str]:
    cues = find_cues(text, language)
    return [p.text for p in find_places(text, [(c.start, c.end) for c in cues])]


def test_one_sentence_many_cities() -> None:
    text = "Acme prévoit des ouvertures simultanées à Bruxelles, New York et Singapour."
    assert _cities(text, "fr") == ["Bruxelles", "New York", "Singapour"]


@pytest.mark.parametrize(("text", "language"), [
    ("Acme organise des hackathons à Station F.", "fr"),
    ("Acme ouvre un bureau en Allemagne.", "fr"),
    ("Acme opens an office in Europe.", "en"),
    ("Acme ouvre un bureau en Bavière.", "fr"),
    ("Acme opens an office in Silicon Valley.", "en"),
    ("Acme ouvre un labo à l'Université Technique de Munich.", "fr"),
    ("Acme inaugure un bureau sur le campus Paris Saclay.", "fr"),
    ("Acme opened a lab at Isar Valley.", "en"),
])
def test_non_places_are_not_cities(text: str, language: str) -> None:
    assert _cities(text, language) == []


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("Acme opened an office in Lisbon rather than Berlin.", "en", ["Lisbon"]),
    ("Acme a ouvert un bureau à Lyon plutôt que Marseille.", "fr", ["Lyon"]),
    ("Acme eröffnet ein Büro in Wien statt in Prag.", "de", ["Wien"]),
    ("Acme abre una oficina en Lisboa en lugar de Oporto.", "es", ["Lisboa"]),
    ("Acme apre un ufficio a Napoli invece di Bari.", "it", ["Napoli"]),
    ("Altman visited Tokyo and opened an office in Seoul.", "en", ["Seoul"]),
    ("Lors du salon VivaTech à Paris, Acme a annoncé un bureau à Lyon.", "fr", ["Lyon"]),
])
def test_rejected_options_travel_and_venues(text: str, language: str, kept: list[str]) -> None:
    assert _cities(text, language) == kept


@pytest.mark.parametrize(("name", "country"), [
    ("Munich", "DE"), ("München", "DE"), ("Monaco di Baviera", "DE"), ("Múnich", "DE"),
    ("Londres", "GB"), ("Varsovie", "PL"),
])
def test_exonyms_resolve(name: str, country: str) -> None:
    got = extract(_article(f"Acme ouvre un bureau à {name}.", "fr"))
    assert [(c.city, c.country) for c in got] == [(name, country)]


def test_dateline_city_is_not_an_event() -> None:
    text = "MADRID (Reuters) - Acme abre una oficina en Valencia."
    assert [c.city for c in extract(_article(text, "es"))] == ["Valencia"]


def test_sentence_not_about_a_site_gives_nothing() -> None:
    text = "La capitale bavaroise abrite déjà des clusters à Munich et à Augsbourg."
    assert extract(_article(text, "fr")) == []


def test_repeated_city_is_one_event_with_the_strongest_sentence() -> None:
    text = ("Le 3 mars 2024, Acme a inauguré son bureau à Lyon.\n\n"
            "Le bureau de Lyon compte 20 personnes. L'ouverture à Lyon est un succès.")
    got = extract(_article(text, "fr"))
    assert len(got) == 1
    assert got[0].status is Status.OPENED and got[0].date == PartialDate(2024, 3, 3)
    assert got[0].quote == "Le 3 mars 2024, Acme a inauguré son bureau à Lyon."


# --- dating context -----------------------------------------------------------------

def test_continuation_sentence_inherits_the_date() -> None:
    text = ("Le 9 octobre 2024, Acme a annoncé un bureau à Lyon. "
            "Cette décision s'accompagne d'ouvertures prévues à Nantes.\n\n"
            "Acme ouvrira aussi un bureau à Nice.")
    dates = {c.city: c.date.iso() for c in extract(_article(text, "fr"))}
    assert dates == {"Lyon": "2024-10-09", "Nantes": "2024-10-09", "Nice": ""}


def test_anchor_dates_relative_expression_and_hides_known_existing_sites() -> None:
    anchors = [Event(company="Acme", city="Lyon", status=Status.OPENED, article_id="a",
                     quote="q", date=PartialDate(2023, 1, 10))]
    text = ("Moins de six mois après s'être implanté à Lyon, Acme inaugure son bureau à Nice. "
            "Après Lyon et Rennes, Nice complète le réseau d'Acme.")
    got = {(c.city, c.status.value, c.date.iso())
           for c in extract(_article(text, "fr"), anchors=anchors)}
    assert got == {("Nice", "opened", "2023"), ("Rennes", "existing", "2023")}


# --- company ------------------------------------------------------------------------

def test_company_is_the_subject_of_site_verbs() -> None:
    sentences = [
        ("Nordwind Robotics eröffnet ein Büro in Wien.", True),
        ("Nordwind plant weitere Standorte, sagte Chef Peter Brandl.", True),
        ("Der Konkurrent Siemens ist bereits in Wien.", False),
        ("Der CEO Peter Brandl lobte die Stadt Wien.", False),
    ]
    assert detect_company(sentences) == "Nordwind Robotics"


def test_company_is_not_a_place_or_acronym() -> None:
    sentences = [("Paris, Paris, Paris: l'IA et l'UE. Acme ouvre un bureau à Paris.", True)]
    assert detect_company(sentences) == "Acme"
