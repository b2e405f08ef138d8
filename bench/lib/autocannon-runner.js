'use strict';
// Child-process load generator: autocannon with a different request list per connection (each simulated
// candidate uses its own token). Reads its config as JSON from argv[2]; prints autocannon's result as JSON.
const autocannon = require('autocannon');

const config = JSON.parse(process.argv[2]);
let next = 0;
const instance = autocannon(
  {
    url: config.url,
    connections: config.connections,
    duration: config.duration,
    overallRate: config.rate,
    headers: config.headers ?? {},
    method: config.method,
    requests: config.requestsPerClient ? undefined : undefined,
    setupClient(client) {
      const list = config.requestsPerClient[next++ % config.requestsPerClient.length];
      client.setRequests(
        list.map((r) => ({ method: config.method, path: r.path, body: r.body, headers: config.headers })),
      );
    },
  },
  (err, result) => {
    if (err) {
      console.error(err);
      process.exit(1);
    }
    process.stdout.write(JSON.stringify(result));
  },
);
void instance;
