import { describeRule } from '../harness';

describeRule('no-blame', {
  valid: [
    { text: "Hi Jo,\n\nYou didn't include the order number, so I looked it up from your email address.\n\nRegards,\nSam", kind: 'reply' },
    'We have no doubts about the authenticity of the receipt you sent, and the claim is approved.',
    'The nightly import creates more work for the server than the hourly one.',
    'We consider your feedback when we plan the roadmap.',
    'Your account was flagged for review after the password reset.',
    'If the receipt you uploaded is insufficient, we will ask for a clearer copy.',
    { text: 'We do not tolerate harassment in any of our community spaces.', kind: 'article' },
    { text: "Please don't add a password to the shared note.", kind: 'article' },
    { text: 'As the workspace owner, you are responsible for inviting the rest of the team.', kind: 'article' },
    { text: 'It is your responsibility to keep the recovery codes somewhere safe.', kind: 'article' },
    { text: 'If you are responsible for billing at your company, forward this email to your finance team.', kind: 'reply' },
    { text: 'Are you responsible for renewing the certificate on your side?', kind: 'reply' },
    'Keeping the site running is our responsibility, and we have moved it to a second region.',
    'You should now see the new invoice in your dashboard.',
    'You should have received a confirmation email from us.',
    "If you haven't received the code, check your spam folder.",
    'We could not find that order yet, so I asked the warehouse to look again.',
    'You can restore the file from the trash within 30 days.',
    'It looks like the payment did not go through on our side.',
    "That's on us: the setup guide skips this step.",
    'You should update the app to version 4.2 to get the fix.',
    'If you followed an older version of this guide, the steps below catch up.',
    'You deleted the wrong file? No problem, here is how to get it back.',
    "If you didn't attach the log file, reply with it and I'll take a look.",
    'Did you attach the log file to your first message?',
    'We closed the request because it had no activity for 30 days.',
    "Please don't post screenshots that show other people's data.",
  ],
  invalid: [
    {
      text: "Hi Jo,\n\n[[You didn't include the order number, so we could not]] look into the refund.\n\nRegards,\nSam",
      message:
        "'You didn't include the order number, so we could not' makes the customer the cause: describe what happened and how to fix it.",
      kind: 'reply',
      output: null,
    },
    {
      text: "Hi Jo,\n\n[[You haven't attached the invoice, so I can't]] check the charge.\n\nRegards,\nSam",
      message: "'You haven't attached the invoice, so I can't' makes the customer the cause: describe what happened and how to fix it.",
      kind: 'reply',
      output: null,
    },
    {
      text: 'Due to [[doubts about the authenticity of your]] receipt, the claim is on hold.',
      message: "'doubts about the authenticity of your' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: 'Your channel was [[banned for posting]] the same link in every thread.',
      message: "'banned for posting' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: '[[We consider these accounts to be spam]], so they were closed.',
      message: "'We consider these accounts to be spam' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: 'Reposting the same question [[creates extra work for the volunteers]].',
      message: "'creates extra work for the volunteers' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: 'Your profile was [[suspended for harassment]] of other members.',
      message: "'suspended for harassment' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: 'Your listing was [[restricted due to abusive conduct]] in the forums.',
      message: "'restricted due to abusive conduct' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: '[[Your account was identified either creating]] or sharing duplicate profiles.',
      message: "'Your account was identified either creating' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: 'Under the terms, [[you are held solely responsible for]] every device on your plan.',
      message: "'you are held solely responsible for' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: 'Sorry, but [[the receipt you uploaded is insufficient]] for a warranty claim.',
      message: "'the receipt you uploaded is insufficient' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: '[[Your appeal lacks]] any detail about what happened.',
      message: "'Your appeal lacks' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: 'Hi Jo,\n\nThe invoice was paid twice: [[you are solely responsible for]] checking amounts.\n\nRegards,\nSam',
      message: "'you are solely responsible for' makes the customer the cause: describe what happened and how to fix it.",
      kind: 'reply',
      output: null,
    },
    {
      text: "Hi Jo,\n\n[[It's your responsibility]] to back up the project before you upgrade.\n\nRegards,\nSam",
      message: "'It's your responsibility' makes the customer the cause: describe what happened and how to fix it.",
      kind: 'reply',
      output: null,
    },
    {
      text: 'Hi Jo,\n\nWe cannot restore the deleted notes: [[the responsibility lies with you]] to keep a copy.\n\nRegards,\nSam',
      message: "'the responsibility lies with you' makes the customer the cause: describe what happened and how to fix it.",
      kind: 'reply',
      output: null,
    },
    {
      text: 'Hi Jo,\n\n[[We do not tolerate]] threats towards our staff.\n\nRegards,\nSam',
      message: "'We do not tolerate' makes the customer the cause: describe what happened and how to fix it.",
      kind: 'reply',
      output: null,
    },
    {
      text: 'The payout failed because [[you had your bank details set up incorrectly]].',
      message: "'you had your bank details set up incorrectly' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: "Hi Jo,\n\n[[Please don't add]] greetings as separate answers.\n\nThanks,\nSam",
      message: "'Please don't add' makes the customer the cause: describe what happened and how to fix it.",
      kind: 'reply',
      output: null,
    },
    {
      text: '[[You should have read]] the manual before installing it.',
      message: "'You should have read' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: "Hi Sam, [[you shouldn't have restarted]] the hub during the update.",
      message: "'you shouldn't have restarted' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: 'Unfortunately [[you failed to]] attach the receipt.',
      message: "'you failed to' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: '[[You forgot to]] confirm your email address.',
      message: "'You forgot to' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: 'This is [[user error]], not a bug.',
      message: "'user error' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: 'That was [[your mistake]], so the charge stands.',
      message: "'your mistake' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: '[[As I already told you]], the plan renews monthly.',
      message: "'As I already told you' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: 'It would have worked [[if you had followed the]] instructions.',
      message: "'if you had followed the' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: '[[You didn’t read]] the setup guide, did you?',
      message: "'You didn’t read' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: 'The sync stopped [[because you didn’t]] update the app.',
      message: "'because you didn’t' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: '[[You entered the wrong]] card number twice.',
      message: "'You entered the wrong' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: '[[You should’ve checked]] the size chart first.',
      message: "'You should’ve checked' makes the customer the cause: describe what happened and how to fix it.",
      output: null,
    },
    {
      text: 'It looks like there may have been some [[confusion on your end]] about the renewal date.',
      message: "'confusion on your end' makes the customer the cause: describe what happened and how to fix it.",
    },
    {
      text: "[[Since you didn't attach]] the crash log, we cannot investigate.",
      message: "'Since you didn't attach' makes the customer the cause: describe what happened and how to fix it.",
    },
    {
      text: "I'm closing this report because [[the template wasn't filled]] in.",
      message: "'the template wasn't filled' makes the customer the cause: describe what happened and how to fix it.",
    },
    {
      text: '[[Your account has been found engaging]] in vote manipulation.',
      message: "'Your account has been found engaging' makes the customer the cause: describe what happened and how to fix it.",
    },
    {
      text: 'Hi Sam,\n\nYou keep reopening closed threads. [[Please stop doing this]].\n\nBest,\nAlex',
      message: "'Please stop doing this' makes the customer the cause: describe what happened and how to fix it.",
      kind: 'reply',
    },
  ],
});
