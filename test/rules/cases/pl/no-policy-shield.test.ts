import { describeRule } from '../../harness';

describeRule(
  'no-policy-shield',
  {
    valid: [
      'Zgodnie z regulaminem odpowiedź przygotujemy w ciągu 14 dni.',
      'Zwroty przyjmujemy do 30 dni, bo potem nie możemy odsprzedać towaru.',
      'Jeśli to nie nasza wina, i tak pomożemy znaleźć rozwiązanie.',
      'Czy to nie nasza wina, że kurier się spóźnił? Sprawdzam to.',
      'Nasz regulamin pozwala na zwrot w ciągu 30 dni.',
      'Tak wygląda nowy panel po aktualizacji.',
      'Mamy wpływ na termin wysyłki i przyspieszymy ją.',
      'Zasady zwrotów opisaliśmy prostym językiem na stronie pomocy.',
      'Odpowiedzialność za przesyłkę ponosi przewoźnik do chwili doręczenia, więc reklamację zgłosimy za Panią.',
      'Zgodnie z Pani prośbą zmieniliśmy adres dostawy.',
    ],
    invalid: [
      { text: '[[Zgodnie z naszym regulaminem zwrot nie]] jest możliwy.', output: null },
      { text: '[[Zgodnie z polityką firmy, nie]] udzielamy rabatów.', output: null },
      { text: '[[Nasza polityka nie pozwala]] na zmianę terminu.', output: null },
      { text: '[[Takie są zasady]] i nic na to nie poradzimy.', output: null },
      { text: '[[To nie nasza wina]], że kurier się spóźnił.', output: null },
      { text: '[[Nie ponosimy żadnej odpowiedzialności]] za opóźnienia poczty.', output: null },
      { text: 'Niestety [[nie mamy na to wpływu]].', output: null },
      { text: '[[Tak to po prostu działa]].', output: null },
      { text: '[[To nie jest moja sprawa]], proszę pisać do banku.', output: null },
      { text: '[[Nasze procedury nie przewidują]] wyjątków.', output: null },
      { text: '[[Taka jest procedura]], więc musi Pan poczekać.', output: null },
    ],
  },
  'pl',
);
