using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Domain.Cases;
using Intervention.Testing;

namespace Intervention.Domain.Tests.Cases;

/// <summary><see cref="Case.FromSnapshot"/> re-checks every rule the operations check: a valid snapshot broken in one place is refused.</summary>
public sealed class SnapshotMutationTests
{
    public enum Break
    {
        ActionWithoutAdhesion,
        ActionBeforeReferral,
        UndefinedActionKind,
        ClosedWithoutOutcome,
        OutcomeWhileOpen,
        FirstContactBeforeReferral,
        LastEventBeforeAnAction,
        UndefinedState,
    }

    public sealed record Mutation(CaseSnapshot Valid, Break Kind)
    {
        public override string ToString() => $"{Kind} on a case {Valid.State} with {Valid.Actions.Count} actions";
    }

    public static Arbitrary<Mutation> Mutations() => Arb.From(
        from c in DomainGenerators.Cases
        from kind in Gen.Elements(Enum.GetValues<Break>())
        select new Mutation(c.ToSnapshot(), kind));

    private static CaseSnapshot? Apply(CaseSnapshot s, Break kind)
    {
        var received = s.Referral.ReceivedOn;
        return kind switch
        {
            // Only where the case has an action that needs adhesion.
            Break.ActionWithoutAdhesion when s.Actions.Any(a => a.Kind.RequiresAdhesion()) => s with { Adhesion = null },
            Break.ActionBeforeReferral when s.Actions.Count > 0 => s with { Actions = [s.Actions[0] with { On = received.PlusDays(-1) }, .. s.Actions.Skip(1)] },
            Break.UndefinedActionKind when s.Actions.Count > 0 => s with { Actions = [s.Actions[0] with { Kind = (ActionKind)999 }, .. s.Actions.Skip(1)] },
            Break.ClosedWithoutOutcome when s.State != CaseState.Closed => s with { State = CaseState.Closed },
            Break.OutcomeWhileOpen when s.State != CaseState.Closed => s with { Outcome = CaseOutcome.Completed, ClosedOn = s.LastEventOn },
            Break.FirstContactBeforeReferral when s.FirstContact is not null => s with { FirstContact = s.FirstContact with { On = received.PlusDays(-1) } },
            Break.LastEventBeforeAnAction when s.Actions.Count > 0 => s with { LastEventOn = s.Actions.Max(a => a.On).PlusDays(-1) },
            Break.UndefinedState => s with { State = (CaseState)77 },
            _ => null,
        };
    }

    [Property(Arbitrary = [typeof(SnapshotMutationTests)], MaxTest = 500)]
    [Trait("Rule", "R04")]
    public Property A_snapshot_broken_in_one_place_is_refused_and_the_valid_one_is_restored(Mutation m)
    {
        var restored = Case.FromSnapshot(m.Valid).ToSnapshot();
        if (Apply(m.Valid, m.Kind) is not { } broken)
        {
            return (restored == m.Valid).Label("the valid snapshot round-trips").Classify(true, "not applicable");
        }

        var refused = Record.Exception(() => Case.FromSnapshot(broken));
        return (restored == m.Valid && refused is ArgumentException).Label($"refused with {refused?.GetType().Name ?? "nothing"}").Classify(true, m.Kind.ToString());
    }
}
