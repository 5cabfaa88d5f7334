import { describeRule } from '../harness';

describeRule('no-flat-no', {
  valid: [
    "No problem, I've re-sent the invoice to your billing address.",
    "There's no need to worry: your files are safe in the trash for 30 days.",
    'No charge was taken from your card for the failed order.',
    "We can't extend the trial itself, but I can move your data to the free plan.",
    "We don't offer phone support. Here's what we can do: book a screen-share at a time that suits you.",
    "We're unable to ship to PO boxes. If you have a street address, I'll update the order for you.",
    "It's not possible to change the billing date yourself, so I'll change it for you today.",
    'We cannot refund the annual plan. Instead, I have switched it to monthly from your next renewal.',
    "We can't wait to see what your team builds with the API.",
    'We no longer charge a fee for CSV exports.',
    'We cannot see your password, and nobody at Acme can.',
    "If the app says it's not possible to sync, restart it and try again.",
  ],
  invalid: [
    { text: '[[No]], the refund has not been issued yet.', output: 'The refund has not been issued yet.' },
    { text: "[[No]], [[we can't extend]] your trial past 30 days." },
    { text: '[[We can’t refund]] annual plans after 30 days.', output: null },
    { text: '[[We are unable to reverse]] a payout once it has been sent.', output: null },
    { text: '[[It is not possible]] to merge two accounts.', output: null },
    { text: "[[There is nothing we can do]] about the courier's delay.", output: null },
    { text: '[[Your request has been denied]].', output: null },
    { text: "[[We don't offer refunds]] on digital downloads.", output: null },
    { text: "[[We won't be refunding]] the shipping fee.", output: null },
    { text: '[[No refunds will be issued]] for partial months.', output: null },
    { text: "[[That's not something we offer]] on the Starter plan.", output: null },
    { text: "Unfortunately, [[we're not in a position to]] extend the trial.", output: null },
    {
      text: '[[We cannot cancel]] an order once it ships. The courier collects parcels at noon. You can return it within 30 days.',
      output: null,
    },
    { text: "Sorry, [[we **can't** do that]] for annual plans.", output: null },
    { text: 'Unfortunately [[we are\nunable to transfer]] licences between companies.', output: null },
    { text: 'Shipping notes:\n\n- [[We do not ship]] to PO boxes.\n- Orders ship from Leeds.', output: null },
    {
      text: 'Hi Dana,\n\n[[We cannot process]] a return without the original packaging.\n\nBest,\nAlex',
      format: 'plaintext',
      output: null,
    },
  ],
});
