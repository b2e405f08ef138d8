/** Job payloads carry ids only; processors reload state from the database. */
export interface PingJob {
  pingId: string;
}
