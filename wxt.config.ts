import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  zip: { excludeSources: ['test-results/**', 'playwright-report/**'] },
  manifest: ({ browser }) => ({
    name: 'Scholar Lens',
    description:
      'Reads researcher profiles: topic tags, code badges, collaboration summary and exports. Works offline.',
    permissions: [],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'scholar-lens@scholar-lens.dev',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
