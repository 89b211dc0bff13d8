/**
 * Glossary terms and people are checked like figures: every seed line they rest on must hold
 * the quoted words. These tests prove the project's entries pass and that a bad entry is caught.
 */
import { describe, expect, it } from 'vitest';
import { loadProject, verifyProject } from '../../lib/provenance/load';
import { verifyDataset } from '../../lib/provenance/verify';
import { type Dataset } from '../../lib/provenance/types';

const root = process.cwd();

/** Ids other pages already link to (/glossary/#id, /people/#id); they must all exist. */
const GLOSSARY_IDS = [
  'caatsa',
  'brics',
  'sco',
  'quad',
  'instc',
  'msme',
  'h-1b',
  'strategic-autonomy',
  'non-alignment',
  'multi-alignment',
  'maga',
  's-400',
  'brahmos',
  'truth-social',
  'special-and-privileged-strategic-partnership',
  'tariff',
  'import-and-export',
  'trade-deal',
  'sanctions',
  'ceasefire',
  'crude-oil',
  'bilateral',
  'cold-war',
  'indo-pacific',
  'joint-production',
  'mobility-agreement',
  'ministry-of-external-affairs',
  'deportation',
  'lng',
];
const PEOPLE_IDS = [
  'narendra-modi',
  'donald-trump',
  'vladimir-putin',
  'xi-jinping',
  'asim-munir',
  'shahbaz-sharif',
  'stephen-miller',
  'ajit-doval',
  's-jaishankar',
  'biswajit-dhar',
  'anil-trigunayat',
  'michael-kugelman',
  'jayati-ghosh',
  'joe-biden',
  'pravesh-kumar-gupta',
  'cenk-tamer',
];

describe('glossary and people data', () => {
  const { project, errors } = verifyProject(root);

  it('loads and verifies without errors', () => {
    expect(errors.filter((e) => /glossary|people/.test(e.file))).toEqual([]);
  });

  it('has every glossary id that pages link to', () => {
    expect(project.data.glossary.map((g) => g.id).sort()).toEqual([...GLOSSARY_IDS].sort());
  });

  it('has every person id that pages link to', () => {
    expect(project.data.people.map((p) => p.id).sort()).toEqual([...PEOPLE_IDS].sort());
  });

  it('reports a glossary quote that is not on its line, and a duplicate person id', () => {
    const base = loadProject(root);
    const [term] = base.data.glossary;
    const [person] = base.data.people;
    expect(term && person).toBeTruthy();
    const broken: Dataset = {
      ...base.data,
      glossary: [{ ...term!, refs: [{ seed: 'aljazeera', line: 55, quote: 'words that are not on this line' }] }],
      people: [person!, { ...person! }],
    };
    const found = verifyDataset(broken, base.seeds);
    expect(
      found.some(
        (e) =>
          e.file === 'content/data/glossary.yaml' &&
          e.id === term!.id &&
          /quote not found on aljazeera:55/.test(e.message),
      ),
    ).toBe(true);
    expect(found.some((e) => e.file === 'content/data/people.yaml' && /used twice/.test(e.message))).toBe(true);
  });

  it('reports a number in a definition that none of its quotes states, but allows names like S-400', () => {
    const base = loadProject(root);
    const broken: Dataset = {
      ...base.data,
      people: [],
      glossary: [
        {
          id: 'made-up',
          term: 'Made up',
          definition: 'A missile activated in 2031, unlike the S-400.',
          refs: [{ seed: 'hindustantimes', line: 10, quote: 'the S-400 missile system' }],
        },
        {
          id: 'fine',
          term: 'Fine',
          definition: 'Scheduled for full activation by 2025.',
          refs: [{ seed: 'hindustantimes', line: 12, quote: 'scheduled for full activation by 2025' }],
        },
      ],
    };
    const found = verifyDataset(broken, base.seeds).filter((e) => e.file === 'content/data/glossary.yaml');
    expect(found.map((e) => e.id)).toEqual(['made-up']);
    expect(found[0]!.message).toMatch(
      /^definition shows the number "2031", which none of this entry's seed lines states/,
    );
  });

  it("reports a number in an own explanation that none of the entry's quotes states", () => {
    const base = loadProject(root);
    const ref = { seed: 'hindustantimes' as const, line: 10, quote: 'the S-400 missile system' };
    const broken: Dataset = {
      ...base.data,
      people: [],
      glossary: [
        {
          id: 'own',
          term: 'Own',
          definition: 'A missile system India bought.',
          ownExplanation: 'A law passed in 2017.',
          refs: [ref],
        },
      ],
    };
    const found = verifyDataset(broken, base.seeds).filter((e) => e.file === 'content/data/glossary.yaml');
    expect(found.map((e) => e.id)).toEqual(['own']);
    expect(found[0]!.message).toMatch(
      /^ownExplanation shows the number "2017", which none of this entry's seed lines states/,
    );
  });

  it('never tells readers in a definition what "the seeds" do not say: such terms carry an own explanation', () => {
    const { data } = loadProject(root);
    expect(
      data.glossary.filter((t) => /\bseeds?\b/i.test(`${t.definition} ${t.ownExplanation ?? ''}`)).map((t) => t.id),
    ).toEqual([]);
    expect(data.glossary.find((t) => t.id === 'caatsa')?.ownExplanation).toMatch(
      /Countering America's Adversaries Through Sanctions Act/,
    );
  });

  it('reports a person cited on a boilerplate line', () => {
    const base = loadProject(root);
    const broken: Dataset = {
      ...base.data,
      glossary: [],
      people: [
        {
          id: 'someone',
          name: 'Someone',
          role: 'Appears only in page furniture',
          refs: [{ seed: 'hindustantimes', line: 33, quote: 'China approves some exports' }],
        },
      ],
    };
    const found = verifyDataset(broken, base.seeds);
    expect(found.some((e) => e.id === 'someone' && /boilerplate/.test(e.message))).toBe(true);
  });
});
