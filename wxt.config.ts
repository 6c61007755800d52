import { defineConfig } from 'wxt';

/**
 * The content script on every page and frame: built by WXT as an unlisted script (entrypoints/posting, no per-page
 * WXT context; see its index.ts) and declared here. Its CSS (the ::highlight() rules) is a static file in public/.
 */
const POSTING_CONTENT_SCRIPT = {
  matches: ['<all_urls>'],
  all_frames: true,
  run_at: 'document_idle' as const,
  js: ['posting.js'],
  css: ['content-scripts/posting.css'],
};

// Firefox 140 ESR is the oldest release we test with the CSS Custom Highlight API in full.
const FIREFOX_MIN_VERSION = '140.0';

export default defineConfig({
  // A separate output folder lets parallel builds (and their e2e runs) stay apart: JOBMARK_OUT_DIR=.output-x.
  outDir: process.env.JOBMARK_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: the engine in utils/ must also run under plain Node (CLI, benchmarks).
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Jobmark',
    description:
      'Reads job postings as you browse: must-haves vs nice-to-haves, tech stack, salary. Saves roles on your machine only.',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'tabs', 'webNavigation', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: ['<all_urls>'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: 'Jobmark',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    commands: {
      'annotate-page': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Annotate this page (or the selected text) as a job posting',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'jobmark@jobmark.app', strict_min_version: FIREFOX_MIN_VERSION },
    },
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [...(manifest.content_scripts ?? []), POSTING_CONTENT_SCRIPT];
    },
  },
  webExt: {
    binaries: { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
});
