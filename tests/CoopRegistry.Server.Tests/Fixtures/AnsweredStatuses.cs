using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>
/// The status the registry answered each gRPC call with, as it wrote it (in the headers of an
/// answer without a message, in the trailers otherwise), also when the caller was no longer there
/// to read it: a caller that cancels, or whose deadline passes, sees its own status, not the
/// registry's. A call is named by the <see cref="CallHeader"/> its caller sent; others are not kept.
/// </summary>
public sealed class AnsweredStatuses : IStartupFilter
{
    public const string CallHeader = "coop-test-call";

    /// <summary>A call's answer; no <see cref="Code"/> when it ended without a gRPC status (an exception escaped).</summary>
    public sealed record Answer(string Path, StatusCode? Code, string Detail);

    private readonly ConcurrentDictionary<string, Answer> answers = new();
    private int running;

    public IReadOnlyDictionary<string, Answer> ByCall => answers;

    /// <summary>Named calls the registry is still working on (its answer not yet written).</summary>
    public int Running => Volatile.Read(ref running);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, rest) =>
        {
            if (context.Request.Headers[CallHeader] is not [{ } call])
            {
                await rest(context);
                return;
            }
            Interlocked.Increment(ref running);
            // Read once the answer is sent: the registry's middleware may still rewrite its headers as they go.
            context.Response.OnCompleted(() =>
            {
                Record(call, Read(context));
                return Task.CompletedTask;
            });
            try
            {
                await rest(context);
            }
            catch (Exception e)
            {
                Record(call, new Answer(context.Request.Path, null, e.Message));
                throw;
            }
        });
        next(app);
    };

    private void Record(string call, Answer answer)
    {
        if (answers.TryAdd(call, answer))
            Interlocked.Decrement(ref running);
    }

    /// <summary>The answer to <paramref name="call"/>, once the registry has written it (it may finish after its caller left).</summary>
    public async Task<Answer> OfAsync(string call)
    {
        for (var wait = 0; wait < 600; wait++)
        {
            if (answers.TryGetValue(call, out var answer))
                return answer;
            await Task.Delay(100);
        }
        throw new TimeoutException($"the registry did not answer {call} within a minute");
    }

    private static Answer Read(HttpContext context)
    {
        var headers = context.Response.Headers;
        var trailers = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers;
        var written = headers.ContainsKey("grpc-status") ? headers : trailers;
        var code = written?["grpc-status"] is [{ } value] && int.TryParse(value, out var number) ? (StatusCode?)number : null;
        var detail = written?["grpc-message"] is [{ } message] ? Uri.UnescapeDataString(message) : "";
        return new Answer(context.Request.Path, code, detail);
    }
}
