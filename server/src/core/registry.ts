// Merges the article's front-matter entities with the workspace registry into one lookup.
import { GenerationMemo } from './text/memo';
import type { Registry } from './rules/rule';
import type { RegistryEntry } from './types';
import { isPrintableAscii, withoutDiacritics } from './text/names';
import { wordsOf } from './text/shape';

/** Front-matter entries win over workspace entries with the same id: the article knows best about itself. */
export function buildRegistry(frontMatter: RegistryEntry[], workspace: RegistryEntry[]): Registry {
  const byId = new Map<string, RegistryEntry>();
  for (const entry of [...workspace, ...frontMatter]) byId.set(entry.id, entry);
  const byName = new Map<string, RegistryEntry>();
  for (const entry of byId.values()) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = normaliseName(name);
      if (key && !byName.has(key)) byName.set(key, entry);
    }
  }
  return { entries: [...byId.values()], byId, byName };
}

/** Case, diacritics, typographic apostrophes and a trailing possessive do not make a different name. */
export function normaliseName(name: string): string {
  return name.length > MAX_KEPT_NAME ? normalise(name) : normalised.get(name, normalise);
}

/** normaliseName without the memo. */
function normalise(name: string): string {
  // Most names are ASCII: skip the costly Unicode decomposition for them.
  const folded = isPrintableAscii(name) ? name : withoutDiacritics(name);
  const apostrophes = folded.replaceAll('\u2018', "'").replaceAll('\u2019', "'").replaceAll('\u02bc', "'");
  const bare = apostrophes.endsWith("'s") || apostrophes.endsWith("'S") ? apostrophes.slice(0, -2) : apostrophes;
  return wordsOf(bare).join(' ').toLowerCase();
}

/** The longest name (UTF-16 code units) whose normal form is kept: names are short; a longer string is read once. */
const MAX_KEPT_NAME = 80;

/** normaliseName's answers by name (linking asks for each mention's on every keystroke). */
const normalised = new GenerationMemo<string, string>(20000);
