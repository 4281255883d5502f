import { createClient, type Client, type Interceptor } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { AgreementService } from "./gen/coopregistry/v1/agreement_service_pb.js";
import { AdminService } from "./gen/coopregistry/v1/admin_service_pb.js";
import { CommitmentService } from "./gen/coopregistry/v1/commitment_service_pb.js";
import { DirectiveService } from "./gen/coopregistry/v1/directive_service_pb.js";
import { DirectoryService } from "./gen/coopregistry/v1/directory_service_pb.js";
import { EventService } from "./gen/coopregistry/v1/event_service_pb.js";
import { FulfilmentService } from "./gen/coopregistry/v1/fulfilment_service_pb.js";
import { PlanService } from "./gen/coopregistry/v1/plan_service_pb.js";
import { clientCredentialsToken, type ClientCredentials } from "./token.js";

export { clientCredentialsToken, TokenError, type ClientCredentials } from "./token.js";
export * from "./gen/coopregistry/v1/agreement_pb.js";
export * from "./gen/coopregistry/v1/agreement_service_pb.js";
export * from "./gen/coopregistry/v1/directory_service_pb.js";
export { ConnectError, Code } from "@connectrpc/connect";

export interface RegistryOptions extends ClientCredentials {
  /** The registry's gRPC address, e.g. http://127.0.0.1:5080 (h2c) or https://registry.example. */
  address: string;
  /** Deadline of each call in milliseconds (default 30 s). */
  timeoutMs?: number;
}

/** Typed clients for every service, sharing one HTTP/2 transport that sends a bearer token. */
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
  return {
    directory: createClient(DirectoryService, transport) as Client<typeof DirectoryService>,
    agreements: createClient(AgreementService, transport) as Client<typeof AgreementService>,
    plans: createClient(PlanService, transport) as Client<typeof PlanService>,
    events: createClient(EventService, transport) as Client<typeof EventService>,
    directives: createClient(DirectiveService, transport) as Client<typeof DirectiveService>,
    commitments: createClient(CommitmentService, transport) as Client<typeof CommitmentService>,
    fulfilment: createClient(FulfilmentService, transport) as Client<typeof FulfilmentService>,
    admin: createClient(AdminService, transport) as Client<typeof AdminService>,
  };
}
