using System;
using System.Globalization;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.LiaisonSheets;
using NodaTime;

namespace Intervention.Reporting.Tests.LiaisonSheets;

public sealed class ChildAtRiskReportTests
{
    private static readonly DisclosureEngine Engine = new(FrenchRulePack.Create(), ServicePolicy.LawOnly);
    private static readonly PersonIdentity Child = new(PersonId.From(new Guid("00000000-0000-0000-0000-000000000911")), "Durand", "Léo", new LocalDate(2016, 4, 2), null, null, "3 rue des Lilas");
    private static readonly PersonIdentity Mother = new(PersonId.From(new Guid("00000000-0000-0000-0000-000000000912")), "Durand", "Anne", new LocalDate(1988, 1, 9), "0611111111", null, "3 rue des Lilas");
    private static readonly SenderContact Author = new("Intervenante sociale", "Commissariat de Poitiers", null, null);
    private static readonly ReportedFact[] Facts = [new(new LocalDate(2026, 3, 1), "Bruises seen on the arms", "« Papa s'est fâché »")];

    private static Case NewCase() => Case.Open(
        CaseId.From(new Guid("00000000-0000-0000-0000-000000000910")),
        Post.Create(PostId.From(new Guid("00000000-0000-0000-0000-000000000001")), ServiceProfileKind.FrenchPoliceSocialWorker, ForceKind.FrenchPoliceStation),
        new Referral(ReferralChannel.OfficerOrientation, new LocalDate(2026, 3, 2), new Referrer(ReferrerKind.Officer)),
        [new Participant(Child.Id, PartyRole.Victim, AgeGroup.Minor, 9, Sex.Male, []), new Participant(Mother.Id, PartyRole.Relative, AgeGroup.Adult, 38, Sex.Female, [])],
        [SituationKind.ChildAtRisk, SituationKind.IntraFamilyViolence]);

    private static DisclosureDecision Decide(params FactKind[] facts) => Engine.Decide(new DisclosureRequest(
        DiscloserKind.SocialWorker, RecipientKind.Crip, DisclosurePurpose.ChildProtection,
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationDetails, DataCategory.ChildStatements, DataCategory.FamilyContext],
        facts, new DisclosureSubject(AgeGroup.Minor), [], new LocalDate(2026, 3, 4).At(new LocalTime(9, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Paris"])));

    [Fact]
    [Trait("Rule", "R21")]
    public void R21_worrying_information_carries_the_minor_the_parents_the_dated_facts_and_the_childs_words()
    {
        var result = ChildAtRiskReportBuilder.Build(Guid.NewGuid(), NewCase(), [Child], [Mother], Author, Facts, "Separated parents", parentsInformedBeforehand: true, null, Decide(FactKind.AbuseOfMinor), new LocalDate(2026, 3, 4), CultureInfo.GetCultureInfo("en"));

        var report = result.Report!;
        Assert.Equal(("Léo", "3 rue des Lilas"), (report.Minors.Single().GivenNames, report.Minors.Single().Address));
        Assert.Equal("Anne", report.Parents.Single().GivenNames);
        Assert.Equal((new LocalDate(2026, 3, 1), "« Papa s'est fâché »"), (report.Facts.Single().On, report.Facts.Single().ChildWords));
        Assert.Equal(DisclosureOutcome.MustActByLaw, report.Decision.Outcome);
        Assert.Equal("Code de l'action sociale et des familles, art. L.226-2-1 (version in force since 5 March 2007)", report.Decision.Bases.Single());
    }

    [Fact]
    public void The_parents_are_told_beforehand_unless_that_is_against_the_childs_interest()
    {
        var notTold = ChildAtRiskReportBuilder.Build(Guid.NewGuid(), NewCase(), [Child], [Mother], Author, Facts, null, false, null, Decide(FactKind.AbuseOfMinor), new LocalDate(2026, 3, 4), CultureInfo.GetCultureInfo("en"));
        var againstInterest = ChildAtRiskReportBuilder.Build(Guid.NewGuid(), NewCase(), [Child], [Mother], Author, Facts, null, false, "The father is the alleged abuser", Decide(FactKind.AbuseOfMinor, FactKind.InformingParentsAgainstChildInterest), new LocalDate(2026, 3, 4));

        Assert.Equal(LiaisonSheetCodes.ParentsNotInformed, notTold.RefusalCode);
        Assert.Equal("The father is the alleged abuser", againstInterest.Report!.ParentsNotInformedReason);
    }

    [Fact]
    public void Parents_not_told_without_saying_why_is_refused_even_when_the_decision_does_not_require_telling_them()
    {
        var silent = ChildAtRiskReportBuilder.Build(Guid.NewGuid(), NewCase(), [Child], [Mother], Author, Facts, null, false, " ", Decide(FactKind.AbuseOfMinor, FactKind.InformingParentsAgainstChildInterest), new LocalDate(2026, 3, 4));
        var built = ChildAtRiskReportBuilder.Build(Guid.NewGuid(), NewCase(), [Child], [Mother], Author, Facts, null, true, "ignored", Decide(FactKind.AbuseOfMinor), new LocalDate(2026, 3, 4), CultureInfo.GetCultureInfo("en"));

        Assert.Equal(LiaisonSheetCodes.ParentsNotInformed, silent.RefusalCode);
        var problem = silent.Problem(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))!;
        Assert.Equal(("decision", LiaisonSheetCodes.ParentsNotInformed), (problem.Path, problem.Code));
        Assert.StartsWith("Les parents doivent être informés", problem.Message, StringComparison.Ordinal);
        Assert.Null(built.Report!.ParentsNotInformedReason);
        Assert.Null(built.Problem(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Without_a_decision_to_transmit_or_a_minor_there_is_no_document()
    {
        var noBasis = ChildAtRiskReportBuilder.Build(Guid.NewGuid(), NewCase(), [Child], [Mother], Author, Facts, null, true, null, Decide(), new LocalDate(2026, 3, 4));
        var adultOnly = ChildAtRiskReportBuilder.Build(Guid.NewGuid(), NewCase(), [Mother], [], Author, Facts, null, true, null, Decide(FactKind.AbuseOfMinor), new LocalDate(2026, 3, 4), CultureInfo.GetCultureInfo("en"));

        Assert.Equal(LiaisonSheetCodes.ChildProtectionDecisionRequired, noBasis.RefusalCode);
        Assert.Equal(LiaisonSheetCodes.NoMinor, adultOnly.RefusalCode);
    }
}
