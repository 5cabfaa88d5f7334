import { describeRule } from '../harness';

describeRule('no-legalese', {
  valid: [
    "We'll send the return label before your return window closes.",
    'Priority support is included in the Business plan.',
    'Your prior invoices are under Billing > History.',
    'The update fixes the sync bug, thereby restoring your scheduled exports.',
    'Under our terms, refunds take up to 10 business days.',
    'Please be patient while the export runs; large files take a few minutes.',
    "Here's what's included in your plan.",
    "If your parcel is lost, we'll send a replacement at no cost.",
    'Regarding your export, the file is ready to download.',
    'Where in the app do you see the error?',
    'The terms and conditions page lists every fee we charge.',
    'Before you cancel, download your invoices from the Billing page.',
    '> The old charter, wherein the founders listed every right, still hangs in the hall.',
    'Use the **Prior to** filter to see older events.',
  ],
  invalid: [
    { text: '[[Pursuant to]] our terms, the charge is final.', output: 'Under our terms, the charge is final.' },
    {
      text: 'We keep the export [[for the sole and limited purpose of]] restoring your notes.',
      output: 'We keep the export only for restoring your notes.',
    },
    { text: 'Refunds are issued [[in accordance with]] the refund policy.', output: 'Refunds are issued under the refund policy.' },
    { text: 'We [[hereby]] confirm the cancellation of your subscription.', output: 'We confirm the cancellation of your subscription.' },
    { text: 'Please sign in again [[prior to]] updating your card.', output: 'Please sign in again before updating your card.' },
    { text: '[[Please be advised that]] your card will be charged on renewal.', output: 'Your card will be charged on renewal.' },
    { text: '[[In the event that]] your parcel is lost, we send a replacement.', output: 'If your parcel is lost, we send a replacement.' },
    {
      text: 'The refund [[shall]] appear on your statement within 10 days.',
      output: 'The refund will appear on your statement within 10 days.',
    },
    { text: '[[We regret to inform you that]] your claim was declined.', output: 'Your claim was declined.' },
    { text: '[[Notwithstanding]] the delay, your order is confirmed.', output: 'Despite the delay, your order is confirmed.' },
    {
      text: '[[Subsequent to]] your cancellation, access continues until the end of the month.',
      output: 'After your cancellation, access continues until the end of the month.',
    },
    { text: 'You’ll receive account credit [[in lieu of]] a refund.', output: 'You’ll receive account credit instead of a refund.' },
    { text: '[[With regard to]] your export, the file is ready.', output: 'About your export, the file is ready.' },
    { text: 'We will refund the duplicate charge [[forthwith]].', output: 'We will refund the duplicate charge right away.' },
    { text: '[[Kindly be informed that]] our office is closed on Monday.', output: 'Our office is closed on Monday.' },
    { text: '**[[Pursuant to]]** section 4, the fee is waived.', output: '**Under** section 4, the fee is waived.' },
    { text: 'Access ends [[prior\nto]] the renewal date.', output: 'Access ends before the renewal date.' },
    {
      text: 'Export steps:\n\n- [[Herein]] you’ll find the steps to export your data.\n- Exports run nightly.',
      output: 'Export steps:\n\n- Here you’ll find the steps to export your data.\n- Exports run nightly.',
    },
    {
      text: 'Hi Dana,\n\nYour account will be closed [[at this point in time]].\n\nBest,\nAlex',
      format: 'plaintext',
      output: 'Hi Dana,\n\nYour account will be closed now.\n\nBest,\nAlex',
    },
    { text: '[[We reserve the right]] to remove posts that break this guide.' },
    { text: 'Data includes, [[but is not limited to]], page views and clicks.' },
  ],
});
