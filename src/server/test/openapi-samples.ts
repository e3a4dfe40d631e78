/**
 * Request samples built from the API's own OpenAPI document, for tests that must reach every field of every route
 * (a new route or field is covered without touching the test).
 */
type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  example?: unknown;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  minItems?: number;
  propertyNames?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
};

export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface Operation {
  parameters?: Array<{ in: string; name: string; schema?: JsonSchema }>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface RouteSample {
  method: string;
  /** e.g. /api/v1/users/{id} */
  path: string;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  /** Where strings sit: `params.id`, `querystring.q`, `body.grants.0.unitId`. */
  stringPaths: string[];
}

function resolve(doc: OpenApiDoc, schema: JsonSchema): JsonSchema {
  let s = schema;
  while (s.$ref) s = doc.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')] ?? {};
  if (s.allOf?.length) s = Object.assign({}, ...s.allOf.map((part) => resolve(doc, part)));
  const branches = s.anyOf ?? s.oneOf;
  if (branches) return resolve(doc, branches.find((b) => resolve(doc, b).type !== 'null') ?? branches[0]!);
  return s;
}

/** A plausible value for `schema`; records the path of every string leaf in `strings`. */
function sample(doc: OpenApiDoc, raw: JsonSchema, path: string, strings: string[]): unknown {
  const s = resolve(doc, raw);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (s.const !== undefined) return s.const;
  if (type === 'object' || s.properties) {
    const out: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(s.properties ?? {})) out[key] = sample(doc, prop, `${path}.${key}`, strings);
    if (s.propertyNames && typeof s.additionalProperties === 'object') {
      const key = sample(doc, s.propertyNames, '', []) as string;
      out[key] = sample(doc, s.additionalProperties, `${path}.${key}`, strings);
    }
    return out;
  }
  if (type === 'array') {
    return Array.from({ length: Math.max(1, s.minItems ?? 0) }, (_, i) => sample(doc, s.items ?? {}, `${path}.${i}`, strings));
  }
  if (type === 'string') {
    strings.push(path);
    return s.enum?.[0] ?? s.example ?? s.default ?? 'abc-1';
  }
  if (type === 'integer' || type === 'number') return s.enum?.[0] ?? s.default ?? s.minimum ?? 1;
  if (type === 'boolean') return false;
  return s.example ?? s.default ?? null;
}

export function routeSamples(doc: OpenApiDoc): RouteSample[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const stringPaths: string[] = [];
      const params: Record<string, unknown> = {};
      const query: Record<string, unknown> = {};
      for (const p of op.parameters ?? []) {
        if (p.in === 'path') params[p.name] = sample(doc, p.schema ?? {}, `params.${p.name}`, stringPaths);
        if (p.in === 'query') query[p.name] = sample(doc, p.schema ?? {}, `querystring.${p.name}`, stringPaths);
      }
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const body = bodySchema ? sample(doc, bodySchema, 'body', stringPaths) : undefined;
      return { method: method.toUpperCase(), path, params, query, body, stringPaths };
    }),
  );
}

/** The sample with the string at `at` replaced by `value`. */
export function withStringAt(route: RouteSample, at: string, value: string): RouteSample {
  const clone = structuredClone(route);
  const [part, ...keys] = at.split('.');
  if (part === 'params' || part === 'querystring') {
    (part === 'params' ? clone.params : clone.query)[keys[0]!] = value;
    return clone;
  }
  if (keys.length === 0) return { ...clone, body: value };
  let node = clone.body as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return clone;
}

/** The URL of a sample: path parameters and the query string encoded. */
export function sampleUrl(route: RouteSample): string {
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(route.params[name])));
  const query = new URLSearchParams(Object.entries(route.query).map(([k, v]) => [k, String(v)])).toString();
  return query ? `${path}?${query}` : path;
}
