namespace Intervention.Reporting.Statistics.Counting;

/// <summary>Actions (<see cref="CountingUnit.Actions"/>): each record counts its actions; a cell is also primary when fewer cases
/// than the threshold contribute to it.</summary>
internal sealed class ActionsUnit : CountedUnit
{
    private ActionsUnit()
    {
    }

    /// <summary>Gets the unit.</summary>
    public static ActionsUnit Instance { get; } = new();

    /// <inheritdoc />
    public override bool WeighsActions => true;

    /// <inheritdoc />
    public override string? NotPushedDownBecause => null;

    /// <inheritdoc />
    public override bool OneIsOneRecord => false;

    /// <inheritdoc />
    public override bool HeaderIsGrandTotal => false;
}
