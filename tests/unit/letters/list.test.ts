import { describe, expect, it, vi } from 'vitest';
import {
  filterSummaries,
  letterLabel,
  resultsSentence,
  searchWords,
  sortNewestFirst,
  type ModelInfo,
} from '../../../src/lib/letters/list';
import { personOf, summariseLetter } from '../../../src/lib/letters/summary-label';
import { formatDateTime } from '../../../src/lib/format/date';
import { fixtureType, makeLetter } from '../../fixtures/make-letter';

const models: ModelInfo[] = [
  { id: 'referent-decrochage', mission: 'Référent décrochage', title: 'Lettre du référent' },
  { id: 'coordonnateur-rep', mission: 'Coordonnateur du REP', title: 'Lettre du REP' },
];

const letter = (prefix: string, values: Record<string, string>, changes = {}) =>
  makeLetter(prefix, { values: { prenom: '', nom: '', ...values }, ...changes });

describe('summaries of letters', () => {
  it('names the person, the model’s mission, the school year and the last change', () => {
    const marie = letter('m', { prenom: 'Marie', nom: 'Curie', anneeScolaire: '2025-2026' });
    const summary = summariseLetter(marie, models);
    expect(summary).toMatchObject({
      id: 'm-1',
      person: 'Marie Curie',
      mission: 'Référent décrochage',
      knownModel: true,
      year: '2025-2026',
      title: 'Lettre de mission du référent décrochage',
    });
    expect(summary.updatedLabel).toBe(formatDateTime(new Date(marie.updatedAt)));
  });

  it('sorting and searching never format dates (only the cards on screen need them)', () => {
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      const summaries = [
        summariseLetter(letter('a', { nom: 'Curie' }), models),
        summariseLetter(letter('b', { nom: 'Éluard' }), models),
      ];
      filterSummaries(sortNewestFirst(summaries), 'curie');
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('a letter without a name has no person, and one from a removed model no mission', () => {
    const orphan = letter('o', {}, { typeId: 'ancien-modele' });
    expect(personOf(orphan)).toBe('');
    expect(summariseLetter(orphan, models)).toMatchObject({ mission: '', knownModel: false });
    expect(letterLabel(summariseLetter(orphan, models))).toBe(
      'Sans nom, Lettre de mission du référent décrochage',
    );
  });

  it('only one of first name and name is enough', () => {
    expect(personOf(letter('a', { nom: ' Curie ' }))).toBe('Curie');
  });

  it('the most recently changed comes first, ties in a stable order', () => {
    const items = [
      { id: 'b', updatedAt: '2026-01-01T00:00:00.000Z' },
      { id: 'c', updatedAt: '2026-03-01T00:00:00.000Z' },
      { id: 'a', updatedAt: '2026-01-01T00:00:00.000Z' },
    ];
    expect(sortNewestFirst(items).map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });

  it('dates written another way (no milliseconds, an offset) still sort by time', () => {
    const items = [
      { id: 'a', updatedAt: '2026-01-01T00:00:00.000Z' },
      { id: 'b', updatedAt: '2026-01-01T12:00:00+02:00' },
      { id: 'c', updatedAt: '2026-01-01T09:00:00Z' },
    ];
    expect(sortNewestFirst(items).map((item) => item.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('searching', () => {
  const summaries = [
    summariseLetter(
      letter('m', { prenom: 'Marie', nom: 'Curie', anneeScolaire: '2025-2026' }),
      models,
    ),
    summariseLetter(
      letter(
        'e',
        { prenom: 'Éloïse', nom: 'Lœuvre', anneeScolaire: '2026-2027' },
        { typeId: 'coordonnateur-rep' },
      ),
      models,
    ),
  ];
  const ids = (query: string) => filterSummaries(summaries, query).map((summary) => summary.id);

  it('ignores accents, case, ligatures and extra spaces', () => {
    expect(searchWords('  Référent\u00a0 DÉCROCHAGE ')).toEqual(['referent', 'decrochage']);
    expect(searchWords('Cœur l’œuvre')).toEqual(['coeur', 'loeuvre']);
    expect(ids('eloise')).toEqual(['e-1']);
    expect(ids('LOEUVRE')).toEqual(['e-1']);
  });

  it('matches title, person, mission and school year, every word anywhere', () => {
    expect(ids('rep')).toEqual(['e-1']);
    expect(ids('décrochage curie')).toEqual(['m-1']);
    expect(ids('2025-2026')).toEqual(['m-1']);
    expect(ids('lettre de mission')).toEqual(['m-1', 'e-1']);
    expect(ids('curie rep')).toEqual([]);
  });

  it('an empty query keeps everything', () => {
    expect(ids('   ')).toEqual(['m-1', 'e-1']);
  });

  it('says how many letters are shown, in French', () => {
    expect(resultsSentence(0, 0, '')).toBe('Aucune lettre.');
    expect(resultsSentence(1, 1, '')).toBe('1 lettre.');
    expect(resultsSentence(1200, 1200, '')).toBe('1\u202f200 lettres.');
    expect(resultsSentence(0, 3, 'zzz')).toBe('Aucune lettre ne correspond à «\u00a0zzz\u00a0».');
    expect(resultsSentence(1, 3, 'rep')).toBe('1 lettre sur 3 correspond à «\u00a0rep\u00a0».');
    expect(resultsSentence(2, 3, 'rep')).toBe('2 lettres sur 3 correspondent à «\u00a0rep\u00a0».');
  });

  it('says how many are on the page when only the first ones are', () => {
    expect(resultsSentence(1001, 1001, '', 50)).toBe('1\u202f001 lettres, 50 affichées.');
    expect(resultsSentence(1001, 1001, '', 1001)).toBe('1\u202f001 lettres.');
    expect(resultsSentence(120, 1001, 'rep', 100)).toBe(
      '120 lettres sur 1\u202f001 correspondent à «\u00a0rep\u00a0», 100 affichées.',
    );
  });
});

describe('searching names and functions as the letter writes them', () => {
  // The fixture's model with a field for the person's function, as the site's models have.
  const fields = [
    ...fixtureType.fields,
    { id: 'fonction', label: 'Fonction', type: 'text', required: false, role: 'fonction' },
  ] as const;
  const person = (prefix: string, prenom: string, nom: string, fonction: string) =>
    summariseLetter(letter(prefix, { prenom, nom, fonction }, { fields: [...fields] }), models);
  const summaries = [
    person('a', 'Awa', 'N’Diaye', 'professeure de mathématiques'),
    person('b', 'Marie-Hélène', "D'Alembert", 'professeure d’éducation physique et sportive'),
    person('c', 'Jean', 'Le Goff', 'CPE'),
  ];
  const ids = (query: string) => filterSummaries(summaries, query).map((summary) => summary.id);

  it('finds a name whatever its apostrophe, hyphen or space', () => {
    expect(ids('ndiaye')).toEqual(['a-1']);
    expect(ids("N'Diaye")).toEqual(['a-1']);
    expect(ids('n’diaye')).toEqual(['a-1']);
    expect(ids('dalembert')).toEqual(['b-1']);
    expect(ids('marie helene')).toEqual(['b-1']);
    expect(ids('mariehelene')).toEqual(['b-1']);
    expect(ids('legoff')).toEqual(['c-1']);
    expect(ids('le-goff')).toEqual(['c-1']);
  });

  it('finds the person’s function or discipline', () => {
    expect(ids('mathematiques')).toEqual(['a-1']);
    expect(ids('education physique')).toEqual(['b-1']);
    expect(ids('cpe goff')).toEqual(['c-1']);
  });

  it('never joins the end of one text to the start of the next', () => {
    // « …Jean Le Goff » then « CPE »: no letter holds « goffcpe ».
    expect(ids('goffcpe')).toEqual([]);
  });
});

describe('filtering « Mes lettres » by status', () => {
  const signedAt = '2027-05-04T09:00:00.000Z';
  const summaries = [
    summariseLetter(letter('d', { nom: 'Curie' }), models),
    summariseLetter(
      letter(
        's',
        { nom: 'Éluard' },
        {
          status: 'signee',
          statusHistory: [{ status: 'signee', at: signedAt, reason: '' }],
        },
      ),
      models,
    ),
  ];
  const ids = (query: string, status: '' | 'brouillon' | 'signee') =>
    filterSummaries(summaries, query, status).map((summary) => summary.id);

  it('each card knows its status from the summary alone', () => {
    expect(summaries.map(({ status, statusAt }) => ({ status, statusAt }))).toEqual([
      { status: 'brouillon', statusAt: '' },
      { status: 'signee', statusAt: signedAt },
    ]);
  });

  it('keeps the letters of that status, with the search', () => {
    expect(ids('', 'signee')).toEqual(['s-1']);
    expect(ids('', 'brouillon')).toEqual(['d-1']);
    expect(ids('curie', 'signee')).toEqual([]);
    expect(ids('', '')).toEqual(['d-1', 's-1']);
  });

  it('says the filter in the results sentence', () => {
    expect(resultsSentence(1, 2, '', 1, 'Signée')).toBe(
      '1 lettre sur 2 correspond au statut «\u00a0Signée\u00a0».',
    );
    expect(resultsSentence(0, 2, 'rep', 0, 'Signée')).toBe(
      'Aucune lettre ne correspond à «\u00a0rep\u00a0» et au statut «\u00a0Signée\u00a0».',
    );
  });
});
