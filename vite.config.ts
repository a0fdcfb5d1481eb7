import { defineConfig } from 'vite';
import webExtension from 'vite-plugin-web-extension';

/**
 * One config, three builds (scripts/build.mjs runs them):
 *   LEDE_BROWSER=chrome   -> dist/chrome       (service worker, offscreen clipboard)
 *   LEDE_BROWSER=firefox  -> dist/firefox      (event page, gecko settings)
 *   LEDE_TEST_BUILD=1     -> dist/chrome-test  (adds host permission for 127.0.0.1 only:
 *                            automation cannot grant activeTab; never shipped)
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
      // Injected on demand with scripting.executeScript, or opened with chrome.offscreen:
      // neither is named in the manifest.
      additionalInputs: [
        'src/content/main.ts',
        ...(browser === 'chrome' ? ['src/offscreen/index.html'] : []),
      ],
      transformManifest(manifest) {
        if (testBuild) {
          (manifest as { host_permissions?: string[] }).host_permissions = ['http://127.0.0.1/*'];
        }
        return manifest;
      },
    }),
  ],
});
