import { describeRule } from '../../harness';

const MESSAGE = 'on kuiv keeldumine: kirjuta, mida saame teha, selles lauses või kahes järgmises.';
const reply = (body: string) => ({ text: `Tere, Mari!\n\n${body}\n\nLugupidamisega\nKaido`, kind: 'reply' as const });
const flagged = (body: string, phrase: string) => ({ ...reply(body), message: `„${phrase}” ${MESSAGE}`, output: null });

describeRule(
  'no-flat-no',
  {
    valid: [
      reply('Me ei saa raha tagastada, kuid saame pakkuda kinkekaarti sama summa eest.'),
      reply('Tellimust ei saa enam muuta. Selle asemel saadan teile tasuta tagastussildi.'),
      reply('Me ei saa tellimust tühistada. Saate toote 14 päeva jooksul tasuta tagastada.'),
      reply('Kahjuks ei saa me prooviperioodi pikendada. Pikendasin teie allahindlust kuu võrra.'),
      reply('Me ei saa tellimust tühistada ilma tellimuse numbrita, palun saatke see meile.'),
      reply('Kui me ei saa raha kaardile tagastada, kanname selle teie pangakontole.'),
      reply('Miks ma ei saa oma tellimust muuta?'),
      reply('Me ei jaga teie andmeid kolmandate osapooltega.'),
      reply('Faili ei saa avada, sest see on kahjustatud, ja me parandame selle täna.'),
      { text: '# Konto kustutamine\n\nSeda toimingut ei saa tagasi võtta.', kind: 'article' },
      { text: '# Tagastamine\n\nToode on hügieenitoode, seetõttu ei ole tagastamine võimalik.', kind: 'article' },
      { text: '| Toode | Tagastus |\n|---|---|\n| Eritellimus | Tagastusõigus puudub |', kind: 'article' },
    ],
    invalid: [
      flagged('Kahjuks [[ei saa me raha tagastada]].', 'ei saa me raha tagastada'),
      flagged('[[Me ei saa teie tellimust enam tühistada]].', 'Me ei saa teie tellimust enam tühistada'),
      flagged('Tellimust [[ei saa enam muuta]].', 'ei saa enam muuta'),
      flagged('Kustutatud kontot [[ei saa taastada]].', 'ei saa taastada'),
      flagged('Tellimust [[ei ole võimalik tühistada]].', 'ei ole võimalik tühistada'),
      flagged('Kahjuks [[pole see võimalik]].', 'pole see võimalik'),
      flagged('[[Me ei tee erandeid]].', 'Me ei tee erandeid'),
      flagged('Teie [[taotlus on tagasi lükatud]].', 'taotlus on tagasi lükatud'),
      flagged('Hüvitise taotlust [[ei rahuldata]].', 'ei rahuldata'),
      flagged('Kahjuks [[ei ole midagi teha]].', 'ei ole midagi teha'),
      flagged('[[Me ei saa raha tagastada]]. Lisainfot saate lugeda tingimustest.', 'Me ei saa raha tagastada'),
      {
        text: '# Tagastamine\n\nKasutatud toodetel [[puudub tagastusõigus]].',
        kind: 'article',
        message: `„puudub tagastusõigus” ${MESSAGE}`,
        output: null,
      },
      {
        text: '# Soodusmüük\n\nAllahinnatud kaup [[ei kuulu tagastamisele]].',
        kind: 'article',
        message: `„ei kuulu tagastamisele” ${MESSAGE}`,
        output: null,
      },
      {
        text: '# Saatmine\n\nSaatekulusid [[ei hüvitata]].',
        kind: 'article',
        message: `„ei hüvitata” ${MESSAGE}`,
        output: null,
      },
    ],
  },
  'et',
);
