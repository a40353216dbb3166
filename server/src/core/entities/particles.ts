// Personal names with a lower-case particle inside them ("Osama bin Laden", "Mohammed bin Salman", "Ursula von der
// Leyen"), which the recogniser may read as two names or leave the particle out of ("bin Laden" read as "Laden").
import type { Article, EntityMention, EntityType } from '../types';
import { readWordList } from '../dataFiles';
import { hasLetter, isCapitalised, isLowerInitial, lastWordOf } from '../text/shape';
import { isKnownPlace } from './knownPlaces';
import { endsOrgNames } from './refine';

/** Marks that end a sentence, after which a capitalised particle opens one. */
const SENTENCE_ENDS = new Set(['.', '!', '?']);
/** Most particles in a row inside one name ("von der", "bin Jassim bin"). */
const MAX_PARTICLES = 2;
/** The longest particle of data/entity-name-particles-inside.txt ("della", "binti"). */
const MAX_PARTICLE_LENGTH = 5;
/** Most UTF-16 code units read back for the word before a particle (enough to see its first letter's case). */
const WORD_REACH = 64;
/** Most UTF-16 code units between two pieces of a name that particles join (" della dos "). */
const MAX_PARTICLE_GAP = 14;

/**
 * Joins, in place, the recogniser's mentions (`ours`; `mentions` sorted by start, UTF-16 offsets into `article.prose`)
 * that one or two particles of data/entity-name-particles-inside.txt part, with single spaces and nothing else between
 * ("Osama" + "bin" + "Laden" → "Osama bin Laden"; typed by joinedType), and grows a mention over the particles right
 * before it when a capitalised word does not stand before them ("bin Laden denied it" → "bin Laden"). Returns the
 * mentions left.
 */
export function joinNameParticles(mentions: EntityMention[], article: Article, ours: (m: EntityMention) => boolean): EntityMention[] {
  const prose = article.prose;
  const loose = (m: EntityMention) => !m.tagged && m.partOf === undefined;
  const joined = new Set<EntityMention>();
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i];
    const next = mentions[i + 1];
    // (A name matched from a tag elsewhere joins too: tagging "Prince Alwaleed" must not leave "Talal" a name alone.)
    if (!loose(m) || !loose(next) || !(ours(m) || ours(next)) || joined.has(m) || particlesBetween(prose, m.end, next.start) === 0) continue;
    joined.add(next);
    const patronymic = prose.slice(m.end + 1, next.start - 1).split(' ').some((w) => PATRONYMICS.has(w));
    m.end = next.end;
    m.text = article.text.slice(m.start, m.end);
    m.type = joinedType(m.text, m.type, next.type, patronymic);
    m.confidence = Math.min(m.confidence, next.confidence);
  }
  const left = joined.size ? mentions.filter((m) => !joined.has(m)) : mentions;
  // "Saudi radical Osama bin Laden" read as a name of no person: a patronymic inside a name makes it a person's, and
  // so does one opening a name the article gives whole ("Bin Laden is accused", after "Osama bin Laden").
  for (const m of left) if (ours(m) && m.type !== 'person' && hasPatronymic(m.text, left)) m.type = 'person';
  const tails = particleTails(left);
  for (const m of left) if (ours(m)) growOverParticles(m, article, tails);
  for (const m of left) if (ours(m) && m.type === 'person' && !m.tagged && m.partOf === undefined) growOverFusedParticle(m, article, left);
  return left;
}

/**
 * "Hollywood stars Leonardo diCaprio, Pierce Brosnan" (review 104): a person's name followed by one space and a word
 * made of a particle of data/entity-name-particles-inside.txt and a capitalised rest ("diCaprio", "deGrasse", "vanGogh")
 * grows over that word, the surname the lower-case letter hid from the recogniser; not when another mention starts there.
 */
function growOverFusedParticle(m: EntityMention, article: Article, mentions: readonly EntityMention[]): void {
  const prose = article.prose;
  if (prose[m.end] !== ' ') return;
  let end = m.end + 1;
  while (end < prose.length && (hasLetter(prose[end]) || prose[end] === "'" || prose[end] === '’')) end++;
  const word = prose.slice(m.end + 1, end);
  const particles = readWordList('entity-name-particles-inside.txt');
  const cut = [...word].findIndex((c, k) => k > 0 && isCapitalised(c));
  if (cut < 2 || cut > MAX_PARTICLE_LENGTH || !particles.has(word.slice(0, cut)) || word.length - cut < 2 || !isLowerInitial(word[cut + 1])) return;
  if (mentions.some((x) => x !== m && x.start < end && x.end > m.end)) return;
  m.end = end;
  m.text = article.text.slice(m.start, end);
}

/**
 * Whether the name `text` holds a patronymic between capitalised words ("Osama bin Laden") and ends in no word that
 * ends organisations' names, or opens with one capitalised ("Bin Laden") that another of `mentions` holds inside.
 */
function hasPatronymic(text: string, mentions: readonly EntityMention[]): boolean {
  const words = text.split(' ');
  if (words.length < 2 || endsOrgNames(words[words.length - 1])) return false;
  if (words.slice(1, -1).some((w) => PATRONYMICS.has(w))) return true;
  const opening = words[0].toLowerCase();
  return PATRONYMICS.has(opening) && mentions.some((m) => m.text.endsWith(` ${opening} ${words.slice(1).join(' ')}`));
}

/** The tails of `mentions`' texts from each particle inside them ("Osama bin Laden" → "bin Laden"). */
function particleTails(mentions: readonly EntityMention[]): Set<string> {
  const tails = new Set<string>();
  for (const m of mentions) {
    const words = m.text.split(' ');
    for (let k = 1; k < words.length - 1; k++) if (readWordList('entity-name-particles-inside.txt').has(words[k])) tails.add(words.slice(k).join(' '));
  }
  return tails;
}

/** Particles that say "son of" or "daughter of" and stand only in people's names. */
const PATRONYMICS = new Set(['bin', 'ibn', 'bint', 'binti']);

/**
 * The type of a name joined over particles from pieces typed `first` and `second`: a place the gazetteer knows ("Rio
 * de Janeiro"); a person's after a patronymic ("Alwaleed bin Talal") or with a person's piece and no body's first
 * ("Charles de Gaulle"); else a body's where either piece is one ("Banque du Caire", "Monte dei Paschi di Siena").
 */
function joinedType(text: string, first: EntityType, second: EntityType, patronymic: boolean): EntityType {
  if (isKnownPlace(text)) return 'place';
  if (patronymic || (first === 'person' || (second === 'person' && first !== 'org'))) return 'person';
  return first === 'org' || second === 'org' ? 'org' : first;
}

/** The particles (one or two) that fill UTF-16 offsets [from, to) of `prose`, each with one space either side; else 0. */
function particlesBetween(prose: string, from: number, to: number): number {
  // ("von der", "bint": no more than two words of up to five letters stand between.)
  if (to - from < 3 || to - from > MAX_PARTICLE_GAP || prose[from] !== ' ' || prose[to - 1] !== ' ') return 0;
  const between = prose.slice(from, to);
  const words = between.slice(1, -1).split(' ');
  return words.length <= MAX_PARTICLES && words.every((w) => readWordList('entity-name-particles-inside.txt').has(w)) ? words.length : 0;
}

/**
 * Grows `m` over the particles right before it ("bin Laden"), when no capitalised word stands before those and `m` is
 * a person's name or the article gives the name with them elsewhere (`tails`: "Osama bin Laden"); not "la Liga". A
 * capitalised particle ("Bin Laden is accused") only for a name the article gives whole.
 */
function growOverParticles(m: EntityMention, article: Article, tails: ReadonlySet<string>): void {
  const prose = article.prose;
  let start = m.start;
  for (let n = 0; n < MAX_PARTICLES && prose[start - 1] === ' '; n++) {
    let k = start - 1;
    while (k > 0 && k > start - 1 - MAX_PARTICLE_LENGTH - 1 && hasLetter(prose[k - 1])) k--;
    if (k === start - 1 || hasLetter(prose[k - 1]) || !readWordList('entity-name-particles-inside.txt').has(prose.slice(k, start - 1).toLowerCase())) break;
    start = k;
  }
  const before = prose[start - 1] === ' ' ? lastWordOf(prose.slice(Math.max(0, start - 1 - WORD_REACH), start - 1)) : '';
  // ("Awad. Bin Awad": a word that ends a sentence stands before no name.)
  if (start === m.start || (isCapitalised(before) && !SENTENCE_ENDS.has(before.slice(-1))) || isLowerInitial(prose[start - 1])) return;
  // A capitalised particle opens a sentence ("Bin Laden is accused"): only a name the article gives whole.
  const grown = article.text.slice(start, m.end);
  const known = tails.has(grown.charAt(0).toLowerCase() + grown.slice(1));
  if (!known && (m.type !== 'person' || isCapitalised(grown))) return;
  m.start = start;
  m.text = article.text.slice(start, m.end);
  m.type = 'person';
}

