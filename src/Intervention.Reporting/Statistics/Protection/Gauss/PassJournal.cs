namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>What a pass of the Gauss protector did at each position of the candidate order: the candidate reduced, whether it joined
/// the basis, whether it was published. A later pass reuses the reductions while its decisions are the same.</summary>
internal sealed class PassJournal(int candidates)
{
    /// <summary>Gets, by position, the candidate reduced against the basis (null until decided).</summary>
    public ModularVector?[] Reduced { get; } = new ModularVector?[candidates];

    /// <summary>Gets, by position, whether the candidate's reduction joined the basis.</summary>
    public bool[] Committed { get; } = new bool[candidates];

    /// <summary>Gets, by position, whether the candidate was published.</summary>
    public bool[] Published { get; } = new bool[candidates];
}

/// <summary>The protector's state before a position: the primaries' residuals (entries copied, keys shared), their live counts and hashes.</summary>
internal sealed record PassSnapshot(int Position, ModularVector[] Residuals, int[] Live, ulong[] Hash);
