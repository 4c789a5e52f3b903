//! Turkish (tr) word lists of the privacy highlighter: the cues, titles, greetings, health
//! words and other phrases it looks for in Turkish text, so a translator can review them
//! without reading a regex. `*` marks a stem (more letters may follow); a leading `=` means
//! exact case (acronyms, capitalised titles). Spelling variants (ß/ss, İ/i, hamza forms …) are
//! added by `patterns::words`, so each word is listed once.

use super::Lexicon;

#[rustfmt::skip]
pub(crate) const LEXICON: Lexicon = Lexicon {
    phone_cues: &["telefonum", "telefon numaram", "cep", "cep telefonu", "cep no", "gsm", "beni ara", "numaram"],
    not_phone_cues: &[
        "sipariş*", "fatura*", "müşteri numarası", "müşteri no", "takip*", "kargo", "hesap numarası", "seri numarası",
        "sayfa*", "referans*", "oda", "kod*", "şifre*",
    ],
    units: &["tl", "lira", "kişi", "dakika", "saat", "yıl", "gün", "sayfa"],
    birth_cues: &["doğum tarih*", "d. tarihi", "doğdum", "doğmuşum", "doğdu", "doğmuş", "doğumlu", "doğumluyum"],
    months: &[
        "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
    ],
    name_intros: &["benim adım", "benim ismim", "ismim", "adım soyadım"],
    name_labels: &["ad", "soyad", "soyadı", "ad soyad", "adı soyadı", "isim", "isim soyisim"],
    name_titles: &["=Bay", "=Bayan", "sayın"],
    name_titles_after: &["bey", "hanım", "beyefendi", "hanımefendi"],
    determiners: &[],
    greetings: &["sevgili", "merhaba", "selam", "değerli"],
    closings: &[
        "saygılarımla", "saygılar", "sevgiler", "selamlar", "iyi çalışmalar", "teşekkürler", "teşekkür ederim",
        "görüşmek üzere", "hoşça kal",
    ],
    not_names: &[
        "Merhaba", "Selam", "Sayın", "Değerli", "Sevgili", "Bey", "Hanım", "Beyefendi", "Hanımefendi", "Hocam",
        "Arkadaşlar", "Herkes", "Ekip", "Takım", "Saygılarımla", "Teşekkürler", "İyi", "Günler", "Çalışmalar",
        "Efendim", "Ben", "Sen", "Biz", "Siz", "Bu", "Şu", "Yetkili", "İlgili", "Müşterimiz", "Dünya", "Bakan",
        "Başkan", "Müdür", "Doktor", "Hoca", "Vali", "Hakim", "Cumhurbaşkanı", "Millet", "Arkadaşım",
    ],
    street_lead_ins: &["adres", "adresim", "adresimiz", "adresi", "ev", "evim"],
    count_nouns: &["kişi"],
    health_words: &[
        "diyabet*", "şeker hastası*", "şeker hastalığı*", "depresyon*", "kanser*", "tümör*", "kemoterapi*", "hamile*",
        "gebelik*", "kürtaj*", "terapi*", "terapist*", "psikoterapi*", "ilaç*", "ilac*", "antidepresan*", "insülin*",
        "engelli*", "tekerlekli sandalye*", "otizm*", "otistik*", "=DEHB", "anksiyete bozukluğu*", "panik atak*",
        "şizofreni*", "epilepsi*", "sara hastası*", "astım hastası*", "astımım*", "astımlı*", "astım krizi*",
        "demans*", "teşhis*", "tanısı kondu", "alkol bağımlı*", "madde bağımlı*", "tedavi*", "yeme bozukluğu*",
        "anoreksi*", "=TSSB", "obsesif kompulsif*", "hepatit*", "verem", "veremli", "tüberküloz*", "kalp kriz*",
        "felç*", "kısırlık*", "tüp bebek*", "kronik hastalı*", "migren*", "psikiyatr*",
    ],
    not_health: &["yengeç burcu"],
    id_cues: &[
        "pasaport numarası", "pasaport numaram", "pasaport no", "pasaport", "kimlik numarası", "kimlik numaram",
        "kimlik no", "vergi numarası", "vergi numaram", "vergi no", "sgk numarası", "sgk no", "sicil numarası",
        "ehliyet numarası",
    ],
    id_strict: &[
        // Turkish identity number (TC Kimlik No): 11 digits.
        (
            &[
                "tc kimlik no",
                "t.c. kimlik no",
                "tc kimlik numarası",
                "t.c. kimlik numarası",
                "tc kimlik numaram",
                "t.c. kimlik numaram",
                "tc kimlik",
                "t.c. kimlik",
                "tckn",
                "tc no",
                "t.c. no",
            ],
            11..=11,
        ),
    ],
    id_fillers: &["numarası", "numaram"],
};

/// Street types, before "No:" and the number.
#[rustfmt::skip]
pub(crate) const STREET_TYPES: &[&str] = &[
    "caddesi", "cad.", "cad", "cd.", "sokak", "sokağı", "sok.", "sk.", "bulvarı", "blv.", "bulv.",
];
