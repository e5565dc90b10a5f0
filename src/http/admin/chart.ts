/**
 * The four buckets per unit as a stacked horizontal bar chart, in inline SVG rendered on the
 * server: no chart library and no script to load (agencies' networks are often closed to CDNs),
 * readable without JavaScript, printable. Each segment carries its unit, bucket and count as data-*
 * attributes and a <title>, so a test (or a screen reader) reads the same figures as the report.
 */
import { html } from "hono/html";
import type { Counts, UnitReport } from "../../app/reports.ts";
import { t, type Locale } from "../../i18n/index.ts";

export const BUCKETS = ["on_time", "late", "open_in_time", "open_overdue"] as const;
export const BUCKET_COLOURS: Record<(typeof BUCKETS)[number], string> = { on_time: "#2e7d32", late: "#f9a825", open_in_time: "#1565c0", open_overdue: "#c62828" };

const LABEL_W = 300;
const BAR_W = 520;
const ROW_H = 26;

export function bucketChart(l: Locale, units: readonly UnitReport[], overall: Counts) {
  const rows = [...units.map((u) => ({ unit: u.unit, counts: u.counts, overall: false })), { unit: t(l, "admin.report.csv.overall"), counts: overall, overall: true }];
  const max = Math.max(1, ...units.map((u) => u.counts.total));
  const height = rows.length * ROW_H + 40;
  const bars = rows.map((r, i) => {
    const y = i * ROW_H + (r.overall ? 10 : 0);
    // The overall bar is scaled to the full width: it shows shares, the units show sizes.
    const scale = BAR_W / (r.overall ? Math.max(1, r.counts.total) : max);
    let x = LABEL_W;
    const segs = BUCKETS.map((b) => {
      const w = r.counts[b] * scale;
      const seg = html`<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW_H - 8}" fill="${BUCKET_COLOURS[b]}" data-unit="${r.unit}" data-bucket="${b}" data-count="${r.counts[b]}"><title>${r.unit} — ${t(l, `admin.report.buckets.${b}`)}: ${r.counts[b]}</title></rect>`;
      x += w;
      return seg;
    });
    return html`<g class="${r.overall ? "overall" : "unit"}"><text x="${LABEL_W - 8}" y="${y + ROW_H / 2 + 5}" text-anchor="end"${r.overall ? html` font-weight="700"` : ""}>${r.unit.length > 40 ? `${r.unit.slice(0, 39)}…` : r.unit}</text>${segs}<text x="${(x + 6).toFixed(1)}" y="${y + ROW_H / 2 + 5}" class="total">${r.counts.total}</text></g>`;
  });
  const legendY = height - 14;
  const legend = BUCKETS.map((b, i) => html`<g transform="translate(${LABEL_W + i * 150},${legendY - 10})"><rect width="12" height="12" fill="${BUCKET_COLOURS[b]}"/><text x="18" y="11">${t(l, `admin.report.buckets.${b}`)}</text></g>`);
  return html`<svg class="chart" role="img" aria-label="${t(l, "console.dashboard.chart_label")}" viewBox="0 0 ${LABEL_W + BAR_W + 60} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">${bars}${legend}</svg>`;
}
