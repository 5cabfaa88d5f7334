import { describeRule } from '../../harness';

/** The finding's message: a reply that does not say back what the customer wrote. */
const MISSING = 'Kliendi mure pole kordatud: kirjuta lause või kaks sellest, mis juhtus ja mida klient ootab.';
const reply = (body: string) => `Tere,\n\n${body}\n\nLugupidamisega,\nAnna`;
/** A reply with no restatement: the finding is on its greeting. */
const flagged = (body: string) => ({ text: `[[Tere,]]\n\n${body}\n\nLugupidamisega,\nAnna`, message: MISSING });

describeRule(
  'require-restatement',
  {
    valid: [
      // A sentence that states what went wrong names the problem: an error, a service down, a thing that cannot be done.
      reply('Rakenduses tekkis ootamatu viga. Palun proovi mõne minuti pärast uuesti.'),
      reply('E-poe makseteenuses esineb hetkel tõrkeid. Palun proovi hiljem uuesti.'),
      reply('Kinnitatud tellimust ei saa enam muuta. Uue tellimuse saad esitada avalehel.'),
      // Naming the customer's own thing names the subject of the question ("teie printer…").
      reply('Teie printer kaotab pärast igat uuendust võrguühenduse. Uus draiver parandab selle.'),
      reply('Sinu e-pood näitab ostukorvis vanu hindu. Hinnakirja uuendasime täna hommikul.'),
      reply('Kui ma teist õigesti aru saan, on arvel vale summa. Parandatud arve on lisatud.'),
      reply('Kirjutasite, et rakendus sulgub kaamera avamisel. Versioon 3.2 parandab selle.'),
      reply('Teie tellimus on jäänud pakiautomaati kinni. Saadame uue täna.'),
      reply('Seoses tellimusega nr 4471 saatsime uue arve.'),
      reply('Vabandame, et pakk jõudis kohale katkisena.'),
      reply('Andsite meile teada, et link e-kirjas ei tööta. Uus link on allpool.'),
      reply('Te ei ole kinnituskirja kätte saanud. Saatsime selle uuesti.'),
      reply('Teilt võeti märtsis kaks korda tasu. Teine makse on tagastatud.'),
      reply('Kokkuvõttes: kaart blokeeriti pärast kolme vale PIN-koodi.'),
      reply('Soovisite muuta tarneaadressi enne saatmist.'),
      reply('Teie kirjast selgub, et makse katkes.'),
      reply('Mis puudutab tagasimakset, siis see on teel.'),
      reply('Kui te olete parooli unustanud, saatke meile kiri.'),
      reply('Sisselogimine ei õnnestunud teil pärast uuendust.'),
      { text: '# Parooli muutmine\n\nAvage Seaded ja valige Muuda parooli.', kind: 'article' },
    ],
    invalid: [
      // Only general words after "your": a message, patience or support is not the customer's problem.
      flagged('Täname teie kannatlikkuse eest. Vastame päeva jooksul.'),
      flagged('Teie tugi on meile väga oluline.'),
      {
        text: '[[Tere,]]\n\npalun tühjendage brauseri vahemälu.\n\nLugupidamisega,\nAnna',
        message: MISSING,
        output:
          'Tere,\n\nKui ma teist õigesti aru saan: [mis juhtus ja mida te ootate]. palun tühjendage brauseri ' +
          'vahemälu.\n\nLugupidamisega,\nAnna',
      },
      {
        text: '[[Tere päevast,]]\n\ntäname kirja eest. Vastame homme.\n\nParimate soovidega,\nMari',
        message: MISSING,
        output:
          'Tere päevast,\n\nKui ma teist õigesti aru saan: [mis juhtus ja mida te ootate]. täname kirja eest. ' +
          'Vastame homme.\n\nParimate soovidega,\nMari',
      },
      flagged('Kahju kuulda. Palun tühjendage vahemälu.'),
      flagged('Täname, et võtsite meiega ühendust.'),
      flagged('Kahju, et te nii arvate.'),
      flagged('Vabandame ebamugavuste pärast.'),
      flagged('Kui soovite paketti vahetada, avage Seaded.'),
      flagged('Seoses tellimuste suure arvuga võib tarne viibida.'),
      flagged('Saadame teile arve homme.'),
      flagged('Vabandame, et ei vastanud kiiremini.'),
      flagged('Kas soovite arvet PDF-ina?'),
      flagged('Kui kirjutate meile, lisage tellimuse number.'),
      flagged('Teie seade vajab tarkvarauuendust.'),
    ],
  },
  'et',
);
