/* Expansion Atlas map layer: draws events from a columnar payload.
 * Every piece of article text reaches the page through textContent or through
 * innerHTML of nodes built with textContent, so it is never parsed as markup. */
(function (global) {
  "use strict";
  if (global.AtlasMap) { return; }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function isHttp(url) { return /^https?:\/\//i.test(url || ""); }

  function row(d, i) {
    var s = d.strings, a = d.articles[d.article[i]];
    return {
      index: i, key: d.key[i], lat: d.lat[i], lon: d.lon[i],
      status: d.statuses[d.status[i]], color: d.colors[d.status[i]],
      company: s[d.company[i]], city: s[d.city[i]], place: s[d.place[i]],
      date: s[d.date[i]], start: d.start[i], end: d.end[i], quote: s[d.quote[i]],
      hl: d.hl[i], title: s[a[0]], url: s[a[1]], source: s[a[2]], tip: s[d.tip[i]]
    };
  }

  function quoteNode(r) {
    var q = el("blockquote", "atlas-quote");
    if (r.hl) {
      q.appendChild(document.createTextNode(r.quote.slice(0, r.hl[0])));
      q.appendChild(el("mark", null, r.quote.slice(r.hl[0], r.hl[1])));
      q.appendChild(document.createTextNode(r.quote.slice(r.hl[1])));
    } else {
      q.textContent = r.quote;
    }
    return q;
  }

  function popupNode(r) {
    var root = el("div", "atlas-popup");
    root.appendChild(el("div", "atlas-popup-title", r.city + " \u2014 " + r.company));
    var meta = el("div", "atlas-popup-meta");
    var dot = el("span", "atlas-dot");
    dot.style.background = r.color;
    meta.appendChild(dot);
    meta.appendChild(document.createTextNode(r.status + " \u00b7 " + r.date + " \u00b7 " + r.place));
    root.appendChild(meta);
    root.appendChild(quoteNode(r));
    var src = el("div", "atlas-popup-source");
    if (isHttp(r.url)) {
      var link = el("a", null, r.title);
      link.href = r.url; link.target = "_blank"; link.rel = "noopener noreferrer";
      src.appendChild(link);
    } else {
      src.appendChild(el("span", null, r.title));
    }
    if (r.source) { src.appendChild(el("span", "atlas-popup-src", " (" + r.source + ")")); }
    root.appendChild(src);
    return root;
  }

  function tooltipHtml(r) {
    var wrap = el("span");
    wrap.appendChild(el("span", null, r.tip));
    var key = el("span", null, " [" + r.key + "]");
    key.style.display = "none";
    wrap.appendChild(key);
    return wrap.innerHTML;
  }

  function inWindow(r, start, end) {
    if (!r.start) { return true; }
    if (start && r.end < start) { return false; }
    if (end && r.start > end) { return false; }
    return true;
  }

  function legend(map, d) {
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () {
      var box = el("div", "atlas-legend");
      box.appendChild(el("div", "atlas-legend-title", "Status"));
      d.statuses.forEach(function (status, i) {
        var line = el("div", "atlas-legend-row");
        var dot = el("span", "atlas-dot");
        dot.style.background = d.colors[i];
        line.appendChild(dot);
        line.appendChild(document.createTextNode(status));
        box.appendChild(line);
      });
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    control.addTo(map);
  }

  function outlines(map, topo) {
    map.createPane("atlasBase");
    map.getPane("atlasBase").style.zIndex = 150;
    var geo = topojson.feature(topo, topo.objects.countries);
    return L.geoJSON(geo, {
      pane: "atlasBase", interactive: false,
      style: { color: "#9aa5b1", weight: 0.6, fillColor: "#f3f1ea", fillOpacity: 1 }
    });
  }

  function AtlasMap(map, data, options) {
    this.map = map; this.data = data; this.options = options || {};
    this.rows = [];
    for (var i = 0; i < data.key.length; i++) { this.rows.push(row(data, i)); }
    /* Clustering only pays once points crowd; a handful stay individually clickable. */
    var crowded = this.rows.length > (options.clusterAbove || 40);
    this.cluster = options.cluster === false || !crowded ? L.featureGroup()
      : L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 35,
                               spiderfyOnMaxZoom: true, chunkedLoading: true });
    this.markers = this.rows.map(function (r) {
      var m = L.circleMarker([r.lat, r.lon], {
        radius: 8, color: "#ffffff", weight: 2, fillColor: r.color, fillOpacity: 0.95
      });
      m.bindTooltip(tooltipHtml(r));
      m.bindPopup(function () { return popupNode(r); }, { maxWidth: 360 });
      m.atlasRow = r;
      return m;
    });
    map.getContainer().style.background = "#cfe3f3";
    legend(map, data);
    this.cluster.addTo(map);
    this.setWindow(options.start || null, options.end || null, true);
  }

  AtlasMap.prototype.setWindow = function (start, end, fit) {
    var shown = [];
    this.cluster.clearLayers();
    for (var i = 0; i < this.rows.length; i++) {
      if (inWindow(this.rows[i], start, end)) { shown.push(this.markers[i]); }
    }
    if (this.cluster.addLayers) { this.cluster.addLayers(shown); }
    else { shown.forEach(function (m) { this.cluster.addLayer(m); }, this); }
    this.visible = shown.length;
    this.map.getContainer().setAttribute("data-atlas-visible", String(shown.length));
    if (fit && shown.length && !this.options.keepView) {
      var bounds = L.latLngBounds(shown.map(function (m) { return m.getLatLng(); }));
      this.map.fitBounds(bounds.pad(0.25), { maxZoom: 6, animate: false });
    }
    return shown.length;
  };

  AtlasMap.prototype.visibleKeys = function () {
    var keys = [];
    this.cluster.eachLayer(function (m) { keys.push(m.atlasRow.key); });
    return keys;
  };

  AtlasMap.basemap = function (map, mode, topo, tileUrl, tileAttribution) {
    var base = topo ? outlines(map, topo) : null;
    if (base) { base.addTo(map); }
    if (mode === "offline" || !tileUrl) { return; }
    var tiles = L.tileLayer(tileUrl, { attribution: tileAttribution, maxZoom: 19 });
    if (mode === "osm") { tiles.addTo(map); return; }
    /* auto: use tiles only once one has actually loaded; outlines stay otherwise. */
    var probe = new Image();
    probe.onload = function () { tiles.addTo(map); };
    probe.src = tileUrl.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0")
      .replace("{y}", "0").replace("{r}", "");
  };

  global.AtlasMap = AtlasMap;
})(window);
