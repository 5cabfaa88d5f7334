// Deterministic generator of a support corpus for `npm run bench`: KB articles (front matter,
// headings, lists, code, links, tables) and reply drafts (greetings, quotes, sign-offs, macros).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded PRNG, so every run generates the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRODUCTS = ['thermostat', 'hub', 'dashboard', 'invoice', 'export', 'subscription', 'sensor', 'mobile app', 'API key', 'SSO login'];
const NAMES = ['Sam', 'Dana', 'Priya', 'Marcus', 'Lena', 'Jo', 'Ana', 'Wei', '{{ticket.requester.first_name}}', '[Customer name]'];
const FINE = [
  'Open **Settings → Devices** and select the {p} you want to update.',
  'The {p} syncs every fifteen minutes, so changes can take a moment to appear.',
  'You can download a PDF copy of every invoice from the Billing page.',
  'If the light on the {p} blinks amber, it is still connecting to Wi-Fi.',
  'Our team checked the logs for your account and found the failed sync on Tuesday.',
  'Each plan includes SSO, audit logs and an API for exports.',
  'Run `st export --since 2026-01-01` to export your readings as CSV.',
  'See the [setup guide](https://help.example.com/setup) for wiring diagrams.',
  'The {p} keeps a local schedule even when the internet is down.',
  'Most customers finish this step in under five minutes.',
];
const RISKY = [
  'You should have read the manual before installing the {p}.',
  "No, we can't refund an opened {p}.",
  'Per our policy, refunds after 30 days are not possible.',
  'Simply restart the {p} and obviously it will work again.',
  'We will fix the {p} soon.',
  'Pursuant to our terms, the aforementioned charge is final.',
  'Your account was suspended.',
  'Do NOT unplug the {p} during the update!!!',
  'Upgrade today before this offer ends!',
  "You're wrong about the renewal date.",
];
const GOOD_REPLY = [
  "I'm so sorry the {p} stopped working.",
  'I understand how frustrating that is, especially this week.',
  'You mentioned the {p} stays offline after the update.',
  "I'll send a replacement {p} within two business days and email you the tracking number.",
];

function sentence(next: () => number, pool: readonly string[]): string {
  return pool[Math.floor(next() * pool.length)].replaceAll('{p}', PRODUCTS[Math.floor(next() * PRODUCTS.length)]);
}

function paragraph(next: () => number, sentences: number, riskShare: number): string {
  return Array.from({ length: sentences }, () => sentence(next, next() < riskShare ? RISKY : FINE)).join(' ');
}

/** A KB article of about `targetBytes`. */
export function article(next: () => number, targetBytes = 4200): string {
  const parts = [
    `---\ntitle: Working with your ${PRODUCTS[Math.floor(next() * PRODUCTS.length)]}\ntags: [help]\n---\n`,
    `# Working with your ${PRODUCTS[Math.floor(next() * PRODUCTS.length)]}\n`,
  ];
  let section = 1;
  while (parts.join('\n').length < targetBytes) {
    parts.push(`## Step ${section++}\n`, paragraph(next, 3 + Math.floor(next() * 3), 0.15) + '\n');
    const shape = next();
    if (shape < 0.3)
      parts.push(`1. ${sentence(next, FINE)}\n2. ${sentence(next, FINE)}\n3. ${sentence(next, next() < 0.2 ? RISKY : FINE)}\n`);
    else if (shape < 0.45) parts.push('```bash\nst devices list --format json\nst devices restart --id 42\n```\n');
    else if (shape < 0.55) parts.push('| Plan | Limit |\n|------|-------|\n| Free | 1,000 rows |\n| Pro | 100,000 rows |\n');
    else if (shape < 0.65) parts.push(`> **Note:** ${sentence(next, FINE)}\n`);
  }
  parts.push(next() < 0.7 ? 'Still need help? Contact us at support@example.com.\n' : '');
  return parts.join('\n');
}

/** A reply draft; sometimes with the customer's quoted words. */
export function reply(next: () => number): string {
  const name = NAMES[Math.floor(next() * NAMES.length)];
  const body: string[] = [];
  if (next() < 0.3) body.push(`> ${sentence(next, RISKY)}\n> ${sentence(next, FINE)}\n`);
  const good = next() < 0.5;
  for (let index = 0; index < 3 + Math.floor(next() * 4); index++) {
    body.push(good ? sentence(next, GOOD_REPLY) + ' ' + sentence(next, FINE) : paragraph(next, 2 + Math.floor(next() * 2), 0.35));
  }
  return `Hi ${name},\n\n${body.join('\n\n')}\n\nBest,\nAlex\n`;
}

/** Writes `count` documents (35% articles, 65% replies) into `folder` and returns their total size. */
export function writeCorpus(folder: string, count = 1000, seed = 42): number {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'kb'), { recursive: true });
  mkdirSync(join(folder, 'replies'), { recursive: true });
  const next = random(seed);
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const isArticle = next() < 0.35;
    const text = isArticle ? article(next) : reply(next);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, isArticle ? 'kb' : 'replies', `${String(index).padStart(4, '0')}.md`), text);
  }
  return bytes;
}
