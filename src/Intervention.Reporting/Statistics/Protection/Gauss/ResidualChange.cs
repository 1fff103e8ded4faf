namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>How one primary's residual changes when a vector joins the span, weighed before the vector is committed.</summary>
/// <param name="Index">The primary.</param>
/// <param name="Live">How many entries it will have.</param>
/// <param name="Hash">Its hash after (see <see cref="ResidualHash"/>).</param>
/// <param name="First">Where its first entry will be.</param>
/// <param name="Scale">The inverse of that entry.</param>
/// <param name="At">Where, in the residual set's update buffers, the entries that change in place and their values after begin
/// (when every key of the vector is already in the residual's list), or −1.</param>
/// <param name="Count">How many entries change in place.</param>
/// <param name="Next">Otherwise, the residual after.</param>
internal readonly record struct ResidualChange(int Index, int Live, ulong Hash, int First, ulong Scale, int At, int Count, ModularVector? Next);
