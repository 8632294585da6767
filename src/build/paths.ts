import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder, wherever the command was started from. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
