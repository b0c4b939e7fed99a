"""The `atlas` command: a thin click group; each subcommand's docstring is its help."""

from __future__ import annotations

import click

from atlas.errors import AtlasError


class _Group(click.Group):
    """Turns our own errors into a clean message and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AtlasError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=_Group)
@click.version_option(package_name="expansion-atlas")
def main() -> None:
    """Expansion Atlas: where and when companies open offices, with the evidence."""


@main.command("check")
@click.option("--events", "events_path", default="seeds/events.csv", show_default=True,
              type=click.Path(dir_okay=False), help="Events CSV to validate.")
@click.option("--articles", "article_paths", multiple=True, default=["seeds/articles"],
              show_default=True, help="Article file or folder (repeatable).")
def check(events_path: str, article_paths: tuple[str, ...]) -> None:
    """Validate articles and an events table; list every problem with file, row and field."""
    from atlas.articles import read_articles
    from atlas.events import read_events

    articles, problems = read_articles(article_paths)
    events, event_problems = read_events(events_path, articles)
    problems += event_problems
    click.echo(f"{len(articles)} articles, {len(events)} valid events")
    for problem in problems:
        click.echo(f"  - {problem}", err=True)
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) found")


from atlas.cli_geocode import geocode  # noqa: E402  (registered here; see cli_geocode)

main.add_command(geocode)

from atlas.cli_extract import extract  # noqa: E402

main.add_command(extract)

from atlas.cli_snapshot import snapshot  # noqa: E402

main.add_command(snapshot)
