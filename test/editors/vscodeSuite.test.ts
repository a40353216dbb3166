// Runs the extension-host suites (test/vscode/suite) inside code-server's real workbench and remote extension host, read back through Chromium.
import { strict as assert } from 'assert';
import { SUITE_START } from '../vscode/suite/index';
import { stage } from '../vscode/stage';
import { haveChromium, haveCodeServer, INSTALL_HINT, launchChromium, startCodeServer } from './codeServer';
import { requireTool } from './tools';
import { format } from 'util';

describe('VS Code extension-host suites in code-server', function () {
  this.timeout(240000);
  before(function () {
    requireTool(this, 'code-server', haveCodeServer(), INSTALL_HINT);
    requireTool(this, 'Chromium', haveChromium(), INSTALL_HINT);
  });

  it('diagnostics, hover, quick fixes, settings and restart suites all pass', async () => {
    const staged = await stage('code-server');
    const server = await startCodeServer({ smokeTestDriver: true });
    const browser = await launchChromium();
    const log: string[] = [];
    try {
      const page = await browser.newPage();
      const exit = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
      await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
        log.push(format(...(Array.isArray(args) ? args : [args])));
      });
      const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
      const payload = [['extensionDevelopmentPath', remote(staged.extensionDir)], ['extensionTestsPath', remote(staged.testsPath)], ['skipWelcome', 'true']];
      await page.goto(`${server.url}/?folder=${encodeURIComponent(staged.workspaceDir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('the extension host did not report an exit code within 200 s')), 200000); });
      const code = await Promise.race([exit, deadline]).finally(() => clearTimeout(timer));
      const start = log.findIndex((l) => l.includes(SUITE_START));
      console.log((start >= 0 ? log.slice(start) : log).join('\n').replace(/^/gm, '      '));
      assert.equal(code, 0, 'the extension host reports failures (log above)');
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
