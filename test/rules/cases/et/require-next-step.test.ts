import { describeRule } from '../../harness';

const reply = (body: string, signOff = 'Lugupidamisega') => `Tere, Mari!\n\n${body}\n\n${signOff}\nKarl`;
const article = (body: string) => ({ text: `# Tagastamine\n\n${body}`, kind: 'article' as const });

const REPLY_MESSAGE = 'Järgmine samm puudub: kirjuta, mis edasi saab, kes seda teeb ja millal.';
const ARTICLE_MESSAGE = 'Puudub „mis edasi”: ütle lugejale, kuhu pöörduda, kui see probleemi ei lahendanud.';

/** A reply with no next step: flagged at its sign-off, and the fix puts the pack's sentence before it. */
const lacksStep = (body: string) => ({
  message: REPLY_MESSAGE,
  text: reply(body, '[[Lugupidamisega]]'),
  output: reply(`${body}\n\nVõtan teiega ühendust hiljemalt [kuupäev], kui [järgmine samm] on tehtud.`),
});

describeRule(
  'require-next-step',
  {
    valid: [
      reply('Palun vajuta rakenduses nuppu „Värskenda”.'),
      reply('Võtame teiega ühendust hiljemalt reedel.'),
      reply('Kui probleem kordub, kirjutage meile aadressil tugi@example.ee.'),
      reply('Saadame teile uue kaardi homme.'),
      reply('Kas saaksite saata tellimuse numbri?'),
      reply('Vajadusel võta palun meiega ühendust.'),
      reply('Arve leiad oma kontolt ja saad selle ka alla laadida.'),
      reply('Teenuses on hetkel tõrge, palun proovi mõne aja pärast uuesti.'),
      reply('Tellimuse tühistamiseks tuleb täita tagastusvorm.'),
      reply('Lisainfo meie [abikeskusest](https://example.ee/abi).'),
      article('Tagastuse vormistad lehel Minu konto > Tellimused > Tagasta.'),
      article('Raha laekub viie päeva jooksul.\n\n## Vaata ka\n\nPretensioonid ja garantii.'),
      article('Raha kantakse tagasi samale kontole.\n\nKui see probleemi ei lahendanud, helista meile numbril 600 1234.'),
      article('Tagastamine: vaata allpool.'),
    ],
    invalid: [
      {
        message: REPLY_MESSAGE,
        text: 'Tere, Mari!\n\nUurime sünkroonimise probleemi.\n\n[[Lugupidamisega]]\nKarl',
        output:
          'Tere, Mari!\n\n' +
          'Uurime sünkroonimise probleemi.\n\n' +
          'Võtan teiega ühendust hiljemalt [kuupäev], kui [järgmine samm] on tehtud.\n\n' +
          'Lugupidamisega\nKarl',
      },
      lacksStep('Palun anna meile sellest teada.'),
      lacksStep('Andke teada, kui teil on veel küsimusi.'),
      lacksStep('Loodame, et see aitab. Ilusat päeva!'),
      lacksStep('Kontrollisime kontot ja kõik töötab.'),
      lacksStep('Teie pöördumine on menetluses.'),
      lacksStep('Võtame teiega ühendust, kui meil on rohkem infot.'),
      lacksStep('Kahjuks ei saa seda tellimust enam muuta.'),
      lacksStep('Vabandame, et pead ootama.'),
      lacksStep('Allkirjastamiseks pead olema vähemalt 16-aastane.'),
      lacksStep('Tagastamise reeglid on kirjas [tingimustes](https://example.ee/tingimused).'),
      lacksStep('Kas teil on veel küsimusi?'),
      {
        message: ARTICLE_MESSAGE,
        ...article('Tagastus registreeritakse paki saabumise päeval.\n\n[[Raha laekub viie tööpäeva jooksul.]]'),
        output:
          '# Tagastamine\n\n' +
          'Tagastus registreeritakse paki saabumise päeval.\n\n' +
          'Raha laekub viie tööpäeva jooksul.\n\n' +
          'Kui see probleemi ei lahendanud, võta meiega ühendust: [kontaktlink].',
      },
    ],
  },
  'et',
);
