import { describeRule } from '../../harness';

describeRule(
  'no-shouting',
  {
    valid: [
      // Capitals that name something, quote something or label something.
      { text: '6. ÅNGERRÄTT OCH RETURER\nDu kan ångra köpet inom 14 dagar.', format: 'plaintext' },
      'Fakturan från Exempel AB betalas med OCR via BG eller PG.',
      'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-30.',
      'OBS! Länken gäller i 24 timmar.',
      'Avdraget heter ROT eller RUT beroende på arbetet.',
      'Om du ser ”ÅTKOMST NEKAD”, logga ut och in igen.',
      'Priset är 99 SEK i månaden inklusive moms.',
      'Exportera kontakterna till CSV eller PDF.',
      'Klicka på **NY** för att skapa ett ärende.',
      'Vår VD svarar på frågor om GDPR i vår FAQ.',
      'Kontakta CSN eller SKV om studiemedel och skatt.',
      'Ange koden PUK om SIM-kortet är låst.',
      'Kursen hålls i hus II, plan 3.',
      'VILLKOR FÖR RETUR:\n\n- Returen ska ske inom 14 dagar.',
      // Marks.
      'Tack så mycket!',
      'Vad hände???',
      'Uppdateringen är klar! Du kan fortsätta.',
      'Har paketet kommit fram?',
      'Fick du koden? Om inte skickar vi den igen.',
      'Vi har öppet mellan kl. 8 och 16.',
      'Ordernumret är SE-2024-118.',
      'Obs: länken gäller i en dag.',
      'Toppen, allt fungerar!',
      'Adressen är support@example.com.',
      'Skicka t.ex. en skärmbild.',
    ],
    invalid: [
      // Capitals that raise the voice: small letters fix them (never fix-all: the writer reads the sentence again).
      {
        text: 'Ändringen gäller [[ÄVEN]] gamla beställningar.',
        message: '”ÄVEN” låter som skrik: skriv ”även”.',
        output: 'Ändringen gäller även gamla beställningar.',
      },
      {
        text: 'Dra [[INTE]] ur sladden under uppdateringen.',
        message: '”INTE” låter som skrik: skriv ”inte”.',
        output: 'Dra inte ur sladden under uppdateringen.',
      },
      {
        text: 'Vi ber [[ALDRIG]] om ditt lösenord via e-post.',
        message: '”ALDRIG” låter som skrik: skriv ”aldrig”.',
        output: 'Vi ber aldrig om ditt lösenord via e-post.',
      },
      {
        text: 'Du [[MÅSTE]] bekräfta din e-post inom 24 timmar.',
        message: '”MÅSTE” låter som skrik: skriv ”måste”.',
        output: 'Du måste bekräfta din e-post inom 24 timmar.',
      },
      {
        text: '[[VIKTIGT]]: säkerhetskopiera dina filer innan du återställer.',
        message: '”VIKTIGT” låter som skrik: skriv ”Viktigt”.',
        output: 'Viktigt: säkerhetskopiera dina filer innan du återställer.',
      },
      {
        text: '[[VARNING]]: en raderad arbetsyta går inte att återställa.',
        message: '”VARNING” låter som skrik: skriv ”Varning”.',
        output: 'Varning: en raderad arbetsyta går inte att återställa.',
      },
      {
        text: 'Returer tas emot [[ENDAST]] inom 14 dagar.',
        message: '”ENDAST” låter som skrik: skriv ”endast”.',
        output: 'Returer tas emot endast inom 14 dagar.',
      },
      {
        text: '[[LÄS DETTA]] innan du uppdaterar.',
        message: '”LÄS DETTA” låter som skrik: skriv ”Läs detta”.',
        output: 'Läs detta innan du uppdaterar.',
      },
      {
        text: 'Logga in [[NU]] för att behålla rabatten.',
        message: '”NU” låter som skrik: skriv ”nu”.',
        output: 'Logga in nu för att behålla rabatten.',
      },
      {
        text: 'Dela **[[ALDRIG]]** koden med någon.',
        message: '”ALDRIG” låter som skrik: skriv ”aldrig”.',
        output: 'Dela **aldrig** koden med någon.',
      },
      {
        text: 'Det här steget är [[MYCKET]] viktigt.',
        message: '”MYCKET” låter som skrik: skriv ”mycket”.',
        output: 'Det här steget är mycket viktigt.',
      },
      {
        text: 'Skriv ”JA” i rutan och klicka [[INTE]] på Avbryt.',
        message: '”INTE” låter som skrik: skriv ”inte”.',
        output: 'Skriv ”JA” i rutan och klicka inte på Avbryt.',
      },
      {
        text: '| Fråga | Svar |\n|---|---|\n| Får jag dela koden? | **[[NEJ]]** |',
        message: '”NEJ” låter som skrik: skriv ”Nej”.',
        output: '| Fråga | Svar |\n|---|---|\n| Får jag dela koden? | **Nej** |',
      },
      {
        text: 'Hej Sara,\n\nDitt kort har [[INTE]] debiterats två gånger.\n\nMed vänliga hälsningar,\nErik',
        message: '”INTE” låter som skrik: skriv ”inte”.',
        kind: 'reply',
        format: 'plaintext',
        output: 'Hej Sara,\n\nDitt kort har inte debiterats två gånger.\n\nMed vänliga hälsningar,\nErik',
      },
      // Marks.
      {
        text: 'Dra inte ur sladden under uppdateringen[[!!!]]',
        message: '”!!!” låter som skrik: ett ”!” räcker.',
        output: 'Dra inte ur sladden under uppdateringen!',
      },
      {
        text: 'Vi har redan skrivit om det[[!!]]',
        message: '”!!” låter som skrik: ett ”!” räcker.',
        output: 'Vi har redan skrivit om det!',
      },
      {
        text: 'Varför läste du inte meddelandet[[?!]]',
        message: '”?!” låter som skrik: ett ”?” räcker.',
        output: 'Varför läste du inte meddelandet?',
      },
      { text: 'Vad hände[[?!?]]', message: '”?!?” låter som skrik: ett ”?” räcker.', output: 'Vad hände?' },
      {
        text: 'Mycket viktigt[[!!!!]] Spara koden.',
        message: '”!!!!” låter som skrik: ett ”!” räcker.',
        output: 'Mycket viktigt! Spara koden.',
      },
      {
        text: 'Det är brådskande[[!!]] Svara gärna idag.',
        message: '”!!” låter som skrik: ett ”!” räcker.',
        output: 'Det är brådskande! Svara gärna idag.',
      },
      { text: 'Tack[[!!!]]', message: '”!!!” låter som skrik: ett ”!” räcker.', output: 'Tack!' },
      { text: 'Ordern är avbruten[[!?]]', message: '”!?” låter som skrik: ett ”?” räcker.', output: 'Ordern är avbruten?' },
      { text: 'Dela inte ditt lösenord[[!!!]]', message: '”!!!” låter som skrik: ett ”!” räcker.', output: 'Dela inte ditt lösenord!' },
      { text: 'Ring inte igen[[!!]]', message: '”!!” låter som skrik: ett ”!” räcker.', output: 'Ring inte igen!' },
    ],
  },
  'sv',
);
