/** `support-tone lsp`: the language server, for Neovim, Helix, Emacs and other LSP clients. Never resolves. */
export async function runLsp(): Promise<never> {
  const [{ createConnection, ProposedFeatures }, { startServer }] = await Promise.all([
    import('vscode-languageserver/node'),
    import('../../lsp/server'),
  ]);
  if (!process.argv.some((argument) => argument === '--node-ipc' || argument.startsWith('--socket'))) process.argv.push('--stdio');
  startServer(createConnection(ProposedFeatures.all));
  return new Promise<never>(() => undefined);
}
