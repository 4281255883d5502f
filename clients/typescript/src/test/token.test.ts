import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { clientCredentialsToken, TokenError } from "../token.js";

async function tokenServer(answer: (n: number, body: string) => [number, object]) {
  let calls = 0;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const [status, json] = answer(++calls, body);
      setTimeout(() => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json)), 20);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/connect/token`;
  return { url, calls: () => calls, close: () => server.close() };
}

test("one request for concurrent callers, then the cached token", async () => {
  const server = await tokenServer((n, body) => {
    assert.match(body, /grant_type=client_credentials/);
    assert.match(body, /client_id=c1/);
    return [200, { access_token: `t${n}`, expires_in: 900 }];
  });
  try {
    const token = clientCredentialsToken({ tokenEndpoint: server.url, clientId: "c1", clientSecret: "s" });
    const tokens = await Promise.all([token(), token(), token()]);
    assert.deepEqual(tokens, ["t1", "t1", "t1"]);
    assert.equal(await token(), "t1");
    assert.equal(server.calls(), 1);
  } finally {
    server.close();
  }
});

test("a token about to expire is renewed", async () => {
  const server = await tokenServer((n) => [200, { access_token: `t${n}`, expires_in: 1 }]);
  try {
    const token = clientCredentialsToken({ tokenEndpoint: server.url, clientId: "c1", clientSecret: "s", refreshBeforeSeconds: 60 });
    assert.equal(await token(), "t1");
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(await token(), "t2");
  } finally {
    server.close();
  }
});

test("a refused secret is a TokenError naming the OAuth error", async () => {
  const server = await tokenServer(() => [400, { error: "invalid_client" }]);
  try {
    const token = clientCredentialsToken({ tokenEndpoint: server.url, clientId: "c1", clientSecret: "bad" });
    await assert.rejects(token(), (e: unknown) => e instanceof TokenError && e.error === "invalid_client" && e.status === 400);
  } finally {
    server.close();
  }
});
