## Cihaz modu, sınıfta giriş, kütüphanede misafirler, öğretmen görünümü

mode-choose-legend = Birini seç
mode-pin-hint = Bu PIN'i yalnızca bu bilgisayarı kuran kişi bilmelidir. Öğretmen görünümünü açmak ve modu değiştirmek için gerekir.
mode-continue = Devam
settings-mode = Cihaz modu
settings-mode-change = Cihaz modunu değiştir
settings-mode-hint = Mod değişince şu anda öğrenen kişinin oturumu kapanır.
settings-mode-save = Modu değiştir

classroom-title = Sen kimsin?
classroom-pick-name = Adını seç.
classroom-empty = Sınıf listesinde henüz kimse yok. Öğrencileri öğretmenin ekler.
classroom-hello = Merhaba, { $name }!
classroom-pictures-prompt = Üç resmine doğru sırayla dokun.
classroom-pin-prompt = PIN'in
classroom-sign-in = Giriş yap
pictures-chosen = Şimdiye kadar seçilen resimler
pictures-empty-slot = Henüz seçilmedi
pictures-clear = Baştan başla

library-title = Hoş geldin!
library-start = Misafir olarak başla
library-guest-note = Bu bilgisayarda misafir olarak öğrenirsin. Yaptığın hiçbir şey saklanmaz: oturumu kapattığında, 10 dakika hareketsizlikten sonra ve Klar kapandığında silinir.
library-guest-banner = Misafirsin. Burada yaptığın her şey, oturumu kapattığında veya 10 dakika hareketsizlikten sonra silinir.
idle-title = Hâlâ burada mısın?
idle-ended = Misafir oturumu 10 dakika hareketsizlikten sonra sona erdi. İçindeki her şey silindi.

teacher-button = Öğretmen
teacher-pin-title = Öğretmen görünümü
teacher-pin-submit = Öğretmen görünümünü aç
teacher-badge = Öğretmen
teacher-lock = Öğretmen görünümünden çık
teacher-title = Sınıfınız
teacher-export-csv = Tabloyu dışa aktar (CSV)
teacher-export-class = Sınıfın ilerlemesini dışa aktar
teacher-import = İlerlemeyi içe aktar
teacher-add-done = Bitti
teacher-sign-in-toggle = Öğrenciler resimli şifre veya PIN ile giriş yapar
teacher-report-title = İlerleme
teacher-report-hint = CSV dışa aktarımı tam olarak bu tabloyu içerir. Öğrencinin sayfasını görmek için bir ad seçin.
teacher-no-learners = Henüz öğrenci yok. Sınıfınızın öğrencilerini "Yeni öğrenci" ile ekleyin.
teacher-difficult-title = Zor sorular
teacher-difficult-none = Henüz hiçbir soru ilk denemede yanlış cevaplanmadı.
teacher-difficult-count = İlk denemede yanlış: { $answered } öğrenciden { $wrong }
teacher-imported = İlerleme içe aktarıldı: { $added } yeni öğrenci, { $updated } güncellendi, { $lessons } ders birleştirildi.
teacher-back-class = Sınıfa dön
teacher-learner-summary = Tamamlanan dersler: { $total } dersten { $done } · Harcanan süre: { $minutes } dk
teacher-record = Tamamlanan derslerin belgesi
teacher-export-learner = İlerlemeyi dışa aktar
teacher-export-data = Tüm verileri dışa aktar (JSON ve CSV)
teacher-delete = Öğrenciyi sil
teacher-secret-title = Giriş
teacher-secret-none = Henüz resimli şifre veya PIN yok.
teacher-secret-pictures = Resimli şifre ile giriş yapar.
teacher-secret-pin = PIN ile giriş yapar.
teacher-secret-off-hint = Resimli şifre veya PIN ile giriş sınıf için kapalı; öğrenciler yalnızca adlarını seçer.
teacher-set-pictures = Resimli şifre belirle
teacher-set-pin = PIN belirle
teacher-clear-secret = Girişi kaldır
teacher-pictures-help = { $name } için sırayla üç resim seçin. Sonra bunları kart olarak yazdırabilirsiniz.
teacher-pin-label = PIN (4 ila 8 rakam)
teacher-secret-save = Kaydet
teacher-secret-saved = Giriş kaydedildi.
teacher-lessons-title = Dersler
teacher-col-lesson = Ders
teacher-col-state = Durum
teacher-col-score = Puan
teacher-col-time = Süre
teacher-shared-title = Paylaşılan düşünceler
teacher-shared-none = Bu öğrenci henüz bir düşüncesini paylaşmadı. Düşünceler, öğrenci paylaşmadıkça gizli kalır.

record-lessons = Tamamlanan dersler: { $total } dersten { $done } ({ $minutes } dk)
record-none = Henüz tamamlanan ders yok.
record-col-completed = Tamamlanma tarihi
record-col-topics = Konular
record-topics-title = İşlenen konular

card-title = Resimli şifre kartı
card-once = Bu kartı şimdi yazdırın: resimli şifre kimsenin geri okuyamayacağı şekilde saklanır, bu yüzden kart daha sonra tekrar gösterilemez.
card-prompt = Klar için resimlerim, bu sırayla:

reflect-share = Öğretmenimle paylaş
reflect-shared = Öğretmenin bu düşünceni okuyabilir.

data-title = Verilerim
data-hint = Klar'ın senin hakkında sakladığı her şeyi (ilerleme, cevaplar, düşünceler) seçtiğin bir klasöre JSON ve CSV dosyaları olarak kaydet.
data-export = Verilerimi dışa aktar
data-exported = { $count } dosya kaydedildi: { $files }
file-saved = { $file } olarak kaydedildi.

## Sign-in protection: escalating locks, the admin PIN's length, failed attempts, idle sign-out

error-locked-minutes = Çok fazla yanlış deneme yapıldı. Lütfen { $count } dakika bekle ve tekrar dene.
admin-pin-enter-label = Yönetici PIN'i
admin-pin-new-label = Yönetici PIN'i (6 ile 8 rakam)
teacher-sign-in-off-explain = Giriş olmadan bu bilgisayardaki herkes istediği adı seçip o sınıf arkadaşının derslerini ve özel düşüncelerini açabilir.
teacher-sign-in-off-title = Giriş kapatılsın mı?
teacher-sign-in-off-confirm = Girişi kapat
teacher-sign-in-keep = Giriş açık kalsın
teacher-sign-in-off-warning = Giriş kapalı. Bu bilgisayardaki herkes tüm sınıf arkadaşlarının derslerini ve özel düşüncelerini açabilir.
teacher-attempts-title = Giriş
teacher-attempts-missing = { $count ->
    [one] Bir öğrencinin henüz resimli şifresi veya PIN'i yok ve giriş yapamıyor.
   *[other] { $count } öğrencinin henüz resimli şifresi veya PIN'i yok ve giriş yapamıyor.
} Oluşturmak için bir ad seçin.
teacher-col-learner = Öğrenci
teacher-col-sign-in = Giriş
teacher-col-failed = Yanlış denemeler
teacher-col-last-failed = Son yanlış deneme
teacher-col-locked = Kilitli
teacher-sign-in-none = Henüz yok
teacher-sign-in-pictures = Resimli şifre
teacher-sign-in-pin = PIN
teacher-locked-minutes = { $count } dk
teacher-attempts-hint = Yanlış denemeler öğrencinin son başarılı girişinden beri sayılır. Çok sayıda yanlış deneme, birinin bu öğrenci olarak giriş yapmaya çalıştığı anlamına gelebilir.
teacher-admin-failed = { $count ->
    [one] Öğretmen görünümü son açıldığından beri bir kez yanlış yönetici PIN'i girildi (son kez: { $time }).
   *[other] Öğretmen görünümü son açıldığından beri { $count } kez yanlış yönetici PIN'i girildi (son kez: { $time }).
}
teacher-pin-short = Yönetici PIN'iniz 6 rakamdan kısa, bu yüzden kolay tahmin edilebilir. Lütfen 6 ile 8 rakamlı yeni bir PIN seçin.
teacher-pin-change = Yönetici PIN'ini değiştir
teacher-pin-changed = Yönetici PIN'i değiştirildi.
teacher-idle-label = Bu kadar dakika işlem yapılmazsa öğrencinin oturumunu kapat
teacher-idle-hint = 1 ile 240 dakika arası. Böylece bu bilgisayara gelen sonraki kişi önceki öğrencinin çalışmasını açık bulmaz.
teacher-idle-save = Kaydet
teacher-idle-saved = Süre kaydedildi.
teacher-added-no-secret = { $name } eklendi. { $name } giriş yapabilsin diye şimdi bir resimli şifre veya PIN belirleyin.
teacher-set-sign-in-now = Girişi şimdi belirle
teacher-learner-failed = Son başarılı girişten beri yanlış denemeler: { $count }
teacher-learner-last-failed = Son yanlış deneme: { $time }
teacher-learner-locked = Kilitli: Bir sonraki deneme { $count } dk sonra mümkün.
teacher-secret-none-required = Siz bir resimli şifre veya PIN belirleyene kadar { $name } giriş yapamaz.
settings-delete-ask-teacher = Bir sınıfta öğrenciyi yalnızca öğretmen silebilir. Lütfen öğretmenine sor.
