import assert from 'node:assert/strict';
import { createChecker } from '../../server/src/api';
import { mergeSettings } from '../../server/src/config/parseConfig';
import { MAX_HEADLINE_LENGTH, titleCase, trimToWord } from '../../server/src/packs/en/headline';
import type { DocumentKind } from '../../server/src/engine/model';
import type { ToneSettings } from '../../server/src/engine/settings';

const reply = (body: string) => `Hi Sam,\n\n${body}\n\nBest,\nAlex`;
const acme = mergeSettings({ companyName: 'Acme' });

/** [case, kind, draft, expected headline] */
const HEADLINES: [string, DocumentKind, string, string][] = [
  [
    'blame',
    'reply',
    reply('You should have read the manual before installing it.'),
    'Acme Blames Customer: "You should have read the manual before installing it"',
  ],
  [
    'blame beats an apology',
    'reply',
    reply("I'm sorry about the trouble. You forgot to attach the receipt, so I'll wait for it."),
    'Acme Blames Customer: "You forgot to attach the receipt, so I\'ll wait for it"',
  ],
  [
    'you are wrong',
    'reply',
    reply("I'm sorry, but you're wrong about the renewal date. I'll send the invoice by Friday."),
    'Acme Tells Customer They Are Wrong: "I\'m sorry, but you\'re wrong about the renewal date"',
  ],
  ['flat refusal', 'reply', reply("We can't do that."), 'Acme Refuses Customer: "We can\'t do that"'],
  [
    'flat no',
    'reply',
    reply("No, we can't refund an opened thermostat."),
    'Acme Refuses Customer: "No, we can\'t refund an opened thermostat"',
  ],
  [
    'policy shield',
    'reply',
    reply("I'm sorry for the wait. Per our policy, refunds take 10 days. I'll confirm the refund by Friday."),
    'Acme Hides Behind Policy: "Per our policy, refunds take 10 days"',
  ],
  [
    'legalese',
    'reply',
    reply("I'm sorry for the wait. Pursuant to our terms, the charge is final. I'll call you tomorrow."),
    'Acme Answers Customer in Legalese: "Pursuant to our terms, the charge is final"',
  ],
  [
    'hidden agent is info, not news',
    'reply',
    reply("I'm sorry for the trouble. Your account was suspended. I'll reactivate it by 5 pm today."),
    'Acme Apologizes, Promises to Reactivate It by 5 PM Today',
  ],
  ['vague timeline', 'reply', reply("I'm sorry for the delay. We'll fix it soon."), 'Acme Keeps Customer Waiting: "We\'ll fix it soon"'],
  [
    'pushy sales',
    'reply',
    reply("I'm sorry for the trouble. Upgrade today before this offer ends! I'll reset the limit by noon."),
    'Acme Pressures Customer to Buy: "Upgrade today before this offer ends"',
  ],
  [
    'condescension',
    'reply',
    reply("I'm sorry for the trouble. Simply click Reset. I'll check back on Monday."),
    'Acme Talks Down to Customer: "Simply click Reset"',
  ],
  [
    'shouting keeps its capitals in the quote',
    'reply',
    reply("I'm sorry for the trouble. Do NOT unplug the hub. I'll check back on Monday."),
    'Acme Shouts at Customer: "Do NOT unplug the hub"',
  ],
  ['no apology', 'reply', reply("The refund was issued on Monday. I'll confirm it landed by Friday."), 'Acme Offers Customer No Apology'],
  ['no plan', 'reply', reply("I'm so sorry about the broken display. It happens with some units."), 'Acme Leaves Customer Without a Plan'],
  ['neither apology nor plan', 'reply', reply('The display is covered by the warranty.'), 'Acme Leaves Customer Without Apology or Plan'],
  [
    'clean: replacement',
    'reply',
    reply("I'm so sorry the thermostat arrived broken. I understand how frustrating that is. We'll send a replacement within two days."),
    'Acme Apologizes, Promises to Send Replacement Within Two Days',
  ],
  [
    'clean: refund, pronouns become Customer',
    'reply',
    reply('I apologize for the double charge. I can see how worrying that is. I will refund your card by Friday.'),
    "Acme Apologizes, Promises to Refund Customer's Card by Friday",
  ],
  [
    'clean: promise after a request',
    'reply',
    reply(
      'Sorry for the confusion with your invoice. That sounds frustrating. Reply to ' +
        "this email with the invoice number and I'll correct it.",
    ),
    'Acme Apologizes, Promises to Correct It',
  ],
  [
    'clean: going to',
    'reply',
    reply(
      "I'm sorry your export failed. I know how stressful deadlines are. I'm going to rerun your export and email you the file tonight.",
    ),
    "Acme Apologizes, Promises to Rerun Customer's Export and Email Customer File Tonight",
  ],
  [
    'clean but no apology',
    'reply',
    reply("Thank you for your patience. Your new card will ship tomorrow and we'll email you the tracking number."),
    'Acme Offers Customer No Apology',
  ],
  [
    'article with contact',
    'article',
    '# Reset your password\n\nOpen Settings and click Reset.\n\nStill need help? Contact us at help@example.com.',
    'Acme Publishes Clear Guide: "Reset your password"',
  ],
  [
    'article with a quoted note above its title: the title is the subject',
    'article',
    '> Using another phone? Go back to [the setup page](setup.md).\n\n# Set up the app on Android\n\nOpen the Play Store and ' +
      'install the app.\n\nStill need help? Contact us at help@example.com.',
    'Acme Publishes Clear Guide: "Set up the app on Android"',
  ],
  [
    'article whose title is in front matter, as docs sites keep it',
    'article',
    '---\ntitle: "Turn on two-step sign-in"\n---\n\nTwo-step sign-in asks for a code from your phone.\n\n' +
      'Still need help? Contact us at help@example.com.',
    'Acme Publishes Clear Guide: "Turn on two-step sign-in"',
  ],
  [
    'article whose title is in TOML front matter',
    'article',
    '+++\ntitle = "Export your notes"\n+++\n\nOpen Settings and choose Export.\n\nStill need help? Contact us at help@example.com.',
    'Acme Publishes Clear Guide: "Export your notes"',
  ],
  [
    'a one-word title in front matter gives way to the description there',
    'article',
    '---\ntitle: Exports\ndescription: "Copy every note into one archive."\n---\n\nOpen Settings and choose Export.\n\n' +
      'Still need help? Contact us at help@example.com.',
    'Acme Publishes Clear Guide: "Copy every note into one archive"',
  ],
  [
    'a one-word title in front matter says little: the lead sentence is quoted',
    'article',
    '---\ntitle: Exports\n---\n\nExports copy every note into one archive.\n\nStill need help? Contact us at help@example.com.',
    'Acme Publishes Clear Guide: "Exports copy every note into one archive"',
  ],
  [
    'article without next step (a note by default: not news)',
    'article',
    '# Password rules\n\nPasswords need at least twelve characters.',
    'Acme Publishes Guide: "Passwords need at least twelve characters"',
  ],
  [
    'article that talks down',
    'article',
    '# Reset your password\n\nSimply open Settings and click Reset.\n\nStill need help? Contact us.',
    'Acme Talks Down to Customer: "Simply open Settings and click Reset"',
  ],
  [
    'article behind policy',
    'article',
    '# Refunds\n\nPer our policy, refunds are final. Contact us with questions.',
    'Acme Hides Behind Policy: "Per our policy, refunds are final"',
  ],
  [
    'article in legalese',
    'article',
    '# Billing\n\nPursuant to the terms, invoices are final. Contact us with questions.',
    'Acme Answers Customer in Legalese: "Pursuant to the terms, invoices are final"',
  ],
  [
    'long sentence: quote from the clause',
    'reply',
    reply(
      "I'm sorry. We looked at the logs for the whole weekend and talked to the " +
        'warehouse and the courier and the bank, and in the end you should have checked ' +
        'the address on the order confirmation page before paying.',
    ),
    'Acme Blames Customer: "…in the end you should have checked the address on the order confirmation…"',
  ],
  [
    'long promise is trimmed at a word',
    'reply',
    reply(
      "I'm sorry for the trouble. I understand. I'll send you a brand-new replacement " +
        'thermostat with a prepaid return label and a printed installation guide by ' +
        'express courier within two business days.',
    ),
    'Acme Apologizes, Promises to Send Customer Brand-New Replacement Thermostat With Prepaid Return…',
  ],
  [
    "quoted words are not the writer's",
    'reply',
    reply('I\'m sorry. "You should have read the manual" is what our agent said, and that was wrong of us.'),
    'Acme Leaves Customer Without a Plan',
  ],
  [
    'info findings do not make news',
    'reply',
    reply("I'm sorry the export failed. I understand how frustrating that is. I'll rerun it by noon."),
    'Acme Apologizes, Promises to Rerun It by Noon',
  ],
  [
    'placeholders stay as written',
    'reply',
    'Hi {{ticket.requester.first_name}},\n\nYou should have contacted {{brand.name}} first.\n\nBest,\n{{agent.name}}',
    'Acme Blames Customer: "You should have contacted {{brand.name}} first"',
  ],
  [
    'blame beats a flat no',
    'reply',
    reply("No, we can't. You failed to register the device."),
    'Acme Blames Customer: "You failed to register the device"',
  ],
  [
    'a one-line reply: the quote starts after the greeting',
    'reply',
    "Hi Sam, we can't reopen a closed ticket.",
    'Acme Refuses Customer: "we can\'t reopen a closed ticket"',
  ],
  [
    'a greeting line without a comma keeps its flagged phrase in the quote',
    'reply',
    "Hi Sam we can't reopen a closed ticket.",
    'Acme Refuses Customer: "Hi Sam we can\'t reopen a closed ticket"',
  ],
  [
    'refusal with an alternative is fine',
    'reply',
    reply("I'm sorry, the trial can't be extended, but I can move your data to the free plan today."),
    'Acme Apologizes, Gives Customer a Clear Next Step',
  ],
];

describe('headlines', () => {
  const checker = createChecker();
  for (const [name, kind, text, expected] of HEADLINES) {
    it(name, () => {
      const [draft] = checker.check(text, { format: 'markdown', kind: { kind, reason: 'test' }, settings: acme }).drafts;
      assert.equal(draft.headline, expected);
      assert.ok(draft.headline.length <= MAX_HEADLINE_LENGTH);
    });
  }

  it('names the default company when none is configured', () => {
    const [draft] = checker.check(reply("You're wrong."), { format: 'markdown', kind: { kind: 'reply', reason: 'test' } }).drafts;
    assert.equal(draft.headline, 'Support Tells Customer They Are Wrong: "You\'re wrong"');
  });

  it("a wiki page's file name, written as a title, is the page's title; a slug or a file of several replies is not", () => {
    const page =
      'Obsidian-style notes keep the title in the file name. Open Settings to export.\n\nStill need help? Email help@example.com.\n';
    const headlineOf = (text: string, fileName: string) =>
      checker
        .check(text, { format: 'markdown', kind: { kind: 'article', reason: 'test' }, settings: acme, fileName })
        .drafts.map((d) => d.headline);
    assert.deepEqual(headlineOf(page, 'notes/Export your notes.md'), ['Acme Publishes Clear Guide: "Export your notes"']);
    assert.deepEqual(headlineOf(page, 'notes/export-your-notes.md'), [
      'Acme Publishes Clear Guide: "Obsidian-style notes keep the title in the file name"',
    ]);
    const replies = `${reply("I'm sorry, I'll refund it by Friday.")}\n\n---\n\n${reply("I'm sorry, I'll resend it today.")}\n`;
    assert.deepEqual(
      checker
        .check(replies, { format: 'markdown', kind: { kind: 'reply', reason: 'test' }, settings: acme, fileName: 'Refund replies.md' })
        .drafts.map((d) => d.title),
      [undefined, undefined],
    );
  });

  it('reads a title from front matter as written, quoted or not, and leaves a block scalar unread', () => {
    const titleOf = (frontMatter: string) =>
      checker.check(`${frontMatter}\n\n# Export your notes to a folder\n\nOpen Settings.\n`, { format: 'markdown' }).drafts[0].title;
    assert.deepEqual(
      [
        '---\ntitle: Export notes\n---',
        "---\ntitle: 'Export notes'\n---",
        '+++\ntitle = "Export notes"\n+++',
        '---\ntitle: >-\n  Export\n---',
      ].map(titleOf),
      ['Export notes', 'Export notes', 'Export notes', undefined],
    );
  });

  it('is the same for the same draft', () => {
    const text = reply("We can't do that.");
    assert.equal(
      createChecker().check(text, { format: 'markdown' }).drafts[0].headline,
      createChecker().check(text, { format: 'markdown' }).drafts[0].headline,
    );
  });

  it('title-cases in newspaper style', () => {
    assert.equal(titleCase('acme apologizes, promises to send a fix in two days'), 'Acme Apologizes, Promises to Send a Fix in Two Days');
    assert.equal(titleCase('acme blames customer: "the manual was on the box"'), 'Acme Blames Customer: "The Manual Was on the Box"');
    assert.equal(titleCase('a follow-up by the team'), 'A Follow-Up by the Team');
    assert.equal(titleCase('what it is for'), 'What It Is For');
  });

  it('trims at a word boundary', () => {
    assert.equal(trimToWord('short enough', 20), 'short enough');
    assert.equal(trimToWord('one two three four', 12), 'one two…');
    assert.equal(trimToWord('alpha, beta gamma', 8), 'alpha…');
  });
});

describe('severity by kind', () => {
  const article = '# Password rules\n\nPasswords need at least twelve characters.';
  const nextStep = (rules: ToneSettings['rules']) =>
    createChecker()
      .check(article, { format: 'markdown', kind: { kind: 'article', reason: 'test' }, settings: { ...acme, rules } })
      .findings.filter((finding) => finding.ruleId === 'require-next-step')
      .map((finding) => finding.severity);

  it("uses the rule's default for the kind", () => assert.deepEqual(nextStep({}), ['info']));
  it("lets a kind's own setting win", () =>
    assert.deepEqual(nextStep({ 'require-next-step': { article: 'warning', severity: 'hint' } }), ['warning']));
  it("lets the rule's setting win over its kind defaults", () =>
    assert.deepEqual(nextStep({ 'require-next-step': { severity: 'error' } }), ['error']));
  it('turns a kind off', () => assert.deepEqual(nextStep({ 'require-next-step': { article: 'off' } }), []));
});

describe('drafts in a reply file', () => {
  const draftsOf = (text: string) =>
    createChecker()
      .check(text, { format: 'markdown', kind: { kind: 'reply', reason: 'test' }, settings: acme })
      .drafts.map((draft) => draft.headline);

  it('keeps a note and the canned reason after a break as one message, so the headline sees both', () => {
    assert.deepEqual(draftsOf('Thanks for posting here.\n\n---\n\nYou failed to include the order number, so this is closed.\n'), [
      'Acme Blames Customer: "You failed to include the order number, so this is closed"',
    ]);
  });

  it('splits at a break followed by a new greeting', () => {
    assert.equal(
      draftsOf('Hi Sam,\n\nThe refund is on its way.\n\nBest,\nAlex\n\n---\n\nHi Lee,\n\nYour order ships today.\n\nBest,\nAlex\n').length,
      2,
    );
  });
});

describe('what a headline quotes', () => {
  const headlineOf = (text: string) =>
    createChecker().check(text, { format: 'markdown', kind: { kind: 'reply', reason: 'test' }, settings: acme }).drafts[0].headline;

  it('always holds the flagged phrase, however far into a long sentence it comes', () => {
    const headline = headlineOf(
      'Hi Sam,\n\nThe new dashboard, the export page and the billing screen were all redesigned last month for the spring ' +
        'release and you should have read the changelog first.\n\nBest,\nAlex\n',
    );
    assert.ok(headline.includes('you should have read'), headline);
    assert.ok(headline.length <= MAX_HEADLINE_LENGTH, headline);
  });

  it('never quotes a bare "No": the sentence after it comes too', () => {
    assert.equal(
      headlineOf('Hi Sam,\n\nNo.\n\nWe close tickets after a week.\n\nBest,\nAlex\n'),
      'Acme Refuses Customer: "No. We close tickets after a week"',
    );
  });

  it('gives the quoted sentence as a reader sees it, without its markup, and where it is in the source', () => {
    const text =
      'Hi Sam,\n\n**Large uploads**: you should have read the guide ([splitting](https://example.com/split)) first.\n\nBest,\nAlex\n';
    const [draft] = createChecker().check(text, { format: 'markdown', kind: { kind: 'reply', reason: 'test' }, settings: acme }).drafts;
    assert.equal(draft.quoted?.text, 'Large uploads: you should have read the guide (splitting) first.');
    assert.equal(
      text.slice(draft.quoted!.start, draft.quoted!.end),
      'Large uploads**: you should have read the guide ([splitting](https://example.com/split)) first.',
    );
  });

  // Rules read around a bare address or URL; a quote keeps it, as a Markdown link keeps its text and drops its target.
  for (const [text, headline] of [
    [
      'Hi Sam,\n\nIf the label does not print, just email help@example.com and we will send one.\n\nBest,\nAlex\n',
      'Acme Talks Down to Customer: "…just email help@example.com and we will send one"',
    ],
    [
      'Hi Sam,\n\nYou should have read https://example.com/terms before you renewed.\n\nBest,\nAlex\n',
      'Acme Blames Customer: "You should have read https://example.com/terms before you renewed"',
    ],
    [
      'Hi Sam,\n\nYou should have read [the terms](https://example.com/terms) before you renewed.\n\nBest,\nAlex\n',
      'Acme Blames Customer: "You should have read the terms before you renewed"',
    ],
  ]) {
    it(`quotes a bare link as written: ${JSON.stringify(text.slice(0, 60))}`, () => assert.equal(headlineOf(text), headline));
  }

  it('closes the gaps that blanked markup leaves', () => {
    assert.equal(
      headlineOf('Hi Sam,\n\nYou should have read the guide ([setup](https://example.com/setup)) first.\n\nBest,\nAlex\n'),
      'Acme Blames Customer: "You should have read the guide (setup) first"',
    );
  });
});
