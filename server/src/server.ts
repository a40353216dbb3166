// The language server for Node (VS Code desktop, other LSP editors over stdio): the connection the client chose,
// served by serverMain.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './serverMain';

startServer(createConnection(ProposedFeatures.all));
