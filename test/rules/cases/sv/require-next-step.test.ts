import { describeRule } from '../../harness';

const reply = (body: string, signOff = 'Med vänliga hälsningar,') => `Hej Sam,\n\n${body}\n\n${signOff}\nAnna`;
const article = (body: string) => ({ text: `# Returer\n\n${body}`, kind: 'article' as const });

const REPLY_MESSAGE = 'Inget nästa steg: skriv vad som händer nu, vem som gör det och när.';
const ARTICLE_MESSAGE = 'Inget ”vad händer nu”: berätta vart läsaren kan vända sig om det här inte löste problemet.';

/** A reply with no next step: flagged at its sign-off, and the fix puts the pack's sentence before it. */
const lacksStep = (body: string) => ({
  message: REPLY_MESSAGE,
  text: reply(body, '[[Med vänliga hälsningar,]]'),
  output: reply(`${body}\n\nJag återkommer senast [datum] med [nästa steg].`),
});

describeRule(
  'require-next-step',
  {
    valid: [
      reply('Vi återkommer med besked senast på fredag.'),
      reply('Klicka på Glömt lösenord på inloggningssidan.'),
      reply('Vänligen skicka ordernumret som svar på det här mejlet.'),
      reply('Om felet kvarstår, kontakta kundtjänst på 08-123 45 67.'),
      reply('Du kan byta leveransadress under Mina sidor.'),
      reply('Har du provat att logga ut och in igen?'),
      reply('Din handläggare ringer dig inom två arbetsdagar.'),
      reply('Jag ska kolla med lagret i dag och mejlar dig i morgon bitti.'),
      reply('Om ärendet drar ut på tiden kontaktar vi dig.'),
      reply('Tjänsten ligger nere just nu. Försök igen om en timme.'),
      reply('Du behöver komplettera ansökan med ett kvitto.'),
      reply('Vi har tagit emot din fråga om fakturan och svarar i morgon.'),
      article('Returen görs under Mina sidor > Ordrar > Ny retur.'),
      article('Pengarna kommer tillbaka inom fem dagar.\n\n## Se även\n\nReklamationer och garanti.'),
      article('Pengarna kommer tillbaka till kortet.\n\nLäs mer om [reklamationer](https://example.se/reklamation).'),
      article('Returer: se nedan.'),
    ],
    invalid: [
      {
        message: REPLY_MESSAGE,
        text: 'Hej Lisa,\n\nvi tittar på problemet med synkningen.\n\n[[Med vänliga hälsningar]]\nMaja',
        output:
          'Hej Lisa,\n\n' +
          'vi tittar på problemet med synkningen.\n\n' +
          'Jag återkommer senast [datum] med [nästa steg].\n\n' +
          'Med vänliga hälsningar\nMaja',
      },
      lacksStep('Hör av dig om du har frågor.'),
      lacksStep('Tveka inte att höra av dig om något är oklart.'),
      lacksStep('Vi hoppas att det löser sig. Ha en fin dag!'),
      lacksStep('Vi har kontrollerat kontot och allt fungerar som det ska.'),
      lacksStep('Ditt ärende behandlas av en handläggare.'),
      lacksStep('Vi återkommer när vi vet mer.'),
      lacksStep('Vi kommer att meddela dig när vi har besked.'),
      lacksStep('Vi kommer inte att skicka fler påminnelser.'),
      lacksStep('Välkommen tillbaka vid ett senare tillfälle.'),
      lacksStep('Här kan du läsa om hur ersättningen räknas ut.'),
      lacksStep('Du kan alltid välja att vara anonym.'),
      lacksStep('Reglerna finns i våra [köpvillkor](https://example.se/villkor).'),
      lacksStep('Du behöver inte kontakta oss igen.'),
      lacksStep('Vi svarar inte på frågor om andra företags tjänster.'),
      {
        message: ARTICLE_MESSAGE,
        ...article('Returen registreras samma dag som paketet kommer fram.\n\n[[Pengarna kommer tillbaka inom fem bankdagar.]]'),
        output:
          '# Returer\n\n' +
          'Returen registreras samma dag som paketet kommer fram.\n\n' +
          'Pengarna kommer tillbaka inom fem bankdagar.\n\n' +
          'Om det här inte löste problemet, kontakta oss på [kontaktlänk].',
      },
    ],
  },
  'sv',
);
