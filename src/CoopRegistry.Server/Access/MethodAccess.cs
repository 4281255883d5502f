using AdminService = CoopRegistry.Contracts.V1.AdminService;
using AgreementService = CoopRegistry.Contracts.V1.AgreementService;
using AuditService = CoopRegistry.Contracts.V1.AuditService;
using ChangeFeedService = CoopRegistry.Contracts.V1.ChangeFeedService;
using CommitmentService = CoopRegistry.Contracts.V1.CommitmentService;
using DirectiveService = CoopRegistry.Contracts.V1.DirectiveService;
using DirectoryService = CoopRegistry.Contracts.V1.DirectoryService;
using EventService = CoopRegistry.Contracts.V1.EventService;
using FulfilmentService = CoopRegistry.Contracts.V1.FulfilmentService;
using PlanService = CoopRegistry.Contracts.V1.PlanService;
using ReminderService = CoopRegistry.Contracts.V1.ReminderService;

namespace CoopRegistry.Server.Access;

/// <summary>
/// The access table: every registry method and the action it performs. A method missing here is
/// refused (and a test fails), so a new method cannot be served without a rule. Record methods
/// also pass <see cref="Domain.Access.RecordAccess"/> for the record itself.
/// </summary>
public static class MethodAccess
{
    /// <summary>Services open without a token: the standard health and reflection services.</summary>
    public static readonly IReadOnlyList<string> OpenServicePrefixes = ["/grpc.health.v1.Health/", "/grpc.reflection."];

    public static readonly IReadOnlyDictionary<string, AccessAction> Rules = new Dictionary<string, AccessAction>
    {
        [Method(DirectoryService.Descriptor, "ListProvinces")] = AccessAction.ReadReference,
        [Method(DirectoryService.Descriptor, "GetProvince")] = AccessAction.ReadReference,
        [Method(DirectoryService.Descriptor, "ListAgencies")] = AccessAction.ReadReference,
        [Method(DirectoryService.Descriptor, "GetAgency")] = AccessAction.ReadReference,
        [Method(AgreementService.Descriptor, "GetAgreement")] = AccessAction.Read,
        [Method(AgreementService.Descriptor, "ListAgreements")] = AccessAction.Read,
        [Method(AgreementService.Descriptor, "ListAgreementRevisions")] = AccessAction.Read,
        [Method(AgreementService.Descriptor, "DownloadDocument")] = AccessAction.Read,
        [Method(AgreementService.Descriptor, "CreateAgreement")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "UpdateAgreement")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "DeleteAgreement")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "UndeleteAgreement")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "StartConsultation")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "RecordOpinion")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "RecordPrimeMinisterConsent")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "SignAgreement")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "BringIntoForce")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "AmendAgreement")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "ExtendAgreement")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "SuspendAgreement")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "ResumeAgreement")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "TerminateAgreement")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "SupersedeAgreement")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "ExpireAgreement")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "UploadDocument")] = AccessAction.Manage,
        [Method(AgreementService.Descriptor, "AddDocumentReference")] = AccessAction.Manage,
        [Method(PlanService.Descriptor, "GetPlan")] = AccessAction.Read,
        [Method(PlanService.Descriptor, "ListPlans")] = AccessAction.Read,
        [Method(PlanService.Descriptor, "CreatePlan")] = AccessAction.Manage,
        [Method(PlanService.Descriptor, "UpdatePlan")] = AccessAction.Manage,
        [Method(PlanService.Descriptor, "DeletePlan")] = AccessAction.Manage,
        [Method(PlanService.Descriptor, "UndeletePlan")] = AccessAction.Manage,
        [Method(PlanService.Descriptor, "SubmitPlan")] = AccessAction.Manage,
        [Method(PlanService.Descriptor, "ApprovePlan")] = AccessAction.Manage,
        [Method(PlanService.Descriptor, "ReturnPlan")] = AccessAction.Manage,
        [Method(EventService.Descriptor, "GetEvent")] = AccessAction.Read,
        [Method(EventService.Descriptor, "ListEvents")] = AccessAction.Read,
        [Method(EventService.Descriptor, "CreateEvent")] = AccessAction.Manage,
        [Method(EventService.Descriptor, "UpdateEvent")] = AccessAction.Manage,
        [Method(EventService.Descriptor, "DeleteEvent")] = AccessAction.Manage,
        [Method(EventService.Descriptor, "UndeleteEvent")] = AccessAction.Manage,
        [Method(EventService.Descriptor, "MarkEventHeld")] = AccessAction.Manage,
        [Method(EventService.Descriptor, "CancelEvent")] = AccessAction.Manage,
        [Method(DirectiveService.Descriptor, "GetDirective")] = AccessAction.Read,
        [Method(DirectiveService.Descriptor, "ListDirectives")] = AccessAction.Read,
        [Method(DirectiveService.Descriptor, "CreateDirective")] = AccessAction.Manage,
        [Method(DirectiveService.Descriptor, "UpdateDirective")] = AccessAction.Manage,
        [Method(DirectiveService.Descriptor, "DeleteDirective")] = AccessAction.Manage,
        [Method(DirectiveService.Descriptor, "UndeleteDirective")] = AccessAction.Manage,
        // Writes nothing, but proposes what only a manager may save (CreateCommitments).
        [Method(DirectiveService.Descriptor, "ExtractCommitments")] = AccessAction.Manage,
        [Method(CommitmentService.Descriptor, "GetCommitment")] = AccessAction.Read,
        [Method(CommitmentService.Descriptor, "ListCommitments")] = AccessAction.Read,
        [Method(CommitmentService.Descriptor, "ListProgressReports")] = AccessAction.Read,
        [Method(CommitmentService.Descriptor, "ListUpcomingDeadlines")] = AccessAction.Read,
        [Method(CommitmentService.Descriptor, "WatchDeadlines")] = AccessAction.Read,
        [Method(CommitmentService.Descriptor, "ParseDeadline")] = AccessAction.Read,
        [Method(CommitmentService.Descriptor, "CreateCommitment")] = AccessAction.Manage,
        [Method(CommitmentService.Descriptor, "CreateCommitments")] = AccessAction.Manage,
        [Method(CommitmentService.Descriptor, "UpdateCommitment")] = AccessAction.Manage,
        [Method(CommitmentService.Descriptor, "CancelCommitment")] = AccessAction.Manage,
        // Report lets report and manage clients in; the record-level rule (CommitmentAccess) decides who of them.
        [Method(CommitmentService.Descriptor, "ReportProgress")] = AccessAction.Report,
        [Method(CommitmentService.Descriptor, "RequestCompletion")] = AccessAction.Report,
        [Method(CommitmentService.Descriptor, "AcceptCompletion")] = AccessAction.Report,
        [Method(CommitmentService.Descriptor, "ReturnCompletion")] = AccessAction.Report,
        [Method(CommitmentService.Descriptor, "WaiveCommitment")] = AccessAction.Report,
        // Reports count only the commitments the caller may see (RecordAccess), so reading is enough.
        [Method(FulfilmentService.Descriptor, "GetFulfilmentReport")] = AccessAction.Read,
        [Method(FulfilmentService.Descriptor, "ExportFulfilmentReport")] = AccessAction.Read,
        // Every reader may watch; each change is filtered by who may see it (ChangeFeedReader).
        [Method(ChangeFeedService.Descriptor, "WatchChanges")] = AccessAction.Read,
        // The audit log shows every record's history and who wrote it: auditors only.
        [Method(AuditService.Descriptor, "ListAuditEntries")] = AccessAction.Audit,
        [Method(AuditService.Descriptor, "GetRecordHistory")] = AccessAction.Audit,
        [Method(AuditService.Descriptor, "VerifyAuditChain")] = AccessAction.Audit,
        [Method(AuditService.Descriptor, "CreateAuditCheckpoint")] = AccessAction.Audit,
        [Method(AuditService.Descriptor, "GetAuditPublicKey")] = AccessAction.Audit,
        [Method(AdminService.Descriptor, "ListClients")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "CreateClient")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "DisableClient")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "EnableClient")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "RotateClientSecret")] = AccessAction.Admin,
        // Which clients and people an administrator may touch is AdminScope's rule (its own province's).
        [Method(AdminService.Descriptor, "ListPeople")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "CreatePerson")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "SetPersonRoles")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "DisablePerson")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "EnablePerson")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "ResetPersonPassword")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "ResetPersonSecondFactor")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "SetAgencyContacts")] = AccessAction.Admin,
        // Managers and auditors; row-level security narrows a manager to the caller's own province.
        [Method(ReminderService.Descriptor, "ListReminders")] = AccessAction.Oversee,
    };

    public static bool IsOpen(string method) => OpenServicePrefixes.Any(prefix => method.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The gRPC path of a method, <c>/package.Service/Method</c>; throws if the method does not exist.</summary>
    public static string Method(Google.Protobuf.Reflection.ServiceDescriptor service, string name) =>
        $"/{service.FullName}/{(service.FindMethodByName(name) ?? throw new ArgumentException($"{service.FullName} has no method {name}")).Name}";
}
