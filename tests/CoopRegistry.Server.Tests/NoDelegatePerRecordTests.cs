using System.Linq.Expressions;
using CoopRegistry.Server.Protobuf;
using Mapster;

namespace CoopRegistry.Server.Tests;

/// <summary>
/// Every domain → contract map compiles to straight-line code: a lambda inside a map
/// (<c>src.Ids.Select(id => …)</c>) is compiled as a nested lambda, whose delegate the compiled
/// adapter builds again for every record it maps (profiling a listing found that a twentieth of the
/// registry's CPU). Maps call plain methods instead (MappedLists); this keeps it so.
/// </summary>
public class NoDelegatePerRecordTests
{
    [Fact]
    public void No_map_holds_a_nested_lambda()
    {
        var config = RegistryMapping.Create(new Data.Records.EtagSeal(new byte[32]));
        var maps = config.RuleMap.Keys.Where(t => !t.Source.ContainsGenericParameters && !t.Destination.ContainsGenericParameters).ToList();
        Assert.NotEmpty(maps);
        var nested = maps
            .Where(t => NestedLambdas.Count(config.CreateMapExpression(t, MapType.Map)) > 0)
            .Select(t => $"{t.Source.Name} → {t.Destination.Name}")
            .ToList();
        Assert.Empty(nested);
    }

    private sealed class NestedLambdas : ExpressionVisitor
    {
        private int depth;
        private int found;

        public static int Count(LambdaExpression map)
        {
            var visitor = new NestedLambdas();
            visitor.Visit(map);
            return visitor.found;
        }

        // A lambda invoked in place is inlined by the expression compiler (Mapster fills repeated fields so).
        protected override Expression VisitInvocation(InvocationExpression node)
        {
            if (node.Expression is not LambdaExpression inlined)
                return base.VisitInvocation(node);
            Visit(inlined.Body);
            Visit(node.Arguments);
            return node;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            if (depth++ > 0)
                found++;
            var visited = base.VisitLambda(node);
            depth--;
            return visited;
        }
    }
}
