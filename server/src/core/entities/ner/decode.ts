// Viterbi decoding over BILOU labels with transition constraints, plus max-marginals for per-token confidence.
import { ALLOWED, CAN_END, NUM_LABELS } from './labels';

// Module-level copies: imported bindings can compile to getter calls, too slow for the inner loops.
const L = NUM_LABELS;
const START = L;
const NEG = -1e30;
const allowed = ALLOWED;
const canEnd = CAN_END;
/** For each label, the labels that may precede it (excluding the start row). */
const PREVS: Uint8Array[] = Array.from({ length: L }, (_, y) =>
  Uint8Array.from(Array.from({ length: L }, (_, p) => p).filter((p) => allowed[p * L + y])));
/** For each label, the labels that may follow it. */
const NEXTS: Uint8Array[] = Array.from({ length: L }, (_, y) =>
  Uint8Array.from(Array.from({ length: L }, (_, x) => x).filter((x) => allowed[y * L + x])));

/**
 * emissions: n*L scores; transitions: (L+1)*L scores, row L = sentence start.
 * Writes the best legal label sequence into `out`.
 */
export function viterbi(emissions: Float64Array, n: number, transitions: Float64Array, out: Uint8Array): void {
  if (n === 0) return;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) {
    score[y] = allowed[START * L + y] ? transitions[START * L + y] + emissions[y] : NEG;
  }
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let best = NEG;
      let arg = 0;
      const prevs = PREVS[y];
      for (let k = 0; k < prevs.length; k++) {
        const p = prevs[k];
        const s = score[(t - 1) * L + p] + transitions[p * L + y];
        if (s > best) { best = s; arg = p; }
      }
      score[t * L + y] = best + emissions[t * L + y];
      back[t * L + y] = arg;
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
 * For each token inside an entity (label not O), the probability of its chosen label under a softmax of max-marginals (the best legal sequence
 * through each label) at the given temperature.
 */
export function tokenConfidence(
  emissions: Float64Array,
  n: number,
  transitions: Float64Array,
  labels: Uint8Array,
  temperature: number,
): Float64Array {
  const alpha = new Float64Array(n * L);
  const beta = new Float64Array(n * L);
  for (let y = 0; y < L; y++) alpha[y] = allowed[START * L + y] ? transitions[START * L + y] + emissions[y] : NEG;
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let best = NEG;
      const prevs = PREVS[y];
      for (let k = 0; k < prevs.length; k++) {
        const p = prevs[k];
        const s = alpha[(t - 1) * L + p] + transitions[p * L + y];
        if (s > best) best = s;
      }
      alpha[t * L + y] = best + emissions[t * L + y];
    }
  }
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = canEnd[y] ? 0 : NEG;
  for (let t = n - 2; t >= 0; t--) {
    for (let y = 0; y < L; y++) {
      let best = NEG;
      const nexts = NEXTS[y];
      for (let k = 0; k < nexts.length; k++) {
        const x = nexts[k];
        const s = transitions[y * L + x] + emissions[(t + 1) * L + x] + beta[(t + 1) * L + x];
        if (s > best) best = s;
      }
      beta[t * L + y] = best;
    }
  }
  const conf = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    if (labels[t] === 0) continue;
    const chosen = alpha[t * L + labels[t]] + beta[t * L + labels[t]];
    let z = 0;
    for (let y = 0; y < L; y++) {
      const m = alpha[t * L + y] + beta[t * L + y];
      if (m > NEG / 2) z += Math.exp((m - chosen) / temperature);
    }
    conf[t] = 1 / z;
  }
  return conf;
}
