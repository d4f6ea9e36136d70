import { defineConfig } from "vitest/config";
export default defineConfig({
  
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    pool: "forks",
    globalSetup: ["test/aws/moto-global-setup.ts"],
    server: { deps: { inline: ["@open-policy-agent/opa-wasm"] } },
  },
});
