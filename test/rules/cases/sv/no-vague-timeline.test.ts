import { describeRule } from '../../harness';

describeRule(
  'no-vague-timeline',
  {
    valid: [
      'Vi återkommer snart, senast på fredag.',
      'Vi åtgärdar det så snart som möjligt, före kl. 12.',
      'Vi hoppas att tjänsten snart är tillbaka.',
      'Kan ni svara snart?',
      'Om du inte snart får ett mejl, titta i skräpposten.',
      'Återbetalningen kommer inom 3 arbetsdagar.',
      'Jag svarar i morgon bitti.',
      '## Snart',
      'Vi skickar pengarna på måndag.',
      'Den nya versionen finns från 1 mars.',
    ],
    invalid: [
      { text: 'Vi återkommer [[snart]].', output: null },
      { text: 'Paketet skickas [[inom kort]].', output: null },
      { text: 'Vi rättar felet [[så snart som möjligt]].', output: null },
      { text: 'Vi svarar [[så fort vi kan]].', output: null },
      { text: 'Funktionen kommer [[inom en snar framtid]].', output: null },
      { text: 'Vi lägger till det [[vid tillfälle]].', output: null },
      { text: 'Vi försöker svara [[så snabbt som möjligt]].', output: null },
      { text: 'Det kommer [[längre fram]].', output: null },
      { text: 'Vi tittar på det [[när tid finns]].', output: null },
      { text: 'Vi hör av oss [[framöver]].', output: null },
    ],
  },
  'sv',
);
