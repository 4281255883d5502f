using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Plans;
using Model = CoopRegistry.Domain.Plans.Plan;
using Resource = CoopRegistry.Contracts.V1.Plan;

namespace CoopRegistry.Server.Plans;

/// <summary>PlanService: cooperation plans and their approval (rules in Domain/Plans).</summary>
public sealed class PlanGrpcService(RecordStore store, AsOfReader asOf, TypeAdapterConfig mapping) : PlanService.PlanServiceBase
{
    private readonly RecordCalls<Model> records = new(store, asOf, Model.CollectionName);

    public override async Task<GetPlanResponse> GetPlan(GetPlanRequest request, ServerCallContext context) =>
        new() { Plan = await records.GetAsync(request.Name, request.ReadTime, Map, context) };

    public override async Task<ListPlansResponse> ListPlans(ListPlansRequest request, ServerCallContext context)
    {
        var page = await records.ListAsync(PlanListing.Schema, request.PageSize, request.PageToken, request.Filter, request.OrderBy, request.ShowDeleted, context);
        return new ListPlansResponse { Plans = { page.Items.Select(Map) }, NextPageToken = page.NextPageToken, TotalSize = page.TotalSize };
    }

    public override async Task<CreatePlanResponse> CreatePlan(CreatePlanRequest request, ServerCallContext context)
    {
        var (plan, requestId) = PlanConverter.ForCreate(request, context.Caller());
        return new CreatePlanResponse { Plan = Map(await store.CreateAsync(plan, context.Caller(), requestId, context.CancellationToken)) };
    }

    public override async Task<UpdatePlanResponse> UpdatePlan(UpdatePlanRequest request, ServerCallContext context)
    {
        var paths = UpdateMasks.Resolve(request.UpdateMask, Model.UpdatableFields);
        var (id, changes) = PlanConverter.ForUpdate(request.Plan, paths);
        var plan = await records.ForChangeByIdAsync(id, request.Plan.Etag, context);
        plan.Edit(changes, paths);
        return new UpdatePlanResponse { Plan = await SaveAsync(plan, context) };
    }

    public override async Task<DeletePlanResponse> DeletePlan(DeletePlanRequest request, ServerCallContext context) =>
        new() { Plan = Map(await records.WithdrawAsync(request.Name, request.Etag, request.Reason, context)) };

    public override async Task<UndeletePlanResponse> UndeletePlan(UndeletePlanRequest request, ServerCallContext context) =>
        new() { Plan = Map(await records.RestoreAsync(request.Name, request.Etag, context)) };

    public override async Task<SubmitPlanResponse> SubmitPlan(SubmitPlanRequest request, ServerCallContext context)
    {
        var date = request.SubmittedDate.ToDateOnly("submitted_date");
        var plan = await ForChangeAsync(request.Name, request.Etag, context);
        plan.Submit(date, HomeTime.Today(store.Now));
        return new SubmitPlanResponse { Plan = await SaveAsync(plan, context) };
    }

    public override async Task<ApprovePlanResponse> ApprovePlan(ApprovePlanRequest request, ServerCallContext context)
    {
        var (date, authority) = (request.ApprovedDate.ToDateOnly("approved_date"), PlanConverter.ApprovingAuthority(request.ApprovingAuthority));
        var plan = await ForChangeAsync(request.Name, request.Etag, context);
        plan.Approve(date, authority, string.IsNullOrWhiteSpace(request.ApprovalReference) ? null : request.ApprovalReference.Trim(), HomeTime.Today(store.Now));
        return new ApprovePlanResponse { Plan = await SaveAsync(plan, context) };
    }

    public override async Task<ReturnPlanResponse> ReturnPlan(ReturnPlanRequest request, ServerCallContext context)
    {
        var plan = await ForChangeAsync(request.Name, request.Etag, context);
        plan.Return(request.Reason);
        return new ReturnPlanResponse { Plan = await SaveAsync(plan, context) };
    }

    private Task<Model> ForChangeAsync(string name, string etag, ServerCallContext context) => records.ForChangeAsync(name, etag, context);

    private async Task<Resource> SaveAsync(Model plan, ServerCallContext context) => Map(await records.SaveAsync(plan, context));

    private Resource Map(Model plan) => plan.Adapt<Resource>(mapping);
}
