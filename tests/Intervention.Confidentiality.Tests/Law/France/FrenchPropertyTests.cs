using Intervention.Testing;
using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Confidentiality.Tests.Generators;

namespace Intervention.Confidentiality.Tests.Law.France;

public sealed class FrenchPropertyTests
{
    private static readonly RulePack Pack = FrenchRulePack.Create();

    [Property(Arbitrary = [typeof(DisclosureArbitraries)], MaxTest = 3000)]
    public Property Temporal_coverage_every_question_gets_exactly_one_decision_and_no_conflict(DisclosureQuestion question)
    {
        // Rules of one rank that agree on the outcome combine; the French pack has no genuine conflict, so none may be raised (the
        // seed (318013874313867710,11703700327168891457) of the Redactor's property once raised one between 226-14 1° and 2°).
        var engine = new DisclosureEngine(Pack, question.Policy);
        DisclosureDecision? first;
        try
        {
            first = engine.Decide(question.Request);
        }
        catch (DisclosureConflictException conflict)
        {
            return false.Label($"conflict: {string.Join(", ", conflict.RuleIds)}");
        }

        var second = engine.Decide(question.Request);
        var onlyInForceBases = first.LegalBases.All(b => b.Reference.IsInForceOn(question.Request.DateOfAct));
        var oneEntryPerRule = Pack.Rules.All(r => first.Trace.Count(t => t.RuleId == r.Id) == 1);
        var firedAreBases = first.Trace.Where(t => t.Status == TraceStatus.Fired && Pack.Rules.Any(r => r.Id == t.RuleId)).Select(t => t.RuleId).SequenceEqual(first.LegalBases.Select(b => b.RuleId));
        return (first.Outcome == second.Outcome && first.AllowedData.SequenceEqual(second.AllowedData) && onlyInForceBases && oneEntryPerRule && firedAreBases)
            .Label($"bases in force {onlyInForceBases}, one trace entry per rule {oneEntryPerRule}, fired = bases {firedAreBases}")
            .Classify(Pack.AmendmentDates.Any(d => Math.Abs(NodaTime.Period.Between(d, question.Request.DateOfAct, NodaTime.PeriodUnits.Days).Days) <= 3), "near an amendment")
            .Classify(first.Outcome != DisclosureOutcome.MustNotDisclose, "disclosure allowed");
    }

    [Property(Arbitrary = [typeof(DisclosureArbitraries)], MaxTest = 2000)]
    [Trait("Rule", "R11")]
    public Property R11_no_decision_ever_gives_investigators_identity_or_anything_else(DisclosureQuestion question)
    {
        // R11 is the 2006 reference framework's: from its day on (scenarios FR-62 and FR-63 hold both sides of it).
        var request = FromDay(ConfidentialityGenerators.With(question.Request) is var r && r.Recipient == RecipientKind.Investigators ? r : Retarget(r, RecipientKind.Investigators), R11From);
        var decision = new DisclosureEngine(Pack, question.Policy).Decide(request);

        return (!decision.Allows(DataCategory.Identity) && decision.Outcome == DisclosureOutcome.MustNotDisclose && decision.AllowedData.Count == 0)
            .Label($"{decision.Outcome} [{string.Join(", ", decision.AllowedData)}]");
    }

    [Property(Arbitrary = [typeof(DisclosureArbitraries)], MaxTest = 2000)]
    [Trait("Rule", "R09")]
    public Property With_no_consent_and_no_legal_exception_the_outcome_is_must_not_disclose(DisclosureQuestion question)
    {
        var request = ConfidentialityGenerators.With(question.Request, consents: [], facts: []);
        if (request.Recipient == RecipientKind.StaffServiceOfficerInCharge)
        {
            // R42: the officer in charge is the one recipient a staff-service member may tell without facts or consent.
            request = Retarget(request, RecipientKind.PartnerSocialService);
        }

        var decision = new DisclosureEngine(Pack, question.Policy).Decide(request);

        return (decision.Outcome == DisclosureOutcome.MustNotDisclose && decision.AllowedData.All(d => d == DataCategory.NonIdentifyingActivity))
            .Label($"{decision.Outcome} by {string.Join(", ", decision.LegalBases.Select(b => b.RuleId))}");
    }

    [Property(Arbitrary = [typeof(DisclosureArbitraries)], MaxTest = 2000)]
    public Property Withdrawing_a_consent_never_widens_what_is_allowed(DisclosureQuestion question)
    {
        var engine = new DisclosureEngine(Pack, question.Policy);
        var request = question.Request;
        if (request.Consents.Count == 0)
        {
            return true.Classify(true, "no consent to withdraw");
        }

        DisclosureDecision before;
        try
        {
            before = engine.Decide(request);
        }
        catch (DisclosureConflictException)
        {
            return true.Classify(true, "conflict");
        }

        var withdrawal = request.ActAt.ToInstant().Minus(NodaTime.Duration.FromMinutes(1));
        var withdrawn = request.Consents.Select(c => c.GivenAt <= withdrawal ? c.WithdrawnOn(withdrawal) : c).ToArray();
        var after = engine.Decide(ConfidentialityGenerators.With(request, consents: withdrawn));

        var narrower = after.AllowedData.All(before.AllowedData.Contains)
            && (before.Outcome != DisclosureOutcome.MustNotDisclose || after.Outcome == DisclosureOutcome.MustNotDisclose);
        return narrower.Label($"before {before.Outcome} [{string.Join(", ", before.AllowedData)}], after {after.Outcome} [{string.Join(", ", after.AllowedData)}]")
            .Classify(before.Outcome == DisclosureOutcome.MayDiscloseWithConsent, "consent decided before");
    }

    private static readonly NodaTime.LocalDate R11From = Pack.Rules.Single(r => r.Id == "R11").Versions[0].InForceFrom;

    // Moves a request, its consents with it, to a day on or after the first day given, keeping every other field.
    private static DisclosureRequest FromDay(DisclosureRequest r, NodaTime.LocalDate first)
    {
        if (r.DateOfAct >= first)
        {
            return r;
        }

        var shift = NodaTime.Duration.FromDays(NodaTime.Period.Between(r.DateOfAct, first, NodaTime.PeriodUnits.Days).Days);
        var consents = r.Consents.Select(c => new Intervention.Confidentiality.Consents.Consent(
            c.Purpose, c.GivenBy, c.Form, c.GivenAt + shift, c.Recipients, c.Data, c.ExpiresAt + shift, c.WithdrawnAt + shift, c.Restrictions)).ToArray();
        return new(r.Discloser, r.Recipient, r.Purpose, r.Data, r.Facts, r.Subject, consents, r.ActAt.Plus(shift));
    }

    private static DisclosureRequest Retarget(DisclosureRequest r, RecipientKind recipient) =>
        new(r.Discloser, recipient, r.Purpose, r.Data, r.Facts, r.Subject, r.Consents, r.ActAt);
}
