import { describeRule } from '../harness';

describeRule('no-shouting', {
  valid: [
    'Download the invoice as a PDF from the Billing page.',
    'Our FAQ covers SSO and API setup in detail.',
    'If you see "ACCESS DENIED", sign out and back in.',
    'If the screen says “LICENSE EXPIRED”, renew from Settings.',
    'Your order NW-48213 shipped today.',
    'Thanks for your patience!',
    'Your ETA is Thursday, and the courier is UPS.',
    'Set up 2FA or use an OTP from your authenticator app.',
    'Press OK to confirm the new billing address.',
    'You can export your contacts to CSV, JSON or XML.',
    'The SAML SSO setup needs your IdP metadata URL.',
    'We accept SEPA and BACS payments for annual plans.',
    'Type `RESET` in the box to confirm.',
    'Point the DNS TXT and CNAME records at us, then add SPF and DKIM.',
  ],
  invalid: [
    { text: 'Do [[NOT]] unplug the hub during the update.', output: 'Do not unplug the hub during the update.' },
    { text: 'Please [[READ]] the steps below before you start.', output: 'Please read the steps below before you start.' },
    {
      text: '[[IMPORTANT]]: back up your data before you reset the device.',
      output: 'Important: back up your data before you reset the device.',
    },
    { text: 'Your refund is on its way[[!!!]]', output: 'Your refund is on its way!' },
    { text: 'This step is [[VERY]] important.', output: 'This step is very important.' },
    { text: '[[DO]] [[NOT]] share your one-time code with anyone.', output: 'Do not share your one-time code with anyone.' },
    { text: 'You [[MUST]] verify your email within 24 hours.', output: 'You must verify your email within 24 hours.' },
    { text: '[[WARNING]]: deleting a workspace cannot be undone.', output: 'Warning: deleting a workspace cannot be undone.' },
    { text: 'We [[NEVER]] ask for your password by email.', output: 'We never ask for your password by email.' },
    { text: 'Thanks for your patience[[!!]]', output: 'Thanks for your patience!' },
    { text: '[[THANK]] [[YOU]] for waiting while we fixed the export.', output: 'Thank you for waiting while we fixed the export.' },
    { text: 'Please [[DON’T]] close the tab while the export runs.', output: 'Please don’t close the tab while the export runs.' },
    { text: 'Do **[[NOT]]** unplug the hub during the update.', output: 'Do **not** unplug the hub during the update.' },
    { text: 'Your account is back[[!!!]] You can sign in now.', output: 'Your account is back! You can sign in now.' },
    {
      text: 'Please do [[NOT]]\nrestart the hub until the light is green.',
      output: 'Please do not\nrestart the hub until the light is green.',
    },
    {
      text: 'Before you start:\n\n- [[ALWAYS]] sign out on shared computers.\n- Keep your backup codes safe.',
      output: 'Before you start:\n\n- Always sign out on shared computers.\n- Keep your backup codes safe.',
    },
    {
      text: 'Hi Dana,\n\nYour card was [[NOT]] charged twice.\n\nBest,\nAlex',
      format: 'plaintext',
      output: 'Hi Dana,\n\nYour card was not charged twice.\n\nBest,\nAlex',
    },
  ],
});
