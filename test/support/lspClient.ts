/**
 * A real LSP client for tests and benchmarks: spawns the built server (or talks to the browser
 * server in Chromium, see browserServer.ts), answers its requests like an editor would, and waits
 * for published diagnostics without sleeping.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type MessageReader,
  type MessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type RegistrationParams,
  type UnregistrationParams,
} from 'vscode-languageserver-protocol/node';
import { ReadFileRequest, type ReadFileResult } from '../../server/src/shared/protocol';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface StartOptions {
  rootUri?: string;
  /** Answers `workspace/configuration` for section `supportTone`; leave out to not offer configuration. */
  settings?: () => unknown;
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  /** Command to run instead of `node dist/server.js --stdio`. */
  command?: string[];
}

/** A running server the client talks to, and how to end it. */
export interface ServerTransport {
  reader: MessageReader;
  writer: MessageWriter;
  close(): Promise<void> | void;
}

/** `supportTone/readFile` answered from the disk, as the VS Code client answers it with `workspace.fs`. */
function readFileForServer(uri: string): ReadFileResult {
  const path = fileURLToPath(uri);
  try {
    if (statSync(path).isDirectory()) return { error: 'it is a directory', missing: false };
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { error: (error as Error).message, missing: (error as NodeJS.ErrnoException).code === 'ENOENT' };
  }
}

export class LspTestClient {
  readonly connection: ProtocolConnection;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: {
    uri: string;
    accept: (params: PublishDiagnosticsParams) => boolean;
    resolve: (params: PublishDiagnosticsParams) => void;
  }[] = [];
  private readonly versions = new Map<string, number>();
  /** Capabilities the server registered (`client/registerCapability`) and not unregistered since, by id. */
  readonly registrations = new Map<string, Registration>();
  private registrationWaiters: (() => void)[] = [];

  private constructor(
    private readonly transport: ServerTransport,
    /** The server's process, when it runs on Node. */
    readonly process?: ChildProcess,
  ) {
    this.connection = createProtocolConnection(transport.reader, transport.writer);
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, [...(this.diagnostics.get(params.uri) ?? []), params]);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.accept(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onRequest('client/registerCapability', (params: RegistrationParams) => {
      for (const registration of params.registrations) this.registrations.set(registration.id, registration);
      for (const wake of this.registrationWaiters.splice(0)) wake();
      return null;
    });
    this.connection.onRequest('client/unregisterCapability', (params: UnregistrationParams) => {
      for (const { id } of params.unregisterations) this.registrations.delete(id);
      for (const wake of this.registrationWaiters.splice(0)) wake();
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest(ReadFileRequest, ({ uri }) => readFileForServer(uri));
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const [command, ...args] = options.command ?? [process.execPath, SERVER, '--stdio'];
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    const transport = {
      reader: new StreamMessageReader(child.stdout),
      writer: new StreamMessageWriter(child.stdin),
      close: () => void child.kill(),
    };
    return LspTestClient.connect(transport, options, child);
  }

  /** A client of a server that is already running, such as the browser server in a worker. */
  static async connect(transport: ServerTransport, options: StartOptions = {}, child?: ChildProcess): Promise<LspTestClient> {
    const client = new LspTestClient(transport, child);
    if (options.settings)
      client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings!()));
    const capabilities: ClientCapabilities = {
      ...options.capabilities,
      workspace: {
        configuration: options.settings !== undefined,
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        ...options.capabilities?.workspace,
      },
    };
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      initializationOptions: options.initializationOptions,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'test' }] : null,
      capabilities,
    });
    void client.connection.sendNotification('initialized', {});
    return client;
  }

  /** Opens a document; diagnostics published for an earlier opening of the same URI are forgotten. */
  open(uri: string, text: string, languageId = 'markdown'): void {
    this.versions.set(uri, 1);
    this.diagnostics.delete(uri);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends an incremental change and returns the new version. */
  change(
    uri: string,
    changes: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[],
  ): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves with the next diagnostics for `uri` that pass `accept` (already published ones count). */
  diagnosticsFor(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const published = (this.diagnostics.get(uri) ?? []).findLast(accept);
    if (published) return Promise.resolve(published);
    return new Promise((resolve) => this.waiters.push({ uri, accept, resolve }));
  }

  /** The options of the registrations of `method` once `accept` takes them (registrations so far count). */
  async registered<T>(method: string, accept: (options: T[]) => boolean): Promise<T[]> {
    for (;;) {
      const options = [...this.registrations.values()]
        .filter((registration) => registration.method === method)
        .map((registration) => registration.registerOptions as T);
      if (accept(options)) return options;
      await new Promise<void>((resolve) => this.registrationWaiters.push(resolve));
    }
  }

  /** Every diagnostics notification published for `uri` so far. */
  published(uri: string): readonly PublishDiagnosticsParams[] {
    return this.diagnostics.get(uri) ?? [];
  }

  /** Diagnostics for a given document version. */
  diagnosticsAt(uri: string, version: number): Promise<Diagnostic[]> {
    return this.diagnosticsFor(uri, (params) => params.version === version).then((params) => params.diagnostics);
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit').catch(() => undefined);
    } finally {
      this.connection.dispose();
      await this.transport.close();
    }
  }
}
