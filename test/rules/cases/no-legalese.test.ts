import { describeRule } from '../harness';

describeRule('no-legalese', {
  valid: [
    'Wait a few seconds and you shall see the new items appear.',
    // A wordy "if", not legalese, as the labelled real replies and articles read it.
    'In the event that your parcel is lost, we send a replacement.',
    'Please sign in again prior to updating your card.',
    'The export runs in compliance with the retention setting you chose.',
    'To the extent that you use shared folders, everyone sees the same files.',
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
    {
      text: '# Refunds\n\nAcme refunds orders [[at its sole discretion]].',
      kind: 'article',
      message: "'at its sole discretion' is legalese: use a plain word.",
      output: null,
    },
    {
      text: '# Moderation\n\nAcme [[reserves the right]] to close abusive accounts.',
      kind: 'article',
      message: "'reserves the right' is legalese: use a plain word.",
      output: null,
    },
    {
      text: '# Public API\n\nThe status endpoints are [[provided as-is]].',
      kind: 'article',
      message: "'provided as-is' is legalese: use a plain word.",
      output: null,
    },
    {
      text: '# Downloads\n\nMirrors are used [[at the sole risk of]] the user.',
      kind: 'article',
      message: "'at the sole risk of' is legalese: use a plain word.",
      output: null,
    },
    {
      text: 'Liability is excluded [[to the extent permitted by]] law.',
      message: "'to the extent permitted by' is legalese: use a plain word.",
      output: null,
    },
    {
      text: '[[Failure to comply with these terms may result in]] suspension.',
      message: "'Failure to comply with these terms may result in' is legalese: use a plain word.",
      output: null,
    },
    {
      text: '[[Pursuant to]] our terms, the charge is final.',
      message: "'Pursuant to' is legalese: use a plain word. Try 'under'.",
      output: 'Under our terms, the charge is final.',
    },
    {
      text: 'We keep the export [[for the sole and limited purpose of]] restoring your notes.',
      message: "'for the sole and limited purpose of' is legalese: use a plain word. Try 'only for'.",
      output: 'We keep the export only for restoring your notes.',
    },
    {
      text: 'Refunds are issued [[in accordance with]] the refund policy.',
      message: "'in accordance with' is legalese: use a plain word. Try 'under'.",
      output: 'Refunds are issued under the refund policy.',
    },
    {
      text: 'We [[hereby]] confirm the cancellation of your subscription.',
      message: "'hereby' is legalese: use a plain word.",
      output: 'We confirm the cancellation of your subscription.',
    },
    {
      text: '[[Please be advised that]] your card will be charged on renewal.',
      message: "'Please be advised that' is legalese: use a plain word.",
      output: 'Your card will be charged on renewal.',
    },
    {
      text: 'The refund [[shall]] appear on your statement within 10 days.',
      message: "'shall' is legalese: use a plain word. Try 'will'.",
      output: 'The refund will appear on your statement within 10 days.',
    },
    {
      text: '[[We regret to inform you that]] your claim was declined.',
      message: "'We regret to inform you that' is legalese: use a plain word.",
      output: 'Your claim was declined.',
    },
    {
      text: '[[Notwithstanding]] the delay, your order is confirmed.',
      message: "'Notwithstanding' is legalese: use a plain word. Try 'despite'.",
      output: 'Despite the delay, your order is confirmed.',
    },
    {
      text: '[[Subsequent to]] your cancellation, access continues until the end of the month.',
      message: "'Subsequent to' is legalese: use a plain word. Try 'after'.",
      output: 'After your cancellation, access continues until the end of the month.',
    },
    {
      text: 'You’ll receive account credit [[in lieu of]] a refund.',
      message: "'in lieu of' is legalese: use a plain word. Try 'instead of'.",
      output: 'You’ll receive account credit instead of a refund.',
    },
    {
      text: '[[With regard to]] your export, the file is ready.',
      message: "'With regard to' is legalese: use a plain word. Try 'about'.",
      output: 'About your export, the file is ready.',
    },
    {
      text: 'We will refund the duplicate charge [[forthwith]].',
      message: "'forthwith' is legalese: use a plain word. Try 'right away'.",
      output: 'We will refund the duplicate charge right away.',
    },
    {
      text: '[[Kindly be informed that]] our office is closed on Monday.',
      message: "'Kindly be informed that' is legalese: use a plain word.",
      output: 'Our office is closed on Monday.',
    },
    {
      text: '**[[Pursuant to]]** section 4, the fee is waived.',
      message: "'Pursuant to' is legalese: use a plain word. Try 'under'.",
      output: '**Under** section 4, the fee is waived.',
    },
    {
      text: 'Access ends [[subsequent\nto]] the renewal date.',
      message: "'subsequent to' is legalese: use a plain word. Try 'after'.",
      output: 'Access ends after the renewal date.',
    },
    {
      text: 'Export steps:\n\n- [[Herein]] you’ll find the steps to export your data.\n- Exports run nightly.',
      message: "'Herein' is legalese: use a plain word. Try 'here'.",
      output: 'Export steps:\n\n- Here you’ll find the steps to export your data.\n- Exports run nightly.',
    },
    {
      text: 'Hi Dana,\n\nYour account will be closed [[at this point in time]].\n\nBest,\nAlex',
      message: "'at this point in time' is legalese: use a plain word. Try 'now'.",
      format: 'plaintext',
      output: 'Hi Dana,\n\nYour account will be closed now.\n\nBest,\nAlex',
    },
    {
      text: '[[We reserve the right]] to remove posts that break this guide.',
      message: "'We reserve the right' is legalese: use a plain word. Try 'we may'.",
    },
    {
      text: 'Data includes, [[but is not limited to]], page views and clicks.',
      message: "'but is not limited to' is legalese: use a plain word.",
    },
  ],
});
