using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Agency = CoopRegistry.Domain.Directory.Agency;

namespace CoopRegistry.Server.Audit;

/// <summary>
/// AuditService: the audit log for auditors (MethodAccess: Audit), its verification and signed
/// checkpoints. Reads go straight to registry.audit_entries; the chain itself is written by
/// AuditInterceptor at every commit.
/// </summary>
public sealed partial class AuditGrpcService(AuditLog log, CheckpointSigner signer, TypeAdapterConfig mapping, Metrics.RegistryMetrics metrics, TimeProvider clock) : AuditService.AuditServiceBase
{
    public override async Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var record = OptionalRecordName(request.Record, "record", violations);
        var agency = violations.Id(Agency.Collection, request.Agency, "agency");
        var from = Instant(request.StartTime, "start_time", violations);
        var until = Instant(request.EndTime, "end_time", violations);
        if (from is not null && until is not null && until <= from)
            violations.Add("end_time", "must be after start_time");
        if (request.AfterSequence < 0)
            violations.Add("after_sequence", "must not be negative");
        violations.ThrowIfAny();
        var filter = new AuditLogFilter(record, agency, request.Client.Length > 0 ? request.Client : null, from, until, request.AfterSequence,
            request.Person.Length > 0 ? request.Person : null);
        var page = await log.ListAsync("auditEntries", filter, request.PageSize, request.PageToken, context.CancellationToken);
        return new ListAuditEntriesResponse { Entries = { Map(page.Items) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<GetRecordHistoryResponse> GetRecordHistory(GetRecordHistoryRequest request, ServerCallContext context)
    {
        if (request.Name.Length == 0)
            throw new InvalidArgumentException("name", "is required: a record's name such as agreements/{id}");
        var violations = new FieldViolations();
        var name = OptionalRecordName(request.Name, "name", violations);
        violations.ThrowIfAny();
        var filter = new AuditLogFilter(name, null, null, null, null, 0);
        var page = await log.ListAsync("recordHistory", filter, request.PageSize, request.PageToken, context.CancellationToken);
        // Every record that ever existed has at least its creation in the log.
        if (page.Items.Count == 0 && request.PageToken.Length == 0)
            throw new NotFoundException(name!);
        return new GetRecordHistoryResponse { Entries = { Map(page.Items) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<VerifyAuditChainResponse> VerifyAuditChain(VerifyAuditChainRequest request, ServerCallContext context)
    {
        for (var i = 0; i < request.Checkpoints.Count; i++)
            if (request.Checkpoints[i].Sequence < 0)
                throw new InvalidArgumentException($"checkpoints[{i}].sequence", "must not be negative");
        // Only checkpoints this registry signed are evidence; the rest are reported and ignored.
        var signed = request.Checkpoints.Select(signer.Verify).ToList();
        var trusted = request.Checkpoints.Where((_, i) => signed[i]).Select(c => new TrustedCheckpoint(c.Sequence, c.Hash.ToByteArray())).ToList();
        var result = await log.VerifyAsync(trusted, context.CancellationToken);

        var response = new VerifyAuditChainResponse
        {
            EntriesChecked = result.EntriesChecked,
            HeadSequence = result.Head.Sequence,
            HeadHash = ByteString.CopyFrom(result.Head.Hash),
        };
        if (result.FirstBreak is { } found)
            response.FirstBreak = found.Adapt<ChainBreak>(mapping);
        var next = 0;
        for (var i = 0; i < request.Checkpoints.Count; i++)
        {
            var verdict = !signed[i] ? CheckpointVerdict.SignatureInvalid
                : result.CheckpointsMatched[next++] ? CheckpointVerdict.Verified : CheckpointVerdict.Mismatch;
            response.Checkpoints.Add(new CheckpointResult { Sequence = request.Checkpoints[i].Sequence, Verdict = verdict });
        }
        response.Ok = response.FirstBreak is null && response.Checkpoints.All(c => c.Verdict == CheckpointVerdict.Verified);
        return response;
    }

    public override async Task<CreateAuditCheckpointResponse> CreateAuditCheckpoint(CreateAuditCheckpointRequest request, ServerCallContext context)
    {
        var head = await log.HeadAsync(context.CancellationToken);
        if (head.Sequence == 0)
            throw new FailedPreconditionException("AUDIT_LOG_EMPTY", "auditEntries", "the audit log has no entry yet: there is no head to sign");
        var checkpoint = signer.Sign(head);
        metrics.CheckpointSigned(clock.GetUtcNow());
        return new CreateAuditCheckpointResponse { Checkpoint = checkpoint };
    }

    public override Task<GetAuditPublicKeyResponse> GetAuditPublicKey(GetAuditPublicKeyRequest request, ServerCallContext context) =>
        Task.FromResult(new GetAuditPublicKeyResponse { KeyId = signer.KeyId, PublicKeyPem = signer.PublicKeyPem, Development = signer.Development });

    private IEnumerable<AuditLogEntry> Map(IEnumerable<AuditEntry> entries) => entries.Select(e => e.Adapt<AuditLogEntry>(mapping));

    /// <summary>A record or part name (<c>collection/id</c>, <c>collection/id/parts/n</c>), or null when empty.</summary>
    private static string? OptionalRecordName(string name, string field, FieldViolations violations)
    {
        if (name.Length == 0)
            return null;
        if (!RecordNamePattern().IsMatch(name))
            violations.Add(field, "must be a record's name such as agreements/{id} or commitments/{id}/progressReports/3");
        return name;
    }

    private static DateTime? Instant(Timestamp? time, string field, FieldViolations violations)
    {
        if (time is null)
            return null;
        try
        {
            return time.ToDateTime();
        }
        catch (InvalidOperationException)
        {
            violations.Add(field, "is not a valid timestamp");
            return null;
        }
    }

    [GeneratedRegex(@"^[A-Za-z]+/[^/\s]+(/[A-Za-z]+/[^/\s]+)*$")]
    private static partial Regex RecordNamePattern();
}
