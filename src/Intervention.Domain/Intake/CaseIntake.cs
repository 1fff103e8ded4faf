using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;
using Intervention.Domain.Cases;
using Intervention.Domain.Localization;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;

namespace Intervention.Domain.Intake;

/// <summary>The answer of <see cref="CaseIntake.Open(OpenCaseRequest, IEnumerable{HouseholdEngagement}?)"/>: the case when the request was valid, otherwise every problem found.</summary>
public sealed record IntakeResult
{
    private IntakeResult(Case? openedCase, ValidationResult validation)
    {
        Case = openedCase;
        Validation = validation;
    }

    /// <summary>Gets the opened case, or <see langword="null"/> when the request was refused.</summary>
    public Case? Case { get; }

    /// <summary>Gets the validation result: every problem with its path, code and translated message.</summary>
    public ValidationResult Validation { get; }

    /// <summary>Gets whether the case was opened.</summary>
    public bool IsValid => Case is not null;

    internal static IntakeResult Opened(Case opened) => new(opened, new ValidationResult());

    internal static IntakeResult Refused(ValidationResult validation) => new(null, validation);
}

/// <summary>
/// Opens cases from what hosts submit: validates the request (all problems at once, translated), checks that the post
/// does not already work with the household under another hat (R27), and builds the <see cref="Case"/>.
/// </summary>
/// <remarks>Registered by <c>AddInterventionDomain</c>. Pure: the host loads the post's household engagements and stores the result.</remarks>
public sealed class CaseIntake
{
    private readonly IValidator<OpenCaseRequest> _validator;

    /// <summary>Creates the intake.</summary>
    /// <param name="validator">The request validator, normally <see cref="OpenCaseRequestValidator"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="validator"/> is null.</exception>
    public CaseIntake(IValidator<OpenCaseRequest> validator) => _validator = Preconditions.CheckNotNull(validator);

    /// <summary>Reads a request from JSON, validates it and opens the case; every problem comes back with its JSON path
    /// (<c>participants[0].birthDate</c>) and a message in the language asked for. Nothing is thrown for bad input.</summary>
    /// <param name="json">The JSON text of an <see cref="OpenCaseRequest"/>.</param>
    /// <param name="culture">The language of the messages (French for <c>fr</c> and its regions, English otherwise).</param>
    /// <param name="postEngagements">The post's current household engagements (R27); none when omitted.</param>
    /// <returns>The opened case, or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="culture"/> is null.</exception>
    public IntakeResult Open(string json, CultureInfo culture, IEnumerable<HouseholdEngagement>? postEngagements = null)
    {
        var read = IntakeJson.ReadOpenCaseRequest(json, culture);
        if (read.Request is not { } request)
        {
            return IntakeResult.Refused(read.Problems);
        }

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var result = Open(request, postEngagements);
            if (result.IsValid)
            {
                return result;
            }

            foreach (var failure in result.Validation.Errors)
            {
                failure.PropertyName = IntakeJson.JsonPath(failure.PropertyName);
            }

            return result;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Validates a request and opens the case.</summary>
    /// <param name="request">The request.</param>
    /// <param name="postEngagements">The post's current household engagements, including its workers' other missions (R27); none when omitted.</param>
    /// <returns>The opened case, or the validation problems. Nothing is thrown for bad data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public IntakeResult Open(OpenCaseRequest request, IEnumerable<HouseholdEngagement>? postEngagements = null)
    {
        Preconditions.CheckNotNull(request);
        var validation = _validator.Validate(request);
        if (!validation.IsValid)
        {
            return IntakeResult.Refused(validation);
        }

        var post = Post.Create(PostId.From(request.PostId), request.Profile.Value!.Value, request.Force.Value!.Value);
        var referralRequest = request.Referral!;
        var channel = referralRequest.Channel.Value!.Value;
        var receivedOn = referralRequest.ReceivedOn!.Value;
        var referral = new Referral(channel, receivedOn, new Referrer(channel.ExpectedReferrer(), referralRequest.Partner?.Value, referralRequest.Reference));
        var participants = request.Participants!.Select(p =>
        {
            var (group, age) = Participant.ResolveAge(p.BirthDate, p.DeclaredAgeGroup?.Value, receivedOn);
            return new Participant(PersonId.From(p.PersonId), p.Role.Value!.Value, group, age, p.Sex?.Value ?? Sex.NotStated, (p.Vulnerabilities ?? []).Select(v => v.Value!.Value).ToArray());
        }).ToArray();

        HouseholdId? household = request.HouseholdId is { } h ? HouseholdId.From(h) : null;
        if (household is { } householdId)
        {
            var proposed = new HouseholdEngagement(post.Id, householdId, WorkerId.From(request.WorkerId!.Value), WorkerCapacity.PostedSocialWorker);
            var check = HouseholdEngagementPolicy.Check(proposed, postEngagements ?? []);
            if (!check.IsAllowed)
            {
                return IntakeResult.Refused(Failure(nameof(OpenCaseRequest.HouseholdId), check.Code!, check.Arguments));
            }
        }

        var openedCase = Case.Open(CaseId.From(request.CaseId), post, referral, participants, request.Situations!.Select(s => s.Value!.Value), household);
        return IntakeResult.Opened(openedCase);
    }

    private static ValidationResult Failure(string property, string code, IReadOnlyDictionary<string, object?> arguments) =>
        new([new ValidationFailure(property, DomainMessages.Format(code, CultureInfo.CurrentUICulture, arguments)) { ErrorCode = code, CustomState = arguments }]);
}
