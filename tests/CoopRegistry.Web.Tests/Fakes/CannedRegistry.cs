using Google.Protobuf;
using Grpc.Core;

namespace CoopRegistry.Web.Tests.Fakes;

/// <summary>
/// The registry replaced by canned answers for unary calls, by method name; every request is kept so
/// a test can read what a page asked for. A method without an answer fails as the registry would (UNIMPLEMENTED).
/// </summary>
public sealed class CannedRegistry : CallInvoker
{
    private readonly Dictionary<string, Func<IMessage, Task<IMessage>>> answers = [];

    public List<IMessage> Requests { get; } = [];

    public CannedRegistry Answer<TRequest, TResponse>(string method, Func<TRequest, TResponse> answer)
        where TRequest : IMessage
        where TResponse : IMessage
    {
        answers[method] = request => Task.FromResult<IMessage>(answer((TRequest)request));
        return this;
    }

    /// <summary>Answers when the task the test holds completes: for an answer that arrives after a later call's.</summary>
    public CannedRegistry Answer<TRequest, TResponse>(string method, Func<TRequest, Task<TResponse>> answer)
        where TRequest : IMessage
        where TResponse : IMessage
    {
        answers[method] = async request => await answer((TRequest)request);
        return this;
    }

    public CannedRegistry Fail(string method, Status status) => Fail(method, new RpcException(status));

    /// <summary>Fails with the error as given, its trailers (e.g. the rich status's field violations) included.</summary>
    public CannedRegistry Fail(string method, RpcException error)
    {
        answers[method] = _ => throw error;
        return this;
    }

    public IEnumerable<TRequest> RequestsOf<TRequest>() => Requests.OfType<TRequest>();

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        Requests.Add((IMessage)request);
        // Answered at once (unless the test holds the answer), on the caller's thread: the page renders without waiting on a busy thread pool.
        Task<TResponse> response;
        try
        {
            response = answers.TryGetValue(method.Name, out var answer)
                ? As<TResponse>(answer((IMessage)request))
                : Task.FromException<TResponse>(new RpcException(new Status(StatusCode.Unimplemented, method.FullName)));
        }
        catch (RpcException error)
        {
            response = Task.FromException<TResponse>(error);
        }
        return new AsyncUnaryCall<TResponse>(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    private static async Task<TResponse> As<TResponse>(Task<IMessage> answer) => (TResponse)await answer;

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException(method.FullName);

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException(method.FullName);

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException(method.FullName);
}
