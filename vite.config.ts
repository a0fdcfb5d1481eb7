import { defineConfig, type Plugin } from 'vite';
import webExtension from 'vite-plugin-web-extension';

/**
 * scripting.executeScript({ files }) answers with the completion value of the injected file, but
 * a bundle is an IIFE whose value is undefined. Ending the extractor's bundle with a call to the
 * function it defines makes that call the file's value, so one injection both loads the extractor
 * and returns the page reading: one round trip to the tab instead of two (about 30 ms of the
 * time to the card on the reference page).
 */
function extractorReturnsReading(): Plugin {
  return {
    name: 'lede-extractor-returns-reading',
    generateBundle(_options, bundle) {
      const chunk = bundle['src/content/main.js'];
      if (chunk?.type === 'chunk') chunk.code += '\nglobalThis.__ledeExtract();\n';
    },
  };
}

/**
 * One config, three builds (scripts/build.mjs runs them):
 *   LEDE_BROWSER=chrome   -> dist/chrome       (service worker, offscreen clipboard)
 *   LEDE_BROWSER=firefox  -> dist/firefox      (event page, gecko settings)
 *   LEDE_TEST_BUILD=1     -> dist/chrome-test  (adds host permission for 127.0.0.1 only:
 *                            automation cannot grant activeTab; and `tabs`, see below;
 *                            never shipped)
 */
const browser = process.env.LEDE_BROWSER === 'firefox' ? 'firefox' : 'chrome';
const testBuild = process.env.LEDE_TEST_BUILD === '1';
const outDir = `dist/${browser}${testBuild ? '-test' : ''}`;

export default defineConfig({
  define: { __LEDE_TEST_BUILD__: JSON.stringify(testBuild) },
  build: {
    outDir,
    emptyOutDir: true,
    target: ['chrome120', 'firefox140'],
    sourcemap: false,
    // Extension code is reviewed by stores; readable output helps and costs little.
    minify: true,
    reportCompressedSize: false,
  },
  plugins: [
    webExtension({
      browser,
      // The plugin's validation downloads a schema, and this tool makes no network requests.
      skipManifestValidation: true,
      disableAutoLaunch: true,
      printSummary: false,
      // The popup and options pages share libraries; each gets a chunk with a fixed name, which
      // bundle-budgets.json and the Firefox lint (it must tell library code from Lede's own)
      // name. Scripts (worker, injected files) stay single files.
      htmlViteConfig: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'lib-preact', test: /node_modules[\\/]preact[\\/]/ },
                  { name: 'lib-polyfill', test: /node_modules[\\/]webextension-polyfill[\\/]/ },
                ],
              },
            },
          },
        },
      },
      scriptViteConfig: { plugins: [extractorReturnsReading()] },
      // Injected on demand with scripting.executeScript, or opened with chrome.offscreen:
      // neither is named in the manifest.
      additionalInputs: [
        'src/content/main.ts',
        'src/content/reveal.ts',
        // Loaded by the popup's page as a plain script (not a module), ahead of its bundle.
        'src/popup/early.ts',
        ...(browser === 'chrome' ? ['src/offscreen/index.html'] : []),
      ],
      transformManifest(manifest) {
        if (testBuild) {
          const m = manifest as { host_permissions?: string[]; permissions?: string[] };
          m.host_permissions = ['http://127.0.0.1/*'];
          // Clicking the toolbar button grants activeTab, which lets the worker see the URL of
          // any tab, chrome://version included, and say why it cannot read it. Automation
          // cannot click it; `tabs` gives the test build the same sight of URLs so the tests
          // can reach those states. The shipped build asks for no such permission.
          m.permissions = [...(m.permissions ?? []), 'tabs'];
        }
        return manifest;
      },
    }),
  ],
});
