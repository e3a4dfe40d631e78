import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Locale } from '../../shared/i18n/locale';
import { bilingualMessages } from '../../shared/errors';
import { toLocale } from './dates';

/** A form field's full name: `'nameVi'`, or `['daysOff', 2, 'date']` for a row of a `Form.List`. */
export type FieldPath = string | readonly (string | number)[];

export interface FieldOptions {
  /** Ask to "choose" rather than "enter" when empty (selects, date pickers). */
  choose?: boolean;
  /** Mark as required although the schema lets it be left out (a partial update schema, for example). */
  required?: boolean;
  /** What the value should look like, when the schema's pattern refuses it. */
  pattern?: string;
  /** What went wrong, when one of the schema's own refinements refuses the value. */
  custom?: string;
}

type Issue = z.core.$ZodIssue;
type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;
const pathOf = (name: FieldPath) => (typeof name === 'string' ? [name] : [...name]);

/** The schema of one field, found by walking the object and array schemas along its path (no wrapper removed). */
function fieldSchema(schema: z.ZodType, path: readonly (string | number)[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = current && unwrap(current, (d) => d.type === 'object' || d.type === 'array');
    if (!current) return undefined;
    const def = defOf(current);
    current = def.type === 'object' ? def.shape?.[String(key)] : def.element;
  }
  return current;
}

/** Looks through optional, nullable, default and pipe wrappers until `found` matches. */
function unwrap(schema: z.ZodType, found: (def: Def) => boolean): z.ZodType | undefined {
  const def = defOf(schema);
  if (found(def)) return schema;
  if (def.innerType) return unwrap(def.innerType, found);
  if (def.type === 'pipe') return (def.out && unwrap(def.out, found)) ?? (def.in && unwrap(def.in, found));
  return undefined;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) => a.length === b.length && a.every((k, i) => String(k) === String(b[i]));

/** "Họ và tên" reads "họ và tên" inside a Vietnamese sentence; English keeps the label as it is. */
function labelInSentence(label: string, locale: Locale): string {
  return locale === 'vi' ? label.charAt(0).toLocaleLowerCase('vi') + label.slice(1) : label;
}

/** "Vui lòng nhập họ và tên" / "Full name is required". */
function emptyMessage(label: string, options: FieldOptions, t: TFunction, locale: Locale): string {
  return t(options.choose ? 'validation.choose' : 'validation.required', { field: labelInSentence(label, locale) });
}

/** The user's-language message for one Zod issue on a field. */
function describeIssue(issue: Issue, value: unknown, label: string, options: FieldOptions, t: TFunction, locale: Locale): string {
  if (isEmpty(value)) return emptyMessage(label, options, t, locale);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return t('validation.tooShort', { min: Number(issue.minimum) });
      if (issue.origin === 'array') return t('validation.tooFew', { min: Number(issue.minimum) });
      return t(issue.inclusive === false ? 'validation.greaterThan' : 'validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return t('validation.tooMany', { max: Number(issue.maximum) });
      return t(issue.inclusive === false ? 'validation.lessThan' : 'validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_type':
      return t(issue.expected === 'int' ? 'validation.integer' : 'validation.invalid');
    case 'invalid_format':
      return options.pattern ?? t('validation.pattern');
    case 'custom':
      return bilingualMessages(issue)?.[locale] ?? options.custom ?? t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

/**
 * The messages the schema gives one field of a form, in the user's language: the whole input is checked (so a
 * refinement across fields, such as a period's end after its start, lands on its field), and only this field's
 * issues are kept.
 */
export function fieldErrors(
  schema: z.ZodType,
  input: unknown,
  name: FieldPath,
  value: unknown,
  label: string,
  options: FieldOptions,
  t: TFunction,
  locale: Locale,
): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  const path = pathOf(name);
  const issues = result.error.issues.filter((issue) => samePath(issue.path, path));
  return [...new Set(issues.map((issue) => describeIssue(issue, value, label, options, t, locale)))];
}

export interface ZodFormRules {
  /** The antd rules of one field: required when the schema needs a value, and every check of the schema. */
  rules(name: FieldPath, label: string, options?: FieldOptions): FormRule[];
  /** Whether the schema needs a value for this field. */
  isRequired(name: FieldPath): boolean;
  /** The longest text the schema accepts for a field, for the input's `maxLength`. */
  maxLength(name: FieldPath): number | undefined;
  /** The bounds the schema sets on a number, for an `InputNumber`'s `min` and `max`. */
  numberRange(name: FieldPath): { min?: number; max?: number };
}

const finite = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);

/**
 * Derives a form's antd rules from the shared Zod schema its values are sent as, so the limits live in one place.
 * `toInput` turns the form's values (dayjs dates, blank strings) into the request body, as the form's submit does.
 */
export function createZodRules<V>(schema: z.ZodType, toInput: (values: V) => unknown, t: TFunction, locale: Locale): ZodFormRules {
  const isRequired = (name: FieldPath) => {
    const field = fieldSchema(schema, pathOf(name));
    return !!field && !field.safeParse(undefined).success;
  };
  return {
    isRequired,
    rules(name, label, options = {}) {
      const required = options.required ?? isRequired(name);
      return [
        ({ getFieldsValue }) => ({
          required,
          validator: async (_rule, value: unknown) => {
            if (required && isEmpty(value)) throw new Error(emptyMessage(label, options, t, locale));
            const input = toInput(getFieldsValue(true) as V);
            const errors = fieldErrors(schema, input, name, value, label, options, t, locale);
            if (errors.length > 0) throw new Error(errors.join(' '));
          },
        }),
      ];
    },
    maxLength(name) {
      const field = fieldSchema(schema, pathOf(name));
      const text = field && unwrap(field, (d) => d.type === 'string');
      return finite((text as z.ZodString | undefined)?.maxLength);
    },
    numberRange(name) {
      const field = fieldSchema(schema, pathOf(name));
      const number = (field && unwrap(field, (d) => d.type === 'number')) as z.ZodNumber | undefined;
      const range: { min?: number; max?: number } = {};
      const min = finite(number?.minValue);
      const max = finite(number?.maxValue);
      if (min !== undefined) range.min = min;
      if (max !== undefined) range.max = max;
      return range;
    },
  };
}

/** `createZodRules` in the current language. */
export function useZodRules<V>(schema: z.ZodType, toInput: (values: V) => unknown): ZodFormRules {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  return useMemo(() => createZodRules(schema, toInput, t, locale), [schema, toInput, t, locale]);
}
