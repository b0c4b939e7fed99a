"""The Streamlit dashboard, its folium maps and its snapshots (HTML, PNG)."""
