"""Expansion Atlas — the Streamlit page. Widgets, state and calls only; logic lives in
plain functions (atlas.*, dashboard.view, dashboard.maps, dashboard.tables)."""

from __future__ import annotations

import hashlib
import time
from dataclasses import replace
from datetime import date

import altair as alt
import streamlit as st
from streamlit_folium import st_folium

from atlas.articles import parse_article
from atlas.dataset import Dataset, Upload, load_dataset
from atlas.errors import AtlasError
from atlas.extract import extract
from atlas.model import Status
from atlas.timeline import date_extent, month_end, play_frames
from dashboard import assets
from dashboard.maps import BASEMAPS, EventGroup, base_map, use_assets
from dashboard.review import accepted_events, candidates_frame
from dashboard.selection import event_from_click
from dashboard.snapshot import snapshot_html, snapshot_png
from dashboard.tables import evidence_html, unplaced_frame
from dashboard.view import ViewState, from_query, share_link
from dashboard.workspace import Workspace, filter_key

PLAY_SECONDS = 0.8


@st.cache_resource(show_spinner="Loading the sample data and the gazetteer…")
def _seed_workspace() -> Workspace:
    return Workspace(load_dataset())


@st.cache_resource(max_entries=4, show_spinner="Reading and placing your data…")
def _session_workspace(fingerprint: str, _articles: tuple[Upload, ...],
                       _events: tuple[Upload, ...], _accepted: tuple) -> Workspace:
    """Keyed by the fingerprint alone (the other arguments are what it summarises)."""
    return Workspace(load_dataset(article_uploads=_articles, event_uploads=_events,
                                  extra_events=_accepted))


def _workspace() -> Workspace:
    """Seeds plus whatever the user uploaded, pasted or accepted in this session; reruns
    with the same input reuse the placed data and everything derived from it."""
    article_files = st.session_state.get("up_articles") or []
    event_file = st.session_state.get("up_events")
    accepted = tuple(st.session_state.get("accepted_events", []))
    pasted = st.session_state.get("pasted_articles", [])
    if not article_files and event_file is None and not accepted and not pasted:
        return _seed_workspace()
    articles = tuple([Upload(f.name, f.getvalue()) for f in article_files] + pasted)
    events = (Upload(event_file.name, event_file.getvalue()),) if event_file else ()
    digest = hashlib.sha1()
    for upload in (*articles, *events):
        digest.update(upload.name.encode() + b"\0" + hashlib.sha1(upload.data).digest())
    for event in accepted:
        digest.update(event.key.encode())
    return _session_workspace(digest.hexdigest(), articles, events, accepted)


def _init_from_link(workspace: Workspace) -> None:
    """First run of a session: the URL's view becomes the widgets' starting values."""
    if st.session_state.get("_initialised"):
        return
    st.session_state["_initialised"] = True
    months = workspace.months
    view = from_query(st.query_params.to_dict(), companies=workspace.companies,
                      countries=workspace.countries)
    notices = list(view.notices)
    st.session_state.f_company = list(view.companies)
    st.session_state.f_country = list(view.countries)
    st.session_state.f_status = list(view.statuses)
    st.session_state.basemap = view.basemap
    lo = months[0] if view.start is None else min(max(month_end(view.start), months[0]),
                                                  months[-1])
    hi = months[-1] if view.end is None else min(max(view.end, months[0]), months[-1])
    if (view.start and lo != month_end(view.start)) or (view.end and hi != view.end):
        notices.append("the period in the link lies outside the data; it was clamped")
    st.session_state.period = (lo, hi)
    st.session_state.selected = view.selected
    st.session_state.map_view = ((view.center, view.zoom, filter_key(view)) if view.zoom
                                 else None)
    st.session_state.notices = notices


def _move_period(period: tuple[date, date]) -> None:
    """Set the period from code: a new widget key makes the slider take the new value."""
    st.session_state.period = period
    st.session_state.period_version = st.session_state.get("period_version", 0) + 1


def _sidebar(workspace: Workspace) -> None:
    months = workspace.months
    with st.sidebar:
        st.header("Filters")
        st.multiselect("Company", workspace.companies, key="f_company",
                       placeholder="All companies")
        st.multiselect("Country", workspace.countries, key="f_country",
                       placeholder="All countries")
        st.multiselect("Status", [s.value for s in Status], key="f_status",
                       placeholder="All statuses")
        # The key changes only when the code moves the period (link, Play); while the
        # user drags or types, the widget keeps its identity and its keyboard focus.
        st.session_state.period = st.select_slider(
            "Period", options=months, value=st.session_state.period,
            key=f"period_{st.session_state.get('period_version', 0)}",
            format_func=lambda d: f"{d:%b %Y}")
        play, stop = st.columns(2)
        if play.button("▶ Play", key="play", width="stretch",
                       help="Replay the period month by month, from its first event"):
            start, end = st.session_state.period
            extent = date_extent(workspace.dataset.events)
            st.session_state.play_frames = play_frames(
                date(start.year, start.month, 1), end, extent[0] if extent else None)
            st.session_state.play_at = 0
            st.session_state.playing = True
            st.rerun()
        if stop.button("■ Stop", key="stop", width="stretch"):
            st.session_state.playing = False
        st.selectbox("Basemap", BASEMAPS, key="basemap",
                     format_func={"auto": "Auto (tiles when reachable)",
                                  "offline": "Offline outlines",
                                  "osm": "OpenStreetMap tiles"}.get)
        st.header("Your data")
        st.file_uploader("Events CSV", type=["csv"], key="up_events",
                         help="Same columns as seeds/events.csv; up to 2 MB")
        st.file_uploader("Articles (Markdown or text)", type=["md", "markdown", "txt"],
                         accept_multiple_files=True, key="up_articles")


def _current_view() -> ViewState:
    start, end = st.session_state.period
    return ViewState(
        companies=tuple(st.session_state.f_company),
        countries=tuple(st.session_state.f_country),
        statuses=tuple(st.session_state.f_status),
        start=date(start.year, start.month, 1), end=end,
        selected=st.session_state.get("selected"),
        basemap=st.session_state.basemap,
    )


def _chart(workspace: Workspace, view: ViewState) -> None:
    frame = workspace.chart(view)
    if frame.empty:
        st.caption("No offices to count in this period.")
        return
    lines = alt.Chart(frame).mark_line(interpolate="step-after", point=True).encode(
        x=alt.X("month:T", title=None), y=alt.Y("offices:Q", title="Offices (cumulative)"),
        color=alt.Color("company:N", title="Company"),
        tooltip=["company", alt.Tooltip("month:T", format="%b %Y"), "offices"])
    st.altair_chart(lines.properties(height=220), width="stretch")


def _share(dataset: Dataset, view: ViewState) -> None:
    """The view as a link, a self-contained HTML map and a PNG (made on request)."""
    with st.expander("Share this view", expanded=False):
        st.caption("This link reopens the page with the same filters, period, selection "
                   "and map position:")
        st.code(share_link(st.context.url or "", view), language=None)
        html_col, png_col, scale_col = st.columns([2, 2, 1])
        scale = 2 if scale_col.checkbox("2x", key="png_2x", help="3200×1800 pixels") else 1
        try:
            if html_col.button("Prepare HTML map", key="snap_html"):
                page = snapshot_html(dataset, view)
                st.session_state.snapshot = ("html", view, page.encode("utf-8"))
            if png_col.button("Render PNG (1600×900)", key="snap_png"):
                with st.spinner("Drawing the map in Chromium…"):
                    image = snapshot_png(dataset, view, scale=scale)
                st.session_state.snapshot = ("png", view, image)
        except AtlasError as exc:
            st.error(str(exc))
        made = st.session_state.get("snapshot")
        if made and made[1] == view:
            kind, _, data = made
            st.download_button(
                f"Download {kind.upper()} ({len(data) / 1e6:.2f} MB)", data,
                file_name=f"expansion-atlas.{kind}", key="snap_download",
                mime="text/html" if kind == "html" else "image/png", type="primary")
        elif made:
            st.caption("The view changed since the last file was made; make it again.")


def _extraction(dataset: Dataset) -> None:
    """Propose events from an article; the user ticks, edits and accepts them."""
    flash = st.session_state.pop("flash", None)
    if flash:
        st.success(flash)
    with st.expander("Extract events from an article", expanded=False):
        choices = ["(paste a new article)", *sorted(dataset.articles)]
        choice = st.selectbox("Article", choices, key="x_article")
        if choice == choices[0]:
            text = st.text_area("Article text (Markdown, optional front matter)", height=180,
                                key="x_text")
        if st.button("Propose events", key="x_run"):
            try:
                if choice == choices[0]:
                    if not text.strip():
                        st.warning("Paste an article first.")
                        return
                    name = f"pasted-{len(st.session_state.get('pasted_articles', [])) + 1}.md"
                    article = parse_article(text, name)
                    if article.id in dataset.articles:
                        st.error(f"An article with id '{article.id}' is already loaded.")
                        return
                    upload = Upload(name, text.encode("utf-8"))
                    st.session_state.setdefault("pasted_articles", []).append(upload)
                else:
                    article = dataset.articles[choice]
                found = extract(article, anchors=dataset.events)
            except AtlasError as exc:
                st.error(str(exc))
                return
            st.session_state.candidates = candidates_frame(found)
            st.session_state.candidates_for = article.id
            st.rerun()
        frame = st.session_state.get("candidates")
        if frame is None:
            st.caption("Pick a loaded article or paste one, then review what it states.")
            return
        if frame.empty:
            st.info(f"No office events found in '{st.session_state.candidates_for}'.")
            return
        edited = st.data_editor(
            frame, key="x_editor", hide_index=True, width="stretch",
            disabled=["article_id", "quote", "confidence"],
            column_config={"accept": st.column_config.CheckboxColumn("accept", default=False),
                           "quote": st.column_config.TextColumn("quote", width="large")})
        if st.button("Add accepted events", key="x_accept", type="primary"):
            events, problems = accepted_events(edited, dataset.articles)
            for problem in problems:
                st.error(str(problem))
            known = {e.key for e in dataset.events}
            fresh = [e for e in events if e.key not in known]
            if events:
                st.session_state.setdefault("accepted_events", []).extend(fresh)
                st.session_state.candidates = None
                st.session_state.flash = (
                    f"Added {len(fresh)} event(s)"
                    + (f"; {len(events) - len(fresh)} were already in the table."
                       if len(fresh) < len(events) else "."))
                st.rerun()
            elif not problems:
                st.warning("Tick the 'accept' box of the rows to add.")


def _messages(dataset: Dataset) -> None:
    # One container always sits here, so messages never shift the map's place in the
    # page (a shifted component is rebuilt by the browser, losing zoom and popups).
    messages = st.container()
    for notice in st.session_state.pop("notices", []):
        messages.warning(f"Link: {notice}")
    if dataset.problems:
        with messages.expander(f"⚠️ {len(dataset.problems)} problem(s) in the input — "
                               "those rows are not shown", expanded=True):
            for problem in dataset.problems:
                st.error(str(problem))


def _map(workspace: Workspace, view: ViewState, shown: list) -> dict:
    """The map; a click on a marker selects its event. Returns streamlit-folium's state."""
    map_view = st.session_state.get("map_view")
    if map_view and map_view[2] != filter_key(view):
        map_view = st.session_state.map_view = None  # new filters: fit the new events
    try:
        assets.check_served()
    except AtlasError as exc:
        st.error(str(exc))
        return {}
    fmap = base_map(basemap=view.basemap, center=map_view[0] if map_view else None,
                    zoom=map_view[1] if map_view else None)
    use_assets(fmap, "served")
    # The period is applied in the browser by the same rule, so the layer holds every
    # event that passes the other filters and the view stays put while it moves.
    layer = EventGroup((), {}, urls=(workspace.layer_tables_url, workspace.layer_rows_url(view)),
                       start=view.start, end=view.end, keep_view=map_view is not None,
                       selected=view.selected)
    result = st_folium(fmap, key="atlas_map", height=540, use_container_width=True,
                       feature_group_to_add=layer,
                       returned_objects=["last_object_clicked", "last_object_clicked_tooltip",
                                         "zoom", "center"]) or {}
    click = result.get("last_object_clicked")
    if click and click != st.session_state.get("last_click"):
        st.session_state.last_click = click
        key = event_from_click(click, result.get("last_object_clicked_tooltip"),
                               result.get("zoom"), [p for p in shown if p.placed])
        if key and key != st.session_state.get("selected"):
            st.session_state.selected = key
            st.rerun()
    return result


def _evidence(workspace: Workspace) -> None:
    st.subheader("Evidence")
    selected = workspace.by_key.get(st.session_state.get("selected"))
    if selected is None:
        st.info("Click a point on the map or a row of the table to read its evidence.")
    else:
        st.html(evidence_html(selected, workspace.dataset.articles))


def _events_table(workspace: Workspace, view: ViewState) -> None:
    """The table; a clicked row selects its event (map and panel follow)."""
    st.subheader("Events")
    table = workspace.table(replace(view, selected=st.session_state.get("selected")))
    picked = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun",
                          selection_mode="single-row", key="events_table",
                          column_config={"key": None})
    rows = picked.selection.rows if picked else []
    if rows and rows != st.session_state.get("last_rows"):
        st.session_state.selected = table.iloc[rows[0]]["key"]
        st.session_state.last_rows = rows
        st.rerun()
    st.session_state.last_rows = rows
    unplaced = unplaced_frame(workspace.dataset.placed)
    with st.expander(f"Unplaced events ({len(unplaced)})", expanded=bool(len(unplaced))):
        if unplaced.empty:
            st.caption("Every event was placed on the map.")
        else:
            st.dataframe(unplaced, hide_index=True, width="stretch")


def _sync_link(result: dict) -> ViewState:
    """Write the view (map position included) into the page address; return it."""
    view = replace(_current_view(), selected=st.session_state.get("selected"))
    center, zoom = result.get("center"), result.get("zoom")
    if center and zoom:
        view = replace(view, center=(center["lat"], center["lng"]), zoom=int(zoom))
    query = view.to_query()
    if query != st.query_params.to_dict():
        st.query_params.from_dict(query)
    return view


def _advance_play() -> None:
    if not st.session_state.get("playing"):
        return
    if st.session_state.play_at + 1 < len(st.session_state.play_frames):
        time.sleep(st.session_state.get("play_seconds", PLAY_SECONDS))
        st.session_state.play_at += 1
        st.rerun()
    st.session_state.playing = False


def main() -> None:
    st.set_page_config(page_title="Expansion Atlas", page_icon="🗺️", layout="wide")
    try:
        workspace = _workspace()
    except AtlasError as exc:
        st.error(str(exc))
        return
    dataset, months = workspace.dataset, workspace.months
    if st.session_state.get("playing"):
        start, end = st.session_state.play_frames[st.session_state.play_at]
        _move_period((month_end(start), end))
    _init_from_link(workspace)
    if st.session_state.period[0] not in months or st.session_state.period[1] not in months:
        _move_period((months[0], months[-1]))
    _sidebar(workspace)
    view = _current_view()

    st.title("Expansion Atlas")
    _messages(dataset)
    shown = workspace.shown(view)
    st.caption(f"{sum(p.placed for p in shown)} of {len(dataset.events)} events on the map · "
               f"{view.start:%b %Y} – {view.end:%b %Y} · {len(dataset.unplaced)} unplaced")
    map_col, panel_col = st.columns([3, 2])
    with map_col:
        result = _map(workspace, view, shown)
    with panel_col:
        _evidence(workspace)
        st.subheader("Offices over time")
        _chart(workspace, view)
    _events_table(workspace, view)
    _share(dataset, _sync_link(result))
    _extraction(dataset)
    _advance_play()


main()
