import { describeRule } from '../../harness';

const MESSAGE = 'on kuiv keeldumine: kirjuta, mida saame teha, selles lauses või kahes järgmises.';
const reply = (body: string) => ({ text: `Tere, Mari!\n\n${body}\n\nLugupidamisega\nKaido`, kind: 'reply' as const });
const flagged = (body: string, phrase: string) => ({ ...reply(body), message: `„${phrase}” ${MESSAGE}`, output: null });
/** An answer that opens with a bare „Ei”: flagged, and the fix takes it out. */
const OPENING = '„Ei” lause alguses on kuiv keeldumine: alusta sellest, mida saame teha.';
const opening = (body: string, fixed: string) => ({ ...reply(body), message: OPENING, output: reply(fixed).text });

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
      // An opening „Ei” with good news after it, an alternative, or answering a question; „Ei midagi” thanks.
      reply('Ei, te ei pea midagi tegema: raha laekub kontole automaatselt.'),
      reply('Ei, midagi ei kadunud. Kõik failid on prügikastis alles.'),
      reply('Ei, teilt ei võeta topelttasu.'),
      reply('Ei. Te ei pea midagi tegema, uuendus paigaldub ise.'),
      reply('Ei, tellimust ei saa enam muuta, kuid saame pakkuda tasuta tagastust.'),
      reply('Ei, see on meie viga: pakk saadeti vale aadressile.'),
      reply('Ei. See teade on täiesti korras, see ilmub pärast iga uuendust.'),
      reply('Ei midagi, alati hea meel aidata!'),
      { text: '## Kas rakendus on tasuline?\n\nEi. Rakendus on kõigis pakettides tasuta.', kind: 'article' },
    ],
    invalid: [
      {
        text: 'Kiiresti riknevatele toodetele [[ei kehti taganemisõigus]].',
        message: `„ei kehti taganemisõigus” ${MESSAGE}`,
        kind: 'article',
      },
      {
        text: 'Välismaale kaupu [[ei toimetata]].',
        message: `„ei toimetata” ${MESSAGE}`,
        kind: 'article',
      },
      {
        text: 'Tellimust [[tühistada kahjuks ei saa]].',
        message: '„tühistada kahjuks ei saa” on kuiv keeldumine: kirjuta, mida saame teha, selles lauses või kahes järgmises.',
      },
      {
        text: 'Meil [[puudub võimalus]] tellimust muuta.',
        message: '„puudub võimalus” on kuiv keeldumine: kirjuta, mida saame teha, selles lauses või kahes järgmises.',
      },
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
      opening('[[Ei]], tagastus kehtib ainult 14 päeva jooksul.', 'Tagastus kehtib ainult 14 päeva jooksul.'),
      opening('[[Ei]]. See funktsioon on ainult Pro-paketis.', 'See funktsioon on ainult Pro-paketis.'),
      opening('[[Ei]], konto on jäädavalt suletud.', 'Konto on jäädavalt suletud.'),
      {
        ...reply('[[Ei]], [[me ei saa raha tagastada]].'),
        message: [OPENING, `„me ei saa raha tagastada” ${MESSAGE}`],
        output: reply('Me ei saa raha tagastada.').text,
      },
    ],
  },
  'et',
);
