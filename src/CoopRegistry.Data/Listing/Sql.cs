using System.Reflection;
using CoopRegistry.Data.Search;

namespace CoopRegistry.Data.Listing;

/// <summary>Expression-tree pieces that EF Core translates to the SQL the listing engine needs.</summary>
internal static class Sql
{
    /// <summary>PostgreSQL's ICU collation for Vietnamese: "Đ" sorts after "D", not after "Z".</summary>
    public const string VietnameseCollation = "vi-VN-x-icu";

    private static readonly MethodInfo CollateMethod = typeof(RelationalDbFunctionsExtensions)
        .GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!.MakeGenericMethod(typeof(string));
    private static readonly MethodInfo LikeMethod = typeof(DbFunctionsExtensions)
        .GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
    private static readonly MethodInfo SearchKeyMethod = typeof(SearchFunctions).GetMethod(nameof(SearchFunctions.SearchKey))!;
    private static readonly MethodInfo Concat3 = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string), typeof(string)])!;
    private static readonly MethodInfo CompareMethod = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>
    /// A value EF Core sends as a SQL parameter (it reads a member of a constant as a captured
    /// variable), so user input never becomes SQL text and plans are reused.
    /// </summary>
    public static Expression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

    public static Expression Parameter(object? value, Type type) =>
        (Expression)typeof(Sql).GetMethod(nameof(Parameter), 1, [Type.MakeGenericMethodParameter(0)])!
            .MakeGenericMethod(type).Invoke(null, [value])!;

    public static Expression Collate(Expression text) =>
        Expression.Call(CollateMethod, Expression.Constant(EF.Functions), text, Expression.Constant(VietnameseCollation));

    public static Expression SearchKey(Expression text) => Expression.Call(SearchKeyMethod, text);

    /// <summary>
    /// <c>folded LIKE '%' || registry.search_key(@phrase) || '%'</c>, with the phrase's own
    /// <c>%</c>, <c>_</c> and <c>\</c> escaped (backslash is the escape character).
    /// </summary>
    public static Expression Contains(Expression folded, string phrase)
    {
        var escaped = phrase.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
        var pattern = Expression.Call(Concat3, Expression.Constant("%"), SearchKey(Parameter(escaped)), Expression.Constant("%"));
        return Expression.Call(LikeMethod, Expression.Constant(EF.Functions), folded, pattern, Expression.Constant(@"\"));
    }

    /// <summary><c>string.Compare(left, right) op 0</c>, which EF Core translates to <c>left op right</c>.</summary>
    public static Expression CompareText(Expression left, Expression right, ExpressionType op) =>
        Expression.MakeBinary(op, Expression.Call(CompareMethod, left, right), Expression.Constant(0));

    /// <summary>The body of <paramref name="column"/> with its parameter replaced by <paramref name="row"/>.</summary>
    public static Expression Bind(LambdaExpression column, Expression row) =>
        new Rebinder(column.Parameters[0], row).Visit(column.Body);

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class Rebinder(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
