import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,renderer,electron,cli,scripts,bench}/**/*.test.{ts,tsx}', '*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
