/**
 * The browser build of the language server (dist/server.browser.js) in a Worker of a headless
 * Chromium page, driven through playwright-core: LSP messages travel over the worker's message
 * channel (postMessage), as between the web extension host and the server, bridged to Node.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * The browser server (`bundle`: another build of it), started; `startedAt` is when (Node's `performance.now()`) the page was told to
 * create the worker.
 */
export async function startBrowserServer(bundle = BUNDLE): Promise<ServerTransport & { startedAt: number }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium).`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.route(`${ORIGIN}/**`, (route) =>
      route.request().url().endsWith('/server.js')
        ? route.fulfill({ body: readFileSync(bundle, 'utf8'), contentType: 'text/javascript' })
        : route.fulfill({ body: '<!doctype html><title>Support Tone browser server</title>', contentType: 'text/html' }),
    );
    await page.goto(`${ORIGIN}/`);
    const reader = new BridgeReader();
    await page.exposeFunction('fromServer', (message: Message) => reader.deliver(message));
    // The script is fetched before the clock starts: an editor has the extension's files at hand, while this route hands
    // Chromium megabytes through Playwright's protocol.
    await page.evaluate(async () => {
      const scope = window as unknown as { script: string };
      scope.script = URL.createObjectURL(new Blob([await (await fetch('/server.js')).text()], { type: 'text/javascript' }));
    });
    const startedAt = performance.now();
    await page.evaluate(() => {
      const scope = window as unknown as { server: Worker; script: string; fromServer: (message: unknown) => void };
      scope.server = new Worker(scope.script);
      scope.server.onmessage = (event) => scope.fromServer(event.data);
      scope.server.onerror = (event) => console.error(`worker: ${event.message}`);
    });
    const writer = new BridgeWriter((message) =>
      page.evaluate((each) => (window as unknown as { server: Worker }).server.postMessage(each), message),
    );
    return {
      reader,
      writer,
      startedAt,
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
