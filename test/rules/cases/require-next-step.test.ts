import { describeRule } from '../harness';

describeRule('require-next-step', {
  valid: [
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
      text: "# Reset your password\n\nOpen the sign-in page and choose Forgot password.\n\nIf you still can't sign in, contact us at support@acme.com.",
      kind: 'article',
    },
    { text: '# Export your data\n\nGo to Settings > Export and choose CSV.\n\nSee also: scheduling exports.', kind: 'article' },
    {
      text: '# Connect Okta\n\n1. Open Settings > SSO.\n2. Paste the metadata URL.\n\nIf the problem persists, open a ticket from the Help menu.',
      kind: 'article',
    },
  ],
  invalid: [
    {
      text: 'Hi Lee,\n\nWe are looking into the sync problem.\n\n[[Best,]]\nMo',
      output: "Hi Lee,\n\nWe are looking into the sync problem.\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nMo",
    },
    {
      text: 'Hi Sam,\n\nThe export limit is 10,000 rows. Let me know if you have any questions.\n\n[[Best,]]\nAlex',
      output:
        "Hi Sam,\n\nThe export limit is 10,000 rows. Let me know if you have any questions.\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nAlex",
    },
    {
      text: 'Hi Priya,\n\nHere is the link to our SSO guide. Hope this helps!\n\n[[Thanks,]]\nAlex',
      output:
        "Hi Priya,\n\nHere is the link to our SSO guide. Hope this helps!\n\nI'll [next step] by [date], and I'll update you then.\n\nThanks,\nAlex",
    },
    {
      text: 'Hi Jordan,\n\nExports over 10,000 rows need the Pro plan. Upgrade to Pro to unlock them.\n\n[[Kind regards,]]\nAlex',
      output:
        "Hi Jordan,\n\nExports over 10,000 rows need the Pro plan. Upgrade to Pro to unlock them.\n\nI'll [next step] by [date], and I'll update you then.\n\nKind regards,\nAlex",
    },
    {
      text: 'Hi Mia,\n\n[[We are looking into the duplicate charge.]]',
      output: "Hi Mia,\n\nWe are looking into the duplicate charge.\n\nI'll [next step] by [date], and I'll update you then.",
    },
    {
      text: 'Hi Dana,\n\nThe courier says the parcel was left with a neighbour.\n\n[[Best,]]\nAlex',
      format: 'plaintext',
      output:
        "Hi Dana,\n\nThe courier says the parcel was left with a neighbour.\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nAlex",
    },
    {
      text: "Hi Leo,\n\nI'll call you at 3 pm.\n\nBest,\nAlex\n\n---\n\nHi Ana,\n\nThe outage is over.\n\n[[Best,]]\nAlex",
      output:
        "Hi Leo,\n\nI'll call you at 3 pm.\n\nBest,\nAlex\n\n---\n\nHi Ana,\n\nThe outage is over.\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nAlex",
    },
    {
      text: 'Hi Tom,\n\n> Please call me back tomorrow.\n\nThe outage is over and exports run again.\n\n[[Cheers,]]\nAlex',
      output:
        "Hi Tom,\n\n> Please call me back tomorrow.\n\nThe outage is over and exports run again.\n\nI'll [next step] by [date], and I'll update you then.\n\nCheers,\nAlex",
    },
    {
      text: 'Hi Grace,\n\nThe refund left our account\nthis morning, and banks usually take a few days.\n\n[[Best,]]\nAlex',
      output:
        "Hi Grace,\n\nThe refund left our account\nthis morning, and banks usually take a few days.\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nAlex",
    },
    {
      text: 'Hi Omar,\n\nYour plan includes:\n\n- 20 seats\n- SAML SSO\n\n[[Best,]]\nAlex',
      output:
        "Hi Omar,\n\nYour plan includes:\n\n- 20 seats\n- SAML SSO\n\nI'll [next step] by [date], and I'll update you then.\n\nBest,\nAlex",
    },
    {
      text: '# Export your data\n\n[[Go to Settings > Export and choose CSV. The file arrives by email within 10 minutes.]]',
      kind: 'article',
      output:
        "# Export your data\n\nGo to Settings > Export and choose CSV. The file arrives by email within 10 minutes.\n\nIf this didn't solve the problem, contact us at [contact link].",
    },
    {
      text: '# Change your billing email\n\nOpen Settings > Billing.\nType the new address and choose **Save**.\n\n[[Hope this helps!]]\n',
      kind: 'article',
      output:
        "# Change your billing email\n\nOpen Settings > Billing.\nType the new address and choose **Save**.\n\nHope this helps!\n\nIf this didn't solve the problem, contact us at [contact link].\n",
    },
    {
      text: 'Update your card\n\nOpen Billing, choose Update card and enter the new details.\n[[The next invoice uses the new card.]]',
      kind: 'article',
      format: 'plaintext',
      output:
        "Update your card\n\nOpen Billing, choose Update card and enter the new details.\nThe next invoice uses the new card.\n\nIf this didn't solve the problem, contact us at [contact link].",
    },
  ],
});
