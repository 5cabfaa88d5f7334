import {
  BulkRegistration,
  CodeActionRequest,
  CodeLensRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  TextDocumentSyncKind,
  type BulkUnregistration,
  type ClientCapabilities,
  type CodeActionOptions,
  type Connection,
  type DocumentFilter,
} from 'vscode-languageserver';
import { FIX_ALL_KIND } from './codeActions';

/** The server's code actions, for the client's own document selector and for JSON and YAML files of replies alike. */
export const CODE_ACTION_OPTIONS: CodeActionOptions = { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false };

/**
 * JSON and YAML files of replies (by name, or by a config's `formats` globs) are not whole languages the client can sync: the
 * server asks for them itself, by registering text sync and its features for a document selector of those files only, and
 * registers it again when a config's globs change. A client without dynamic registration syncs what its own selector says.
 */
export class ReplyFileRegistration {
  private selector = '';
  private registered: Promise<BulkUnregistration | undefined> = Promise.resolve(undefined);

  constructor(
    private readonly connection: Connection,
    private readonly capabilities: ClientCapabilities,
    private readonly pullDiagnostics: boolean,
  ) {}

  /** Whether the client takes the registration: it syncs documents for a selector the server names. */
  get supported(): boolean {
    return this.capabilities.textDocument?.synchronization?.dynamicRegistration === true;
  }

  /** Whether these files' diagnostics are pulled through their own registration (not the client's workspace pull). */
  get pullsDiagnostics(): boolean {
    return this.supported && this.pullDiagnostics && this.capabilities.textDocument?.diagnostic?.dynamicRegistration === true;
  }

  /** Registers the selector, replacing the previous one (the new one first, so files in both stay open); nothing when unchanged. */
  update(documentSelector: DocumentFilter[]): void {
    const key = JSON.stringify(documentSelector);
    if (!this.supported || key === this.selector) return;
    this.selector = key;
    const text = this.capabilities.textDocument;
    const bulk = BulkRegistration.create();
    bulk.add(DidOpenTextDocumentNotification.type, { documentSelector });
    bulk.add(DidChangeTextDocumentNotification.type, { documentSelector, syncKind: TextDocumentSyncKind.Incremental });
    bulk.add(DidCloseTextDocumentNotification.type, { documentSelector });
    if (text?.codeAction?.dynamicRegistration) bulk.add(CodeActionRequest.type, { documentSelector, ...CODE_ACTION_OPTIONS });
    if (text?.hover?.dynamicRegistration) bulk.add(HoverRequest.type, { documentSelector });
    if (text?.codeLens?.dynamicRegistration) bulk.add(CodeLensRequest.type, { documentSelector, resolveProvider: false });
    if (this.pullsDiagnostics)
      bulk.add(DocumentDiagnosticRequest.type, {
        documentSelector,
        identifier: 'support-tone-replies',
        interFileDependencies: false,
        workspaceDiagnostics: false,
      });
    const previous = this.registered;
    this.registered = (async () => {
      const next = await this.connection.client.register(bulk);
      (await previous)?.dispose();
      return next;
    })().catch((error: unknown) => {
      this.connection.console.error(`Support Tone could not register its JSON and YAML files: ${String(error)}`);
      return undefined;
    });
  }
}
