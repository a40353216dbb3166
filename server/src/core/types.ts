// Shared vocabulary of the analysis core: spans, the article model, mentions and findings.
// Every offset is a UTF-16 index into the file's full text (front matter included), end exclusive.
import type { LineIndex } from './lines';

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'person' | 'org' | 'place' | 'other';
export type Severity = 'off' | 'hint' | 'info' | 'warning' | 'error';

/** One sentence of prose; `paragraph` indexes Article.paragraphs. */
interface Sentence extends Span {
  paragraph: number;
}

interface SourceEntry {
  id: string;
  name?: string;
  url?: string;
  span?: Span;
}

export interface RegistryEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description?: string;
  wikidata?: string;
  /** Where the entry was declared: 'front-matter' or a workspace file path. */
  origin: string;
  span?: Span;
}

export interface FrontMatter {
  /** The whole `---` block, fences included. */
  span: Span;
  data: Record<string, unknown>;
  /** ISO date (YYYY-MM-DD) from `published:` or `date:`, if valid. */
  published: string | null;
  sources: SourceEntry[];
  entities: RegistryEntry[];
}

export type TagKind = 'person' | 'org' | 'place' | 'entity' | 'cite';

export interface Tag extends Span {
  kind: TagKind;
  /** The label's span (the words inside the brackets); empty for `:cite{src=…}`. */
  label: Span;
  text: string;
  attributes: Record<string, string>;
}

export interface Citation extends Span {
  kind: 'cite' | 'footnote' | 'link';
  src?: string;
  url?: string;
  label?: string;
}

/** A problem in the article's own markup (front matter, tags), reported as a finding. */
export interface MarkupProblem extends Span {
  rule: 'invalid-front-matter' | 'malformed-tag' | 'paragraph-markup-skipped';
  message: string;
}

export interface IgnoreRegion extends Span {
  /** Empty = every rule. */
  rules: string[];
}

export interface Article {
  text: string;
  /**
   * Same length as `text`, with markup blanked to spaces (front matter, tag syntax, link
   * targets, footnotes, HTML comments, code) and the words kept, so recognisers can read
   * prose and still report offsets into `text`. One exception: a possessive "'s" right after
   * markup moves up against the word it belongs to (":org[BBC]'s" reads "BBC's"), two places earlier.
   */
  prose: string;
  frontMatter: FrontMatter | null;
  tags: Tag[];
  citations: Citation[];
  paragraphs: Span[];
  sentences: Sentence[];
  ignores: IgnoreRegion[];
  problems: MarkupProblem[];
  /** Inline markup spans (tags, links, bare URLs, images, footnote references, code, emphasis): fixes insert outside them. */
  inlineMarkup: Span[];
  /** Text directives that are not Newsdesk tags (":abbr[NATO]{title=…}"), kept as prose; a tag cannot be written inside one. */
  foreignDirectives: Span[];
  /** Lines of `text` (\r\n, \r, \n), built once: every line start, line break and LSP position is read from it. */
  lines: LineIndex;
  /** Dates are read only before this offset when the document holds more date words than its budget (article.ts). */
  dateLimit?: number;
}

export interface TextEdit extends Span {
  newText: string;
}

/** A fix for a finding; offsets refer to the analysed text. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
  /** newText of some edits is an LSP snippet ($1, ${2:name}); plain `edits` stay valid without it. */
  snippetEdits?: TextEdit[];
  /** Some fixes edit another file (the registry, the config). */
  fileEdits?: { path: string; content: string; create: boolean }[];
}

export interface Finding extends Span {
  rule: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  text: string;
  fixes?: Fix[];
}

/** A mention the recogniser or a tag found. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  tagged: boolean;
  /** Registry id from the tag's `id` or a registry name/alias match. */
  id: string | null;
  /** Mentions of one entity share a group key (see entities/linking.ts). */
  group: string;
  /** Model confidence in [0,1] for untagged mentions; 1 for tags. */
  confidence: number;
  /** The recogniser's own label, e.g. PER/ORG/LOC/MISC, or 'tag' / 'registry'. */
  source: string;
  /** Start offset of the tagged mention these words were read with ("Robert" beside :person[Bosch]): linked to it. */
  partOf?: number;
}

export type FigureKind = 'money' | 'percent' | 'count' | 'measure' | 'ratio' | 'rate';

export interface Attribution extends Span {
  kind: 'cite' | 'footnote' | 'link' | 'verb' | 'according-to' | 'quote' | 'results';
  text: string;
}

export interface FigureMention extends Span {
  text: string;
  kind: FigureKind;
  /** Normalised number (the lower bound of a range), null when vague ("millions of"). */
  value: number | null;
  valueMax?: number | null;
  /** ISO 4217 currency for money, '%' for percentages, the counted noun or unit otherwise. */
  unit: string | null;
  approximate: boolean;
  vague: boolean;
  sentence: number;
  sourced: boolean;
  attribution: Attribution | null;
  /** The counted noun with its modifiers and place ("us troops in iraq"): figures compare only when these agree. */
  qualifier?: string;
  /** Set when a desk would not ask for this figure's source (figures/needSource.ts); unsourced-figure skips it. */
  noSourceNeeded?: NoSourceNeeded;
}

/**
 * Why a figure needs no source of its own (LABELLING.md `needs_source: false`): it converts the figure before it
 * ("3 miles (5 km)") or restates it per share ("$12.4 million, or 91 cents a share"), it is a heading figure the body gives again, it is a statistic of the game the article reports,
 * it is a fixed fact of record ("the borough's 17 wards"), or it is a share index's or share price's level or move on
 * the trading day the article reports ("The FTSE 100 closed up 23 points"), or a small count whose items the sentence
 * names ("Two terrorists, Abu Nidal and Abu Abbas, …"), or the one unit of a currency an exchange rate is quoted
 * against ("One dollar bought 102.55 yen"), or the writer's own account of what they saw or did ("I find two monitors"),
 * or a small count in words of the story's own subjects ("Two UK gamers are about to embark on a world tour"), or
 * the most a penalty the law sets may be ("carries a fine of up to $250,000").
 * `restates` is the figure it repeats (for a rate's base, the rate).
 */
export interface NoSourceNeeded {
  kind: 'conversion' | 'restatement' | 'headline' | 'result' | 'record' | 'market' | 'enumerated' | 'rate-base' | 'own-account' | 'story-count' | 'legal-limit' | 'table';
  restates?: Span & { text: string };
}

export interface DateMention extends Span {
  text: string;
  /** ISO 8601 at the text's precision (2024, 2024-09, 2024-09-11, 2024-W37), or null. */
  value: string | null;
  relative: boolean;
  kind: 'date' | 'duration' | 'time' | 'set';
  /** How the value was reached, in words for the hover. */
  explanation: string;
  sentence: number;
  /** Precision of `value`: quarters read 2024-Q3, halves 2024-H1, seasons 2024-SU, decades 199 (TimeML). */
  grain?: 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';
  /** The weekday written in the text (0 = Sunday … 6 = Saturday) and where it stands. */
  weekday?: number;
  weekdaySpan?: Span;
  /** A stretch: "the first five months of 2024" (2024-01 … 2024-05), "March 3 to 5". */
  rangeStart?: string;
  rangeEnd?: string;
  /** The tense governing the date, and the word it was read from. */
  tense?: 'past' | 'present' | 'future' | null;
  tenseCue?: Span;
  /** text: written in full; publication: a fixed step from it ("last week"); tense: year or direction chosen by the tense. */
  resolvedBy?: 'text' | 'publication' | 'tense';
  /** kind 'duration': ISO 8601 duration ("P3D") and its length in days when it has one. */
  duration?: string;
  durationDays?: number;
  /** Vague references: "now" (present), "recently" (past), "in the future"; also a duration ahead ("the next three years") or back from publication ("the past three years"). */
  reference?: 'past' | 'present' | 'future';
  /** "early 1989", "mid-2004", "late last year": which third of the year or month the text names (TimeML `mod`). */
  mod?: 'START' | 'MID' | 'END';
  /** A day written as an event's name ("the September 11 attacks", "after 9/11"): which event; `value` is its day. */
  event?: string;
}
