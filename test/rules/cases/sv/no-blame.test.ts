import { describeRule } from '../../harness';

describeRule(
  'no-blame',
  {
    valid: [
      'Du borde ha fått ett mejl med bekräftelsen nu.',
      'Om du inte har läst guiden än finns länken nedan.',
      'Har du inte läst vår senaste guide?',
      'Det var inte ditt fel: servern svarade med ett fel.',
      'Felet ligger hos oss och vi rättar det nu.',
      'Fakturan borde synas i kontot från i morgon.',
      'Som jag förstår det vill du byta adress.',
      'Utan ditt fel stoppade banken betalningen.',
      'Det är bra att läsa kapitlet före installationen.',
      'Vi borde ha skickat påminnelsen tidigare, förlåt.',
    ],
    invalid: [
      {
        text: '[[Du borde ha läst]] manualen innan du installerade.',
        message: '”Du borde ha läst” skyller på kunden: beskriv vad som hände och vad vi gör nu.',
        output: null,
      },
      {
        text: '[[Ni skulle ha kontrollerat]] adressen före beställningen.',
        message: '”Ni skulle ha kontrollerat” skyller på kunden: beskriv vad som hände och vad vi gör nu.',
        output: null,
      },
      {
        text: '[[Du hade behövt ha uppdaterat]] appen först.',
        message: '”Du hade behövt ha uppdaterat” skyller på kunden: beskriv vad som hände och vad vi gör nu.',
        output: null,
      },
      {
        text: 'Tyvärr [[har du inte läst]] villkoren för kampanjen.',
        message: '”har du inte läst” skyller på kunden: beskriv vad som hände och vad vi gör nu.',
        output: null,
      },
      {
        text: 'Förseningen var [[ditt eget fel]], adressen var fel.',
        message: '”ditt eget fel” skyller på kunden: beskriv vad som hände och vad vi gör nu.',
        output: null,
      },
      {
        text: 'Det här är ett typiskt [[användarfel]].',
        message: '”användarfel” skyller på kunden: beskriv vad som hände och vad vi gör nu.',
        output: null,
      },
      {
        text: '[[Som jag redan skrev]], lösenordet byts i inställningarna.',
        message: '”Som jag redan skrev” skyller på kunden: beskriv vad som hände och vad vi gör nu.',
        output: null,
      },
      {
        text: '[[Problemet ligger hos dig]], inte hos oss.',
        message: '”Problemet ligger hos dig” skyller på kunden: beskriv vad som hände och vad vi gör nu.',
        output: null,
      },
      {
        text: 'Det är [[ert misstag]] att ordern inte kom fram.',
        message: '”ert misstag” skyller på kunden: beskriv vad som hände och vad vi gör nu.',
        output: null,
      },
      {
        text: '[[Ni har inte följt]] instruktionerna.',
        message: '”Ni har inte följt” skyller på kunden: beskriv vad som hände och vad vi gör nu.',
        output: null,
      },
      {
        text: '[[Precis som jag sa]], måste kabeln sitta i.',
        message: '”Precis som jag sa” skyller på kunden: beskriv vad som hände och vad vi gör nu.',
        output: null,
      },
    ],
  },
  'sv',
);
