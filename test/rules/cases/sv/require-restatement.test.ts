import { describeRule } from '../../harness';

/** The finding's message: a reply that does not say back what the customer wrote. */
const MISSING = 'Ingen sammanfattning av ärendet: skriv i en eller två meningar vad som hänt och vad kunden förväntar sig.';
const reply = (body: string) => `Hej Sam,\n\n${body}\n\nMed vänliga hälsningar,\nAnna`;
/** A reply with no restatement: the finding is on its greeting. */
const flagged = (body: string) => ({ text: `[[Hej Sam,]]\n\n${body}\n\nMed vänliga hälsningar,\nAnna`, message: MISSING });

describeRule(
  'require-restatement',
  {
    valid: [
      // A sentence that states what went wrong names the problem: an error, a service down, a thing not found.
      reply('Något gick fel när betalningen skulle registreras. Försök igen om en stund.'),
      reply('Bokningstjänsten är tillfälligt otillgänglig på grund av underhåll.'),
      reply('Vi kunde tyvärr inte hitta sidan du letar efter. Kontrollera adressen.'),
      // Naming the customer's own thing names the subject of the question ("din skrivare…").
      reply('Din skrivare tappar nätverket efter varje uppdatering. Den nya drivrutinen löser det.'),
      reply('Ert abonnemangsavtal visar fel startdatum. Vi har rättat det i dag.'),
      reply('Om jag förstår dig rätt har fakturan fel momsbelopp. En ny faktura är bifogad.'),
      reply('Du skriver att appen stängs när du öppnar kameran. Version 3.2 rättar det.'),
      reply('Din beställning har fastnat hos ombudet. Vi skickar en ny i dag.'),
      reply('Angående paketet som kom skadat: en ersättare skickas i dag.'),
      reply('Vi beklagar att leveransen blev försenad.'),
      reply('Tack för att du berättade att länken i mejlet har slutat fungera. Här är en ny.'),
      reply('Du har inte fått något bekräftelsemejl. Vi har skickat det igen.'),
      reply('Du har blivit debiterad två gånger för mars. Den ena dragningen är återbetald.'),
      reply('Sammanfattningsvis: kortet spärrades efter tre felaktiga försök.'),
      reply('Du ville byta leveransadress innan paketet skickades.'),
      reply('Enligt din skärmbild visas fel pris i kassan.'),
      reply('Gällande order nr 5521 är återbetalningen gjord.'),
      reply('Om du har glömt lösenordet skickar vi en ny länk.'),
      reply('Tack för att du hörde av dig om återbetalningen. Den är på väg.'),
      { text: '# Byta lösenord\n\nÖppna Inställningar och välj Byt lösenord.', kind: 'article' },
    ],
    invalid: [
      // Only general words after "your": a message, patience or support is not the customer's problem.
      flagged('Tack för ditt tålamod. Vi svarar inom en dag.'),
      flagged('Ditt stöd betyder mycket för oss.'),
      {
        text: '[[Hej Sam,]]\n\nrensa webbläsarens cache och logga in igen.\n\nMed vänliga hälsningar,\nAnna',
        message: MISSING,
        output:
          'Hej Sam,\n\nOm jag förstår dig rätt: [vad som hänt och vad du förväntar dig]. rensa webbläsarens cache ' +
          'och logga in igen.\n\nMed vänliga hälsningar,\nAnna',
      },
      {
        text: '[[Hej,]]\n\ntack för ditt meddelande. Vi återkommer i morgon.\n\nHälsningar,\nOla',
        message: MISSING,
        output:
          'Hej,\n\nOm jag förstår dig rätt: [vad som hänt och vad du förväntar dig]. ' +
          'tack för ditt meddelande. Vi återkommer i morgon.\n\nHälsningar,\nOla',
      },
      flagged('Tråkigt att höra. Rensa cachen och logga in igen.'),
      flagged('Tack för att du hörde av dig.'),
      flagged('Vi beklagar att du upplever det så.'),
      flagged('Om du vill byta plan, öppna Inställningar.'),
      flagged('Angående returer gäller våra villkor.'),
      flagged('Vi skickar er fakturan i morgon.'),
      flagged('När du skriver till oss, ange ordernumret.'),
      flagged('Förlåt för besväret.'),
      flagged('Vill du ha fakturan som pdf?'),
      flagged('Du kan läsa mer i hjälpcentret.'),
      flagged('Starta om din enhet och logga in igen.'),
      flagged('Vi har noterat det i ditt ärende.'),
    ],
  },
  'sv',
);
