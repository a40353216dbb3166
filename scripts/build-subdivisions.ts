// Writes data/ner-subdivisions.json: the first-level subdivisions of each country (states, provinces, the UK's nations:
// "Texas", "Quebec", "Wales", "Punjab"), for the place gazetteer (server/src/core/entities/gazetteer.ts), from the
// English names of the iso3166-2-db package (MIT, esosedi/3166, version 2.3.11; names and OpenStreetMap admin levels
// from OpenStreetMap and GeoNames). Only regions at OpenStreetMap admin level 4 (a country's first level: states,
// provinces, nations) are kept: lower levels ("Paul", Cape Verde; "Forest", Guernsey; "Islands", Hong Kong) name
// villages and districts whose names are common words or given names.
//
// A one-word name the corpora write in lower case inside sentences at least MIN_LOWER times ("Central", "Western",
// "North": Zambia's, Paraguay's and others' provinces) is a common word first and is left out; learned from the
// unlabelled BBC News (2004–05) and open-news articles in ../shared/corpora (only names are written, no text).
// Deterministic: the same inputs give the same bytes.
//
// The package is 283 MB unpacked (every language), so it is no dependency of the repository: fetch it once with
//   npm pack iso3166-2-db@2.3.11 && tar -xzf iso3166-2-db-2.3.11.tgz package/i18n/en.json
// Usage: node --import tsx scripts/build-subdivisions.ts package/i18n/en.json
// Exits 2 with a message when the file or ../shared/corpora is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unlabelledArticles } from './unlabelled-corpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(repoRoot, '../shared/corpora');
const out = path.join(repoRoot, 'data/ner-subdivisions.json');
/** Lower-case occurrences inside sentences that make a one-word name a common word. */
const MIN_LOWER = 3;
/** OpenStreetMap's admin level of a country's first-level subdivisions. */
const FIRST_LEVEL = 4;

interface Region {
  name: string;
  reference?: { openstreetmap_level?: number };
}

/** The lower-case occurrences of each word (not first in its line) in the unlabelled corpora. */
function lowerCaseCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of unlabelledArticles('build-subdivisions', corpora, ['bbc-news', 'open-news'])) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const words = line.split(/[^A-Za-z]+/).filter(Boolean);
      for (const w of words.slice(1)) if (w[0] >= 'a' && w[0] <= 'z') counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

function main(): void {
  const source = process.argv[2];
  if (!source || !fs.existsSync(source)) {
    process.stderr.write('build-subdivisions: give the path to iso3166-2-db 2.3.11 i18n/en.json (see the comment at the top of this script)\n');
    process.exit(2);
  }
  const countries = JSON.parse(fs.readFileSync(source, 'utf8')) as Record<string, { iso: string; regions?: Region[] }>;
  const lower = lowerCaseCounts();
  const subdivisions: { name: string; country: string }[] = [];
  let common = 0;
  for (const country of Object.values(countries).sort((a, b) => a.iso.localeCompare(b.iso))) {
    for (const region of [...(country.regions ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      if (region.reference?.openstreetmap_level !== FIRST_LEVEL) continue;
      if (!region.name.includes(' ') && (lower.get(region.name.toLowerCase()) ?? 0) >= MIN_LOWER) { common++; continue; }
      subdivisions.push({ name: region.name, country: country.iso });
    }
  }
  const about = `First-level subdivisions of each country (OpenStreetMap admin level ${FIRST_LEVEL}: states, provinces, nations) by English name and the ISO 3166-1 alpha-2 code of their country. Built by scripts/build-subdivisions.ts from iso3166-2-db 2.3.11 (MIT, https://github.com/esosedi/3166; names from OpenStreetMap and GeoNames); ${common} one-word names the unlabelled corpora write in lower case ${MIN_LOWER}+ times ("Central", "Western") left out.`;
  fs.writeFileSync(out, `${JSON.stringify({ _about: about, subdivisions })}\n`);
  process.stdout.write(`build-subdivisions: ${subdivisions.length} subdivisions written to ${path.relative(repoRoot, out)} (${common} common words left out)\n`);
}

main();
