import { describeRule } from '../harness';

describeRule('no-you-are-wrong', {
  valid: [
    "Thanks for the kind words! This is not a bug report, so I'll move it to Discussions.",
    'After the update the export works as expected again.',
    'You can probably fix it yourself from the Billing page.',
    'You should not expect any downtime during the upgrade.',
    'If you expect the two charts to match, compare the same date range.',
    "You're right: the invoice shows the old VAT number, and I've corrected it.",
    "That's correct, the plan renews on the 1st of each month.",
    'If the app says the password is incorrect, reset it from the sign-in page.',
    'The address on the label is incorrect, so I asked the courier to reroute the parcel.',
    'We got the delivery date wrong in our first email, and that is on us.',
    'You are not wrong to expect a refund for the outage.',
    "If I've misunderstood your question, reply and I'll take another look.",
    "You don't need to understand SAML to connect Okta; the wizard fills in the fields.",
    "That's not the experience we want you to have with exports.",
    'It is correct that the trial converts to a paid plan after 14 days.',
    'What you describe is exactly what should happen after a password reset.',
    'You understood correctly: the refund goes back to the original card.',
    'Our help article was wrong about the export limit, and I have asked the team to fix it.',
    'The error says the card number is incorrect, which usually means the expiry date has a typo.',
    "If you're confused about whether a field counts as personal data, read the examples.",
    'If you spot pages where that is not the case, please report them.',
    'Is it possible that this is wrong?',
    "## That's not what happened\n\nA page about common myths.",
  ],
  invalid: [
    {
      text: '[[This works as expected]], so there is nothing to fix on our side.',
      message: "'This works as expected' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: '[[There is some misinformation]] going around about the price change.',
      message: "'There is some misinformation' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: 'The log shows one login, so [[it is likely you reset the password yourself]].',
      message: "'it is likely you reset the password yourself' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: 'They count different things, so [[you should not expect the two charts to match]].',
      message: "'you should not expect the two charts to match' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: "I'm afraid [[you misunderstood]] how the free trial works.",
      message: "'you misunderstood' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: '[[You have misread]] the invoice; the tax is already included.',
      message: "'You have misread' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: "[[That's simply not true]]; we never received the return.",
      message: "'That's simply not true' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: '[[You are completely mistaken]] about the second charge.',
      message: "'You are completely mistaken' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: "[[That's not what happened]]: the courier's photo shows the parcel at your door.",
      message: "'That's not what happened' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: "[[You don't understand]] how SSO works with Okta.",
      message: "'You don't understand' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: "[[You're not reading]] the error message correctly.",
      message: "'You're not reading' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: '[[That’s not true]]: we refunded the order on 4 March.',
      message: "'That’s not true' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: '[[You got that wrong]], the discount was never part of your plan.',
      message: "'You got that wrong' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: "[[That isn't what happened]], according to the courier's tracking log.",
      message: "'That isn't what happened' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: '[[You have confused]] the invoice date with the renewal date.',
      message: "'You have confused' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: '[[You are simply wrong]] about the price; it has been $12 since January.',
      message: "'You are simply wrong' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: '[[That is **not** correct]]: the discount applies to annual plans only.',
      message: "'That is **not** correct' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: "I'm afraid [[that is\nnot correct]]: the renewal date is on the invoice.",
      message: "'that is not correct' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: 'A few notes on your ticket:\n\n- [[You misread]] the invoice total.\n- The refund is already on its way.',
      message: "'You misread' tells the customer they are wrong: help them see it instead.",
      output: null,
    },
    {
      text: 'Hi Dana,\n\n[[Your claim is false]], the parcel was delivered on Monday.\n\nBest,\nAlex',
      message: "'Your claim is false' tells the customer they are wrong: help them see it instead.",
      format: 'plaintext',
      output: null,
    },
    {
      text: 'When a theme looks odd in dark mode, [[it is likely not a bug]].',
      message: "'it is likely not a bug' tells the customer they are wrong: help them see it instead.",
    },
    {
      text: 'We checked the logs and [[this is working as intended]].',
      message: "'this is working as intended' tells the customer they are wrong: help them see it instead.",
    },
  ],
});
