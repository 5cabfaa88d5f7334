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
      'Läs mer nedan: öppna appen och välj Konto.',
      { text: 'Företaget (nedan ”Leverantören”) levererar tjänsten.', kind: 'article' },
      { text: 'Leverantören, nedan kallad Bolaget, ansvarar för driften.', kind: 'article' },
      'Inkommande samtal visas i loggen.',
      'Vi skickar fakturan igen i dag.',
      'Det har vi redan sett till.',
      'Betala med kort eller Swish.',
      'Därigenom sparar du tid vid nästa köp.',
    ],
    invalid: [
      {
        text: 'Ansökan [[skall]] vara inskickad före fredag.',
        message: '”skall” är krångelspråk: skriv enklare. Skriv hellre ”ska”.',
        output: 'Ansökan ska vara inskickad före fredag.',
      },
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
      {
        text: 'Om du inte överklagar [[vinner beslutet laga kraft]] efter tre veckor.',
        message: '”vinner beslutet laga kraft” är krångelspråk: skriv enklare.',
        output: null,
      },
      {
        text: 'Senast fredag [[inkommer ni med]] kvittot.',
        message: '”inkommer ni med” är krångelspråk: skriv enklare.',
        output: null,
      },
      {
        text: 'Avgiften ska [[erläggas]] i förskott, men du [[erlägger]] den först i mars.',
        message: ['”erläggas” är krångelspråk: skriv enklare.', '”erlägger” är krångelspråk: skriv enklare. Skriv hellre ”betalar”.'],
        output: 'Avgiften ska erläggas i förskott, men du betalar den först i mars.',
      },
      {
        text: 'Ingen åtgärd [[erfordras]] och inga [[erforderliga]] papper saknas.',
        message: ['”erfordras” är krångelspråk: skriv enklare. Skriv hellre ”krävs”.', '”erforderliga” är krångelspråk: skriv enklare.'],
        output: 'Ingen åtgärd krävs och inga erforderliga papper saknas.',
      },
      {
        text: 'Du [[anmodas]] att betala senast fredag.',
        message: '”anmodas” är krångelspråk: skriv enklare.',
        output: null,
      },
      {
        text: 'Vi [[tillser]] att kortet spärras och skickar koden [[ånyo]].',
        message: [
          '”tillser” är krångelspråk: skriv enklare. Skriv hellre ”ser till”.',
          '”ånyo” är krångelspråk: skriv enklare. Skriv hellre ”igen”.',
        ],
        output: 'Vi ser till att kortet spärras och skickar koden igen.',
      },
      {
        text: 'Vi [[översänder]] fakturan [[medelst]] e-post.',
        message: [
          '”översänder” är krångelspråk: skriv enklare. Skriv hellre ”skickar”.',
          '”medelst” är krångelspråk: skriv enklare. Skriv hellre ”med”.',
        ],
        output: 'Vi skickar fakturan med e-post.',
      },
      {
        text: 'Vi [[anhåller om]] ett kvitto, [[likaledes]] ett foto av varan.',
        message: [
          '”anhåller om” är krångelspråk: skriv enklare. Skriv hellre ”ber om”.',
          '”likaledes” är krångelspråk: skriv enklare. Skriv hellre ”också”.',
        ],
        output: 'Vi ber om ett kvitto, också ett foto av varan.',
      },
      {
        text: 'Vi rättar felet [[skyndsamt]] och hör av oss [[i förekommande fall]].',
        message: [
          '”skyndsamt” är krångelspråk: skriv enklare. Skriv hellre ”snabbt”.',
          '”i förekommande fall” är krångelspråk: skriv enklare.',
        ],
        output: 'Vi rättar felet snabbt och hör av oss i förekommande fall.',
      },
      {
        text: 'Det [[åligger]] kunden att byta lösenord före utgången av [[innevarande år]].',
        message: ['”åligger” är krångelspråk: skriv enklare.', '”innevarande år” är krångelspråk: skriv enklare.'],
        output: null,
      },
      {
        text: 'Vi skriver [[i anledning av]] [[ifrågavarande]] faktura.',
        message: ['”i anledning av” är krångelspråk: skriv enklare.', '”ifrågavarande” är krångelspråk: skriv enklare.'],
        output: null,
      },
      {
        text: 'Företaget ([[nedan]] ”Leverantören”) levererar tjänsten.',
        kind: 'reply',
        message: '”nedan” är juristspråk: skriv det vanliga namnet, utan att definiera det.',
        output: null,
      },
      {
        text: 'Leverantören, [[nedan kallad]] Bolaget, ansvarar för driften.',
        kind: 'reply',
        message: '”nedan kallad” är juristspråk: skriv det vanliga namnet, utan att definiera det.',
        output: null,
      },
    ],
  },
  'sv',
);
