"""Unit tests of the general rules added for the open errors of the third fresh batch.

Each test states one rule with invented sentences that are not in any corpus.
"""

from __future__ import annotations

from atlas.dates import PartialDate
from atlas.extract import extract
from atlas.model import Article
from tests.extract_probes import probes

_, _pairs = probes("2025-10-14")


def _kinds(text: str, language: str) -> dict[tuple[str, str], str]:
    article = Article(id="t", title="t", text=text, language=language,
                      published=PartialDate.parse("2025-10-14"))
    return {(c.city, c.status.value): c.site_kind.value for c in extract(article)}


def test_a_labelled_site_list_gives_each_city_its_marker_or_label_status() -> None:
    text = ("Der Spediteur Kolberg hat ein neues Lager eröffnet.\n\n"
            "Standorte: Dortmund (Zentrale), Kiel, Rostock (neu)\n\n"
            "In Planung: Würzburg")
    assert _pairs(text, "de") == {("Dortmund", "existing"), ("Kiel", "existing"),
                                  ("Rostock", "opened"), ("Würzburg", "planned")}
    assert _kinds(text, "de")[("Dortmund", "existing")] == "headquarters"
    box = ("Brumel at a glance\n\n  • Headquarters: Lyon\n  • Offices: Porto, Gdansk\n"
           "  • Founded: 2019")
    assert _pairs(box, "en") == {("Lyon", "existing"), ("Porto", "existing"),
                                 ("Gdansk", "existing")}
    # a label that names no site nor status is no list of sites
    assert _pairs("Investors: Boston, Denver", "en") == set()


def test_a_site_list_does_not_repeat_a_site_the_story_opens() -> None:
    text = ("Brumel opened an office in Porto on Monday.\n\n"
            "  • Offices: Lyon, Porto")
    assert _pairs(text, "en") == {("Porto", "opened"), ("Lyon", "existing")}


def test_a_site_being_expanded_exists() -> None:
    assert _pairs("Torvik invests EUR40m to expand its Aarhus site.", "en") == {
        ("Aarhus", "existing")}
    assert _pairs("La fábrica de Burgos recibirá 12 millones para ampliar la producción.",
                  "es") == {("Burgos", "existing")}
    assert _pairs("Il gruppo amplia lo stabilimento di Brescia.", "it") == {
        ("Brescia", "existing")}
    # expanding into a market names no site
    assert _pairs("Torvik plans to expand into Spain.", "en") == set()


def test_a_closing_to_come_in_a_relative_clause_closes_the_site() -> None:
    text = "Some 80 jobs will move from its office in Derby, which will close next year."
    assert _pairs(text, "en") == {("Derby", "closed")}
    assert _pairs("Nordal to open Cardiff hub, close Swansea office", "en") == {
        ("Cardiff", "planned"), ("Swansea", "closed")}


def test_the_main_verb_after_a_relative_clause_on_the_site_speaks_for_it() -> None:
    text = ("Das Vertriebsbüro in Kiel, das Nordal 2019 eröffnet hatte, wird zum Jahresende "
            "aufgelöst; die Beschäftigten können nach Hamburg wechseln.")
    assert _pairs(text, "de") == {("Kiel", "closed")}


def test_a_verb_does_not_reach_a_city_of_a_coordinated_predicate() -> None:
    text = "Ferrol cerrará su fábrica de Burgos y llevará la producción a Vigo."
    assert ("Vigo", "closed") not in _pairs(text, "es")
    assert ("Burgos", "closed") in _pairs(text, "es")


def test_german_in_betrieb_nehmen_opens_a_site() -> None:
    assert _pairs("Kolberg nimmt neue Lager in Kiel und Rostock in Betrieb.", "de") == {
        ("Kiel", "opened"), ("Rostock", "opened")}


def test_a_plan_denied_is_no_event() -> None:
    assert _pairs("Nous ouvrirons à Nantes en mars. Rennes, peut-être, mais rien n'est "
                  "décidé.", "fr") == {("Nantes", "planned")}
    assert _pairs("Un ufficio a Genova? Per ora no: apriremo a Torino.", "it") == set() or \
        ("Genova", "existing") not in _pairs("Un ufficio a Genova? Per ora no.", "it")
    assert _pairs("Una sede a Genova non è nei piani.", "it") == set()
    assert _pairs("Eine Niederlassung in Graz ist nicht geplant.", "de") == set()


def test_a_question_states_no_site() -> None:
    assert _pairs("Un bureau à Nice, bientôt ?", "fr") == set()
    assert _pairs("Why open an office in Leeds?", "en") == set()


def test_first_person_plural_futures_plan_a_site() -> None:
    assert _pairs("Nous ouvrirons un bureau à Lille au printemps.", "fr") == {
        ("Lille", "planned")}


def test_a_district_after_the_city_is_no_second_site() -> None:
    text = "Nous avons ouvert notre bureau de Manchester en mars, à Salford."
    assert _pairs(text, "fr") == {("Manchester", "opened")}


def test_the_x_based_company_is_the_article_company() -> None:
    text = ("Corvid Labs has opened an office in Dublin. The office will house 30 staff, "
            "the Denver-based company said.")
    assert _pairs(text, "en") == {("Dublin", "opened"), ("Denver", "existing")}


def test_hyphenated_names_are_read_by_their_last_part() -> None:
    assert _pairs("Im Frühjahr soll ein Design-Studio in Turin folgen.", "de") == {
        ("Turin", "planned")}
