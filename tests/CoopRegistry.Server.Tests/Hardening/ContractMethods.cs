using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;
using CoopRegistry.Server.Access;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Net.Client;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// Every method of the contract (package coopregistry.v1, found by reflection as the access
/// matrix finds them) and two ways to call any of them with any bytes: through a gRPC channel
/// (<see cref="CallAsync"/>) and as raw HTTP/2 gRPC frames (<see cref="RawAsync"/>).
/// </summary>
public static class ContractMethods
{
    public static readonly IReadOnlyList<MethodDescriptor> All = typeof(DirectoryService).Assembly.GetTypes()
        .Select(type => type.GetProperty("Descriptor", typeof(FileDescriptor))?.GetValue(null) as FileDescriptor)
        .Where(file => file?.Package == "coopregistry.v1")
        .SelectMany(file => file!.Services)
        .SelectMany(service => service.Methods)
        .DistinctBy(Path)
        .ToList();

    public static string Path(MethodDescriptor method) => $"/{method.Service.FullName}/{method.Name}";

    public static MethodDescriptor Find(string path) => All.Single(m => Path(m) == path);

    public static TheoryData<string> Paths() => [.. All.Select(Path)];

    /// <summary>Calls <paramref name="descriptor"/> with <paramref name="request"/>; the status, the response messages (empty unless OK) and the error.</summary>
    public static async Task<(StatusCode Status, List<byte[]> Responses, RpcException? Error)> CallAsync(GrpcChannel channel, MethodDescriptor descriptor, IMessage request, TimeSpan? deadline = null)
    {
        var bytes = Marshallers.Create(b => b, b => b);
        var type = (descriptor.IsClientStreaming, descriptor.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (false, true) => MethodType.ServerStreaming,
            (true, false) => MethodType.ClientStreaming,
            _ => MethodType.DuplexStreaming,
        };
        var method = new Method<byte[], byte[]>(type, descriptor.Service.FullName, descriptor.Name, bytes, bytes);
        var options = new CallOptions(deadline: DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(30)));
        var invoker = channel.CreateCallInvoker();
        var responses = new List<byte[]>();
        try
        {
            switch (type)
            {
                case MethodType.Unary:
                    responses.Add(await invoker.AsyncUnaryCall(method, null, options, request.ToByteArray()));
                    break;
                case MethodType.ServerStreaming:
                    using (var call = invoker.AsyncServerStreamingCall(method, null, options, request.ToByteArray()))
                        while (await call.ResponseStream.MoveNext(CancellationToken.None))
                            responses.Add(call.ResponseStream.Current);
                    break;
                case MethodType.ClientStreaming:
                    using (var call = invoker.AsyncClientStreamingCall(method, null, options))
                    {
                        try
                        {
                            await call.RequestStream.WriteAsync(request.ToByteArray());
                            await call.RequestStream.CompleteAsync();
                        }
                        catch (Exception e) when (e is RpcException or InvalidOperationException)
                        {
                            // The server answered (e.g. refused) before reading the request: its answer is the call's.
                        }
                        responses.Add(await call.ResponseAsync);
                    }
                    break;
                default:
                    throw new NotSupportedException($"add duplex calls for {Path(descriptor)}");
            }
            return (StatusCode.OK, responses, null);
        }
        catch (RpcException e)
        {
            return (e.StatusCode, [], e);
        }
    }

    /// <summary>
    /// Posts <paramref name="body"/> (already framed, see <see cref="Frame"/>) to a method as a gRPC
    /// client would over HTTP/2, and returns the grpc-status the server answers (or -HTTP status
    /// when the answer is not gRPC at all).
    /// </summary>
    public static async Task<int> RawAsync(HttpMessageInvoker http, Uri baseAddress, string path, string token, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("grpc-timeout", "5S");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await http.SendAsync(request, timeout.Token);
        if (response.StatusCode != HttpStatusCode.OK)
            return -(int)response.StatusCode;
        await response.Content.ReadAsByteArrayAsync(timeout.Token);
        var status = response.TrailingHeaders.TryGetValues("grpc-status", out var trailer) ? trailer.First()
            : response.Headers.TryGetValues("grpc-status", out var header) ? header.First()
            : null;
        return status is null ? -1 : int.Parse(status, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>One gRPC length-prefixed message: flag byte, 4-byte big-endian length, payload.</summary>
    public static byte[] Frame(byte[] payload, bool compressed = false, int? statedLength = null)
    {
        var frame = new byte[5 + payload.Length];
        frame[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), (uint)(statedLength ?? payload.Length));
        payload.CopyTo(frame, 5);
        return frame;
    }

    /// <summary>A token for a caller allowed to call the method: the auditor for audit methods, the administrator for admin ones, else the Sở Ngoại vụ.</summary>
    public static string TokenFor(MethodDescriptor method) => TestTokens.For(MethodAccess.Rules[Path(method)] switch
    {
        AccessAction.Admin => TestCallers.Administrator,
        AccessAction.Audit => TestCallers.Auditor,
        _ => TestCallers.ForeignAffairs,
    });
}
