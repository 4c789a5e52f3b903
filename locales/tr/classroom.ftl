## Cihaz modu, sınıfta giriş, kütüphanede misafirler, öğretmen görünümü

mode-choose-legend = Birini seçin
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

library-title = Hoş geldiniz!
library-start = Misafir olarak başla
library-guest-note = Bu bilgisayarda misafir olarak öğrenirsiniz. Yaptığınız hiçbir şey saklanmaz: oturumu kapattığınızda, 10 dakika hareketsizlikten sonra ve Klar kapandığında silinir.
library-guest-banner = Misafirsiniz. Burada yaptığınız her şey oturumu kapattığınızda veya 10 dakika hareketsizlikten sonra silinir.
idle-title = Hâlâ burada mısınız?
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
data-hint = Klar'ın sizin hakkınızda sakladığı her şeyi (ilerleme, cevaplar, düşünceler) seçtiğiniz bir klasöre JSON ve CSV dosyaları olarak kaydedin.
data-export = Verilerimi dışa aktar
data-exported = { $count } dosya kaydedildi: { $files }
file-saved = { $file } olarak kaydedildi.
