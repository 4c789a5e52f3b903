//! German (de) word lists of the privacy highlighter: the cues, titles, greetings, health
//! words and other phrases it looks for in German text, so a translator can review them
//! without reading a regex. `*` marks a stem (more letters may follow); a leading `=` means
//! exact case (acronyms, capitalised titles). Spelling variants (ß/ss, İ/i, hamza forms …) are
//! added by `patterns::words`, so each word is listed once.

use super::Lexicon;

#[rustfmt::skip]
pub(crate) const LEXICON: Lexicon = Lexicon {
    phone_cues: &[
        "telefon*", "tel.-nr.", "handy*", "mobil*", "festnetz", "rufnummer", "ruf mich an", "erreichbar unter",
    ],
    not_phone_cues: &[
        "bestell*", "bestell-nr.", "auftrag*", "rechnung*", "rechnungs-nr.", "kunden*", "kunden-nr.", "sendung*",
        "vorgangsnummer", "aktenzeichen", "artikel*", "artikel-nr.", "kontonummer", "seriennummer", "seite", "seiten",
        "s.", "ticketnummer", "zimmer", "raum", "kennwort",
    ],
    units: &[
        "uhr", "prozent", "euro", "eur", "personen", "leute", "menschen", "minuten", "stunden", "tage", "jahre",
        "seiten", "mal",
    ],
    birth_cues: &["geboren", "geb.", "geburtsdatum", "geb.-datum", "geburtsdaten"],
    months: &[
        "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "mär", "okt", "dez",
    ],
    name_intros: &["ich heiße", "ich heisse", "mein name ist", "mein name lautet"],
    name_labels: &["vorname", "nachname", "vollständiger name"],
    // Dr., Prof. and the other academic titles are in en.rs; they apply to every language
    name_titles: &["=Herr", "=Herrn", "=Frau"],
    name_titles_after: &[],
    determiners: &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines", "jede", "jeder",
        "jedem", "jeden", "keine", "kein", "keiner", "meine", "mein", "meiner", "meinem", "deine", "dein", "seine",
        "sein", "ihre", "ihr", "unsere", "eure", "als", "diese", "dieser", "diesem", "welche", "junge", "alte",
        "jungen", "alten",
    ],
    greetings: &["liebe", "lieber", "hallo", "moin", "servus"],
    closings: &[
        "viele grüße", "liebe grüße", "beste grüße", "mit freundlichen grüßen", "freundliche grüße",
        "herzliche grüße", "schöne grüße", "mfg", "lg", "vg", "gruß", "grüße", "danke", "vielen dank", "bis bald",
        "tschüss", "ciao", "dein", "deine", "euer", "eure",
    ],
    not_names: &[
        "Alle", "Allerseits", "Zusammen", "Leute", "Kollegen", "Kolleginnen", "Freunde", "Freundinnen", "Eltern",
        "Kinder", "Damen", "Herren", "Herr", "Herrn", "Frau", "Welt", "Grüße", "Gruß", "Grüßen", "Sie", "Ihnen",
        "Ihr", "Ihre", "Euch", "Du", "Dich", "Dir", "Ich", "Wir", "Er", "Es", "Der", "Die", "Das", "Den", "Dem",
        "Ein", "Eine", "Und", "Oder", "Aber", "Bitte", "Danke", "Herzlich", "Willkommen", "Bis", "Morgen", "Heute",
        "Gestern", "Bald", "Tschüss", "Bescheid", "Doktor", "Professor", "Kunde", "Kundin", "Nachbarn", "Mama",
        "Papa", "Oma", "Opa", "Tagebuch", "Ober", "Präsident", "Präsidentin", "Minister", "Ministerin", "Kanzler",
        "Kanzlerin", "Bundeskanzler", "Bundeskanzlerin", "Bürgermeister", "Bürgermeisterin", "Professorin",
        "Doktorin", "Pfarrer", "Pfarrerin", "Lehrer", "Lehrerin", "Nachbar", "Nachbarin", "Kollege", "Kollegin",
        "Chef", "Chefin", "Mitarbeiter", "Mitarbeitende", "Guten", "Tag", "Abend", "Liebe", "Lieber", "Viele",
        "Beste", "Schöne", "Herzliche", "Mit", "Freundlichen", "Termin", "Frage", "Anfrage", "Nachricht", "Hilfe",
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Vielen", "Dank", "Euer",
        "Eure", "Dein", "Deine", "Mein", "Meine", "Unser", "Unsere",
    ],
    street_lead_ins: &["adresse", "anschrift", "wohnort", "ich", "wir", "meine", "mein", "unsere", "neue"],
    count_nouns: &[
        "euro", "menschen", "personen", "leute", "einwohner", "besucher", "zuschauer", "teilnehmer", "mitglieder",
        "mitarbeiter", "mitarbeitende", "beschäftigte", "kunden", "nutzer", "nutzerinnen", "follower", "fans",
        "schüler", "schülerinnen", "studenten", "studierende", "kinder", "jahre", "tage", "stunden", "minuten",
        "sekunden", "kilometer", "meter", "meilen", "zeichen", "wörter", "worte", "seiten", "stück", "exemplare",
        "dollar", "pfund", "franken", "lira", "punkte", "stimmen", "likes", "klicks", "aufrufe", "downloads",
        "dateien", "bilder", "fotos", "videos", "einträge", "zeilen", "tokens", "token", "parameter", "schritte",
        "kalorien", "bücher", "autos", "fahrzeuge", "tonnen", "liter", "watt", "kilowatt", "haushalte", "wohnungen",
        "fälle",
    ],
    health_words: &[
        "zuckerkrank*", "depression*", "depressiv*", "krebs*", "brustkrebs*", "lungenkrebs*", "hautkrebs*",
        "darmkrebs*", "prostatakrebs*", "blutkrebs*", "schwanger*", "fehlgeburt*", "abtreibung*", "therapie*",
        "therapeut*", "medikament*", "antidepressiva", "behinderung*", "schwerbehinder*", "rollstuhl*", "=ADHS",
        "angststörung*", "panikattacke*", "demenz*", "diagnostiziert", "diagnose*", "alkoholsucht", "spielsucht",
        "drogensucht", "magersucht", "süchtig", "alkoholiker*", "entzugsklinik*", "essstörung*", "bulimie",
        "anorexie", "=PTBS", "zwangsstörung*", "tuberkulose", "herzinfarkt*", "schlaganfall*", "unfruchtbar*",
        "künstliche befruchtung", "chronisch krank*", "migräne*", "psychiater*", "krankgeschrieben",
        "krankschreibung*", "burnout*", "burn-out*",
    ],
    not_health: &["sternzeichen krebs", "wendekreis des krebses", "im zeichen des krebses"],
    id_cues: &[
        "reisepassnummer", "reisepass-nr.", "passnummer", "pass-nr.", "reisepass", "ausweisnummer", "ausweis-nr.",
        "personalausweisnummer", "personalausweis-nr.", "personalausweis", "ausweis", "steuernummer", "steuer-nr.",
        "führerscheinnummer", "krankenversicherungsnummer", "versichertennummer", "rentenversicherungsnummer",
        "sv-nummer", "sozialversicherungsnummer",
    ],
    id_strict: &[
        // German tax identification number: 11 digits.
        (
            &[
                "steuer-id",
                "steuer-idnr.",
                "steuer-id-nr.",
                "steueridentifikationsnummer",
                "steuer-identifikationsnummer",
                "steuerliche identifikationsnummer",
                "identifikationsnummer",
            ],
            11..=11,
        ),
    ],
    id_fillers: &["nr", "nr.", "ist", "lautet"],
};

/// Street words that end a compound ("Lindenweg", "Hauptstraße"). Bare "-ring", "-berg",
/// "-hof" are left out: too many English words and German nouns end that way.
#[rustfmt::skip]
pub(crate) const STREET_SUFFIXES: &[&str] = &[
    "straße", "strasse", "str.", "weg", "gasse", "allee", "platz", "damm", "ufer", "chaussee", "pfad", "stieg",
    "steig", "promenade", "markt",
];

/// Street words on their own, after an "-er" word: "Berliner Straße", "Alter Markt".
#[rustfmt::skip]
pub(crate) const STREET_WORDS: &[&str] = &[
    "=Straße", "=Strasse", "=Str.", "=Weg", "=Gasse", "=Allee", "=Platz", "=Ring", "=Damm", "=Ufer", "=Chaussee",
    "=Markt", "=Steig", "=Pfad",
];

/// Addresses named after a place: "Am Markt 3a", "An der Alster 5"; the lower-case ones
/// are for running text ("ich wohne am Markt 3a").
#[rustfmt::skip]
pub(crate) const PREPOSITIONS: &[&str] = &[
    "=Am", "=Im", "=Zum", "=Zur", "=An der", "=An den", "=Auf dem", "=Auf der", "=In der", "=In den", "=Unter den",
    "=Hinter der", "=Vor dem", "=am", "=im", "=zum", "=zur", "=an der", "=an den", "=auf dem", "=auf der", "=in der",
    "=in den",
];

/// Compounds with a street ending that are not streets ("Parkplatz 12" is a parking space).
#[rustfmt::skip]
pub(crate) const NOT_STREETS: &[&str] = &[
    "arbeitsplatz", "parkplatz", "stellplatz", "sitzplatz", "spielplatz", "studienplatz", "kitaplatz",
    "ausbildungsplatz", "campingplatz", "supermarkt", "arbeitsmarkt", "wohnungsmarkt", "aktienmarkt", "binnenmarkt",
    "umweg", "ausweg", "rückweg", "heimweg", "hinweg", "schulweg", "lösungsweg", "arbeitsweg", "lebensweg",
    "rechtsweg", "bildungsweg", "fußweg", "radweg", "flohmarkt", "weihnachtsmarkt",
];

/// Words after "Am/Im/An der …" that make it a time or a text reference, not an address.
#[rustfmt::skip]
pub(crate) const NOT_PLACES: &[&str] = &[
    "jahr", "tag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "wochenende",
    "abend", "morgen", "mittag", "nachmittag", "ende", "anfang", "schluss", "start", "kapitel", "abschnitt", "teil",
    "level", "alter", "monat", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "moment", "durchschnitt", "schnitt", "ganzen", "grunde", "prinzip",
    "vergleich", "handy", "telefon", "computer", "internet", "bild", "beispiel", "punkt", "schritt", "satz", "test",
    "spiel", "finale", "halbfinale", "minute", "stunde", "jahrgang", "band", "buch", "semester", "rang", "zimmer",
    "raum", "saal", "gebäude", "bus", "zug", "gleis", "kurs", "video", "foto", "platz", "tisch", "stand", "reihe",
    "block", "haus", "schalter", "eingang", "ausgang", "stock", "stockwerk", "klasse", "woche", "folge", "staffel",
    "runde", "tor", "pult", "terminal", "bahnsteig", "sitz", "regel", "liga", "ranking", "tabelle", "paragraph",
    "paragraf", "absatz", "artikel", "zeile", "spalte", "folie", "aufgabe", "frage", "übung", "lektion", "version",
    "modul", "stufe", "phase", "gruppe", "team", "saison", "quartal", "halbjahr", "schuljahr", "kurs",
];
