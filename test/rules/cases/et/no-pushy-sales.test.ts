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
      { text: '[[Osta Premium kohe]]!', output: null },
      { text: '[[Tellige täna]] ja saate tasuta tarne.', output: null },
      { text: 'Allahindlus kehtib [[ainult täna]].', output: null },
      { text: '[[Ärge magage maha]] aastapaketi pakkumist.', output: null },
      { text: 'See on [[viimane võimalus]] vana hinnaga.', output: null },
      { text: '[[Pakkumine kehtib ainult]] reedeni.', output: null },
      { text: '[[Kohtade arv on piiratud]], seega tasub kiirustada.', output: null },
      { text: '[[Uuendage kohe]] Pro paketile.', output: null },
      { text: '[[Liituge täna]] ja saate kuu tasuta.', output: null },
      { text: '[[Ära jää ilma]] soodsast hinnast.', output: null },
    ],
  },
  'et',
);
