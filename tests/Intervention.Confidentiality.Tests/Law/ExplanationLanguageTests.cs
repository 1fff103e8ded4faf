using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain.People;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Law;

/// <summary>A French social worker reads the decision in French: every sentence of every built-in pack's trace, the outcome, the
/// refusal reason and the consent gap exist in both languages, chosen by the reader's culture like the other packages' labels.</summary>
public sealed class ExplanationLanguageTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo Canadian = CultureInfo.GetCultureInfo("fr-CA");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    public static TheoryData<Jurisdiction> Packs => new(Enum.GetValues<Jurisdiction>());

    [Theory]
    [MemberData(nameof(Packs))]
    public void Every_line_of_every_trace_of_a_built_in_pack_has_its_own_french_sentence(Jurisdiction jurisdiction)
    {
        var pack = ConfidentialityOptions.BuiltInPack(jurisdiction)!;
        var engines = new[] { new DisclosureEngine(pack, ServicePolicy.LawOnly), new DisclosureEngine(pack, ServicePolicy.FrenchReferenceFramework2006) };
        var untranslated = new SortedSet<string>(StringComparer.Ordinal);
        var lines = 0;
        foreach (var request in Requests(pack))
        {
            foreach (var engine in engines)
            {
                foreach (var line in engine.Decide(request).Trace)
                {
                    lines++;
                    if (line.Text.French == line.Text.English)
                    {
                        untranslated.Add($"{line.RuleId}: {line.Text.English}");
                    }
                }
            }
        }

        Assert.True(lines > 1000, $"only {lines} trace lines were read");
        Assert.True(untranslated.Count == 0, "Sentences with no French of their own:\n" + string.Join("\n", untranslated));
    }

    [Fact]
    public void Explain_reads_french_for_french_cultures_and_english_otherwise()
    {
        var decision = new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.LawOnly).Decide(new DisclosureRequest(
            DiscloserKind.SocialWorker, RecipientKind.Investigators, DisclosurePurpose.Investigation, [DataCategory.Identity], [], new DisclosureSubject(AgeGroup.Adult), [],
            new LocalDate(2026, 3, 2).At(new LocalTime(10, 0)).InZoneLeniently(Paris)));

        var french = decision.Explain(French);
        var english = decision.Explain(English);

        Assert.Equal(french, decision.Explain(Canadian));
        Assert.StartsWith("Ne pas divulguer", french, StringComparison.Ordinal);
        Assert.Contains("Motif du refus : une règle du rôle du service", french, StringComparison.Ordinal);
        Assert.Contains("R11 [appliquée]: L'intervenant social ne participe jamais aux investigations", french, StringComparison.Ordinal);
        Assert.Contains("Consentement: Aucun consentement n'a été donné avec la demande.", french, StringComparison.Ordinal);
        Assert.StartsWith("Must not disclose", english, StringComparison.Ordinal);
        Assert.Contains("R11 [fired]: The worker never takes part", english, StringComparison.Ordinal);
        Assert.Contains("Why refused: a role rule of the service", english, StringComparison.Ordinal);
        Assert.Equal(decision.Trace.Count, french.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Throws<ArgumentNullException>(() => decision.Explain(null!));
    }

    [Fact]
    public void A_to_confirm_line_says_so_in_the_reader_s_language()
    {
        var decision = new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.LawOnly).Decide(new DisclosureRequest(
            DiscloserKind.StaffServiceMember, RecipientKind.StaffHierarchy, DisclosurePurpose.HierarchyInformation, [DataCategory.Identity], [], new DisclosureSubject(AgeGroup.Adult), [],
            new LocalDate(2026, 3, 2).At(new LocalTime(10, 0)).InZoneLeniently(Paris)));
        var line = decision.Trace.Single(t => t.RuleId == "R42");

        Assert.Equal("R42 [appliquée] [à confirmer]: Sans l'accord du collaborateur, la hiérarchie ne voit ni identité ni détail.", line.ToString(French));
        Assert.Equal("R42 [fired] [to confirm]: Without the employee's agreement the hierarchy sees neither identity nor details.", line.ToString(English));
        Assert.Equal(RefusalReason.RoleRule, decision.Refusal);
    }

    [Fact]
    public void A_text_refuses_blank_sentences_and_a_null_culture()
    {
        Assert.Throws<ArgumentException>(() => new LocalizedText(" ", "x"));
        Assert.Throws<ArgumentException>(() => new LocalizedText("x", ""));
        Assert.Throws<ArgumentNullException>(() => new LocalizedText("fr", "en").In(null!));
        Assert.Equal("fr", new LocalizedText("fr", "en").In(CultureInfo.GetCultureInfo("fr-CH")));
        Assert.Equal("en", new LocalizedText("fr", "en").In(CultureInfo.InvariantCulture));
    }

    // Each bound discloser to each recipient, for each purpose, with no fact, each fact, no consent and a consent naming the recipient,
    // on the coverage start and today: every rule answers with each of its branches somewhere among these.
    private static IEnumerable<DisclosureRequest> Requests(RulePack pack)
    {
        var data = Enum.GetValues<DataCategory>();
        foreach (var date in new[] { pack.CoverageStart, new LocalDate(2026, 3, 2) })
        {
            var act = date.At(new LocalTime(10, 0)).InZoneLeniently(Paris);
            foreach (var discloser in pack.Disclosers.Where(pack.BoundBySecrecy))
            {
                foreach (var recipient in pack.Recipients)
                {
                    Consent[][] consents = [[], [new Consent(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.Written, act.ToInstant().Minus(Duration.FromHours(1)), [recipient], data)]];
                    foreach (var purpose in pack.Purposes)
                    {
                        foreach (var facts in pack.Facts.Select(f => new[] { f }).Prepend([]))
                        {
                            foreach (var given in consents)
                            {
                                yield return new DisclosureRequest(discloser, recipient, purpose, data, facts, new DisclosureSubject(AgeGroup.Minor), given, act);
                            }
                        }
                    }
                }
            }
        }
    }
}
