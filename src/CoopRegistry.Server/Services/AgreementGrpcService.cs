using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Services;

/// <summary>AgreementService. Being built (issue 4): every method answers UNIMPLEMENTED until then.</summary>
public sealed partial class AgreementGrpcService : AgreementService.AgreementServiceBase
{
}
