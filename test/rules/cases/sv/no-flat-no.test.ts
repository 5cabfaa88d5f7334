import { describeRule } from '../../harness';

const MESSAGE = 'är ett blankt nej: skriv vad ni kan göra i stället, i den här meningen eller de två nästa.';
const reply = (body: string) => ({ text: `Hej Anna,\n\n${body}\n\nMed vänliga hälsningar,\nErik`, kind: 'reply' as const });
const flagged = (body: string, phrase: string) => ({ ...reply(body), message: `”${phrase}” ${MESSAGE}`, output: null });
/** An answer that opens with a bare ”Nej”: flagged, and the fix takes it out. */
const OPENING = '”Nej” först i meningen stänger dörren: börja med vad ni kan göra.';
const opening = (body: string, fixed: string) => ({ ...reply(body), message: OPENING, output: reply(fixed).text });

describeRule(
  'no-flat-no',
  {
    valid: [
      reply('Vi kan inte återbetala biljetten, men vi kan byta den mot en resa i maj.'),
      reply('Det går tyvärr inte att avboka resan. I stället flyttar jag bokningen till nästa vecka.'),
      reply('Jag kan inte ändra din bokning. Du kan också boka om resan själv i appen.'),
      reply('Vi kan inte förlänga provperioden. Jag har redan skickat en rabattkod till din e-post.'),
      reply('Vi kan inte skicka varan utan ett ordernummer, så skriv gärna numret här.'),
      reply('Om vi inte kan återbetala biljetten får du ett presentkort.'),
      reply('Kan vi verkligen inte ändra leveransadressen?'),
      reply('Vi delar inte dina uppgifter med någon annan.'),
      reply('Vi kan inte lämna ut dina uppgifter till någon annan.'),
      reply('Priset ändras inte när du byter till årsbetalning.'),
      reply('Det går inte att logga in just nu, vi felsöker servern.'),
      reply('Ej återbetalningsbara biljetter är billigast på den här sträckan.'),
      { text: '# Avbokning\n\nBiljetten är personlig, därför kan den inte överlåtas till någon annan.', kind: 'article' },
      { text: '# Radera kontot\n\nDet går inte att ångra en radering.', kind: 'article' },
      // An opening ”Nej” with good news after it, an alternative, or answering a question; ”Nej då” is friendly.
      reply('Nej, du behöver inte göra något: återbetalningen kommer automatiskt.'),
      reply('Nej, ingenting har raderats. Alla filer ligger kvar i papperskorgen.'),
      reply('Nej, du debiteras inte två gånger.'),
      reply('Nej. Du behöver inte göra något, uppdateringen installeras av sig själv.'),
      reply('Nej, vi kan inte förlänga provperioden, men vi kan flytta dina filer till gratisplanen.'),
      reply('Nej, det är vårt fel: paketet skickades till fel adress.'),
      reply('Nej. Varningen är helt i sin ordning, den visas efter varje uppdatering.'),
      reply('Nej då, det var inga problem alls.'),
      { text: 'Alla varor i butiken omfattas av ångerrätten i 14 dagar.', kind: 'article' },
      { text: '## Kostar appen något?\n\nNej. Appen är gratis i alla abonnemang.', kind: 'article' },
    ],
    invalid: [
      flagged('Tyvärr [[kan vi inte återbetala]] biljetten.', 'kan vi inte återbetala'),
      {
        text: 'Byte- och [[ångerrätt gäller inte]] för företagskunder.',
        message: `”ångerrätt gäller inte” ${MESSAGE}`,
        kind: 'article',
      },
      flagged('Observera att [[vi inte står för]] returfrakten.', 'vi inte står för'),
      { text: 'Förskottsbetalda lektioner [[krediteras ej]].', message: `”krediteras ej” ${MESSAGE}`, kind: 'article' },
      {
        text: 'Måttbeställda gardiner [[omfattas inte av ångerrätten]].',
        message: `”omfattas inte av ångerrätten” ${MESSAGE}`,
        kind: 'article',
      },
      flagged('[[Vi betalar inte för]] returfrakten.', 'Vi betalar inte för'),
      flagged('[[Vi kan inte hjälpa]] dig med det.', 'Vi kan inte hjälpa'),
      flagged('[[Vi kommer tyvärr inte att kunna förlänga]] provperioden.', 'Vi kommer tyvärr inte att kunna förlänga'),
      flagged('[[Vi har tyvärr inte möjlighet att]] skicka en ny vara.', 'Vi har tyvärr inte möjlighet att'),
      flagged('[[Det går tyvärr inte att avboka]] resan.', 'Det går tyvärr inte att avboka'),
      flagged('[[Det är tyvärr inte möjligt]].', 'Det är tyvärr inte möjligt'),
      flagged('[[Det finns inget vi kan göra]] åt förseningen.', 'Det finns inget vi kan göra'),
      flagged('Din [[ansökan har avslagits]].', 'ansökan har avslagits'),
      flagged('Tyvärr [[kan förlängningen inte beviljas]].', 'kan förlängningen inte beviljas'),
      flagged('[[Vi gör inga undantag]] från regeln.', 'Vi gör inga undantag'),
      flagged('[[Vi kan inte återbetala]] biljetten. Vi tar med oss din feedback.', 'Vi kan inte återbetala'),
      flagged('Styrelsen [[kan ej hjälpa till]] med enskilda anslutningar.', 'kan ej hjälpa till'),
      {
        text: '# Digitala produkter\n\nFör e-böcker [[gäller ingen ångerrätt]].',
        kind: 'article',
        message: `”gäller ingen ångerrätt” ${MESSAGE}`,
        output: null,
      },
      {
        text: '# Ändra order\n\nEnligt villkoren [[kan adressen inte ändras]] efter leveransen.',
        kind: 'article',
        message: `”kan adressen inte ändras” ${MESSAGE}`,
        output: null,
      },
      {
        text: '# Avgifter\n\nStartavgiften [[är ej återbetalningsbar]].',
        kind: 'article',
        message: `”är ej återbetalningsbar” ${MESSAGE}`,
        output: null,
      },
      opening('[[Nej]], återbetalning gäller bara inom 14 dagar.', 'Återbetalning gäller bara inom 14 dagar.'),
      opening('[[Nej]]. Den funktionen finns bara i Pro-planen.', 'Den funktionen finns bara i Pro-planen.'),
      opening('[[Nej]], kontot är stängt för gott.', 'Kontot är stängt för gott.'),
      {
        ...reply('[[Nej]], [[vi kan inte återbetala]] biljetten.'),
        message: [OPENING, `”vi kan inte återbetala” ${MESSAGE}`],
        output: reply('Vi kan inte återbetala biljetten.').text,
      },
    ],
  },
  'sv',
);
