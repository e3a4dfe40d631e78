import fastifyHelmet from '@fastify/helmet';
import type { App } from './context';

/**
 * One Content-Security-Policy for the web app, the API docs (swagger-ui) and the API, checked in Chromium by the
 * e2e journeys (no violation on any page). Scripts come only from our own origin, no inline script anywhere.
 * Styles allow 'unsafe-inline' because antd 6 (CSS-in-JS) and swagger-ui insert <style> elements at run time;
 * a per-request nonce would need index.html rendered per request and handed to antd's ConfigProvider, for little
 * gain (style injection cannot run script). No `upgrade-insecure-requests`: officials may reach the server over
 * plain HTTP on a local network, and that directive would break every asset.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/** Security headers on every answer: CSP, nosniff, no framing, no referrer, same-origin isolation. */
export async function registerSecurityHeaders(app: App): Promise<void> {
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // Browsers honour HSTS only over HTTPS; not for subdomains, which belong to other services of the authority.
    hsts: { maxAge: 15_552_000, includeSubDomains: false },
  });
}
