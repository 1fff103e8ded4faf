using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;

namespace Intervention.Domain.Specifications;

/// <summary>
/// A query as a bag of expressions: <c>Where</c> criteria, ordering, skip and take (the shape of Ardalis.Specification).
/// Evaluated in memory with <see cref="Evaluate"/> and <see cref="IsSatisfiedBy"/>, or over an <see cref="IQueryable{T}"/>
/// with <see cref="Apply"/>, where the host's ORM (EF Core) translates the expressions to SQL.
/// </summary>
/// <typeparam name="T">The type queried.</typeparam>
/// <remarks>Subclasses build the query in their constructor through <see cref="Query"/>. An instance is immutable once constructed.</remarks>
public abstract class Specification<T>
{
    private readonly List<Expression<Func<T, bool>>> _criteria = [];
    private readonly List<OrderExpression<T>> _ordering = [];
    private Func<T, bool>? _compiled;

    /// <summary>Creates an empty specification; the subclass fills it through <see cref="Query"/>.</summary>
    protected Specification() => Query = new SpecificationBuilder<T>(this);

    /// <summary>Gets the criteria, all of which must hold.</summary>
    public IReadOnlyList<Expression<Func<T, bool>>> Criteria => _criteria;

    /// <summary>Gets the ordering, first key first.</summary>
    public IReadOnlyList<OrderExpression<T>> Ordering => _ordering;

    /// <summary>Gets the number of items to skip, if any.</summary>
    public int? Skip { get; private set; }

    /// <summary>Gets the number of items to take, if any.</summary>
    public int? Take { get; private set; }

    /// <summary>Gets the builder used by subclasses' constructors.</summary>
    protected SpecificationBuilder<T> Query { get; }

    /// <summary>Whether an item meets every criterion (ordering, skip and take do not apply).</summary>
    /// <param name="item">The item.</param>
    /// <returns><see langword="true"/> when every criterion holds.</returns>
    public bool IsSatisfiedBy(T item)
    {
        _compiled ??= Compile();
        return _compiled(item);
    }

    /// <summary>Evaluates the specification in memory: criteria, then ordering, then skip and take.</summary>
    /// <param name="source">The items.</param>
    /// <returns>The matching items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public IEnumerable<T> Evaluate(IEnumerable<T> source)
    {
        Preconditions.CheckNotNull(source);
        var result = source.Where(IsSatisfiedBy);
        if (_ordering.Count > 0)
        {
            IOrderedEnumerable<T>? ordered = null;
            foreach (var order in _ordering)
            {
                var key = order.Compiled;
                ordered = ordered is null
                    ? (order.Descending ? result.OrderByDescending(key, KeyComparer.Instance) : result.OrderBy(key, KeyComparer.Instance))
                    : (order.Descending ? ordered.ThenByDescending(key, KeyComparer.Instance) : ordered.ThenBy(key, KeyComparer.Instance));
            }

            result = ordered!;
        }

        if (Skip is { } skip)
        {
            result = result.Skip(skip);
        }

        if (Take is { } take)
        {
            result = result.Take(take);
        }

        return result;
    }

    /// <summary>Applies the specification to a query: the expressions are passed as they are, for the provider to translate.</summary>
    /// <param name="source">The query.</param>
    /// <returns>The filtered, ordered and paged query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public IQueryable<T> Apply(IQueryable<T> source)
    {
        Preconditions.CheckNotNull(source);
        foreach (var criterion in _criteria)
        {
            source = source.Where(criterion);
        }

        IOrderedQueryable<T>? ordered = null;
        foreach (var order in _ordering)
        {
            ordered = ordered is null
                ? (order.Descending ? source.OrderByDescending(order.KeySelector) : source.OrderBy(order.KeySelector))
                : (order.Descending ? ordered.ThenByDescending(order.KeySelector) : ordered.ThenBy(order.KeySelector));
        }

        source = ordered ?? source;
        if (Skip is { } skip)
        {
            source = source.Skip(skip);
        }

        if (Take is { } take)
        {
            source = source.Take(take);
        }

        return source;
    }

    /// <summary>Returns a specification whose criteria are those of both (ordering and paging of this one are kept).</summary>
    /// <param name="other">The other specification.</param>
    /// <returns>The combination.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Specification<T> And(Specification<T> other)
    {
        Preconditions.CheckNotNull(other);
        return new CombinedSpecification<T>(this, other);
    }

    internal void AddCriterion(Expression<Func<T, bool>> criterion)
    {
        _compiled = null;
        _criteria.Add(Preconditions.CheckNotNull(criterion));
    }

    internal void AddOrder(OrderExpression<T> order) => _ordering.Add(order);

    internal void SetSkip(int skip)
    {
        Preconditions.CheckArgumentRange(nameof(skip), skip, 0, int.MaxValue);
        Skip = skip;
    }

    internal void SetTake(int take)
    {
        Preconditions.CheckArgumentRange(nameof(take), take, 0, int.MaxValue);
        Take = take;
    }

    private Func<T, bool> Compile()
    {
        var predicates = _criteria.Select(c => c.Compile()).ToArray();
        return item => Array.TrueForAll(predicates, p => p(item));
    }

    private sealed class KeyComparer : IComparer<object?>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(object? x, object? y) => Comparer<object?>.Default.Compare(x, y);
    }
}

/// <summary>One ordering key of a <see cref="Specification{T}"/>.</summary>
/// <typeparam name="T">The type queried.</typeparam>
public sealed class OrderExpression<T>
{
    internal OrderExpression(Expression<Func<T, object?>> keySelector, bool descending)
    {
        KeySelector = Preconditions.CheckNotNull(keySelector);
        Descending = descending;
        Compiled = keySelector.Compile();
    }

    /// <summary>Gets the key selector.</summary>
    public Expression<Func<T, object?>> KeySelector { get; }

    /// <summary>Gets whether the order is descending.</summary>
    public bool Descending { get; }

    internal Func<T, object?> Compiled { get; }
}

/// <summary>Builds a <see cref="Specification{T}"/> from its subclass's constructor.</summary>
/// <typeparam name="T">The type queried.</typeparam>
public sealed class SpecificationBuilder<T>
{
    private readonly Specification<T> _specification;

    internal SpecificationBuilder(Specification<T> specification) => _specification = specification;

    /// <summary>Adds a criterion; all criteria must hold.</summary>
    /// <param name="criterion">The criterion, translatable by the host's provider.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is null.</exception>
    public SpecificationBuilder<T> Where(Expression<Func<T, bool>> criterion)
    {
        _specification.AddCriterion(criterion);
        return this;
    }

    /// <summary>Adds an ascending ordering key; the first key added orders first, later keys break ties.</summary>
    /// <param name="keySelector">The key.</param>
    /// <returns>The builder.</returns>
    public SpecificationBuilder<T> OrderBy(Expression<Func<T, object?>> keySelector)
    {
        _specification.AddOrder(new OrderExpression<T>(keySelector, descending: false));
        return this;
    }

    /// <summary>Adds an ascending ordering key after the existing ones (same as <see cref="OrderBy"/>, which also appends; named for reading).</summary>
    /// <param name="keySelector">The key.</param>
    /// <returns>The builder.</returns>
    public SpecificationBuilder<T> ThenBy(Expression<Func<T, object?>> keySelector) => OrderBy(keySelector);

    /// <summary>Adds a descending ordering key.</summary>
    /// <param name="keySelector">The key.</param>
    /// <returns>The builder.</returns>
    public SpecificationBuilder<T> OrderByDescending(Expression<Func<T, object?>> keySelector)
    {
        _specification.AddOrder(new OrderExpression<T>(keySelector, descending: true));
        return this;
    }

    /// <summary>Skips a number of items.</summary>
    /// <param name="count">The number, zero or more.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public SpecificationBuilder<T> Skip(int count)
    {
        _specification.SetSkip(count);
        return this;
    }

    /// <summary>Takes at most a number of items.</summary>
    /// <param name="count">The number, zero or more.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public SpecificationBuilder<T> Take(int count)
    {
        _specification.SetTake(count);
        return this;
    }
}

/// <summary>The conjunction of two specifications.</summary>
internal sealed class CombinedSpecification<T> : Specification<T>
{
    public CombinedSpecification(Specification<T> first, Specification<T> second)
    {
        foreach (var criterion in first.Criteria.Concat(second.Criteria))
        {
            Query.Where(criterion);
        }

        foreach (var order in first.Ordering)
        {
            AddOrder(order);
        }

        if (first.Skip is { } skip)
        {
            Query.Skip(skip);
        }

        if (first.Take is { } take)
        {
            Query.Take(take);
        }
    }
}
