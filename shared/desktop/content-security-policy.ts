/**
 * The renderer's Content-Security-Policy, one list for both deliveries: the desktop's
 * protocol handler sends it as a header, the built index.html carries it as a meta tag
 * for the browser twin. Styles allow 'unsafe-inline' because ag-grid's theming API and
 * React style props inject styles at run time; scripts never do.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
] as const;

/** Directives a browser honours only from a header, and warns about in a meta tag. */
const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

export const contentSecurityPolicyHeader = [...directives, ...headerOnlyDirectives].join('; ');
export const contentSecurityPolicyMeta = directives.join('; ');
