using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Disclosure;

namespace Intervention.Confidentiality.Law;

/// <summary>
/// Decides disclosure requests with one rule pack and one service policy: default secrecy, exceptions by rank, lex specialis
/// overrides, typed errors for conflicts and gaps, data limited to what is strictly necessary, and a full trace.
/// </summary>
/// <remarks>
/// Steps: (1) refuse requests the pack does not cover; (2) keep the rules in force on the date of the act and ask each whether
/// it applies; (3) set aside the rules another applying rule overrides; (4) the highest rank decides. Rules of that rank must
/// agree on the outcome, or a <see cref="DisclosureConflictException"/> is raised. Rules that agree combine. When one of them
/// needs no consent, it suffices: those needing the person's consent for the same outcome are set aside (traced as outranked),
/// so the decision rests neither on a consent it does not need nor on data only that consent would open. Otherwise the data
/// the bases need, their notices and their immunities are merged (a union). (5) the service policy may make a permission mandatory
/// or read a debated duty as a permission; (6) the data allowed are those asked for that the bases need, cut by the pack's data
/// limits; non-identifying activity figures are outside secrecy and pass unless a role rule refuses everything.
/// Pure and thread-safe: the clock is never read. Deciding keeps its working state on the stack and records no trace; the trace
/// is produced by running the same steps again when a decision's <see cref="DisclosureDecision.Trace"/> is first read.
/// </remarks>
public sealed class DisclosureEngine
{
    // Sufficed: applies at the top rank with the person's consent, beside a rule of that rank that permits the same without it.
    private const byte NotInForce = 0, NotApplicable = 1, Applies = 2, Overridden = 3, Sufficed = 4;
    private static readonly int NonIdentifying = EnumSet<DataCategory>.Bit(DataCategory.NonIdentifyingActivity);
    private readonly RulePack _pack;
    private readonly ServicePolicy _policy;
    private readonly bool[] _mandatory;
    private readonly bool[] _permissive;

    /// <summary>Creates the engine.</summary>
    /// <param name="pack">The jurisdiction's rules.</param>
    /// <param name="policy">The service's policy.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DisclosureEngine(RulePack pack, ServicePolicy policy)
    {
        _pack = pack ?? throw new ArgumentNullException(nameof(pack));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _mandatory = Array.ConvertAll(pack.RuleArray, r => policy.MakesMandatory(r.Id));
        _permissive = Array.ConvertAll(pack.RuleArray, r => policy.ReadsAsPermission(r.Id));
    }

    /// <summary>Gets the rule pack.</summary>
    public RulePack Pack => _pack;

    /// <summary>Gets the service policy.</summary>
    public ServicePolicy Policy => _policy;

    /// <summary>Decides a request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The decision; its trace is produced when first read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="UncoveredDisclosureException">The pack does not cover the request (date, discloser).</exception>
    /// <exception cref="DisclosureConflictException">Rules of equal rank disagree on the outcome and none overrides the others.</exception>
    public DisclosureDecision Decide(DisclosureRequest request) => Run(request, null);

    /// <summary>Works out the trace of a request: every rule and what happened to it, then the policy, data limits and route.</summary>
    internal IReadOnlyList<TraceEntry> Explain(DisclosureRequest request)
    {
        var trace = new List<TraceEntry>(_pack.RuleArray.Length + 3);
        Run(request, trace);
        return trace.AsReadOnly();
    }

    private DisclosureDecision Run(DisclosureRequest request, List<TraceEntry>? trace)
    {
        ArgumentNullException.ThrowIfNull(request);
        var date = request.DateOfAct;
        if (date < _pack.CoverageStart)
        {
            throw Uncovered(request, date);
        }

        if (!_pack.BoundBySecrecy(request.Discloser))
        {
            throw new UncoveredDisclosureException(request, new(
                $"{request.Discloser} n'est tenu à aucun secret que le jeu de règles {_pack.Name} encode.",
                $"{request.Discloser} is bound by no secrecy that {_pack.Name} encodes."));
        }

        // The pack's vocabulary: a term it does not know is refused with the term named, never decided as if it were absent.
        if (!_pack.Disclosers.Contains(request.Discloser))
        {
            throw new OutsideVocabularyException(request, VocabularyKind.Discloser, request.Discloser, _pack.Name, [.. _pack.Disclosers.Cast<Enum>()]);
        }

        if (!_pack.Recipients.Contains(request.Recipient))
        {
            throw new OutsideVocabularyException(request, VocabularyKind.Recipient, request.Recipient, _pack.Name, [.. _pack.Recipients.Cast<Enum>()]);
        }

        if (!_pack.Purposes.Contains(request.Purpose))
        {
            throw new OutsideVocabularyException(request, VocabularyKind.Purpose, request.Purpose, _pack.Name, [.. _pack.Purposes.Cast<Enum>()]);
        }

        if ((request.FactMask & ~_pack.FactMask) != 0)
        {
            var unknown = request.Facts.First(f => (EnumSet<FactKind>.Bit(f) & _pack.FactMask) == 0);
            throw new OutsideVocabularyException(request, VocabularyKind.Fact, unknown, _pack.Name, [.. _pack.Facts.Cast<Enum>()]);
        }

        var rules = _pack.RuleArray;
        var n = rules.Length;
        Span<int> version = n <= 128 ? stackalloc int[n] : new int[n];
        Span<byte> state = n <= 128 ? stackalloc byte[n] : new byte[n];
        var matches = trace is null ? null : new RuleMatch[n];

        // (2) Rules in force, and whether each applies.
        for (var i = 0; i < n; i++)
        {
            var index = rules[i].VersionIndexOn(date);
            version[i] = index;
            if (index < 0)
            {
                state[i] = NotInForce;
                continue;
            }

            var match = rules[i].Evaluate(request, rules[i].Versions[index]);
            state[i] = match.Applies ? Applies : NotApplicable;
            if (matches is not null)
            {
                matches[i] = match;
            }
        }

        // (3) Lex specialis, then (4) the highest rank.
        var top = RuleRank.Default;
        var standing = 0;
        for (var i = 0; i < n; i++)
        {
            if (state[i] != Applies)
            {
                continue;
            }

            foreach (var overrider in _pack.OverriddenBy[i])
            {
                if (state[overrider] is Applies or Overridden)
                {
                    state[i] = Overridden;
                    break;
                }
            }

            if (state[i] == Applies && (standing++ == 0 || rules[i].Rank > top))
            {
                top = rules[i].Rank;
            }
        }

        if (standing == 0)
        {
            throw new UncoveredDisclosureException(request, new(
                $"Aucune règle du jeu {_pack.Name} ne s'applique, pas même la règle par défaut.",
                $"No rule of {_pack.Name} applies, not even the default."));
        }

        // Rules of the top rank that agree on the outcome combine. When one of them needs no consent, it suffices: those that need the
        // person's consent for the same outcome add nothing the law requires, and are set aside (so the decision does not rest on a
        // consent it does not need, nor on data only a consent would open). Rules are pure: asking again gives the same conclusion.
        var consentFree = -1;
        var anyConsent = false;
        for (var i = 0; i < n; i++)
        {
            if (state[i] == Applies && rules[i].Rank == top)
            {
                var conclusion = matches?[i].Conclusion ?? rules[i].Evaluate(request, rules[i].Versions[version[i]]).Conclusion!;
                consentFree = consentFree < 0 && !conclusion.ConsentRequired ? i : consentFree;
                anyConsent |= conclusion.ConsentRequired;
            }
        }

        if (consentFree >= 0 && anyConsent)
        {
            var agreed = (matches?[consentFree].Conclusion ?? rules[consentFree].Evaluate(request, rules[consentFree].Versions[version[consentFree]]).Conclusion!).Outcome;
            for (var i = 0; i < n; i++)
            {
                if (state[i] == Applies && rules[i].Rank == top)
                {
                    var conclusion = matches?[i].Conclusion ?? rules[i].Evaluate(request, rules[i].Versions[version[i]]).Conclusion!;
                    state[i] = conclusion.ConsentRequired && conclusion.Outcome == agreed ? Sufficed : Applies;
                }
            }
        }

        RuleConclusion? first = null;
        int firstIndex = -1, deciding = 0, necessary = 0, notices = 0, immunities = 0, mandatory = -1, permissive = -1;
        List<string>? conflicting = null;
        for (var i = 0; i < n; i++)
        {
            if (state[i] != Applies || rules[i].Rank != top)
            {
                continue;
            }

            // Rules are pure: asking again gives the same conclusion, and spares keeping every match.
            var conclusion = matches?[i].Conclusion ?? rules[i].Evaluate(request, rules[i].Versions[version[i]]).Conclusion!;
            if (first is null)
            {
                first = conclusion;
                firstIndex = i;
            }
            else if (conflicting is not null || conclusion.Outcome != first.Outcome || conclusion.ConsentRequired != first.ConsentRequired)
            {
                conflicting ??= [rules[firstIndex].Id];
                conflicting.Add(rules[i].Id);
            }

            deciding++;
            necessary |= conclusion.NecessaryMask;
            notices |= conclusion.NoticeMask;
            immunities |= conclusion.ImmunityMask;
            mandatory = mandatory < 0 && _mandatory[i] ? i : mandatory;
            permissive = permissive < 0 && _permissive[i] ? i : permissive;
        }

        if (conflicting is not null)
        {
            throw new DisclosureConflictException(request, conflicting);
        }

        if (trace is not null)
        {
            for (var i = 0; i < n; i++)
            {
                var reference = version[i] < 0 ? null : rules[i].Versions[version[i]];
                trace.Add(state[i] switch
                {
                    NotInForce => new TraceEntry(rules[i].Id, TraceStatus.NotInForce, new($"Aucune version en vigueur le {date:yyyy-MM-dd}.", $"No version in force on {date:yyyy-MM-dd}."), null),
                    NotApplicable => new TraceEntry(rules[i].Id, TraceStatus.NotApplicable, matches![i].Explanation, reference),
                    Overridden => new TraceEntry(rules[i].Id, TraceStatus.Overridden, Prefixed($"Écartée par la règle plus spéciale {OverriderOf(i, state)} : ", $"Set aside by the more specific {OverriderOf(i, state)}: ", matches![i].Explanation), reference),
                    Sufficed => new TraceEntry(rules[i].Id, TraceStatus.Outranked, Prefixed($"S'applique avec le consentement de la personne, mais {rules[consentFree].Id} permet la même chose sans lui : ", $"Applies with the person's consent, but {rules[consentFree].Id} permits the same without it: ", matches![i].Explanation), reference),
                    _ when rules[i].Rank != top => new TraceEntry(rules[i].Id, TraceStatus.Outranked, Prefixed($"S'applique, mais {rules[firstIndex].Id} ({top}) décide : ", $"Applies, but {rules[firstIndex].Id} ({top}) decides: ", matches![i].Explanation), reference),
                    _ => new TraceEntry(rules[i].Id, TraceStatus.Fired, matches![i].Explanation, reference),
                });
            }
        }

        var bases = BasesOf(rules, state, version, firstIndex, deciding, top);

        // (5) The service policy.
        var outcome = first!.Outcome;
        if (outcome == DisclosureOutcome.MayDiscloseByLaw && mandatory >= 0)
        {
            outcome = DisclosureOutcome.RequiredByServicePolicy;
            trace?.Add(new TraceEntry("policy", TraceStatus.PolicyApplied, new($"Le service rend obligatoire la permission de {rules[mandatory].Id} ; le fondement légal reste une permission.", $"The service makes the permission of {rules[mandatory].Id} mandatory; the legal basis remains a permission."), rules[mandatory].Versions[version[mandatory]]));
        }
        else if (outcome == DisclosureOutcome.MustActByLaw && permissive >= 0)
        {
            outcome = DisclosureOutcome.MayDiscloseByLaw;
            trace?.Add(new TraceEntry("policy", TraceStatus.PolicyApplied, new($"Le service lit {rules[permissive].Id} comme une permission, non comme une obligation.", $"The service reads {rules[permissive].Id} as a permission, not a duty."), rules[permissive].Versions[version[permissive]]));
        }

        // (6) The data.
        var allowed = outcome == DisclosureOutcome.MustNotDisclose ? 0 : necessary;
        if (top != RuleRank.RoleProhibition)
        {
            // Figures with no nominative data, direct or indirect, are outside secrecy (R06, R07).
            allowed |= NonIdentifying;
        }

        allowed &= request.DataMask;
        var limits = _pack.DataLimits;
        for (var l = 0; l < limits.Count; l++)
        {
            if (limits[l].Reference.IsInForceOn(date) && limits[l].Limit(request) is { } limited)
            {
                var kept = allowed & EnumSet<DataCategory>.Mask(limited);
                if (kept != allowed)
                {
                    var withheld = string.Join(", ", EnumSet<DataCategory>.List(allowed & ~kept));
                    trace?.Add(new TraceEntry(limits[l].RuleId, TraceStatus.Fired, new($"Données limitées : {withheld} retenues.", $"Data limited: {withheld} withheld."), limits[l].Reference));
                    allowed = kept;
                }
            }
        }

        var immunityBasis = immunities == 0 ? null : _pack.ImmunityBasis(date);
        if (immunityBasis is not null)
        {
            trace?.Add(new TraceEntry(immunityBasis.RuleId, TraceStatus.Fired, GoodFaith, immunityBasis.Reference));
        }

        JudicialRoute? route = null;
        if (outcome != DisclosureOutcome.MustNotDisclose && _pack.Route(request) is { } routed)
        {
            route = routed.Route;
            trace?.Add(new TraceEntry(routed.RuleId, TraceStatus.Fired, RouteText(routed.Route), null));
        }

        var refusal = outcome != DisclosureOutcome.MustNotDisclose ? (RefusalReason?)null
            : top is RuleRank.RoleProhibition or RuleRank.RoleGuidance ? RefusalReason.RoleRule : RefusalReason.Secrecy;
        return new DisclosureDecision(this, request, outcome, bases, first.ConsentRequired, notices, allowed, route, immunities, immunityBasis, refusal, trace?.AsReadOnly());
    }

    private static readonly LocalizedText GoodFaith = new(
        "Un signalement fait de bonne foi sur ce fondement n'engage aucune des responsabilités énumérées.",
        "A report made in good faith under this basis incurs no liability of the kinds listed.");

    // Every route is named, so a new one is a build error here; a pack's route function that returns an undefined value is refused.
#pragma warning disable CS8524
    private static LocalizedText RouteText(JudicialRoute route) => Check.Defined(route) switch
    {
        JudicialRoute.ThroughPoliceHierarchy => new("Le signalement passe par la hiérarchie de la police ou de la gendarmerie.", "The report goes through the police or gendarmerie hierarchy."),
        JudicialRoute.ThroughDepartment => new("Le signalement passe par les services du département (circuit de signalement).", "The report goes through the département's services (the reporting circuit)."),
    };
#pragma warning restore CS8524

    private static LocalizedText Prefixed(string french, string english, LocalizedText text) => new(french + text.French, english + text.English);

    private UncoveredDisclosureException Uncovered(DisclosureRequest request, NodaTime.LocalDate date)
    {
        var unknown = _pack.Rules.Where(r => r.KnownFrom > date).ToArray();
        var ids = unknown.Select(r => r.Id).ToArray();
        var listed = string.Join(", ", unknown.Select(r => $"{r.Id} ({r.KnownFrom:yyyy-MM-dd})"));
        return new UncoveredDisclosureException(
            request,
            new(
                $"Le jeu de règles {_pack.Name} ne peut répondre pour le {date:yyyy-MM-dd} : aucune version connue avant ces dates pour {listed} (leurs rédactions antérieures n'ont pas été vérifiées).",
                $"{_pack.Name} cannot answer for {date:yyyy-MM-dd}: no version is known before these dates for {listed} (their earlier wordings were not checked)."),
            Array.AsReadOnly(ids));
    }

    private string OverriderOf(int index, Span<byte> state)
    {
        foreach (var overrider in _pack.OverriddenBy[index])
        {
            if (state[overrider] is Applies or Overridden)
            {
                return _pack.RuleArray[overrider].Id;
            }
        }

        return "?";
    }

    private static IReadOnlyList<LegalBasis> BasesOf(DisclosureRule[] rules, Span<byte> state, Span<int> version, int firstIndex, int deciding, RuleRank top)
    {
        if (deciding == 1)
        {
            return rules[firstIndex].SingleBasis(version[firstIndex]);
        }

        var bases = new LegalBasis[deciding];
        var count = 0;
        for (var i = firstIndex; i < rules.Length && count < deciding; i++)
        {
            if (state[i] == Applies && rules[i].Rank == top)
            {
                bases[count++] = rules[i].Basis(version[i]);
            }
        }

        return Array.AsReadOnly(bases);
    }
}
