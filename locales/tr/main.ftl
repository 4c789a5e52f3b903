# Klar – kullanıcı arayüzü metinleri (Türkçe; kimlikler İngilizce şablonla aynıdır).

app-title = Klar
app-tagline = Yapay zekâyı bilinçli ve güvenli kullanmayı öğren.

## İlk açılış

language-choose-title = Dilini seç
language-choose-hint = Bunu daha sonra ayarlardan değiştirebilirsin.
language-continue = Devam
welcome-title = Klar'a hoş geldin
welcome-body = Klar sana yapay zekânın nasıl çalıştığını, nerede yanıldığını ve onu nasıl güvenle kullanabileceğini öğretir – kısa derslerle ve bu bilgisayarda yapacağın küçük deneylerle.
welcome-offline = Her şey bu bilgisayarda kalır. Klar internet kullanmaz; yazdığın hiçbir şey bu bilgisayardan dışarı çıkmaz.
welcome-start = Hadi başlayalım

## Öğrenciler

learners-title = Kim öğreniyor?
learners-new = Yeni öğrenci
learners-guest = Misafir olarak devam et
learners-guest-note = Misafir olarak çalıştığında yaptıkların yalnızca Klar kapanana kadar saklanır.
learners-empty = Henüz kimse başlamadı. Bir öğrenci oluştur ya da misafir olarak devam et.
learner-create-title = Yeni öğrenci
learner-name-label = Adın (ya da bir takma ad)
learner-name-hint = Yalnızca bu bilgisayarda görünür. E-posta yok, doğum tarihi yok.
learner-avatar-label = Bir resim seç
learner-create = Oluştur
learner-cancel = Vazgeç
learner-switch = Öğrenci değiştir
learner-guest-name = Misafir
guest-banner = Misafir olarak çalışıyorsun. Yaptıkların yalnızca Klar kapanana kadar saklanır.

avatar-sun = Güneş
avatar-moon = Ay
avatar-star = Yıldız
avatar-tree = Ağaç
avatar-flower = Çiçek
avatar-leaf = Yaprak
avatar-fish = Balık
avatar-mountain = Dağ
avatar-wave = Dalga
avatar-heart = Kalp
avatar-bolt = Şimşek
avatar-cloud = Bulut

## Kurs haritası

home-title = Kursun
home-lesson-number = Ders { $number }
home-minutes = { $minutes ->
    [one] { $minutes } dk
   *[other] { $minutes } dk
}
lesson-state-not-started = Başlanmadı
lesson-state-in-progress = Devam ediyor
lesson-state-done = Tamamlandı
lesson-score = { $total ->
    [one] İlk denemede { $total } sorudan { $correct } doğru
   *[other] İlk denemede { $total } sorudan { $correct } doğru
}
lesson-unavailable = Bu ders şu anda açılamıyor.
lesson-unavailable-reason = Nedeni: { $reason }
lesson-open = Aç
lesson-continue = Devam et
lesson-review = Tekrar göz at

## Ders oynatıcı

player-back = Kursa dön
player-step-of = { $total ->
    [one] Adım { $current } / { $total }
   *[other] Adım { $current } / { $total }
}
player-previous = Geri
player-next = İleri
player-finish = Dersi bitir
player-finished = Ders bitti. Tebrikler!
step-kind-summary = Kısaca
step-kind-takeaway = Edinilecek bir alışkanlık
step-kind-sources = Kaynaklar
step-facts-checked = Bilgilerin son kontrolü: { $month }
quiz-title = Soru
quiz-warmup-title = Ne düşünüyorsun?
quiz-choose-one = Bir cevap seç.
quiz-choose-many = Uygun olan tüm cevapları seç.
quiz-check = Cevabı kontrol et
quiz-try-again = Yeniden dene
quiz-correct = Doğru!
quiz-incorrect = Pek sayılmaz. Açıklamayı oku ve yeniden dene.
quiz-warmup-thanks = Teşekkürler – okumaya devam ederken cevabını aklında tut.
quiz-first-try-kept = Puan için ilk cevabın sayılır; yine de yeniden deneyebilirsin.
reflect-title = Düşüncelerin
reflect-private = Gizli: Bunu yalnızca sen, bu bilgisayarda görürsün.
reflect-placeholder = Düşüncelerini buraya yaz…
reflect-save = Kaydet
reflect-saving = Kaydediliyor…
reflect-saved = Kaydedildi: { $time }
reflect-unsaved = Henüz kaydedilmedi
demo-title = Canlı demo: { $demo }
demo-preset = Ayar: { $preset }
demo-task = Görevin

demo-name-next-token = Sonraki token kâşifi
demo-name-tokenizer = Token görünümü
demo-name-chat = Küçük modelle sohbet
demo-name-hallucination = Halüsinasyon kontrolü
demo-name-bias-probe = Önyargı testi
demo-name-classifier = Kendi sınıflandırıcını eğit
demo-name-detector = Yapay zekâ metni dedektörü
demo-name-injection = İstem enjeksiyonu oyunu
demo-name-privacy = Gizlilik vurgulayıcısı
demo-name-energy = Enerji ölçer

glossary-title = Sözlük
glossary-close = Kapat

## Ayarlar

settings-title = Ayarlar
settings-language = Dil
settings-text-size = Yazı boyutu
settings-text-size-small = Küçük
settings-text-size-medium = Orta
settings-text-size-large = Büyük
settings-text-size-xlarge = Çok büyük
settings-contrast = Yüksek kontrast
settings-motion = Hareketi azalt
settings-data-file = Verilerin nerede saklanıyor?
settings-data-file-hint = Bu bilgisayarda tek bir dosya. Hiçbir yere bir şey gönderilmez.
settings-guest-data = Misafir çalışmaları, Klar kapandıktan sonra diskte saklanmaz.
settings-delete-learner = Bu öğrenciyi ve tüm verilerini sil
settings-delete-confirm-title = { $name } silinsin mi?
settings-delete-confirm-body = Bu işlem, { $name } adlı öğrencinin ilerlemesini, soru cevaplarını ve düşünce notlarını bu bilgisayardan siler. Geri alınamaz.
settings-delete-confirm = Evet, her şeyi sil
settings-delete-cancel = Vazgeç
settings-deleted = Öğrenci ve tüm verileri silindi.
settings-close = Kapat

## Hatalar (öğrencilere gösterilir)

error-title = Bir şeyler ters gitti
error-not-found = Bu öğe artık yok.
error-invalid-input = Bu işlem yapılamadı: { $detail }
error-database-newer = Verilerin Klar'ın daha yeni bir sürümüyle kaydedilmiş. Lütfen Klar'ı güncelle; verilerin değiştirilmedi.
error-database-corrupt = Klar'ın veri dosyası bozulmuş. Önceki kopyaların, hemen yanındaki yedek klasöründe duruyor. Herhangi bir şeyi silmeden önce lütfen yardım iste.
error-database-busy = Klar'ın veri dosyası şu anda kullanımda. Lütfen biraz bekle ve yeniden dene.
error-disk-full = Disk dolu, bu yüzden Klar kaydedemedi. Biraz yer aç; daha önce kaydedilen hiçbir şey kaybolmaz.
error-read-only = Klar kendi veri klasörüne yazamıyor. Lütfen klasörün izinlerini kontrol et.
error-io = Klar bir dosyayı okuyamadı ya da yazamadı: { $detail }
error-lesson-unavailable = Bu ders şu anda açılamıyor.
error-internal = Beklenmeyen bir hata oluştu. Kaydettiğin çalışmalar güvende.
error-already-running = Klar zaten açık. Açık olan pencere öne getirildi.
error-dismiss = Tamam

## Arayüz için eklenenler

error-retry = Yeniden dene

## Classroom

mode-choose-title = Bu bilgisayar nasıl kullanılacak?
mode-personal = Evde
mode-personal-hint = Bir ya da birkaç öğrenci. Giriş yapmak gerekmez.
mode-classroom = Sınıfta
mode-classroom-hint = Bir sınıf listesi. Öğrenciler adlarını seçer; öğretmen ilerlemeyi görür.
mode-library = Halk kütüphanesinde
mode-library-hint = Yalnızca misafir oturumları. Misafirin yaptığı hiçbir şey saklanmaz.
idle-warning = Bu oturum { $count } saniye içinde sona erecek ve içindeki her şey silinecek.
idle-stay = Buradayım

record-title = Yapay zekâ okuryazarlığı eğitim belgesi
record-statement = { $name }, yapay zekâyı anlama ve kullanma üzerine Klar kursunun { $count } dersini tamamladı. Bu belge, AB Yapay Zekâ Tüzüğü'nün (AI Act, 2024/1689 sayılı AB Tüzüğü) 4. maddesi uyarınca yapay zekâ okuryazarlığını destekleyen bir önlemin kanıtı olarak kullanılabilir.

picture-apple = Elma
picture-ball = Top
picture-bird = Kuş
picture-boat = Tekne
picture-car = Araba
picture-cat = Kedi
picture-dog = Köpek
picture-house = Ev
picture-key = Anahtar
picture-cup = Fincan
picture-umbrella = Şemsiye
picture-bicycle = Bisiklet

error-admin-pin-wrong = PIN yanlış. { $count } deneme hakkın kaldı; sonra PIN bir dakika boyunca kilitlenir.
error-locked = Çok fazla yanlış deneme yapıldı. Lütfen { $count } saniye bekle ve tekrar dene.
error-admin-required = Bunu yalnızca öğretmen yapabilir. Lütfen önce yönetici PIN'ini gir.
error-not-allowed-in-mode = Bu bilgisayarın kurulum şekliyle bu mümkün değil.
error-sign-in-wrong = Bu doğru değildi. { $count } deneme hakkın kaldı.
error-sign-in-secret-missing = Öğretmenin henüz resimli şifreni ya da PIN'ini oluşturmadı. Lütfen öğretmenine sor.

## Lab: privacy highlighter

privacy-kind-name = İsim
privacy-why-name = İsmin kim olduğunu gösterir. Çevrim içi sohbet robotlarıyla yaptığın sohbetler saklanabilir ve başkaları tarafından okunabilir; ismin diğer bilgilerle birleşince seni bulmak kolaylaşır.
privacy-kind-address = Ev adresi
privacy-why-address = Adresin nerede yaşadığını gösterir. Sohbetin saklanır ya da dışarı sızarsa, yabancılar evini bulabilir.
privacy-kind-phone = Telefon numarası
privacy-why-phone = Telefon numaranla sana doğrudan ulaşılabilir. Yanlış ellere geçerse istenmeyen mesajlar ve dolandırıcılık aramaları için kullanılabilir.
privacy-kind-email = E-posta adresi
privacy-why-email = E-posta adresin çoğu zaman ismini içerir ve birçok hesabının anahtarıdır. Dışarı sızarsa sana istenmeyen e-postalar ya da seni kandırmaya çalışan sahte mesajlar gelebilir.
privacy-kind-iban = Banka hesabı (IBAN)
privacy-why-iban = IBAN, banka hesabının numarasıdır. Dolandırıcılar onu sahte ödeme talimatları ya da gerçekmiş gibi görünen dolandırıcılık mesajları için kullanabilir.
privacy-kind-birth-date = Doğum tarihi
privacy-why-birth-date = Bankalar ve resmî kurumlar kim olduğunu doğum tarihinle kontrol eder. İsminle birlikte, başkalarının kendini sen gibi göstermesini kolaylaştırır.
privacy-kind-health = Sağlık bilgisi
privacy-why-health = Hastalıklar, tedaviler ya da hamilelik çok özel bilgilerdir. Bunları bir kez çevrim içi bir sohbet robotuna gönderdiğinde, onları kimin saklayacağını ya da okuyacağını artık sen belirleyemezsin.
privacy-kind-id-number = Kimlik ya da vergi kimlik numarası
privacy-why-id-number = Pasaport ve kimlik numaran, vergi kimlik numaran (Steuer-ID) ve sosyal sigorta numaran (Sozialversicherungsnummer) yalnızca sana aittir. Bunlarla başkaları kendini sen gibi gösterebilir ya da senin adına sözleşme imzalayabilir.
