import { describeRule } from '../../harness';

const HIDES = 'döljer vem som gjorde det: säg vem, som i ”vi har stängt ditt konto”.';
/** A finding on `phrase`: the quoted phrase and the rule's message. */
const hides = (phrase: string) => `”${phrase}” ${HIDES}`;

describeRule(
  'no-hidden-agent',
  {
    valid: [
      'Ditt konto har stängts av vårt säkerhetsteam efter tre misslyckade betalningar.',
      'Vårt säkerhetsteam spärrade ditt konto efter tre misslyckade inloggningar.',
      'Din beställning har skickats i dag.',
      'Din återbetalning gjordes i måndags.',
      'Ditt konto har återställts och alla projekt finns kvar.',
      'Vi annullerade din beställning eftersom banken nekade betalningen.',
      'Ditt konto har inte stängts.',
      'Om ditt konto har spärrats, svara på det här mejlet.',
      'Har din beställning annullerats?',
      'Din prenumeration har avslutats på din begäran.',
      'Din återbetalning nekades av banken.',
      'Ditt ärende har lösts i version 3.2.',
      { text: 'Beställningen annulleras om betalningen inte kommer in inom 7 dagar.', kind: 'article' },
      { text: '## Ditt konto är spärrat\n\nSå här låser du upp det.', kind: 'article' },
    ],
    invalid: [
      { text: '[[Ditt konto har stängts]].', message: hides('Ditt konto har stängts'), output: null },
      { text: '[[Ditt konto har stängts]] av tillfälligt.', message: hides('Ditt konto har stängts'), output: null },
      { text: '[[Beställningen har annullerats]] och pengarna återförts.', message: hides('Beställningen har annullerats'), kind: 'reply' },
      { text: '[[Kontot blev spärrat]] efter tre försök.', message: hides('Kontot blev spärrat'), kind: 'reply' },
      { text: '[[Din återbetalning nekades]] av misstag.', message: hides('Din återbetalning nekades') },
      { text: 'Tyvärr är [[ditt konto är spärrat]].', message: hides('ditt konto är spärrat') },
      { text: '[[Din nya beställning har tyvärr annullerats]].', message: hides('Din nya beställning har tyvärr annullerats') },
      { text: '[[Er prenumeration har pausats]] tills vidare.', message: hides('Er prenumeration har pausats') },
      { text: '[[Det har beslutats att]] provperioden inte förlängs.', message: hides('Det har beslutats att') },
      { text: 'I mars [[fattades ett beslut]] om att stänga butiken.', message: hides('fattades ett beslut') },
      { text: '[[Du har debiterats]] två gånger för mars.', message: hides('Du har debiterats') },
      { text: '[[Ett misstag har begåtts]] vid packningen.', message: hides('Ett misstag har begåtts') },
      { text: '[[Ditt konto kommer att stängas]] på fredag.', message: hides('Ditt konto kommer att stängas'), kind: 'reply' },
    ],
  },
  'sv',
);
