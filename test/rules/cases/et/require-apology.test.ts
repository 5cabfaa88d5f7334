import { describeRule } from '../../harness';

const reply = (body: string) => `Tere,\n\n${body}\n\nLugupidamisega\nAnna`;

describeRule(
  'require-apology',
  {
    valid: [
      reply('Vabandame arvega tekkinud segaduse pärast. Parandatud arve on manuses.'),
      reply('Palun vabandust hilinenud tarne pärast.'),
      reply('Vabandust, saatsime vale faili. Õige on allpool.'),
      reply('Mul on väga kahju, et pakk jõudis kohale katkisena.'),
      reply('Meil on kahju, et pidite nii kaua ootama.'),
      reply('See oli meie viga: võtsime tasu kaks korda.'),
      reply('Kahju kuulda, et sisselogimine ei õnnestunud.'),
      reply('Vabandan aadressi segamini ajamise pärast.'),
      reply('Oli minu eksitus, saatsin vale lingi.'),
      reply('Vabandame väga ebamugavuste pärast.'),
      { text: '# Parooli muutmine\n\nAvage Seaded ja klõpsake Muuda parooli.', kind: 'article' },
    ],
    invalid: [
      {
        text: '[[Tere,]]\n\ntagasimakse tehti esmaspäeval.\n\nLugupidamisega\nAnna',
        message: 'Selles vastuses pole vabandust: vabanda ebamugavuse pärast, isegi kui see polnud meie süü.',
        output: 'Tere,\n\nVabandame ebamugavuse pärast. tagasimakse tehti esmaspäeval.\n\nLugupidamisega\nAnna',
      },
      {
        text: '[[Tere,]]\n\nkahju, et te nii arvate. Tasu vastab hinnakirjale.\n\nLugupidamisega\nAnna',
        message: 'Selles vastuses pole vabandust: vabanda ebamugavuse pärast, isegi kui see polnud meie süü.',
      },
      {
        text: '[[Tere,]]\n\nvabandame, kui tundsite end solvatuna.\n\nLugupidamisega\nAnna',
        message: 'Selles vastuses pole vabandust: vabanda ebamugavuse pärast, isegi kui see polnud meie süü.',
      },
      {
        text: '[[Tervist,]]\n\narve on manuses.\n\nParimate soovidega\nTom',
        message: 'Selles vastuses pole vabandust: vabanda ebamugavuse pärast, isegi kui see polnud meie süü.',
      },
      {
        text: '[[Tere,]]\n\nmeil on kahju, et te nii tunnete.\n\nLugupidamisega\nAnna',
        message: 'Selles vastuses pole vabandust: vabanda ebamugavuse pärast, isegi kui see polnud meie süü.',
      },
      {
        text: '[[Tere,]]\n\nkontrollisime tellimust ja see saadetakse homme.\n\nLugupidamisega\nKlienditugi',
        message: 'Selles vastuses pole vabandust: vabanda ebamugavuse pärast, isegi kui see polnud meie süü.',
      },
      {
        text: '[[Tere,]]\n\nparool on lähtestatud.\n\nTervitades\nOla',
        message: 'Selles vastuses pole vabandust: vabanda ebamugavuse pärast, isegi kui see polnud meie süü.',
      },
      {
        text: '[[Lugupeetud klient,]]\n\npretensioon on vastu võetud.\n\nLugupidamisega\nKlienditugi',
        message: 'Selles vastuses pole vabandust: vabanda ebamugavuse pärast, isegi kui see polnud meie süü.',
      },
      {
        text: '[[Tere,]]\n\naitäh kirja eest. Konto on nüüd aktiivne.\n\nLugupidamisega\nAnna',
        message: 'Selles vastuses pole vabandust: vabanda ebamugavuse pärast, isegi kui see polnud meie süü.',
      },
      {
        text: '[[Tere,]]\n\nvabandust, kui midagi läks valesti.\n\nLugupidamisega\nAnna',
        message: 'Selles vastuses pole vabandust: vabanda ebamugavuse pärast, isegi kui see polnud meie süü.',
      },
    ],
  },
  'et',
);
