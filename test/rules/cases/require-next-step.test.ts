import { describeRule } from '../harness';

describeRule('require-next-step', {
  valid: [
    'Hi Lee,\n\nThe old format is gone. My suggestion would be to export the project before updating.\n\nBest,\nMo',
    'Your session timed out. Please login again to keep editing.',
    { text: 'Hey @dana and @lee, are you still seeing the crash after the 2.3 update?', kind: 'reply' },
    'That password is too short: please pick one with at least 12 characters.',
    'Hi Lee,\n\nWe are looking into the sync problem. I’ll email you an update by Thursday noon.\n\nBest,\nMo',
    "Hi Sam,\n\nI've refunded the duplicate charge today. It should reach your card within 5 business days.\n\nBest,\nAlex",
    "Hi Priya,\n\nYou'll receive a new tracking link by email within the hour.\n\nBest,\nAlex",
    "Hi Jordan,\n\nReply to this email with the order number and I'll look into it straight away.\n\nBest,\nAlex",
    "Hi Mia,\n\nWe'll ship the replacement tomorrow with DHL.\n\nKind regards,\nAlex",
    "Hi Leo,\n\nThanks for the logs. I'll get back to you soon.\n\nBest,\nAlex",
    "Hi Ana,\n\nHere's what happens next: our billing team reviews the refund on Monday.\n\nBest,\nAlex",
    'Hi Tom,\n\nI have escalated the SSO error to our engineers, and they are testing a fix today.\n\nCheers,\nAlex',
    { text: "Hi Dana,\n\nI've reset your password. If you still can't sign in, contact us by phone.\n\nBest,\nAlex", format: 'plaintext' },
    {
      text:
        '# Reset your password\n\nOpen the sign-in page and choose Forgot password.\n\nIf you ' +
        "still can't sign in, contact us at support@acme.com.",
      kind: 'article',
    },
    { text: '# Export your data\n\nGo to Settings > Export and choose CSV.\n\nSee also: scheduling exports.', kind: 'article' },
    {
      text:
        '# Connect Okta\n\n1. Open Settings > SSO.\n2. Paste the metadata URL.\n\nIf the ' +
        'problem persists, open a ticket from the Help menu.',
      kind: 'article',
    },
    {
      text: '# Plan limits\n\nFree workspaces hold up to three boards.\n\nSee [Upgrading your plan](upgrade.md) for the other tiers.',
      kind: 'article',
    },
    {
      text: '# Invoices\n\nInvoices are issued on the first of each month.\n\nFor older invoices, refer to the billing archive.',
      kind: 'article',
    },
    {
      text: '# Data retention\n\nDeleted boards stay in the trash for 30 days.\n\nFor more on retention, read the data handling overview.',
      kind: 'article',
    },
    {
      text:
        '# Custom domains\n\nCustom domains are part of every paid plan.\n\nEmail ' +
        'domains@acme.example to request one for a free workspace.',
      kind: 'article',
    },
    {
      text: '# Locked accounts\n\nAn account locks after five failed sign-ins.\n\nContacting our support team unlocks it within the hour.',
      kind: 'article',
    },
    {
      text:
        '# Importing boards\n\nBoards import with their cards and comments.\n\n## What’s ' +
        'next\n\nOnce the import finishes, the board appears in your sidebar.',
      kind: 'article',
    },
    {
      text:
        '# Labels\n\nLabels group cards across boards.\n\n- [Creating ' +
        'labels](labels-create.md)\n- [Filtering by label](labels-filter.md)',
      kind: 'article',
    },
    {
      text: '# Offline mode\n\nThe desktop app keeps the last ten boards offline.\n\nYou can also try [syncing manually](sync.md).',
      kind: 'article',
    },
    { text: '# Billing cycle\n\nAnnual plans are billed once a year.\n\nYou can downgrade from Settings > Billing.', kind: 'article' },
    {
      text: '# Two-step sign-in\n\nTwo-step sign-in protects every account.\n\n1. Open your profile.\n2. Turn on two-step sign-in.',
      kind: 'article',
    },
    {
      text:
        '# Dark mode\n\nThe app follows your system theme.\n\n- On **Windows**: Settings > Personalization > Colors.\n' +
        '- On **Android**: Settings → Display → Dark theme.',
      kind: 'article',
    },
    { text: '# Copy a clean link\n\nTo copy a link without tracking, right-click it and choose Copy Clean Link.', kind: 'article' },
    { text: '# Zoom\n\nFor a closer look at a chart, double-click the bar you want to read.', kind: 'article' },
    { text: 'guides/start/index.md\n', kind: 'article' },
    { text: '# Team\n\nMeet the people behind Acme.', kind: 'article' },
    'Hi Sam,\n\nCould you send me the order number from your confirmation email?\n\nBest,\nAlex',
    { text: 'None of those e-mails match an order. What is your billing postcode?', kind: 'reply' },
    { text: 'After you turned off backups, did the old snapshots stay in the list?', kind: 'reply' },
    { text: 'Every failed run used the same branch. Was something changed in its config last week?', kind: 'reply' },
    { text: 'Can you share the invoice number please', kind: 'reply' },
    { text: 'could u show the error from the console please?', kind: 'reply' },
    'Hi Priya,\n\nIf the export still stops halfway, please attach the log file to this ticket.\n\nBest,\nAlex',
    'Hi Jordan,\n\nYou can open a new request from the app if the charge shows up again.\n\nBest,\nAlex',
    'Hi Mia,\n\nOur status page is at https://status.acme.example.\n\nBest,\nAlex',
  ],
  invalid: [
    {
      text: "Hi Lee,\n\nThe export bug is still open. We'll post updates here.\n\n[[Best,]]\nMo",
      message: 'No next step: say what happens next, who does it and when.',
    },
    {
      text: "Hi Lee,\n\nThanks for the report. I'll try to find a way around the limit.\n\n[[Best,]]\nMo",
      message: 'No next step: say what happens next, who does it and when.',
    },
    {
      text: 'Hi Lee,\n\nWe are looking into the sync problem.\n\n[[Best,]]\nMo',
      message: 'No next step: say what happens next, who does it and when.',
      output: "Hi Lee,\n\nWe are looking into the sync problem.\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nMo",
    },
    {
      text: 'Hi Sam,\n\nThe export limit is 10,000 rows. Let me know if you have any questions.\n\n[[Best,]]\nAlex',
      message: 'No next step: say what happens next, who does it and when.',
      output:
        'Hi Sam,\n\nThe export limit is 10,000 rows. Let me know if you have any ' +
        "questions.\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nAlex",
    },
    {
      text: 'Hi Priya,\n\nHere is the link to our SSO guide. Hope this helps!\n\n[[Thanks,]]\nAlex',
      message: 'No next step: say what happens next, who does it and when.',
      output:
        "Hi Priya,\n\nHere is the link to our SSO guide. Hope this helps!\n\nI'll [next step] " +
        "by [date], and I'll update you then.\n\nThanks,\nAlex",
    },
    {
      text:
        'Hi Jordan,\n\nExports over 10,000 rows are on our roadmap. Feel free to let us ' +
        'know if anything else comes up!\n\n[[Kind regards,]]\nAlex',
      message: 'No next step: say what happens next, who does it and when.',
      output:
        'Hi Jordan,\n\nExports over 10,000 rows are on our roadmap. Feel free to let us ' +
        "know if anything else comes up!\n\nI'll [next step] by [date], and I'll update you " +
        'then.\n\nKind regards,\nAlex',
    },
    {
      text: 'Hi Noor,\n\nWe will not be changing the rounding rule, and we are going to close this thread.\n\n[[Best,]]\nAlex',
      message: 'No next step: say what happens next, who does it and when.',
      output:
        'Hi Noor,\n\nWe will not be changing the rounding rule, and we are going to close ' +
        "this thread.\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nAlex",
    },
    {
      text: 'Hi Eli,\n\nI have updated the status of your report. Any thoughts on why it started?\n\n[[Best,]]\nAlex',
      message: 'No next step: say what happens next, who does it and when.',
      output:
        'Hi Eli,\n\nI have updated the status of your report. Any thoughts on why it ' +
        "started?\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nAlex",
    },
    {
      text: 'Hi Kai,\n\nAs our [community rules](https://acme.example/rules) explain, giveaways are not allowed.\n\n[[Best,]]\nAlex',
      message: 'No next step: say what happens next, who does it and when.',
      output:
        'Hi Kai,\n\nAs our [community rules](https://acme.example/rules) explain, giveaways ' +
        "are not allowed.\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nAlex",
    },
    {
      text: 'Hi Mia,\n\n[[We are looking into the duplicate charge.]]',
      message: 'No next step: say what happens next, who does it and when.',
      output: "Hi Mia,\n\nWe are looking into the duplicate charge.\n\nI'll [next step] by [date], and I'll update you then.",
    },
    {
      text: 'Hi Dana,\n\nThe courier says the parcel was left with a neighbour.\n\n[[Best,]]\nAlex',
      message: 'No next step: say what happens next, who does it and when.',
      format: 'plaintext',
      output:
        "Hi Dana,\n\nThe courier says the parcel was left with a neighbour.\n\nI'll [next " +
        "step] by [date], and I'll update you then.\n\nBest,\nAlex",
    },
    {
      text: "Hi Leo,\n\nI'll call you at 3 pm.\n\nBest,\nAlex\n\n---\n\nHi Ana,\n\nThe outage is over.\n\n[[Best,]]\nAlex",
      message: 'No next step: say what happens next, who does it and when.',
      output:
        "Hi Leo,\n\nI'll call you at 3 pm.\n\nBest,\nAlex\n\n---\n\nHi Ana,\n\nThe outage is " +
        "over.\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nAlex",
    },
    {
      text: 'Hi Tom,\n\n> Please call me back tomorrow.\n\nThe outage is over and exports run again.\n\n[[Cheers,]]\nAlex',
      message: 'No next step: say what happens next, who does it and when.',
      output:
        'Hi Tom,\n\n> Please call me back tomorrow.\n\nThe outage is over and exports run ' +
        "again.\n\nI'll [next step] by [date], and I'll update you then.\n\nCheers,\nAlex",
    },
    {
      text: 'Hi Grace,\n\nThe refund left our account\nthis morning, and banks usually take a few days.\n\n[[Best,]]\nAlex',
      message: 'No next step: say what happens next, who does it and when.',
      output:
        'Hi Grace,\n\nThe refund left our account\nthis morning, and banks usually take a ' +
        "few days.\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nAlex",
    },
    {
      text: 'Hi Omar,\n\nYour plan includes:\n\n- 20 seats\n- SAML SSO\n\n[[Best,]]\nAlex',
      message: 'No next step: say what happens next, who does it and when.',
      output:
        "Hi Omar,\n\nYour plan includes:\n\n- 20 seats\n- SAML SSO\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nAlex",
    },
    {
      text: '# Refund policy\n\n[[Refunds go back to the card that paid. Annual plans are refunded pro rata.]]',
      message: 'No "what next": tell readers where to go if this did not solve it.',
      kind: 'article',
      output:
        '# Refund policy\n\nRefunds go back to the card that paid. Annual plans are ' +
        "refunded pro rata.\n\nIf this didn't solve the problem, contact us at [contact link].",
    },
    {
      text: '# Release notes\n\nBoards load twice as fast.\n\n- Faster search\n- Export history\n\n[[Hope you enjoy it!]]\n',
      message: 'No "what next": tell readers where to go if this did not solve it.',
      kind: 'article',
      output:
        '# Release notes\n\nBoards load twice as fast.\n\n- Faster search\n- Export ' +
        "history\n\nHope you enjoy it!\n\nIf this didn't solve the problem, contact us at " +
        '[contact link].\n',
    },
    {
      text: 'Storage limits\n\nEach workspace holds 10 GB.\n[[Attachments count towards the limit.]]',
      message: 'No "what next": tell readers where to go if this did not solve it.',
      kind: 'article',
      format: 'plaintext',
      output:
        'Storage limits\n\nEach workspace holds 10 GB.\nAttachments count towards the ' +
        "limit.\n\nIf this didn't solve the problem, contact us at [contact link].",
    },
    {
      text: '# Quotas\n\nA board holds 500 cards.\n\n[[When usage > 80% of the quota > twice a week, the owner gets a digest.]]',
      message: 'No "what next": tell readers where to go if this did not solve it.',
      kind: 'article',
      output:
        '# Quotas\n\nA board holds 500 cards.\n\nWhen usage > 80% of the quota > twice a week, the owner gets a ' +
        "digest.\n\nIf this didn't solve the problem, contact us at [contact link].",
    },
    {
      text: '# Desktop preview\n\nThe preview covers the basics:\n\n- [[Right-click menus and keyboard shortcuts.]]',
      message: 'No "what next": tell readers where to go if this did not solve it.',
      kind: 'article',
      output:
        '# Desktop preview\n\nThe preview covers the basics:\n\n- Right-click menus and keyboard shortcuts.' +
        "\n\nIf this didn't solve the problem, contact us at [contact link].",
    },
    {
      text: '# Sharing\n\nBoards are private until shared.\n\n[[Sharing settings live with each board.]]\n\n![Share dialog](share.png)\n',
      message: 'No "what next": tell readers where to go if this did not solve it.',
      kind: 'article',
      output:
        '# Sharing\n\nBoards are private until shared.\n\nSharing settings live with each ' +
        "board.\n\n![Share dialog](share.png)\n\nIf this didn't solve the problem, contact us " +
        'at [contact link].\n',
    },
  ],
});
