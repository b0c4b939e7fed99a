"""Articles as files: Markdown or plain text with optional YAML front matter.

The body after the front matter is kept byte for byte, because event quotes must be
found in it verbatim; front matter only states what the text itself says about its
origin (title, language, source, URL, publication date).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from atlas.dates import DateFormatError, PartialDate
from atlas.errors import InputError, Problem
from atlas.model import Article
from atlas.textio import decode_utf8

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
KNOWN_FIELDS = {"id", "title", "language", "source", "url", "published"}
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n", re.DOTALL | re.MULTILINE)
_ID_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


def slug(text: str) -> str:
    """A file name turned into an article id: letters, digits, dot, dash, underscore."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-._")
    return cleaned[:100] or "article"


def _first_line_title(body: str) -> str:
    for line in body.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 120 else line[:117].rstrip() + "…"
    return "(untitled)"


def parse_article(text: str, name: str, default_id: str | None = None) -> Article:
    """Build an Article from file contents; `name` is what error messages call the file."""
    problems: list[Problem] = []
    meta: dict = {}
    body = text
    match = _FRONT.match(text)
    if match:
        body = text[match.end():]
        try:
            loaded = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark is not None else None
            raise InputError(
                [Problem(name, f"front matter is not valid YAML: {exc}", row=line)]
            ) from None
        if not isinstance(loaded, dict):
            raise InputError([Problem(name, "front matter must be 'key: value' lines")])
        meta = loaded
    for key in sorted(set(meta) - KNOWN_FIELDS):
        problems.append(Problem(name, f"unknown front matter field (known: "
                                      f"{', '.join(sorted(KNOWN_FIELDS))})", field=key))

    def text_field(key: str) -> str:
        value = meta.get(key)
        if value is None:
            return ""
        if isinstance(value, list):
            return "; ".join(str(v) for v in value)
        return str(value).strip()

    article_id = text_field("id") or default_id or slug(Path(name).stem)
    if not _ID_OK.match(article_id):
        problems.append(Problem(name, f"id '{article_id}' may hold only letters, digits, "
                                      "'.', '-' and '_' (at most 100)", field="id"))
    url = text_field("url")
    if url and not re.match(r"^https?://[^\s<>\"']+$", url):
        problems.append(Problem(name, f"url '{url}' is not an http(s) address", field="url"))
    published = PartialDate()
    try:
        published = PartialDate.parse(text_field("published"))
    except DateFormatError as exc:
        problems.append(Problem(name, str(exc), field="published"))
    if not body.strip():
        problems.append(Problem(name, "the article has no text"))
    if problems:
        raise InputError(problems)
    language = text_field("language").lower()
    if not language:
        from atlas.language import detect_language

        language = detect_language(body)
    return Article(
        id=article_id,
        title=text_field("title") or _first_line_title(body),
        text=body,
        language=language,
        source=text_field("source"),
        url=url,
        published=published,
        path=name,
    )


def read_articles(paths: Iterable[str | Path]) -> tuple[dict[str, Article], list[Problem]]:
    """Load article files and folders (every .md/.markdown/.txt inside).

    Returns the articles that are valid and every problem found: one broken file never
    hides the others.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(str(path), "no such file or folder"))
    articles: dict[str, Article] = {}
    sources = []
    for file in files:
        try:
            sources.append((str(file), file.read_bytes()))
        except OSError as exc:
            problems.append(Problem(str(file), f"cannot be read: {exc.strerror or exc}"))
    problems += add_articles(sources, articles)
    return articles, problems


def add_articles(sources: Iterable[tuple[str, bytes]], articles: dict[str, Article]
                 ) -> list[Problem]:
    """Parse (name, bytes) sources into `articles`, whose ids must stay unique.

    Files on disk and uploads go through here alike, so both get the same checks.
    """
    problems: list[Problem] = []
    for name, data in sources:
        try:
            article = parse_article(decode_utf8(data, name), name)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if article.id in articles:
            problems.append(Problem(name, f"id '{article.id}' is already used by "
                                          f"{articles[article.id].path}", field="id"))
            continue
        articles[article.id] = article
    return problems


def load_articles(paths: Iterable[str | Path]) -> dict[str, Article]:
    """Like `read_articles`, but any problem raises `InputError` listing all of them."""
    articles, problems = read_articles(paths)
    if problems:
        raise InputError(problems)
    return articles
