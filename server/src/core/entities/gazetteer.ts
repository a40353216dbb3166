// Looks up countries and capital cities by name, from the world-countries extract in data/ner-places.json and the short
// names of data/country-short-names.json.
import { GenerationMemo } from '../text/memo';
import { readDataJson, readWordList } from '../dataFiles';
import { isCapitals, splitAtSpaces } from './nameShape';

export interface PlaceInfo {
  name: string;
  country?: string;
  capital?: string;
  region?: string;
  subregion?: string;
  iso?: string;
  /** Set when the name is a country's first-level subdivision (a state, province, nation: "Wales", "Texas"). */
  subdivision?: boolean;
  /** Set when the name looked up is a short name of the country (data/country-short-names.json: "America", "Britain"). */
  shortName?: boolean;
}

interface CountryRecord {
  name: string;
  official: string;
  alt: string[];
  capitals: string[];
  region: string;
  subregion: string;
  iso: string;
}

let index: Map<string, PlaceInfo> | null = null;

/** A country's code as written in capitals: two or three letters A to Z. */
const isCode = (name: string) => isCapitals(name, 2, 3) && [...name].every((ch) => ch >= 'A' && ch <= 'Z');
const keyOf = (name: string) => splitAtSpaces(name.normalize('NFC').trim()).join(' ').toLowerCase();

function buildIndex(): Map<string, PlaceInfo> {
  const { countries } = readDataJson<{ countries: CountryRecord[] }>('ner-places.json');
  const map = new Map<string, PlaceInfo>();
  // Countries first so that a name that is both (Singapore, Djibouti) resolves to the country.
  for (const c of countries) {
    const info: PlaceInfo = { name: c.name, country: c.name, region: c.region || undefined, subregion: c.subregion || undefined, iso: c.iso };
    if (c.capitals.length) info.capital = c.capitals[0];
    for (const n of [c.name, c.official, ...c.alt]) {
      // Codes only match written in capitals, so that "in" or "us" never resolve to a country; and only the codes
      // prose writes for a country (data/country-abbreviations.txt: "US", "UK"), not "BT" (Bhutan) or "LA" (Laos).
      if (isCode(n) && !readWordList('country-abbreviations.txt').has(n)) continue;
      const key = isCode(n) ? `=${n}` : keyOf(n);
      if (!map.has(key)) map.set(key, info);
    }
  }
  // News copy's short names ("America", "Britain") name the country itself.
  const { shortNames } = readDataJson<{ shortNames: Record<string, string> }>('country-short-names.json');
  for (const [short, country] of Object.entries(shortNames)) {
    const info = map.get(keyOf(country));
    if (info && !map.has(keyOf(short))) map.set(keyOf(short), { ...info, shortName: true });
  }
  for (const c of countries) {
    for (const capital of c.capitals) {
      if (map.has(keyOf(capital))) continue;
      map.set(keyOf(capital), { name: capital, country: c.name, capital, region: c.region || undefined, subregion: c.subregion || undefined, iso: c.iso });
    }
  }
  const byIso = new Map(countries.map((c) => [c.iso, c]));
  const { subdivisions } = readDataJson<{ subdivisions: { name: string; country: string }[] }>('ner-subdivisions.json');
  for (const sub of subdivisions) {
    const c = byIso.get(sub.country);
    if (!c || map.has(keyOf(sub.name))) continue;
    map.set(keyOf(sub.name), { name: sub.name, country: c.name, subdivision: true, region: c.region || undefined, subregion: c.subregion || undefined, iso: c.iso });
  }
  return map;
}

/**
 * A country (by common, official or alternative name, or by its ISO code in capitals) or capital city,
 * case-insensitively; null if unknown.
 */
export function lookupPlace(name: string): PlaceInfo | null {
  return name.length > MAX_KEPT_NAME ? findPlace(name) : looked.get(name, findPlace);
}

/** lookupPlace without the memo. */
function findPlace(name: string): PlaceInfo | null {
  index ??= buildIndex();
  const trimmed = name.trim();
  return (isCode(trimmed) ? index.get(`=${trimmed}`) : undefined) ?? index.get(keyOf(name)) ?? null;
}

/** The longest name (UTF-16 code units) whose answer is kept: names are short; a longer string is asked once. */
const MAX_KEPT_NAME = 80;

/** lookupPlace's answers by name (the linking, typing and splitting passes ask for one name many times per keystroke). */
const looked = new GenerationMemo<string, PlaceInfo | null>(20000);
