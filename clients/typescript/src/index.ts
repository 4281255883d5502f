import type { Interceptor } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { registryClients } from "./services.js";
import { clientCredentialsToken, type ClientCredentials } from "./token.js";

export { clientCredentialsToken, TokenError, type ClientCredentials } from "./token.js";
export * from "./gen/coopregistry/v1/agreement_pb.js";
export * from "./gen/coopregistry/v1/agreement_service_pb.js";
export * from "./gen/coopregistry/v1/directory_service_pb.js";
export { ConnectError, Code } from "@connectrpc/connect";
export { registryClients, type RegistryClients } from "./services.js";

export interface RegistryOptions extends ClientCredentials {
  /** The registry's gRPC address, e.g. http://127.0.0.1:5080 (h2c) or https://registry.example. */
  address: string;
  /** Deadline of each call in milliseconds (default 30 s). */
  timeoutMs?: number;
}

/** Typed clients for every service (Node), sharing one HTTP/2 transport that sends a bearer token. */
export function createRegistry(options: RegistryOptions) {
  const token = clientCredentialsToken(options);
  const bearer: Interceptor = (next) => async (request) => {
    request.header.set("authorization", `Bearer ${await token()}`);
    return next(request);
  };
  const transport = createGrpcTransport({
    baseUrl: options.address,
    interceptors: [bearer],
    defaultTimeoutMs: options.timeoutMs ?? 30_000,
  });
  return registryClients(transport);
}
