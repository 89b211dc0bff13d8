/**
 * Sources: each seed file exists and is unchanged (sha256), and the source record's own line
 * pointers hold (boilerplate ranges, headline, byline, publication date). When a seed has changed,
 * every figure and event resting on it is named, so the reader knows what is now unproven.
 */
import { seedPath } from '../data-files';
import { eventSeedRefs, figureSeedRefs } from '../lineage';
import { normaliseForMatch } from '../text';
import { reporter, truncate, type DatasetCheck } from './check';
import { seedRefFindings } from './seed-ref';

export const checkSources: DatasetCheck = (context) => {
  const { data, seeds } = context;
  const { errors, report } = reporter(context, 'sources');
  const figures = reporter(context, 'figures');
  const events = reporter(context, 'events');
  const byId = new Map(data.figures.map((f) => [f.id, f]));
  for (const source of data.sources) {
    const file = seedPath(source.file);
    const seed = seeds.get(source.id);
    if (!seed) {
      report(source.id, [`seed file ${file} is missing; restore it with \`git checkout -- ${file}\``]);
      continue;
    }
    if (seed.sha256 !== source.sha256) {
      report(
        source.id,
        [
          `${file} has changed: expected sha256 ${source.sha256}, found ${seed.sha256}. Seeds are never edited; restore it with \`git checkout -- ${file}\``,
        ],
        'seed-changed',
      );
      for (const figure of data.figures) {
        const line = figureSeedRefs(figure, byId).find((ref) => ref.seed === source.id)?.line;
        if (line !== undefined)
          figures.report(figure.id, [`relies on ${source.id}:${line}, but ${file} has changed (sha256 mismatch)`]);
      }
      for (const event of data.events) {
        if (eventSeedRefs(event).some((ref) => ref.seed === source.id)) {
          events.report(event.id, [`relies on seed ${source.id}, but ${file} has changed (sha256 mismatch)`]);
        }
      }
    }
    for (const {
      lines: [first, last],
    } of source.boilerplate) {
      if (last > seed.lines.length) {
        report(source.id, [
          `boilerplate range ${first}-${last} runs past the end of ${file} (${seed.lines.length} lines)`,
        ]);
      }
    }
    const expectOnLine = (what: string, words: string, line: number) => {
      const text = seed.lines[line - 1] ?? '';
      if (!normaliseForMatch(text).includes(normaliseForMatch(words))) {
        report(source.id, [
          `${what} expected on line ${line} ("${words}"), found "${truncate(text, 160)}"; fix the line number or the words`,
        ]);
      }
    };
    if (source.headlineLine !== undefined) expectOnLine('headline', source.headline, source.headlineLine);
    if (source.author !== undefined && source.authorLine !== undefined)
      expectOnLine('author', source.author, source.authorLine);
    const published = source.published;
    if ('line' in published) expectOnLine('publication date', published.stated, published.line);
    else
      for (const evidence of published.impliedBy)
        report(source.id, seedRefFindings({ seed: source.id, ...evidence }, seeds));
  }
  return [...errors, ...figures.errors, ...events.errors];
};
