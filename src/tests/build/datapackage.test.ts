/**
 * /data/datapackage.json: a Frictionless Tabular Data Package whose Table Schemas describe the
 * built CSV files exactly. Validated with Frictionless Data's own JavaScript library
 * (`tableschema`): each schema is valid, each CSV header matches its fields in order, and every
 * row casts to the declared types (an integer `line`, a number `value`, an empty cell for a
 * number the row lacks). A schema broken on purpose fails, so the check is not blind.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Schema, Table } from 'tableschema';
import { ROOT } from '../helpers/project';

interface Resource {
  name: string;
  path: string;
  schema: { fields: { name: string; type: string }[] };
}

const DIST = join(ROOT, 'dist', 'data');

async function castErrors(resource: Resource): Promise<string[]> {
  const schema = await Schema.load(resource.schema);
  if (!schema.valid) return (schema.errors as Error[]).map((e) => `${resource.name}: schema: ${e.message}`);
  const table = await Table.load(join(DIST, `${resource.name}.csv`), { schema });
  try {
    await table.read({ forceCast: false });
  } catch (error) {
    const errors = (error as { errors?: Error[] }).errors ?? [error as Error];
    return errors.map((e) => `${resource.name}.csv: ${e.message}`);
  }
  return [];
}

describe.runIf(existsSync(join(DIST, 'datapackage.json')))('/data/datapackage.json', () => {
  const descriptor = JSON.parse(readFileSync(join(DIST, 'datapackage.json'), 'utf8')) as {
    profile: string;
    licenses: unknown[];
    resources: Resource[];
  };

  test('is a tabular data package with a licence and one resource per CSV', () => {
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.licenses.length).toBe(1);
    expect(descriptor.resources.map((r) => r.name)).toEqual(['figures', 'events', 'conflicts']);
    for (const r of descriptor.resources) expect(r.path).toMatch(new RegExp(`/data/${r.name}\\.csv$`));
  });

  test('each schema lists the CSV columns in order', () => {
    for (const r of descriptor.resources) {
      const header = readFileSync(join(DIST, `${r.name}.csv`), 'utf8')
        .split('\n')[0]!
        .split(',');
      expect(
        r.schema.fields.map((f) => f.name),
        r.name,
      ).toEqual(header);
    }
  });

  test('every row of every CSV casts to its schema (tableschema)', async () => {
    const errors = (await Promise.all(descriptor.resources.map(castErrors))).flat();
    expect(errors).toEqual([]);
  });

  test('a schema broken on purpose (measures declared an integer) fails', async () => {
    const figures = descriptor.resources.find((r) => r.name === 'figures')!;
    const broken = {
      ...figures,
      schema: {
        ...figures.schema,
        fields: figures.schema.fields.map((f) => (f.name === 'measures' ? { ...f, type: 'integer' } : f)),
      },
    };
    expect((await castErrors(broken)).length).toBeGreaterThan(0);
  });
});
