using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Law;

/// <summary>A limit on the data a recipient may receive whatever the basis (for example R10: the employing authority gets only what facilitates the action).</summary>
/// <param name="RuleId">The rule that limits.</param>
/// <param name="Reference">Its source.</param>
/// <param name="Limit">Given the request, the categories still allowed, or <see langword="null"/> when the limit does not apply.</param>
/// <param name="Summary">The limit in a sentence, in French and English, for the legal reference.</param>
/// <remarks>A limit applies to acts on the days its <see cref="Reference"/> is in force.</remarks>
public sealed record DataLimit(string RuleId, LegalReference Reference, Func<DisclosureRequest, IReadOnlyList<DataCategory>?> Limit, LocalizedText? Summary = null);

/// <summary>
/// The rules of one jurisdiction: the default, its exceptions with their dates of effect, the service's role rules from the
/// seeds, the data limits, and how reports are routed. One decision type serves every pack.
/// </summary>
public sealed class RulePack
{
    /// <summary>Creates a pack.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="name">A name for traces and documentation.</param>
    /// <param name="rules">The rules, in the order the trace lists them.</param>
    /// <param name="dataLimits">The data limits.</param>
    /// <param name="boundBySecrecy">Which disclosers the pack's default binds; others are not covered.</param>
    /// <param name="route">The judicial route of a report, when one applies (R12), with the rule id that says so.</param>
    /// <param name="immunityBasis">The provision that grants a good-faith reporter immunity, in its version on a date (for France, 226-14's last paragraph), if the pack has one.</param>
    /// <param name="facts">The facts the pack's rules read, in the pack's own terms: a request naming another is refused
    /// (<see cref="OutsideVocabularyException"/>) rather than decided as if the fact were absent; <see langword="null"/> for every fact.</param>
    /// <param name="disclosers">The disclosers the pack understands; <see langword="null"/> for every one.</param>
    /// <param name="recipients">The recipients the pack understands (its jurisdiction's institutions and partners); a request naming
    /// another, such as Québec's director of youth protection in a French request, is refused; <see langword="null"/> for every one.</param>
    /// <param name="purposes">The purposes the pack understands; <see langword="null"/> for every one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two rules share an id, an override names an unknown rule, or there is no default rule.</exception>
    public RulePack(
        Jurisdiction jurisdiction,
        string name,
        IReadOnlyList<DisclosureRule> rules,
        IReadOnlyList<DataLimit> dataLimits,
        Func<DiscloserKind, bool> boundBySecrecy,
        Func<DisclosureRequest, (JudicialRoute Route, string RuleId)?> route,
        Func<LocalDate, LegalBasis?>? immunityBasis = null,
        IReadOnlyList<FactKind>? facts = null,
        IReadOnlyList<DiscloserKind>? disclosers = null,
        IReadOnlyList<RecipientKind>? recipients = null,
        IReadOnlyList<DisclosurePurpose>? purposes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(dataLimits);
        ArgumentNullException.ThrowIfNull(boundBySecrecy);
        ArgumentNullException.ThrowIfNull(route);
        var ids = rules.Select(r => r.Id).ToArray();
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Length)
        {
            throw new ArgumentException("Rule ids are unique within a pack.", nameof(rules));
        }

        if (rules.SelectMany(r => r.Overrides).FirstOrDefault(o => !ids.Contains(o, StringComparer.Ordinal)) is { } unknown)
        {
            throw new ArgumentException($"An override names an unknown rule: {unknown}.", nameof(rules));
        }

        if (!rules.Any(r => r.Rank == RuleRank.Default))
        {
            throw new ArgumentException("A pack has a default rule (secrecy).", nameof(rules));
        }

        Jurisdiction = jurisdiction;
        Name = name;
        var ordered = rules.ToArray();
        CoverageStart = ordered.Max(r => r.KnownFrom) ?? LocalDate.MinIsoValue;
        Rules = ordered;
        RuleArray = ordered;
        OverriddenBy = ordered.Select(r => Enumerable.Range(0, ordered.Length).Where(j => ordered[j].Overrides.Contains(r.Id, StringComparer.Ordinal)).ToArray()).ToArray();
        DataLimits = dataLimits.ToArray();
        BoundBySecrecy = boundBySecrecy;
        Route = route;
        ImmunityBasis = immunityBasis ?? (_ => null);
        Facts = Array.AsReadOnly((facts ?? Enum.GetValues<FactKind>()).Select(f => Check.Defined(f, nameof(facts))).Distinct().Order().ToArray());
        FactMask = EnumSet<FactKind>.Mask(Facts);
        Disclosers = Array.AsReadOnly((disclosers ?? Enum.GetValues<DiscloserKind>()).Select(d => Check.Defined(d, nameof(disclosers))).Distinct().Order().ToArray());
        Recipients = Array.AsReadOnly((recipients ?? Enum.GetValues<RecipientKind>()).Select(r => Check.Defined(r, nameof(recipients))).Distinct().Order().ToArray());
        Purposes = Array.AsReadOnly((purposes ?? Enum.GetValues<DisclosurePurpose>()).Select(p => Check.Defined(p, nameof(purposes))).Distinct().Order().ToArray());
        Vocabulary = Array.AsReadOnly(Terms().ToArray());
        Version = Fingerprint();
    }

    /// <summary>Gets the jurisdiction.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>Gets the pack's version: a fingerprint (16 hexadecimal digits of SHA-256) of its rules in order, their ranks, overrides and
    /// every version of their references (code, article, paragraph, version, dates), and its data limits. It changes whenever a rule or
    /// a version does, so an audit entry tells which law it was decided under.</summary>
    public string Version { get; }

    /// <summary>Gets the pack's name.</summary>
    public string Name { get; }

    /// <summary>Gets the facts the pack's rules read (its vocabulary of facts): a request naming another is refused.</summary>
    public IReadOnlyList<FactKind> Facts { get; }

    /// <summary>Gets the disclosers the pack understands: a request naming another is refused.</summary>
    public IReadOnlyList<DiscloserKind> Disclosers { get; }

    /// <summary>Gets the recipients the pack understands: a request naming another is refused.</summary>
    public IReadOnlyList<RecipientKind> Recipients { get; }

    /// <summary>Gets the purposes the pack understands: a request naming another is refused.</summary>
    public IReadOnlyList<DisclosurePurpose> Purposes { get; }

    /// <summary>Gets every term of the pack's vocabularies, disclosers, recipients, purposes then facts, each with its label and
    /// description in French and English: what a form lists.</summary>
    public IReadOnlyList<VocabularyTerm> Vocabulary { get; }

    /// <summary>Gets <see cref="Facts"/> as a mask.</summary>
    internal int FactMask { get; }

    /// <summary>Gets the first date the pack answers for: the latest <see cref="DisclosureRule.KnownFrom"/> of its rules, the earliest
    /// day on which every rule has a known version (or is known not to exist yet). Before it the engine refuses to guess and names the
    /// rules whose earlier wordings were not checked.</summary>
    public LocalDate CoverageStart { get; }

    /// <summary>Gets the rules, in trace order.</summary>
    public IReadOnlyList<DisclosureRule> Rules { get; }

    /// <summary>Gets the rules as an array, for the engine's loops.</summary>
    internal DisclosureRule[] RuleArray { get; }

    /// <summary>Gets, for each rule index, the indexes of the rules that override it.</summary>
    internal int[][] OverriddenBy { get; }

    /// <summary>Gets the data limits.</summary>
    public IReadOnlyList<DataLimit> DataLimits { get; }

    /// <summary>Gets which disclosers the pack's default binds.</summary>
    public Func<DiscloserKind, bool> BoundBySecrecy { get; }

    /// <summary>Gets the judicial route of a report.</summary>
    public Func<DisclosureRequest, (JudicialRoute Route, string RuleId)?> Route { get; }

    /// <summary>Gets the provision that grants a good-faith reporter immunity, in its version on a date.</summary>
    public Func<LocalDate, LegalBasis?> ImmunityBasis { get; }

    /// <summary>Gets every date on which some rule's version starts or ends: the amendment dates the temporal-coverage property checks on both sides.</summary>
    public IReadOnlyList<LocalDate> AmendmentDates =>
        Rules.SelectMany(r => r.Versions).SelectMany(v => v.InForceUntil is { } until ? new[] { v.InForceFrom, until } : [v.InForceFrom])
            .Where(d => d >= CoverageStart).Distinct().Order().ToArray();

    private IEnumerable<VocabularyTerm> Terms()
    {
        foreach (var d in Disclosers)
        {
            var (label, description) = VocabularyLabels.Of(d);
            yield return new(VocabularyKind.Discloser, d, label, description);
        }

        foreach (var r in Recipients)
        {
            var (label, description) = VocabularyLabels.Of(r);
            yield return new(VocabularyKind.Recipient, r, label, description);
        }

        foreach (var p in Purposes)
        {
            var (label, description) = VocabularyLabels.Of(p);
            yield return new(VocabularyKind.Purpose, p, label, description);
        }

        foreach (var f in Facts)
        {
            var (label, description) = VocabularyLabels.Of(f);
            yield return new(VocabularyKind.Fact, f, label, description);
        }
    }

    private string Fingerprint()
    {
        var text = new System.Text.StringBuilder();
        text.Append(Jurisdiction).Append('|').Append(Name).Append('|').Append(CoverageStart.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        foreach (var rule in Rules)
        {
            text.Append(rule.Id).Append('|').Append(rule.Rank).Append('|').Append(string.Join(",", rule.Overrides)).Append('\n');
            foreach (var v in rule.Versions)
            {
                text.Append("  ").Append(v.Code).Append('|').Append(v.Article).Append('|').Append(v.Paragraph).Append('|').Append(v.Version).Append('|')
                    .Append(v.InForceFrom.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('|')
                    .Append(v.InForceUntil?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        foreach (var limit in DataLimits)
        {
            text.Append("limit ").Append(limit.RuleId).Append('|').Append(limit.Reference.Version).Append('\n');
        }

        text.Append("facts ").Append(string.Join(",", Facts)).Append('\n');
        text.Append("disclosers ").Append(string.Join(",", Disclosers)).Append('\n');
        text.Append("recipients ").Append(string.Join(",", Recipients)).Append('\n');
        text.Append("purposes ").Append(string.Join(",", Purposes)).Append('\n');

        return System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
