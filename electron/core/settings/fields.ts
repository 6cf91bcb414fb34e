import { z } from 'zod';
import { SettingsSchema, type NumberUnit, type Settings } from './schema';

/**
 * What the settings schema says about each stored field, for the code that shows or explains
 * the fields: the schema stays the one place where a limit or a field's name is written.
 */

type Section = Exclude<keyof Settings, 'version'>;

/** Dotted paths of the number fields, such as "reminders.sittingMinutes". */
export type NumberFieldPath = {
  [S in Section]: {
    [F in keyof Settings[S] & string]: Settings[S][F] extends number ? `${S}.${F}` : never;
  }[keyof Settings[S] & string];
}[Section];

/** The schema of the field at a dotted path, or undefined when there is no such field. */
function fieldSchema(path: string): z.ZodType | undefined {
  let node: z.ZodType | undefined = SettingsSchema;
  for (const key of path.split('.')) {
    if (!(node instanceof z.ZodObject)) return undefined;
    node = (node.shape as Record<string, z.ZodType>)[key];
  }
  return node;
}

/** Every number field's dotted path, in the schema's order. */
export function numberFieldPaths(): NumberFieldPath[] {
  const paths: string[] = [];
  for (const [section, schema] of Object.entries(SettingsSchema.shape)) {
    if (!(schema instanceof z.ZodObject)) continue;
    for (const [field, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (child instanceof z.ZodNumber) paths.push(`${section}.${field}`);
    }
  }
  return paths as NumberFieldPath[];
}

/** The smallest and largest value the settings accept in a number field. */
export function numberLimits(path: NumberFieldPath): { min: number; max: number } {
  const schema = fieldSchema(path);
  if (schema instanceof z.ZodNumber && schema.minValue !== null && schema.maxValue !== null) {
    return { min: schema.minValue, max: schema.maxValue };
  }
  throw new Error(`The settings have no number field "${path}" with limits.`);
}

const UNITS: readonly NumberUnit[] = ['minutes', 'seconds', 'hours', 'cycles', 'breaks', 'perDay'];

/** What the number field at a dotted path counts, as its schema says; undefined for others. */
export function numberUnit(path: string): NumberUnit | undefined {
  const unit = fieldSchema(path)?.meta()?.unit;
  return UNITS.find((known) => known === unit);
}

/** The title of every section and field that has one, by dotted path ("routine.cycles"). */
export function fieldTitles(): Record<string, string> {
  const titles: Record<string, string> = {};
  const visit = (schema: z.ZodType, path: string, depth: number) => {
    const title = schema.meta()?.title;
    if (title !== undefined && path) titles[path] = title;
    if (depth === 0 || !(schema instanceof z.ZodObject)) return;
    for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      visit(child, path ? `${path}.${key}` : key, depth - 1);
    }
  };
  visit(SettingsSchema, '', 2);
  return titles;
}
