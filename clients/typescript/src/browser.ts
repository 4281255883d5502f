// The registry from a browser: gRPC-Web over HTTP/1.1 or HTTP/2 (through nginx, or the registry's
// HTTP port), the origin allowed by Registry:Cors:AllowedOrigins. A browser holds no client
// secret: the app gets its access token as it signs people in and hands it over here.
import type { Interceptor } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { registryClients } from "./services.js";

export { registryClients, type RegistryClients } from "./services.js";
export { ConnectError, Code } from "@connectrpc/connect";

export interface BrowserRegistryOptions {
  /** Where gRPC-Web is answered, e.g. https://registry.example or http://127.0.0.1:5082. */
  address: string;
  /** The current access token (asked before every call, so a renewed one is used at once). */
  token: () => Promise<string>;
  /** Deadline of each call in milliseconds (default 30 s). */
  timeoutMs?: number;
}

/** Typed clients for every service over gRPC-Web, each call carrying the app's bearer token. */
export function createBrowserRegistry(options: BrowserRegistryOptions) {
  const bearer: Interceptor = (next) => async (request) => {
    request.header.set("authorization", `Bearer ${await options.token()}`);
    return next(request);
  };
  return registryClients(
    createGrpcWebTransport({
      baseUrl: options.address,
      interceptors: [bearer],
      defaultTimeoutMs: options.timeoutMs ?? 30_000,
    }),
  );
}
