/** `support-tone lsp`: the language server, for Neovim, Helix, Emacs and other LSP clients. Never resolves. */
export async function runLsp(): Promise<never> {
  if (!process.argv.some((argument) => argument === '--node-ipc' || argument.startsWith('--socket'))) process.argv.push('--stdio');
  await import('../../lsp/main.node'); // starts the server
  return new Promise<never>(() => undefined);
}
