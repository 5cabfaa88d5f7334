import { describeRule } from '../harness';

describeRule('no-vague-timeline', {
  valid: [
    "We'll email you as soon as the courier scans the parcel.",
    'The fix ships soon, on Thursday with the weekly release.',
    "We'll get back to you within two business days.",
    'Your refund should arrive shortly after your bank processes it.',
    "I'll update you by 5 pm tomorrow.",
    'The migration will finish soon, by end of day UTC.',
    "We'll reply shortly, usually within 4 hours.",
    'Soon after you click Save, the export link appears in your inbox.',
    'Your card will be charged when the trial ends on 1 June.',
    'Please reply as soon as you can so we can hold the booking.',
    'The sooner you reply, the sooner we can ship the replacement.',
    "I'll call you this afternoon to walk through the SSO setup.",
    'Expect the new card within a week.',
    "We're fixing it now and will post an update on the status page in 30 minutes.",
  ],
  invalid: [
    { text: "We'll get back to you [[shortly]].", output: "We'll get back to you within [time]." },
    { text: 'The fix for the sync bug will ship [[soon]].', output: 'The fix for the sync bug will ship by [time].' },
    { text: 'Your refund will be processed [[in due course]].', output: 'Your refund will be processed by [date].' },
    { text: 'We plan to add SSO to the Starter plan [[at some point]].', output: 'We plan to add SSO to the Starter plan by [date].' },
    { text: "We'll send a replacement [[as soon as possible]].", output: "We'll send a replacement by [time]." },
    { text: 'The team will have an update [[in the coming days]].', output: 'The team will have an update by [date].' },
    { text: 'Your new card should arrive [[any day now]].', output: 'Your new card should arrive by [date].' },
    { text: "I'll look at the export logs [[when I get a chance]].", output: "I'll look at the export logs by [time]." },
    { text: 'Someone from billing will contact you [[in the near future]].', output: 'Someone from billing will contact you by [date].' },
    { text: 'Service should be restored [[momentarily]].', output: 'Service should be restored within [time].' },
    { text: "I'll send the return label [[asap]].", output: "I'll send the return label by [time]." },
    {
      text: 'Engineering is working on the outage and will fix it **[[soon]]**.',
      output: 'Engineering is working on the outage and will fix it **by [time]**.',
    },
    { text: '[[Soon]] you’ll be able to export reports as PDF.', output: 'By [time] you’ll be able to export reports as PDF.' },
    { text: 'The courier will deliver your parcel [[in due\ncourse]].', output: 'The courier will deliver your parcel by [date].' },
    {
      text: 'Coming up:\n\n- Dark mode is coming [[soon]].\n- Exports now include tags.',
      output: 'Coming up:\n\n- Dark mode is coming by [time].\n- Exports now include tags.',
    },
    {
      text: "Hi Dana,\n\nI'll reply about the invoice [[shortly]].\n\nBest,\nAlex",
      format: 'plaintext',
      output: "Hi Dana,\n\nI'll reply about the invoice within [time].\n\nBest,\nAlex",
    },
  ],
});
