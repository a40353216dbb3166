// Hover: the entity, figure or date under the cursor, explained from the shared analysis.
import type { Hover } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze';
import { describeEntity } from '../core/entities/describe';
import { describeFigure } from '../core/figures';
import { describeDate } from '../core/dates';

export function hoverAt(analysis: Analysis, offset: number): Hover | null {
  const within = <T extends { start: number; end: number }>(items: T[]) => items.find((i) => offset >= i.start && offset < i.end) ?? items.find((i) => offset === i.end);
  const entity = within(analysis.entities);
  const figure = within(analysis.figures);
  const date = within(analysis.dates);
  const target = entity ?? figure ?? date;
  if (!target) return null;
  const value = entity ? describeEntity(entity, analysis) : figure ? describeFigure(figure) : describeDate(date!);
  return { contents: { kind: 'markdown', value }, range: analysis.lines.range(target.start, target.end) };
}
