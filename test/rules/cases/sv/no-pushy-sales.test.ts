import { describeRule } from '../../harness';

describeRule(
  'no-pushy-sales',
  {
    valid: [
      'Behöver du mer utrymme ger Premium 1 TB.',
      'Vill du köpa nu eller efter provperioden?',
      'Om du beställer idag skickas paketet i morgon.',
      'Butiken har öppet idag till kl. 18.',
      'Sista versionen av appen rättar felet.',
      'Erbjudandet omfattar alla planer.',
      'Du kan byta plan när du vill.',
      'Missade du vårt mejl? Här är länken igen.',
      'Bifoga en skärmbild i ditt svar.',
      'Vänta inte med att höra av dig om något krånglar.',
    ],
    invalid: [
      { text: '[[Köp Premium nu]]!', message: '”Köp Premium nu” pressar kunden att köpa: låt kunden bestämma själv.', output: null },
      {
        text: '[[Beställ idag]] så bjuder vi på frakten.',
        message: '”Beställ idag” pressar kunden att köpa: låt kunden bestämma själv.',
        output: null,
      },
      {
        text: 'Rabatten [[gäller bara idag]].',
        message: '”gäller bara idag” pressar kunden att köpa: låt kunden bestämma själv.',
        output: null,
      },
      {
        text: '[[Missa inte erbjudandet]] på årsplanen.',
        message: '”Missa inte erbjudandet” pressar kunden att köpa: låt kunden bestämma själv.',
        output: null,
      },
      {
        text: 'Det här är [[sista chansen]] till det gamla priset.',
        message: '”sista chansen” pressar kunden att köpa: låt kunden bestämma själv.',
        output: null,
      },
      {
        text: '[[Erbjudandet gäller bara]] till fredag.',
        message: '”Erbjudandet gäller bara” pressar kunden att köpa: låt kunden bestämma själv.',
        output: null,
      },
      {
        text: 'Det är [[först till kvarn]] som gäller.',
        message: '”först till kvarn” pressar kunden att köpa: låt kunden bestämma själv.',
        output: null,
      },
      {
        text: '[[Uppgradera direkt]] till Pro.',
        message: '”Uppgradera direkt” pressar kunden att köpa: låt kunden bestämma själv.',
        output: null,
      },
      {
        text: '[[Vänta inte med att köpa]], priset höjs.',
        message: '”Vänta inte med att köpa” pressar kunden att köpa: låt kunden bestämma själv.',
        output: null,
      },
      {
        text: '[[Teckna nu]] och få en månad gratis.',
        message: '”Teckna nu” pressar kunden att köpa: låt kunden bestämma själv.',
        output: null,
      },
    ],
  },
  'sv',
);
