import { createClient, type Client, type Transport } from "@connectrpc/connect";
import { AdminService } from "./gen/coopregistry/v1/admin_service_pb.js";
import { AgreementService } from "./gen/coopregistry/v1/agreement_service_pb.js";
import { AuditService } from "./gen/coopregistry/v1/audit_service_pb.js";
import { ChangeFeedService } from "./gen/coopregistry/v1/change_feed_service_pb.js";
import { CommitmentService } from "./gen/coopregistry/v1/commitment_service_pb.js";
import { DirectiveService } from "./gen/coopregistry/v1/directive_service_pb.js";
import { DirectoryService } from "./gen/coopregistry/v1/directory_service_pb.js";
import { EventService } from "./gen/coopregistry/v1/event_service_pb.js";
import { FulfilmentService } from "./gen/coopregistry/v1/fulfilment_service_pb.js";
import { PlanService } from "./gen/coopregistry/v1/plan_service_pb.js";
import { ReminderService } from "./gen/coopregistry/v1/reminder_service_pb.js";

/** A typed client of every service of the contract, over one transport (Node's gRPC or a browser's gRPC-Web). */
export function registryClients(transport: Transport) {
  return {
    directory: createClient(DirectoryService, transport) as Client<typeof DirectoryService>,
    agreements: createClient(AgreementService, transport) as Client<typeof AgreementService>,
    plans: createClient(PlanService, transport) as Client<typeof PlanService>,
    events: createClient(EventService, transport) as Client<typeof EventService>,
    directives: createClient(DirectiveService, transport) as Client<typeof DirectiveService>,
    commitments: createClient(CommitmentService, transport) as Client<typeof CommitmentService>,
    fulfilment: createClient(FulfilmentService, transport) as Client<typeof FulfilmentService>,
    reminders: createClient(ReminderService, transport) as Client<typeof ReminderService>,
    changeFeed: createClient(ChangeFeedService, transport) as Client<typeof ChangeFeedService>,
    audit: createClient(AuditService, transport) as Client<typeof AuditService>,
    admin: createClient(AdminService, transport) as Client<typeof AdminService>,
  };
}

export type RegistryClients = ReturnType<typeof registryClients>;
