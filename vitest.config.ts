import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    pool: "forks",
    // moto (local AWS API server) for the Organizations tests: test/aws/moto-global-setup.ts.
    globalSetup: ["test/aws/moto-global-setup.ts"],
  },
});
