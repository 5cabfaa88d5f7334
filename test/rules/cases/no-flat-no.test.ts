import { describeRule } from '../harness';

describeRule('no-flat-no', {
  valid: [
    "Hi Kim,\n\nThe log shows the disk filled up during the backup. I'm sorry I couldn't help more.\n\nBest,\nAlex",
    { text: '## Appeal states\n\nWhen the appeal has been rejected, the account stays suspended.', kind: 'article' },
    "We can't refund purchases made in the App Store. My suggestion would be to ask Apple from your purchase history.",
    'We have no plans to raise prices for existing customers.',
    "We can't guarantee that an old backup holds every file.",
    "Nested folders? That's not possible yet. For now, we advise prefixing folder names with a common word.",
    { text: 'Issues labelled as wontfix stay open for a week so others can comment.', kind: 'article' },
    { text: 'Hi Jo,\n\nThere is no ETA yet, but I have asked the team to tell you the moment it ships.\n\nBest,\nSam', kind: 'reply' },
    { text: 'Hi Jo,\n\nWe have no updates at the moment, and we will write on Friday either way.\n\nBest,\nSam', kind: 'reply' },
    { text: 'Hi Jo,\n\nWe have no information about your card on our servers.\n\nBest,\nSam', kind: 'reply' },
    {
      text: 'When will the Linux app ship? There is no release date yet, and the beta opens to everyone on the waitlist first.',
      kind: 'article',
    },
    { text: 'This means that it is not possible to filter by two events at once.', kind: 'article' },
    { text: 'Charts stop at midnight because it is not possible to count sessions that have not ended.', kind: 'article' },
    { text: 'The vendor keeps its sync format closed. So, it is not possible to import those backups here.', kind: 'article' },
    { text: 'Guests have no billing role. Therefore, it is not possible for them to change the plan.', kind: 'article' },
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
    "It's possible to archive old projects from the Projects page.",
    'Exporting reports is allowed on every plan. That is an option for teams too.',
    'A workspace that is not allowed to share links shows a lock icon.',
    "Before it's possible to invite guests, add a verified domain.",
    '## Will turning on backups slow my laptop?\n\nNo. Backups run when the laptop is idle.',
    '## Is the mobile app paid? {#mobile}\n\n**No.** The mobile app is free on every plan.',
    "## Why is the address field greyed out and I'm unable to type in it?\n\nThe field locks while a payment is pending.",
    'Your plan has ended as we were unable to charge the card on file. To keep syncing, subscribe again from Settings.',
    "I'm not able to help without the error ID from the banner.",
    "We can't merge the accounts yet. The old one is still being verified. Once it is, you can merge them in Settings.",
    { text: '> Who can approve it? That is not possible for guests.\n\nOwners approve every change.', kind: 'article' },
    "If the upload says it's not possible to finish, restart the app and try again.",
    'We do not share any information with advertisers.',
    "- [I tried to pay, but the card field is greyed out and I'm unable to type in it](#card-field)",
    { text: 'Confirm to delete the workspace. This action cannot be undone.', kind: 'article' },
    { text: 'Removing a member signs them out everywhere, and this cannot be reversed.', kind: 'article' },
  ],
  invalid: [
    {
      text: "Hi Kim,\n\n[[I can't refund]] App Store purchases: only you can request that from Apple.\n\nBest,\nAlex",
      kind: 'reply',
      message: "'I can't refund' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: "Hi Kim,\n\nRefunds go through the store, and [[there's nothing that we can do]] about it.\n\nBest,\nAlex",
      kind: 'reply',
      message: "'there's nothing that we can do' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: 'Hi Kim,\n\nWe looked at the chat logs, and [[your appeal was denied]].\n\nBest,\nAlex',
      kind: 'reply',
      message: "'your appeal was denied' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: "Hi Kim,\n\nThanks for the suggestion, but [[that's not going to be implemented]].\n\nBest,\nAlex",
      kind: 'reply',
      message: "'that's not going to be implemented' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: 'Hi Kim,\n\n[[We have no plans to support]] older tablets.\n\nBest,\nAlex',
      kind: 'reply',
      message: "'We have no plans to support' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: 'Hi Kim,\n\nThe reseller [[does not issue refunds]] for gift codes.\n\nBest,\nAlex',
      kind: 'reply',
      message: "'does not issue refunds' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: 'Hi Kim,\n\nWe run [[a no-refund policy]] on annual plans.\n\nBest,\nAlex',
      kind: 'reply',
      message: "'a no-refund policy' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: "Hi Kim,\n\n[[I'm very unlikely to fix]] the old plugin.\n\nBest,\nAlex",
      kind: 'reply',
      message: "'I'm very unlikely to fix' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: 'Hi Sam,\n\n[[We have to decline]] the request.\n\nBest,\nAlex',
      kind: 'reply',
      message: "'We have to decline' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
    {
      text: "Hi Sam,\n\n[[There's not anything we can do]] about the ban.\n\nBest,\nAlex",
      kind: 'reply',
      message: "'There's not anything we can do' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
    {
      text: 'Hi Sam,\n\nThe order is [[not eligible for a refund]].\n\nBest,\nAlex',
      kind: 'reply',
      message: "'not eligible for a refund' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
    {
      text: 'Hi Sam,\n\nThe ban [[will not be lifted]].\n\nBest,\nAlex',
      kind: 'reply',
      message: "'will not be lifted' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
    {
      text: 'Hi Jo,\n\nThanks for the idea. The team looked at it and closed the request [[as wontfix]].\n\nBest,\nSam',
      message: "'as wontfix' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      kind: 'reply',
      output: null,
    },
    {
      text: 'Hi Jo,\n\n[[We cannot commit to]] a date for offline maps.\n\nBest,\nSam',
      message: "'We cannot commit to' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      kind: 'reply',
      output: null,
    },
    {
      text: 'Hi Jo,\n\n[[We still have no news about it at the moment]].\n\nBest,\nSam',
      message:
        "'We still have no news about it at the moment' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      kind: 'reply',
      output: null,
    },
    {
      text: 'Hi Jo,\n\n[[There is no ETA]] yet.\n\nBest,\nSam',
      message: "'There is no ETA' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      kind: 'reply',
      output: null,
    },
    {
      text: 'Hi Lee,\n\nSorry, but we have [[no choice but to decline]] the request. You can reapply next month.\n\nBest',
      message: "'no choice but to decline' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      kind: 'reply',
    },
    {
      text: "Hi Lee,\n\n[[We can't share any details]] about the review, but you can keep using the app.\n\nBest",
      message: "'We can't share any details' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      kind: 'reply',
    },
    {
      text: 'The username [[cannot be taken]] while another account holds it.',
      message: "'cannot be taken' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      kind: 'article',
    },
    {
      text: '[[We cannot refund]] this order. We do not offer partial refunds either.',
      message: "'We cannot refund' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      kind: 'article',
    },
    {
      text: 'Hi Kim,\n\nYou [[will probably not get a reply]] on the tracker, so please ask in the forum.\n\nThanks',
      message: "'will probably not get a reply' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      kind: 'reply',
    },
    {
      text: 'Hi Kim,\n\nQuestions posted on the tracker [[will probably not get a reply]].\n\nThanks',
      message: "'will probably not get a reply' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      kind: 'reply',
    },
    {
      text: "Hi Kim,\n\n[[It's unlikely you'll get]] an answer on that board.\n\nThanks",
      message: "'It's unlikely you'll get' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      kind: 'reply',
    },
    {
      text: 'Hi Jo,\n\nThe vendor keeps its format closed. So, [[it is not possible]] to import those backups.\n\nBest',
      message: "'it is not possible' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      kind: 'reply',
    },
    {
      text: 'A Linux build [[is not currently being worked on]].',
      message: "'is not currently being worked on' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      kind: 'article',
    },
    {
      text: '[[No]], the refund has not been issued yet.',
      message: "A flat 'No' opens this sentence: lead with what you can do.",
      output: 'The refund has not been issued yet.',
    },
    {
      text: "[[No]], [[we can't extend]] your trial past 30 days.",
      message: [
        "A flat 'No' opens this sentence: lead with what you can do.",
        "'we can't extend' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      ],
    },
    {
      text: '[[We can’t refund]] annual plans after 30 days.',
      message: "'We can’t refund' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: '[[We are unable to reverse]] a payout once it has been sent.',
      message: "'We are unable to reverse' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: '[[It is not possible]] to merge two accounts.',
      message: "'It is not possible' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: "[[There is nothing we can do]] about the courier's delay.",
      message: "'There is nothing we can do' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: '[[Your request has been denied]].',
      message: "'Your request has been denied' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: "[[We don't offer refunds]] on digital downloads.",
      message: "'We don't offer refunds' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: "[[We won't be refunding]] the shipping fee.",
      message: "'We won't be refunding' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: '[[No refunds will be issued]] for partial months.',
      message: "'No refunds will be issued' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: "[[That's not something we offer]] on the Starter plan.",
      message: "'That's not something we offer' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: "Unfortunately, [[we're not in a position to]] extend the trial.",
      message: "'we're not in a position to' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text:
        '[[We cannot cancel]] an order once it ships. The courier collects parcels at ' +
        'noon. Parcels travel by road. You can return it within 30 days.',
      message: "'We cannot cancel' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: "Sorry, [[we **can't** do that]] for annual plans.",
      message: "'we **can't** do that' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: 'Unfortunately [[we are\nunable to transfer]] licences between companies.',
      message: "'we are unable to transfer' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: 'Shipping notes:\n\n- [[We do not ship]] to PO boxes.\n- Orders ship from Leeds.',
      message: "'We do not ship' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      output: null,
    },
    {
      text: 'Hi Dana,\n\n[[We cannot process]] a return without the original packaging.\n\nBest,\nAlex',
      message: "'We cannot process' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      format: 'plaintext',
      output: null,
    },
    {
      text: "[[We can't display]] weekly totals on the hourly chart.",
      message: "'We can't display' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
    {
      text: 'This is why [[we cannot show]] campaign names for imported visits.',
      message: "'we cannot show' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
    {
      text: 'With the old storage format, [[we are unfortunately unable to]] show exact counts per page.',
      message: "'we are unfortunately unable to' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
    {
      text: 'Sorting by country and device at the same time [[is impossible]].',
      message: "'is impossible' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
    {
      text: "If your account exists only to advertise, [[we won't allow]] it.",
      message: "'we won't allow' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
    {
      text: 'Please note that gift codes [[cannot be re-gifted]] once they are redeemed.',
      message: "'cannot be re-gifted' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
    {
      text: 'Please note that all moderation [[decisions are final]] and [[cannot be further appealed]].',
      message: [
        "'decisions are final' is a flat refusal: say what you can do instead, in this sentence or the next two.",
        "'cannot be further appealed' is a flat refusal: say what you can do instead, in this sentence or the next two.",
      ],
    },
    {
      text: "Unfortunately, moving you back to the legacy plan [[isn't something we're able to do]] at this time.",
      message: "'isn't something we're able to do' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
    {
      text: '[[That is not possible]] on the Starter plan.',
      message: "'That is not possible' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
    {
      text: 'Seat licences [[are not transferable]] between workspaces.',
      message: "'are not transferable' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
    {
      text: "[[We don't have any more information]] about the outage.",
      message: "'We don't have any more information' is a flat refusal: say what you can do instead, in this sentence or the next two.",
    },
  ],
});
