using System;
using System.Linq;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;

namespace Intervention.Confidentiality.Tests.Law;

/// <summary>The consent each disclosure purpose needs: every purpose named, none by default.</summary>
public sealed class ConsentPurposeTests
{
    [Fact]
    public void Every_defined_purpose_has_its_consent_purpose_and_an_undefined_one_is_refused()
    {
        var purposes = Enum.GetValues<DisclosurePurpose>();

        var needed = purposes.ToDictionary(p => p, ConsentRules.PurposeFor);

        Assert.Equal(ConsentPurpose.TransmitProtocolFile, needed[DisclosurePurpose.ProtocolTransmission]);
        Assert.Equal(ConsentPurpose.AppearInStatistics, needed[DisclosurePurpose.Statistics]);
        Assert.All(purposes.Except([DisclosurePurpose.ProtocolTransmission, DisclosurePurpose.Statistics]), p => Assert.Equal(ConsentPurpose.ShareWithRecipients, needed[p]));
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => ConsentRules.PurposeFor((DisclosurePurpose)99));
        Assert.Equal("purpose", refused.ParamName);
    }
}
