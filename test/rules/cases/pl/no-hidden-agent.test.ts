import { describeRule } from '../../harness';

const HIDES = 'ukrywa, kto to zrobił: napisz kto, np. „zablokowaliśmy Pana konto”.';
/** A finding on `phrase`: the quoted phrase and the rule's message. */
const hides = (phrase: string) => `„${phrase}” ${HIDES}`;

describeRule(
  'no-hidden-agent',
  {
    valid: [
      'Pana konto zostało zablokowane przez bank po trzech nieudanych płatnościach.',
      'Nasz dział bezpieczeństwa zablokował Pani konto po trzech nieudanych logowaniach.',
      'Pana zamówienie zostało wysłane dziś rano.',
      'Pani zwrot został zlecony w poniedziałek.',
      'Twoje konto zostało odblokowane i wszystkie projekty są z powrotem.',
      'Anulowaliśmy Pana zamówienie, bo bank odrzucił płatność.',
      'Pana konto nie zostało zablokowane.',
      'Nie zablokowano Pani konta.',
      'Jeśli Pana konto zostało zablokowane, proszę odpowiedzieć na tę wiadomość.',
      'Czy Pani zamówienie zostało anulowane?',
      'Pani subskrypcja została anulowana na Pani prośbę.',
      'Twoje dane zostały usunięte zgodnie z Twoją prośbą.',
      'Problem został rozwiązany w wersji 3.2.',
      'Decyzja została przekazana do działu reklamacji.',
      { text: 'Zamówienie zostanie anulowane, jeśli płatność nie dotrze w ciągu 7 dni.', kind: 'article' },
      { text: '| Status | Opis |\n|---|---|\n| Pana konto zostało zablokowane | Konto czeka na weryfikację |', kind: 'article' },
    ],
    invalid: [
      { text: '[[Pana konto zostało zablokowane]].', message: hides('Pana konto zostało zablokowane'), output: null },
      { text: '[[Zablokowano Pani konto]] po trzech próbach.', message: hides('Zablokowano Pani konto'), output: null },
      { text: '[[Twoja subskrypcja została tymczasowo zawieszona]].', message: hides('Twoja subskrypcja została tymczasowo zawieszona') },
      { text: '[[Pana zamówienie zostało anulowane]] przez pomyłkę.', message: hides('Pana zamówienie zostało anulowane') },
      { text: 'Niestety [[Twoje konto jest zablokowane]].', message: hides('Twoje konto jest zablokowane') },
      { text: '[[Zamówienie nr 4471 zostało anulowane]].', message: hides('Zamówienie nr 4471 zostało anulowane'), kind: 'reply' },
      { text: '[[Pani wniosek o zwrot został odrzucony]] po analizie.', message: hides('Pani wniosek o zwrot został odrzucony') },
      { text: '[[Został Pan obciążony]] dwukrotnie za marzec.', message: hides('Został Pan obciążony') },
      { text: '[[Zdecydowano, że]] okres próbny nie zostanie przedłużony.', message: hides('Zdecydowano, że') },
      { text: 'W marcu [[podjęto decyzję]] o zamknięciu sklepu.', message: hides('podjęto decyzję') },
      { text: 'Przy pakowaniu [[popełniono błąd]].', message: hides('popełniono błąd') },
      { text: '[[Anulowano zamówienie]] i zwrócono płatność.', message: hides('Anulowano zamówienie'), kind: 'reply' },
      { text: '[[Pana przesyłka została opóźniona]] w sortowni.', message: hides('Pana przesyłka została opóźniona') },
    ],
  },
  'pl',
);
