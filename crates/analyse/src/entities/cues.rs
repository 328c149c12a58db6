//! Word lists that cue a type: titles before names, organisation and place
//! head words, nouns that make a possessive organisation, and capitalised
//! words that never start a name.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Titles and honorifics written before a person's name.
const TITLES: &[&str] = &[
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor", "President",
    "Vice", "Prime", "Minister", "Secretary", "Senator", "Sen.", "Rep.", "Representative", "Congressman",
    "Congresswoman", "Gov.", "Governor", "Gen.", "General", "Lt.", "Lieutenant", "Col.", "Colonel", "Capt.",
    "Captain", "Maj.", "Major", "Adm.", "Admiral", "Sgt.", "Sergeant", "Cmdr.", "Commander", "Judge", "Justice",
    "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "Ayatollah", "Rev.", "Reverend", "Father", "Sir",
    "Dame", "Lord", "Lady", "Chairman", "Chairwoman", "Mayor", "Ambassador", "Commissioner", "Premier", "Speaker",
    "Spokesman", "Spokeswoman", "Coach", "Detective", "Inspector", "Deputy", "Attorney", "Agent", "Former",
    "Officer", "Chief", "Director", "Senior", "Leader", "Sheikh", "Emir", "Sultan", "Crown", "Cardinal", "Bishop",
    "Archbishop", "Rabbi", "Imam", "Mullah", "Dean", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Jr.",
    "Executive", "Operating", "Manager", "Editor", "Treasurer", "Superintendent", "Coordinator", "Councilman", "Councilwoman",
    "Councillor", "Councilor", "Pastor", "Deacon", "Constable", "QB", "WR", "DL", "LB", "CB", "OL", "LHP", "RHP", "Alderman", "Assemblyman", "Assemblywoman", "Sheriff", "Magistrate", "Undersecretary", "Under-Secretary", "Secretary-General", "Director-General", "Attorney-General", "Governor-General", "Chair", "Chairperson", "Editor-in-Chief", "Sens", "Sens.", "Reps", "Reps.",
];

/// Lower-case words that, just before a capitalised name, say it is a person.
const PERSON_CUES: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "president", "minister", "senator", "secretary", "director",
    "chief", "leader", "supremo", "coach", "striker", "midfielder", "defender", "goalkeeper", "captain", "manager",
    "chairman", "chairwoman", "executive", "analyst", "officer", "official", "lawyer", "attorney", "judge",
    "founder", "candidate", "nominee", "mate", "actor", "actress", "singer", "author", "journalist", "reporter",
    "adviser", "advisor", "aide", "governor", "mayor", "ambassador", "envoy", "general", "colonel", "champion",
    "player", "batsman", "bowler", "rider", "driver", "forward", "winger", "keeper", "defenceman", "pitcher",
    "seed", "compatriot", "teammate", "opponent", "son", "daughter", "wife", "husband", "brother", "sister",
    "father", "mother", "businessman", "researcher", "professor", "economist", "dr", "mr", "mrs", "ms",
    "commissioner", "prosecutor", "premier", "king", "queen", "prince", "cleric", "dissident",
];

/// Lower-case nouns that, just before a name, say it is an organisation
/// ("news agency Tanjug", "retailer Best Buy", "French side Nice").
const ORG_CUES: &[&str] = &[
    "company", "firm", "group", "agency", "bank", "club", "side", "outfit", "newspaper", "daily", "weekly",
    "magazine", "broadcaster", "network", "airline", "carrier", "maker", "automaker", "carmaker", "manufacturer",
    "retailer", "insurer", "lender", "brokerage", "conglomerate", "subsidiary", "operator", "producer", "supplier",
    "distributor", "chain", "publisher", "consortium", "utility", "label", "studio", "startup", "exporter",
    "importer", "developer", "contractor", "shipbuilder", "airframer", "refiner", "miner", "bancorp",
];

/// Lower-case nouns that, after a name (or its possessive), say it is an
/// organisation ("Magna shares", "Cofinec 's shareholders", "Ryanair CEO").
const ORG_AFTER: &[&str] = &[
    "shares", "stock", "shareholders", "stockholders", "subsidiary", "subsidiaries", "plant", "plants", "factory",
    "factories", "headquarters", "executives", "employees", "workforce", "CEO", "chairman", "board", "profit",
    "profits", "earnings", "revenue", "revenues", "sales", "turnover", "dividend",
];

/// A lower-case noun before a name that says it is an organisation.
pub fn is_org_cue(word: &str) -> bool {
    has(&ORG_CUES_SET, word)
}

/// A noun after a name that says it is an organisation.
pub fn is_org_after(word: &str) -> bool {
    has(&ORG_AFTER_SET, word)
}

/// Last words that make a name an organisation.
const ORG_SUFFIXES: &[&str] = &[
    "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Ltd", "Ltd.", "Limited", "LLC", "Plc", "PLC",
    "plc", "AG", "SA", "NV", "N.V.", "GmbH", "Group", "Bank", "Agency", "Ministry", "Party", "Committee", "PAC",
    "Campaign", "University", "Council", "Association", "Union", "Federation", "Institute", "Commission",
    "Department", "Bureau", "Office", "Service", "Services", "Police", "Army", "Navy", "Forces", "Force",
    "Court", "Airlines", "Airways", "Motors", "Times", "Post", "News", "Journal", "Club", "FC", "Board",
    "Authority", "Foundation", "Fund", "Trust", "Society", "Church", "College", "School", "Academy",
    "Organisation", "Organization", "Holdings", "Industries", "Systems", "Technologies", "Telecom",
    "Communications", "Securities", "Capital", "Partners", "Exchange", "Assembly", "Parliament", "Senate",
    "Congress", "Cabinet", "Guard", "Corps", "Brigade", "Brigades", "Front", "Movement", "Alliance",
    "Coalition", "League", "Network", "Media", "Press", "Radio", "Television", "TV", "Magazine", "Herald",
    "Tribune", "Gazette", "Daily", "Chronicle", "Observer", "Telegraph", "Stores", "Energy", "Oil", "Petroleum",
    "Pharmaceuticals", "Electric", "Motor", "Mining", "Steel", "Chemicals", "Insurance", "Bancorp", "Hospital",
    "Center", "Centre", "Laboratory", "Laboratories", "Labs", "Division", "Command", "Directorate", "Unit",
    "City", "United", "Rovers", "Wanderers", "Athletic", "Rangers", "Hotspur", "Albion", "Town",
    "SpA", "S.p.A.", "S.A.", "AB", "ASA", "Oyj", "KK", "BV", "B.V.", "Bhd", "Berhad", "Pty", "Cos", "Cos.",
    "Bros", "Bros.", "Brothers", "Newsroom", "Desk", "Company", "Companies", "Computer", "Computers", "Courts", "Aircraft", "Airplanes", "Aerospace",
    "Automotive", "Electronics", "Software", "Research", "Records", "Studios", "Pictures", "Entertainment", "Resources",
    "Ventures", "Investments", "Management", "Semiconductor", "Pharmaceutical", "Logistics", "Shipping",
    "Engineering", "Bancshares", "Airline", "International", "Farms", "Winery", "Brewery", "Foods",
    "Power", "Cables", "Controls", "Medical", "Gas", "Metals", "Minerals", "Copper", "Aluminium", "Aluminum",
    "Cement", "Textiles", "Railways", "Petrochemicals", "Utilities", "Biotech", "Therapeutics",
    "Resorts", "Hotels", "Casinos", "Cruises",
];

/// First words that make a name an organisation (sports clubs mostly).
const ORG_PREFIXES: &[&str] = &[
    "Real", "Inter", "Olympique", "Sporting", "Dynamo", "Dinamo", "Racing", "Atletico", "Deportivo", "Borussia",
    "Lokomotiv", "Spartak", "CSKA", "Bank", "University", "Ministry", "Department", "Air", "FC", "AC", "AS", "RB", "SV", "VfB", "VfL", "Grupo",
];

/// First words that, followed by "of", make an organisation ("Bank of England").
const ORG_HEADS: &[&str] = &[
    "Bank", "University", "Ministry", "Department", "Office", "Institute", "Council", "Committee", "Commission",
    "Bureau", "Agency", "Federation", "Association", "Union", "Board", "Church", "School", "College", "Academy",
    "Society", "Center", "Centre", "Foundation", "Court", "House", "Party", "Organisation", "Organization",
    "League", "Chamber", "Museum", "Corporation", "Fund", "Congress", "Assembly", "Division", "Directorate",
    "Federal", "National", "Royal", "Supreme", "Islamic", "Democratic", "People", "Republic", "Kingdom",
    "State", "States", "Gulf", "Bay", "Isle", "Isles", "Strait", "Cape", "Province", "City", "Sea", "Lake",
    "Mount", "Port", "Coast", "Island", "Islands", "Republican", "Panel", "Subcommittee", "Government",
];

/// Last words that make a name an event, award, law or other non-entity.
const OTHER_SUFFIXES: &[&str] = &[
    "Cup", "Series", "Open", "Championship", "Championships", "Games", "Olympics", "Prix", "Trophy", "Award",
    "Awards", "Prize", "Festival", "War", "Act", "Treaty", "Accord", "Accords", "Index", "Day", "Bowl",
    "Classic", "Masters", "Marathon", "Rally", "Tour", "Grand", "Convention", "Summit", "Conference",
    "Agreement", "Plan", "Doctrine", "Declaration", "Law", "Bill", "Era", "Revolution", "Crisis", "Show", "Expo",
    "Exhibition", "Fair", "Flight", "Average", "Parade", "Acts", "Pandemic", "Deal", "Recession", "Depression", "Amendment",
];

/// Holidays and market indices, by lower-cased name: things rather than
/// entities (CoNLL's MISC).
const OTHER_NAMES: &[&str] = &[
    "christmas", "easter", "thanksgiving", "ramadan", "hanukkah", "diwali", "halloween", "passover", "lent", "eid",
    "christmas eve", "christmas day", "new year's eve", "new year’s eve", "new year's day", "new year’s day", "easter sunday", "good friday",
    "new year", "new years", "yom kippur", "rosh hashanah", "dow", "dow jones", "djia", "nikkei", "ftse", "footsie", "hang seng",
    "dax", "cac", "topix", "kospi", "sensex", "s&p", "euro stoxx",
    // programmes, documents, laws and eras known by a short name
    "constitution", "social security", "medicare", "medicaid", "obamacare", "brexit", "holocaust", "lgbt", "lgbtq", "bible",
    "jim crow", "trans-pacific partnership", "state of the union",
    // awards named by their statuette
    "oscars", "grammys", "grammy", "emmys", "tonys", "baftas", "bafta", "golden globes", "golden globe",
    // diseases
    "covid-19", "covid", "coronavirus", "sars-cov-2", "sars", "mers", "ebola", "zika", "mpox", "monkeypox", "h1n1", "h5n1",
    // religions and faiths
    "god", "islam", "christianity", "judaism", "hinduism", "buddhism", "sikhism", "catholicism", "protestantism", "shia islam", "sunni islam",
];

/// Planets and moons, capitalised ("Venus", "Mercury" and "Titan" are
/// names too often to list).
const CELESTIAL: &[&str] = &["Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto", "Europa", "Enceladus", "Ganymede"];

/// A planet or moon ("Mars"), which a person's surname may also be ("Bruno Mars").
pub fn is_celestial(word: &str) -> bool {
    CELESTIAL.contains(&word)
}

/// Lower-case words after a name (and its number) that make it a market
/// index ("the Nasdaq composite", "FTSE 100 index").
const INDEX_WORDS: &[&str] = &["index", "indices", "indexes", "average", "composite", "industrials"];

/// Numbers in words, capitalised, which alone name nothing ("Two employees
/// suspended"; "Two Sigma" is a name of two words).
const NUMBER_WORDS: &[&str] = &[
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Twenty", "Thirty",
    "Forty", "Fifty", "Hundred", "Hundreds", "Thousand", "Thousands", "Million", "Millions", "Dozens",
];

/// A number in words, capitalised.
pub fn is_number_word(word: &str) -> bool {
    NUMBER_WORDS.contains(&word)
}

/// A holiday, market index, disease or faith, given its lower-cased key.
pub fn is_other_name(key: &str) -> bool {
    has(&OTHER_NAMES_SET, key)
}

/// A word after a name that makes it a market index.
pub fn is_index_word(word: &str) -> bool {
    has(&INDEX_WORDS_SET, word)
}

/// A last word that makes a name an event, award or law.
pub fn is_other_suffix(word: &str) -> bool {
    has(&OTHER_SUFFIXES_SET, word) || (word.len() > 3 && word.chars().all(|c| c.is_uppercase()) && has(&OTHER_SUFFIXES_SET, &title_case(word)))
}

/// `word` with its first letter capitalised and the rest in lower case ("FALLIN" → "Fallin").
pub fn title_case(word: &str) -> String {
    let mut cs = word.chars();
    cs.next().map(|f| f.to_uppercase().chain(cs.flat_map(char::to_lowercase)).collect()).unwrap_or_default()
}

/// Last words that make a name a place.
const PLACE_SUFFIXES: &[&str] = &[
    "River", "Mountains", "Mountain", "Lake", "Island", "Islands", "Sea", "Ocean", "Valley", "Street",
    "Avenue", "Square", "Province", "County", "Region", "Bay", "Gulf", "Peninsula", "Strait", "Desert",
    "Heights", "Hills", "Coast", "Canal", "Park", "Road", "Bridge", "Airport", "District", "State",
    "Territory", "Prefecture", "Basin", "Plain", "Plateau", "Beach", "Harbour", "Harbor", "Falls", "Highway",
    "Tower", "Towers", "Plaza", "Boulevard", "Station", "Stadium", "Cathedral", "Castle", "Glacier", "Canyon", "Republic",
    "Arena", "Palace", "Theater", "Theatre", "Ave", "Ave.", "Blvd", "Blvd.", "Rd", "Rd.", "Drive", "Parkway", "Expressway", "Freeway", "Turnpike", "Pier", "Wharf", "Creek", "Reservoir", "Trail", "Garden", "Gardens",
];

/// First words that make a name a place ("Plaza Italia", "Mount Kenya", "Fort Worth").
const PLACE_PREFIXES: &[&str] = &["Plaza", "Mount", "Mt.", "Lake", "Fort", "Cape", "Isla", "Lac"];

/// Lower-case nouns that, after a possessive name, make an organisation
/// ("Iran's mission", "Trump's campaign").
pub const ORG_NOUNS: &[&str] = &[
    "mission", "embassy", "government", "ministry", "campaign", "military", "army", "navy", "police",
    "parliament", "cabinet", "administration", "delegation", "consulate", "regime", "office",
];

/// Particles inside names ("Charles de Gaulle", "Osama bin Laden").
const PARTICLES: &[&str] = &[
    "de", "da", "van", "von", "der", "den", "di", "du", "la", "le", "del", "dos", "das", "bin", "ibn", "al", "el",
    "al-", "ter", "ten", "y", "dela", "delos",
];

/// Capitalised words that never start or join a name.
const NEVER_NAMES: &[&str] = &[
    "I", "He", "She", "We", "They", "It", "You", "Him", "Them", "His", "Her", "Its", "Our", "Their", "My",
    "In", "Of", "And", "But", "Or", "To", "At", "On", "From", "With", "Into", "After", "About", "By", "How", "Why", "When", "Where", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.",
    "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "AM", "PM",
    "A.M.", "P.M.", "GMT", "EST", "EDT", "PST", "UTC", "OK", "TV", "CEO", "CFO", "COO", "CTO", "MP", "Internet",
    "Mr", "Mrs", "Ms", "Dr", "Today", "Tomorrow", "Yesterday", "Updated", "Follow", "Share", "Read", "More",
    "Copyright", "Photo", "Pic", "Image", "Video", "Click", "RIP", "Email", "Advertisement", "Subscribe", "Sign", "Log",
    "A", "Women", "Men", "Net", "RBI", "ERA", "Shr", "Shrs", "Chg", "Pct", "Avg", "Revs", "EPS", "Leading", "Extras", "Postponed", "Sept", "Oct", "Nov", "Dec", "Jan",
    "Feb", "Aug", "Apr", "Jun", "Jul", "Mar", "Euro", "Total", "Pts", "Attendance", "Result", "Results", "Note",
    "May", "Round", "Final", "Semifinal", "Quarterfinal", "Pool", "Standings", "Overall",
    // ISO codes of the currencies news quotes most.
    "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "AUD", "CAD", "HKD", "SEK", "NOK", "DKK", "NZD", "INR", "RUB", "ZAR", "SGD",
    "PLN", "CZK", "HUF", "BRL", "MXN", "KRW", "IDR", "THB", "ILS", "AED", "UAH", "NGN", "KES", "EGP", "PKR",
    // Abbreviations of common nouns: measures, technologies, diseases.
    "GDP", "GNP", "CPI", "PPI", "IPO", "VAT", "AIDS", "HIV", "DNA", "LCD", "DVD", "PC", "GHz", "MHz", "GB", "MB",
    "SDK", "API", "OS", "ISDN", "MP3", "USB", "SMS", "ATM", "IP", "URL", "PDF", "HTML", "HTTP", "HTTPS", "VPN",
    "GPS", "CCTV", "LED", "SUV", "AI",
];

/// Finite auxiliaries, which no name holds: a title-case headline ("Heidi
/// Is Separated From …") breaks at them. "Will", "Can" and "Do" are names,
/// and so is "IS" in capitals.
const AUXILIARIES: &[&str] = &["Is", "Are", "Was", "Were", "Been", "Has", "Have", "Had", "Does", "Did", "Would", "Could", "Should", "Must"];

/// Function words and other common words that are capitalised only at the
/// start of a sentence.
const COMMON_WORDS: &[&str] = &[
    "the", "a", "an", "and", "but", "or", "if", "in", "on", "at", "to", "of", "for", "with", "by", "from", "as",
    "after", "before", "during", "while", "when", "where", "what", "who", "why", "how", "which", "that", "this",
    "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "you", "his", "her", "their",
    "our", "your", "my", "some", "many", "most", "all", "both", "each", "every", "no", "not", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "last", "next", "new", "former",
    "officials", "police", "meanwhile", "however", "also", "still", "yet", "so", "then", "now", "only", "even",
    "just", "such", "other", "another", "than", "since", "until", "although", "though", "because", "despite",
    "according", "under", "over", "about", "against", "between", "among", "into", "through", "without",
    "within", "would", "could", "should", "will", "can", "may", "might", "must", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "do", "does", "did", "said", "says", "asked", "earlier", "later",
    "late", "early", "further", "several", "few", "more", "less", "much", "very", "well", "like", "unlike",
    "instead", "please", "yes", "thanks", "thank", "dear", "results", "result", "standings", "scores", "score",
    "teams", "team", "group", "division", "played", "won", "lost", "drawn", "points", "total", "note",
    "attendance", "halftime", "half-time", "scorers", "scorer", "source", "sources", "reporting", "editing",
    "compiled", "update", "updates", "breaking", "exclusive", "analysis", "opinion", "comment", "related",
    "top", "second", "third", "fourth", "government", "prices", "shares", "stocks", "market", "markets",
    "sport", "sports", "soccer", "football", "cricket", "tennis", "golf", "rugby", "baseball", "basketball",
    "hockey", "boxing", "cycling", "athletics", "motor", "racing", "swimming", "skiing", "election",
    "rather", "perhaps", "indeed", "overall", "thus", "hence", "therefore", "moreover", "furthermore",
    "nevertheless", "nonetheless", "otherwise", "finally", "whether",
];

/// Conjunctions and prepositions that open a clause, written as at a
/// sentence's start: a name before one ends there ("… by VK Vijayakumar
/// During the year", a headline run into its text). In capitals they may
/// be names ("AS", the Madrid paper).
const CLAUSE_OPENERS: &[&str] = &[
    "During", "As", "Amid", "Despite", "Since", "While", "Whilst", "Although", "Though", "Because", "Unlike",
    "Throughout", "Meanwhile", "However", "Moreover",
];

/// A list of words as a set, built on first use: the lists are read for
/// every capitalised word, and a scan of a hundred short strings costs
/// more than one hash.
type WordSet = LazyLock<HashSet<&'static str>>;

macro_rules! word_sets {
    ($($set:ident = $list:ident;)*) => {
        $(static $set: WordSet = LazyLock::new(|| $list.iter().copied().collect());)*
    };
}

word_sets! {
    CLAUSE_OPENERS_SET = CLAUSE_OPENERS;
    AUXILIARIES_SET = AUXILIARIES;
    COMMON_WORDS_SET = COMMON_WORDS;
    INDEX_WORDS_SET = INDEX_WORDS;
    NEVER_NAMES_SET = NEVER_NAMES;
    ORG_AFTER_SET = ORG_AFTER;
    ORG_CUES_SET = ORG_CUES;
    ORG_ENDINGS_SET = ORG_ENDINGS;
    ORG_HEADS_SET = ORG_HEADS;
    ORG_PREFIXES_SET = ORG_PREFIXES;
    ORG_SUFFIXES_SET = ORG_SUFFIXES;
    OTHER_NAMES_SET = OTHER_NAMES;
    OTHER_SUFFIXES_SET = OTHER_SUFFIXES;
    PARTICLES_SET = PARTICLES;
    PERSON_CUES_SET = PERSON_CUES;
    PLACE_PREFIXES_SET = PLACE_PREFIXES;
    PLACE_SUFFIXES_SET = PLACE_SUFFIXES;
    TITLES_SET = TITLES;
}

fn has(set: &WordSet, word: &str) -> bool {
    set.contains(word)
}

/// A title before a name ("President", "Mr.", "Gen."), also joined by
/// hyphens ("Major-General", "Lieutenant-Colonel", "Rear-Admiral"), and
/// a former one ("Ex-President", "Ex-Yankee").
pub fn is_title(word: &str) -> bool {
    has(&TITLES_SET, word)
        || word.contains('-') && {
            let mut parts = word.split('-');
            let former = word.starts_with("Ex-") && word.len() > 4;
            former || parts.all(|p| has(&TITLES_SET, p) || matches!(p, "Rear" | "Brigadier" | "Field" | "Marshal"))
        }
}

/// A lower-case word before a name that says it is a person.
pub fn is_person_cue(word: &str) -> bool {
    has(&PERSON_CUES_SET, &word.to_lowercase())
}

/// A last word that makes a name an organisation.
pub fn is_org_suffix(word: &str) -> bool {
    has(&ORG_SUFFIXES_SET, word)
}

/// Last words that make a name of two words or more an organisation, but
/// alone are common nouns ("Fox News Channel", "Whitney Museum", "Lenox
/// Healthcare"; not "Channel" or "Healthcare" opening a sentence).
const ORG_ENDINGS: &[&str] = &[
    "Observatory", "Healthcare", "Animation", "Channel", "Museum", "Library", "Institution", "Caucus", "Administration",
    "Forum", "Networks", "Hotel", "Resort", "Chemical", "Workers", "Steelworkers", "Battalion", "Regiment", "Trucks", "Poll",
];

/// A last word that makes a name of two words or more an organisation.
pub fn is_org_ending(word: &str) -> bool {
    has(&ORG_ENDINGS_SET, word)
}

/// A first word that makes a name an organisation.
pub fn is_org_prefix(word: &str) -> bool {
    has(&ORG_PREFIXES_SET, word)
}

/// A word that, before "of", heads an organisation or place name.
pub fn is_org_head(word: &str) -> bool {
    has(&ORG_HEADS_SET, word) || has(&ORG_SUFFIXES_SET, word)
}

/// The AP abbreviations and postal codes of US states, and the
/// abbreviations of Canadian provinces, without their final full stop
/// ("S.C", "Calif", "NY", "B.C", "Ont").
const STATES: &[&str] = &[
    "B.C", "Ont", "Que", "Alta", "Sask", "N.S", "N.B", "Nfld", "P.E.I",
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo",
    "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex", "Vt", "Va", "Wash", "W.Va", "Wis",
    "Wyo", "D.C", "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN",
    "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC",
];

/// Is `word` a US state or Canadian province as written after its town
/// ("S.C.", "Mo", "NY", "B.C.")?
pub fn is_state_abbreviation(word: &str) -> bool {
    STATES.contains(&word.strip_suffix('.').unwrap_or(word))
}

/// A last word that makes a name a place.
pub fn is_place_suffix(word: &str) -> bool {
    has(&PLACE_SUFFIXES_SET, word)
}

/// A first word that makes a name a place.
pub fn is_place_prefix(word: &str) -> bool {
    has(&PLACE_PREFIXES_SET, word)
}

/// A name particle.
pub fn is_particle(word: &str) -> bool {
    has(&PARTICLES_SET, word)
}

/// A capitalised word that is never part of a name.
pub fn is_never_name(word: &str) -> bool {
    has(&NEVER_NAMES_SET, word) || shouted_never_name(word) || is_contraction(word) || is_party_tag(word) || is_plural_acronym(word) || has(&CLAUSE_OPENERS_SET, word) || has(&AUXILIARIES_SET, word)
}

/// An acronym in the plural ("CDs", "ODIs", "SMEs"): a common noun's, never
/// a name (but for the Navy's "SEALs").
fn is_plural_acronym(word: &str) -> bool {
    word != "SEALs" && word.strip_suffix('s').is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()))
}

/// US states as American newspapers abbreviate them after a lawmaker's
/// party ("R-Ky.", "D-Calif.", "R-S.C."), the postal codes aside.
const STATE_ABBREVIATIONS: &[&str] = &[
    "Ala", "Alaska", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Hawaii", "Idaho", "Ill", "Ind",
    "Iowa", "Kan", "Kans", "Ky", "La", "Maine", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
    "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Ohio", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Texas",
    "Tex", "Utah", "Vt", "Va", "Wash", "W.Va", "W.V", "Wis", "Wyo", "D.C", "P.R",
];

/// A lawmaker's party and state ("R-Ky", "D-Calif.", "I-Vt", "R-TX"): a
/// label of the name before it, no name itself.
pub fn is_party_tag(word: &str) -> bool {
    let Some(state) = ["R-", "D-", "I-"].iter().find_map(|p| word.strip_prefix(p)) else { return false };
    let state = state.trim_end_matches('.');
    let postal = state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase());
    postal || STATE_ABBREVIATIONS.contains(&state)
}

/// A listed word in capitals ("READ MORE", "PHOTO").
fn shouted_never_name(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    let rest: String = chars.collect();
    word.len() > 1 && !word.chars().any(char::is_lowercase) && rest.chars().any(char::is_alphabetic) && {
        let title = format!("{first}{}", rest.to_lowercase());
        has(&NEVER_NAMES_SET, &title)
    }
}

/// A pronoun or verb with a contracted ending ("I’m", "Don’t", "We've");
/// the possessive "’s" is not one.
fn is_contraction(word: &str) -> bool {
    word.rsplit_once(['’', '\'']).is_some_and(|(head, tail)| !head.is_empty() && matches!(tail, "m" | "ve" | "ll" | "re" | "d" | "t"))
}

/// A common word (given in lower case).
pub fn is_common(lower: &str) -> bool {
    has(&COMMON_WORDS_SET, lower)
}
