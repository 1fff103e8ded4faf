namespace Intervention.Confidentiality.Disclosure;

/// <summary>The facts the discloser has assessed; each legal exception is triggered by some of them.</summary>
public enum FactKind
{
    /// <summary>Privations or abuse (incl. sexual assault or mutilation) inflicted on a minor (226-14 1°).</summary>
    AbuseOfMinor = 1,

    /// <summary>Privations or abuse inflicted on a person unable to protect themself because of age or physical or mental incapacity (226-14 1°).</summary>
    AbuseOfVulnerablePerson = 2,

    /// <summary>Abuse observed by a health professional suggesting physical, sexual or psychological violence (226-14 2°).</summary>
    ObservedAbuseSuggestingViolence = 3,

    /// <summary>Couple violence: the adult victim's life is in immediate danger and she is under the abuser's control (226-14 3°).</summary>
    CoupleViolenceImmediateDangerUnderControl = 4,

    /// <summary>The person consulting is dangerous to self or others and holds or wants a weapon (226-14 4°).</summary>
    DangerousPersonWithWeapon = 5,

    /// <summary>A crime, or a délit against bodily integrity, can be prevented by immediate action without risk (223-6 al. 1).</summary>
    PreventableCrimeOrAssault = 6,

    /// <summary>A person is in serious, imminent peril and can be helped without risk (223-6 al. 2).</summary>
    PersonInImminentPeril = 7,

    /// <summary>A minor is in danger or at risk of danger (CASF L.226-2-1).</summary>
    ChildInDangerOrAtRisk = 8,

    /// <summary>A child's situation must be assessed or protection measures decided or carried out (CASF L.226-2-2).</summary>
    ChildProtectionAssessmentNeeded = 9,

    /// <summary>Social, educational or material difficulties are worsening and need several professionals (CASF L.121-6-2).</summary>
    WorseningDifficultiesNeedingSeveralProfessionals = 10,

    /// <summary>The person revealed an offence they suffered (R37).</summary>
    OffenceRevealedByPerson = 11,

    /// <summary>A crime that can still be prevented or whose effects can be limited (434-1; secret holders are exempt).</summary>
    PreventableCrime = 12,

    /// <summary>The victim is a minor under fifteen (aggravated failure to assist since 2018-08-06).</summary>
    VictimUnder15 = 13,

    /// <summary>Informing the parents beforehand would be against the child's interest (L.226-2-1, L.226-2-2).</summary>
    InformingParentsAgainstChildInterest = 14,

    /// <summary>Serious cruelty or sexual abuse of an animal (226-14 5°, veterinarians).</summary>
    AnimalCruelty = 15,

    /// <summary>A serious risk of death or serious injury (suicide included) to an identifiable person or group, with a sense of urgency (Québec, Code des professions 60.4).</summary>
    SeriousRiskOfDeathOrInjury = 16,

    /// <summary>Violence between partners (Belgium, Code pénal 458bis, added 2013-03-01).</summary>
    PartnerViolence = 17,

    /// <summary>A serious, imminent danger to the victim that the discloser cannot avert alone (Belgium, 458bis a).</summary>
    SeriousImminentDangerCannotAvert = 18,

    /// <summary>Signs of a serious danger that other minors or vulnerable persons will be victims (Belgium, 458bis b).</summary>
    SignsOfSeriousDangerToOthers = 19,

    /// <summary>The child's interest justifies a report by a secret holder (Switzerland, Code civil 314c al. 2).</summary>
    ChildInterestJustifiesReport = 20,

    /// <summary>The professional cannot remedy the threat to the child within their own activity (Switzerland, Code civil 314d).</summary>
    CannotRemedyThreatThemself = 21,

    /// <summary>A serious danger to the physical, psychic or sexual integrity of a minor or a person under general curatorship (Switzerland, LAVI 11 al. 3).</summary>
    SeriousDangerToIntegrity = 22,

    /// <summary>The supervisory authority authorised the disclosure in writing (Switzerland, Code pénal 321 ch. 2).</summary>
    SupervisoryAuthorityAuthorisation = 23,
}
