// The extension host's entry point (test-electron's extensionTestsPath, code-server's payload): runs every compiled *.test.js beside it with Mocha.
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';

export const SUITE_START = '=== Newsdesk extension-host suites ===';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  // The code-server driver prints the workbench's console from this line on: what comes before is the workbench's own noise.
  console.log(SUITE_START);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
