# Müfredattaki konu kodları (A1 … F4); sertifikalarda, öğretmen sayfalarında ve özetlerde gösterilir.

topic-a1 = Günlük hayatta yapay zekâyı fark etmek – görünmediği yerlerde de
topic-a2 = "Zekâ" ne demek; dar ve genel yapay zekâ; abartı ve gerçek
topic-a3 = Yapay zekâ türleri: kurallar, makine öğrenmesi, derin öğrenme, üretken yapay zekâ, robotlar
topic-a4 = Yapay zekâ neden insan gibi konuşur ve neden bir insan değildir
topic-b1 = Veri, eğitim, model, tahmin
topic-b2 = Kendi sınıflandırıcını eğit ve nerede yanıldığını gör
topic-b3 = Temsiller: özellikler, token'lar, embedding'ler
topic-b4 = Dil modelleri bir sonraki token'ı tahmin eder
topic-b5 = Token maliyeti dilden dile değişir
topic-b6 = Döngüdeki insan: etiketleme, geri bildirim, görünmeyen emek
topic-c1 = Güçlü ve zayıf yanlar; yapay zekâyı ne zaman kullanmamalı
topic-c2 = Halüsinasyonlar ve bunları kontrol etmenin yolları
topic-c3 = Önyargı ve adalet: veriler, etiketler, vekil değişkenler
topic-c4 = Kendinden emin olmak doğru olmak demek değildir; kara kutular
topic-c5 = İkna edici tasarım ve dalkavukluk
topic-d1 = Gizlilik: yazdıkların saklanabilir; yerel ve bulut tabanlı yapay zekâ
topic-d2 = Güvenlik: istem enjeksiyonu, jailbreak, veri sızıntıları
topic-d3 = Deepfake'ler ve sentetik medya; etiketler ve köken bilgisi
topic-d4 = Yapay zekâ metni dedektörleri güvenilir değildir
topic-d5 = Büyük ölçekte yanlış ve yanıltıcı bilgi
topic-d6 = Aşırı bağımlılık: kendi becerilerini koru
topic-d7 = Yazarlık, telif hakkı, yapay zekâ kullanımını belirtmek
topic-d8 = Senin yerine iş gören yapay zekâ ajanları: izinler, onaylar, gizli talimatlar, sorumluluk
topic-e1 = Haklar: otomatik kararlar, DSGVO, AB Yapay Zekâ Tüzüğü (AI Act)
topic-e2 = İş ve toplum: meslekler, kamu hizmetleri, hesap verebilirlik
topic-e3 = Çevre: enerji, su, donanım
topic-e4 = Kapsayıcılık: diller, erişilebilirlik, verilerde kimlerin eksik olduğu
topic-e5 = Nereye şikâyet edilir, nereden yardım alınır
topic-f1 = Açık iletişim olarak istem yazmak, ardından kontrol etmek
topic-f2 = Kontrolü elde tutarak yapay zekâyla üretmek
topic-f3 = Bir yapay zekâ çözümü tasarlamak: sorun, veri, riskler
topic-f4 = İstediğimiz gelecekler; katılmak; toplum yararına yapay zekâ

summary-title = Ders özeti
summary-in-short = Kısaca
summary-takeaway = Edinilecek bir alışkanlık
summary-think = Üzerine düşünülecek sorular
summary-topics = Konular
summary-print = Yazdır
summary-printed-from = Klar kursundan · { $date }
teachers-open = Öğretmenler için
glossary-all = Tüm terimler
glossary-open = Sözlük
page-back = Geri
page-back-lesson = Derse dön
glossary-filter = Terim ara
glossary-count = { $count ->
    [one] { $count } terim
   *[other] { $count } terim
}
glossary-none = Aramana uyan terim yok.
