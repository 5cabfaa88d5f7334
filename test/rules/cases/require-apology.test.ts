import { describeRule } from '../harness';

describeRule('require-apology', {
  valid: [
    'Hi Sam,\n\nI’m sorry about the double charge on your March invoice. I refunded the extra $49 today.\n\nBest,\nAlex',
    'Hi Priya,\n\nSorry for the slow reply. Your export is attached as a CSV.\n\nBest,\nAlex',
    'Hi Jordan,\n\nApologies for the confusion about your renewal date. The plan renews on 1 June, not 1 May.\n\nKind regards,\nAlex',
    'Hello Mia,\n\nWe apologize for any inconvenience the outage caused this morning. Service was restored at 10:40 UTC.\n\nThanks,\nAlex',
    'Hi Leo,\n\nThat was our mistake, and I have already refunded the shipping fee.\n\nBest,\nAlex',
    'Hi Ana,\n\nI’m so sorry to hear the parcel arrived damaged. A replacement ships tomorrow.\n\nBest,\nAlex',
    'Hi Tom,\n\nWe got this wrong: the discount should have applied at checkout. I have added it to your next invoice.\n\nCheers,\nAlex',
    'Hi Grace,\n\nPlease accept our apologies for the delay with your SSO setup. Okta is now connected.\n\nBest,\nAlex',
    "Hi Omar,\n\nI'm **really sorry** about the locked account. You can sign in again now.\n\nBest,\nAlex",
    'Hi Lena,\n\nYour replacement card is on its way and should arrive on Thursday.\n\nI ' +
      'am sorry the first one never reached you.\n\nBest,\nAlex',
    { text: 'Hi Dana,\n\nSorry about the failed export. I re-ran it and attached the file.\n\nBest,\nAlex', format: 'plaintext' },
    {
      text: '# Reset your password\n\nGo to the sign-in page and choose Forgot password. The reset link arrives within five minutes.',
      kind: 'article',
    },
    '## Refund issued\n\nHi {{first_name}},\n\nSorry for the wait. Your refund was issued ' +
      'today.\n\nBest,\nAlex\n\n## Order shipped\n\nHi {{first_name}},\n\nSorry it took longer ' +
      'than promised. Your order shipped this morning.\n\nBest,\nAlex',
    "Hi Jordan,\n\nSorry, but we can't refund a gift card once it has been used. You " +
      'can still use the balance on any order.\n\nBest,\nAlex',
    'Hi Ana,\n\nSorry, the courier missed your slot again. A new one is booked for Friday.\n\nBest,\nAlex',
  ],
  invalid: [
    {
      text: '[[Hi Sam,]]\n\nYour refund was processed on Monday and should reach your card within 5 business days.\n\nBest,\nAlex',
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      output:
        "Hi Sam,\n\nI'm sorry for the trouble this has caused. Your refund was processed on " +
        'Monday and should reach your card within 5 business days.\n\nBest,\nAlex',
    },
    {
      text: "[[Hi Priya,]]\n\nI'm sorry you feel that way, but the charge stands.\n\nBest,\nAlex",
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      output: "Hi Priya,\n\nI'm sorry for the trouble this has caused. I'm sorry you feel that way, but the charge stands.\n\nBest,\nAlex",
    },
    {
      text: '[[Hi Mia,]]\n\nWe apologize if this caused any confusion. The invoice is correct.\n\nBest,\nAlex',
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      output:
        "Hi Mia,\n\nI'm sorry for the trouble this has caused. We apologize if this caused " +
        'any confusion. The invoice is correct.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Ana,]]\n\nWe regret to inform you that your warranty claim was declined.\n\nRegards,\nAlex',
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      output:
        "Hi Ana,\n\nI'm sorry for the trouble this has caused. We regret to inform you that " +
        'your warranty claim was declined.\n\nRegards,\nAlex',
    },
    {
      text: '[[Hi Tom,]]\n\nI’m sorry you feel that way about the new pricing.\n\nBest,\nAlex',
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      output: "Hi Tom,\n\nI'm sorry for the trouble this has caused. I’m sorry you feel that way about the new pricing.\n\nBest,\nAlex",
    },
    {
      text:
        '[[Hi Grace,]]\n\n> Sorry to bother you again, but my export keeps failing.\n\nThe ' +
        'export limit is 10,000 rows per file, so split the date range into two ' +
        'exports.\n\nBest,\nAlex',
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      output:
        "Hi Grace,\n\n> Sorry to bother you again, but my export keeps failing.\n\nI'm sorry " +
        'for the trouble this has caused. The export limit is 10,000 rows per file, so ' +
        'split the date range into two exports.\n\nBest,\nAlex',
    },
    {
      text: '[[Your order shipped this morning with DHL.]]\n\nBest,\nAlex',
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      output: "I'm sorry for the trouble this has caused. Your order shipped this morning with DHL.\n\nBest,\nAlex",
    },
    {
      text: '[[Hi Dana,]]\n\nThe courier says the parcel was left with a neighbour.\n\nBest,\nAlex',
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      format: 'plaintext',
      output:
        "Hi Dana,\n\nI'm sorry for the trouble this has caused. The courier says the parcel was left with a neighbour.\n\nBest,\nAlex",
    },
    {
      text:
        'Hi Omar,\n\nSorry for the wait. Your account is unlocked.\n\nBest,\nAlex\n\n---\n\n[[Hi ' +
        'Lena,]]\n\nYour account is unlocked.\n\nBest,\nAlex',
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      output:
        'Hi Omar,\n\nSorry for the wait. Your account is unlocked.\n\nBest,\nAlex\n\n---\n\nHi ' +
        "Lena,\n\nI'm sorry for the trouble this has caused. Your account is unlocked.\n\nBest,\nAlex",
    },
    {
      text: '[[Hi Noor,]]\n\nApologies if the new invoice layout was confusing. The total is at the bottom.\n\nBest,\nAlex',
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      output:
        "Hi Noor,\n\nI'm sorry for the trouble this has caused. Apologies if the new " +
        'invoice layout was confusing. The total is at the bottom.\n\nBest,\nAlex',
    },
    {
      text: "[[Hi Sam,]]\n\nI'm sorry you\nfeel that way, but the renewal went through as planned.\n\nBest,\nAlex",
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      output:
        "Hi Sam,\n\nI'm sorry for the trouble this has caused. I'm sorry you\nfeel that way, " +
        'but the renewal went through as planned.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Priya,]]\n\nHere is what changed:\n\n- Your plan now renews monthly.\n- Invoices arrive on the 1st.\n\nBest,\nAlex',
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      output:
        "Hi Priya,\n\nI'm sorry for the trouble this has caused. Here is what changed:\n\n- " +
        'Your plan now renews monthly.\n- Invoices arrive on the 1st.\n\nBest,\nAlex',
    },
    {
      text: '[[Hi Jordan,]]\n\nI’m sorry *if you felt* rushed on the call. The refund is on its way.\n\nBest,\nAlex',
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      output:
        "Hi Jordan,\n\nI'm sorry for the trouble this has caused. I’m sorry *if you felt* " +
        'rushed on the call. The refund is on its way.\n\nBest,\nAlex',
    },
  ],
});
