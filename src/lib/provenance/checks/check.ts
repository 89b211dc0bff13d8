/**
 * What every dataset check receives and returns. A check is one named rule over the loaded data;
 * verifyDataset (../verify.ts) runs them all in order. Errors name the real data file that holds
 * the entry (through `fileOf`), the entry id, what was expected and found, and how to fix it.
 */
import type { DataCollection } from '../data-files';
import type { Dataset, Seed, VerifyError } from '../verify';

export interface CheckContext {
  data: Dataset;
  seeds: Map<string, Seed>;
  /** The data file that holds an entry: "content/data/figures/trade.yaml". */
  fileOf: (collection: DataCollection, id: string) => string;
}

export type DatasetCheck = (context: CheckContext) => VerifyError[];

/** Collects errors for one collection: `report(id, messages)` files them under the entry's data file. */
export function reporter(context: CheckContext, collection: DataCollection): {
  errors: VerifyError[];
  report: (id: string, messages: string[]) => void;
} {
  const errors: VerifyError[] = [];
  return {
    errors,
    report: (id, messages) => {
      for (const message of messages) errors.push({ file: context.fileOf(collection, id), id, message });
    },
  };
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
