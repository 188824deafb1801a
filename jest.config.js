/** Unit, adapter and CLI tests run in Node; type checking is done once by `tsc --noEmit` in `npm test`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', {}] },
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/tests/reporters/summary-line.js'],
};
