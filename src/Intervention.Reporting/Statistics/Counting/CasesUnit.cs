namespace Intervention.Reporting.Statistics.Counting;

/// <summary>Cases (<see cref="CountingUnit.Cases"/>): each record counts once.</summary>
internal sealed class CasesUnit : CountedUnit
{
    private CasesUnit()
    {
    }

    /// <summary>Gets the unit.</summary>
    public static CasesUnit Instance { get; } = new();

    /// <inheritdoc />
    public override bool WeighsActions => false;

    /// <inheritdoc />
    public override string? NotPushedDownBecause => null;

    /// <inheritdoc />
    public override bool OneIsOneRecord => true;

    /// <inheritdoc />
    public override bool HeaderIsGrandTotal => true;
}
