/** `claimedBy`: a one-party claim is printed with who asserts it and who reports it, never in the site's voice. */
import { describe, expect, test } from 'vitest';
import { figureInputSchema, eventSchema } from '../../lib/provenance/schema';
import { formatClaim, presentFigure } from '../../lib/provenance/format';

const claimed = {
  id: 'claimed-rate',
  measures: 'US tariff on Indian goods after the announced deal',
  value: 18,
  unit: 'percent',
  date: { value: '2026-02', precision: 'month' },
  themes: ['tariffs'],
  source: { seed: 'ankasam', line: 13, quote: '18%' },
  claimedBy: { who: 'Donald Trump', verb: 'announced' },
};

describe('claimedBy', () => {
  test('the schema accepts it on figures and events and rejects an unknown verb', () => {
    expect(figureInputSchema.parse(claimed).claimedBy).toEqual({ who: 'Donald Trump', verb: 'announced' });
    const event = {
      id: 'deal',
      date: { value: '2026-02', precision: 'month' },
      title: 'Deal announced',
      themes: ['tariffs'],
      sources: [{ seed: 'ankasam', line: 13, quote: 'announced' }],
    };
    expect(eventSchema.parse({ ...event, claimedBy: { who: 'Donald Trump', verb: 'said' } }).claimedBy?.who).toBe(
      'Donald Trump',
    );
    expect(eventSchema.safeParse({ ...event, claimedBy: { who: 'Donald Trump', verb: 'proved' } }).success).toBe(false);
  });

  test('a claimed figure reads "…, as Donald Trump announced (ANKASAM reports)"', () => {
    const figure = figureInputSchema.parse(claimed);
    const publishers = new Map([['ankasam', 'ANKASAM']]);
    expect(presentFigure(figure, publishers).text).toBe('18%, as Donald Trump announced (ANKASAM reports)');
    expect(presentFigure({ ...figure, claimedBy: undefined }, publishers).text).toBe('18%');
  });

  test('several reporters are listed once each', () => {
    expect(formatClaim({ who: 'Donald Trump', verb: 'said' }, ['Al Jazeera', 'Invezz', 'Al Jazeera'])).toBe(
      'as Donald Trump said (Al Jazeera and Invezz report)',
    );
  });
});
