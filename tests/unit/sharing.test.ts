import { describe, expect, it } from 'vitest';
import { articleCitation, noteCitation } from '../../src/lib/citation.ts';
import { headTags } from '../../src/lib/head.ts';
import { headerRules, metaPolicyTag, sitePolicy, tagPolicy } from '../../src/deploy/header-policy.ts';
import { formatHeadersFile } from '../../src/deploy/headers-file.ts';
import { wrapText } from '../../src/lib/social-image.ts';
import { serializeJsonLd } from '../../src/lib/structured-data.ts';

describe('headTags', () => {
  it('gives a document page a large image card, and a plain page a summary card', () => {
    const canonical = new URL('https://example.ca/notes/x/');
    const withImage = headTags({
      title: 'T',
      description: 'D',
      canonical,
      type: 'article',
      image: { url: new URL('https://example.ca/notes/x.png'), alt: 'A' },
    });
    expect(withImage).toContainEqual({ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } });
    expect(withImage).toContainEqual({ tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } });
    const plain = headTags({ title: 'T', description: 'D', canonical });
    expect(plain).toContainEqual({ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } });
    expect(plain.some((t) => t.attrs['property'] === 'og:image')).toBe(false);
  });
});

describe('JSON-LD', () => {
  it('cannot close its script element, whatever a value holds', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script');
  });
});

describe('citations', () => {
  const url = new URL('https://example.ca/notes/ps-2023-qp-1-mps-003/');
  it('cite a note by organization, title, reference number, date and permalink', () => {
    expect(
      noteCitation(
        { organization: 'Public Safety Canada', title: 'Report', reference_number: 'PS-2023-QP-1--MPS-003', date_received: '2023-12-12', lang: 'en-CA' },
        url,
      ),
    ).toBe(
      'Public Safety Canada. “Report.” Question Period Note PS-2023-QP-1--MPS-003, received Dec 12, 2023. Briefing Room, https://example.ca/notes/ps-2023-qp-1-mps-003/.',
    );
  });
  it('cite a French note in French, with French quotation marks and date', () => {
    const frUrl = new URL('https://example.ca/fr/notes/x/');
    expect(
      noteCitation({ organization: 'Sécurité publique Canada', title: 'Rapport', reference_number: 'X-1', date_received: '2023-12-01', lang: 'fr-CA' }, frUrl),
    ).toBe(
      'Sécurité publique Canada. « Rapport ». Note pour la période de questions X-1, reçue le 1er déc. 2023. Briefing Room, https://example.ca/fr/notes/x/.',
    );
  });
  it('cite an article by author, headline, publisher, date and permalink', () => {
    expect(articleCitation({ author: 'Jim Bronskill', headline: 'CSIS tracked', publisher: 'The Canadian Press', date_published: '2024-11-02' }, url)).toBe(
      'Jim Bronskill. “CSIS tracked.” The Canadian Press, Nov 2, 2024. Briefing Room, https://example.ca/notes/ps-2023-qp-1-mps-003/.',
    );
  });
});

describe('social image text', () => {
  it('wraps at word boundaries and marks a cut title', () => {
    expect(wrapText('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three …']);
  });
});

describe('the _headers policy', () => {
  it('joins every page policy into one, adding what only a header can say', () => {
    const policy = sitePolicy(["default-src 'self'; script-src 'self' 'sha256-a='", "default-src 'self'; script-src 'self' 'sha256-b='"]);
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; frame-ancestors 'none'");
    expect(formatHeadersFile(headerRules('/', ["default-src 'self'"]))).toMatch(/\n\/\*\n {2}X-Content-Type-Options: nosniff\n/);
  });

  it('reads the policy out of a built page', () => {
    const head = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"><title>x</title>`;
    expect(tagPolicy(metaPolicyTag(head)!)).toBe("default-src 'self'");
    expect(metaPolicyTag('<head><meta charset="utf-8"><title>x</title>')).toBeUndefined();
  });
});
