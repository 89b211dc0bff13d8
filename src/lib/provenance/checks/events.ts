/** An event's lines hold their quotes, and its date is in those words. */
import { reporter, type DatasetCheck } from './check';
import { checkDateWords } from './date-words';
import { seedRefFindings } from './seed-ref';

export const checkEvents: DatasetCheck = (context) => {
  const { errors, report } = reporter(context, 'events');
  for (const event of context.data.events) {
    for (const ref of event.sources) report(event.id, seedRefFindings(ref, context.seeds));
    report(
      event.id,
      checkDateWords(
        event.date,
        event.sources.map((s) => s.quote),
        context.seeds,
      ),
      'date',
    );
  }
  return errors;
};
