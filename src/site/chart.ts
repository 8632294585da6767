// The death-toll chart's geometry, computed at build time: scales, ticks and one mark per reported
// figure. Templates draw it as inline SVG from these numbers, so every piece of text in it goes
// through the templates' escaping.
import { formatNumber } from "./filters.ts";

export type Shape = "circle" | "triangle" | "diamond";

export interface ChartInput {
  /** YYYY-MM-DD: the date of the event the figure reports, else the article's date */
  date: string;
  value: number;
  qualifier: string;
  /** a vague figure ("dozens") read as its conservative estimate */
  estimated: boolean;
  total: boolean;
  href: string;
  label: string;
}

export interface ChartPoint extends ChartInput {
  x: number;
  y: number;
  shape: Shape;
  /** an SVG path for the marker, centred on (x, y) */
  d: string;
}

export interface Chart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  points: ChartPoint[];
  /** the running totals joined in date order, so a reader can follow them */
  totalsLine: string;
  from: string | null;
  to: string | null;
  max: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY = 86_400_000;
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Exact figures are dots; lower bounds ("at least", "over") point up; approximations are diamonds. */
export function shapeFor(qualifier: string): Shape {
  if (qualifier === "at least" || qualifier === "over") return "triangle";
  if (qualifier === "exact") return "circle";
  return "diamond";
}

export function markerPath(shape: Shape, x: number, y: number, s = 5): string {
  const p = (a: number, b: number) => `${r1(a)},${r1(b)}`;
  if (shape === "triangle") return `M${p(x, y - s * 1.25)}L${p(x + s * 1.15, y + s * 0.85)}L${p(x - s * 1.15, y + s * 0.85)}Z`;
  if (shape === "diamond") return `M${p(x, y - s * 1.3)}L${p(x + s * 1.1, y)}L${p(x, y + s * 1.3)}L${p(x - s * 1.1, y)}Z`;
  // A circle as two arcs, so every marker is one <path> and can be styled alike.
  return `M${p(x - s, y)}a${s},${s} 0 1,0 ${s * 2},0a${s},${s} 0 1,0 ${-s * 2},0Z`;
}

function niceStep(range: number, target: number): number {
  const raw = range / Math.max(target, 1);
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  for (const m of [1, 2, 5, 10]) if (m * mag >= raw) return m * mag;
  return 10 * mag;
}

const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;

export function buildChart(input: ChartInput[], width = 720, height = 320): Chart {
  const plot = { left: 52, right: width - 16, top: 14, bottom: height - 40 };
  const empty: Chart = { width, height, plot, xTicks: [], yTicks: [], points: [], totalsLine: "", from: null, to: null, max: 0 };
  if (!input.length) return empty;
  const sorted = [...input].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.value - b.value));
  const d0 = dayOf(sorted[0].date);
  const d1 = dayOf(sorted[sorted.length - 1].date);
  const span = Math.max(d1 - d0, 20);
  const lo = d0 - span * 0.04 - (d1 - d0 < 20 ? (20 - (d1 - d0)) / 2 : 0);
  const hi = lo + span * 1.08;
  const max = Math.max(...sorted.map((p) => p.value));
  const yStep = niceStep(max, 5);
  const yMax = Math.max(yStep, Math.ceil((max * 1.05) / yStep) * yStep);
  const sx = (day: number) => plot.left + ((day - lo) / (hi - lo)) * (plot.right - plot.left);
  const sy = (v: number) => plot.bottom - (v / yMax) * (plot.bottom - plot.top);

  const yTicks = [];
  for (let v = 0; v <= yMax + 1e-9; v += yStep) yTicks.push({ y: r1(sy(v)), label: formatNumber(v) });

  // Month ticks, thinned to at most about eight; January carries its year.
  const start = new Date(lo * DAY);
  const months: { day: number; y: number; m: number }[] = [];
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1; ; m++) {
    if (m > 11) {
      m = 0;
      y++;
    }
    const day = Date.UTC(y, m, 1) / DAY;
    if (day > hi) break;
    months.push({ day, y, m });
  }
  const every = [1, 2, 3, 6, 12, 24, 60].find((n) => months.length / n <= 8) ?? 120;
  const xTicks = months
    .filter((t) => (t.y * 12 + t.m) % every === 0)
    .map((t, i) => ({ x: r1(sx(t.day)), label: t.m === 0 || i === 0 || every >= 12 ? `${MONTHS[t.m]} ${t.y}` : MONTHS[t.m] }));

  const points: ChartPoint[] = sorted.map((p) => {
    const x = r1(sx(dayOf(p.date)));
    const y = r1(sy(p.value));
    const shape = shapeFor(p.qualifier);
    return { ...p, x, y, shape, d: markerPath(shape, x, y) };
  });
  const totals = points.filter((p) => p.total);
  const totalsLine = totals.length > 1 ? `M${totals.map((p) => `${p.x},${p.y}`).join("L")}` : "";
  return { width, height, plot, xTicks, yTicks, points, totalsLine, from: sorted[0].date, to: sorted[sorted.length - 1].date, max };
}
