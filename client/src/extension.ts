// The VS Code client: starts the Newsdesk language server for articles, watches the workspace config, offers a restart.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const output = vscode.window.createOutputChannel('Newsdesk');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: {
      configurationSection: 'newsdesk',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.newsdesk/*.yaml'),
    },
    outputChannel: output,
  };
  client = new LanguageClient('newsdesk', 'Newsdesk', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = 'newsdesk.showOutput';
  const showState = (state: State) => {
    status.text = state === State.Running ? '$(check) Newsdesk' : state === State.Starting ? '$(sync~spin) Newsdesk' : '$(error) Newsdesk';
    status.tooltip = state === State.Running ? 'Newsdesk is checking articles. Click for its log.' : 'Newsdesk is not running. Click for its log; run "Newsdesk: Restart Server" to retry.';
  };
  showState(State.Starting);
  status.show();

  context.subscriptions.push(
    output,
    status,
    client.onDidChangeState((e) => showState(e.newState)),
    vscode.commands.registerCommand('newsdesk.restartServer', async () => {
      if (!client) return;
      await client.restart();
      void vscode.window.setStatusBarMessage('Newsdesk server restarted', 3000);
    }),
    vscode.commands.registerCommand('newsdesk.showOutput', () => output.show(true)),
  );
  await client.start();
  return client;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
