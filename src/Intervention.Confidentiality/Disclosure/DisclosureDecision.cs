using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Linq;
using Intervention.Confidentiality.Law;
using NodaTime;

namespace Intervention.Confidentiality.Disclosure;

/// <summary>What happened to a rule while deciding.</summary>
public enum TraceStatus
{
    /// <summary>No version of the rule was in force on the date of the act.</summary>
    NotInForce = 1,

    /// <summary>In force, but its conditions were not met.</summary>
    NotApplicable = 2,

    /// <summary>It applied and decided.</summary>
    Fired = 3,

    /// <summary>It applied but a more specific rule set it aside.</summary>
    Overridden = 4,

    /// <summary>It applied but a rule of higher rank decided, or one of equal rank that permits the same without the consent it
    /// needs.</summary>
    Outranked = 5,

    /// <summary>The service policy changed the outcome or the data.</summary>
    PolicyApplied = 6,
}

/// <summary>Why a decision refuses, told apart without looking rule ids up.</summary>
public enum RefusalReason
{
    /// <summary>Secrecy holds: no exception applies and no consent covers the disclosure (see <see cref="DisclosureDecision.ConsentGap"/> for why).</summary>
    Secrecy = 1,

    /// <summary>A role rule of the service refuses whatever the law permits: the worker is not an investigator (R11), the staff
    /// hierarchy sees nothing without agreement (R42), the protocol file belongs to the woman (R22), a child at risk goes to the CRIP
    /// rather than on a liaison sheet (R21), or the person is accompanied to report themself (R37).</summary>
    RoleRule = 2,
}

/// <summary>One line of a decision's explanation.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Status">What happened to it.</param>
/// <param name="Text">Why, in a sentence, in French and English.</param>
/// <param name="Reference">The version in force, when there was one.</param>
public sealed record TraceEntry(string RuleId, TraceStatus Status, LocalizedText Text, LegalReference? Reference)
{
    /// <summary>Gets why, in English (<see cref="Text"/> has both languages).</summary>
    public string Explanation => Text.English;

    /// <summary>Gets whether the text behind this line must still be checked against the official source (read from a secondary copy: "to confirm").</summary>
    public bool ToConfirm => Reference?.ToConfirm == true;

    /// <summary>The line in a reader's language: the rule, what happened to it, whether its text is to confirm, and why.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The line.</returns>
    public string ToString(CultureInfo culture) =>
        $"{RuleId} [{ExplanationLabels.Status(Status).In(culture)}]{(ToConfirm ? " " + ExplanationLabels.ToConfirm.In(culture) : "")}: {Text.In(culture)}";

    /// <inheritdoc />
    public override string ToString() => ToString(CultureInfo.InvariantCulture);
}

/// <summary>A legal (or framework) basis a decision rests on.</summary>
/// <param name="RuleId">The rule, for example <c>FR-CP-226-14-1</c>.</param>
/// <param name="Reference">The version in force on the date of the act.</param>
public sealed record LegalBasis(string RuleId, LegalReference Reference);

/// <summary>
/// The answer to a <see cref="DisclosureRequest"/>: the outcome, its bases (code, article, paragraph, version in force), the
/// recipient, whether consent is needed, who must be informed, the data allowed (and those withheld), the judicial route, the
/// immunities, and the trace of every rule considered.
/// </summary>
/// <remarks>Immutable. The trace is kept compact while deciding and turned into <see cref="TraceEntry"/> records the first time it is read.</remarks>
public sealed class DisclosureDecision
{
    private readonly DisclosureEngine _engine;
    private readonly int _allowedMask;
    private IReadOnlyList<TraceEntry>? _trace;

    internal DisclosureDecision(
        DisclosureEngine engine,
        DisclosureRequest request,
        DisclosureOutcome outcome,
        IReadOnlyList<LegalBasis> bases,
        bool consentRequired,
        int noticeMask,
        int allowedMask,
        JudicialRoute? route,
        int immunityMask,
        LegalBasis? immunityBasis,
        RefusalReason? refusal,
        IReadOnlyList<TraceEntry>? trace)
    {
        Refusal = refusal;
        ImmunityBasis = immunityBasis;
        _engine = engine;
        Request = request;
        Outcome = outcome;
        LegalBases = bases;
        ConsentRequired = consentRequired;
        Notices = EnumSet<Notice>.List(noticeMask);
        _allowedMask = allowedMask;
        AllowedData = EnumSet<DataCategory>.List(allowedMask);
        WithheldData = EnumSet<DataCategory>.List(request.DataMask & ~allowedMask);
        Route = route;
        Immunities = EnumSet<Liability>.List(immunityMask);
        _trace = trace;
    }

    /// <summary>Gets the engine that decided (its pack and policy, for the audit).</summary>
    internal DisclosureEngine Engine => _engine;

    /// <summary>Gets the request decided.</summary>
    public DisclosureRequest Request { get; }

    /// <summary>Gets the outcome.</summary>
    public DisclosureOutcome Outcome { get; }

    /// <summary>Gets the bases of the outcome: the rules that fired, each with the version in force.</summary>
    public IReadOnlyList<LegalBasis> LegalBases { get; }

    /// <summary>Gets the recipient.</summary>
    public RecipientKind Recipient => Request.Recipient;

    /// <summary>Gets whether the disclosure rests on the person's consent.</summary>
    public bool ConsentRequired { get; }

    /// <summary>Gets the consent the outcome rests on, when <see cref="ConsentRequired"/>: the one in effect at the act that covers the
    /// recipient and the purpose (see <see cref="DisclosureRequest.CoveringConsent"/>); <see langword="null"/> when the outcome rests on the law.</summary>
    /// <remarks>A document built from this decision may leave only while this consent is still in effect (not withdrawn, not expired).</remarks>
    public Consents.Consent? ReliedOnConsent => ConsentRequired ? Request.CoveringConsent(Law.ConsentRules.PurposeFor(Request.Purpose)) : null;

    /// <summary>Gets why no consent given with the request covers this recipient and purpose at the act (withdrawn, expired,
    /// recipient not named…), or <see langword="null"/> when one does: what to tell the worker when the outcome rests on consent
    /// that is missing.</summary>
    public Consents.ConsentGap? ConsentGap => Request.ConsentGap(Law.ConsentRules.PurposeFor(Request.Purpose));

    /// <summary>Gets who must be informed, or what must be done beside.</summary>
    public IReadOnlyList<Notice> Notices { get; }

    /// <summary>Gets the data categories allowed: those asked for that the basis makes strictly necessary.</summary>
    public IReadOnlyList<DataCategory> AllowedData { get; }

    /// <summary>Gets the data categories asked for that may not be disclosed.</summary>
    public IReadOnlyList<DataCategory> WithheldData { get; }

    /// <summary>Gets the route to the judicial authority, for a report (R12).</summary>
    public JudicialRoute? Route { get; }

    /// <summary>Gets the liabilities a good-faith reporter is protected from (226-14, last paragraph).</summary>
    public IReadOnlyList<Liability> Immunities { get; }

    /// <summary>Gets the provision granting the <see cref="Immunities"/>, in its version on the date of the act (for France <c>FR-CP-226-14-immunity</c>).</summary>
    public LegalBasis? ImmunityBasis { get; }

    /// <summary>Gets the explanation: every rule considered and what happened to it, in pack order, then the policy, data limits and route.</summary>
    /// <remarks>Rules are pure functions of the request, so the trace is worked out again, identically, the first time it is read.</remarks>
    public IReadOnlyList<TraceEntry> Trace => _trace ??= _engine.Explain(Request);

    /// <summary>Gets why the decision refuses, when it does: plain secrecy, or a role rule of the service.</summary>
    public RefusalReason? Refusal { get; }

    /// <summary>The decision explained to a reader: the outcome, its bases, why a refusal refuses, then every line of the trace.</summary>
    /// <param name="culture">The reader's culture: French for <c>fr</c> and its descendants, English otherwise.</param>
    /// <returns>The explanation, one line per item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Explain(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var text = new StringBuilder();
        text.Append(ExplanationLabels.Outcome(Outcome).In(culture)).Append('\n');
        text.Append(ExplanationLabels.Bases.In(culture)).Append(": ").Append(string.Join("; ", LegalBases.Select(b => $"{b.RuleId} ({b.Reference})"))).Append('\n');
        if (Refusal is { } refusal)
        {
            text.Append(ExplanationLabels.Refusal(refusal).In(culture)).Append('\n');
        }

        if (Outcome == DisclosureOutcome.MustNotDisclose && ConsentGap is { } gap)
        {
            text.Append(ExplanationLabels.Gap(gap).In(culture)).Append('\n');
        }

        foreach (var line in Trace)
        {
            text.Append("- ").Append(line.ToString(culture)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Gets the date of the act, which chose the law's versions.</summary>
    public LocalDate DateOfAct => Request.DateOfAct;

    /// <summary>Gets whether any personal information may leave (the outcome is not <see cref="DisclosureOutcome.MustNotDisclose"/>).</summary>
    public bool AllowsDisclosure => Outcome != DisclosureOutcome.MustNotDisclose;

    /// <summary>Whether a data category may be disclosed.</summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool Allows(DataCategory category) => (_allowedMask & EnumSet<DataCategory>.Bit(category)) != 0;
}
