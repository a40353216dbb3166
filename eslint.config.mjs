// ESLint for the shipped TypeScript and its tests: typescript-eslint's recommended rules, and a complexity warning
// (cyclomatic complexity over 15 in one function) that points at code to split.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-output/**', '.tools/**', 'scripts/tmp/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      complexity: ['warn', 15],
    },
  },
  // Tests read JSON from the CLI and the language server and poke at editor objects: \`any\` stays there, not in shipped code.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
