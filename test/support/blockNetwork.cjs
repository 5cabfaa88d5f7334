// Preloaded with --require: makes every network API throw and records the attempt (and that the
// hook is active in this thread) in the file named by SUPPORT_TONE_NETWORK_LOG.
const { appendFileSync } = require('node:fs');
const { threadId } = require('node:worker_threads');
const log = (line) => appendFileSync(process.env.SUPPORT_TONE_NETWORK_LOG, `${line}\n`);
log(`hook ${threadId}`);
const blocked = (what) =>
  function blockedNetworkCall() {
    log(`attempt ${what}`);
    throw new Error(`network access blocked: ${what}`);
  };
const net = require('node:net');
net.Socket.prototype.connect = blocked('net.Socket.connect');
net.connect = net.createConnection = blocked('net.connect');
require('node:tls').connect = blocked('tls.connect');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) require('node:dns')[name] = blocked(`dns.${name}`);
for (const module of ['node:http', 'node:https']) {
  const http = require(module);
  http.request = http.get = blocked(`${module}.request`);
}
if (typeof globalThis.fetch === 'function') globalThis.fetch = blocked('fetch');
