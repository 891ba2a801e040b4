import type { Locator, Page } from '@playwright/test';
import { TEMPLATE_VIEWS, violations } from './accessibility.ts';
import { documents, expect, test } from './fixtures.ts';

const note = documents.find((doc) => doc.collection === 'notes')!;
const PARAGRAPH = '#suggested-response-p2';
const QUOTE = 'This is not akin to having a toehold';
/** A text directive's term, as the spec has it written: percent-encoded, `-` included. */
const term = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/** Selects words of an element as a reader dragging over them would, by the DOM's own selection. */
async function select(page: Page, selector: string, words: string, endSelector = selector) {
  await page.evaluate(
    ({ selector, words, endSelector }) => {
      const textNodeWith = (root: Element, text: string) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.includes(text)) return node;
        throw new Error(`no text "${text}" in ${root.id}`);
      };
      const start = textNodeWith(document.querySelector(selector)!, words);
      const range = document.createRange();
      range.setStart(start, start.textContent!.indexOf(words));
      if (endSelector === selector) range.setEnd(start, start.textContent!.indexOf(words) + words.length);
      else {
        const end = textNodeWith(document.querySelector(endSelector)!, '');
        range.setEnd(end, Math.min(5, end.textContent!.length));
      }
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    { selector, words, endSelector },
  );
}

/** Pixels of the quote highlight's colour in a screenshot of an element, counted by Chromium itself. */
async function highlightedPixels(page: Page, element: Locator, color: [number, number, number]): Promise<number> {
  const png = (await element.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, color }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === color[0] && data[i + 1] === color[1] && data[i + 2] === color[2]) count += 1;
      return count;
    },
    { png, color },
  );
}

test.describe('quote links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a page loads no quote code until the reader selects words', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(note.url);
    await expect(page.getByRole('group', { name: 'Quote' })).toBeHidden();
    expect(requests.filter((path) => path.includes('quote-links'))).toEqual([]);
    await select(page, PARAGRAPH, QUOTE);
    await expect(page.getByRole('group', { name: 'Quote' })).toBeVisible();
    expect(requests).toContain('/modules/quote-links.js');
  });

  test('copies a link to the selected words, which opens on the paragraph with those words highlighted', async ({ page }) => {
    await page.goto(note.url);
    await select(page, PARAGRAPH, QUOTE);
    const toolbar = page.getByRole('group', { name: 'Quote' });
    await expect(toolbar.getByRole('status')).toHaveText('Words selected: 8. Alt+Shift+Q: copy them.');
    await toolbar.getByRole('button', { name: 'Copy link to quote' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${new URL(note.url, page.url()).href}${PARAGRAPH}:~:text=${term(QUOTE)}`);
    await expect(toolbar.getByRole('status')).toHaveText(`Link to quote copied: ${link}`);

    const reader = await page.context().newPage();
    await reader.goto(link);
    const paragraph = reader.locator(PARAGRAPH);
    await expect(paragraph).toBeInViewport();
    await expect(paragraph).toHaveCSS('background-color', 'rgb(255, 241, 184)');
    // The words themselves are painted in the quote colour (::target-text), which nothing else on the page uses.
    await expect.poll(() => highlightedPixels(reader, paragraph, [255, 210, 63])).toBeGreaterThan(500);
    const plain = await page.context().newPage();
    await plain.goto(`${note.url}${PARAGRAPH}`);
    expect(await highlightedPixels(plain, plain.locator(PARAGRAPH), [255, 210, 63])).toBe(0);
  });

  test('a long quote is linked by its first and last words; the citation gives the words, title, date and link', async ({ page }) => {
    await page.goto(note.url);
    const words = await page.locator(PARAGRAPH).evaluate((p) => (p.firstChild?.textContent ?? '').trim().split(/\s+/).slice(0, 14).join(' '));
    await select(page, PARAGRAPH, words);
    await page.getByRole('button', { name: 'Copy quote with citation' }).click();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    const first = term(words.split(' ').slice(0, 4).join(' '));
    const last = term(words.split(' ').slice(-4).join(' '));
    expect(citation).toMatch(/^“.+” \(Report from the Criminal Intelligence Service Canada \(CISC\) re: .+, Dec 12, 2023\) http/);
    expect(citation).toContain(`“${words}”`);
    expect(citation).toContain(`${PARAGRAPH}:~:text=${first},${last}`);
  });

  test('from the keyboard: Alt+Shift+Q reaches the buttons, Enter copies, Escape closes', async ({ page }) => {
    await page.goto(note.url);
    await select(page, PARAGRAPH, QUOTE);
    await expect(page.getByRole('group', { name: 'Quote' })).toBeVisible();
    await page.keyboard.press('Alt+Shift+KeyQ');
    await expect(page.getByRole('button', { name: 'Copy link to quote' })).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`:~:text=${term(QUOTE)}`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('group', { name: 'Quote' })).toBeHidden();
  });

  test('a selection across two paragraphs gets a clear message, and no link', async ({ page }) => {
    await page.goto(note.url);
    await select(page, '#suggested-response-p1', 'CISC', PARAGRAPH);
    const toolbar = page.getByRole('group', { name: 'Quote' });
    await expect(toolbar.getByRole('status')).toHaveText('To link to a quote, select words within one paragraph or item.');
    await expect(toolbar.getByRole('button')).toHaveCount(0);
  });

  test('a browser without text fragments still lands on the paragraph', async ({ page }) => {
    await page.addInitScript(() => {
      // As in a browser that predates text fragments.
      delete (Document.prototype as unknown as Record<string, unknown>)['fragmentDirective'];
    });
    await page.goto(`${note.url}${PARAGRAPH}:~:text=${term(QUOTE)}`);
    await expect(page).toHaveURL(new RegExp(`${PARAGRAPH}$`));
    await expect(page.locator(PARAGRAPH)).toBeInViewport();
  });
});

for (const { scheme, width } of TEMPLATE_VIEWS) {
  test.describe(`the quote toolbar, ${scheme} theme, ${width} px`, () => {
    test.use({ colorScheme: scheme, viewport: { width, height: 900 } });

    test('has no accessibility violations, and fits the screen', async ({ page }) => {
      await page.goto(note.url);
      await page.locator(PARAGRAPH).scrollIntoViewIfNeeded();
      await select(page, PARAGRAPH, QUOTE);
      await expect(page.getByRole('group', { name: 'Quote' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
      const toolbar = (await page.getByRole('group', { name: 'Quote' }).boundingBox())!;
      expect(toolbar.x).toBeGreaterThanOrEqual(0);
      expect(toolbar.x + toolbar.width).toBeLessThanOrEqual(width);
    });
  });
}
