// Viterbi decoding over BILOU labels with transition constraints, plus max-marginals for per-token confidence.
import { ALLOWED, CAN_END, NUM_LABELS } from './labels';

// Module-level copies: imported bindings can compile to getter calls, too slow for the inner loops.
const L = NUM_LABELS;
const START = L;
const NEG = -1e30;
const allowed = ALLOWED;
const canEnd = CAN_END;

/** Flattened adjacency: the labels that may precede (PREV) or follow (NEXT) label y are LIST[FROM[y]..FROM[y+1]). */
function adjacency(legal: (y: number, other: number) => boolean): { from: Uint8Array; list: Uint8Array } {
  const from = new Uint8Array(L + 1);
  const list: number[] = [];
  for (let y = 0; y < L; y++) {
    from[y] = list.length;
    for (let o = 0; o < L; o++) if (legal(y, o)) list.push(o);
  }
  from[L] = list.length;
  return { from, list: Uint8Array.from(list) };
}
const { from: PREV_FROM, list: PREV_LIST } = adjacency((y, p) => allowed[p * L + y] === 1);
const { from: NEXT_FROM, list: NEXT_LIST } = adjacency((y, x) => allowed[y * L + x] === 1);

/**
 * Decodes sentences with buffers reused across calls. emissions: n*L scores; transitions: (L+1)*L scores, row L =
 * sentence start.
 */
export class Decoder {
  /** Forward max-scores (the best legal prefix ending in each label), kept for confidence(). */
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private back = new Uint8Array(0);

  /** Writes the best legal label sequence into `out`. */
  viterbi(emissions: Float64Array, n: number, transitions: Float64Array, out: Uint8Array): void {
    if (n === 0) return;
    if (this.alpha.length < n * L) {
      const size = Math.max(n * L, 2 * this.alpha.length);
      this.alpha = new Float64Array(size);
      this.beta = new Float64Array(size);
      this.back = new Uint8Array(size);
    }
    const score = this.alpha;
    const back = this.back;
    for (let y = 0; y < L; y++) {
      score[y] = allowed[START * L + y] ? transitions[START * L + y] + emissions[y] : NEG;
    }
    for (let t = 1; t < n; t++) {
      const row = t * L;
      const prevRow = row - L;
      for (let y = 0; y < L; y++) {
        let best = NEG;
        let arg = 0;
        for (let k = PREV_FROM[y], end = PREV_FROM[y + 1]; k < end; k++) {
          const p = PREV_LIST[k];
          const s = score[prevRow + p] + transitions[p * L + y];
          if (s > best) { best = s; arg = p; }
        }
        score[row + y] = best + emissions[row + y];
        back[row + y] = arg;
      }
    }
    let best = NEG;
    let arg = 0;
    for (let y = 0; y < L; y++) {
      const s = score[(n - 1) * L + y];
      if (canEnd[y] && s > best) { best = s; arg = y; }
    }
    for (let t = n - 1; t >= 0; t--) {
      out[t] = arg;
      arg = back[t * L + arg];
    }
  }

  /**
   * After viterbi() on the same sentence: for each token inside an entity (label not O), the probability of its chosen
   * label under a softmax of max-marginals (the best legal sequence through each label) at the given temperature;
   * 0 for the others.
   */
  confidence(emissions: Float64Array, n: number, transitions: Float64Array, labels: Uint8Array, temperature: number, out: Float64Array): void {
    let first = 0;
    while (first < n && labels[first] === 0) first++;
    if (first === n) return;
    const alpha = this.alpha;
    const beta = this.beta;
    for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = canEnd[y] ? 0 : NEG;
    for (let t = n - 2; t >= first; t--) {
      const row = t * L;
      const nextRow = row + L;
      for (let y = 0; y < L; y++) {
        let best = NEG;
        for (let k = NEXT_FROM[y], end = NEXT_FROM[y + 1]; k < end; k++) {
          const x = NEXT_LIST[k];
          const s = transitions[y * L + x] + emissions[nextRow + x] + beta[nextRow + x];
          if (s > best) best = s;
        }
        beta[row + y] = best;
      }
    }
    for (let t = first; t < n; t++) {
      if (labels[t] === 0) continue;
      const row = t * L;
      const chosen = alpha[row + labels[t]] + beta[row + labels[t]];
      let z = 0;
      for (let y = 0; y < L; y++) {
        const m = alpha[row + y] + beta[row + y];
        if (m > NEG / 2) z += Math.exp((m - chosen) / temperature);
      }
      out[t] = 1 / z;
    }
  }
}

const shared = new Decoder();

/** Writes the best legal label sequence for one sentence into `out`. */
export function viterbi(emissions: Float64Array, n: number, transitions: Float64Array, out: Uint8Array): void {
  shared.viterbi(emissions, n, transitions, out);
}
