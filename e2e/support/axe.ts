import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level A and AA: what public-sector sites are expected to meet. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.1 AA violations on the page as it is now. The script is evaluated through the DevTools protocol,
 * so the app's Content-Security-Policy does not have to allow it.
 */
export async function findAxeViolations(page: Page): Promise<Result[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  // Let transitions and animations (antd fades rows and tabs in) settle: contrast is measured on the final colours.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = (await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    }),
    WCAG_21_AA,
  )) as AxeResults;
  return results.violations;
}

/** How many elements violate a rule, summed over the rules. */
export function countViolatingNodes(violations: Result[]): number {
  return violations.reduce((sum, v) => sum + v.nodes.length, 0);
}

/** One paragraph per rule: its id, impact and help, then each offending element with axe's explanation. */
export function formatAxeViolations(violations: Result[], label = ''): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n\s*/g, ' ')}\n      ${n.html.slice(0, 200)}`);
      return `${label}${v.id} (${v.impact ?? 'n/a'}, ${v.nodes.length} element(s)): ${v.help}\n  ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** Fails, listing every violation readably, if axe finds anything below WCAG 2.1 AA on the page as it is now. */
export async function expectNoAxeViolations(page: Page, label = new URL(page.url()).pathname): Promise<void> {
  const violations = await findAxeViolations(page);
  if (violations.length > 0) {
    throw new Error(`axe: ${countViolatingNodes(violations)} violating element(s) on ${label}\n${formatAxeViolations(violations)}`);
  }
}
