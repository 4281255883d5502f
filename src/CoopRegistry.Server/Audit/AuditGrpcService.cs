using System.Globalization;
using System.Text.RegularExpressions;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Data;
using CoopRegistry.Data.Audit;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Listing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Agency = CoopRegistry.Domain.Directory.Agency;
using ResourceNames = CoopRegistry.Domain.Directory.ResourceNames;

namespace CoopRegistry.Server.Audit;

/// <summary>
/// AuditService: the audit log for auditors (MethodAccess: Audit), its verification and signed
/// checkpoints. Reads go straight to registry.audit_entries; the chain itself is written by
/// AuditInterceptor at every commit.
/// </summary>
public sealed partial class AuditGrpcService(RegistryDbContext db, CheckpointSigner signer) : AuditService.AuditServiceBase
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    public override async Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var record = OptionalRecordName(request.Record, "record", violations);
        string? agency = null;
        if (request.Agency.Length > 0)
        {
            try
            {
                agency = ResourceNames.ParseId(Agency.Collection, request.Agency, "agency");
            }
            catch (InvalidArgumentException e)
            {
                violations.AddRange(e.Violations);
            }
        }
        var from = Instant(request.StartTime, "start_time", violations);
        var until = Instant(request.EndTime, "end_time", violations);
        if (from is not null && until is not null && until <= from)
            violations.Add(new("end_time", "must be after start_time"));
        if (request.AfterSequence < 0)
            violations.Add(new("after_sequence", "must not be negative"));
        if (violations.Count > 0)
            throw new InvalidArgumentException(violations);
        var filter = new AuditLogFilter(record, agency, request.Client.Length > 0 ? request.Client : null, from, until, request.AfterSequence,
            request.Person.Length > 0 ? request.Person : null);
        var fingerprint = PageToken.Fingerprint("auditEntries", request.Record, request.Agency, request.Client,
            request.StartTime?.ToString(), request.EndTime?.ToString(), request.AfterSequence.ToString(CultureInfo.InvariantCulture), request.Person);
        var (entries, next) = await PageAsync(filter, fingerprint, request.PageSize, request.PageToken, context.CancellationToken);
        return new ListAuditEntriesResponse { Entries = { entries }, NextPageToken = next };
    }

    public override async Task<GetRecordHistoryResponse> GetRecordHistory(GetRecordHistoryRequest request, ServerCallContext context)
    {
        if (request.Name.Length == 0)
            throw new InvalidArgumentException("name", "is required: a record's name such as agreements/{id}");
        var violations = new List<FieldViolation>();
        var name = OptionalRecordName(request.Name, "name", violations);
        if (violations.Count > 0)
            throw new InvalidArgumentException(violations);
        var filter = new AuditLogFilter(name, null, null, null, null, 0);
        var (entries, next) = await PageAsync(filter, PageToken.Fingerprint("recordHistory", name), request.PageSize, request.PageToken, context.CancellationToken);
        // Every record that ever existed has at least its creation in the log.
        if (entries.Count == 0 && request.PageToken.Length == 0)
            throw new NotFoundException(name!);
        return new GetRecordHistoryResponse { Entries = { entries }, NextPageToken = next };
    }

    public override async Task<VerifyAuditChainResponse> VerifyAuditChain(VerifyAuditChainRequest request, ServerCallContext context)
    {
        for (var i = 0; i < request.Checkpoints.Count; i++)
            if (request.Checkpoints[i].Sequence < 0)
                throw new InvalidArgumentException($"checkpoints[{i}].sequence", "must not be negative");
        // Only checkpoints this registry signed are evidence; the rest are reported and ignored.
        var signed = request.Checkpoints.Select(signer.Verify).ToList();
        var trusted = request.Checkpoints.Where((_, i) => signed[i]).Select(c => new TrustedCheckpoint(c.Sequence, c.Hash.ToByteArray())).ToList();
        var result = await AuditChainVerifier.VerifyAsync(db, trusted, context.CancellationToken);

        var response = new VerifyAuditChainResponse
        {
            EntriesChecked = result.EntriesChecked,
            HeadSequence = result.Head.Sequence,
            HeadHash = ByteString.CopyFrom(result.Head.Hash),
        };
        if (result.FirstBreak is { } found)
            response.FirstBreak = new ChainBreak { Sequence = found.Sequence, Fault = Fault(found.Fault), Description = found.Description };
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
        var head = await AuditHead.ReadAsync(db, context.CancellationToken);
        if (head.Sequence == 0)
            throw new FailedPreconditionException("AUDIT_LOG_EMPTY", "auditEntries", "the audit log has no entry yet: there is no head to sign");
        return new CreateAuditCheckpointResponse { Checkpoint = signer.Sign(head) };
    }

    public override Task<GetAuditPublicKeyResponse> GetAuditPublicKey(GetAuditPublicKeyRequest request, ServerCallContext context) =>
        Task.FromResult(new GetAuditPublicKeyResponse { KeyId = signer.KeyId, PublicKeyPem = signer.PublicKeyPem, Development = signer.Development });

    private async Task<(List<AuditLogEntry> Entries, string Next)> PageAsync(
        AuditLogFilter filter, string fingerprint, int pageSize, string pageToken, CancellationToken cancellationToken)
    {
        if (pageSize < 0)
            throw new InvalidArgumentException("page_size", "must not be negative");
        var size = pageSize == 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize);
        if (PageToken.Decode(pageToken, fingerprint, 1) is { } cursor)
        {
            if (!long.TryParse(cursor[0], NumberStyles.None, CultureInfo.InvariantCulture, out var last))
                throw PageToken.NotOurs();
            filter = filter with { AfterSequence = Math.Max(filter.AfterSequence, last) };
        }
        var rows = await AuditLogQuery.PageAsync(db, filter, size, cancellationToken);
        var next = "";
        if (rows.Count > size)
        {
            rows.RemoveAt(rows.Count - 1);
            next = PageToken.Encode(fingerprint, [rows[^1].Sequence.ToString(CultureInfo.InvariantCulture)]);
        }
        return (rows.Select(AuditEntryConverter.ToContract).ToList(), next);
    }

    /// <summary>A record or part name (<c>collection/id</c>, <c>collection/id/parts/n</c>), or null when empty.</summary>
    private static string? OptionalRecordName(string name, string field, List<FieldViolation> violations)
    {
        if (name.Length == 0)
            return null;
        if (!RecordNamePattern().IsMatch(name))
            violations.Add(new(field, "must be a record's name such as agreements/{id} or commitments/{id}/progressReports/3"));
        return name;
    }

    private static DateTime? Instant(Timestamp? time, string field, List<FieldViolation> violations)
    {
        if (time is null)
            return null;
        try
        {
            return time.ToDateTime();
        }
        catch (InvalidOperationException)
        {
            violations.Add(new(field, "is not a valid timestamp"));
            return null;
        }
    }

    private static ChainFault Fault(Data.Audit.AuditChainFault fault) => fault switch
    {
        Data.Audit.AuditChainFault.HashMismatch => ChainFault.HashMismatch,
        Data.Audit.AuditChainFault.PreviousHashMismatch => ChainFault.PreviousHashMismatch,
        Data.Audit.AuditChainFault.SequenceGap => ChainFault.SequenceGap,
        Data.Audit.AuditChainFault.HeadMismatch => ChainFault.HeadMismatch,
        Data.Audit.AuditChainFault.CheckpointMismatch => ChainFault.CheckpointMismatch,
        _ => ChainFault.Unspecified,
    };

    [GeneratedRegex(@"^[A-Za-z]+/[^/\s]+(/[A-Za-z]+/[^/\s]+)*$")]
    private static partial Regex RecordNamePattern();
}
