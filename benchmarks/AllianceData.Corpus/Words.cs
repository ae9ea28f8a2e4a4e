namespace AllianceData.Corpus;

/// <summary>The vocabularies the synthetic names and sentences are composed from.</summary>
internal static class Words
{
    public static readonly string[] Syllables =
    {
        "ka", "ri", "to", "mel", "an", "sor", "vel", "da", "lin", "mo", "ra", "te", "su", "no", "bar", "el",
        "qui", "zan", "or", "fen", "gal", "hol", "is", "jun", "kor", "lum", "nar", "pol", "ren", "sel", "tav",
        "ul", "vin", "wes", "yar", "bel", "cas", "dor", "har", "mir",
    };

    public static readonly string[] CountrySuffixes = { "ia", "land", "ora", "esh", "ova", "ar", "une", "ica" };

    public static readonly string[] FirstNames =
    {
        "Hana", "Kenji", "Maria", "Lucas", "Aiko", "Daniel", "Sofia", "Tomas", "Yuki", "Elena", "Marcus", "Rina",
        "Jonas", "Amara", "Felix", "Noor", "Hiro", "Clara", "Omar", "Leila", "Viktor", "Mei", "Samuel", "Ingrid",
        "Pablo", "Akira", "Grace", "Idris", "Naomi", "Oscar", "Sana", "Tariq", "Ulla", "Wen", "Yusuf", "Zofia",
        "Arjun", "Beatriz", "Chen", "Dmitri",
    };

    public static readonly string[] LastNames =
    {
        "Sato", "Keller", "Moreau", "Okafor", "Tanaka", "Lindqvist", "Haddad", "Novak", "Ito", "Brennan",
        "Castillo", "Nakamura", "Petrov", "Rahman", "Schmidt", "Takahashi", "Varga", "Watanabe", "Yilmaz",
        "Zhang", "Abe", "Bianchi", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat", "Ishikawa",
        "Jensen", "Kowalski", "Larsen", "Mori", "Nielsen", "Ortiz", "Park", "Quinn", "Rossi", "Suzuki",
        "Tran", "Ueda", "Vogel", "Walsh", "Xu", "Yamada", "Ziegler", "Adams", "Baker", "Clarke", "Dalton",
        "Ellis", "Foster", "Grant", "Hughes", "Irwin", "Jordan", "Kimura", "Lowe", "Mendes", "Nash",
    };

    public static readonly string[] Ministries = { "Defense", "Foreign Affairs", "Finance", "Interior", "Trade", "Energy", "Transport", "Science" };

    public static readonly string[] Agencies =
    {
        "Maritime Safety Agency", "Space Agency", "Intelligence Agency", "Cyber Security Agency", "Procurement Agency",
        "Emergency Management Agency", "Border Control Agency", "Nuclear Regulation Agency",
    };

    public static readonly string[] Branches = { "Army", "Navy", "Air Force", "Marine Corps", "Self-Defense Forces", "Coast Guard", "Space Force" };

    public static readonly string[] Regions = { "Northern", "Southern", "Eastern", "Western", "Central", "Pacific", "Coastal", "Island", "Strategic", "Joint" };

    public static readonly string[] Commands = { "Command", "Operations Command", "Theater Command", "Air Defense Command", "Logistics Command", "Fleet" };

    public static readonly string[] Ordinals = { "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th" };

    public static readonly string[] UnitTypes =
    {
        "Infantry Brigade", "Marine Regiment", "Air Wing", "Destroyer Squadron", "Missile Battalion", "Helicopter Group",
        "Signal Battalion", "Engineer Brigade",
    };

    public static readonly string[] TankAdjectives = { "Pacific", "Atlantic", "Strategic", "National", "Global", "Regional", "Asian", "Maritime", "Continental", "Horizon" };

    public static readonly string[] TankTopics = { "Security", "Defense", "Policy", "International", "Maritime", "Strategic", "Alliance", "Peace" };

    public static readonly string[] Forums = { "Security Consultative Committee", "Defense Dialogue", "Strategic Forum", "Joint Planning Group" };

    public static readonly string[] Legislatures = { "Parliament", "National Assembly", "Senate", "Diet", "Congress" };

    public static readonly string[] Industries = { "Aerospace", "Shipbuilding", "Defense Systems", "Electronics", "Heavy Industries", "Logistics", "Dynamics" };

    public static readonly string[] Papers = { "Times", "Herald", "Post", "Tribune", "Gazette", "Chronicle", "Courier", "Observer" };

    public static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public static readonly string[] Structures =
    {
        "a joint force headquarters", "an integrated air defense command", "a standing joint task force", "a regional operations center",
        "a unified logistics command", "a combined planning cell", "a permanent joint command", "a theater-level headquarters",
    };

    public static readonly string[] Ranks = { "a three-star general", "a four-star admiral", "a two-star general", "a vice admiral", "a lieutenant general", "a civilian director" };

    public static readonly string[] Decisions =
    {
        "expand its presence in the region", "modernize its command and control", "share intelligence in real time",
        "station long-range missiles", "rotate additional units through the islands", "upgrade its air defenses",
        "open a liaison office", "double the size of its staff", "review its basing agreements", "streamline its chain of command",
    };

    public static readonly string[] Missions =
    {
        "maritime security in the region", "disaster relief coordination", "missile defense", "cyber defense",
        "logistics support", "surveillance of the surrounding seas", "joint training", "search and rescue",
    };

    public static readonly string[] Warnings =
    {
        "rising tensions in the strait", "gaps in command and control", "the pace of missile development",
        "supply chain risks", "delays in the reform", "a shortage of trained personnel", "growing pressure on the islands",
    };

    public static readonly string[] Proposals =
    {
        "a new trilateral framework", "annual joint drills", "a shared early-warning network", "a hotline between the commands",
        "a joint procurement program", "regular ministerial talks", "a common maintenance hub",
    };

    public static readonly string[] Appeals =
    {
        "closer defense cooperation", "restraint on all sides", "more transparency on military spending",
        "a faster timetable for the reform", "new rules for joint operations", "a review of the alliance's roles",
    };

    public static readonly string[] Vias =
    {
        "officials", "diplomatic sources", "a government spokesperson", "people familiar with the plan", "senior defense officials",
        "two officials who asked not to be named",
    };

    public static readonly string[] Fillers =
    {
        "The move comes amid growing concern over regional security.",
        "Details of the plan have not been made public.",
        "Officials declined to comment on the timetable.",
        "The decision follows months of talks between the allies.",
        "Analysts say the change reflects a shift in priorities.",
        "Critics argue the reform is long overdue.",
        "The announcement drew a cautious response from neighbors.",
        "Further talks are planned for later in the year.",
    };
}
