using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using NodaTime;

namespace Intervention.Confidentiality.Law;

/// <summary>The rank of a rule: when several apply, the highest rank decides; equal ranks must agree.</summary>
/// <remarks>The default is secrecy; exceptions permit or require; a service's role rules refuse some recipients whatever the law permits (R11, R42, R22) but never override a legal duty.</remarks>
public enum RuleRank
{
    /// <summary>The default: secrecy (Code pénal 226-13).</summary>
    Default = 0,

    /// <summary>The person's consent lifts secrecy for what it covers.</summary>
    Consent = 10,

    /// <summary>A role rule of the service that guides rather than permits (R37: accompany the person to report).</summary>
    RoleGuidance = 20,

    /// <summary>A legal permission or authorised sharing between professionals.</summary>
    LegalPermission = 30,

    /// <summary>A role rule of the service that refuses a recipient (R11 investigators, R42 hierarchy, R22 protocol file).</summary>
    RoleProhibition = 40,

    /// <summary>A legal duty to act or to report.</summary>
    LegalDuty = 50,
}

/// <summary>What a rule concludes when it applies.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="ConsentRequired">Whether the disclosure rests on consent.</param>
/// <param name="NecessaryData">The data strictly necessary for this basis.</param>
/// <param name="Notices">Who must be informed, or what must be done beside.</param>
/// <param name="Immunities">The liabilities the discloser is protected from when acting in good faith.</param>
/// <param name="Explanation">Why the rule applies, in a sentence for the trace, in French and English.</param>
public sealed record RuleConclusion(
    DisclosureOutcome Outcome,
    bool ConsentRequired,
    IReadOnlyList<DataCategory> NecessaryData,
    IReadOnlyList<Notice> Notices,
    IReadOnlyList<Liability> Immunities,
    LocalizedText Explanation)
{
    /// <summary>Gets <see cref="NecessaryData"/> as a mask.</summary>
    internal int NecessaryMask { get; } = EnumSet<DataCategory>.Mask(NecessaryData ?? throw new ArgumentNullException(nameof(NecessaryData)));

    /// <summary>Gets <see cref="Notices"/> as a mask.</summary>
    internal int NoticeMask { get; } = EnumSet<Notice>.Mask(Notices ?? throw new ArgumentNullException(nameof(Notices)));

    /// <summary>Gets <see cref="Immunities"/> as a mask.</summary>
    internal int ImmunityMask { get; } = EnumSet<Liability>.Mask(Immunities ?? throw new ArgumentNullException(nameof(Immunities)));

    /// <inheritdoc />
    public bool Equals(RuleConclusion? other) =>
        other is not null && Outcome == other.Outcome && ConsentRequired == other.ConsentRequired && Explanation == other.Explanation
        && NecessaryData.SequenceEqual(other.NecessaryData) && Notices.SequenceEqual(other.Notices) && Immunities.SequenceEqual(other.Immunities);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Outcome, ConsentRequired, Explanation);
}

/// <summary>A liability the law protects a good-faith reporter from (Code pénal 226-14, last paragraph).</summary>
public enum Liability
{
    /// <summary>Disciplinary sanction (since 2004).</summary>
    Disciplinary = 1,

    /// <summary>Civil liability (since Loi 2015-1402, 2015-11-06).</summary>
    Civil = 2,

    /// <summary>Criminal liability (since Loi 2015-1402, 2015-11-06).</summary>
    Criminal = 3,
}

/// <summary>The answer of a rule to a request: it applies with a conclusion, or it does not, and why.</summary>
public readonly record struct RuleMatch
{
    private RuleMatch(RuleConclusion? conclusion, LocalizedText explanation)
    {
        Conclusion = conclusion;
        Explanation = explanation;
    }

    /// <summary>Gets the conclusion when the rule applies.</summary>
    public RuleConclusion? Conclusion { get; }

    /// <summary>Gets why the rule applies or not, in French and English.</summary>
    public LocalizedText Explanation { get; }

    /// <summary>Gets whether the rule applies.</summary>
    public bool Applies => Conclusion is not null;

    /// <summary>The rule applies.</summary>
    /// <param name="conclusion">What it concludes.</param>
    /// <returns>The match.</returns>
    public static RuleMatch Apply(RuleConclusion conclusion) => new(conclusion ?? throw new ArgumentNullException(nameof(conclusion)), conclusion.Explanation);

    /// <summary>The rule does not apply.</summary>
    /// <param name="why">Why, for the trace, in French and English.</param>
    /// <returns>The match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="why"/> is null.</exception>
    public static RuleMatch NotApplicable(LocalizedText why) => new(null, why ?? throw new ArgumentNullException(nameof(why)));

    /// <summary>The rule does not apply.</summary>
    /// <param name="french">Why, for the trace, in French.</param>
    /// <param name="english">Why, in English.</param>
    /// <returns>The match.</returns>
    /// <exception cref="ArgumentException">A sentence is blank.</exception>
    public static RuleMatch NotApplicable(string french, string english) => new(null, new LocalizedText(french, english));
}

/// <summary>
/// One rule of a rule pack: an id (<c>FR-CP-226-14-1</c>, <c>R11</c>), a rank, the versions of the provision it encodes with
/// their dates of effect, the rules it overrides (lex specialis), and its condition.
/// </summary>
public sealed class DisclosureRule
{
    private readonly Func<DisclosureRequest, LegalReference, RuleMatch> _evaluate;
    private readonly LegalBasis[] _bases;
    private readonly IReadOnlyList<LegalBasis>[] _singleBases;

    /// <summary>Creates a rule.</summary>
    /// <param name="id">The stable id, for example <c>FR-CP-226-14-1</c> or a domain rule <c>R11</c>.</param>
    /// <param name="rank">The rank.</param>
    /// <param name="versions">The versions of the provision, without overlap; the rule is in force on a date when one of them is.</param>
    /// <param name="evaluate">The condition, given the request and the version in force.</param>
    /// <param name="overrides">The ids of rules this one sets aside when both apply (for example 226-14 3° over 2° for couple violence).</param>
    /// <param name="earlierWordingsUnchecked">Whether the provision existed before its first version here, in wordings nobody checked
    /// (226-14 existed in 1994, its wordings before Loi 2004-1 were not read): the pack then cannot answer before that version, and
    /// says this rule is why. <see langword="false"/> when the first version is the provision's beginning (L.226-2-1 was created in
    /// 2007: before, it is simply not in force).</param>
    /// <param name="summary">The rule in a sentence, its conditions and the conclusion they lead to, in French and English: the row a
    /// lawyer reviews in the generated legal reference.</param>
    /// <exception cref="ArgumentException">The id is blank, there is no version, or two versions overlap.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DisclosureRule(
        string id,
        RuleRank rank,
        IReadOnlyList<LegalReference> versions,
        Func<DisclosureRequest, LegalReference, RuleMatch> evaluate,
        IReadOnlyList<string>? overrides = null,
        bool earlierWordingsUnchecked = false,
        LocalizedText? summary = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(evaluate);
        if (versions.Count == 0)
        {
            throw new ArgumentException("A rule has at least one version.", nameof(versions));
        }

        var ordered = versions.OrderBy(v => v.InForceFrom).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i - 1].InForceUntil is not { } until || until > ordered[i].InForceFrom)
            {
                throw new ArgumentException($"The versions of {id} overlap.", nameof(versions));
            }
        }

        Id = id;
        Rank = Check.Defined(rank);
        Versions = ordered;
        Overrides = overrides ?? [];
        KnownFrom = earlierWordingsUnchecked ? ordered[0].InForceFrom : null;
        Summary = summary;
        _evaluate = evaluate;
        _bases = ordered.Select(v => new LegalBasis(id, v)).ToArray();
        _singleBases = _bases.Select(b => (IReadOnlyList<LegalBasis>)Array.AsReadOnly(new[] { b })).ToArray();
    }

    /// <summary>Gets the rule's id.</summary>
    public string Id { get; }

    /// <summary>Gets the rank.</summary>
    public RuleRank Rank { get; }

    /// <summary>Gets the versions, oldest first.</summary>
    public IReadOnlyList<LegalReference> Versions { get; }

    /// <summary>Gets the ids of the rules this one overrides.</summary>
    public IReadOnlyList<string> Overrides { get; }

    /// <summary>Gets the rule in a sentence (its conditions and the conclusion they lead to), when its author wrote one: every rule of
    /// the built-in packs has one, and the generated legal reference shows it.</summary>
    public LocalizedText? Summary { get; }

    /// <summary>Gets the first day the rule's wording is known, when the provision existed before in wordings not checked; before it
    /// the pack cannot answer (<see cref="RulePack.CoverageStart"/> is the latest of these days). <see langword="null"/> when the first
    /// version is the provision's beginning.</summary>
    public LocalDate? KnownFrom { get; }

    /// <summary>Returns the version in force on a date, if any.</summary>
    /// <param name="date">The date of the act.</param>
    /// <returns>The version, or <see langword="null"/> when the rule is not in force.</returns>
    public LegalReference? VersionOn(LocalDate date)
    {
        foreach (var version in Versions)
        {
            if (version.IsInForceOn(date))
            {
                return version;
            }
        }

        return null;
    }

    internal RuleMatch Evaluate(DisclosureRequest request, LegalReference version) => _evaluate(request, version);

    /// <summary>Returns the index of the version in force on a date, or -1.</summary>
    internal int VersionIndexOn(LocalDate date)
    {
        var versions = Versions;
        for (var i = 0; i < versions.Count; i++)
        {
            if (versions[i].IsInForceOn(date))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The basis for a version, shared between decisions.</summary>
    internal LegalBasis Basis(int versionIndex) => _bases[versionIndex];

    /// <summary>A one-element list of the basis for a version, shared between decisions.</summary>
    internal IReadOnlyList<LegalBasis> SingleBasis(int versionIndex) => _singleBases[versionIndex];
}
