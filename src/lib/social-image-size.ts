/** Link-preview images are 1200 × 630, the size Open Graph consumers crop least. */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;
