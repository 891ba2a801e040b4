import { escapeXml } from './text-patterns.ts';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { SITE_NAME, SOCIAL_IMAGE } from '../consts.ts';

/**
 * What a link-preview image shows: the document type and its source. The
 * title is left to the preview's own text (og:title), which every platform
 * shows beside the image.
 */
export interface SocialImageText {
  typeLabel: string;
  source: string;
}

const HEADLINE_SIZE = 58;
/** Characters of the bold headline face that fit one line of the image, measured for DejaVu Sans Bold. */
const HEADLINE_LINE_CHARS = 30;
const HEADLINE_MAX_LINES = 5;

/** Breaks text into lines of at most `width` characters at spaces; the last line ends "…" when text is left over. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, '')} …`;
  return kept;
}

export function socialImageSvg({ typeLabel, source }: SocialImageText): string {
  const lines = wrapText(source, HEADLINE_LINE_CHARS, HEADLINE_MAX_LINES);
  const titleTop = 190;
  const tspans = lines.map((line, i) => `<tspan x="80" y="${titleTop + i * HEADLINE_SIZE * 1.2}">${escapeXml(line)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_IMAGE.width}" height="${SOCIAL_IMAGE.height}" viewBox="0 0 ${SOCIAL_IMAGE.width} ${SOCIAL_IMAGE.height}">
  <rect width="100%" height="100%" fill="#16324f"/>
  <rect x="0" y="0" width="16" height="100%" fill="#f2c14e"/>
  <text x="80" y="110" font-family="DejaVu Sans" font-size="32" font-weight="bold" fill="#f2c14e">${escapeXml(typeLabel)}</text>
  <text font-family="DejaVu Sans" font-size="${HEADLINE_SIZE}" font-weight="bold" fill="#ffffff">${tspans}</text>
  <text x="1120" y="570" text-anchor="end" font-family="DejaVu Sans" font-size="30" font-weight="bold" fill="#ffffff">${escapeXml(SITE_NAME)}</text>
</svg>`;
}

const require = createRequire(import.meta.url);
/** Fonts shipped as a package, so that images look the same on any machine, with or without system fonts. */
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`));

export function socialImagePng(text: SocialImageText): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(socialImageSvg(text), {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return Uint8Array.from(resvg.render().asPng());
}
