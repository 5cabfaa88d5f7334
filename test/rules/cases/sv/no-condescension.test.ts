import { describeRule } from '../../harness';

describeRule(
  'no-condescension',
  {
    valid: [
      'Klicka på Spara så syns ändringen direkt.',
      'Det fungerar helt enkelt inte som det ska, och det rättar vi.',
      'Räcker det att klicka på Spara?',
      'Självklart hjälper jag till!',
      'Som du ser på skärmbilden finns knappen uppe till höger.',
      'Jag vet inte än vad som hände, men jag kollar loggarna.',
      'Processen är enkel och tar två minuter.',
      'Det räcker med ordernumret för att jag ska hitta den.',
      'Som du skrev dyker felet upp efter uppdateringen.',
      '## Det är enkelt',
    ],
    invalid: [
      {
        text: '[[Klicka helt enkelt]] på Spara.',
        message: '”Klicka helt enkelt” talar ner till läsaren: meningen blir bättre utan.',
        output: null,
      },
      {
        text: '[[Som du säkert vet]] måste lösenordet ha 8 tecken.',
        message: '”Som du säkert vet” talar ner till läsaren: meningen blir bättre utan.',
        output: null,
      },
      {
        text: '[[Det är enkelt]]: öppna Inställningar.',
        message: '”Det är enkelt” talar ner till läsaren: meningen blir bättre utan.',
        output: null,
      },
      {
        text: '[[Alla vet ju]] hur man byter lösenord.',
        message: '”Alla vet ju” talar ner till läsaren: meningen blir bättre utan.',
        output: null,
      },
      {
        text: '[[Det står tydligt i manualen]] att kabeln ska sitta i.',
        message: '”Det står tydligt i manualen” talar ner till läsaren: meningen blir bättre utan.',
        output: null,
      },
      {
        text: '[[Du kan bara logga]] in igen.',
        message: '”Du kan bara logga” talar ner till läsaren: meningen blir bättre utan.',
        output: null,
      },
      { text: '[[Läs bara]] instruktionerna.', message: '”Läs bara” talar ner till läsaren: meningen blir bättre utan.', output: null },
      {
        text: '[[Det är ju självklart]] att man måste spara först.',
        message: '”Det är ju självklart” talar ner till läsaren: meningen blir bättre utan.',
        output: null,
      },
      {
        text: '[[Som ni vet]] tar vi backup varje natt.',
        message: '”Som ni vet” talar ner till läsaren: meningen blir bättre utan.',
        output: null,
      },
      {
        text: 'För att rätta det, [[rensa helt enkelt]] cacheminnet.',
        message: '”rensa helt enkelt” talar ner till läsaren: meningen blir bättre utan.',
        output: null,
      },
    ],
  },
  'sv',
);
