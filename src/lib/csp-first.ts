/**
 * Moves a page's Content-Security-Policy `<meta>` to the top of `<head>`,
 * right after `<meta charset>`. A `<meta>` policy covers only what follows
 * it, and Astro writes it at the end of `<head>`, after the favicon, feed and
 * description tags. The charset declaration stays first: browsers look for
 * it in the first 1,024 bytes, which a policy full of script hashes would
 * fill, and it loads nothing.
 */
const POLICY = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i;
const CHARSET = /<head>\s*<meta charset="[^"]*"\s*\/?>/i;

export function cspMetaFirst(html: string): string {
  const policy = POLICY.exec(html);
  const charset = CHARSET.exec(html);
  if (!policy || !charset || policy.index < charset.index) return html;
  const withoutPolicy = html.slice(0, policy.index) + html.slice(policy.index + policy[0].length);
  const at = charset.index + charset[0].length;
  return withoutPolicy.slice(0, at) + policy[0] + withoutPolicy.slice(at);
}

/**
 * cspMetaFirst() on a page as bytes, as a build has it: only the `<head>`,
 * where the policy and the charset declaration are, is read as text, and the
 * rest is kept as it is rather than decoded and encoded again.
 */
export function cspMetaFirstInPage(page: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  const end = page.indexOf('</head>');
  if (end === -1) return Buffer.from(cspMetaFirst(page.toString('utf8')));
  const head = page.toString('utf8', 0, end);
  const moved = cspMetaFirst(head);
  return moved === head ? page : Buffer.concat([Buffer.from(moved), page.subarray(end)]);
}

/**
 * Where a built page's policy stands: first after `<meta charset>`, present
 * but later (so tags before it are not covered), or missing from `<head>`.
 */
export function policyPlacement(head: string): 'first' | 'late' | 'missing' {
  const policy = POLICY.exec(head);
  if (!policy) return 'missing';
  const charset = CHARSET.exec(head);
  return charset && charset.index + charset[0].length === policy.index ? 'first' : 'late';
}
