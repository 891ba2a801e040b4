import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Tells bundled page code where the project root is (`import.meta.env.PROJECT_ROOT`),
 * as Astro resolved it, `--root` included: the content loader keeps rendered
 * bodies under it (src/content/rendered-documents.ts), and pages run from
 * bundled code whose own location says nothing about the project's. Also
 * whether that code runs in `astro build` (`import.meta.env.ASTRO_BUILD`),
 * which `import.meta.env.PROD` does not say: it follows NODE_ENV, which a
 * test runner sets to "test".
 */
export default function projectRoot(): AstroIntegration {
  return {
    name: 'project-root',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        updateConfig({
          vite: {
            define: {
              'import.meta.env.PROJECT_ROOT': JSON.stringify(fileURLToPath(config.root)),
              'import.meta.env.ASTRO_BUILD': JSON.stringify(command === 'build'),
            },
          },
        });
      },
    },
  };
}
