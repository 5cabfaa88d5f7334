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
      { text: '[[Klicka helt enkelt]] på Spara.', output: null },
      { text: '[[Som du säkert vet]] måste lösenordet ha 8 tecken.', output: null },
      { text: '[[Det är enkelt]]: öppna Inställningar.', output: null },
      { text: '[[Alla vet ju]] hur man byter lösenord.', output: null },
      { text: '[[Det står tydligt i manualen]] att kabeln ska sitta i.', output: null },
      { text: '[[Du kan bara logga]] in igen.', output: null },
      { text: '[[Läs bara]] instruktionerna.', output: null },
      { text: '[[Det är ju självklart]] att man måste spara först.', output: null },
      { text: '[[Som ni vet]] tar vi backup varje natt.', output: null },
      { text: 'För att rätta det, [[rensa helt enkelt]] cacheminnet.', output: null },
    ],
  },
  'sv',
);
