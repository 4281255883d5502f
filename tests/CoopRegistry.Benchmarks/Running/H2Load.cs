using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;
using Google.Protobuf;

namespace CoopRegistry.Benchmarks.Running;

/// <summary>
/// h2load (nghttp2) sending one gRPC request over and over on HTTP/2 without TLS: requests per
/// second. h2load counts HTTP statuses, not grpc-status, so callers check one call by a real client first.
/// </summary>
public static partial class H2Load
{
    public static async Task<(double RequestsPerSecond, string Summary)> RunAsync(Uri url, IMessage request, string token, int clients, int requests, CancellationToken cancellationToken)
    {
        var body = Path.GetTempFileName();
        await File.WriteAllBytesAsync(body, Frame(request), cancellationToken);
        try
        {
            var output = await ExternalTool.RunAsync("h2load",
            [
                "-n", requests.ToString(CultureInfo.InvariantCulture), "-c", clients.ToString(CultureInfo.InvariantCulture), "-m", "10",
                "-H", "content-type: application/grpc", "-H", "te: trailers", "-H", $"authorization: Bearer {token}",
                "-d", body, url.ToString(),
            ], cancellationToken);
            var rate = RatePattern().Match(output);
            var status = StatusPattern().Match(output);
            if (!rate.Success || !status.Success || status.Groups[1].Value != requests.ToString(CultureInfo.InvariantCulture))
                throw new InvalidOperationException($"h2load did not answer every request with 2xx:\n{output}");
            return (double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), status.Value);
        }
        finally
        {
            File.Delete(body);
        }
    }

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
}
