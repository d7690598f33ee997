import "server-only";
// The trust settings in force: the defaults with the TRUST setting applied (read once at start).
import { readEnv } from "@/lib/env.server";
import { trustSettings } from "./trust";

export const trust = trustSettings(readEnv().TRUST);
