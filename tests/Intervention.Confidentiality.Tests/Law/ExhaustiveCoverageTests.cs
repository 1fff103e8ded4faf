using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Domain.People;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Law;

/// <summary>
/// Every combination, per pack, of discloser bound by its secrecy, recipient, purpose, facts of the pack (none, each one, each pair), subject
/// (adult, minor), consent (none, one naming the recipient) and date (each amendment and the day before, within the pack's
/// coverage) gets a decision: no conflict and no other exception, and only bases in force on the date.
/// </summary>
public sealed class ExhaustiveCoverageTests
{
    public static TheoryData<Jurisdiction> Packs => new(Enum.GetValues<Jurisdiction>());

    [Theory]
    [MemberData(nameof(Packs))]
    public void Every_combination_of_the_vocabulary_gets_a_decision_without_conflict(Jurisdiction jurisdiction)
    {
        var pack = ConfidentialityOptions.BuiltInPack(jurisdiction)!;
        var engine = new DisclosureEngine(pack, ServicePolicy.LawOnly);
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var dates = pack.AmendmentDates.SelectMany(d => new[] { d.PlusDays(-1), d }).Append(pack.CoverageStart).Where(d => d >= pack.CoverageStart).Distinct().Order().ToArray();
        var facts = pack.Facts.ToArray();
        var factSets = new List<FactKind[]> { Array.Empty<FactKind>() };
        factSets.AddRange(facts.Select(f => new[] { f }));
        factSets.AddRange(facts.SelectMany((f, i) => facts.Skip(i + 1).Select(g => new[] { f, g })));
        var data = Enum.GetValues<DataCategory>();
        var failures = new List<string>();
        var decisions = 0;
        foreach (var date in dates)
        {
            var act = date.At(new LocalTime(10, 0)).InZoneLeniently(zone);
            foreach (var discloser in pack.Disclosers.Where(pack.BoundBySecrecy))
            {
                foreach (var recipient in pack.Recipients)
                {
                    Consent[][] consents = [[], [new Consent(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.SignedAuthorisation, act.ToInstant().Minus(Duration.FromHours(1)), [recipient], data)]];
                    foreach (var purpose in pack.Purposes)
                    {
                        foreach (var subject in new[] { new DisclosureSubject(AgeGroup.Adult), new DisclosureSubject(AgeGroup.Minor) })
                        {
                            foreach (var given in consents)
                            {
                                foreach (var set in factSets)
                                {
                                    decisions++;
                                    try
                                    {
                                        var decision = engine.Decide(new DisclosureRequest(discloser, recipient, purpose, data, set, subject, given, act));
                                        if (!decision.LegalBases.All(b => b.Reference.IsInForceOn(date)))
                                        {
                                            failures.Add($"{date:yyyy-MM-dd} {discloser} → {recipient} ({purpose}) [{string.Join(", ", set)}]: a basis not in force");
                                        }
                                    }
                                    catch (Exception e) when (e is DisclosureConflictException or UncoveredDisclosureException or InvalidOperationException or ArgumentException)
                                    {
                                        failures.Add($"{date:yyyy-MM-dd} {discloser} → {recipient} ({purpose}) [{string.Join(", ", set)}] {subject.AgeGroup}, {given.Length} consent: {e.GetType().Name}: {e.Message}");
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {decisions} combinations failed; the first: {string.Join(Environment.NewLine, failures.Take(10))}");
    }
}
