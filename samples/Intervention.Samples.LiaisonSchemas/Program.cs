using System;
using System.Globalization;
using System.IO;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Documents;
using Intervention.Reporting.LiaisonSheets;
using NodaTime;

namespace Intervention.Samples.LiaisonSchemas;

/// <summary>
/// Writes every document's JSON Schema (fr, fr-CA, en) to a folder, then builds a liaison sheet through the confidentiality engine,
/// writes it as JSON and reads it back with the validators, the way a partner's endpoint would.
/// Run: <c>dotnet run --project samples/Intervention.Samples.LiaisonSchemas -- [folder]</c>.
/// </summary>
public static class Program
{
    /// <summary>Runs the sample in a folder named by the first argument (default <c>schemas</c>).</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 when the sheet is accepted by its validator.</returns>
    public static int Main(string[] args) => Run(args.Length > 0 ? args[0] : "schemas", Console.Out);

    /// <summary>Runs the sample.</summary>
    /// <param name="folder">Where to write the schemas.</param>
    /// <param name="output">Where to write what happens.</param>
    /// <returns>0 when the sheet is accepted by its validator.</returns>
    public static int Run(string folder, TextWriter output)
    {
        // 1. Every schema, in every language: liaison-sheet/1.0.0/fr.schema.json…
        foreach (var info in DocumentSchemas.All)
        {
            foreach (var language in DocumentSchemas.Languages)
            {
                var path = Path.Combine(folder, info.Name, info.Version, $"{language}.schema.json");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, DocumentSchemas.ExportText(info.Type, language));
                output.WriteLine($"wrote {path} ($id {info.SchemaId(language)})");
            }
        }

        // 2. A case from the day log, the person's signed consent to share with the departmental social services.
        var now = Instant.FromUtc(2026, 3, 4, 9, 0);
        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var claire = new PersonIdentity(PersonId.From(Guid.Parse("6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a90")), "Martin", "Claire", new LocalDate(1990, 5, 17), "06 00 00 00 00", null, "1 rue de la Paix, Poitiers");
        var post = Post.Create(PostId.From(Guid.Parse("0b7e5d1c-3a4f-4e2b-8c9d-1a2b3c4d5e6f")), ServiceProfileKind.FrenchPoliceSocialWorker, ForceKind.FrenchPoliceStation);
        var situation = Case.Open(
            CaseId.From(Guid.Parse("3d2c1b0a-9f8e-4d7c-b6a5-948372615fed")),
            post,
            new Referral(ReferralChannel.SelfReferralFromDayLog, new LocalDate(2026, 3, 2), new Referrer(ReferrerKind.WorkerFromPoliceRecords)),
            [new Participant(claire.Id, PartyRole.Victim, AgeGroup.Adult, 35, Sex.Female, [])],
            [SituationKind.Precarity]);
        var consent = new Consent(
            ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.SignedAuthorisation, now.Minus(Duration.FromDays(1)),
            [RecipientKind.PartnerSocialService], [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary], null);
        var engine = new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.LawOnly);
        var decision = engine.Decide(new DisclosureRequest(
            DiscloserKind.SocialWorker, RecipientKind.PartnerSocialService, DisclosurePurpose.Orientation,
            [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary], [], new DisclosureSubject(AgeGroup.Adult), [consent], now.InZone(paris)));

        // 3. The sheet holds only what the decision allows; the person validates it before it is sent (R21, R34).
        var built = LiaisonSheetBuilder.Build(
            Guid.Parse("a1b2c3d4-e5f6-4a5b-9c8d-7e6f5a4b3c2d"), situation, claire, new SenderContact("Intervenante sociale", "Commissariat de Poitiers", "05 00 00 00 00", "intervenante@example.org"),
            PartnerKind.DepartmentalSocialServices, [OrientationReason.Housing, OrientationReason.FinancialDifficulty], "Loyers impayés depuis janvier", decision, [consent], now, CultureInfo.GetCultureInfo("fr-FR"));
        var sheet = built.Sheet ?? throw new InvalidOperationException(built.RefusalCode);
        sheet.ValidateWithPerson(now.Plus(Duration.FromMinutes(10)));
        sheet.MarkSent(now.Plus(Duration.FromMinutes(15)), [consent]);
        var json = DocumentReader.Write(LiaisonSheetJson.FromSheet(sheet));
        output.WriteLine();
        output.WriteLine(json);

        // 4. The partner reads it back: valid. The same sheet claiming "sent" without the person's validation is refused, in French.
        var check = DocumentReader.Read(DocumentType.LiaisonSheet, json, CultureInfo.GetCultureInfo("fr-FR"));
        output.WriteLine($"valid: {check.IsValid}");
        var unvalidated = DocumentReader.Write(LiaisonSheetJson.FromSheet(sheet) with { ValidatedWithPersonAt = null });
        foreach (var problem in DocumentReader.Read(DocumentType.LiaisonSheet, unvalidated, CultureInfo.GetCultureInfo("fr-FR")).Problems)
        {
            output.WriteLine($"refused: {problem.Path} [{problem.Code}] {problem.Message}");
        }

        return check.IsValid ? 0 : 1;
    }
}
