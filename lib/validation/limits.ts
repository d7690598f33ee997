// Limits that forms show as hints and that the schemas enforce: plain numbers, so a client
// component can import them without bringing the schemas (and zod) into the browser.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const NAME_MAX = 80;
