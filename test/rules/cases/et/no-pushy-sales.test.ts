import { describeRule } from '../../harness';

describeRule(
  'no-pushy-sales',
  {
    valid: [
      'Kui vajate rohkem ruumi, annab Premium 1 TB.',
      'Kas soovite osta kohe või pärast prooviperioodi?',
      'Kui tellite täna, saadame paki homme.',
      'Pood on täna avatud kella 18-ni.',
      'Viimane versioon parandab selle vea.',
      'Pakkumine hõlmab kõiki pakette.',
      'Paketti saate vahetada millal iganes.',
      'Lisage vastusele ekraanipilt.',
      'Ärge muretsege, saadame uue koodi.',
      'Meie hinnakiri on kodulehel.',
    ],
    invalid: [
      { text: '[[Osta Premium kohe]]!', message: '„Osta Premium kohe” survestab ostma: jäta otsus kliendile.', output: null },
      { text: '[[Tellige täna]] ja saate tasuta tarne.', message: '„Tellige täna” survestab ostma: jäta otsus kliendile.', output: null },
      { text: 'Allahindlus kehtib [[ainult täna]].', message: '„ainult täna” survestab ostma: jäta otsus kliendile.', output: null },
      {
        text: '[[Ärge magage maha]] aastapaketi pakkumist.',
        message: '„Ärge magage maha” survestab ostma: jäta otsus kliendile.',
        output: null,
      },
      {
        text: 'See on [[viimane võimalus]] vana hinnaga.',
        message: '„viimane võimalus” survestab ostma: jäta otsus kliendile.',
        output: null,
      },
      {
        text: '[[Pakkumine kehtib ainult]] reedeni.',
        message: '„Pakkumine kehtib ainult” survestab ostma: jäta otsus kliendile.',
        output: null,
      },
      {
        text: '[[Kohtade arv on piiratud]], seega tasub kiirustada.',
        message: '„Kohtade arv on piiratud” survestab ostma: jäta otsus kliendile.',
        output: null,
      },
      { text: '[[Uuendage kohe]] Pro paketile.', message: '„Uuendage kohe” survestab ostma: jäta otsus kliendile.', output: null },
      { text: '[[Liituge täna]] ja saate kuu tasuta.', message: '„Liituge täna” survestab ostma: jäta otsus kliendile.', output: null },
      { text: '[[Ära jää ilma]] soodsast hinnast.', message: '„Ära jää ilma” survestab ostma: jäta otsus kliendile.', output: null },
    ],
  },
  'et',
);
