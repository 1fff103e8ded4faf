using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using FluentValidation;
using Intervention.Domain.People;
using NodaTime;

namespace Intervention.Reporting.Documents;

/// <summary>
/// What cannot have happened, checked on every document: dates within the years a document can mention, lifecycle instants in order
/// (written ≤ validated ≤ sent ≤ answered ≤ closed), nothing after the instant of the check, birth dates that agree with minor or
/// adult on the document's date, facts not after the report.
/// </summary>
/// <remarks>Only the range of years can be stated in a JSON Schema (as a pattern); the others are in
/// <see cref="DocumentCodes.NotExpressibleInSchema"/>.</remarks>
internal static class DocumentTimeRules
{
    /// <summary>The first year a document's date may fall in.</summary>
    internal const int FirstYear = 1900;

    /// <summary>The last year a document's date may fall in.</summary>
    internal const int LastYear = 2199;

    /// <summary>The schemas' twin of the range: a date or instant starts with a year from 1900 to 2199.</summary>
    internal const string YearPattern = "^(19|2[01])[0-9]{2}-";

    internal static bool InRange(LocalDate date) => date.Year is >= FirstYear and <= LastYear;

    internal static bool InRange(Instant instant) => instant >= Instant.FromUtc(FirstYear, 1, 1, 0, 0) && instant < Instant.FromUtc(LastYear + 1, 1, 1, 0, 0);

    internal static void Dated<T>(this AbstractValidator<T> validator, Expression<Func<T, LocalDate>> date, DocumentMoment? moment)
    {
        validator.RuleFor(date).Must(InRange).WithErrorCode(DocumentCodes.DateOutOfRange).WithMessage(_ => DocumentRules.Message(DocumentCodes.DateOutOfRange, FirstYear, LastYear));
        if (moment is { } m)
        {
            validator.RuleFor(date).Must(d => !InRange(d) || d <= m.Today).WithErrorCode(DocumentCodes.InTheFuture)
                .WithMessage((_, d) => DocumentRules.Message(DocumentCodes.InTheFuture, d, m.Today));
        }
    }

    internal static void Dated<T>(this AbstractValidator<T> validator, Expression<Func<T, LocalDate?>> date, DocumentMoment? moment)
    {
        validator.RuleFor(date).Must(d => d is not { } v || InRange(v)).WithErrorCode(DocumentCodes.DateOutOfRange).WithMessage(_ => DocumentRules.Message(DocumentCodes.DateOutOfRange, FirstYear, LastYear));
        if (moment is { } m)
        {
            validator.RuleFor(date).Must(d => d is not { } v || !InRange(v) || v <= m.Today).WithErrorCode(DocumentCodes.InTheFuture)
                .WithMessage((_, d) => DocumentRules.Message(DocumentCodes.InTheFuture, d, m.Today));
        }
    }

    internal static void Timed<T>(this AbstractValidator<T> validator, Expression<Func<T, Instant?>> instant, DocumentMoment? moment)
    {
        validator.RuleFor(instant).Must(i => i is not { } v || InRange(v)).WithErrorCode(DocumentCodes.DateOutOfRange).WithMessage(_ => DocumentRules.Message(DocumentCodes.DateOutOfRange, FirstYear, LastYear));
        if (moment is { } m)
        {
            validator.RuleFor(instant).Must(i => i is not { } v || !InRange(v) || v <= m.Latest).WithErrorCode(DocumentCodes.InTheFuture)
                .WithMessage((_, i) => DocumentRules.Message(DocumentCodes.InTheFuture, i, m.Latest));
        }
    }

    internal static void Timed<T>(this AbstractValidator<T> validator, Expression<Func<T, Instant>> instant, DocumentMoment? moment)
    {
        validator.RuleFor(instant).Must(InRange).WithErrorCode(DocumentCodes.DateOutOfRange).WithMessage(_ => DocumentRules.Message(DocumentCodes.DateOutOfRange, FirstYear, LastYear));
        if (moment is { } m)
        {
            validator.RuleFor(instant).Must(i => !InRange(i) || i <= m.Latest).WithErrorCode(DocumentCodes.InTheFuture)
                .WithMessage((_, i) => DocumentRules.Message(DocumentCodes.InTheFuture, i, m.Latest));
        }
    }

    /// <summary>A later step is not before an earlier one (both present).</summary>
    internal static void NotBefore<T>(this AbstractValidator<T> validator, Expression<Func<T, Instant?>> later, Func<T, Instant?> earlier, string earlierField)
    {
        validator.RuleFor(later).Must((d, l) => l is not { } v || earlier(d) is not { } e || v >= e).WithErrorCode(DocumentCodes.OutOfOrder)
            .WithMessage(_ => DocumentRules.Message(DocumentCodes.OutOfOrder, earlierField));
    }

    /// <summary>A birth date that agrees with minor or adult on the document's date (a minor is under 18 on it).</summary>
    internal static bool Agrees(LocalDate birth, AgeGroup group, LocalDate on) =>
        !InRange(birth) || !InRange(on) || birth > on || Ages.GroupOn(birth, on) == group;
}
