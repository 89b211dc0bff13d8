/** Lines set aside as unused name a real seed and lie inside it. */
import { DATA_FILES, seedPath } from '../data-files';
import { reporter, type DatasetCheck } from './check';

export const checkUnusedLines: DatasetCheck = (context) => {
  const { errors, report } = reporter(context, 'unused');
  for (const unused of context.data.unused) {
    const seed = context.seeds.get(unused.seed);
    if (!seed)
      report(unused.id, [
        `names seed "${unused.seed}", which is not in ${DATA_FILES.sources} (known: ${[...context.seeds.keys()].join(', ')})`,
      ]);
    else if (unused.lines[1] > seed.lines.length) {
      report(unused.id, [
        `lines ${unused.lines.join('-')} run past the end of ${seedPath(seed.source.file)} (${seed.lines.length} lines)`,
      ]);
    }
  }
  return errors;
};
