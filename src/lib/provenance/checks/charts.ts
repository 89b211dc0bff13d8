/**
 * Charts: every id a chart uses exists, each mark's role matches what its figure is, qualitative
 * notes quote their seed lines verbatim. (Labels, notes and titles are reader-facing prose:
 * ./data-prose.ts checks the quantities in them, digits and words alike.)
 */
import { isFigureMark } from '../schema';
import { requiredRole, ROLE_RULES } from '../chart-roles';
import { DATA_FILES } from '../data-files';
import { normaliseForMatch } from '../text';
import { reporter, type DatasetCheck } from './check';
import { checkSeedRef } from './seed-ref';

export const checkCharts: DatasetCheck = (context) => {
  const { data, seeds } = context;
  const { errors, report } = reporter(context, 'charts');
  const figures = new Map(data.figures.map((f) => [f.id, f]));
  const events = new Map(data.events.map((e) => [e.id, e]));
  const conflicts = new Map(data.conflicts.map((c) => [c.id, c]));
  const seenCharts = new Set<string>();
  for (const chart of data.charts ?? []) {
    const fail = (message: string) => report(chart.id, [message]);
    if (seenCharts.has(chart.id)) fail(`chart id "${chart.id}" is used twice; ids must be unique`);
    seenCharts.add(chart.id);
    const requireEvent = (id: string, where: string): void => {
      if (!events.has(id))
        fail(`${where}: event "${id}" is not in ${DATA_FILES.events} (known: ${[...events.keys()].join(', ')})`);
    };
    for (const id of chart.events) requireEvent(id, 'events');
    const noteIds = new Set<string>();
    chart.marks.forEach((mark, index) => {
      const where = `mark ${index + 1}`;
      if (isFigureMark(mark)) {
        const figure = figures.get(mark.figure);
        if (!figure) {
          fail(`${where}: figure "${mark.figure}" is not in ${DATA_FILES.figures}; fix the id or add the figure`);
          return;
        }
        if (figure.unit !== chart.unit)
          fail(`${where}: figure "${figure.id}" is in ${figure.unit}, but the chart's unit is ${chart.unit}`);
        const expected = requiredRole(figure);
        const needs = ROLE_RULES[mark.role]?.requires;
        if (expected && mark.role !== expected) {
          fail(
            `${where}: figure "${figure.id}" is a ${ROLE_RULES[expected]?.requires.words ?? `${expected} value`}, so it must be drawn with role "${expected}", not "${mark.role}"`,
          );
        }
        if (!expected && needs) {
          fail(`${where}: role "${mark.role}" needs a ${needs.words}; "${figure.id}" is a sourced, reported figure`);
        }
        if (mark.role === 'disputed') {
          const conflict = mark.conflict ? conflicts.get(mark.conflict) : undefined;
          if (!mark.conflict)
            fail(`${where}: a disputed mark must name its conflict (conflict: <id> from ${DATA_FILES.conflicts})`);
          else if (!conflict) fail(`${where}: conflict "${mark.conflict}" is not in ${DATA_FILES.conflicts}`);
          else if (
            figure.kind === 'sourced' &&
            !conflict.claims.some((c) => c.seed === figure.source.seed && c.line === figure.source.line)
          ) {
            fail(
              `${where}: conflict "${conflict.id}" has no claim from ${figure.source.seed}:${figure.source.line}, the line behind "${figure.id}"`,
            );
          }
        } else if (mark.conflict) {
          fail(`${where}: only a disputed mark names a conflict (role is "${mark.role}")`);
        }
        if (chart.kind === 'timeline' && !mark.series) fail(`${where}: a timeline mark needs a series id`);
        if (mark.from) requireEvent(mark.from, `${where} from`);
        if (mark.until) requireEvent(mark.until, `${where} until`);
      } else {
        if (noteIds.has(mark.note)) fail(`${where}: note id "${mark.note}" is used twice in this chart`);
        noteIds.add(mark.note);
        for (const ref of mark.refs) {
          for (const problem of checkSeedRef(ref, seeds)) fail(`${where} (${mark.note}): ${problem}`);
        }
        if (mark.event) requireEvent(mark.event, `${where} event`);
        if ((mark.at === undefined) !== (mark.atWords === undefined)) {
          fail(
            `${where} (${mark.note}): \`at\` and \`atWords\` go together: a level drawn for a note must be stated in the source's words`,
          );
        }
        if (
          mark.atWords &&
          !mark.refs.some((r) => normaliseForMatch(r.quote).includes(normaliseForMatch(mark.atWords!)))
        ) {
          fail(`${where} (${mark.note}): atWords "${mark.atWords}" is not in any of its quotes`);
        }
        if (mark.role === 'qualitative' && mark.at !== undefined) {
          fail(`${where} (${mark.note}): a qualitative note draws no number; remove \`at\` or make it a commitment`);
        }
      }
    });
  }
  return errors;
};
