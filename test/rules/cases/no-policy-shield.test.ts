import { describeRule } from '../harness';

describeRule('no-policy-shield', {
  valid: [
    'Everything in your workspace is under your control, not ours.',
    'The new export has nothing to do with your billing settings, so nothing changes there.',
    'The bot retests a pull request according to the following rules:\n\n- a maintainer comments /retest\n- the last run is a day old',
    'We answer messages that arrive outside business hours the next morning.',
    'Your bank sets the card limit, and I have asked billing to split the charge in two.',
    'The forum is a good place to share your templates.',
    'If the rule is that strict, tell us and we will look again.',
    'The report is sorted by policy name.',
    'We can only guess which setting changed without the log.',
    "Refunds stop at 30 days because that's when the payment provider settles the charge.",
    'You can read the full refund policy at acme.com/refunds.',
    'Our privacy policy explains what we store about you and why.',
    "That was our mistake, not yours, and I've refunded the fee.",
    "The courier handles the last mile, so I've opened a claim with them for you.",
    "We're responsible for getting this order to you, so a replacement ships today.",
    'The problem was on our side, and it is fixed now.',
    'Your bank may take 5 to 10 business days to show the refund.',
    'The terms say refunds take up to 10 days, and I have asked billing to speed yours up.',
    'We store card details with our payment provider, never on our own servers.',
    "The rules for shared workspaces are in the admin guide, and I've linked the part about guests.",
    'Under the Pro plan you get 20 seats, so your new hires fit without an upgrade.',
    "It isn't against our rules to run two accounts for work and home.",
    "If this is against our policy, we'll tell you before anything changes.",
    {
      text:
        'Hello Sam,\n\nPer the shared workspace naming policy, we are checking whether you still use the name.\n\n' +
        'If you want to keep it, please reply to this message.',
      kind: 'reply',
    },
    'Storage is billed as per your usage in [the usage report](https://example.com/usage).',
  ],
  invalid: [
    {
      text: "Hi Kim,\n\nSorry, [[we're not in charge of]] refunds for gift cards.\n\nBest,\nAlex",
      kind: 'reply',
      message: "'we're not in charge of' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'Hi Kim,\n\nThe mirror is slow, but [[we have no control over]] it.\n\nBest,\nAlex',
      kind: 'reply',
      message: "'we have no control over' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'Hi Kim,\n\nThe crash is in the sound driver; [[it has nothing to do with this project]].\n\nBest,\nAlex',
      kind: 'reply',
      message: "'it has nothing to do with this project' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'Hi Kim,\n\nWe dropped the feature [[for business reasons]].\n\nBest,\nAlex',
      kind: 'reply',
      message: "'for business reasons' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'Hi Kim,\n\nRefunds are [[regulated by clause 7]] of our terms.\n\nBest,\nAlex',
      kind: 'reply',
      message: "'regulated by clause 7' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'Hi Kim,\n\nThe timeout looks like [[a problem on the part of the ISP]].\n\nBest,\nAlex',
      kind: 'reply',
      message: "'a problem on the part of the ISP' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: '[[As per regulations]], we keep the invoices for five years.',
      message: "'As per regulations' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'The bounce comes from your mail [[provider, not us]].',
      message: "'provider, not us' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'Your message [[arrived outside business hours]], which is why nobody answered.',
      message: "'arrived outside business hours' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'Hello Sam,\n\n[[Per the shared workspace naming policy]], we have given the name to another team.\n\nThanks for your time.',
      message: "'Per the shared workspace naming policy' hides behind policy or fault: explain the reason in plain words.",
      kind: 'reply',
      output: null,
    },
    {
      text: '[[As per our]] [guest guide](https://example.com/guests), guests cannot invite others.',
      message: "'As per our' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: '[[The rule is that]] only the owner can rename a workspace.',
      message: "'The rule is that' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: '[[This tracker is only used for]] confirmed bugs.',
      message: "'This tracker is only used for' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: '[[By forum policy]], deleted threads stay deleted.',
      message: "'By forum policy' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'If it happens again, [[we may be forced to]] close the account.',
      message: "'we may be forced to' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: "Nobody can look at it [[since it's the weekend]].",
      message: "'since it's the weekend' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: '[[We only provide support]] to the owner of the workspace.',
      message: "'We only provide support' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: '[[We can only revert one]] rename per month.',
      message: "'We can only revert one' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: '[[Per our policy]], refunds are not possible after 30 days.',
      message: "'Per our policy' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: "[[As per company policy]], we can't ship to PO boxes.",
      message: "'As per company policy' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: '[[Our policy does not allow]] refunds on gift cards.',
      message: "'Our policy does not allow' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: "[[That's just how it works]] with annual plans.",
      message: "'That's just how it works' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: "[[It's not our fault]] the courier lost the parcel.",
      message: "'It's not our fault' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: "[[That's not our responsibility]] once the parcel leaves our warehouse.",
      message: "'That's not our responsibility' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: '[[We are not responsible for]] delays caused by customs.',
      message: "'We are not responsible for' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'The courier strike is [[outside of our control]], but your order ships first when it ends.',
      message: "'outside of our control' hides behind policy or fault: explain the reason in plain words.",
    },
    {
      text: 'Bank holds are [[not within our control]].',
      message: "'not within our control' hides behind policy or fault: explain the reason in plain words.",
    },
    {
      text: 'Shipping delays caused by the storm are [[beyond our control]].',
      message: "'beyond our control' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: '[[My hands are tied]] on this one.',
      message: "'My hands are tied' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: "[[The system won't let me]] issue a second refund.",
      message: "'The system won't let me' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: '[[The delay is with the courier]], so please ask them for an update.',
      message: "'The delay is with the courier' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: "[[I don't make the rules]], but the fee stays.",
      message: "'I don't make the rules' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: '[[That’s just the way things are]] with monthly billing.',
      message: "'That’s just the way things are' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'Sorry, this is **[[against our policy]]**.',
      message: "'against our policy' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'We only refund unused licences, [[in line with our\nguidelines]].',
      message: "'in line with our guidelines' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'About the late fee:\n\n- [[Rules are rules]], so the fee stays.\n- The next invoice is due on 1 June.',
      message: "'Rules are rules' hides behind policy or fault: explain the reason in plain words.",
      output: null,
    },
    {
      text: 'Hi Dana,\n\n[[The issue is on your end]], not ours.\n\nBest,\nAlex',
      message: "'The issue is on your end' hides behind policy or fault: explain the reason in plain words.",
      format: 'plaintext',
      output: null,
    },
    {
      text: "We can't do that [[due to legal reasons]].",
      message: "'due to legal reasons' hides behind policy or fault: explain the reason in plain words.",
    },
    {
      text: '[[This is not the place for]] feature requests.',
      message: "'This is not the place for' hides behind policy or fault: explain the reason in plain words.",
    },
  ],
});
