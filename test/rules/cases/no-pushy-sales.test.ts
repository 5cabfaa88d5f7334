import { describeRule } from '../harness';

describeRule('no-pushy-sales', {
  valid: [
    'While you are here, you can also turn on two-factor sign-in.',
    'If exports matter to you, the Pro plan includes them; happy to walk you through it.',
    "You asked about upgrading, so here's how: go to Billing > Plan and choose Pro.",
    'You can switch plans at any time from the Billing page.',
    "I've renewed your licence, so you're all set for another year.",
    'You can subscribe to outage updates at status.acme.com.',
    'The annual plan costs less per month, if that ever suits your team better.',
    "We'll book a call for tomorrow at 10 am to set up SSO.",
    'Your discount code is valid until 30 June, and it works on any plan.',
    'Orders placed before 2 pm ship the same day.',
    'There is no pressure to upgrade: the free plan keeps all your projects.',
    'The Business plan adds SAML SSO and audit logs, which you mentioned needing.',
    'Your order is confirmed and ships on Thursday.',
    'Click the “Buy now” button on the pricing page to complete your order.',
    'Forms are a paid Shopwise feature, so you need to upgrade your Shopwise account to a paid plan.',
    'Single sign-on is part of the Business plan: you need to upgrade before you can turn it on.',
    "Ranking runs on buyer activity alone; there's nothing you need to purchase.",
    "- A Notely account. If you don't have one, sign up now.",
    'When you open a note in a new window, switch to it immediately.',
    '## Upgrade today\n\nThis page lists what each plan includes.',
    'A countdown sale lowers the price for a limited time while your stream is live.',
    'Shoppers see the timer and know it is a limited-time deal, so they act fast.',
    "Turn on stock alerts so you don't miss your chance at a restocked item.",
    'Bidders have to act fast when the auction clock drops under ten seconds.',
    '- **Run a countdown sale**, a limited-time discount on one product',
  ],
  invalid: [
    {
      text: '[[While you are here, our Premium plan]] now includes daily backups.',
      message: "'While you are here, our Premium plan' pressures the customer: offer the option and let them decide.",
      output: null,
    },
    {
      text: '[[Upgrade today]] to unlock unlimited exports.',
      message: "'Upgrade today' pressures the customer: offer the option and let them decide.",
      output: null,
    },
    {
      text: '[[Don’t miss out]] on our spring discount.',
      message: "'Don’t miss out' pressures the customer: offer the option and let them decide.",
      output: null,
    },
    {
      text: 'Pro is 30% off [[for a limited time only]], so [[act fast]].',
      kind: 'reply',
      message: [
        "'for a limited time only' pressures the customer: offer the option and let them decide.",
        "'act fast' pressures the customer: offer the option and let them decide.",
      ],
      output: null,
    },
    {
      text: '[[Hurry]], there are [[only 3 left]] at this price.',
      message: [
        "'Hurry' pressures the customer: offer the option and let them decide.",
        "'only 3 left' pressures the customer: offer the option and let them decide.",
      ],
      output: null,
    },
    {
      text: '[[Buy now]] and get 20% off your first year.',
      message: "'Buy now' pressures the customer: offer the option and let them decide.",
      output: null,
    },
    {
      text: 'Pro has everything you need, so [[what are you waiting for]]?',
      message: "'what are you waiting for' pressures the customer: offer the option and let them decide.",
      output: null,
    },
    {
      text: '[[You should upgrade]] to Pro before your trial ends.',
      message: "'You should upgrade' pressures the customer: offer the option and let them decide.",
      output: null,
    },
    {
      text: "The [[offer ends tonight]], so [[don't wait any longer]].",
      message: [
        "'offer ends tonight' pressures the customer: offer the option and let them decide.",
        "'don't wait any longer' pressures the customer: offer the option and let them decide.",
      ],
      output: null,
    },
    {
      text: 'This [[exclusive offer just for you]] expires on Friday.',
      message: "'exclusive offer just for you' pressures the customer: offer the option and let them decide.",
      output: null,
    },
    {
      text: '[[Sign up today]] and your first month is free.',
      message: "'Sign up today' pressures the customer: offer the option and let them decide.",
      output: null,
    },
    {
      text: "It's your [[last chance]] to lock in the old price.",
      message: "'last chance' pressures the customer: offer the option and let them decide.",
      output: null,
    },
    {
      text: "[[You'll regret it]] if you stay on the free plan.",
      message: "'You'll regret it' pressures the customer: offer the option and let them decide.",
      output: null,
    },
    {
      text: '**[[Upgrade** now]] and get priority support.',
      message: "'Upgrade** now' pressures the customer: offer the option and let them decide.",
      output: null,
    },
    {
      text: 'The Pro plan fixes this, so [[renew\ntoday]] to keep your discount.',
      message: "'renew today' pressures the customer: offer the option and let them decide.",
      output: null,
    },
    {
      text: 'While you wait:\n\n- [[Limited time offer]]: 30% off annual plans.\n- Your ticket is in the queue.',
      kind: 'reply',
      message: "'Limited time offer' pressures the customer: offer the option and let them decide.",
      output: null,
    },
    {
      text: 'Hi Dana,\n\nThe export limit goes away on Pro. [[Upgrade now]]!\n\nBest,\nAlex',
      message: "'Upgrade now' pressures the customer: offer the option and let them decide.",
      format: 'plaintext',
      output: null,
    },
    {
      text: '[[Switch to our annual plan today]] and save.',
      message: "'Switch to our annual plan today' pressures the customer: offer the option and let them decide.",
    },
  ],
});
