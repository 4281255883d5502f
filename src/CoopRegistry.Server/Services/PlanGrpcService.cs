using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Services;

/// <summary>PlanService. Being built (issue 4): every method answers UNIMPLEMENTED until then.</summary>
public sealed class PlanGrpcService : PlanService.PlanServiceBase
{
}
