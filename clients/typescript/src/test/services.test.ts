// Every service of the contract has a client, in Node (gRPC) and for browsers (gRPC-Web): a service
// added to protos/ without a client here fails this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRegistry } from "../index.js";
import { createBrowserRegistry } from "../browser.js";

const generated = fileURLToPath(new URL("../gen/coopregistry/v1/", import.meta.url));

async function contractServices() {
  const services: { typeName: string; methods: string[] }[] = [];
  for (const file of readdirSync(generated).filter((f) => f.endsWith("_service_pb.js"))) {
    for (const value of Object.values(await import(`${generated}${file}`))) {
      const service = value as { kind?: string; typeName: string; methods: { localName: string }[] };
      if (service.kind === "service") services.push({ typeName: service.typeName, methods: service.methods.map((m) => m.localName) });
    }
  }
  return services;
}

function assertEveryService(clients: Record<string, Record<string, unknown>>, services: { typeName: string; methods: string[] }[]) {
  assert.equal(Object.keys(clients).length, services.length);
  for (const service of services) {
    const client = Object.values(clients).find((c) => service.methods.every((m) => typeof c[m] === "function"));
    assert.ok(client, `no client has every method of ${service.typeName}`);
  }
}

test("the Node registry has a client for every service of the contract", async () => {
  const clients = createRegistry({ address: "http://127.0.0.1:1", tokenEndpoint: "http://127.0.0.1:1/connect/token", clientId: "x", clientSecret: "y" });
  assertEveryService(clients as unknown as Record<string, Record<string, unknown>>, await contractServices());
});

test("the browser registry has a client for every service of the contract", async () => {
  const clients = createBrowserRegistry({ address: "http://127.0.0.1:1", token: async () => "t" });
  assertEveryService(clients as unknown as Record<string, Record<string, unknown>>, await contractServices());
});
