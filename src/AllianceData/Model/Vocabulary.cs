namespace AllianceData;

/// <summary>What kind of body an organization is (the <c>kind</c> property in <c>organizations.json</c>).</summary>
public enum OrganizationKind
{
    /// <summary>A national government.</summary>
    Government,
    /// <summary>A government ministry or department.</summary>
    Ministry,
    /// <summary>A government agency.</summary>
    Agency,
    /// <summary>A nation's armed forces or one of its services.</summary>
    ArmedForces,
    /// <summary>A military command or headquarters.</summary>
    MilitaryCommand,
    /// <summary>A military formation such as a fleet.</summary>
    MilitaryUnit,
    /// <summary>A newspaper, agency or broadcaster.</summary>
    NewsOutlet,
    /// <summary>A research institute or think tank.</summary>
    ThinkTank,
    /// <summary>A standing bilateral or multilateral forum.</summary>
    AllianceForum,
    /// <summary>A parliament or congress.</summary>
    Legislature,
    /// <summary>A political party.</summary>
    PoliticalParty,
    /// <summary>A company.</summary>
    Company,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>What kind of place a place is (the <c>kind</c> property in <c>places.json</c>).</summary>
public enum PlaceKind
{
    /// <summary>A country.</summary>
    Country,
    /// <summary>A region, state or province.</summary>
    Region,
    /// <summary>A city.</summary>
    City,
    /// <summary>A territory.</summary>
    Territory,
    /// <summary>A sea, ocean or strait.</summary>
    BodyOfWater,
    /// <summary>A base, building or installation.</summary>
    Facility,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>How the article puts a claim.</summary>
public enum Modality
{
    /// <summary>Stated as fact by the article.</summary>
    Asserted,
    /// <summary>Relayed from someone else's report.</summary>
    Reported,
    /// <summary>Planned by the subject.</summary>
    Planned,
    /// <summary>Expected to happen.</summary>
    Expected,
    /// <summary>May happen.</summary>
    Possible,
    /// <summary>Agreed between parties.</summary>
    Agreed,
    /// <summary>Officially announced.</summary>
    Announced,
    /// <summary>Confirmed by the parties.</summary>
    Confirmed,
}

/// <summary>The kind of value a claim's object is, and the kind a predicate takes.</summary>
public enum ValueKind
{
    /// <summary>An organization, person or place.</summary>
    Entity,
    /// <summary>A date or period (<see cref="TimeValue"/>).</summary>
    Time,
    /// <summary>A number with a unit (<see cref="QuantityValue"/>).</summary>
    Quantity,
    /// <summary>Free text (<see cref="TextValue"/>).</summary>
    Text,
    /// <summary>Any of the above (predicates only).</summary>
    Any,
}

/// <summary>How precisely a date is known.</summary>
public enum TimePrecision
{
    /// <summary>Known to the year.</summary>
    Year,
    /// <summary>Known to the month.</summary>
    Month,
    /// <summary>Known to the day.</summary>
    Day,
}

/// <summary>The unit of a quantity.</summary>
public enum QuantityUnit
{
    /// <summary>A count of items (see <see cref="QuantityValue.Item"/>).</summary>
    Count,
    /// <summary>A number of people.</summary>
    Person,
    /// <summary>Kilometres.</summary>
    Km,
    /// <summary>U.S. dollars.</summary>
    USD,
    /// <summary>Australian dollars.</summary>
    AUD,
    /// <summary>Japanese yen.</summary>
    JPY,
    /// <summary>Years.</summary>
    Year,
    /// <summary>Percent.</summary>
    Percent,
}

/// <summary>How exact a quantity is.</summary>
public enum QuantityBound
{
    /// <summary>Exactly the amount.</summary>
    Exact,
    /// <summary>About the amount.</summary>
    Approximate,
    /// <summary>At least the amount ("hundreds of").</summary>
    AtLeast,
    /// <summary>At most the amount.</summary>
    AtMost,
}

/// <summary>Which registry an entity comes from.</summary>
public enum EntityType
{
    /// <summary>An <see cref="AllianceData.Organization"/>.</summary>
    Organization,
    /// <summary>A <see cref="AllianceData.Person"/>.</summary>
    Person,
    /// <summary>A <see cref="AllianceData.Place"/>.</summary>
    Place,
}
