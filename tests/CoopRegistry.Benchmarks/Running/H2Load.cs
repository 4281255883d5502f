using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;
using Google.Protobuf;

namespace CoopRegistry.Benchmarks.Running;

/// <summary>
/// h2load (nghttp2) sending one gRPC request over and over on HTTP/2 without TLS: requests per
/// second, and how many calls answered a message. h2load counts HTTP statuses, and a gRPC error is
/// HTTP 200 with grpc-status in the trailers and no message, so the answered calls are counted from
/// the response bytes: a call that answered carries exactly <c>answer</c>, framed.
/// </summary>
public static partial class H2Load
{
    public const int DefaultStreams = 10;

    public static async Task<H2LoadResult> RunAsync(
        Uri url, IMessage request, IMessage answer, string? token, int clients, int requests, CancellationToken cancellationToken, int streams = DefaultStreams)
    {
        var body = Path.GetTempFileName();
        await File.WriteAllBytesAsync(body, Frame(request), cancellationToken);
        try
        {
            string[] authorization = token is null ? [] : ["-H", $"authorization: Bearer {token}"];
            var output = await ExternalTool.RunAsync("h2load",
            [
                "-n", Text(requests), "-c", Text(clients), "-m", Text(streams),
                "-H", "content-type: application/grpc", "-H", "te: trailers", .. authorization,
                "-d", body, url.ToString(),
            ], cancellationToken);
            var rate = RatePattern().Match(output);
            var status = StatusPattern().Match(output);
            var data = DataPattern().Match(output);
            if (!rate.Success || !status.Success || !data.Success || status.Groups[1].Value != Text(requests))
                throw new InvalidOperationException($"h2load did not answer every request with 2xx:\n{output}");
            var answered = (int)(long.Parse(data.Groups[1].Value, CultureInfo.InvariantCulture) / Frame(answer).Length);
            return new H2LoadResult(double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), requests, answered);
        }
        finally
        {
            File.Delete(body);
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A gRPC message on the wire: uncompressed flag, big-endian length, the message.</summary>
    private static byte[] Frame(IMessage message)
    {
        var payload = message.ToByteArray();
        var frame = new byte[5 + payload.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), payload.Length);
        payload.CopyTo(frame, 5);
        return frame;
    }

    [GeneratedRegex(@"finished in [\d.]+\w*, ([\d.]+) req/s")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"status codes: (\d+) 2xx")]
    private static partial Regex StatusPattern();

    [GeneratedRegex(@"\((\d+)\) data")]
    private static partial Regex DataPattern();
}

/// <summary>One h2load pass: its rate, the calls sent and the calls that answered a message (the rest failed).</summary>
public sealed record H2LoadResult(double RequestsPerSecond, int Sent, int Answered);
