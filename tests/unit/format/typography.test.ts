import { describe, expect, it } from 'vitest';
import { frenchTypography as typo } from '../../../src/lib/text/typography';

const nbsp = '\u00a0';
const nnbsp = '\u202f';

describe('apostrophes and ellipses', () => {
  it('curls straight apostrophes', () => {
    expect(typo("l'établissement d'affectation")).toBe('l’établissement d’affectation');
  });

  it('writes three dots as one ellipsis', () => {
    expect(typo('l’implication...')).toBe('l’implication…');
  });
});

describe('the colon', () => {
  it('takes a no-break space, whether a space was typed or not', () => {
    expect(typo('Objet : mission')).toBe(`Objet${nbsp}: mission`);
    expect(typo('Objet: mission')).toBe(`Objet${nbsp}: mission`);
    expect(typo(`Objet${nnbsp}:`)).toBe(`Objet${nbsp}:`);
  });

  it('leaves times, ratios and schemes alone: the colon is not followed by a space', () => {
    expect(typo('Réunion à 10:30, rapport 1:2')).toBe('Réunion à 10:30, rapport 1:2');
    expect(typo('mailto:contact@exemple.fr')).toBe('mailto:contact@exemple.fr');
  });
});

describe('semicolon, exclamation and question marks', () => {
  it('take a narrow no-break space', () => {
    expect(typo('Vraiment? Oui ; non !')).toBe(`Vraiment${nnbsp}? Oui${nnbsp}; non${nnbsp}!`);
  });

  it('keep a run of marks together', () => {
    expect(typo('Quoi ?!')).toBe(`Quoi${nnbsp}?!`);
  });

  it('apply before a closing parenthesis, not inside a word', () => {
    expect(typo('(vraiment?)')).toBe(`(vraiment${nnbsp}?)`);
    expect(typo('et/ou;sinon')).toBe('et/ou;sinon');
  });
});

describe('guillemets and double quotes', () => {
  it('put a no-break space inside guillemets, replacing a typed space or adding one', () => {
    expect(typo('« Cordées »')).toBe(`«${nbsp}Cordées${nbsp}»`);
    expect(typo('«Cordées»')).toBe(`«${nbsp}Cordées${nbsp}»`);
  });

  it('turn straight quotes in pairs into guillemets', () => {
    expect(typo('le "référent" et " la Cordée "')).toBe(
      `le «${nbsp}référent${nbsp}» et «${nbsp}la Cordée${nbsp}»`,
    );
  });

  it('turn English curly quotes into guillemets', () => {
    expect(typo('le “référent”')).toBe(`le «${nbsp}référent${nbsp}»`);
  });

  it('leave a lone straight quote as typed', () => {
    expect(typo('un écran de 15" et "fin')).toBe(`un écran de 15«${nbsp}et${nbsp}»fin`);
    expect(typo('un écran de 15"')).toBe('un écran de 15"');
  });

  it('space a question inside guillemets properly', () => {
    expect(typo('« Pourquoi?»')).toBe(`«${nbsp}Pourquoi${nnbsp}?${nbsp}»`);
  });
});

describe('spaces', () => {
  it('collapses runs of spaces and trims the ends', () => {
    expect(typo('  Il est   confié\tà  ')).toBe('Il est confié à');
  });

  it('keeps a no-break space typed among ordinary ones', () => {
    expect(typo(`1 ${nbsp} 250`)).toBe(`1${nbsp}250`);
  });

  it('keeps line breaks, without spaces around them', () => {
    expect(typo('12 rue des Écoles \r\n 77000 Melun')).toBe('12 rue des Écoles\n77000 Melun');
  });
});

describe('addresses are left untouched', () => {
  it('keeps URLs whole, punctuation that ends the sentence outside them', () => {
    const link = "https://exemple.fr/l'article:2?x=1;y=2!z";
    expect(typo(`Voir ${link}.`)).toBe(`Voir ${link}.`);
    expect(typo(`Avez-vous vu ${link} ?`)).toBe(`Avez-vous vu ${link}${nnbsp}?`);
    expect(typo('Site : www.ac-creteil.fr/page?id=3...')).toBe(
      `Site${nbsp}: www.ac-creteil.fr/page?id=3…`,
    );
  });

  it('keeps a parenthesis the URL opened', () => {
    const link = 'https://fr.wikipedia.org/wiki/Cord%C3%A9e_(dispositif)';
    expect(typo(`(voir ${link})`)).toBe(`(voir ${link})`);
  });

  it('keeps e-mail addresses whole, lists of them too', () => {
    const text =
      'DSDEN (ce.77mlds@ac-creteil.fr, ce.93mlds@ac-creteil.fr ; ce.94mlds@ac-creteil.fr)';
    expect(typo(text)).toBe(
      `DSDEN (ce.77mlds@ac-creteil.fr, ce.93mlds@ac-creteil.fr${nnbsp}; ce.94mlds@ac-creteil.fr)`,
    );
    expect(typo("Écrire à jean.o'neil@exemple.fr!")).toBe(
      `Écrire à jean.o’neil@exemple.fr${nnbsp}!`,
    );
  });

  it('handles a pasted 20 000-character word like any other, addresses glued to it too', () => {
    // The e-mail pattern starts only where a run of its characters starts: this text once cost
    // the editor seconds per keystroke. Here the result says the same rules still apply.
    const word = 'x'.repeat(20_000);
    expect(typo(word)).toBe(word);
    expect(typo(`${word}@exemple.fr ; fin`)).toBe(`${word}@exemple.fr${nnbsp}; fin`);
    expect(typo(`${word} : https://exemple.fr${')'.repeat(5_000)}`)).toBe(
      `${word}${nbsp}: https://exemple.fr${')'.repeat(5_000)}`,
    );
  });

  it('keeps a URL inside quotes', () => {
    expect(typo('"https://exemple.fr/a?b=c"')).toBe(`«${nbsp}https://exemple.fr/a?b=c${nbsp}»`);
  });
});

describe('plain text, never markup', () => {
  it('leaves HTML as the literal text it is', () => {
    expect(typo('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps a long text whole', () => {
    const long = 'mot '.repeat(2500).trim();
    expect(typo(long)).toBe(long);
  });
});

describe('idempotence', () => {
  const samples = [
    'Objet : l\'IMP "Cordées" ; voir https://exemple.fr/a?b=1 !',
    '« Pourquoi?» dit-il...',
    'Copie : DSDEN (ce.77mlds@ac-creteil.fr) : merci',
    '  a  :  b  ;  c  !  d  ?  ',
    '" "',
    '«»',
    'un "deux" trois "quatre',
    'https://exemple.fr... et www.exemple.fr: ici',
  ];

  it('changes nothing the second time on chosen samples', () => {
    for (const sample of samples) {
      const once = typo(sample);
      expect(typo(once), JSON.stringify(sample)).toBe(once);
    }
  });

  it('changes nothing the second time on generated texts', () => {
    const pieces = [
      'a',
      'mot',
      ' ',
      '  ',
      "'",
      '"',
      ':',
      ';',
      '!',
      '?',
      '«',
      '»',
      '.',
      '...',
      '“',
      '”',
    ];
    pieces.push(nbsp, nnbsp, '\n', '1', '(', ')', 'https://x.fr/a?b', 'x@y.fr', '10:30');
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 3000; n++) {
      const length = Math.floor(random() * 12);
      const text = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join(
        '',
      );
      const once = typo(text);
      expect(typo(once), JSON.stringify(text)).toBe(once);
    }
  });
});
