using System.IO.Pipelines;

namespace CoopRegistry.Server.Fulfilment;

/// <summary>
/// Sends a file in chunks while it is being written: the writer writes into a pipe that pauses it
/// while <see cref="PauseThreshold"/> bytes wait unsent, and each chunk goes out as soon as it is
/// full (or the file ends), so neither side ever holds the whole file.
/// </summary>
public static class ChunkedFile
{
    public const int ChunkSize = 64 * 1024;
    public const int PauseThreshold = 4 * ChunkSize;

    /// <summary>Runs <paramref name="write"/> and passes its output to <paramref name="send"/> in chunks of at most <paramref name="chunkSize"/> bytes.</summary>
    public static async Task SendAsync(
        Func<Stream, CancellationToken, Task> write,
        Func<ReadOnlyMemory<byte>, Task> send,
        CancellationToken cancellationToken,
        int chunkSize = ChunkSize)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: PauseThreshold, resumeWriterThreshold: chunkSize, useSynchronizationContext: false));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writing = Task.Run(async () =>
        {
            try
            {
                await using (var stream = pipe.Writer.AsStream(leaveOpen: true))
                    await write(stream, stop.Token);
                await pipe.Writer.CompleteAsync();
            }
            catch (Exception e)
            {
                await pipe.Writer.CompleteAsync(e);
            }
        }, CancellationToken.None);
        var chunk = new byte[chunkSize];
        var filled = 0;
        try
        {
            while (true)
            {
                var read = await pipe.Reader.ReadAsync(cancellationToken);
                foreach (var segment in read.Buffer)
                {
                    var rest = segment;
                    while (!rest.IsEmpty)
                    {
                        var take = Math.Min(rest.Length, chunkSize - filled);
                        rest.Span[..take].CopyTo(chunk.AsSpan(filled));
                        filled += take;
                        rest = rest[take..];
                        if (filled == chunkSize)
                        {
                            await send(chunk);
                            chunk = new byte[chunkSize];
                            filled = 0;
                        }
                    }
                }
                pipe.Reader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted)
                    break;
            }
            if (filled > 0)
                await send(chunk.AsMemory(0, filled));
        }
        finally
        {
            await stop.CancelAsync();
            await pipe.Reader.CompleteAsync();
            await writing;
        }
    }
}
