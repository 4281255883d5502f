using System.Runtime.CompilerServices;

namespace CoopRegistry.Server.Agreements;

/// <summary>
/// An upload's content received before any database work: written to a temporary file (deleted
/// when disposed) as the caller sends it, then read back in 1 MiB pieces by the one short
/// transaction that stores it. A caller that sends slowly, or stops, holds a file and a stream
/// slot, never a database connection or transaction. A caller silent for the idle timeout is cut
/// off (FAILED_PRECONDITION, reason UPLOAD_IDLE); more than 50 MB is refused as it arrives.
/// </summary>
public sealed class UploadSpool : IAsyncDisposable
{
    private readonly FileStream file;

    private UploadSpool(FileStream file) => this.file = file;

    public static async Task<UploadSpool> ReceiveAsync(IAsyncEnumerable<ReadOnlyMemory<byte>> chunks, TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"coopregistry-upload-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, DocumentRules.ChunkBytes, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var spool = new UploadSpool(file);
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            idle.CancelAfter(idleTimeout);
            await foreach (var chunk in chunks.WithCancellation(idle.Token))
            {
                if (file.Length + chunk.Length > DocumentRules.MaxSizeBytes)
                    throw new InvalidArgumentException("chunk", $"the content passed the limit of {DocumentRules.MaxSizeBytes} bytes (50 MB); the upload was stopped");
                await file.WriteAsync(chunk, cancellationToken);
                idle.CancelAfter(idleTimeout);
            }
            file.Position = 0;
            return spool;
        }
        catch (OperationCanceledException) when (idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await spool.DisposeAsync();
            throw new FailedPreconditionException("UPLOAD_IDLE", "chunk",
                $"no chunk arrived for {idleTimeout.TotalSeconds:0} seconds (Registry:Limits:UploadIdleTimeout); the upload was stopped and nothing was stored");
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    /// <summary>The received content, in pieces of at most 1 MiB.</summary>
    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ContentAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new byte[DocumentRules.ChunkBytes];
        int read;
        while ((read = await file.ReadAsync(buffer, cancellationToken)) > 0)
            yield return buffer.AsMemory(0, read);
    }

    public ValueTask DisposeAsync() => file.DisposeAsync();
}
