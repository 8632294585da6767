// Maps drawn at build time from Natural Earth outlines (world-atlas), so the places page needs no
// tiles, no script and no other host. Two base maps: one fitted to the country most places are in
// (for this corpus, Peru and its neighbours) and a small world map for everything outside it.
// Outlines are projected once per build (and cached across rebuilds of `npm start`); pages reuse
// the path strings, and place pages point at the base map as a file instead of repeating it.
import { createRequire } from "node:module";
import { geoBounds, geoContains, geoMercator, geoNaturalEarth1, geoPath, type GeoProjection, type GeoPermissibleObjects } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, FeatureCollection, Geometry, MultiPoint } from "geojson";

const require = createRequire(import.meta.url);

export interface BaseMap {
  id: "focus" | "world";
  /** what the map shows, for its title ("Peru and around it") */
  title: string;
  width: number;
  height: number;
  /** the sea: the sphere's outline, or the whole frame */
  sea: string;
  land: string;
  borders: string;
  /** the focus country's outline */
  highlight: string;
  /** on the world map: the focus map's frame */
  frame: string;
  /** served as /maps/<id>.svg for the small locator maps */
  file: string;
}

export interface MapPoint {
  map: "focus" | "world";
  x: number;
  y: number;
  r: number;
}

export interface MapLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: "start" | "end";
  /** "wide" labels are for a map shown near its full size; "narrow" ones are fewer and larger, for phones */
  size: "wide" | "narrow";
}

export interface PlaceForMap {
  id: string;
  name: string;
  kind: string;
  country: string;
  lat: number;
  lon: number;
  count: number;
}

export interface SiteMaps {
  focus: BaseMap;
  world: BaseMap;
  /** ISO code of the country the focus map is about */
  focusCountry: string;
  points: Map<string, MapPoint>;
  labels: MapLabel[];
}

type CountryProps = { name: string };
type Countries = Topology<{ countries: GeometryCollection<CountryProps>; land: GeometryCollection }>;

const FOCUS_WIDTH = 600;
const WORLD_WIDTH = 600;
const PAD = 14;
const round1 = (n: number) => Math.round(n * 10) / 10;

function load(name: "countries-50m" | "countries-110m"): Countries {
  return require(`world-atlas/${name}.json`) as Countries;
}

function boundsContain(b: [[number, number], [number, number]], lon: number, lat: number): boolean {
  const [[w, s], [e, n]] = b;
  if (lat < s || lat > n) return false;
  // Bounds that cross the antimeridian have w > e.
  return w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
}

/** The outline that holds most of the given points: the focus country as Natural Earth draws it. */
function outlineHolding(features: Feature<Geometry, CountryProps>[], points: [number, number][]): Feature<Geometry, CountryProps> | null {
  const sample = points.slice(0, 25);
  let best: Feature<Geometry, CountryProps> | null = null;
  let bestHits = 0;
  for (const f of features) {
    const b = geoBounds(f);
    let hits = 0;
    for (const p of sample) if (boundsContain(b, p[0], p[1]) && geoContains(f, p)) hits++;
    if (hits > bestHits) {
      best = f;
      bestHits = hits;
    }
  }
  return best;
}

interface Drawn {
  map: BaseMap;
  projection: GeoProjection;
}

const cache = new Map<string, Drawn>();

function drawFocus(country: string, points: [number, number][]): Drawn {
  // Points are rounded to 0.1° for the key: a new village does not redraw the map, a new region may.
  const key = `focus:${country}:${points.map((p) => `${p[0].toFixed(1)},${p[1].toFixed(1)}`).sort().join(";")}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const topo = load("countries-50m");
  const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, CountryProps>;
  const outline = outlineHolding(countries.features, points);
  const multi: MultiPoint = { type: "MultiPoint", coordinates: points };
  const target: GeoPermissibleObjects = { type: "FeatureCollection", features: [...(outline ? [outline] : []), { type: "Feature", properties: {}, geometry: multi }] } as FeatureCollection;
  const projection = geoMercator().fitWidth(FOCUS_WIDTH - 2 * PAD, target);
  const [[, y0], [, y1]] = geoPath(projection).bounds(target);
  // A single point has no extent; keep the frame between landscape and a tall portrait.
  const height = Math.round(Math.min(Math.max(y1 - y0 + 2 * PAD, FOCUS_WIDTH * 0.6), FOCUS_WIDTH * 1.4));
  if (points.length < 2 && !outline) projection.scale(2500).center(points[0] ?? [0, 0]).translate([FOCUS_WIDTH / 2, height / 2]);
  else projection.fitExtent([[PAD, PAD], [FOCUS_WIDTH - PAD, height - PAD]], target);
  projection.clipExtent([[0, 0], [FOCUS_WIDTH, height]]);
  const path = geoPath(projection).digits(1);
  const map: BaseMap = {
    id: "focus",
    title: outline ? `${outline.properties.name} and around it` : "Where most places are",
    width: FOCUS_WIDTH,
    height,
    sea: `M0,0H${FOCUS_WIDTH}V${height}H0Z`,
    land: path(feature(topo, topo.objects.land)) ?? "",
    borders: path(mesh(topo, topo.objects.countries, (a, b) => a !== b)) ?? "",
    highlight: outline ? (path(outline) ?? "") : "",
    frame: "",
    file: "/maps/focus.svg",
  };
  const drawn = { map, projection };
  cache.set(key, drawn);
  return drawn;
}

function drawWorld(focus: Drawn, focusName: string | null): Drawn {
  const corners: [number, number][] = [
    [0, 0],
    [focus.map.width, 0],
    [focus.map.width, focus.map.height],
    [0, focus.map.height],
  ];
  const lonLat = corners.map((c) => focus.projection.invert!(c) as [number, number]);
  const key = `world:${focusName}:${lonLat.map((p) => p.map((n) => n.toFixed(1)).join(",")).join(";")}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const topo = load("countries-110m");
  const sphere = { type: "Sphere" } as const;
  const projection = geoNaturalEarth1().fitWidth(WORLD_WIDTH - 2, sphere);
  const [[, y0], [, y1]] = geoPath(projection).bounds(sphere);
  const height = Math.ceil(y1 - y0 + 2);
  projection.fitExtent([[1, 1], [WORLD_WIDTH - 1, height - 1]], sphere);
  const path = geoPath(projection).digits(1);
  const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, CountryProps>;
  const outline = focusName ? countries.features.find((f) => f.properties.name === focusName) : undefined;
  const frame = lonLat.map((p) => projection(p)).filter((p): p is [number, number] => !!p);
  const map: BaseMap = {
    id: "world",
    title: "The world",
    width: WORLD_WIDTH,
    height,
    sea: path(sphere) ?? "",
    land: path(feature(topo, topo.objects.land)) ?? "",
    borders: path(mesh(topo, topo.objects.countries, (a, b) => a !== b)) ?? "",
    highlight: outline ? (path(outline) ?? "") : "",
    frame: frame.length === 4 ? `M${frame.map((p) => `${round1(p[0])},${round1(p[1])}`).join("L")}Z` : "",
    file: "/maps/world.svg",
  };
  const drawn = { map, projection };
  cache.set(key, drawn);
  return drawn;
}

/** The most common country among the places that are not whole countries, weighted by articles. */
function focusCountryOf(places: PlaceForMap[]): string | null {
  const weight = new Map<string, number>();
  for (const p of places) if (p.kind !== "country") weight.set(p.country, (weight.get(p.country) ?? 0) + p.count);
  let best: string | null = null;
  for (const [c, w] of weight) if (best === null || w > weight.get(best)! || (w === weight.get(best)! && c < best)) best = c;
  return best ?? places[0]?.country ?? null;
}

/** Font sizes in map units: 13 reads well at full width; on a phone the map shrinks by about half. */
const LABEL_FONT = { wide: 13, narrow: 24 } as const;

/** Greedy: the places cited most get a name beside their point unless it would cover another name. */
function placeLabels(points: { id: string; name: string; x: number; y: number; r: number }[], width: number, height: number, size: "wide" | "narrow", max: number): MapLabel[] {
  const font = LABEL_FONT[size];
  const taken: { x0: number; y0: number; x1: number; y1: number }[] = points.map((p) => ({ x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r }));
  const labels: MapLabel[] = [];
  for (const p of points) {
    if (labels.length >= max) break;
    // About 0.55em per character for the system sans-serif fonts.
    const w = p.name.length * font * 0.56 + 4;
    for (const anchor of ["start", "end"] as const) {
      const x = anchor === "start" ? p.x + p.r + 3 : p.x - p.r - 3;
      const box = { x0: anchor === "start" ? x : x - w, y0: p.y - font * 0.7, x1: anchor === "start" ? x + w : x, y1: p.y + font * 0.4 };
      if (box.x0 < 2 || box.x1 > width - 2 || box.y0 < 2 || box.y1 > height - 2) continue;
      if (taken.some((t) => box.x0 < t.x1 && box.x1 > t.x0 && box.y0 < t.y1 && box.y1 > t.y0)) continue;
      taken.push(box);
      labels.push({ id: p.id, text: p.name, x: round1(x), y: round1(p.y + font * 0.35), anchor, size });
      break;
    }
  }
  return labels;
}

/**
 * Base maps and a point for every place: places inside the focus map's frame go there (except whole
 * countries, whose dot would sit over everything), the rest on the world map. Dot area follows the
 * number of articles naming the place.
 */
export function buildMaps(places: PlaceForMap[]): SiteMaps | null {
  if (!places.length) return null;
  const focusCountry = focusCountryOf(places)!;
  const inFocus = places.filter((p) => p.country === focusCountry && p.kind !== "country");
  const focusPts: [number, number][] = (inFocus.length ? inFocus : places.filter((p) => p.country === focusCountry)).map((p) => [p.lon, p.lat]);
  const focus = drawFocus(focusCountry, focusPts);
  const focusName = focus.map.title.endsWith(" and around it") ? focus.map.title.slice(0, -" and around it".length) : null;
  const world = drawWorld(focus, focusName);
  const max = Math.max(...places.map((p) => p.count), 1);
  const radius = (n: number, scale: number) => round1((2.5 + 9.5 * Math.sqrt(n / max)) * scale);
  const points = new Map<string, MapPoint>();
  const labelled: { id: string; name: string; x: number; y: number; r: number }[] = [];
  for (const p of places) {
    const f = p.kind === "country" ? null : focus.projection([p.lon, p.lat]);
    if (f && f[0] >= 0 && f[0] <= focus.map.width && f[1] >= 0 && f[1] <= focus.map.height) {
      const pt: MapPoint = { map: "focus", x: round1(f[0]), y: round1(f[1]), r: radius(p.count, 1) };
      points.set(p.id, pt);
      labelled.push({ id: p.id, name: p.name, ...pt });
      continue;
    }
    const w = world.projection([p.lon, p.lat]);
    if (w) points.set(p.id, { map: "world", x: round1(w[0]), y: round1(w[1]), r: radius(p.count, 0.7) });
  }
  // Callers pass places most-cited first, so labels go to the places that matter most.
  return { focus: focus.map, world: world.map, focusCountry, points, labels: [...placeLabels(labelled, focus.map.width, focus.map.height, "wide", 14), ...placeLabels(labelled, focus.map.width, focus.map.height, "narrow", 5)] };
}
