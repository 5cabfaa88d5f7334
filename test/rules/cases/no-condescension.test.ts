import { describeRule } from '../harness';

describeRule('no-condescension', {
  valid: [
    { text: 'As the name suggests, the Export button exports your notes.', kind: 'article' },
    'Remember to save the file before you close it.',
    'I just checked, and your refund left our account on Monday.',
    'Just to confirm, is the charge on the Visa ending 4242?',
    "Just in case, I've also attached the invoice as a PDF.",
    'Just so you know, the reset link expires after 24 hours.',
    'Justin from our billing team will call you on Thursday.',
    'Your invite link carries the code, so your friends just need to tap it and install the app.',
    'The export just finished, so the download link is in your inbox.',
    "Simply put, the Business plan includes SSO and the Starter plan doesn't.",
    'The new billing page shows your usage more clearly.',
    "As you requested, I've cancelled the renewal.",
    "As we discussed on the phone, I've extended your trial by 14 days.",
    "Go to Settings > Billing and choose Update card; it's the second button.",
    "I've just sent a new verification code to your phone.",
    'Please describe it clearly in your reply, including the error code.',
    "It's easy to mistake one setting for the other.",
    'If simply containing a keyword is not enough, add a filter.',
    'Reports are saved in a format that is easy to read.',
    'You can invite anyone as long as you know their email address.',
    'Did you just click the link in the email?',
    'Members can just click Join to enter the room.',
    'The referee clearly missed the foul.',
    'Your notes are simply stored as files on your device.',
    'We simply call the new plan "Team" for now.',
    'Add the screenshot to your reply, so we can simply open it and compare.',
    'Our mascot is a fox, and we just call her Ember.',
    'Read the essay [Just try it, just once](https://example.com/essay) on our blog.',
  ],
  invalid: [
    {
      text: 'Hi Jo,\n\n[[As the name says]], the Export button exports your notes.\n\nRegards,\nSam',
      message: "'As the name says' talks down to the reader: the sentence reads better without it.",
      kind: 'reply',
      output: 'Hi Jo,\n\nThe Export button exports your notes.\n\nRegards,\nSam',
    },
    {
      text: '[[As the bug report template states]], include your version.',
      message: "'As the bug report template states' talks down to the reader: the sentence reads better without it.",
    },
    {
      text: '[[Remember this is a]] support forum, not a chat room.',
      message: "'Remember this is a' talks down to the reader: the sentence reads better without it.",
      output: null,
    },
    {
      text: "[[Just]] don't share the invite link in public.",
      message: "'Just' talks down to the reader: the sentence reads better without it.",
      output: "Don't share the invite link in public.",
    },
    {
      text: '[[Simply]] click Reset and wait for the light to turn green.',
      message: "'Simply' talks down to the reader: the sentence reads better without it.",
      output: 'Click Reset and wait for the light to turn green.',
    },
    {
      text: 'You [[just]] need to clear the cache and sign in again.',
      message: "'just' talks down to the reader: the sentence reads better without it.",
      output: 'You need to clear the cache and sign in again.',
    },
    {
      text: '[[Just]] go to Settings > Billing and update the card.',
      message: "'Just' talks down to the reader: the sentence reads better without it.",
      output: 'Go to Settings > Billing and update the card.',
    },
    {
      text: 'You can [[just]] log out and back in.',
      message: "'just' talks down to the reader: the sentence reads better without it.",
      output: 'You can log out and back in.',
    },
    {
      text: '[[Obviously]], the export only includes active users.',
      message: "'Obviously' talks down to the reader: the sentence reads better without it.",
      output: 'The export only includes active users.',
    },
    {
      text: 'The renewal date is [[clearly]] shown on your invoice.',
      message: "'clearly' talks down to the reader: the sentence reads better without it.",
      output: 'The renewal date is shown on your invoice.',
    },
    {
      text: '[[As you know]], refunds take 5 to 10 business days.',
      message: "'As you know' talks down to the reader: the sentence reads better without it.",
      output: 'Refunds take 5 to 10 business days.',
    },
    {
      text: '[[As I mentioned before]], the export limit is 10,000 rows.',
      message: "'As I mentioned before' talks down to the reader: the sentence reads better without it.",
      output: 'The export limit is 10,000 rows.',
    },
    {
      text: 'The steps are in the FAQ, [[obviously]].',
      message: "'obviously' talks down to the reader: the sentence reads better without it.",
      output: 'The steps are in the FAQ.',
    },
    {
      text: '[[Needless to say]], your data is safe.',
      message: "'Needless to say' talks down to the reader: the sentence reads better without it.",
      output: 'Your data is safe.',
    },
    {
      text: "[[It's really easy]] to set up SSO with Okta.",
      message: "'It's really easy' talks down to the reader: the sentence reads better without it.",
      output: null,
    },
    {
      text: '[[Of course you need]] an admin account to change the plan.',
      message: "'Of course you need' talks down to the reader: the sentence reads better without it.",
      output: null,
    },
    {
      text: '[[Anyone can do]] this in two minutes.',
      message: "'Anyone can do' talks down to the reader: the sentence reads better without it.",
      output: null,
    },
    {
      text: 'It’s [[just]] one click in Settings.',
      message: "'just' talks down to the reader: the sentence reads better without it.",
      output: 'It’s one click in Settings.',
    },
    {
      text: '[[As I **already** explained]], the fee is refundable within 30 days.',
      message: "'As I **already** explained' talks down to the reader: the sentence reads better without it.",
      output: null,
    },
    {
      text: 'If the sync stops, you can [[just]]\nrestart the app.',
      message: "'just' talks down to the reader: the sentence reads better without it.",
      output: 'If the sync stops, you can\nrestart the app.',
    },
    {
      text: 'To upload a file:\n\n- [[Simply]] drag it into the upload box.\n- Wait for the green tick.',
      message: "'Simply' talks down to the reader: the sentence reads better without it.",
      output: 'To upload a file:\n\n- Drag it into the upload box.\n- Wait for the green tick.',
    },
    {
      text: 'Hi Dana,\n\n[[As I already explained]], the fee is refundable.\n\nBest,\nAlex',
      message: "'As I already explained' talks down to the reader: the sentence reads better without it.",
      format: 'plaintext',
      output: 'Hi Dana,\n\nThe fee is refundable.\n\nBest,\nAlex',
    },
    {
      text: '[[Simply]] tick the box next to each file.',
      message: "'Simply' talks down to the reader: the sentence reads better without it.",
    },
    {
      text: 'The renewal date is [[clearly]] shown on your invoice.',
      message: "'clearly' talks down to the reader: the sentence reads better without it.",
    },
    {
      text: '[[As the issue template states]], include your version.',
      message: "'As the issue template states' talks down to the reader: the sentence reads better without it.",
    },
  ],
});
