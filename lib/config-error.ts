/**
 * A misconfiguration the operator must fix. Launchers print `message` alone (no stack):
 * it names the setting and what to do about it.
 */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = "ConfigError";
  }
}
