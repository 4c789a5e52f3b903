//! The privacy highlighter from the outside: one realistic message per language with every mark
//! checked, texts that only look like personal data (they must stay unmarked), the segment
//! invariants over many inputs, and a fuzz that scan never panics and always round-trips.

use klar_lab::demos::privacy::{scan, PersonalData, PrivacyScan, MAX_SCAN_CHARS};
use proptest::prelude::*;
use PersonalData::*;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn marks(text: &str) -> Vec<(String, PersonalData)> {
    scan(text).marks().map(|(s, k)| (s.to_string(), k)).collect()
}

/// The marks of `text`, in order, must be exactly `expected`.
fn assert_marks(text: &str, expected: &[(&str, PersonalData)]) {
    let got = marks(text);
    let want: Vec<(String, PersonalData)> = expected.iter().map(|(s, k)| (s.to_string(), *k)).collect();
    assert_eq!(got, want, "marks of {text:?}");
}

fn assert_unmarked(texts: &[&str]) {
    for text in texts {
        let got = marks(text);
        assert!(got.is_empty(), "{text:?} should have no marks, got {got:?}");
    }
}

/// Joined segments are the input; none is empty; plain segments never touch.
fn check_invariants(text: &str, result: &PrivacyScan) -> Result<(), String> {
    let joined: String = result.segments.iter().map(|s| s.text.as_str()).collect();
    if joined != text {
        return Err(format!("segments do not join to the input: {text:?}"));
    }
    if result.segments.iter().any(|s| s.text.is_empty()) {
        return Err(format!("empty segment for {text:?}"));
    }
    if result.segments.windows(2).any(|w| w[0].kind.is_none() && w[1].kind.is_none()) {
        return Err(format!("two plain segments in a row for {text:?}"));
    }
    let counted: u32 = result.counts.iter().map(|c| c.count).sum();
    if counted as usize != result.marks().count() || result.counts.iter().any(|c| c.count == 0) {
        return Err(format!("counts do not match the marks for {text:?}"));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// One realistic message per language
// ---------------------------------------------------------------------------------------------

#[test]
fn english_message() {
    assert_marks(
        "Hi, my name is Jonas Weber. I live at 221B Baker St. and you can call me on +44 20 7946 0958 or \
         email jonas.weber@example.com. I was born on 12 March 1985. I was diagnosed with depression last \
         year and I'm in therapy. My passport number is C01X00T47, my account GB29 NWBK 6016 1331 9268 19.\n\n\
         Best regards,\nJonas",
        &[
            ("Jonas Weber", Name),
            ("221B Baker St.", Address),
            ("+44 20 7946 0958", Phone),
            ("jonas.weber@example.com", Email),
            ("12 March 1985", BirthDate),
            ("diagnosed with", Health),
            ("depression", Health),
            ("therapy", Health),
            ("C01X00T47", IdNumber),
            ("GB29 NWBK 6016 1331 9268 19", Iban),
            ("Jonas", Name),
        ],
    );
}

#[test]
fn german_message() {
    assert_marks(
        "Hallo, ich heiße Ayla Demir und wohne in der Hauptstraße 12, 44135 Dortmund. Tel. 0171 1234567, \
         Mail ayla.demir@example.de. Geboren am 12.03.1985. Ich habe Diabetes und nehme Medikamente. \
         IBAN DE89 3704 0044 0532 0130 00. Steuer-ID: 12 345 678 901.\nViele Grüße\nAyla Demir",
        &[
            ("Ayla Demir", Name),
            ("Hauptstraße 12, 44135 Dortmund", Address),
            ("0171 1234567", Phone),
            ("ayla.demir@example.de", Email),
            ("12.03.1985", BirthDate),
            ("Diabetes", Health),
            ("Medikamente", Health),
            ("DE89 3704 0044 0532 0130 00", Iban),
            ("12 345 678 901", IdNumber),
            ("Ayla Demir", Name),
        ],
    );
}

#[test]
fn turkish_message() {
    assert_marks(
        "Merhaba, benim adım Ayşe Yılmaz. Adresim Atatürk Cad. No: 15, 34710 Kadıköy. Cep: 0532 123 45 67. \
         Doğum tarihim 12.03.1985. TC Kimlik No: 12345678901. IBAN: TR33 0006 1005 1978 6457 8413 26. \
         Hamileyim ve ilaç kullanıyorum.\nSaygılarımla,\nAyşe Yılmaz",
        &[
            ("Ayşe Yılmaz", Name),
            ("Atatürk Cad. No: 15, 34710 Kadıköy", Address),
            ("0532 123 45 67", Phone),
            ("12.03.1985", BirthDate),
            ("12345678901", IdNumber),
            ("TR33 0006 1005 1978 6457 8413 26", Iban),
            ("Hamileyim", Health),
            ("ilaç", Health),
            ("Ayşe Yılmaz", Name),
        ],
    );
}

#[test]
fn ukrainian_message() {
    assert_marks(
        "Привіт! Мене звати Олена Петренко, я живу на вул. Шевченка, 10, Київ. Мій телефон: +380 67 123 4567, \
         пошта olena@example.com.ua. Народилася 12 березня 1985 року. У мене діабет і я приймаю ліки. \
         РНОКПП 3012345678. IBAN UA21 3223 1300 0002 6007 2335 6600 1.\nЗ повагою,\nОлена",
        &[
            ("Олена Петренко", Name),
            ("вул. Шевченка, 10", Address),
            ("+380 67 123 4567", Phone),
            ("olena@example.com.ua", Email),
            ("12 березня 1985", BirthDate),
            ("діабет", Health),
            ("ліки", Health),
            ("3012345678", IdNumber),
            ("UA21 3223 1300 0002 6007 2335 6600 1", Iban),
            ("Олена", Name),
        ],
    );
}

#[test]
fn russian_message() {
    assert_marks(
        "Здравствуйте! Меня зовут Иван Петров. Адрес: ул. Ленина, д. 5, кв. 3. Мой телефон 8 (912) 345-67-89, \
         почта ivan.petrov@example.ru. Родился 12 марта 1985 года. У меня депрессия, хожу на терапию. \
         ИНН 500100732259.\nС уважением,\nИван Петров",
        &[
            ("Иван Петров", Name),
            ("ул. Ленина, д. 5, кв. 3", Address),
            ("8 (912) 345-67-89", Phone),
            ("ivan.petrov@example.ru", Email),
            ("12 марта 1985", BirthDate),
            ("депрессия", Health),
            ("терапию", Health),
            ("500100732259", IdNumber),
            ("Иван Петров", Name),
        ],
    );
}

#[test]
fn arabic_message() {
    assert_marks(
        "مرحبا، اسمي أحمد علي وأسكن في شارع الملك فهد 12. رقم هاتفي +971 50 123 4567 وبريدي ahmad@example.ae. \
         ولدت في ١٢ مارس ١٩٨٥. أعاني من السكري وأتناول الأدوية. رقم الهوية: 784198512345671. \
         الآيبان: SA03 8000 0000 6080 1016 7519.\nمع التحية،\nأحمد علي",
        &[
            ("أحمد علي", Name),
            ("شارع الملك فهد 12", Address),
            ("+971 50 123 4567", Phone),
            ("ahmad@example.ae", Email),
            ("١٢ مارس ١٩٨٥", BirthDate),
            ("السكري", Health),
            ("الأدوية", Health),
            ("784198512345671", IdNumber),
            ("SA03 8000 0000 6080 1016 7519", Iban),
            ("أحمد علي", Name),
        ],
    );
}

#[test]
fn counts_follow_the_order_of_the_kinds() {
    let result = scan("Tel. 0171 1234567, Frau Müller, Tel. 030 1234567, Diabetes");
    let counts: Vec<(PersonalData, u32)> = result.counts.iter().map(|c| (c.kind, c.count)).collect();
    assert_eq!(counts, vec![(Name, 1), (Phone, 2), (Health, 1)]);
    assert_eq!(result.total(), 4);
    assert!(!result.truncated);
}

// ---------------------------------------------------------------------------------------------
// Looks like personal data, but is not
// ---------------------------------------------------------------------------------------------

#[test]
fn english_look_alikes_stay_unmarked() {
    assert_unmarked(&[
        "The meeting is on 12.03.2025 at 14:30.",
        "It costs 12,50 € or $1,299.00 in total.",
        "See page 12 and chapter 3.",
        "My order number is 0123456789.",
        "Invoice 05321234567 is paid.",
        "We were 12 people in 2024.",
        "Prices rose by 15 % since 2019.",
        "The postal code 44135 on its own.",
        "Dear all, dear team, thanks!",
        "Dear Team,\nthe release is ready.",
        "Dear Sir or Madam,",
        "Street Fighter 2 is a game from 1991.",
        "The Great Depression began in 1929.",
        "Call 112 in an emergency.",
        "Version 1.2.3 was released on 2024-05-01.",
        "Office hours 09.00 - 17.00.",
        "IBAN DE89 3704 0044 0532 0130 01 has a wrong checksum.",
        "GB29 NWBK 6016 1331 9268 18",
        "Appointment: 03/04/2025. Deadline 2025-06-30.",
        "Born in the USA is a song.",
        "Meeting ID: 0123 4567 8901",
        "Tracking: 00340434161094042557",
        "ISBN 978-3-16-148410-0",
        "Hello World!\nHi there,\nsee you.",
        "Best regards,\nThe Klar Team",
        "Count: 0 1 2 3 4 5 6 7 8 9",
        "The value is 0.000123456789.",
        "Flight LH 1234 departs at 08:15 from gate 12.",
        "The hearing aids were cheap.",
        "1 299 000 inhabitants live there.",
        "I'm a Cancer, he is a Leo.",
        "Dear Diary,",
        "The meeting on 12 March 2025 starts at 9.",
        "user@localhost is not an address.",
        "Alcoholic drinks are taxed.",
        "Mr President, thank you.",
        "Lottery: 01 02 03 04 05 06",
    ]);
}

#[test]
fn german_look_alikes_stay_unmarked() {
    assert_unmarked(&[
        "Der Termin ist am 12.03.2025 um 14:30 Uhr.",
        "Es kostet 12,50 € pro Monat.",
        "Siehe Seite 12, Absatz 3.",
        "Bestellnummer 0123456789",
        "Rechnung Nr. 0171234567 vom 01.02.2024",
        "Wir waren 12 Personen im Jahr 2024.",
        "Die Frau ging nach Hause.",
        "Als Frau Karriere machen ist nicht leicht.",
        "Frau",
        "Am Montag 12 Uhr treffen wir uns.",
        "Im Kapitel 5 steht es.",
        "Parkplatz 12 ist frei.",
        "12345 Besucher kamen zum Fest.",
        "Hallo zusammen,\nLiebe Grüße\nEuer Team",
        "Sehr geehrte Damen und Herren,",
        "Die Postleitzahl 44135 allein verrät wenig.",
        "Öffnungszeiten 09.00 - 17.00 Uhr.",
        "Herr der Ringe ist ein Buch.",
        "Mein Sternzeichen Krebs passt.",
        "Ich bin geboren und aufgewachsen in Köln und ziehe am 12.03.2025 um.",
        "Termin: 12.03.2025, Geburtstagsfeier bei Oma.",
        "Ich habe meinen Ausweis 2019 verloren.",
        "Der Preis liegt bei 1.299,00 Euro.",
        "Gleis 12, Wagen 3, Platz 45.",
        "Wir sitzen am Tisch 4.",
        "Treffpunkt am Eingang 3, dann im Raum 12.",
        "Ich heiße Sie herzlich willkommen.",
        "Sehr geehrter Herr Präsident,",
        "Herr Ober, die Rechnung bitte.",
    ]);
}

#[test]
fn turkish_look_alikes_stay_unmarked() {
    assert_unmarked(&[
        "Toplantı 12.03.2025 saat 14:30'da.",
        "Fiyatı 12,50 TL.",
        "Sayfa 12'ye bak.",
        "Sipariş numarası 0123456789.",
        "Fatura no: 05321234567",
        "2024'te 12 kişiydik.",
        "İlk adım önemli.",
        "Bayan tuvaleti nerede?",
        "Sevgili arkadaşlar,",
        "Merhaba herkes",
        "Randevum 05.06.2025 tarihinde.",
        "Sayın Yetkili,",
        "Posta kodu 34710 tek başına.",
        "Kimlik kartımı 2020'de yeniledim.",
        "Resmi duvara astım.",
        "Bunu sana veremem.",
        "Sayın Bakan açıkladı.",
    ]);
}

#[test]
fn ukrainian_look_alikes_stay_unmarked() {
    assert_unmarked(&[
        "Зустріч 12.03.2025 о 14:30.",
        "Ціна 12,50 грн.",
        "Дивись сторінку 12.",
        "Номер замовлення 0123456789.",
        "Нас було 12 людей у 2024 році.",
        "Велика депресія почалася у 1929 році.",
        "Привіт усім!",
        "Шановні колеги,",
        "Ракета стартувала о 10:00.",
        "Термін подання — 01.06.2025.",
    ]);
}

#[test]
fn russian_look_alikes_stay_unmarked() {
    assert_unmarked(&[
        "Встреча 12.03.2025 в 14:30.",
        "Цена 12,50 руб.",
        "Смотри страницу 12.",
        "Номер заказа 0123456789.",
        "Нас было 12 человек в 2024 году.",
        "Великая депрессия.",
        "Привет всем!",
        "Привет, Мир!",
        "Ракета стартовала в 10:00.",
        "Срок сдачи — 01.06.2025.",
    ]);
}

#[test]
fn arabic_look_alikes_stay_unmarked() {
    assert_unmarked(&[
        "الاجتماع في 12.03.2025 الساعة 14:30.",
        "السعر 12,50 ريال.",
        "انظر الصفحة 12.",
        "رقم الطلب 0123456789.",
        "كنا 12 شخصا في عام 2024.",
        "عن طريق الإنترنت 5 مرات.",
        "عزيزي العميل،",
        "مرحبا بالجميع",
        "موعدي في ١٢/٠٣/٢٠٢٥.",
        "حامل الشهادة يمكنه التقديم.",
        "برج السرطان",
        "أكلنا سرطان البحر.",
        "مشروبات سكرية",
        "معاقبة المخالفين",
        "استبدل الاسم بـ \"السيدة أ.\"",
        "السيد الرئيس ألقى كلمة.",
    ]);
}

// ---------------------------------------------------------------------------------------------
// Rules, one by one
// ---------------------------------------------------------------------------------------------

#[test]
fn phone_numbers_in_their_usual_shapes() {
    for phone in [
        "+49 171 1234567",
        "+90 532 123 45 67",
        "+380 67 123 4567",
        "+7 912 345 67 89",
        "+971 50 123 4567",
        "+49 (0) 171 1234567",
        "0049 30 1234567",
        "0171 1234567",
        "030/1234567",
        "(030) 123 45 67",
        "0532 123 45 67",
        "07700 900123",
        "8 (912) 345-67-89",
        "(555) 123-4567",
        "٠٥٠ ١٢٣ ٤٥٦٧",
    ] {
        assert_marks(&format!("Ruf an: {phone}."), &[(phone, Phone)]);
    }
    // A cue makes a number without the usual shape a phone number.
    assert_marks("Tel: 1234567", &[("1234567", Phone)]);
    assert_marks("телефон 1234567", &[("1234567", Phone)]);
    // The nearest cue decides.
    assert_marks("Bestellnummer 12345, Tel. 0171 1234567", &[("0171 1234567", Phone)]);
}

/// The inputs of the security audit (L1) that made the highlighter panic: a first digit that is two
/// bytes long (Arabic-Indic or Persian), or a non-breaking space after the parenthesis.
#[test]
fn phone_numbers_in_arabic_script_digits_and_with_non_breaking_spaces() {
    // Eleven digits in a row have no phone shape, in any script, and must not take the scan down.
    assert_unmarked(&["٨٩١٢٣٤٥٦٧٨٩", "۸۹۱۲۳۴۵۶۷۸۹", "89123456789", "٨٩١٢٣٤٥٦٧٨٩ ۸۹۱۲۳۴۵۶۷۸۹"]);
    // The sentence's parenthesis and the space after it are not part of the number.
    assert_marks("(\u{00A0}8 912 345-67-89", &[("8 912 345-67-89", Phone)]);
    assert_marks("(\u{202F}8 912 345-67-89", &[("8 912 345-67-89", Phone)]);
    for phone in [
        "٨ (٩١٢) ٣٤٥-٦٧-٨٩",
        "۸ (۹۱۲) ۳۴۵-۶۷-۸۹",
        "۰۹۱۲ ۳۴۵ ۶۷۸۹",
        "+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹",
        "+49\u{00A0}171\u{00A0}1234567",
        "+49\u{202F}30\u{202F}901820",
        "٨\u{00A0}٩١٢\u{00A0}٣٤٥\u{00A0}٦٧\u{00A0}٨٩",
    ] {
        assert_marks(&format!("Ruf an: {phone}."), &[(phone, Phone)]);
    }
    // A Persian zero before a point is a decimal fraction, as an ASCII or Arabic-Indic one is.
    assert_unmarked(&["۰.۱۲۳۴۵۶۷۸", "0.12345678"]);
}

#[test]
fn ibans_need_the_checksum_and_the_country_length() {
    for iban in [
        "DE89 3704 0044 0532 0130 00",
        "DE89370400440532013000",
        "de89370400440532013000",
        "AT61 1904 3002 3457 3201",
        "CH93 0076 2011 6238 5295 7",
        "NL91 ABNA 0417 1643 00",
        "FR14 2004 1010 0505 0001 3M02 606",
        "AE07 0331 2345 6789 0123 456",
        "RU02 0445 2560 0407 0281 0412 3456 7890 1",
    ] {
        assert_marks(&format!("Konto: {iban} bitte"), &[(iban, Iban)]);
    }
    assert_unmarked(&[
        "DE89 3704 0044 0532 0130 01",
        "DE8937040044053201300",
        "XX89 3704 0044 0532 0130 00",
        "DE89370400440532013000123",
    ]);
    // A look-alike right before a real IBAN does not hide it.
    assert_marks("Ref ab12 DE89 3704 0044 0532 0130 00", &[("DE89 3704 0044 0532 0130 00", Iban)]);
    // The BIC after the IBAN is not swallowed.
    assert_marks("DE89370400440532013000 BIC COBADEFFXXX", &[("DE89370400440532013000", Iban)]);
}

#[test]
fn birth_dates_in_many_formats_need_a_cue() {
    let cases = [
        ("born 12/03/1985", "12/03/1985"),
        ("DOB: 1985-03-12", "1985-03-12"),
        ("I was born on March 12, 1985.", "March 12, 1985"),
        ("geb. 12. März 1985", "12. März 1985"),
        ("Ich bin am 12. März 1985 in Köln geboren.", "12. März 1985"),
        ("Geburtsdatum: 12.03.1985", "12.03.1985"),
        ("DOĞUM TARİHİ: 12.03.1985", "12.03.1985"),
        ("12 Mart 1985'te doğdum.", "12 Mart 1985"),
        ("дата народження 12.03.1985", "12.03.1985"),
        ("народився 12 березня 1985 року", "12 березня 1985"),
        ("родилась 12 марта 1985 г.", "12 марта 1985"),
        ("تاريخ الميلاد: 12/03/1985", "12/03/1985"),
        ("من مواليد 12 مارس 1985", "12 مارس 1985"),
        ("وُلدت في ١٢ آذار ١٩٨٥", "١٢ آذار ١٩٨٥"),
    ];
    for (text, date) in cases {
        assert_marks(text, &[(date, BirthDate)]);
    }
    assert_unmarked(&[
        "Termin am 12.03.1985.",
        "Abgabe bis 12. März 2025",
        "12 Mart 2025 toplantı",
        "32.13.1985 geboren",
    ]);
    // Only the date next to the cue, not the appointment in the same message.
    assert_marks("Geburtsdatum: 12.03.1985, Termin: 14.05.2025", &[("12.03.1985", BirthDate)]);
}

#[test]
fn names_need_a_cue_and_only_the_name_is_marked() {
    let cases: &[(&str, &[&str])] = &[
        ("Mein Name ist Jonas Weber.", &["Jonas Weber"]),
        ("Herr Müller und Frau Dr. Krebs kommen.", &["Müller", "Krebs"]),
        ("Mr. Smith and Mrs Jones", &["Smith", "Jones"]),
        ("Benim adım Ayşe.", &["Ayşe"]),
        ("BENİM ADIM İlkay.", &["İlkay"]),
        ("Merhaba, adım Elif.", &["Elif"]),
        ("Ahmet Bey geldi, Sayın Yılmaz da.", &["Ahmet", "Yılmaz"]),
        ("Bay Demir ve Bayan Kaya", &["Demir", "Kaya"]),
        ("Мене звати Тарас.", &["Тарас"]),
        ("Передай пані Мар'яні Коваль.", &["Мар'яні Коваль"]),
        ("Меня зовут Анна.", &["Анна"]),
        ("господин Иванов пришёл", &["Иванов"]),
        ("اسمي سارة.", &["سارة"]),
        ("السيدة فاطمة الزهراء", &["فاطمة الزهراء"]),
        ("Name: Jonas Weber", &["Jonas Weber"]),
        ("Liebe Ayla,\nwie geht's?", &["Ayla"]),
        ("Dear Jonas,", &["Jonas"]),
        ("Привіт, Олено!", &["Олено"]),
        ("Здравствуйте, Анна Петровна!", &["Анна Петровна"]),
        ("عزيزي خالد،", &["خالد"]),
        ("Best regards,\nJonas", &["Jonas"]),
        ("Viele Grüße\nAyla Demir", &["Ayla Demir"]),
        ("Saygılarımla,\nMehmet Öz", &["Mehmet Öz"]),
        ("З повагою,\nОлена", &["Олена"]),
        ("С уважением,\nИван", &["Иван"]),
        ("مع التحية،\nأحمد علي", &["أحمد علي"]),
        ("Thanks, Tom", &["Tom"]),
        ("Frau Ministerin Müller kommt.", &["Müller"]),
        ("Ich war beim Dr. med. Schmidt.", &["Schmidt"]),
    ];
    for (text, names) in cases {
        let expected: Vec<(&str, PersonalData)> = names.iter().map(|n| (*n, Name)).collect();
        assert_marks(text, &expected);
    }
    // Without a cue, a name is not found (a known limitation, by design).
    assert_unmarked(&["Jonas kommt morgen.", "I'm Jonas."]);
}

#[test]
fn addresses_need_a_street_word_and_a_number() {
    for address in [
        "Hauptstraße 12",
        "Am Markt 3a",
        "Lindenweg 5",
        "Karl-Marx-Allee 90",
        "Berliner Straße 7",
        "Hauptstr. 3",
        "12 Baker Street",
        "221B Baker St.",
        "Atatürk Cad. No: 15",
        "Çiçek Sokak No:4 Daire 2",
        "вул. Шевченка, 10",
        "ул. Ленина, д. 5",
        "شارع الملك فهد 12",
        "44135 Dortmund",
        "am Markt 3a",
        "34710 Kadıköy",
        "60311 Frankfurt am Main",
    ] {
        assert_marks(&format!("Adresse: {address}\n"), &[(address, Address)]);
    }
    assert_unmarked(&["Street Fighter 2", "page 12", "12 people", "Seite 12", "Level 3", "12 Personen", "Weg 5"]);
}

#[test]
fn health_words_in_their_inflected_forms() {
    let cases = [
        ("Ich habe Krebs.", "Krebs"),
        ("Sie ist schwanger.", "schwanger"),
        ("Brustkrebs ist heilbar.", "Brustkrebs"),
        ("Meine Depressionen", "Depressionen"),
        ("Ich habe eine Behinderung.", "Behinderung"),
        ("She is pregnant.", "pregnant"),
        ("He has HIV.", "HIV"),
        ("Kanserim var.", "Kanserim"),
        ("Depresyondayım.", "Depresyondayım"),
        ("İlaçlarımı aldım.", "İlaçlarımı"),
        ("ENGELLİYİM", "ENGELLİYİM"),
        ("У мене рак.", "рак"),
        ("Вона вагітна.", "вагітна"),
        ("Маю інвалідність.", "інвалідність"),
        ("У него ВИЧ.", "ВИЧ"),
        ("Она беременна.", "беременна"),
        ("Пью лекарства.", "лекарства"),
        ("مصاب بالسرطان", "بالسرطان"),
        ("أنا حامل", "حامل"),
        ("أعاني من الاكتئاب", "الاكتئاب"),
    ];
    for (text, word) in cases {
        assert_marks(text, &[(word, Health)]);
    }
}

#[test]
fn id_numbers_follow_their_cue() {
    let cases = [
        ("Steuer-ID 12345678901", "12345678901"),
        ("Steueridentifikationsnummer: 12 345 678 901", "12 345 678 901"),
        ("Reisepassnummer C01X00T47", "C01X00T47"),
        ("Steuer-ID 12345678901 OK?", "12345678901"),
        ("NI number: QQ 12 34 56 C", "QQ 12 34 56 C"),
        ("Ausweisnummer: L01X00T47", "L01X00T47"),
        ("Sozialversicherungsnummer 12 150485 M 123", "12 150485 M 123"),
        ("T.C. kimlik numarası 12345678901", "12345678901"),
        ("TC KİMLİK NO: 12345678901", "12345678901"),
        ("My social security number is 123-45-6789.", "123-45-6789"),
        ("номер паспорта АА 123456", "АА 123456"),
        ("ІПН 3012345678", "3012345678"),
        ("паспорт 45 08 123456", "45 08 123456"),
        ("رقم جواز السفر: A12345678", "A12345678"),
        ("رقم الهوية ١٠٢٣٤٥٦٧٨٩", "١٠٢٣٤٥٦٧٨٩"),
    ];
    for (text, code) in cases {
        assert_marks(text, &[(code, IdNumber)]);
    }
    // The TC number has 11 digits; the cue alone is not enough.
    assert_unmarked(&["TC Kimlik No: 1234", "Steuer-ID: 12345", "Passnummer habe ich nicht."]);
    // An ID number that starts with 0 is still an ID number, not a phone number.
    assert_marks("Steuer-ID 01234567890", &[("01234567890", IdNumber)]);
}

#[test]
fn overlaps_keep_the_longer_or_more_specific_mark() {
    // Same span: the cued name beats the health word.
    assert_marks("Frau Krebs", &[("Krebs", Name)]);
    // Longer: the address beats the health word inside it.
    assert_marks("Krebsweg 5", &[("Krebsweg 5", Address)]);
    // The digits of an IBAN are not also a phone number.
    assert_marks("DE89 3704 0044 0532 0130 00", &[("DE89 3704 0044 0532 0130 00", Iban)]);
    // "Great Depression" is history, not a diagnosis; the depression after it is.
    assert_marks("The Great Depression gave me depression.", &[("depression", Health)]);
}

#[test]
fn case_insensitive_matching_handles_turkish_i() {
    for text in ["DOĞUM TARİHİ: 12.03.1985", "doğum tarihi: 12.03.1985", "DOGUM TARIHI: 12.03.1985"] {
        assert_marks(text, &[("12.03.1985", BirthDate)]);
    }
    for text in ["TC KİMLİK NO 12345678901", "tc kimlik no 12345678901", "Tc Kimlik No 12345678901"] {
        assert_marks(text, &[("12345678901", IdNumber)]);
    }
}

// ---------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------

#[test]
fn segments_join_to_the_input_for_many_inputs() -> TestResult {
    let inputs = [
        "",
        " ",
        "\n\n",
        "😀",
        "👩‍👩‍👧 Familie, Tel. 0171 1234567 👍",
        "e\u{301}\u{301} combining marks 0171 1234567",
        "\u{200F}مرحبا\u{200E} RTL marks +971 50 123 4567",
        "Mixed: Ich heiße Jonas, меня зовут Иван, اسمي أحمد, benim adım Ayşe.",
        "CRLF\r\nViele Grüße\r\nAyla\r\n",
        "İıIi ǅ ß ẞ ﬁ",
        "\u{0}\u{1}\u{7f}",
        "DE89 3704 0044 0532 0130 00DE89 3704 0044 0532 0130 00",
        "++49 171 1234567++",
        "((030) 123 45 67))",
        "@@@a@b.de@@@",
        "١٢/٠٣/١٩٨٥ ولدت",
        "Am Markt 3a, 44135 Dortmund, Hauptstraße 12, 44137 Dortmund",
        "Krebs Krebs Krebs Krebs",
    ];
    for text in inputs {
        check_invariants(text, &scan(text))?;
    }
    Ok(())
}

#[test]
fn long_input_is_scanned_up_to_the_cap_and_returned_whole() -> TestResult {
    let head = "x".repeat(MAX_SCAN_CHARS - 20);
    let text = format!("{head} Tel. 0171 1234567, and after the cap: Tel. 030 1234567");
    let result = scan(&text);
    check_invariants(&text, &result)?;
    assert!(result.truncated);
    // The first number ends before the cap is reached; the second lies behind it.
    assert_eq!(result.marks().collect::<Vec<_>>(), vec![("0171 1234567", Phone)]);
    // Characters, not bytes: a cap in the middle of multi-byte text cuts on a char boundary.
    let wide = "ж".repeat(MAX_SCAN_CHARS + 5);
    let result = scan(&wide);
    check_invariants(&wide, &result)?;
    assert!(result.truncated);
    assert!(!scan("kurz").truncated);
    Ok(())
}

#[test]
fn kinds_serialize_as_the_keys_of_their_fluent_messages() -> TestResult {
    for kind in PersonalData::ALL {
        assert_eq!(serde_json::to_string(&kind)?, format!("\"{}\"", kind.key()));
    }
    let ids = klar_core::i18n::template_ids();
    for kind in PersonalData::ALL {
        assert!(ids.contains(&kind.label_id()), "missing {}", kind.label_id());
        assert!(ids.contains(&kind.why_id()), "missing {}", kind.why_id());
    }
    // Every required locale has its own text (not just the English fallback).
    for locale in klar_core::i18n::REQUIRED_UI_LOCALES {
        let main = klar_core::i18n::FTL_SOURCES
            .iter()
            .find(|(l, f, _)| l == locale && *f == "main.ftl")
            .map(|(_, _, src)| *src)
            .ok_or(format!("{locale} has no main.ftl"))?;
        for kind in PersonalData::ALL {
            for id in [kind.label_id(), kind.why_id()] {
                assert!(main.contains(&format!("\n{id} = ")), "{locale} lacks {id}");
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Fuzz
// ---------------------------------------------------------------------------------------------

/// Pieces that trigger the rules, so random texts reach the interesting paths.
const PIECES: &[&str] = &[
    "Tel. ",
    "0171 1234567",
    "+49 ",
    "(030) ",
    "123",
    " ",
    "  ",
    "\n",
    ",",
    ".",
    ":",
    "-",
    "/",
    "Frau ",
    "Herr ",
    "Müller",
    "Ayşe",
    "İ",
    "ı",
    "Олена",
    "أحمد",
    "السيد ",
    "اسمي ",
    "Viele Grüße\n",
    "С уважением,\n",
    "مع التحية،\n",
    "geboren ",
    "народився ",
    "ولدت ",
    "12.03.1985",
    "١٢ مارس ١٩٨٥",
    "12 березня 1985",
    "DE89 3704 0044 0532 0130 00",
    "DE89",
    "Hauptstraße ",
    "12",
    "44135 ",
    "Dortmund",
    "вул. ",
    "ул. ",
    "شارع ",
    "Cad. No: ",
    "Steuer-ID ",
    "TC Kimlik No ",
    "ІПН ",
    "رقم الهوية ",
    "Krebs",
    "السكري",
    "депрессия",
    "😀",
    "👩‍👩‍👧",
    "a@b.de",
    "@",
    "\u{301}",
    "\u{200F}",
    "ß",
    "ẞ",
    "Am Markt ",
    "3a",
    "Bey",
    "Hanım",
    "#",
];

/// ASCII, Arabic-Indic and Persian (Eastern Arabic-Indic) digits.
const DIGITS: &[char] = &[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
    '٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩',
    '۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹',
];

/// What stands between and around digit groups: spaces (also non-breaking and narrow
/// non-breaking), the signs of phone numbers and dates, cues and a few letters.
const NUMBER_GLUE: &[&str] = &[
    " ", "\u{00A0}", "\u{202F}", "+", "(", ")", "-", ".", "(\u{00A0}", "( ", "(\u{202F}", ") ", "\u{00A0}(",
    "a", "Z", "ب", "ж", "Tel. ", "هاتف ", "\n", ", ", "№",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn scan_never_panics_and_round_trips_on_any_string(text in any::<String>()) {
        let result = scan(&text);
        prop_assert!(check_invariants(&text, &result).is_ok(), "{:?}", check_invariants(&text, &result));
    }

    #[test]
    fn scan_round_trips_on_texts_made_of_rule_triggers(
        pieces in prop::collection::vec(prop::sample::select(PIECES), 0..60)
    ) {
        let text: String = pieces.concat();
        let result = scan(&text);
        prop_assert!(check_invariants(&text, &result).is_ok(), "{:?}", check_invariants(&text, &result));
    }

    /// Numbers written with the digits people type in Arabic script, mixed with ASCII ones, with
    /// every kind of space between the groups: the scan never panics and loses nothing.
    #[test]
    fn scan_round_trips_on_numbers_in_arabic_indic_and_persian_digits(
        pieces in prop::collection::vec(
            prop_oneof![
                4 => prop::collection::vec(prop::sample::select(DIGITS), 1..5).prop_map(|d| d.into_iter().collect::<String>()),
                2 => prop::sample::select(NUMBER_GLUE).prop_map(str::to_string),
            ],
            0..30,
        )
    ) {
        let text: String = pieces.concat();
        let result = scan(&text);
        prop_assert!(check_invariants(&text, &result).is_ok(), "{:?}", check_invariants(&text, &result));
    }

    #[test]
    fn scan_round_trips_on_digit_and_separator_soup(text in "[0-9٠-٩ +()./\\-:,A-Za-zİıÄäßЖжاب\n]{0,120}") {
        let result = scan(&text);
        prop_assert!(check_invariants(&text, &result).is_ok(), "{:?}", check_invariants(&text, &result));
    }
}
