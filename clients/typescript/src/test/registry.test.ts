// Against a running registry and token service: COOP_GRPC_URL, COOP_TOKEN_URL and a client's
// COOP_CLIENT_ID / COOP_CLIENT_SECRET (the end-to-end tests set them for a stack they start).
import { test } from "node:test";
import assert from "node:assert/strict";
import { Code, ConnectError, createRegistry } from "../index.js";

const { COOP_GRPC_URL, COOP_TOKEN_URL, COOP_CLIENT_ID, COOP_CLIENT_SECRET } = process.env;
const skip = COOP_GRPC_URL && COOP_TOKEN_URL && COOP_CLIENT_ID && COOP_CLIENT_SECRET ? false : "no running registry (COOP_GRPC_URL unset)";

const registry = () =>
  createRegistry({
    address: COOP_GRPC_URL!,
    tokenEndpoint: `${COOP_TOKEN_URL}/connect/token`,
    clientId: COOP_CLIENT_ID!,
    clientSecret: COOP_CLIENT_SECRET!,
    timeoutMs: Number(process.env.COOP_TIMEOUT_MS ?? 30_000),
  });

test("lists the home provinces from the directory", { skip }, async () => {
  const page = await registry().directory.listProvinces({ filter: "home = true" });
  assert.deepEqual(page.provinces.map((p) => p.code).sort(), ["VN-09", "VN-30"]);
});

test("pages through the agreements with next_page_token", { skip }, async () => {
  const client = registry();
  const first = await client.agreements.listAgreements({ pageSize: 1 });
  assert.equal(first.agreements.length, 1);
  assert.ok(first.totalSize >= 1);
  if (first.totalSize > 1) {
    const second = await client.agreements.listAgreements({ pageSize: 1, pageToken: first.nextPageToken });
    assert.notEqual(second.agreements[0].name, first.agreements[0].name);
  }
});

test("an unknown agreement is NOT_FOUND", { skip }, async () => {
  await assert.rejects(registry().agreements.getAgreement({ name: "agreements/does-not-exist" }), (e: unknown) => {
    return e instanceof ConnectError && e.code === Code.NotFound;
  });
});

test("a wrong secret gets no token and no call is made", { skip }, async () => {
  const client = createRegistry({
    address: COOP_GRPC_URL!,
    tokenEndpoint: `${COOP_TOKEN_URL}/connect/token`,
    clientId: COOP_CLIENT_ID!,
    clientSecret: COOP_CLIENT_SECRET + "x",
    timeoutMs: Number(process.env.COOP_TIMEOUT_MS ?? 30_000),
  });
  await assert.rejects(client.directory.listProvinces({}), /invalid_client/);
});
