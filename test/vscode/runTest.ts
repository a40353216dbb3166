// npm run test:vscode: the extension-host suites in desktop VS Code via @vscode/test-electron (set VSCODE_EXECUTABLE_PATH where it cannot download).
import { runTests } from '@vscode/test-electron';
import * as fs from 'fs';
import * as path from 'path';
import { stage } from './stage';

async function main(): Promise<void> {
  const staged = await stage('electron');
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  if (vscodeExecutablePath && !fs.existsSync(vscodeExecutablePath)) throw new Error(`VSCODE_EXECUTABLE_PATH=${vscodeExecutablePath} does not exist`);
  const userDataDir = path.join(path.dirname(staged.workspaceDir), 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'user-settings.json'), path.join(userDataDir, 'User', 'settings.json'));
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: staged.extensionDir,
    extensionTestsPath: staged.testsPath,
    launchArgs: [staged.workspaceDir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', `--user-data-dir=${userDataDir}`],
  });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  if (!process.env.VSCODE_EXECUTABLE_PATH) console.error('No VS Code download here? Point VSCODE_EXECUTABLE_PATH at a desktop VS Code binary, or run npm run test:editors (code-server).');
  process.exit(1);
});
