using System;
using System.Globalization;
using System.Linq;
using Intervention.Confidentiality.Consents;
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

public sealed class LiaisonSheetTests
{
    private static readonly DisclosureEngine Engine = new(FrenchRulePack.Create(), ServicePolicy.LawOnly);
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 4, 9, 0);
    private static readonly PersonId Claire = PersonId.From(new Guid("00000000-0000-0000-0000-000000000901"));
    private static readonly PersonIdentity ClaireIdentity = new(Claire, "Martin", "Claire", new LocalDate(1990, 5, 17), "0600000000", "claire@example.org", "1 rue de la Paix");
    private static readonly SenderContact Sender = new("Intervenante sociale", "Commissariat de Poitiers", "0500000000", null);

    private static Case NewCase(params SituationKind[] situations) => Case.Open(
        CaseId.From(new Guid("00000000-0000-0000-0000-000000000900")),
        Post.Create(PostId.From(new Guid("00000000-0000-0000-0000-000000000001")), ServiceProfileKind.FrenchPoliceSocialWorker, ForceKind.FrenchPoliceStation),
        new Referral(ReferralChannel.SelfReferralFromDayLog, new LocalDate(2026, 3, 2), new Referrer(ReferrerKind.WorkerFromPoliceRecords)),
        [new Participant(Claire, PartyRole.Victim, AgeGroup.Adult, 35, Sex.Female, [])],
        situations.Length == 0 ? [SituationKind.Precarity] : situations);

    private static Consent Consent(ConsentPurpose purpose = ConsentPurpose.ShareWithRecipients, Instant? expires = null, params DataCategory[] data) =>
        new(purpose, ConsentGiver.Person, ConsentForm.SignedAuthorisation, Instant.FromUtc(2026, 3, 3, 9, 0), [RecipientKind.PartnerSocialService],
            data.Length == 0 ? [DataCategory.Identity, DataCategory.ProtocolFile] : data, expires);

    private static DisclosureDecision Decide(DataCategory[] data, FactKind[] facts, params Consent[] consents) => Engine.Decide(new DisclosureRequest(
        DiscloserKind.SocialWorker, RecipientKind.PartnerSocialService, DisclosurePurpose.Orientation, data, facts, new DisclosureSubject(AgeGroup.Adult), consents,
        Now.InZone(Paris)));

    private static LiaisonSheetResult Build(Case c, DisclosureDecision decision, Instant? at = null) =>
        LiaisonSheetBuilder.Build(Guid.NewGuid(), c, ClaireIdentity, Sender, PartnerKind.DepartmentalSocialServices, [OrientationReason.Housing, OrientationReason.FinancialDifficulty],
            "Rent arrears since January", decision, decision.Request.Consents, at ?? Now, French);

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    [Trait("Rule", "R34")]
    public void R34_a_signed_authorisation_builds_a_sheet_with_only_what_it_allows_and_cites_the_decision()
    {
        var decision = Decide([DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails], [], Consent(data: [DataCategory.Identity, DataCategory.SituationSummary]));

        var sheet = Build(NewCase(), decision).Sheet!;

        Assert.Equal(("Martin", "Claire", (string?)null), (sheet.Person!.FamilyName, sheet.Person.GivenNames, sheet.Person.Phone));
        Assert.Null(sheet.Details);
        Assert.Equal([SituationKind.Precarity], sheet.Problems);
        Assert.Equal(DisclosureOutcome.MayDiscloseWithConsent, sheet.Decision.Outcome);
        Assert.Equal("Code pénal, art. 226-13, consentement (version en vigueur depuis le 1 mars 1994)", sheet.Decision.Bases.Single());
        Assert.Equal(new ConsentCitation(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.SignedAuthorisation, Instant.FromUtc(2026, 3, 3, 9, 0), null), sheet.Decision.Consent);
        Assert.Equal(LiaisonSheetState.Draft, sheet.State);
    }

    [Fact]
    [Trait("Rule", "R21")]
    public void R21_a_sheet_cannot_be_sent_before_the_person_knows_and_validates_what_is_sent()
    {
        var sheet = Build(NewCase(), Decide([DataCategory.Identity], [], Consent())).Sheet!;

        var refusal = Assert.Throws<LiaisonSheetException>(() => sheet.MarkSent(Now, [Consent()]));
        Assert.Equal((LiaisonSheetCodes.NotValidatedWithPerson, "R21"), (refusal.Code, refusal.RuleId));

        sheet.ValidateWithPerson(Now.Plus(Duration.FromMinutes(5)));
        sheet.MarkSent(Now.Plus(Duration.FromMinutes(10)), [Consent()]);
        sheet.RecordAnswer(accepted: false, "Outside our sector", Now.Plus(Duration.FromDays(3)));
        sheet.Close("Re-oriented to the CCAS", Now.Plus(Duration.FromDays(10)));

        Assert.Equal((LiaisonSheetState.Closed, "Outside our sector"), (sheet.State, sheet.DeclineReason));
        Assert.Equal(Now.Plus(Duration.FromMinutes(5)), sheet.ValidatedWithPersonAt);
    }

    [Fact]
    [Trait("Rule", "R21")]
    public void R21_a_child_at_risk_refuses_the_sheet_and_points_to_the_crip()
    {
        var result = Build(NewCase(SituationKind.ChildAtRisk), Decide([DataCategory.Identity], [FactKind.ChildInDangerOrAtRisk], Consent()));

        Assert.False(result.IsBuilt);
        Assert.True(result.RedirectsToChildProtection);
        Assert.Equal("R21", result.RuleId);
        Assert.Contains("CRIP", LiaisonSheetCodes.Message(result.RefusalCode!, CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R22")]
    public void R22_the_protocol_file_does_not_leave_unless_the_woman_chose_it()
    {
        var result = Build(NewCase(SituationKind.ConjugalViolence), Decide([DataCategory.Identity, DataCategory.ProtocolFile], [], Consent()));

        Assert.Equal((LiaisonSheetCodes.ProtocolFileNotChosen, "R22"), (result.RefusalCode, result.RuleId));
    }

    [Fact]
    public void Without_consent_or_with_an_expired_one_the_sheet_is_refused_with_the_reason()
    {
        var missing = Build(NewCase(), Decide([DataCategory.Identity], []));
        var expired = Build(NewCase(), Decide([DataCategory.Identity], [], Consent(expires: Instant.FromUtc(2026, 3, 3, 18, 0))));
        var wrongPurpose = LiaisonSheetBuilder.Build(Guid.NewGuid(), NewCase(), ClaireIdentity, Sender, PartnerKind.Health, [OrientationReason.Health], null,
            Engine.Decide(new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.Mayor, DisclosurePurpose.CoordinateSupport, [DataCategory.Identity], [], new DisclosureSubject(AgeGroup.Adult), [], Now.InZone(Paris))), [], Now);

        Assert.Equal(LiaisonSheetCodes.ConsentMissing, missing.RefusalCode);
        Assert.Equal(LiaisonSheetCodes.ConsentExpired, expired.RefusalCode);
        Assert.Equal(("decision", LiaisonSheetCodes.ConsentExpired, "R21"), (expired.Problem(CultureInfo.InvariantCulture)!.Path, expired.Problem(CultureInfo.InvariantCulture)!.Code, expired.Problem(CultureInfo.InvariantCulture)!.Arguments["rule"]));
        Assert.Equal("Le consentement sur lequel repose la décision a expiré le 3 mars 2026 à 18:00 UTC : le document ne peut pas partir.", expired.Problem(CultureInfo.GetCultureInfo("fr-CA"))!.Message);
        Assert.Equal(LiaisonSheetCodes.DecisionMismatch, wrongPurpose.RefusalCode);
        Assert.Equal("No consent of the person, as it stands now, names this partner.", LiaisonSheetCodes.Message(LiaisonSheetCodes.ConsentMissing, CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void Steps_out_of_order_are_refused()
    {
        var sheet = Build(NewCase(), Decide([DataCategory.Identity], [], Consent())).Sheet!;

        Assert.Equal(LiaisonSheetCodes.InvalidTransition, Assert.Throws<LiaisonSheetException>(() => sheet.RecordAnswer(true, null, Now)).Code);
        Assert.Equal(LiaisonSheetCodes.InvalidTransition, Assert.Throws<LiaisonSheetException>(() => sheet.Close("x", Now)).Code);
        Assert.Equal(LiaisonSheetCodes.InvalidTransition, Assert.Throws<LiaisonSheetException>(() => sheet.ValidateWithPerson(Now.Minus(Duration.FromDays(1)))).Code);
        Assert.Throws<ArgumentException>(() => LiaisonSheetBuilder.Build(Guid.NewGuid(), NewCase(), ClaireIdentity, Sender, PartnerKind.Health, [], null, Decide([DataCategory.Identity], [], Consent()), [Consent()], Now));
    }

    [Fact]
    [Trait("Rule", "R21")]
    public void R21_a_sheet_is_built_only_while_the_consent_its_decision_relied_on_is_in_force()
    {
        var consent = Consent(expires: Instant.FromUtc(2026, 3, 4, 12, 0));
        var decision = Decide([DataCategory.Identity], [], consent);
        var withdrawnSince = consent.WithdrawnOn(Now.Plus(Duration.FromMinutes(30)));
        LiaisonSheetResult At(Instant at, params Consent[] now) => LiaisonSheetBuilder.Build(
            Guid.NewGuid(), NewCase(), ClaireIdentity, Sender, PartnerKind.DepartmentalSocialServices, [OrientationReason.Housing], null, decision, now, at, French);

        var withdrawn = At(Now.Plus(Duration.FromHours(1)), withdrawnSince);
        var expired = At(Instant.FromUtc(2026, 3, 4, 12, 0), consent);
        var missing = At(Now.Plus(Duration.FromMinutes(5)));
        var nextDay = At(Now.Plus(Duration.FromDays(1)), consent);

        Assert.True(At(Now.Plus(Duration.FromMinutes(5)), consent).IsBuilt);
        Assert.Equal((LiaisonSheetCodes.ConsentWithdrawn, Now.Plus(Duration.FromMinutes(30))), (withdrawn.RefusalCode, (Instant)withdrawn.RefusalArguments.Single()!));
        Assert.Equal("Le consentement sur lequel repose la décision a été retiré le 4 mars 2026 à 09:30 UTC : le document ne peut pas partir.", withdrawn.Problem(French)!.Message);
        Assert.Equal(LiaisonSheetCodes.ConsentExpired, expired.RefusalCode);
        Assert.Equal(LiaisonSheetCodes.ConsentMissing, missing.RefusalCode);
        Assert.Equal(LiaisonSheetCodes.DecisionOfAnotherDate, nextDay.RefusalCode);
        Assert.Equal("The decision was taken for an act on 4 March 2026, not on 5 March 2026: a new decision is needed.", nextDay.Problem(CultureInfo.GetCultureInfo("en"))!.Message);
    }

    [Fact]
    [Trait("Rule", "R21")]
    public void R21_a_sheet_is_sent_only_while_the_consent_is_in_force_as_the_person_consents_stand_then()
    {
        var consent = Consent(expires: Instant.FromUtc(2026, 3, 4, 12, 0));
        var sheet = Build(NewCase(), Decide([DataCategory.Identity], [], consent)).Sheet!;
        sheet.ValidateWithPerson(Now.Plus(Duration.FromMinutes(5)));

        var withdrawn = Assert.Throws<LiaisonSheetException>(() => sheet.MarkSent(Now.Plus(Duration.FromHours(1)), [consent.WithdrawnOn(Now.Plus(Duration.FromMinutes(30)))]));
        var expired = Assert.Throws<LiaisonSheetException>(() => sheet.MarkSent(Instant.FromUtc(2026, 3, 4, 12, 0), [consent]));
        var nextMonth = Assert.Throws<LiaisonSheetException>(() => sheet.MarkSent(Now.Plus(Duration.FromDays(31)), [consent]));

        Assert.Equal((LiaisonSheetCodes.ConsentWithdrawn, Now.Plus(Duration.FromMinutes(30))), (withdrawn.Code, (Instant)withdrawn.Arguments.Single()!));
        Assert.Equal(LiaisonSheetCodes.ConsentExpired, expired.Code);
        Assert.Equal(LiaisonSheetCodes.DecisionOfAnotherDate, nextMonth.Code);
        Assert.Equal(LiaisonSheetState.ValidatedWithPerson, sheet.State);
        sheet.MarkSent(Now.Plus(Duration.FromHours(1)), [consent]);
        Assert.Equal(LiaisonSheetState.Sent, sheet.State);
    }

    [Fact]
    [Trait("Rule", "R21")]
    public void R21_what_the_reader_would_refuse_is_refused_by_the_builder_with_each_field_named()
    {
        var decision = Decide([DataCategory.Identity], [], Consent());
        var result = LiaisonSheetBuilder.Build(Guid.Empty, NewCase(), ClaireIdentity, new SenderContact(" ", "Commissariat", null, "not-an-email"),
            (PartnerKind)99, [OrientationReason.Housing], null, decision, [Consent()], Now, French);

        Assert.Equal(LiaisonSheetCodes.InvalidContent, result.RefusalCode);
        Assert.Equal(
            ["partner document.value_not_allowed", "sender.email document.invalid_email", "sender.name document.required", "sheetId document.required"],
            result.Problems(French).Select(p => $"{p.Path} {p.Code}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_consent_naming_no_data_covers_nothing()
    {
        var decision = Decide([DataCategory.Identity], [], new Consent(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.Written, Instant.FromUtc(2026, 3, 3, 9, 0), [RecipientKind.PartnerSocialService], []));

        Assert.Equal(DisclosureOutcome.MustNotDisclose, decision.Outcome);
        Assert.Contains(decision.Trace, t => t.RuleId == "FR-CONSENT" && t.Status == TraceStatus.NotApplicable && t.Explanation.Contains("names no data", StringComparison.Ordinal));
        Assert.Equal(ConsentGap.NoDataNamed, decision.ConsentGap);
        Assert.Null(decision.Request.CoveringConsent(ConsentPurpose.ShareWithRecipients));
    }
}
