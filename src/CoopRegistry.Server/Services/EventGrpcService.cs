using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Services;

/// <summary>EventService. Being built (issue 4): every method answers UNIMPLEMENTED until then.</summary>
public sealed class EventGrpcService : EventService.EventServiceBase
{
}
