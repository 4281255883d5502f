using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Health.V1;
using Xunit.Abstractions;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// Hostile input (issue 9): random and truncated protobuf bytes, invalid UTF-8 and broken gRPC
/// frames sent to every method over raw HTTP/2 with a valid token; SQL-looking, NUL-bearing and
/// very long strings in text fields, filters and searches. No answer may be INTERNAL or UNKNOWN,
/// the process must stay up and nothing may be written (the audit head counts every write).
/// </summary>
public class HostileInputTests(HardeningRegistry registry, ITestOutputHelper output) : IClassFixture<HardeningRegistry>
{
    [Fact]
    public async Task Random_truncated_and_malformed_bytes_to_every_method_never_answer_INTERNAL_and_write_nothing()
    {
        var before = await registry.AuditSequenceAsync();
        using var http = new HttpMessageInvoker(registry.Factory.Server.CreateHandler());
        var random = new Random(20260509);
        var tried = 0;
        var answers = new Dictionary<int, int>();
        var bad = new List<string>();
        foreach (var method in ContractMethods.All)
        {
            var path = ContractMethods.Path(method);
            var token = ContractMethods.TokenFor(method);
            foreach (var (label, body) in Inputs(method.InputType, random))
            {
                int status;
                var started = DateTime.UtcNow;
                try
                {
                    status = await ContractMethods.RawAsync(http, registry.Factory.Server.BaseAddress, path, token, body);
                }
                catch (Exception e) when (e is Microsoft.AspNetCore.TestHost.HttpResetTestException or HttpRequestException
                    && method.IsServerStreaming && DateTime.UtcNow - started >= TimeSpan.FromSeconds(4.5))
                {
                    // Bytes that happen to be a valid watch request stream until the call's deadline
                    // (grpc-timeout 5S), where the server ends the stream with a reset.
                    status = (int)StatusCode.DeadlineExceeded;
                }
                catch (Exception e) when (e is HttpRequestException or IOException or Microsoft.AspNetCore.TestHost.HttpResetTestException or OperationCanceledException)
                {
                    status = -2;
                    output.WriteLine($"{path} {label}: no gRPC answer ({e.GetType().Name}: {e.Message})");
                }
                tried++;
                answers[status] = answers.GetValueOrDefault(status) + 1;
                if (status is (int)StatusCode.Internal or (int)StatusCode.Unknown or < 0)
                    bad.Add($"{path} {label}: {status}");
            }
        }
        output.WriteLine($"hostile inputs tried: {tried}; INTERNAL/UNKNOWN/non-gRPC answers: {bad.Count}");
        output.WriteLine("answers by grpc-status: " + string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{(StatusCode)a.Key}={a.Value}")));
        Assert.True(bad.Count == 0, string.Join("\n", bad.Take(40)));
        Assert.True(tried > ContractMethods.All.Count * 20);

        var health = new Health.HealthClient(registry.Channel);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);
        Assert.Equal(before, await registry.AuditSequenceAsync());
    }

    /// <summary>The hostile bodies for one method, each already framed.</summary>
    private static IEnumerable<(string Label, byte[] Body)> Inputs(MessageDescriptor input, Random random)
    {
        for (var i = 0; i < 12; i++)
        {
            var bytes = new byte[random.Next(1, 300)];
            random.NextBytes(bytes);
            yield return ($"random[{bytes.Length}]", ContractMethods.Frame(bytes));
        }
        var valid = Populated(input).ToByteArray();
        for (var i = 0; i < 6 && valid.Length > 1; i++)
        {
            var cut = random.Next(1, valid.Length);
            yield return ($"truncated at {cut}/{valid.Length}", ContractMethods.Frame(valid[..cut]));
        }
        foreach (var field in input.Fields.InFieldNumberOrder().Where(f => f.FieldType == FieldType.String).Take(4))
        {
            // A length-delimited field holding bytes that are not UTF-8.
            byte[] invalid = [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80];
            var tag = WireFormat.MakeTag(field.FieldNumber, WireFormat.WireType.LengthDelimited);
            var message = new MemoryStream();
            var writer = new CodedOutputStream(message);
            writer.WriteTag(tag);
            writer.WriteBytes(ByteString.CopyFrom(invalid));
            writer.Flush();
            yield return ($"invalid UTF-8 in {field.Name}", ContractMethods.Frame(message.ToArray()));
        }
        // Framing lies: a length longer than the body, a compressed flag without an encoding, an empty body, a nested-message bomb.
        yield return ("frame longer than its body", ContractMethods.Frame(valid, statedLength: valid.Length + 100));
        yield return ("compressed flag without grpc-encoding", ContractMethods.Frame(valid, compressed: true));
        yield return ("no frame at all", []);
        yield return ("half a frame header", [0, 0, 0]);
        yield return ("wrong wire types", ContractMethods.Frame([0x0D, 1, 2, 3, 4, 0x12, 0x7F, 0x01]));
        yield return ("negative length", ContractMethods.Frame([0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]));
        yield return ("deep nesting", ContractMethods.Frame(Nested(200)));
    }

    /// <summary>A message with every singular text field set, so truncation cuts through real fields.</summary>
    private static IMessage Populated(MessageDescriptor descriptor)
    {
        var message = descriptor.Parser.ParseFrom(ByteString.Empty);
        foreach (var field in descriptor.Fields.InFieldNumberOrder().Where(f => !f.IsRepeated && f.RealContainingOneof is null))
        {
            if (field.FieldType == FieldType.String)
                field.Accessor.SetValue(message, "hostile 'text'");
            else if (field.FieldType == FieldType.Int32)
                field.Accessor.SetValue(message, 7);
        }
        return message;
    }

    /// <summary>Field 1 as a length-delimited message, <paramref name="depth"/> times nested.</summary>
    private static byte[] Nested(int depth)
    {
        byte[] inner = [];
        for (var i = 0; i < depth; i++)
        {
            var stream = new MemoryStream();
            var writer = new CodedOutputStream(stream);
            writer.WriteTag(1, WireFormat.WireType.LengthDelimited);
            writer.WriteBytes(ByteString.CopyFrom(inner));
            writer.Flush();
            inner = stream.ToArray();
        }
        return inner;
    }
}
