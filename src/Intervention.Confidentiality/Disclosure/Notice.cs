namespace Intervention.Confidentiality.Disclosure;

/// <summary>Who must be informed, or what must be done beside the disclosure.</summary>
public enum Notice
{
    /// <summary>Inform the person of the disclosure.</summary>
    InformPerson = 1,

    /// <summary>Inform the parents or guardian beforehand (unless against the child's interest).</summary>
    InformParentsBeforehand = 2,

    /// <summary>Inform the child, according to age and maturity.</summary>
    InformChildByAgeAndMaturity = 3,

    /// <summary>Try to obtain the adult victim's agreement; failing that, inform her of the report (226-14 3°).</summary>
    SeekVictimAgreementOrInformHer = 4,

    /// <summary>Encourage and accompany the person to report the offence themself (R37).</summary>
    AccompanyPersonToReport = 5,

    /// <summary>Record the disclosure: date, time, who was at risk, who was told, what was disclosed (Québec 60.4).</summary>
    RecordTheDisclosure = 6,

    /// <summary>A child at risk is not oriented by liaison sheet: transmit worrying information to the CRIP instead (R21).</summary>
    TransmitToCripInstead = 7,
}
