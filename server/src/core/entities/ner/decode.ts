// Viterbi decoding over BILOU labels with transition constraints, plus max-marginals for per-token confidence.
import { ALLOWED, CAN_END, NUM_LABELS } from './labels';

const L = NUM_LABELS;
const START = L;
const NEG = -1e30;

/**
 * emissions: n*L scores; transitions: (L+1)*L scores, row L = sentence start.
 * Writes the best legal label sequence into `out`.
 */
export function viterbi(emissions: Float64Array, n: number, transitions: Float64Array, out: Uint8Array): void {
  if (n === 0) return;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) {
    score[y] = ALLOWED[START * L + y] ? transitions[START * L + y] + emissions[y] : NEG;
  }
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + y]) continue;
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
    if (CAN_END[y] && s > best) { best = s; arg = y; }
  }
  for (let t = n - 1; t >= 0; t--) {
    out[t] = arg;
    arg = back[t * L + arg];
  }
}

/**
 * For each token, the probability of its chosen label under a softmax of max-marginals (the best legal sequence
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
  for (let y = 0; y < L; y++) alpha[y] = ALLOWED[START * L + y] ? transitions[START * L + y] + emissions[y] : NEG;
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let best = NEG;
      for (let p = 0; p < L; p++) {
        if (ALLOWED[p * L + y]) best = Math.max(best, alpha[(t - 1) * L + p] + transitions[p * L + y]);
      }
      alpha[t * L + y] = best + emissions[t * L + y];
    }
  }
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = CAN_END[y] ? 0 : NEG;
  for (let t = n - 2; t >= 0; t--) {
    for (let y = 0; y < L; y++) {
      let best = NEG;
      for (let x = 0; x < L; x++) {
        if (ALLOWED[y * L + x]) best = Math.max(best, transitions[y * L + x] + emissions[(t + 1) * L + x] + beta[(t + 1) * L + x]);
      }
      beta[t * L + y] = best;
    }
  }
  const conf = new Float64Array(n);
  for (let t = 0; t < n; t++) {
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
