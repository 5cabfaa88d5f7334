import { describeRule } from '../harness';

describeRule('require-restatement', {
  valid: [
    'Hi Jo,\n\nUnfortunately we cannot grant you a second username change this year. The first one was in March.\n\nBest,\nAlex',
    'Hi Jo,\n\nWe are aware of the issue with invoice downloads, and a fix ships tonight.\n\nBest,\nAlex',
    'Hi Jo,\n\nWe are currently having some trouble with our sync servers. Your notes are safe.\n\nBest,\nAlex',
    'Hi Jo,\n\nThis is a bug introduced by the 4.2 release. Version 4.2.1 fixes it.\n\nBest,\nAlex',
    'Hi Jo,\n\nSorry nobody got back to you last week. The refund is now on its way.\n\nBest,\nAlex',
    'Hi Jo,\n\nWe believe your card was blocked by the bank as a precaution. Please call them.\n\nBest,\nAlex',
    'Hi Jo,\n\nYour storefront may have been paused after the failed payout. I have resumed it.\n\nBest,\nAlex',
    'Hi Jo,\n\nI looked at the logs, and it appears your import was stopped by a timeout. It runs again tonight.\n\nBest,\nAlex',
    'Hi Jo,\n\nYou mentioned the dashboard stays blank after you sign in. Please clear your cache and try again.\n\nBest,\nAlex',
    'Hi Sam,\n\nIf I understand correctly, you were charged twice for March. I have refunded the second charge.\n\nBest,\nAlex',
    'Hi Priya,\n\nIt sounds like your export stops at 50 rows. That is the preview limit; the full file is in your inbox.\n\nBest,\nAlex',
    'Hi Jordan,\n\nYou\'re seeing an "Invalid SAML response" error when you sign in with ' +
      'Okta. The certificate expired yesterday, and I have renewed it.\n\nBest,\nAlex',
    'Hi Mia,\n\nFrom your screenshot, the invoice shows the old VAT number. The corrected invoice is attached.\n\nBest,\nAlex',
    'Hi Leo,\n\nYou were charged for the annual plan even though you cancelled during ' +
      'the trial. I have reversed the charge.\n\nBest,\nAlex',
    'Hi Ana,\n\nTo recap: the parcel was marked delivered, nothing reached your door, ' +
      "and you'd like a replacement rather than a refund. The replacement ships " +
      'today.\n\nBest,\nAlex',
    'Hi Tom,\n\nThanks for letting us know the reset link expired before you could use it. A new link is on its way.\n\nBest,\nAlex',
    'Hi Grace,\n\nYou’ve been waiting three weeks for the refund on order 5521, which ' +
      'is far too long. It left our account today.\n\nBest,\nAlex',
    "Hi Omar,\n\nSorry for the trouble.\n\nYou can't sign in with Google since Tuesday's " +
      'update. We rolled the change back this morning.\n\nBest,\nAlex',
    {
      text:
        'Hi Dana,\n\nTo make sure I understand: the export finishes, but the CSV opens ' +
        'empty in Excel. Could you send me the file?\n\nBest,\nAlex',
      format: 'plaintext',
    },
    { text: '# Export your data\n\nGo to Settings > Export and choose CSV.', kind: 'article' },
    "Hi Kim,\n\nIf you've lost access to the phone that holds your codes, a backup code still signs you in.\n\nBest,\nAlex",
    'Hi Ravi,\n\nThe seat upgrade you tried to buy on Monday failed at the bank. It went through this morning.\n\nBest,\nAlex',
    'Hi Ben,\n\nWe have reviewed your seat transfer and moved both licences to the new workspace.\n\nBest,\nAlex',
    'Hi Eva,\n\nSorry, but the add-on you are currently requesting is only sold with the yearly plan.\n\nBest,\nAlex',
    'Hi Kai,\n\nYour account may have been accessed from an unknown laptop, so I have signed out every session.\n\nBest,\nAlex',
    'Hi Zoe,\n\nRefunded the duplicate charge this morning. Apologies for the wait.\n\nBest,\nAlex',
    'Hi Noor,\n\nJust to confirm, the March invoice should go to the new billing address. I have updated it.\n\nBest,\nAlex',
    'Hi Max,\n\nIt looks like this could be a proxy problem on the office network. Try the mobile app from home.\n\nBest,\nAlex',
    'Hi Ivy,\n\nIf you did not get the verification code, the number on file may be outdated. I have reset it.\n\nBest,\nAlex',
    'Hi Noah,\n\nYour storefront should now load again after the certificate renewal.\n\nBest,\nAlex',
  ],
  invalid: [
    {
      text: "[[Hi Jo,]]\n\nWe can't give you that. Thanks for writing in.\n\nBest,\nAlex",
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
    },
    {
      text: '[[Hi Jo,]]\n\nWe believe in quick answers, so the dark theme is under Settings > Theme.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
    },
    {
      text: '[[Hi Jo,]]\n\nWe are aware that many teams want dark mode. It is under Settings > Theme.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
    },
    {
      text:
        '[[Hi Lou,]]\n\nYour account was suspended for sending bulk invitations. You were ' +
        'told about the limit last month.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Lou,\n\nTo make sure I understand: [what happened and what you expect]. Your ' +
        'account was suspended for sending bulk invitations. You were told about the ' +
        'limit last month.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Jo,]]\n\nPlease clear your browser cache and sign in again.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Jo,\n\nTo make sure I understand: [what happened and what you expect]. Please ' +
        'clear your browser cache and sign in again.\n\nBest,\nAlex',
    },
    {
      text: "[[Hi Sam,]]\n\nThanks for reaching out about your data request. We'll send the export by Friday.\n\nBest,\nAlex",
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Sam,\n\nTo make sure I understand: [what happened and what you expect]. Thanks ' +
        "for reaching out about your data request. We'll send the export by Friday.\n\nBest,\nAlex",
    },
    {
      text: '[[Hi Priya,]]\n\nSorry for the disruption this morning. Service is back to normal.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Priya,\n\nTo make sure I understand: [what happened and what you expect]. Sorry ' +
        'for the disruption this morning. Service is back to normal.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Leo,]]\n\nThanks for contacting us. Our billing team will reply within one business day.\n\nKind regards,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Leo,\n\nTo make sure I understand: [what happened and what you expect]. Thanks ' +
        'for contacting us. Our billing team will reply within one business day.\n\nKind ' +
        'regards,\nAlex',
    },
    {
      text: '[[Thanks for getting in touch. Our SSO guide is at help.acme.com/sso.]]\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'To make sure I understand: [what happened and what you expect]. Thanks for ' +
        'getting in touch. Our SSO guide is at help.acme.com/sso.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Dana,]]\n\nThe courier collects returns on weekdays before noon.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      format: 'plaintext',
      output:
        'Hi Dana,\n\nTo make sure I understand: [what happened and what you expect]. The ' +
        'courier collects returns on weekdays before noon.\n\nBest,\nAlex',
    },
    {
      text:
        '[[Hi Ana,]]\n\n> My export stops at 50 rows and I need the full list by ' +
        'Friday.\n\nThe full export is attached.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Ana,\n\n> My export stops at 50 rows and I need the full list by Friday.\n\nTo ' +
        'make sure I understand: [what happened and what you expect]. The full export is ' +
        'attached.\n\nBest,\nAlex',
    },
    {
      text:
        'Hi Tom,\n\nYou mentioned the app logs you out every hour. The fix ships on ' +
        'Thursday.\n\nBest,\nAlex\n\n---\n\n[[Hi Grace,]]\n\nThe fix ships on Thursday.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Tom,\n\nYou mentioned the app logs you out every hour. The fix ships on ' +
        'Thursday.\n\nBest,\nAlex\n\n---\n\nHi Grace,\n\nTo make sure I understand: [what happened ' +
        'and what you expect]. The fix ships on Thursday.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Omar,]]\n\nTo set up SSO:\n\n- Open Settings > SSO.\n- Paste the metadata URL from Okta.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Omar,\n\nTo make sure I understand: [what happened and what you expect]. To set ' +
        'up SSO:\n\n- Open Settings > SSO.\n- Paste the metadata URL from Okta.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Lena,]]\n\nThanks for **getting in touch**. The new invoice\nis attached as a PDF.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Lena,\n\nTo make sure I understand: [what happened and what you expect]. Thanks ' +
        'for **getting in touch**. The new invoice\nis attached as a PDF.\n\nBest,\nAlex',
    },
    {
      text: '[[Hello Noor,]]\n\nWe’re sorry for the trouble with the outage. Everything is running again.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hello Noor,\n\nTo make sure I understand: [what happened and what you expect]. ' +
        'We’re sorry for the trouble with the outage. Everything is running again.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Sam,]]\n\nThanks for your message. I have passed it to our engineers.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Sam,\n\nTo make sure I understand: [what happened and what you expect]. Thanks ' +
        'for your message. I have passed it to our engineers.\n\nBest,\nAlex',
    },
    {
      text: "[[Hi Jo,]]\n\nWe're sorry you're having trouble! Our support team can help at help.acme.com.\n\nBest,\nAlex",
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        "Hi Jo,\n\nTo make sure I understand: [what happened and what you expect]. We're " +
        "sorry you're having trouble! Our support team can help at help.acme.com.\n\nBest,\nAlex",
    },
    {
      text: '[[Hi Al,]]\n\nPlease send us a screenshot of the error you are getting.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Al,\n\nTo make sure I understand: [what happened and what you expect]. Please ' +
        'send us a screenshot of the error you are getting.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Bo,]]\n\nPlease write to billing@acme.com to confirm the e-mail address on your account.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Bo,\n\nTo make sure I understand: [what happened and what you expect]. Please ' +
        'write to billing@acme.com to confirm the e-mail address on your account.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Cy,]]\n\nIf you would like a call back, reply with a good time.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Cy,\n\nTo make sure I understand: [what happened and what you expect]. If you ' +
        'would like a call back, reply with a good time.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Di,]]\n\nThanks for your quick reply. Our team will look into it.\n\nBest,\nAlex',
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Di,\n\nTo make sure I understand: [what happened and what you expect]. Thanks ' +
        'for your quick reply. Our team will look into it.\n\nBest,\nAlex',
    },
    {
      text: "[[Hi Ed,]]\n\nClear your browser's cookies, then sign in with your new password.\n\nBest,\nAlex",
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      output:
        'Hi Ed,\n\nTo make sure I understand: [what happened and what you expect]. Clear ' +
        "your browser's cookies, then sign in with your new password.\n\nBest,\nAlex",
    },
  ],
});
