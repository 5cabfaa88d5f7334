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
      {
        text: '[[Zgodnie z naszym regulaminem zwrot nie]] jest możliwy.',
        message: '„Zgodnie z naszym regulaminem zwrot nie” zasłania się regulaminem: wyjaśnij powód własnymi słowami.',
        output: null,
      },
      {
        text: '[[Zgodnie z polityką firmy, nie]] udzielamy rabatów.',
        message: '„Zgodnie z polityką firmy, nie” zasłania się regulaminem: wyjaśnij powód własnymi słowami.',
        output: null,
      },
      {
        text: '[[Nasza polityka nie pozwala]] na zmianę terminu.',
        message: '„Nasza polityka nie pozwala” zasłania się regulaminem: wyjaśnij powód własnymi słowami.',
        output: null,
      },
      {
        text: '[[Takie są zasady]] i nic na to nie poradzimy.',
        message: '„Takie są zasady” zasłania się regulaminem: wyjaśnij powód własnymi słowami.',
        output: null,
      },
      {
        text: '[[To nie nasza wina]], że kurier się spóźnił.',
        message: '„To nie nasza wina” zasłania się regulaminem: wyjaśnij powód własnymi słowami.',
        output: null,
      },
      {
        text: '[[Nie ponosimy żadnej odpowiedzialności]] za opóźnienia poczty.',
        message: '„Nie ponosimy żadnej odpowiedzialności” zasłania się regulaminem: wyjaśnij powód własnymi słowami.',
        output: null,
      },
      {
        text: 'Niestety [[nie mamy na to wpływu]].',
        message: '„nie mamy na to wpływu” zasłania się regulaminem: wyjaśnij powód własnymi słowami.',
        output: null,
      },
      {
        text: '[[Tak to po prostu działa]].',
        message: '„Tak to po prostu działa” zasłania się regulaminem: wyjaśnij powód własnymi słowami.',
        output: null,
      },
      {
        text: '[[To nie jest moja sprawa]], proszę pisać do banku.',
        message: '„To nie jest moja sprawa” zasłania się regulaminem: wyjaśnij powód własnymi słowami.',
        output: null,
      },
      {
        text: '[[Nasze procedury nie przewidują]] wyjątków.',
        message: '„Nasze procedury nie przewidują” zasłania się regulaminem: wyjaśnij powód własnymi słowami.',
        output: null,
      },
      {
        text: '[[Taka jest procedura]], więc musi Pan poczekać.',
        message: '„Taka jest procedura” zasłania się regulaminem: wyjaśnij powód własnymi słowami.',
        output: null,
      },
    ],
  },
  'pl',
);
