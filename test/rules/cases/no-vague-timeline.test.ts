import { describeRule } from '../harness';

describeRule('no-vague-timeline', {
  valid: [
    { text: 'Your export downloads by itself when it is ready.', kind: 'article' },
    { text: 'When the call is scheduled, the invitation arrives by email.', kind: 'article' },
    'If a token leaks, we recommend that you revoke it as soon as possible.',
    "This isn't something our team will be able to build in the near future.",
    'We do not always manage to answer every report in a timely manner.',
    'Indexing runs on your device. This can take some time for a large library.',
    'The stream pauses momentarily while the host reconnects.',
    'Older phones will eventually stop receiving app updates.',
    'Once we know more about your plan, we can suggest the right export.',
    'The fix shipped in version 4.2, the next release after the beta.',
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
    '- **Send reports when possible** — sends the weekly report once you are online.',
    'When possible, use a wired connection for the first backup.',
    'If you plan to cancel in the near future, export your data first.',
    'Please renew your card as soon as possible.',
    "Accounts that haven't been online in a while lose their cached feed.",
    'The queue settings decide how soon reminder e-mails go out.',
    'Security patches must be installed in a timely manner on every server.',
    'A broken index grows worse over time, so it is important to rebuild it as soon as possible.',
    'We look at the archive every once in a while.',
    'We hope the service is back to normal soon.',
    'Refunds usually take between two and three weeks.',
    'Check back soon for new templates.',
    'Invoices coming due soon are listed first.',
    'As soon you publish the survey and add respondents, they can start answering.',
    'At some point, you may want to invite more editors to the workspace.',
    'You can change your newsletter preference at a later date.',
    'The Live tab lists streams that are on now or starting soon.',
    '- **Low battery**: a red bar means the scooter needs a charge soon',
    'Importing a large library may take a while.',
  ],
  invalid: [
    {
      text: 'The new importer will be [[released when it is ready]].',
      message: '\'released when it is ready\' is a vague timeline: give a concrete time frame (a date, a day, "within 2 days").',
    },
    {
      text: 'We will send the new terms [[once they are finalized]].',
      message:
        "'once they are finalized' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [date]'.",
      output: 'We will send the new terms by [date].',
    },
    {
      text: "Hi Jo,\n\nThanks for the report. [[I'll comment here when]] there is a build to test.\n\nBest,\nSam",
      kind: 'reply',
      message: "'I'll comment here when' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\").",
    },
    {
      text: 'We will post an update [[as we learn more]].',
      message: '\'as we learn more\' is a vague timeline: give a concrete time frame (a date, a day, "within 2 days").',
    },
    {
      text: 'We will post an update [[if we have additional information]].',
      message: '\'if we have additional information\' is a vague timeline: give a concrete time frame (a date, a day, "within 2 days").',
    },
    {
      text: "We're [[working to resolve the outage promptly]].",
      message:
        '\'working to resolve the outage promptly\' is a vague timeline: give a concrete time frame (a date, a day, "within 2 days").',
    },
    {
      text: 'We will update you [[once we know more]].',
      message: "'once we know more' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [date]'.",
      output: 'We will update you by [date].',
    },
    {
      text: 'I will write again [[when I hear more]] from the courier.',
      message: "'when I hear more' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [date]'.",
      output: 'I will write again by [date] from the courier.',
    },
    {
      text: 'The fix will arrive [[in the next big desktop update]].',
      message:
        "'in the next big desktop update' is a vague timeline: give a concrete time frame " +
        '(a date, a day, "within 2 days"). Try \'in [version], due [date]\'.',
      output: 'The fix will arrive in [version], due [date].',
    },
    {
      text: "We'll get back to you [[shortly]].",
      message: "'shortly' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'within [time]'.",
      output: "We'll get back to you within [time].",
    },
    {
      text: 'The fix for the sync bug will ship [[soon]].',
      message: "'soon' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [time]'.",
      output: 'The fix for the sync bug will ship by [time].',
    },
    {
      text: 'Your refund will be processed [[in due course]].',
      message: "'in due course' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [date]'.",
      output: 'Your refund will be processed by [date].',
    },
    {
      text: 'We plan to add SSO to the Starter plan [[at some point]].',
      message: "'at some point' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [date]'.",
      output: 'We plan to add SSO to the Starter plan by [date].',
    },
    {
      text: "We'll send a replacement [[as soon as possible]].",
      message: "'as soon as possible' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [time]'.",
      output: "We'll send a replacement by [time].",
    },
    {
      text: 'Your refund should be processed [[as soon as possible]].',
      message: "'as soon as possible' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [time]'.",
      output: 'Your refund should be processed by [time].',
    },
    {
      text: 'The team will have an update [[in the coming days]].',
      message: "'in the coming days' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [date]'.",
      output: 'The team will have an update by [date].',
    },
    {
      text: 'Your new card should arrive [[any day now]].',
      message: "'any day now' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [date]'.",
      output: 'Your new card should arrive by [date].',
    },
    {
      text: "I'll look at the export logs [[when I get a chance]].",
      message: "'when I get a chance' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [time]'.",
      output: "I'll look at the export logs by [time].",
    },
    {
      text: 'Someone from billing will contact you [[in the near future]].',
      message: "'in the near future' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [date]'.",
      output: 'Someone from billing will contact you by [date].',
    },
    {
      text: "We don't have a date yet, but we'll fix it [[soon]].",
      message: "'soon' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [time]'.",
      output: "We don't have a date yet, but we'll fix it by [time].",
    },
    {
      text: "There's no date yet but the fix ships [[soon]].",
      message: "'soon' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [time]'.",
      output: "There's no date yet but the fix ships by [time].",
    },
    {
      text: 'Send us the form and we will review it [[ASAP]].',
      message: "'ASAP' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [time]'.",
      output: 'Send us the form and we will review it by [time].',
    },
    {
      text: 'Service should be restored [[momentarily]].',
      kind: 'reply',
      message: "'momentarily' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'within [time]'.",
      output: 'Service should be restored within [time].',
    },
    {
      text: "I'll send the return label [[asap]].",
      message: "'asap' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [time]'.",
      output: "I'll send the return label by [time].",
    },
    {
      text: 'Engineering is working on the outage and will fix it **[[soon]]**.',
      message: "'soon' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [time]'.",
      output: 'Engineering is working on the outage and will fix it **by [time]**.',
    },
    {
      text: '[[Soon]] you’ll be able to export reports as PDF.',
      message: "'Soon' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [time]'.",
      output: 'By [time] you’ll be able to export reports as PDF.',
    },
    {
      text: 'The courier will deliver your parcel [[in due\ncourse]].',
      message: "'in due course' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [date]'.",
      output: 'The courier will deliver your parcel by [date].',
    },
    {
      text: 'A specialist picks up your ticket [[soon]].',
      kind: 'reply',
      message: "'soon' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [time]'.",
    },
    {
      text: 'Coming up:\n\n- Dark mode is coming [[soon]].\n- Exports now include tags.',
      message: "'soon' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'by [time]'.",
      output: 'Coming up:\n\n- Dark mode is coming by [time].\n- Exports now include tags.',
    },
    {
      text: "Hi Dana,\n\nI'll reply about the invoice [[shortly]].\n\nBest,\nAlex",
      message: "'shortly' is a vague timeline: give a concrete time frame (a date, a day, \"within 2 days\"). Try 'within [time]'.",
      format: 'plaintext',
      output: "Hi Dana,\n\nI'll reply about the invoice within [time].\n\nBest,\nAlex",
    },
    {
      text: 'Wait for the upload to finish. [[This can take a while]].',
      kind: 'reply',
      message:
        "'This can take a while' is a vague timeline: give a concrete time frame " +
        '(a date, a day, "within 2 days"). Try \'takes up to [time]\'.',
    },
    {
      text: 'We will be in touch [[once we have more information]].',
      message:
        "'once we have more information' is a vague timeline: give a concrete time frame " +
        '(a date, a day, "within 2 days"). Try \'by [date]\'.',
    },
    {
      text: "You'll hear from us [[when the review is complete]].",
      message:
        "'when the review is complete' is a vague timeline: give a concrete time frame " +
        '(a date, a day, "within 2 days"). Try \'by [date]\'.',
    },
    {
      text: '[[We will be adding more guides here over time]].',
      message:
        "'We will be adding more guides here over time' is a vague timeline: give a concrete time frame " +
        '(a date, a day, "within 2 days"). Try \'by [date]\'.',
    },
  ],
});
