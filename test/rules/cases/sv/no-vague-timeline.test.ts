import { describeRule } from '../../harness';

describeRule(
  'no-vague-timeline',
  {
    valid: [
      'Om kortet försvinner måste du kontakta kundtjänst så snart som möjligt.',
      'Vi återkommer snart, senast på fredag.',
      'Vi åtgärdar det så snart som möjligt, före kl. 12.',
      'Vi hoppas att tjänsten snart är tillbaka.',
      'Kan ni svara snart?',
      'Om du inte snart får ett mejl, titta i skräpposten.',
      'Återbetalningen kommer inom 3 arbetsdagar.',
      'Jag svarar i morgon bitti.',
      '## Snart',
      'Vi skickar pengarna på måndag.',
      { text: '# Reklamation\n\nAnmäl alltid en transportskada så snart som möjligt!', kind: 'article' },
      'Den nya versionen finns från 1 mars.',
    ],
    invalid: [
      { text: 'Jag tittar på det [[när jag får tid]].', message: '”när jag får tid” säger inte när: ange en dag eller en tid.' },
      { text: 'Vi rättar felet [[när vi hinner]].', message: '”när vi hinner” säger inte när: ange en dag eller en tid.' },
      {
        text: 'Exporten till Excel kommer [[i en framtida version]].',
        message: '”i en framtida version” säger inte när: ange en dag eller en tid.',
      },
      { text: 'Vi återkommer [[snart]].', message: '”snart” säger inte när: ange en dag eller en tid.', output: null },
      { text: 'Paketet skickas [[inom kort]].', message: '”inom kort” säger inte när: ange en dag eller en tid.', output: null },
      {
        text: '# Leverans\n\nBeställningar skickas [[så snart som möjligt]].',
        message: '”så snart som möjligt” säger inte när: ange en dag eller en tid.',
        kind: 'article',
      },
      {
        text: 'Vi rättar felet [[så snart som möjligt]].',
        message: '”så snart som möjligt” säger inte när: ange en dag eller en tid.',
        output: null,
      },
      { text: 'Vi svarar [[så fort vi kan]].', message: '”så fort vi kan” säger inte när: ange en dag eller en tid.', output: null },
      {
        text: 'Funktionen kommer [[inom en snar framtid]].',
        message: '”inom en snar framtid” säger inte när: ange en dag eller en tid.',
        output: null,
      },
      { text: 'Vi lägger till det [[vid tillfälle]].', message: '”vid tillfälle” säger inte när: ange en dag eller en tid.', output: null },
      {
        text: 'Vi försöker svara [[så snabbt som möjligt]].',
        message: '”så snabbt som möjligt” säger inte när: ange en dag eller en tid.',
        output: null,
      },
      { text: 'Det kommer [[längre fram]].', message: '”längre fram” säger inte när: ange en dag eller en tid.', output: null },
      { text: 'Vi tittar på det [[när tid finns]].', message: '”när tid finns” säger inte när: ange en dag eller en tid.', output: null },
      { text: 'Vi hör av oss [[framöver]].', message: '”framöver” säger inte när: ange en dag eller en tid.', output: null },
    ],
  },
  'sv',
);
