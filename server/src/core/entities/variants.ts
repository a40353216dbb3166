// Spelling-variant keys: two names with one key are taken as one entity spelt two ways.
import { normaliseName } from '../registry';

/** Folds what transliteration, typing and house style vary: case, diacritics, hyphens, kh/k, y/i, ou/u, doubled letters. */
export function variantKey(name: string): string {
  return normaliseName(name)
    .replace(/['\u2019\s\u2010-]+/g, '')
    .replace(/kh/g, 'k').replace(/ph/g, 'f').replace(/q/g, 'k').replace(/dh/g, 'd').replace(/th/g, 't')
    .replace(/ou/g, 'u').replace(/ee/g, 'i').replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}
