import { describeRule } from '../../harness';

describeRule(
  'no-shouting',
  {
    valid: [
      // Capitals that name something, quote something or label something.
      'Juhend järgib ÜRO ja EL-i soovitusi.',
      'Arvel on Näide OÜ registrikood ja KMKR number.',
      'Telia Eesti AS saadab arve e-posti teel.',
      'Kuupäev kirjuta kujul AAAA-KK-PP, näiteks 2026-11-30.',
      'NB! Link kehtib 24 tundi.',
      'Vastused leiad lehelt KKK.',
      'Kui näed teadet „JUURDEPÄÄS KEELATUD“, logi välja ja uuesti sisse.',
      'Maksu- ja Tolliamet (EMTA) ja RIK haldavad registreid.',
      'Vajuta nuppu **UUS**, et luua uus pöördumine.',
      'Sisselogimine käib SSO kaudu, API võtmed leiad seadetest.',
      'Hind on 12 EUR kuus ja EL-i käibemaks lisandub.',
      'Liituda saavad ka MTÜ ja FIE.',
      'Aruanne valmib II kvartali lõpus.',
      'Saadame pakke Omniva, DPD ja UNISEND kaudu.',
      'TAGASTAMISE TINGIMUSED:\n\n- Tagastada saab 14 päeva jooksul.',
      // Marks.
      'Suur aitäh!',
      'Mis juhtus???',
      'Uuendus on valmis! Võite jätkata.',
      'Kas pakk on kohale jõudnud?',
      'Kas saite koodi? Kui ei, saadame selle uuesti.',
      'Oleme avatud kell 8–16.',
      'Tellimuse number on EE-2024-118.',
      'NB: link kehtib ühe päeva.',
      'Suurepärane, kõik töötab!',
      'Aadress on tugi@example.com.',
      'Kirjutage meile e-posti, vestluse jne kaudu.',
    ],
    invalid: [
      // Capitals that raise the voice: small letters fix them (never fix-all: the writer reads the sentence again).
      {
        text: 'Muudatus puudutab [[KÕIKI]] ärikliente.',
        message: '„KÕIKI” kõlab nagu karjumine: kirjuta „kõiki”.',
        output: 'Muudatus puudutab kõiki ärikliente.',
      },
      {
        text: '[[ÄRGE]] ühendage seadet uuenduse ajal lahti.',
        message: '„ÄRGE” kõlab nagu karjumine: kirjuta „Ärge”.',
        output: 'Ärge ühendage seadet uuenduse ajal lahti.',
      },
      {
        text: 'Me [[EI]] küsi teie parooli e-posti teel.',
        message: '„EI” kõlab nagu karjumine: kirjuta „ei”.',
        output: 'Me ei küsi teie parooli e-posti teel.',
      },
      {
        text: 'Te [[PEATE]] e-posti aadressi kinnitama 24 tunni jooksul.',
        message: '„PEATE” kõlab nagu karjumine: kirjuta „peate”.',
        output: 'Te peate e-posti aadressi kinnitama 24 tunni jooksul.',
      },
      {
        text: '[[TÄHTIS]]: tehke enne lähtestamist varukoopia.',
        message: '„TÄHTIS” kõlab nagu karjumine: kirjuta „Tähtis”.',
        output: 'Tähtis: tehke enne lähtestamist varukoopia.',
      },
      {
        text: '[[HOIATUS]]: kustutatud tööala ei saa taastada.',
        message: '„HOIATUS” kõlab nagu karjumine: kirjuta „Hoiatus”.',
        output: 'Hoiatus: kustutatud tööala ei saa taastada.',
      },
      {
        text: 'Tagastusi võtame vastu [[AINULT]] 14 päeva jooksul.',
        message: '„AINULT” kõlab nagu karjumine: kirjuta „ainult”.',
        output: 'Tagastusi võtame vastu ainult 14 päeva jooksul.',
      },
      {
        text: 'Palun [[MITTE]] vastata sellele kirjale.',
        message: '„MITTE” kõlab nagu karjumine: kirjuta „mitte”.',
        output: 'Palun mitte vastata sellele kirjale.',
      },
      {
        text: 'Me [[KUNAGI]] ei küsi koodi telefoni teel.',
        message: '„KUNAGI” kõlab nagu karjumine: kirjuta „kunagi”.',
        output: 'Me kunagi ei küsi koodi telefoni teel.',
      },
      {
        text: 'Ära jaga koodi **[[MITTE KELLELEGI]]**.',
        message: '„MITTE KELLELEGI” kõlab nagu karjumine: kirjuta „mitte kellelegi”.',
        output: 'Ära jaga koodi **mitte kellelegi**.',
      },
      {
        text: 'See samm on [[VÄGA]] oluline.',
        message: '„VÄGA” kõlab nagu karjumine: kirjuta „väga”.',
        output: 'See samm on väga oluline.',
      },
      {
        text: '| Küsimus | Vastus |\n|---|---|\n| Kas võin koodi jagada? | **[[EI]]** |',
        message: '„EI” kõlab nagu karjumine: kirjuta „Ei”.',
        output: '| Küsimus | Vastus |\n|---|---|\n| Kas võin koodi jagada? | **Ei** |',
      },
      {
        text: 'Tere, Mari!\n\nTeie kaardilt [[EI]] võetud tasu kaks korda.\n\nLugupidamisega\nJaan',
        message: '„EI” kõlab nagu karjumine: kirjuta „ei”.',
        kind: 'reply',
        format: 'plaintext',
        output: 'Tere, Mari!\n\nTeie kaardilt ei võetud tasu kaks korda.\n\nLugupidamisega\nJaan',
      },
      {
        text: 'TRANSPORT:\n\n- [[TASUTA]] transport alates 60 eurost.',
        message: '„TASUTA” kõlab nagu karjumine: kirjuta „Tasuta”.',
        output: 'TRANSPORT:\n\n- Tasuta transport alates 60 eurost.',
      },
      // Marks.
      {
        text: 'Ärge ühendage seadet uuenduse ajal lahti[[!!!]]',
        message: '„!!!” kõlab nagu karjumine: ühest „!” piisab.',
        output: 'Ärge ühendage seadet uuenduse ajal lahti!',
      },
      {
        text: 'Me oleme sellest juba kirjutanud[[!!]]',
        message: '„!!” kõlab nagu karjumine: ühest „!” piisab.',
        output: 'Me oleme sellest juba kirjutanud!',
      },
      {
        text: 'Miks te sõnumit ei lugenud[[?!]]',
        message: '„?!” kõlab nagu karjumine: ühest „?” piisab.',
        output: 'Miks te sõnumit ei lugenud?',
      },
      { text: 'Mis juhtus[[?!?]]', message: '„?!?” kõlab nagu karjumine: ühest „?” piisab.', output: 'Mis juhtus?' },
      {
        text: 'Väga tähtis[[!!!!]] Salvestage kood.',
        message: '„!!!!” kõlab nagu karjumine: ühest „!” piisab.',
        output: 'Väga tähtis! Salvestage kood.',
      },
      {
        text: 'See on kiire[[!!]] Palun vastake täna.',
        message: '„!!” kõlab nagu karjumine: ühest „!” piisab.',
        output: 'See on kiire! Palun vastake täna.',
      },
      { text: 'Aitäh[[!!!]]', message: '„!!!” kõlab nagu karjumine: ühest „!” piisab.', output: 'Aitäh!' },
      { text: 'Tellimus on tühistatud[[!?]]', message: '„!?” kõlab nagu karjumine: ühest „?” piisab.', output: 'Tellimus on tühistatud?' },
      {
        text: 'Ärge jagage oma parooli[[!!!]]',
        message: '„!!!” kõlab nagu karjumine: ühest „!” piisab.',
        output: 'Ärge jagage oma parooli!',
      },
      {
        text: 'Palun ärge enam helistage[[!!]]',
        message: '„!!” kõlab nagu karjumine: ühest „!” piisab.',
        output: 'Palun ärge enam helistage!',
      },
    ],
  },
  'et',
);
