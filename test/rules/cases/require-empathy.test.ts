import { describeRule } from '../harness';

describeRule('require-empathy', {
  valid: [
    'Hi Jo,\n\nSorry to hear the sync keeps stalling. I have reset your devices.\n\nBest,\nAlex',
    'Hi Jo,\n\nSorry about the frustration with the new editor. The old layout is back under Settings.\n\nBest,\nAlex',
    'Hi Sam,\n\nI can imagine how stressful it is to be locked out right before a deadline. I have reset your password.\n\nBest,\nAlex',
    'Hi Priya,\n\nThat sounds really frustrating. I re-ran the export and attached the file.\n\nBest,\nAlex',
    "Hi Jordan,\n\nSorry you're running into this again. The charge is reversed.\n\nBest,\nAlex",
    'Hi Noor,\n\nSorry no one got back to you last week. The charge is reversed.\n\nBest,\nAlex',
    'Hi Mia,\n\nI understand how important this export is for your month-end report. It is ready now.\n\nBest,\nAlex',
    'Hi Leo,\n\nI completely understand why the double charge was worrying. The second ' +
      'charge was only a hold and has dropped off.\n\nBest,\nAlex',
    'Hi Ana,\n\nI know how much you were counting on the parcel arriving before the weekend. It is out for delivery today.\n\nBest,\nAlex',
    "Hi Tom,\n\nThat's not the experience we want anyone to have with SSO. Okta sign-in works again.\n\nBest,\nAlex",
    "Hi Grace,\n\nYou're right to expect a credit after a four-hour outage, and I have added one to your account.\n\nBest,\nAlex",
    "Hi Omar,\n\nI'd be frustrated too if my invoice showed the wrong company name. The corrected invoice is attached.\n\nBest,\nAlex",
    'Hi Lena,\n\nI’d feel the same if my order went missing. A replacement ships tomorrow.\n\nBest,\nAlex',
    "Hi Noor,\n\nIt's completely understandable that you want to cancel after this " +
      'week. Your plan is cancelled and nothing more will be charged.\n\nBest,\nAlex',
    {
      text: 'Hi Dana,\n\nI can see how confusing the new invoice layout is. The total is now at the top.\n\nBest,\nAlex',
      format: 'plaintext',
    },
    { text: '# Export your data\n\nGo to Settings > Export and choose CSV.', kind: 'article' },
  ],
  invalid: [
    {
      text: '[[Hi Jo,]]\n\nSorry to hear that you feel that way. The plan price stays the same.\n\nBest,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
    },
    {
      text: '[[Hi Jordan,]]\n\nThank you for your patience while we looked into this. The charge is reversed.\n\nBest,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      output:
        'Hi Jordan,\n\nI understand how frustrating this must be. Thank you for your ' +
        'patience while we looked into this. The charge is reversed.\n\nBest,\nAlex',
    },
    {
      text:
        '[[Hi Sam,]]\n\nThanks for reaching out. The export limit is 10,000 rows per file, ' +
        'so split the date range into two exports.\n\nBest,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      output:
        'Hi Sam,\n\nI understand how frustrating this must be. Thanks for reaching out. The ' +
        'export limit is 10,000 rows per file, so split the date range into two ' +
        'exports.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Priya,]]\n\nThank you for contacting Acme Support. Your ticket number is 4821.\n\nBest,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      output:
        'Hi Priya,\n\nI understand how frustrating this must be. Thank you for contacting ' +
        'Acme Support. Your ticket number is 4821.\n\nBest,\nAlex',
    },
    {
      text:
        '[[Hi Jordan,]]\n\nYour refund was processed on Monday and should reach your card ' +
        'within 5 business days.\n\nKind regards,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      output:
        'Hi Jordan,\n\nI understand how frustrating this must be. Your refund was processed ' +
        'on Monday and should reach your card within 5 business days.\n\nKind regards,\nAlex',
    },
    {
      text: '[[Your order shipped this morning with DHL.]]\n\nBest,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      output: 'I understand how frustrating this must be. Your order shipped this morning with DHL.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Dana,]]\n\nThe courier says the parcel was left with a neighbour at number 14.\n\nBest,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      format: 'plaintext',
      output:
        'Hi Dana,\n\nI understand how frustrating this must be. The courier says the parcel ' +
        'was left with a neighbour at number 14.\n\nBest,\nAlex',
    },
    {
      text:
        '[[Hi Leo,]]\n\n> This is so frustrating, the sync has failed three times ' +
        'today.\n\nThe sync failed because the API token expired. I have issued a new ' +
        'one.\n\nBest,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      output:
        'Hi Leo,\n\n> This is so frustrating, the sync has failed three times today.\n\nI ' +
        'understand how frustrating this must be. The sync failed because the API token ' +
        'expired. I have issued a new one.\n\nBest,\nAlex',
    },
    {
      text:
        'Hi Ana,\n\nThat sounds stressful. Your card is unblocked.\n\nBest,\nAlex\n\n---\n\n[[Hi ' +
        'Tom,]]\n\nYour card is unblocked.\n\nBest,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      output:
        'Hi Ana,\n\nThat sounds stressful. Your card is unblocked.\n\nBest,\nAlex\n\n---\n\nHi ' +
        'Tom,\n\nI understand how frustrating this must be. Your card is unblocked.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Grace,]]\n\nThe replacement router ships today\nand the courier will text you a delivery window.\n\nBest,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      output:
        'Hi Grace,\n\nI understand how frustrating this must be. The replacement router ' +
        'ships today\nand the courier will text you a delivery window.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Omar,]]\n\nTo connect Okta:\n\n- Open Settings > SSO.\n- Paste the metadata URL.\n\nBest,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      output:
        'Hi Omar,\n\nI understand how frustrating this must be. To connect Okta:\n\n- Open ' +
        'Settings > SSO.\n- Paste the metadata URL.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Lena,]]\n\nThanks for **reaching out**. The invoice is attached.\n\nBest,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      output: 'Hi Lena,\n\nI understand how frustrating this must be. Thanks for **reaching out**. The invoice is attached.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Noor,]]\n\nThanks for your email. Your plan renews on 1 June.\n\nCheers,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      output: 'Hi Noor,\n\nI understand how frustrating this must be. Thanks for your email. Your plan renews on 1 June.\n\nCheers,\nAlex',
    },
    {
      text: '[[Hello Sam,]]\n\nHere’s how to reset your password: open the sign-in page and choose Forgot password.\n\nBest,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      output:
        'Hello Sam,\n\nI understand how frustrating this must be. Here’s how to reset your ' +
        'password: open the sign-in page and choose Forgot password.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Sam,]]\n\nThanks for the details. Please clear your browser cache and sign in again.\n\nBest,\nAlex',
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      output:
        'Hi Sam,\n\nI understand how frustrating this must be. Thanks for the details. ' +
        'Please clear your browser cache and sign in again.\n\nBest,\nAlex',
    },
  ],
});
