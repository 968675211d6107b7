// Draws the dashboard's charts from JSON embedded in the page (no network, no CDN).
(function () {
  "use strict";
  const colours = JSON.parse(document.getElementById("mw-colours").textContent);
  const palette = ["#0f766e", "#2563eb", "#ea580c", "#7c3aed", "#dc2626", "#ca8a04",
                   "#16a34a", "#db2777", "#0891b2", "#92400e"];
  const layoutBase = {
    margin: { l: 40, r: 10, t: 40, b: 50 },
    font: { family: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", size: 12, color: "#334155" },
    paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)",
    legend: { orientation: "h", x: 0, y: 1.02, yanchor: "bottom", font: { size: 11 } },
    xaxis: { gridcolor: "#eef2f7" }, yaxis: { gridcolor: "#eef2f7", rangemode: "tozero" },
  };
  const config = { displayModeBar: false, responsive: true };
  const label = (s) => String(s).replace(/_/g, " ");

  // Every month from the first to the last of the rows, so a month without news reads as
  // zero rather than disappearing.
  function monthRange(rows, least = 6) {
    const first = rows.reduce((m, r) => (r.month < m ? r.month : m), rows[0].month);
    const last = rows.reduce((m, r) => (r.month > m ? r.month : m), rows[0].month);
    const out = [];
    let [y, m] = first.split("-").map(Number);
    // A short history gets the months before it, so one month is not one wall of colour.
    const [ly, lm] = last.split("-").map(Number);
    const span = (ly - y) * 12 + (lm - m) + 1;
    for (let i = span; i < least; i++) { if (--m < 1) { m = 12; y--; } }
    for (let guard = 0; guard < 600; guard++) {
      const key = `${y}-${String(m).padStart(2, "0")}`;
      if (key > last) break;
      out.push(key);
      if (++m > 12) { m = 1; y++; }
    }
    return out;
  }
  const monthLabel = (key) => {
    const [y, m] = key.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, 1)).toLocaleString("en", { month: "short", year: "numeric", timeZone: "UTC" });
  };

  function groupBy(rows, key) {
    const out = new Map();
    for (const r of rows) {
      if (!out.has(r[key])) out.set(r[key], []);
      out.get(r[key]).push(r);
    }
    return out;
  }

  const builders = {
    "stacked-types": (rows) => {
      const months = monthRange(rows);
      const traces = [];
      for (const [type, items] of groupBy(rows, "type")) {
        const byMonth = new Map(items.map((r) => [r.month, r.n]));
        traces.push({ type: "bar", name: label(type), x: months.map(monthLabel),
                      y: months.map((mo) => byMonth.get(mo) || 0),
                      marker: { color: colours[type] || "#64748b" } });
      }
      return [traces, { barmode: "stack", bargap: 0.2,
                        xaxis: { type: "category", gridcolor: "#eef2f7", tickangle: months.length > 8 ? -45 : 0,
                                 nticks: 14 } }];
    },
    "lines": (rows) => {
      const months = monthRange(rows);
      const traces = [];
      let i = 0;
      for (const [, items] of groupBy(rows, "id")) {
        const byMonth = new Map(items.map((r) => [r.month, r.n]));
        traces.push({ type: "scatter", mode: "lines", name: items[0].name, x: months.map(monthLabel),
                      y: months.map((mo) => byMonth.get(mo) || 0), line: { width: 2, shape: "linear",
                      color: palette[i++ % palette.length] } });
      }
      return [traces, { xaxis: { type: "category", gridcolor: "#eef2f7", nticks: 14,
                                 tickangle: months.length > 8 ? -45 : 0 } }];
    },
    "shares": (rows) => {
      const items = rows.slice().reverse();
      return [[{ type: "bar", orientation: "h", x: items.map((r) => r.share), y: items.map((r) => r.name),
                 marker: { color: "#0f766e" }, text: items.map((r) => r.share.toFixed(1) + "%"),
                 textposition: "outside", cliponaxis: false, hovertemplate: "%{y}: %{x:.1f}%<extra></extra>" }],
              { margin: { l: 110, r: 40, t: 5, b: 30 }, xaxis: { gridcolor: "#eef2f7", ticksuffix: "%" },
                yaxis: { automargin: true }, showlegend: false }];
    },
    "sankey": (rows) => {
      // Origins on the left, destinations on the right: one node per country and side, so a
      // country that both ships and receives does not make a cycle.
      const nodes = [], index = new Map();
      const node = (id, name, side) => {
        const key = side + id;
        if (!index.has(key)) { index.set(key, nodes.length); nodes.push(name); }
        return index.get(key);
      };
      const src = [], dst = [], val = [], col = [], lab = [];
      for (const r of rows) {
        src.push(node(r.origin, r.origin_name, "o"));
        dst.push(node(r.destination, r.destination_name, "d"));
        val.push(r.events);
        col.push((colours[r.type] || "#64748b") + "66");
        lab.push(label(r.type));
      }
      return [[{ type: "sankey", arrangement: "snap",
                 node: { label: nodes, pad: 16, thickness: 16, color: "#334155", line: { width: 0 } },
                 link: { source: src, target: dst, value: val, color: col, customdata: lab,
                         hovertemplate: "%{source.label} → %{target.label}: %{value} %{customdata} events<extra></extra>" } }],
              { margin: { l: 10, r: 10, t: 10, b: 10 }, font: { size: 13, color: "#0f172a",
                family: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif" } }];
    },
  };

  for (const el of document.querySelectorAll(".chart[data-chart]")) {
    const build = builders[el.dataset.chart];
    const source = document.getElementById(el.dataset.source);
    if (!build || !source || typeof Plotly === "undefined") continue;
    const rows = JSON.parse(source.textContent);
    if (!rows.length) { el.innerHTML = '<p class="muted">No data yet.</p>'; el.style.height = "auto"; continue; }
    const [traces, extra] = build(rows);
    Plotly.newPlot(el, traces, Object.assign({}, layoutBase, extra), config);
    el.dataset.drawn = "1";
  }
})();
