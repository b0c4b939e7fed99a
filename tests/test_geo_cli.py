"""`atlas geocode` through click's CliRunner (offline, session-built index)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

import geo
from atlas.cli import main
from atlas.cli_geocode import geocode


@pytest.fixture(scope="session")
def cache_dir(gaz: geo.Gazetteer) -> str:
    return str(gaz.cache_dir)


def run(cache_dir: str, *args: str):
    return CliRunner().invoke(geocode, [*args, "--cache-dir", cache_dir])


def test_table_of_queries(cache_dir: str) -> None:
    result = run(cache_dir, "München", "Paris, TX", "Cambridge", "Mnuich")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:6] == ["query", "name", "country", "lat", "lon", "conf"]
    munich = next(line for line in lines if line.startswith("München"))
    assert "Munich" in munich and "DE" in munich and "48.1374" in munich
    assert "US" in next(line for line in lines if line.startswith("Paris, TX"))
    assert "ambiguous" in next(line for line in lines if line.startswith("Cambridge"))
    typo = next(line for line in lines if line.startswith("Mnuich"))
    assert "NOT FOUND" in typo and "Munich, DE" in typo


def test_registered_on_the_atlas_group(cache_dir: str) -> None:
    result = CliRunner().invoke(main, ["geocode", "Dublin", "--cache-dir", cache_dir])
    assert result.exit_code == 0 and "IE" in result.output


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_mode_keeps_every_row(cache_dir: str, tmp_path: Path) -> None:
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    _write(src, [
        {"company": "A", "city": "Munich", "land": ""},
        {"company": "B", "city": "Paris", "land": "US"},
        {"company": "C", "city": "Station F", "land": ""},
        {"company": "D", "city": "", "land": ""},
        {"company": "E", "city": "Portland", "land": ""},
    ])
    result = run(cache_dir, "--csv", str(src), "--column", "city",
                 "--country-column", "land", "--out", str(out))
    assert result.exit_code == 0, result.output
    rows = _read(out)
    assert [r["company"] for r in rows] == ["A", "B", "C", "D", "E"]
    assert list(rows[0])[:3] == ["company", "city", "land"]
    assert (rows[0]["country"], rows[0]["status"], rows[0]["geonameid"]) == ("DE", "ok", "2867714")
    assert float(rows[0]["lat"]) == pytest.approx(48.137, abs=0.01)
    assert rows[1]["country"] == "US"
    assert rows[2]["status"] == "not_found" and rows[2]["reason"] and rows[2]["lat"] == ""
    assert rows[3]["status"] == "empty"
    assert rows[4]["status"] == "ambiguous" and "Portland, ME, US" in rows[4]["reason"]


def test_csv_result_columns_do_not_clobber_input(cache_dir: str, tmp_path: Path) -> None:
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    _write(src, [{"city": "Dublin", "country": "Ireland"}])
    result = run(cache_dir, "--csv", str(src), "--country-column", "country", "--out", str(out))
    assert result.exit_code == 0, result.output
    row = _read(out)[0]
    assert row["country"] == "Ireland" and row["geo_country"] == "IE"


def test_refuses_to_overwrite_without_force(cache_dir: str, tmp_path: Path) -> None:
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    _write(src, [{"city": "Dublin"}])
    out.write_text("precious", encoding="utf-8")
    result = run(cache_dir, "--csv", str(src), "--out", str(out))
    assert result.exit_code == 1 and "--force" in result.output
    assert out.read_text(encoding="utf-8") == "precious"
    assert run(cache_dir, "--csv", str(src), "--out", str(out), "--force").exit_code == 0
    assert _read(out)[0]["country"] == "IE"


@pytest.mark.parametrize(("args", "message"), [
    ((), "give place names"),
    (("--csv", "{src}"), "--out"),
    (("--csv", "{src}", "--column", "town", "--out", "{out}"), "'town' is not a column"),
    (("Paris", "--csv", "{src}", "--out", "{out}"), "not both"),
    (("--csv", "{tmp}/missing.csv", "--out", "{out}"), "does not exist"),
])
def test_user_errors_are_messages_not_tracebacks(cache_dir: str, tmp_path: Path,
                                                 args: tuple[str, ...], message: str) -> None:
    src = tmp_path / "in.csv"
    _write(src, [{"city": "Dublin"}])
    fmt = {"src": str(src), "out": str(tmp_path / "o.csv"), "tmp": str(tmp_path)}
    result = run(cache_dir, *(a.format(**fmt) for a in args))
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, KeyError)


def test_non_utf8_csv_is_a_clean_error(cache_dir: str, tmp_path: Path) -> None:
    src = tmp_path / "latin1.csv"
    src.write_bytes("city\nZürich\n".encode("latin-1"))
    result = run(cache_dir, "--csv", str(src), "--out", str(tmp_path / "o.csv"))
    assert result.exit_code == 1 and "not UTF-8" in result.output
