using System.Security.Cryptography;
using System.Text;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Audit;
using CoopRegistry.Server.Tests.Commitments;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using AuditHead = CoopRegistry.Data.Audit.AuditHead;

namespace CoopRegistry.Server.Tests.Audit;

/// <summary>Signed checkpoints: an earlier one still verifies as the log grows; an altered or forged one does not.</summary>
public class CheckpointTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task A_checkpoint_signs_the_head_and_still_verifies_after_more_writes()
    {
        var head = await registry.WriteAsync(1);
        var checkpoint = (await registry.Auditor().CreateAuditCheckpointAsync(new CreateAuditCheckpointRequest())).Checkpoint;
        Assert.True(checkpoint.Sequence >= head);
        var entry = (await registry.EntriesAsync()).Single(e => e.Sequence == checkpoint.Sequence);
        Assert.Equal(entry.Hash, checkpoint.Hash.ToByteArray());

        var later = await registry.WriteAsync(2);
        var result = await registry.Auditor().VerifyAuditChainAsync(new VerifyAuditChainRequest { Checkpoints = { checkpoint } });
        Assert.True(result.Ok, result.FirstBreak?.ToString());
        Assert.True(result.HeadSequence >= later && later > checkpoint.Sequence);
        Assert.Equal(CheckpointVerdict.Verified, Assert.Single(result.Checkpoints).Verdict);
    }

    [Fact]
    public async Task A_checkpoint_with_an_altered_hash_or_a_forged_signature_is_refused()
    {
        await registry.WriteAsync(1);
        var genuine = (await registry.Auditor().CreateAuditCheckpointAsync(new CreateAuditCheckpointRequest())).Checkpoint;

        var alteredHash = genuine.Clone();
        var bytes = alteredHash.Hash.ToByteArray();
        bytes[0] ^= 1;
        alteredHash.Hash = ByteString.CopyFrom(bytes);
        var alteredSequence = genuine.Clone();
        alteredSequence.Sequence -= 1;
        var forged = genuine.Clone();
        using (var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256))
            forged.Signature = ByteString.CopyFrom(stranger.SignData(Canonical(genuine), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        var unknownKey = genuine.Clone();
        unknownKey.KeyId = "another-key";

        var result = await registry.Auditor().VerifyAuditChainAsync(new VerifyAuditChainRequest { Checkpoints = { genuine, alteredHash, alteredSequence, forged, unknownKey } });
        Assert.False(result.Ok);
        // The log itself is intact: a bad checkpoint proves nothing against it.
        Assert.Null(result.FirstBreak);
        Assert.Equal(
            [CheckpointVerdict.Verified, CheckpointVerdict.SignatureInvalid, CheckpointVerdict.SignatureInvalid, CheckpointVerdict.SignatureInvalid, CheckpointVerdict.SignatureInvalid],
            result.Checkpoints.Select(c => c.Verdict));
    }

    [Fact]
    public async Task A_validly_signed_checkpoint_the_log_contradicts_is_a_checkpoint_mismatch()
    {
        var head = await registry.WriteAsync(2);
        var signer = registry.Factory.Services.GetRequiredService<CheckpointSigner>();
        var entry = (await registry.EntriesAsync()).Single(e => e.Sequence == head - 1);
        var otherHistory = signer.Sign(new AuditHead(entry.Sequence, SHA256.HashData("another history"u8), entry.Time));
        var beyond = signer.Sign(new AuditHead(head + 1000, entry.Hash, entry.Time));

        var result = await registry.AssertBrokenAtAsync(head - 1, ChainFault.CheckpointMismatch, otherHistory, beyond);
        Assert.Equal([CheckpointVerdict.Mismatch, CheckpointVerdict.Mismatch], result.Checkpoints.Select(c => c.Verdict));
    }

    [Fact]
    public async Task A_checkpoint_verifies_offline_with_the_published_key_and_after_a_restart()
    {
        await registry.WriteAsync(1);
        var checkpoint = (await registry.Auditor().CreateAuditCheckpointAsync(new CreateAuditCheckpointRequest())).Checkpoint;
        var key = await registry.Auditor().GetAuditPublicKeyAsync(new GetAuditPublicKeyRequest());
        Assert.Equal(key.KeyId, checkpoint.KeyId);
        Assert.True(key.Development);
        Assert.StartsWith("dev-", key.KeyId, StringComparison.Ordinal);

        using var publicKey = ECDsa.Create();
        publicKey.ImportFromPem(key.PublicKeyPem);
        Assert.True(publicKey.VerifyData(Canonical(checkpoint), checkpoint.Signature.Span, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        var tampered = Canonical(checkpoint);
        tampered[^1] ^= 1;
        Assert.False(publicKey.VerifyData(tampered, checkpoint.Signature.Span, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

        // Another registry process on the same installation signs with the same kept key.
        await using var restarted = new RegistryFactory(registry.ConnectionString);
        using var channel = RegistryFixture.ChannelTo(restarted, TestTokens.For(TestCallers.Auditor));
        var auditor = new AuditService.AuditServiceClient(channel);
        Assert.Equal(key.KeyId, (await auditor.GetAuditPublicKeyAsync(new GetAuditPublicKeyRequest())).KeyId);
        var result = await auditor.VerifyAuditChainAsync(new VerifyAuditChainRequest { Checkpoints = { checkpoint } });
        Assert.True(result.Ok, result.FirstBreak?.ToString());
    }

    /// <summary>The signed bytes, rebuilt by hand from the documented format.</summary>
    private static byte[] Canonical(AuditCheckpoint checkpoint) => Encoding.UTF8.GetBytes(
        $"coopregistry.checkpoint.v1\n{checkpoint.Sequence}\n{Convert.ToHexStringLower(checkpoint.Hash.Span)}\n{checkpoint.Time.Seconds * 1_000_000 + checkpoint.Time.Nanos / 1000}");
}
