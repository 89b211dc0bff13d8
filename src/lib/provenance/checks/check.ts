/**
 * What every dataset check receives and returns. A check is one named rule over the loaded data;
 * verifyDataset (../verify.ts) runs them all in order. Errors name the real data file that holds
 * the entry (through `fileOf`), the entry id, what was expected and found, and how to fix it.
 */
import type { DataCollection } from '../data-files';
import type { CheckContext, Finding, VerifyError } from '../dataset';

export type { CheckContext, DatasetCheck } from '../dataset';
export { finding } from '../dataset';

/** Collects errors for one collection: `report(id, findings)` files them under the entry's data file. */
export function reporter(context: CheckContext, collection: DataCollection): {
  errors: VerifyError[];
  report: (id: string, findings: readonly Finding[]) => void;
} {
  const errors: VerifyError[] = [];
  return {
    errors,
    report: (id, findings) => {
      for (const { code, message } of findings) errors.push({ file: context.fileOf(collection, id), id, message, code });
    },
  };
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
