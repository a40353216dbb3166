// The fix-safety property (issue 14): apply one fix (or "Tag all"), re-analyse, and say what the fix broke.
//
// A fix is safe when, after it is applied:
//   - every word of the original text is still there, whole (no insertion inside a word, no word retyped
//     except the words a replacement fix is meant to change);
//   - every tag it inserted parses as a tag (no new malformed-tag, each inserted `:kind[` opens a tag);
//   - its own finding is gone (no finding of the same rule on the fixed words);
//   - it caused no new finding (every finding after the fix maps to a finding before it). A finding is the same
//     problem when it has the same rule on the same words, or reports the same thing elsewhere: an untagged entity
//     whose words were a mention of an entity already flagged (the finding stands at a group's first untagged
//     mention, so tagging that mention moves it), or two spellings of one name already reported (the majority
//     spelling, and so which one is flagged, can change when a tag makes another mention known).
import { analyze, type Analysis, type AnalyzeOptions } from '../../server/src/core/analyze';
import { variantKey } from '../../server/src/core/entities/variants';
import type { Finding, TextEdit } from '../../server/src/core/types';

export type Violation = 'damaged-word' | 'unparsed-tag' | 'own-finding-left' | 'new-finding';

export interface FixReport {
  /** The finding's rule, or 'tag-all' for the source action. */
  rule: string;
  title: string;
  violations: { kind: Violation; detail: string }[];
}

// Letters, digits, marks and invisible format characters (a soft hyphen or a joiner inside a word) are word characters.
const WORD = /[\p{L}\p{N}\p{M}\p{Cf}]/u;

/** Applies non-overlapping edits given as offsets into `text`; edits at one offset keep their order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Maps an offset of the original text through the edits. `side` says where an offset that sits exactly
 * at an insertion point lands: 'after' the inserted text (a word's start) or 'before' it (a word's end).
 */
function mapOffset(offset: number, edits: readonly TextEdit[], side: 'before' | 'after'): number {
  let shift = 0;
  for (const e of edits) {
    const delta = e.newText.length - (e.end - e.start);
    if (e.end < offset || (e.end === offset && (e.start < e.end || side === 'after'))) shift += delta;
  }
  return offset + shift;
}

function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD.test(text[i]);
}

function wordDamage(text: string, edits: readonly TextEdit[]): string[] {
  const problems: string[] = [];
  for (const e of edits) {
    // An edit boundary strictly inside a word splits or retypes part of it.
    for (const at of e.start === e.end ? [e.start] : [e.start, e.end]) {
      if (isWordChar(text, at - 1) && isWordChar(text, at)) problems.push(`edit at ${at} splits “${around(text, at)}”`);
    }
    // An insertion glued to a word on a side where it adds letters changes that word.
    if (e.start === e.end && e.newText) {
      if (isWordChar(text, e.start - 1) && WORD.test(e.newText[0])) problems.push(`insertion “${e.newText}” joins the word before ${e.start}`);
      if (isWordChar(text, e.start) && WORD.test(e.newText[e.newText.length - 1])) problems.push(`insertion “${e.newText}” joins the word at ${e.start}`);
    }
  }
  return problems;
}

function around(text: string, at: number): string {
  return text.slice(Math.max(0, at - 12), at + 12).replace(/\s+/g, ' ');
}

const key = (f: Pick<Finding, 'rule' | 'start' | 'end'>) => `${f.rule}@${f.start}-${f.end}`;

/** Checks one fix against the article it was offered on. `before` must be the analysis of `text`. */
function checkFix(text: string, before: Analysis, rule: string, title: string, edits: readonly TextEdit[], options: AnalyzeOptions = {}, fixed?: Finding[]): FixReport {
  const violations: FixReport['violations'] = [];
  for (const d of wordDamage(text, edits)) violations.push({ kind: 'damaged-word', detail: d });
  const after = analyze(applyEdits(text, edits), options);
  const sorted = [...edits].sort((a, b) => a.start - b.start);

  // Inserted tags parse: each `:kind[` the fix wrote opens a tag in the new text, and no malformed-tag is new.
  for (const e of sorted) {
    const opener = /^:(person|org|place|entity|cite)\[/.exec(e.newText);
    if (!opener) continue;
    // Other insertions at the same offset (an escape before the tag) come first: the tag opens after them.
    const at = mapOffset(e.start, sorted, 'before');
    const before = sorted.filter((x) => x !== e && x.start === e.start && x.end === e.start && sorted.indexOf(x) < sorted.indexOf(e)).reduce((n, x) => n + x.newText.length, 0);
    if (!after.article.tags.some((t) => t.start === at + before)) violations.push({ kind: 'unparsed-tag', detail: `“${e.newText}” at ${e.start} is not a tag after the fix` });
  }

  // The fix's own findings are gone.
  for (const f of fixed ?? []) {
    const s = mapOffset(f.start, sorted, 'after');
    const t = mapOffset(f.end, sorted, 'before');
    const left = after.findings.find((g) => g.rule === f.rule && g.start < t && s < g.end);
    if (left) violations.push({ kind: 'own-finding-left', detail: `${f.rule} still on “${left.text}”` });
  }

  // Nothing new: every finding after the fix was there before (same rule, same words, mapped position).
  const mapped = (f: { start: number; end: number }) => ({ start: mapOffset(f.start, sorted, 'after'), end: mapOffset(f.end, sorted, 'before') });
  const old = new Set(before.findings.map((f) => key({ rule: f.rule, ...mapped(f) })));
  const oldLoose = new Set(before.findings.map((f) => `${f.rule}:${f.text}`));
  // Every mention of an entity flagged as untagged, and every spelling key already reported.
  const flaggedGroups = new Set(before.findings.filter((f) => f.rule === 'untagged-entity').map((f) => before.entities.find((m) => m.start === f.start && m.end === f.end)?.group));
  const flaggedMentions = new Set(before.entities.filter((m) => flaggedGroups.has(m.group)).map((m) => key({ rule: 'untagged-entity', ...mapped(m) })));
  // A fix that rewrites mentions (entity-first-reference swaps "Mr Kennedy" and "Charles Kennedy") moves the entity's
  // finding onto a form the entity already had.
  const flaggedForms = new Set(before.entities.filter((m) => flaggedGroups.has(m.group)).map((m) => m.text));
  const spellings = new Set(before.findings.filter((f) => f.rule === 'entity-spelling').map((f) => variantKey(f.text)));
  // The same name, flagged at the same place on fewer of its words ("Al Aynsley-Green" then "Al Aynsley", once "Green"
  // is tagged elsewhere and the recogniser reads the hyphenated name in two pieces): the same warning, not a new one.
  const flaggedSpans = before.findings.filter((f) => f.rule === 'untagged-entity').map(mapped);
  for (const g of after.findings) {
    if (old.has(key(g))) continue;
    // Under tag policy "first", tagging one mention may move the finding to another mention it already counted.
    if (oldLoose.has(`${g.rule}:${g.text}`)) continue;
    if (g.rule === 'untagged-entity' && (flaggedMentions.has(key(g)) || flaggedForms.has(g.text))) continue;
    if (g.rule === 'untagged-entity' && flaggedSpans.some((o) => o.start === g.start && g.end <= o.end)) continue;
    if (g.rule === 'entity-spelling' && spellings.has(variantKey(g.text))) continue;
    violations.push({ kind: 'new-finding', detail: `${g.rule} on “${g.text}”` });
  }
  return { rule, title, violations };
}

/**
 * Every fix offered on an article, each checked alone, then "Tag all untagged entities" (the preferred tag
 * fix of every untagged-entity finding, as the server's source action builds it).
 */
export function checkAllFixes(text: string, options: AnalyzeOptions = {}): FixReport[] {
  const before = analyze(text, options);
  const reports: FixReport[] = [];
  for (const f of before.findings) {
    for (const fix of f.fixes ?? []) {
      if (fix.edits.length === 0) continue;
      // A "Tag all N mentions" fix clears every finding it tags; a single fix clears its own.
      reports.push(checkFix(text, before, f.rule, fix.title, fix.edits, options, [f]));
    }
  }
  // The source action tags every finding that has a preferred tag fix (one inside another tool's directive has none).
  const untagged = before.findings.filter((f) => f.rule === 'untagged-entity' && f.fixes?.some((x) => x.preferred));
  const tagAll = untagged.flatMap((f) => f.fixes?.find((x) => x.preferred)?.edits ?? []);
  if (tagAll.length > 0) reports.push(checkFix(text, before, 'tag-all', 'Tag all untagged entities', tagAll, options, untagged));
  return reports;
}
