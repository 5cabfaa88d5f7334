import { describeRule } from '../harness';

describeRule('no-blame', {
  valid: [
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
  ],
  invalid: [
    { text: '[[You should have read]] the manual before installing it.', output: null },
    { text: "Hi Sam, [[you shouldn't have restarted]] the hub during the update.", output: null },
    { text: 'Unfortunately [[you failed to]] attach the receipt.', output: null },
    { text: '[[You forgot to]] confirm your email address.', output: null },
    { text: 'This is [[user error]], not a bug.', output: null },
    { text: 'That was [[your mistake]], so the charge stands.', output: null },
    { text: '[[As I already told you]], the plan renews monthly.', output: null },
    { text: 'It would have worked [[if you had followed the]] instructions.', output: null },
    { text: '[[You didn’t read]] the setup guide, did you?', output: null },
    { text: 'The sync stopped [[because you didn’t]] update the app.', output: null },
    { text: '[[You entered the wrong]] card number twice.', output: null },
    { text: '[[You should’ve checked]] the size chart first.', output: null },
  ],
});
