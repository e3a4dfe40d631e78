import type { FormInstance } from 'antd';
import { isApiError } from './api';

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
  form.setFields([...fields].map(([name, errors]) => ({ name, errors })));
  return fields.size > 0;
}
