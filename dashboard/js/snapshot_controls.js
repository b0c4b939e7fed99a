/* Expansion Atlas snapshot controls: a month slider and a Play button over the event layer.
 *
 * The snapshot carries every filtered event; this script only moves the period window
 * (AtlasLayer.setWindow, the overlap rule of atlas/timeline.py), so the map never moves
 * and the file needs nothing but itself. The month steps and their labels come from
 * Python (atlas.timeline.month_steps); text reaches the page through textContent only. */
(function (global) {
  "use strict";

  function byId(id) { return document.getElementById(id); }

  function Snapshot(layer, config) {
    this.layer = layer;
    this.steps = config.steps || [];
    this.start = config.start || null;
    this.startLabel = config.startLabel || null;
    this.end = config.end || null;
    this.total = config.total || 0;
    this.undated = config.undated || 0;
    this.delay = config.delay || 700;
    this.index = Math.max(0, Math.min(config.initial || 0, this.steps.length - 1));
    this.playing = false;
    this.timer = null;
    this.caption = byId("atlas-snap-caption");
    this.slider = byId("atlas-snap-slider");
    this.button = byId("atlas-snap-play");
    this.month = byId("atlas-snap-month");
    var self = this;
    if (this.slider) {
      var onMove = function () {
        self.stop();
        self.show(parseInt(self.slider.value, 10));
      };
      this.slider.addEventListener("input", onMove);
      this.slider.addEventListener("change", onMove);
    }
    if (this.button) {
      this.button.addEventListener("click", function () {
        if (self.playing) { self.stop(); } else { self.play(); }
      });
    }
    this.show(this.index);
  }

  /* The caption says which period is drawn and how many events that is. */
  Snapshot.prototype.captionText = function () {
    var text;
    if (!this.steps.length) {
      text = this.startLabel || this.end ? "Selected period" : "All dates";
    } else {
      var last = this.steps[this.index].label;
      if (!this.startLabel) { text = "Up to " + last; }
      else if (this.startLabel === last) { text = last; }
      else { text = this.startLabel + " \u2013 " + last; }
    }
    text += " \u00b7 " + this.layer.visible + " of " + this.total + " events";
    if (this.undated) {
      text += " (" + this.undated + " undated, shown in every period)";
    }
    return text;
  };

  Snapshot.prototype.show = function (index) {
    if (this.steps.length) {
      this.index = Math.max(0, Math.min(index, this.steps.length - 1));
      this.layer.setWindow(this.start, this.steps[this.index].end);
      if (this.slider) { this.slider.value = String(this.index); }
      if (this.month) { this.month.textContent = this.steps[this.index].label; }
    } else {
      this.layer.setWindow(this.start, this.end);
    }
    if (this.caption) { this.caption.textContent = this.captionText(); }
    return this.layer.visible;
  };

  /* Month by month from the first step; from the end it starts over. */
  Snapshot.prototype.play = function () {
    if (this.steps.length < 2) { return; }
    if (this.index >= this.steps.length - 1) { this.show(0); }
    this.playing = true;
    if (this.button) { this.button.textContent = "\u275a\u275a Pause"; }
    var self = this;
    var tick = function () {
      if (!self.playing) { return; }
      self.show(self.index + 1);
      if (self.index >= self.steps.length - 1) { self.stop(); return; }
      self.timer = global.setTimeout(tick, self.delay);
    };
    this.timer = global.setTimeout(tick, this.delay);
  };

  Snapshot.prototype.stop = function () {
    this.playing = false;
    if (this.timer) { global.clearTimeout(this.timer); this.timer = null; }
    if (this.button) { this.button.textContent = "\u25b6 Play"; }
  };

  global.AtlasSnapshot = {
    init: function (layer, config) {
      global.atlasSnapshot = new Snapshot(layer, config);
      return global.atlasSnapshot;
    }
  };
})(window);
