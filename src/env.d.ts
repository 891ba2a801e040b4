declare namespace App {
  interface Locals {
    /** The page's language, from its path (src/lib/urls.ts); set once per page by src/middleware.ts. */
    lang: import('./schemas/fields.ts').Language;
  }
}
