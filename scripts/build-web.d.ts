/** Builds the web app when its dist is missing or older than its sources; returns whether it built. */
export function ensureWebBuilt(): boolean;
export function buildWeb(): void;
export function isStale(): boolean;
