import type { FormInstance, FormProps } from 'antd';
import { isApiError } from './api';

/** How a form shows its first invalid field: scrolled to the middle of its container, and focused. */
export const FIRST_ERROR: Exclude<FormProps['scrollToFirstError'], boolean | undefined> = { block: 'center', focus: true };

type NamePath = string | number | Array<string | number>;

/**
 * Puts messages on form fields and brings the first of them into view with the focus on it, as the form does for
 * its own checks: a message above a scrolled form, or below the fold, is a message nobody reads.
 */
export function showFieldErrors(form: FormInstance, fields: Array<{ name: NamePath; errors: string[] }>): void {
  if (fields.length === 0) return;
  form.setFields(fields);
  form.scrollToField(fields[0]!.name, FIRST_ERROR);
}

/**
 * Puts the server's field errors (`errors[].path` like `body.password` or `body.grants.0.unitId`) on the matching
 * form fields. Returns true when at least one field received a message, so the caller can skip a generic toast.
 */
export function applyServerFieldErrors(form: FormInstance, error: unknown, known: readonly string[]): boolean {
  if (!isApiError(error) || error.errors.length === 0) return false;
  const fields = new Map<string, string[]>();
  for (const issue of error.errors) {
    const parts = issue.path.split('.').filter((p) => p !== 'body');
    const name = parts[0];
    if (!name || !known.includes(name)) continue;
    fields.set(name, [...(fields.get(name) ?? []), issue.message]);
  }
  showFieldErrors(form, [...fields].map(([name, errors]) => ({ name, errors })));
  return fields.size > 0;
}
