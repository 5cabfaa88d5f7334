import { describeRule } from '../../harness';

describeRule(
  'no-legalese',
  {
    valid: [
      'Ni får en ny faktura i morgon.',
      'Vi ger dig tillgång till den nya panelen.',
      'Det finns ett fel i exporten som vi rättar.',
      'Du bör få koden inom en timme.',
      'Skicka kvittot till oss, så kollar vi.',
      'Vi väntar på ditt svar.',
      'För att byta lösenord, öppna Inställningar.',
      'Enligt beställningen ska paketet gå i dag.',
      'Beslutet gäller från 1 mars.',
      'Frågan om fakturan är löst.',
    ],
    invalid: [
      { text: 'Ni kommer att [[erhålla]] en ny faktura.', output: 'Ni kommer att få en ny faktura.' },
      { text: 'Du [[erhåller]] koden via sms.', output: 'Du får koden via sms.' },
      { text: 'Vi kan [[tillhandahålla]] en ny licens.', output: 'Vi kan ge en ny licens.' },
      { text: 'Det [[föreligger]] ett fel i exporten.', output: 'Det finns ett fel i exporten.' },
      { text: 'Koden [[torde]] komma inom en timme.', output: 'Koden bör komma inom en timme.' },
      { text: 'Vi skickar [[härmed]] en ny kod.', output: 'Vi skickar en ny kod.' },
      { text: 'Vi har en fråga [[beträffande]] fakturan.', output: 'Vi har en fråga om fakturan.' },
      { text: 'Vi ringer [[i syfte att]] bekräfta adressen.', output: 'Vi ringer för att bekräfta adressen.' },
      { text: 'Ändringen görs [[i enlighet med]] avtalet.', output: 'Ändringen görs enligt avtalet.' },
      { text: 'Vänligen [[inkom med]] kvittot.', output: null },
      { text: 'Vi [[emotser]] ditt svar.', output: null },
      { text: 'Efter tre veckor [[vinner laga kraft]] beslutet.', output: null },
    ],
  },
  'sv',
);
