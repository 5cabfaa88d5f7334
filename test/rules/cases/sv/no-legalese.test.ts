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
      {
        text: 'Ni kommer att [[erhålla]] en ny faktura.',
        message: '”erhålla” är krångelspråk: skriv enklare. Skriv hellre ”få”.',
        output: 'Ni kommer att få en ny faktura.',
      },
      {
        text: 'Du [[erhåller]] koden via sms.',
        message: '”erhåller” är krångelspråk: skriv enklare. Skriv hellre ”får”.',
        output: 'Du får koden via sms.',
      },
      {
        text: 'Vi kan [[tillhandahålla]] en ny licens.',
        message: '”tillhandahålla” är krångelspråk: skriv enklare. Skriv hellre ”ge”.',
        output: 'Vi kan ge en ny licens.',
      },
      {
        text: 'Det [[föreligger]] ett fel i exporten.',
        message: '”föreligger” är krångelspråk: skriv enklare. Skriv hellre ”finns”.',
        output: 'Det finns ett fel i exporten.',
      },
      {
        text: 'Koden [[torde]] komma inom en timme.',
        message: '”torde” är krångelspråk: skriv enklare. Skriv hellre ”bör”.',
        output: 'Koden bör komma inom en timme.',
      },
      { text: 'Vi skickar [[härmed]] en ny kod.', message: '”härmed” är krångelspråk: skriv enklare.', output: 'Vi skickar en ny kod.' },
      {
        text: 'Vi har en fråga [[beträffande]] fakturan.',
        message: '”beträffande” är krångelspråk: skriv enklare. Skriv hellre ”om”.',
        output: 'Vi har en fråga om fakturan.',
      },
      {
        text: 'Vi ringer [[i syfte att]] bekräfta adressen.',
        message: '”i syfte att” är krångelspråk: skriv enklare. Skriv hellre ”för att”.',
        output: 'Vi ringer för att bekräfta adressen.',
      },
      {
        text: 'Ändringen görs [[i enlighet med]] avtalet.',
        message: '”i enlighet med” är krångelspråk: skriv enklare. Skriv hellre ”enligt”.',
        output: 'Ändringen görs enligt avtalet.',
      },
      { text: 'Vänligen [[inkom med]] kvittot.', message: '”inkom med” är krångelspråk: skriv enklare.', output: null },
      { text: 'Vi [[emotser]] ditt svar.', message: '”emotser” är krångelspråk: skriv enklare.', output: null },
      {
        text: 'Efter tre veckor [[vinner laga kraft]] beslutet.',
        message: '”vinner laga kraft” är krångelspråk: skriv enklare.',
        output: null,
      },
    ],
  },
  'sv',
);
