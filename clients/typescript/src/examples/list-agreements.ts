// Lists the agreements the calling client may see (a partner province: those it is party to).
// COOP_GRPC_URL, COOP_TOKEN_URL, COOP_CLIENT_ID and COOP_CLIENT_SECRET configure it; COOP_TIMEOUT_MS
// the deadline of each call (default 30 s).
import { createRegistry } from "../index.js";

const env = (name: string, fallback?: string) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`set ${name}`);
  return value;
};

const registry = createRegistry({
  address: env("COOP_GRPC_URL", "http://127.0.0.1:5080"),
  tokenEndpoint: `${env("COOP_TOKEN_URL", "http://127.0.0.1:5081")}/connect/token`,
  clientId: env("COOP_CLIENT_ID"),
  clientSecret: env("COOP_CLIENT_SECRET"),
  timeoutMs: Number(env("COOP_TIMEOUT_MS", "30000")),
});

let pageToken = "";
do {
  const page = await registry.agreements.listAgreements({ pageSize: 100, pageToken });
  for (const agreement of page.agreements) console.log(`${agreement.name}\t${agreement.title}`);
  pageToken = page.nextPageToken;
} while (pageToken);
