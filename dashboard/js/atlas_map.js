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

  /* Where the city (as written, else the resolved name) first appears in the quote. */
  function highlight(quote, names) {
    var folded = quote.toLowerCase();
    for (var i = 0; i < names.length; i++) {
      var name = (names[i] || "").trim().toLowerCase();
      if (!name) { continue; }
      var at = folded.indexOf(name);
      if (at >= 0 && quote.slice(at, at + name.length).toLowerCase() === name) {
        return [at, at + name.length];
      }
    }
    return null;
  }

  function row(d, i) {
    var s = d.strings, a = d.articles[d.article[i]], p = d.places[d.place[i]];
    var t = d.dates[d.date[i]];
    var r = {
      index: i, key: d.key[i], lat: p[0], lon: p[1],
      status: d.statuses[d.status[i]], color: d.colors[d.status[i]],
      company: s[d.company[i]], city: s[d.city[i]], place: s[p[2]],
      date: s[t[0]], start: t[1], end: t[2], quote: s[d.quote[i]],
      title: s[a[0]], url: s[a[1]], source: s[a[2]]
    };
    r.tip = r.city + " \u00b7 " + r.company + " \u00b7 " + r.date + " \u00b7 " + r.status;
    r.hl = highlight(r.quote, [r.city, r.place.split(",")[0]]);
    return r;
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

  function legend(map, statuses, colors) {
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () {
      var box = el("div", "atlas-legend");
      box.appendChild(el("div", "atlas-legend-title", "Status"));
      statuses.forEach(function (status, i) {
        var line = el("div", "atlas-legend-row");
        var dot = el("span", "atlas-dot");
        dot.style.background = colors[i];
        line.appendChild(dot);
        line.appendChild(document.createTextNode(status));
        box.appendChild(line);
      });
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    control.addTo(map);
  }

  /* Rings that cross the antimeridian jump from +180 to -180; drawn as is, they streak
   * across the whole map. Shifting by 360 degrees keeps each ring continuous. */
  function unwrapRing(ring) {
    for (var i = 1; i < ring.length; i++) {
      var delta = ring[i][0] - ring[i - 1][0];
      if (delta > 180) { ring[i][0] -= 360 * Math.round(delta / 360); }
      else if (delta < -180) { ring[i][0] += 360 * Math.round(-delta / 360); }
    }
  }

  function unwrapGeometry(g) {
    if (!g) { return; }
    if (g.type === "Polygon") { g.coordinates.forEach(unwrapRing); }
    if (g.type === "MultiPolygon") {
      g.coordinates.forEach(function (p) { p.forEach(unwrapRing); });
    }
  }

  function outlines(map, topo) {
    map.createPane("atlasBase");
    map.getPane("atlasBase").style.zIndex = 150;
    map.getContainer().style.background = "#cfe3f3";
    var geo = topojson.feature(topo, topo.objects.countries);
    geo.features.forEach(function (f) { unwrapGeometry(f.geometry); });
    return L.geoJSON(geo, {
      pane: "atlasBase", interactive: false,
      style: { color: "#9aa5b1", weight: 0.6, fillColor: "#f3f1ea", fillOpacity: 1 }
    });
  }

  /* The events as one Leaflet layer. It holds every event that passes the filters; the
   * period window only decides which markers are drawn, so moving the window (or playing
   * it) never moves the map, and the view fits all filtered events. */
  function EventLayer(data, options) {
    this.options = options || {};
    this.rows = []; this.markers = [];
    this.start = this.options.start || null; this.end = this.options.end || null;
    /* The outer group exists at once (the page refers to it); markers arrive with the
     * data, inline or fetched from the app's static folder. */
    this.group = L.featureGroup();
    this.inner = null;
    var self = this;
    this.group.on("add", function () {
      self.map = self.group._map;
      if (self.inner) { self.fit(); self.reveal(self.options.selected); }
    });
    this.group.atlas = this;
    global.atlasLayer = this;
    if (data) {
      this.load(data);
    } else if (this.options.tablesUrl && this.options.rowsUrl) {
      var get = function (url) {
        return fetch(url).then(function (r) {
          if (!r.ok) { throw new Error("event data " + url + ": HTTP " + r.status); }
          return r.json();
        });
      };
      Promise.all([get(this.options.tablesUrl), get(this.options.rowsUrl)])
        .then(function (parts) { self.load(Object.assign({}, parts[0], parts[1])); })
        .catch(function (err) { self.error = String(err); console.error(err); });
    }
  }

  EventLayer.prototype.load = function (data) {
    for (var i = 0; i < data.key.length; i++) { this.rows.push(row(data, i)); }
    /* Clustering only pays once points crowd; a handful stay individually clickable. */
    var crowded = this.rows.length > (this.options.clusterAbove || 40);
    this.inner = this.options.cluster === false || !crowded ? L.featureGroup()
      : L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 35,
                               spiderfyOnMaxZoom: true, chunkedLoading: true });
    var selected = this.options.selected || null;
    this.markers = this.rows.map(function (r) {
      var chosen = r.key === selected;
      var m = L.circleMarker([r.lat, r.lon], {
        radius: chosen ? 11 : 8, color: chosen ? "#111111" : "#ffffff", weight: chosen ? 3 : 2,
        fillColor: r.color, fillOpacity: 0.95
      });
      m.bindTooltip(tooltipHtml(r));
      m.bindPopup(function () { return popupNode(r); }, { maxWidth: 360 });
      m.atlasRow = r;
      return m;
    });
    this.group.addLayer(this.inner);
    this.setWindow(this.start, this.end);
    this.loaded = true;
    if (this.map) { this.fit(); this.reveal(selected); }
  };

  /* Fit only when the set of events changed: a new selection or window keeps the view. */
  EventLayer.prototype.fit = function () {
    if (!this.map || !this.rows.length || this.options.keepView) { return; }
    var signature = this.rows.map(function (r) { return r.key; }).join(",");
    if (global.atlasFitSignature === signature) { return; }
    global.atlasFitSignature = signature;
    var bounds = L.latLngBounds(this.markers.map(function (m) { return m.getLatLng(); }));
    this.map.fitBounds(bounds.pad(0.2), { maxZoom: 6, animate: false });
  };

  /* Keep the selected event's popup open across layer swaps (table and map in sync). */
  EventLayer.prototype.reveal = function (key) {
    var marker = null;
    for (var i = 0; i < this.rows.length; i++) {
      if (this.rows[i].key === key) { marker = this.markers[i]; }
    }
    if (!marker || !this.inner.hasLayer(marker)) { return; }
    marker.bringToFront();
    if (this.inner.zoomToShowLayer) {
      this.inner.zoomToShowLayer(marker, function () { marker.openPopup(); });
    } else {
      marker.openPopup();
    }
  };

  EventLayer.prototype.setWindow = function (start, end) {
    var shown = [];
    this.start = start; this.end = end;
    if (!this.inner) { return 0; }
    this.inner.clearLayers();
    for (var i = 0; i < this.rows.length; i++) {
      if (inWindow(this.rows[i], start, end)) { shown.push(this.markers[i]); }
    }
    if (this.inner.addLayers) { this.inner.addLayers(shown); }
    else { shown.forEach(function (m) { this.inner.addLayer(m); }, this); }
    this.visible = shown.length;
    return shown.length;
  };

  EventLayer.prototype.visibleKeys = function () {
    var keys = [];
    for (var i = 0; i < this.rows.length; i++) {
      if (inWindow(this.rows[i], this.start, this.end)) { keys.push(this.rows[i].key); }
    }
    return keys;
  };

  var AtlasMap = {
    layer: function (data, options) { return new EventLayer(data, options).group; },
    legend: legend,
    inWindow: inWindow
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
