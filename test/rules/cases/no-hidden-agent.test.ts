import { describeRule } from '../harness';

describeRule('no-hidden-agent', {
  valid: [
    'Your workspace has been deleted successfully, and the export link stays open for a week.',
    'Your account was suspended by our fraud team after three failed payments.',
    'Your refund was issued on Monday and should reach your card within 5 business days.',
    'Your order was shipped today and should arrive on Thursday.',
    'Your account was restored this morning, and all your projects are back.',
    'Our fraud team suspended your account after three failed payments.',
    "I cancelled the order myself, so you won't be charged.",
    'Your payment was approved and the Pro plan is active.',
    'We made a mistake with your invoice, and I have corrected it.',
    "Your files were restored from last night's backup.",
    'The parcel was delivered to your safe place at 2:14 pm.',
    'Your account was locked by the security system after five failed sign-in attempts.',
    'Your refund was approved by our billing team this morning.',
    'If your dashboard is locked, check that your plan is active.',
    'Was your account suspended?',
    'Your dashboard is locked by the admin of your team.',
    { text: 'When you close your workspace, the subscription will be automatically cancelled.', kind: 'article' },
    { text: '`blocked`: the domain has been removed from the allow list.', kind: 'article' },
    { text: 'The status shows when the account was suspended and by which rule.', kind: 'article' },
  ],
  invalid: [
    {
      text: '[[Your account was suspended]].',
      message: '\'Your account was suspended\' hides who did it: say who, as in "we suspended your account".',
      output: null,
    },
    {
      text: '[[Mistakes were made]] in processing your refund.',
      message: '\'Mistakes were made\' hides who did it: say who, as in "we suspended your account".',
      output: null,
    },
    {
      text: '[[Your order has been cancelled]] and the payment reversed.',
      message: '\'Your order has been cancelled\' hides who did it: say who, as in "we suspended your account".',
      output: null,
    },
    {
      text: '[[The refund request was denied]] after review.',
      message: '\'The refund request was denied\' hides who did it: say who, as in "we suspended your account".',
      kind: 'reply',
      output: null,
    },
    {
      text: '[[It was decided that]] the trial cannot be extended.',
      message: '\'It was decided that\' hides who did it: say who, as in "we suspended your account".',
      output: null,
    },
    {
      text: '[[You have been charged]] the full annual fee.',
      message: '\'You have been charged\' hides who did it: say who, as in "we suspended your account".',
      output: null,
    },
    {
      text: '[[Your workspace was deleted]] after 90 days of inactivity.',
      message: '\'Your workspace was deleted\' hides who did it: say who, as in "we suspended your account".',
      output: null,
    },
    {
      text: '[[Your support ticket was closed]] without a reply.',
      message: '\'Your support ticket was closed\' hides who did it: say who, as in "we suspended your account".',
      output: null,
    },
    {
      text: '[[A decision has been made]] to close the beta program.',
      message: '\'A decision has been made\' hides who did it: say who, as in "we suspended your account".',
      output: null,
    },
    {
      text: '[[Your package was delayed]] at the regional depot.',
      message: '\'Your package was delayed\' hides who did it: say who, as in "we suspended your account".',
      output: null,
    },
    {
      text: '[[You’ve been billed]] twice for March.',
      message: '\'You’ve been billed\' hides who did it: say who, as in "we suspended your account".',
      output: null,
    },
    {
      text: '[[Your subscription was **cancelled]]** yesterday.',
      message: '\'Your subscription was **cancelled\' hides who did it: say who, as in "we suspended your account".',
      output: null,
    },
    {
      text: 'I checked, and [[your refund\nwas denied]] because the item was used.',
      message: '\'your refund was denied\' hides who did it: say who, as in "we suspended your account".',
      output: null,
    },
    {
      text: 'Status of your account:\n\n- [[Your trial was paused]] on 3 May.\n- Your data is safe.',
      message: '\'Your trial was paused\' hides who did it: say who, as in "we suspended your account".',
      output: null,
    },
    {
      text: 'Hi Dana,\n\n[[Your warranty claim was rejected]] last week.\n\nBest,\nAlex',
      message: '\'Your warranty claim was rejected\' hides who did it: say who, as in "we suspended your account".',
      format: 'plaintext',
      output: null,
    },
    {
      text: '[[Your dashboard is locked]].',
      message: '\'Your dashboard is locked\' hides who did it: say who, as in "we suspended your account".',
    },
    {
      text: 'After the trial ends, [[your dashboards will be temporarily locked]].',
      message: '\'your dashboards will be temporarily locked\' hides who did it: say who, as in "we suspended your account".',
      kind: 'reply',
    },
  ],
});
