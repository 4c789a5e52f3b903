//! English (en) word lists of the privacy highlighter: the cues, titles, greetings, health
//! words and other phrases it looks for in English text, so a translator can review them
//! without reading a regex. `*` marks a stem (more letters may follow); a leading `=` means
//! exact case (acronyms, capitalised titles). Spelling variants (ß/ss, İ/i, hamza forms …) are
//! added by `patterns::words`, so each word is listed once.

use super::Lexicon;

#[rustfmt::skip]
pub(crate) const LEXICON: Lexicon = Lexicon {
    phone_cues: &[
        "phone", "phone number", "tel", "tel.", "telephone", "mobile", "cell", "cellphone", "call me", "text me",
        "whatsapp", "fax", "ph.",
    ],
    not_phone_cues: &[
        "order", "order no", "order no.", "order number", "invoice*", "customer number", "customer id",
        "account number", "tracking*", "reference", "ref", "ref.", "ticket*", "case number", "item", "article",
        "serial*", "isbn", "version", "page", "pages", "p.", "room", "id", "meeting id", "pin", "code", "tan", "otp",
    ],
    units: &[
        "usd", "dollar", "km", "kg", "m", "min", "h", "people", "persons", "minutes", "hours", "days", "years",
        "pages", "times",
    ],
    birth_cues: &["born", "date of birth", "birth date", "birthdate", "dob", "d.o.b."],
    months: &[
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ],
    name_intros: &["my name is", "my name's"],
    name_labels: &["name", "full name", "first name", "last name", "surname"],
    name_titles: &["=Mr", "=Mr.", "=Mrs", "=Mrs.", "=Ms", "=Ms.", "=Mx.", "=Dr", "=Dr.", "=Prof."],
    name_titles_after: &[],
    determiners: &[
        "the", "a", "an", "this", "that", "every", "each", "no", "my", "your", "his", "her", "our", "their", "as",
    ],
    greetings: &["dear", "hi", "hello", "hey"],
    closings: &[
        "best regards", "kind regards", "regards", "best wishes", "best", "cheers", "thanks", "thank you",
        "many thanks", "sincerely", "yours sincerely", "yours faithfully", "yours truly", "warm regards", "love",
        "greetings", "all the best",
    ],
    not_names: &[
        "All", "Team", "Everyone", "Everybody", "Sir", "Madam", "Colleagues", "Friends", "Friend", "Customer",
        "Customers", "Students", "Parents", "Members", "Neighbours", "Neighbors", "Reader", "Readers", "Folks",
        "Guys", "There", "World", "Mum", "Mom", "Dad", "Thanks", "Thank", "You", "Regards", "Best", "Cheers", "Love",
        "See", "Soon", "Later", "Talk", "Bye", "The", "And", "Or", "I", "My", "We", "Our", "Your", "Area", "Bridge",
        "Street", "Road", "Hospital", "Clinic", "Morning", "Afternoon", "Evening", "Night", "Management", "Support",
        "Admin", "Sales", "Mr", "Mrs", "Ms", "Dr", "Prof", "Siri", "Alexa", "Google", "Gemini", "Claude", "Copilot",
        "Klar", "Diary", "President", "Minister", "Speaker", "Chairman", "Chair", "Mayor", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ],
    street_lead_ins: &["address", "home", "my", "i", "we", "new"],
    count_nouns: &[
        "people", "users", "visitors", "members", "followers", "steps", "words", "pages", "dollars", "euros", "years",
        "days", "hours", "miles", "kilometers", "leagues", "points", "views", "calories", "students",
    ],
    health_words: &[
        "diabet*", "depression", "depressed", "cancer*", "tumor*", "tumour*", "chemo*", "=HIV", "=AIDS", "pregnan*",
        "miscarriage*", "abortion*", "therap*", "psychotherap*", "medication*", "meds", "antidepressant*", "insulin",
        "disabilit*", "wheelchair*", "autis*", "=ADHD", "anxiety disorder*", "panic attack*", "bipolar",
        "schizophreni*", "epilep*", "asthma*", "dementia", "alzheimer*", "parkinson*", "diagnosed with", "addiction*",
        "alcoholism", "recovering alcoholic", "rehab", "eating disorder*", "anorexi*", "bulimi*", "=PTSD", "=OCD",
        "hepatitis", "tuberculosis", "heart attack*", "infertil*", "=IVF", "chronic illness*", "chronic pain",
        "migraine*", "psychiatri*", "surgery",
    ],
    not_health: &[
        "great depression", "tropical depression", "economic depression", "tropic of cancer", "i'm a cancer",
        "i am a cancer", "retail therapy",
    ],
    id_cues: &[
        "passport number", "passport no", "passport no.", "passport", "id number", "id card number", "id card no",
        "identity card number", "national id", "national insurance number", "ni number", "driver's license number",
        "driving licence number", "tax number", "tax id", "tax id number", "=TIN",
    ],
    id_strict: &[
        // US social security number: 9 digits.
        (&["social security number", "social security no", "social security no.", "=SSN"], 9..=9),
    ],
    id_fillers: &["no", "no.", "number", "is"],
};

/// English street types (capitalised, after the house number and the name).
#[rustfmt::skip]
pub(crate) const STREET_TYPES: &[&str] = &[
    "=Street", "=St", "=Road", "=Rd", "=Avenue", "=Ave", "=Lane", "=Ln", "=Drive", "=Boulevard", "=Blvd", "=Way",
    "=Close", "=Court", "=Ct", "=Place", "=Pl", "=Square", "=Sq", "=Terrace", "=Crescent", "=Grove", "=Gardens",
    "=Row", "=Parkway", "=Highway", "=Hwy",
];
