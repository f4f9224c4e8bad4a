import { defineCommand } from "citty"; export const verifyCommand = defineCommand({ meta: { name: "verify" }, run() {} });
