import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);
import {
  PACKAGE_JSON
} from "./chunk-BHJUSEQA.js";

// dist/version.js
var VERSION = PACKAGE_JSON.version;

export {
  VERSION
};
