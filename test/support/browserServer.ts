/**
 * The browser build of the language server (dist/server.browser.js) in a Worker of a headless
 * Chromium page, driven through playwright-core: LSP messages travel over the worker's message
 * channel (postMessage), as between the web extension host and the server, bridged to Node.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  Disposable,
  type DataCallback,
  type Message,
} from 'vscode-languageserver-protocol/node';
import type { ServerTransport } from './lspClient';

export const CHROMIUM = '/usr/bin/chromium';
const BUNDLE = join(__dirname, '..', '..', 'dist', 'server.browser.js');
/** A made-up origin the page is served from (playwright answers its requests; nothing goes to the network). */
const ORIGIN = 'http://support-tone.test';

class BridgeReader extends AbstractMessageReader {
  private callback?: DataCallback;
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return Disposable.create(() => (this.callback = undefined));
  }
  deliver(message: Message): void {
    this.callback?.(message);
  }
}

class BridgeWriter extends AbstractMessageWriter {
  /** Messages are posted one after another, in the order they were written. */
  private queue: Promise<void> = Promise.resolve();
  constructor(private readonly post: (message: Message) => Promise<void>) {
    super();
  }
  write(message: Message): Promise<void> {
    this.queue = this.queue.then(() => this.post(message)).catch((error: Error) => this.fireError(error));
    return this.queue;
  }
  end(): void {}
}

/** When the page created the worker, and when its answer to `initialize` and its first diagnostics reached the page. */
interface PageTimings {
  created: number;
  ready?: number;
  diagnostics?: number;
}

/**
 * The browser server (`bundle`: another build of it), started; `timings` gives the milliseconds from the worker's creation until
 * its answer to `initialize` and its first diagnostics reached the page.
 */
export async function startBrowserServer(
  bundle = BUNDLE,
): Promise<ServerTransport & { timings(): Promise<{ ready?: number; diagnostics?: number }> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium).`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    // The language detector's script lies beside the server's, as in dist/.
    const scripts: Record<string, string> = { '/server.js': bundle, '/eld.js': join(dirname(bundle), 'eld.browser.js') };
    await page.route(`${ORIGIN}/**`, (route) => {
      const script = scripts[new URL(route.request().url()).pathname];
      return script
        ? route.fulfill({ body: readFileSync(script, 'utf8'), contentType: 'text/javascript' })
        : route.fulfill({ body: '<!doctype html><title>Support Tone browser server</title>', contentType: 'text/html' });
    });
    await page.goto(`${ORIGIN}/`);
    const reader = new BridgeReader();
    await page.exposeFunction('fromServer', (message: Message) => reader.deliver(message));
    // The scripts are fetched before the clock starts: an editor has the extension's files at hand, while this route hands
    // Chromium megabytes through Playwright's protocol. As the web client does, the worker's first line names the
    // detector's URL (see client/src/extension.browser.ts).
    await page.evaluate(async () => {
      const scope = window as unknown as { script: string };
      // No named functions in here: the test runner's compiler would wrap them in a helper the page lacks.
      const [detector, server] = await Promise.all(
        ['/eld.js', '/server.js'].map(async (path) => new Blob([await (await fetch(path)).text()], { type: 'text/javascript' })),
      );
      const detectorLine = `self.SUPPORT_TONE_ELD_SCRIPT = ${JSON.stringify(URL.createObjectURL(detector))};\n`;
      scope.script = URL.createObjectURL(new Blob([detectorLine, server], { type: 'text/javascript' }));
    });
    await page.evaluate(() => {
      const scope = window as unknown as { server: Worker; script: string; timings: PageTimings; fromServer: (message: unknown) => void };
      scope.timings = { created: performance.now() };
      scope.server = new Worker(scope.script);
      type Incoming = { result?: { capabilities?: unknown }; method?: string; params?: { diagnostics?: unknown[] } };
      scope.server.onmessage = (event: MessageEvent<Incoming>) => {
        // Stamped in the page, as the messages arrive: the bridge to the test process adds its own delay after this.
        const { result, method, params } = event.data;
        if (scope.timings.ready === undefined && result?.capabilities) scope.timings.ready = performance.now();
        if (scope.timings.diagnostics === undefined && method === 'textDocument/publishDiagnostics' && params?.diagnostics?.length)
          scope.timings.diagnostics = performance.now();
        scope.fromServer(event.data);
      };
      scope.server.onerror = (event) => console.error(`worker: ${event.message}`);
    });
    const writer = new BridgeWriter((message) =>
      page.evaluate((each) => (window as unknown as { server: Worker }).server.postMessage(each), message),
    );
    return {
      reader,
      writer,
      timings: () =>
        page.evaluate(() => {
          const { created, ready, diagnostics } = (window as unknown as { timings: PageTimings }).timings;
          return {
            ready: ready === undefined ? undefined : ready - created,
            diagnostics: diagnostics === undefined ? undefined : diagnostics - created,
          };
        }),
      close: async () => {
        await browser.close();
        if (errors.length > 0) throw new Error(`The browser server failed:\n${errors.join('\n')}`);
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
