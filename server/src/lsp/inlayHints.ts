// Inlay hints: the resolved calendar date after each relative date expression ("on Wednesday" → Wed 11 Sep 2024).
import type { InlayHint } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze';
import { inlayHintLabel } from '../core/dates';

export function inlayHints(analysis: Analysis, from: number, to: number): InlayHint[] {
  if (!analysis.config.inlayHints) return [];
  const hints: InlayHint[] = [];
  for (const d of analysis.dates) {
    if (d.end < from || d.start > to) continue;
    const label = inlayHintLabel(d);
    if (label) hints.push({ position: analysis.lines.positionAt(d.end), label, paddingLeft: true });
  }
  return hints;
}
