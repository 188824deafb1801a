// Builds tests/e2e/pane/harness.tsx with the product's own webpack settings into
// dist/test-harness/ (never shipped).
'use strict';
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const base = require('../../../webpack.config.js');

module.exports = async (env = {}, argv = {}) => {
  const config = await base({ only: 'none' }, { mode: 'production', ...argv });
  return {
    ...config,
    entry: { harness: path.resolve(__dirname, 'harness.tsx') },
    output: { ...config.output, path: path.resolve(__dirname, '../../../dist/test-harness'), clean: true },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: path.resolve(__dirname, '../../../src/ui/web/web.html'), chunks: ['harness'] }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/*', to: 'assets/[name][ext]' }] }),
    ],
  };
};
