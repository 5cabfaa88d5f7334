import { describeRule } from '../../harness';

/** The finding's message: a reply that never acknowledges how the customer feels. */
const MISSING = 'Selles vastuses pole empaatiat: näita, et mõistad, mida klient tunneb.';
const reply = (body: string) => `Tere,\n\n${body}\n\nLugupidamisega\nAnna`;
/** A reply with no empathy: the finding is on its greeting. */
const flagged = (body: string) => ({ text: `[[Tere,]]\n\n${body}\n\nLugupidamisega\nAnna`, message: MISSING });

describeRule(
  'require-empathy',
  {
    valid: [
      reply('Mõistan, kui tüütu on oodata tagasimakset enne nädalavahetust. Raha kanti üle täna hommikul.'),
      reply('Saan aru, et see on väga frustreeriv vahetult enne reisi. Pilet on nüüd rakenduses.'),
      reply('Mõistame teie muret. Parandatud arve on manuses.'),
      reply('Kahju seda kuulda. Kuller võtab paki homme peale.'),
      reply('Kahju, et te pidite vastust nii kaua ootama. Tagasimakse on tehtud.'),
      reply('See peab olema tõesti häiriv, kui eksport poole pealt katkeb. Tõstsime piirangu 50 000 reani.'),
      reply('See kõlab tõesti tüütult. Saatsime uue aktiveerimiskoodi.'),
      reply('Saan teie pettumusest täiesti aru. Topeltmakse on tagasi kantud.'),
      reply('Teie asemel oleksin ka pahane. Lisasime kontole tasuta kuu.'),
      reply('See on täiesti mõistetav, et soovite tellimusest loobuda. Tellimus on lõpetatud.'),
      reply('Teil on täielik õigus oodata hüvitist pärast sellist katkestust. Lisasime tasuta kuu.'),
      reply('Mõistan, kui oluline see pakk teile enne pühi on. See lahkus täna laost.'),
      { text: '# Parooli vahetamine\n\nAva seaded ja vali Vaheta parool.', kind: 'article' },
    ],
    invalid: [
      {
        text: '[[Tere,]]\n\nekspordi piirang on 10 000 rida.\n\nLugupidamisega\nAnna',
        message: MISSING,
        output: 'Tere,\n\nMõistan, kui tüütu see on. ekspordi piirang on 10 000 rida.\n\nLugupidamisega\nAnna',
      },
      {
        text: '[[Tervist,]]\n\naitäh kannatlikkuse eest. Tagasimakse tehti esmaspäeval.\n\nParimate soovidega\nTiit',
        message: MISSING,
        output:
          'Tervist,\n\nMõistan, kui tüütu see on. aitäh kannatlikkuse eest. ' +
          'Tagasimakse tehti esmaspäeval.\n\nParimate soovidega\nTiit',
      },
      flagged('Vabandame ebamugavuste pärast. Pilet on nüüd rakenduses.'),
      flagged('Saan aru. Pilet on nüüd rakenduses.'),
      flagged('Kahju, et te nii arvate. Hinnakiri on veebilehel.'),
      flagged('Meil on väga kahju. Kuller võtab paki homme peale.'),
      flagged('Täname, et meiega ühendust võtsite.'),
      flagged('Saan aru, et jutt käib märtsi arvest. Saatsin selle uuesti.'),
      flagged('Loodame, et see aitab. Ilusat päeva!'),
      flagged('Teie asemel oleksin kasutanud teist ruuterit. Link on allpool.'),
      flagged('Kahjuks ei saa me hinda muuta.'),
      {
        text:
          '[[Tere,]]\n\n> See on nii tüütu, ma ei saa kolmandat korda sisse logida.\n\n' +
          'Parool on nüüd lähtestatud.\n\nLugupidamisega\nAnna',
        message: MISSING,
      },
    ],
  },
  'et',
);
