/**
 * Builds the Excel task pane into dist/web/ (dist/ itself holds the Node CLI build).
 *   npm run build       production bundle; with OKO_PUBLIC_URL=https://host/path/ the copied
 *                       dist/web/manifest.xml points there instead of https://localhost:3000/
 *   npm run dev-server  https://localhost:3000 with Office dev certificates (installed on first run)
 */
'use strict';

const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const OUT_DIR = path.resolve(__dirname, 'dist/web');

/** OKO_PUBLIC_URL as an https URL ending in "/", or null when unset. */
function publicUrl() {
  const raw = (process.env.OKO_PUBLIC_URL || '').trim();
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`OKO_PUBLIC_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`OKO_PUBLIC_URL must use https (Office loads add-ins only over https): ${raw}`);
  }
  if (url.search || url.hash) {
    throw new Error(`OKO_PUBLIC_URL must be a plain base URL without ? or #: ${raw}`);
  }
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

function escapeXmlAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Certificates are needed (and installed if missing) only by `webpack serve`, never by a build. */
async function devServerHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (err) {
    throw new Error(
      `Could not get the Office dev certificates for https://localhost:${DEV_PORT}: ${err && err.message}\n` +
        'Run `npx office-addin-dev-certs install` and try again.',
    );
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = dev ? null : publicUrl();

  return {
    mode,
    // ES2020, the syntax level of what the bundle contains (Fluent UI 9's keyborg/tabster use optional chaining):
    // WebView2 (Chromium Edge), Safari/WKWebView and Office on the web. The Trident (IE 11) and EdgeHTML
    // webviews of older Excel cannot run it; taskpane.html shows them an explanation instead.
    target: ['web', 'es2020'],
    // No eval-based source maps: the web page's Content-Security-Policy forbids eval.
    devtool: 'source-map',
    // `--env only=web` builds just the web page (faster when working on it).
    entry: Object.fromEntries(
      Object.entries({
        taskpane: './src/ui/taskpane/index.tsx',
      // The web page for people without a compatible Excel: the same panels over an .xlsx
      // file; ExcelJS is split into its own chunk that only this page loads.
        web: './src/ui/web/index.tsx',
      }).filter(([name]) => !env.only || env.only === name),
    ),
    output: {
      path: OUT_DIR,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // Type checking is `tsc --noEmit` (npm test); the bundle only transpiles.
              transpileOnly: true,
              compilerOptions: {
                module: 'esnext',
                sourceMap: true,
              },
            },
          },
        },
      ],
    },
    plugins: [
      ...(!env.only || env.only === 'taskpane'
        ? [new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/ui/taskpane/taskpane.html', chunks: ['taskpane'] })]
        : []),
      ...(!env.only || env.only === 'web' ? [new HtmlWebpackPlugin({ filename: 'index.html', template: './src/ui/web/web.html', chunks: ['web'] })] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              if (!url) return content;
              return content.toString('utf8').split(DEV_URL).join(escapeXmlAttribute(url));
            },
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: DEV_PORT,
          hot: true,
          static: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await devServerHttpsOptions() },
        }
      : undefined,
  };
};
