// invalid-config: problems in the workspace's .newsdesk/config.yaml and entities.yaml, found while they are read
// (core/workspace.ts). Reported on those files, not on an article, so it is not in RULES; it is in the catalogue.
import type { FileProblem } from '../workspace';

export const invalidConfig = {
  id: 'invalid-config',
  defaultSeverity: 'error' as const,
  description: 'A .newsdesk/config.yaml or entities.yaml that cannot be read or has a wrong key or value ("dateStyle: APP", an entity without an id); the defaults stand in for what is wrong.',
  /** The findings for one config file: each problem with its own severity (a wrong value is a warning). */
  check(problems: readonly FileProblem[]): { start: number; end: number; message: string; severity: 'error' | 'warning' }[] {
    return problems.map(({ start, end, message, severity }) => ({ start, end, message, severity }));
  },
};
