"""A working set built from files and uploads: nothing valid is lost, nothing is dropped."""

from __future__ import annotations

from atlas.dataset import MAX_UPLOAD_BYTES, Upload, load_dataset

HEADER = "company,city,country,date,status,site_kind,article_id,quote,note\n"


def test_unplaceable_city_is_kept_and_listed_with_its_reason():
    upload = Upload("mine.csv", (HEADER + "OpenAI,Isar Valley,DE,2025,opened,office,"
                                 "openai-munich-2025,l'Isar Valley,\n").encode())
    dataset = load_dataset(event_uploads=[upload])
    assert dataset.problems == []
    assert len(dataset.events) == 7
    [lost] = dataset.unplaced
    assert lost.event.city == "Isar Valley"
    assert "Isar Valley" in lost.unplaced_reason
    assert sum(p.placed for p in dataset.placed) == 6


def test_oversized_and_undecodable_uploads_are_refused_by_name():
    big = Upload("huge.csv", b"x" * (MAX_UPLOAD_BYTES + 1))
    latin = Upload("latin.md", "Acme a ouvert à Lyon.".encode("latin-1"))
    dataset = load_dataset(event_uploads=[big], article_uploads=[latin])
    messages = {p.file: p.message for p in dataset.problems}
    assert "files up to 2 MB" in messages["huge.csv"]
    assert "UTF-8" in messages["latin.md"]
    assert len(dataset.events) == 6


def test_uploaded_article_backs_uploaded_events():
    article = Upload("acme.md", b"---\nid: acme\n---\nAcme opened an office in Lyon in May.\n")
    events = Upload("acme.csv", (HEADER + "Acme,Lyon,FR,2024-05,opened,office,acme,"
                                 "Acme opened an office in Lyon,\n").encode())
    dataset = load_dataset(article_uploads=[article], event_uploads=[events])
    assert dataset.problems == []
    lyon = next(p for p in dataset.placed if p.event.company == "Acme")
    assert lyon.location is not None and lyon.location.country_code == "FR"


def test_ambiguous_and_hint_notes_are_shown_in_the_table():
    from dashboard.tables import events_frame

    upload = Upload("mine.csv", (HEADER + "OpenAI,Springfield,,2025,opened,office,"
                                 "openai-munich-2025,Munich,\n"
                                 "OpenAI,Paris,Narnia,2025,opened,office,"
                                 "openai-munich-2025,Paris,\n").encode())
    dataset = load_dataset(event_uploads=[upload])
    table = events_frame(dataset.placed)
    checks = dict(zip(table["city"], table["check"], strict=True))
    assert "ambiguous" in checks["Springfield"]
    assert "Narnia" in checks["Paris"] and checks["Munich"] == ""
