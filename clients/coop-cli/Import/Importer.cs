using CoopRegistry.Cli.Records;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace CoopRegistry.Cli.Import;

/// <summary>
/// Imports rows by their external reference, the record's name (<c>agreements/{id}</c>) or id given in
/// the file: an unknown one is created with that id; a known one is updated in the fields the row
/// gives that differ (with the etag just read), or skipped when none differ. So a re-run of the same
/// file creates nothing twice and changes only what changed.
/// </summary>
public sealed class Importer(RecordKind kind, IServiceProvider services)
{
    /// <summary>Fields a row may carry (e.g. from an export) that are never written by import.</summary>
    private static readonly HashSet<string> NotImported = ["name", "etag", "state", "create_time", "update_time", "delete_time", "withdrawal_reason"];

    public async Task<ImportOutcome> ImportAsync(ImportRow row, CancellationToken cancellationToken)
    {
        var errors = row.Errors.ToList();
        var name = row.Json["name"] is { } n && n.GetValueKind() == System.Text.Json.JsonValueKind.String ? n.GetValue<string>() : "";
        if (string.IsNullOrWhiteSpace(name))
            errors.Add(new FieldError("name", $"each row needs its record's name ({kind.Collection}/{{id}}) or id: it is how a re-run finds the record again"));
        else
            name = kind.NameOf(name.Trim());
        var record = errors.Count == 0 ? RecordMessages.RowMessage(kind, row.Json, errors) : null;
        if (record is null)
            return new ImportOutcome(row.Line, name, ImportResult.Refused, errors, []);
        try
        {
            var existing = await GetAsync(name, cancellationToken);
            if (existing is null)
            {
                await kind.Create(services, record, kind.IdOf(name), cancellationToken);
                return new ImportOutcome(row.Line, name, ImportResult.Created, [], []);
            }
            var changed = Changed(existing, record, row);
            if (changed.Count == 0)
                return new ImportOutcome(row.Line, name, ImportResult.Skipped, [], []);
            RecordMessages.SetString(record, "name", name);
            RecordMessages.SetString(record, "etag", RecordMessages.GetString(existing, "etag"));
            var mask = new FieldMask();
            mask.Paths.AddRange(changed);
            await kind.Update(services, record, mask, cancellationToken);
            return new ImportOutcome(row.Line, name, ImportResult.Updated, [], changed);
        }
        catch (RpcException e) when (e.StatusCode is not (StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Unauthenticated or StatusCode.Internal or StatusCode.Unknown or StatusCode.Cancelled))
        {
            return new ImportOutcome(row.Line, name, ImportResult.Refused, Refusal(e), []);
        }
    }

    private async Task<IMessage?> GetAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await kind.Get(services, name, cancellationToken);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>The fields the row gives whose value differs from the record's.</summary>
    private List<string> Changed(IMessage existing, IMessage record, ImportRow row)
    {
        var changed = new List<string>();
        foreach (var key in row.Json.Select(p => p.Key))
        {
            var field = RowConverter.Field(kind.Descriptor, key)!;
            if (NotImported.Contains(field.Name))
                continue;
            if (!Equals(field.Accessor.GetValue(existing), field.Accessor.GetValue(record)))
                changed.Add(field.Name);
        }
        return changed;
    }

    /// <summary>The registry's refusal as field errors: each BadRequest violation, or the status with the field empty.</summary>
    public static List<FieldError> Refusal(RpcException error)
    {
        var status = error.GetRpcStatus();
        var violations = status?.GetDetail<BadRequest>()?.FieldViolations;
        if (violations is { Count: > 0 })
            return violations.Select(v => new FieldError(v.Field, v.Description)).ToList();
        var reason = status?.GetDetail<ErrorInfo>()?.Reason;
        return [new FieldError("", $"{error.StatusCode}{(reason is null ? "" : $" {reason}")}: {error.Status.Detail}")];
    }
}
