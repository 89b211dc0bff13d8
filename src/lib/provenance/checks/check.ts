/**
 * What every dataset check receives and returns. A check is one named rule over the loaded data;
 * verifyDataset (../verify.ts) runs them all in order. Errors name the real data file that holds
 * the entry (through `fileOf`), the entry id, what was expected and found, and how to fix it.
 */
import type { DataCollection } from '../data-files';
import type { Dataset, ErrorCode, Finding, Seed, VerifyError } from '../types';

export interface CheckContext {
  data: Dataset;
  seeds: Map<string, Seed>;
  /** The data file that holds an entry: "content/data/figures/trade.yaml". */
  fileOf: (collection: DataCollection, id: string) => string;
}

export type DatasetCheck = (context: CheckContext) => VerifyError[];

/**
 * Collects errors for one collection: `report(id, problems, code)` files them under the entry's
 * data file. A problem is a sentence, or a Finding with its own code; `code` applies to sentences.
 */
export function reporter(
  context: CheckContext,
  collection: DataCollection,
): {
  errors: VerifyError[];
  report: (id: string, problems: readonly (string | Finding)[], code?: ErrorCode) => void;
} {
  const errors: VerifyError[] = [];
  return {
    errors,
    report: (id, problems, code) => {
      for (const problem of problems) {
        const finding: Finding = typeof problem === 'string' ? { message: problem, ...(code && { code }) } : problem;
        errors.push({ file: context.fileOf(collection, id), id, ...finding });
      }
    },
  };
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
