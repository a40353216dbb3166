// BILOU label set over the four CoNLL types, its legal transitions, and conversions from IOB1 tags and to spans.

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof TYPES)[number];

/** Label 0 is O; type t has B = 1+4t, I = 2+4t, L = 3+4t, U = 4+4t. */
export const NUM_LABELS = 1 + 4 * TYPES.length;
const PARTS = ['B', 'I', 'L', 'U'] as const;

const part = (label: number) => (label === 0 ? 'O' : PARTS[(label - 1) % 4]);
const typeOf = (label: number) => (label === 0 ? -1 : Math.floor((label - 1) / 4));

/** allowed[prev * NUM_LABELS + next]; prev = NUM_LABELS stands for the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NUM_LABELS + 1) * NUM_LABELS);
  for (let prev = 0; prev <= NUM_LABELS; prev++) {
    for (let next = 0; next < NUM_LABELS; next++) {
      const p = prev === NUM_LABELS ? 'O' : part(prev);
      const n = part(next);
      const open = p === 'B' || p === 'I';
      let ok: boolean;
      if (open) ok = (n === 'I' || n === 'L') && typeOf(prev) === typeOf(next);
      else ok = n === 'O' || n === 'B' || n === 'U';
      a[prev * NUM_LABELS + next] = ok ? 1 : 0;
    }
  }
  return a;
})();

/** Whether a label may end a sentence. */
export const CAN_END: Uint8Array = (() => {
  const a = new Uint8Array(NUM_LABELS);
  for (let l = 0; l < NUM_LABELS; l++) a[l] = part(l) === 'O' || part(l) === 'L' || part(l) === 'U' ? 1 : 0;
  return a;
})();

export interface LabelSpan {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  type: NerType;
}

/** Reads spans from IOB1 tags (I-X continues X; B-X starts a new X right after another X). */
export function spansFromIob1(tags: string[]): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let cur: LabelSpan | null = null;
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag.length < 3) { cur = null; return; }
    const type = tag.slice(2) as NerType;
    if (tag[0] === 'B' || cur === null || cur.type !== type) {
      cur = { start: i, end: i + 1, type };
      spans.push(cur);
    } else cur.end = i + 1;
  });
  return spans;
}

export function bilouFromSpans(length: number, spans: LabelSpan[]): Uint8Array {
  const labels = new Uint8Array(length);
  for (const s of spans) {
    const base = 1 + 4 * TYPES.indexOf(s.type);
    if (s.end - s.start === 1) { labels[s.start] = base + 3; continue; }
    labels[s.start] = base;
    for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = base + 1;
    labels[s.end - 1] = base + 2;
  }
  return labels;
}

export function spansFromBilou(labels: ArrayLike<number>): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let open = -1;
  for (let i = 0; i < labels.length; i++) {
    const p = part(labels[i]);
    const type = TYPES[typeOf(labels[i])];
    if (p === 'U') spans.push({ start: i, end: i + 1, type });
    else if (p === 'B') open = i;
    else if (p === 'L' && open >= 0) { spans.push({ start: open, end: i + 1, type }); open = -1; }
    else if (p === 'O') open = -1;
  }
  return spans;
}
