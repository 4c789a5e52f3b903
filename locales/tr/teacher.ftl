# Klar – strings of the teacher and admin screens only: the admin PIN, the teacher view, a learner's
# page in it, the class report and its CSV, imports of progress files, the teachers' pages.
# A learner never meets these. Leichte Sprache (de-x-ls) needs no copy of this file: it falls back
# to standard German. Every string a learner can meet belongs in one of the other files.

## Admin PIN: setting up a classroom or library PC, and opening the teacher view

mode-pin-hint = Bu PIN'i yalnızca bu bilgisayarı kuran kişi bilmelidir. Öğretmen görünümünü açmak ve modu değiştirmek için gerekir.
admin-pin-enter-label = Yönetici PIN'i
admin-pin-new-label = Yönetici PIN'i (6–8 haneli)
teacher-pin-title = Öğretmen görünümü
teacher-pin-submit = Öğretmen görünümünü aç
teacher-badge = Öğretmen
teacher-lock = Öğretmen görünümünden çık
teacher-pin-short = Yönetici PIN'iniz 6 rakamdan kısa, bu yüzden kolay tahmin edilebilir. Lütfen 6–8 haneli yeni bir PIN seçin.
teacher-pin-change = Yönetici PIN'ini değiştir
teacher-pin-changed = Yönetici PIN'i değiştirildi.
teacher-admin-failed = { $count ->
    [one] Öğretmen görünümü son açıldığından beri bir kez yanlış yönetici PIN'i girildi (son kez: { $time }).
   *[other] Öğretmen görünümü son açıldığından beri { $count } kez yanlış yönetici PIN'i girildi (son kez: { $time }).
}

## Teacher view: the class

teacher-title = Sınıfınız
teacher-export-csv = Tabloyu dışa aktar (CSV)
teacher-export-class = Sınıfın ilerlemesini dışa aktar
teacher-import = İlerlemeyi içe aktar
teacher-imported = İlerleme içe aktarıldı: { $added } yeni öğrenci, { $updated } güncellendi, { $lessons } ders birleştirildi.
teacher-add-done = Bitti
teacher-added-no-secret = { $name } eklendi. { $name } giriş yapabilsin diye şimdi bir resimli şifre veya PIN belirleyin.
teacher-set-sign-in-now = Girişi şimdi belirle
teacher-sign-in-toggle = Öğrenciler resimli şifre veya PIN ile giriş yapar
teacher-sign-in-off-explain = Giriş olmadan bu bilgisayardaki herkes istediği adı seçip o sınıf arkadaşının derslerini ve özel düşüncelerini açabilir.
teacher-sign-in-off-title = Giriş kapatılsın mı?
teacher-sign-in-off-confirm = Girişi kapat
teacher-sign-in-keep = Giriş açık kalsın
teacher-sign-in-off-warning = Giriş kapalı. Bu bilgisayardaki herkes tüm sınıf arkadaşlarının derslerini ve özel düşüncelerini açabilir.
teacher-report-title = İlerleme
teacher-print-grid = Genel görünümü yazdır
teacher-grid-hint = Her öğrenci ve her ders için bir kutu. Cevapları görmek için bir kutu, öğrencinin sayfası için bir ad seçin. CSV dışa aktarımı her derste harcanan süreyi de içerir.
teacher-grid-legend = Kutular ne gösteriyor
teacher-grid-score-hint = { $correct }/{ $total } = { $total } sorudan { $correct } tanesi ilk denemede doğru
teacher-grid-cell-label = { $name }, ders { $number }: { $state }, { $score }
teacher-grid-cell-label-no-score = { $name }, ders { $number }: { $state }
teacher-no-learners = Henüz öğrenci yok. Sınıfınızın öğrencilerini "Yeni öğrenci" ile ekleyin.
teacher-difficult-title = Zor sorular
teacher-difficult-none = Henüz hiçbir soru ilk denemede yanlış cevaplanmadı.
teacher-difficult-count = İlk denemede yanlış: { $answered } öğrenciden { $wrong }
teacher-difficult-common = En sık seçilen yanlış cevap ({ $count } öğrenci):
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
teacher-idle-label = Öğrencinin oturumu kaç dakika işlem yapılmazsa kapansın
teacher-idle-hint = 1–240 dakika. Böylece bu bilgisayara gelen sonraki kişi önceki öğrencinin çalışmasını açık bulmaz.
teacher-idle-save = Kaydet
teacher-idle-saved = Süre kaydedildi.

## Teacher view: one learner's page (private reflections stay out of the teacher's export)

teacher-back-class = Sınıfa dön
teacher-learner-summary = Tamamlanan dersler: { $total } dersten { $done } · Harcanan süre: { $minutes } dk
teacher-record = Tamamlanan derslerin belgesi
teacher-export-learner = İlerlemeyi dışa aktar
teacher-export-learner-data = Verileri dışa aktar (JSON ve CSV, yalnızca paylaşılan düşünceler)
teacher-delete = Öğrenciyi sil
teacher-secret-title = Giriş
teacher-secret-none = Henüz resimli şifre veya PIN yok.
teacher-secret-pictures = Resimli şifre ile giriş yapar.
teacher-secret-pin = PIN ile giriş yapar.
teacher-secret-off-hint = Resimli şifre veya PIN ile giriş sınıf için kapalı; öğrenciler yalnızca adlarını seçer.
teacher-secret-none-required = Siz bir resimli şifre veya PIN belirleyene kadar { $name } giriş yapamaz.
teacher-learner-failed = Son başarılı girişten beri yanlış denemeler: { $count }
teacher-learner-last-failed = Son yanlış deneme: { $time }
teacher-learner-locked = Kilitli: Bir sonraki deneme { $count } dk sonra mümkün.
teacher-set-pictures = Resimli şifre belirle
teacher-set-pin = PIN belirle
teacher-clear-secret = Girişi kaldır
teacher-pictures-help = { $name } için sırayla üç resim seçin. Sonra bunları kart olarak yazdırabilirsiniz.
teacher-pin-label = PIN (4–8 haneli)
teacher-secret-save = Kaydet
teacher-secret-saved = Giriş kaydedildi.
teacher-lessons-title = Dersler
teacher-col-state = Durum
teacher-col-score = Puan
teacher-shared-title = Paylaşılan düşünceler
teacher-shared-none = Bu öğrenci henüz bir düşüncesini paylaşmadı. Düşünceler, öğrenci paylaşmadıkça gizli kalır.
teacher-detail-started = Başlangıç
teacher-detail-completed = Tamamlanma
teacher-detail-answers = Cevaplar
teacher-detail-no-answers = Bu derste henüz hiçbir soru cevaplanmadı.
teacher-detail-first-right = İlk denemede doğru
teacher-detail-first-wrong = İlk denemede yanlış
teacher-detail-tries = { $count } deneme
teacher-detail-later-right = sonra doğru
teacher-detail-first-choice = İlk cevap:
teacher-detail-learner-page = Öğrencinin sayfasını aç
teacher-detail-close = Kapat

## The picture password card, on screen for the teacher (the printed card's own line, card-prompt, is in classroom.ftl)

card-title = Resimli şifre kartı
card-once = Bu kartı şimdi yazdırın: resimli şifre kimsenin geri okuyamayacağı şekilde saklanır, bu yüzden kart daha sonra tekrar gösterilemez.

## The class report and its CSV export (built in Rust)

report-col-learner = Öğrenci
report-col-state = { $name }: durum
report-col-score = { $name }: puan
report-col-time = { $name }: süre
report-score = { $total } sorudan { $correct }
report-minutes = { $minutes } dk

## Importing a progress file in the teacher view: the preview shown before anything changes, and the import's errors

import-preview-title = Bu ilerleme dosyası içe aktarılsın mı?
import-preview-intro = Henüz hiçbir şey değişmedi. Bu dosyanın neler yapacağına bakın, sonra "İçe aktar" ya da "Vazgeç"i seçin.
import-preview-source = { $date } tarihinde { $device } bilgisayarından dışa aktarıldı.
import-preview-source-unnamed = { $date } tarihinde dışa aktarıldı.
import-preview-kind-class = Bütün bir sınıf
import-preview-kind-learner = Bir öğrencinin ilerlemesi
import-preview-kind-learner-data = Bir öğrencinin tüm verileri
import-preview-counts = Yeni öğrenci: { $added }. Güncellenen: { $updated }. Değişmeyen: { $unchanged }.
import-preview-nothing-new = Bu dosyada bu bilgisayar için yeni bir şey yok.
import-preview-new = Yeni
import-preview-updated = Güncellenecek
import-preview-name-in-file = Dosyadaki ad: { $name }
import-preview-look-alike = Burada aynı ada sahip başka biri var. Bunun gerçekten başka bir kişi olduğundan emin olun.
import-preview-look-alikes = Başka birinin adına benzeyen adlar: { $count }. Lütfen içe aktarmadan önce bunları kontrol edin.
import-preview-completed = Tamamlandı olarak işaretlenecek:
import-preview-other-lessons = Bu bilgisayarda olmayan dersler: { $count }
import-preview-details = Dersler: { $lessons } · cevaplar: { $answers } · düşünceler: { $reflections }
import-preview-confirm = İçe aktar
import-preview-cancel = Vazgeç
error-import-expired = Bu içe aktarma artık beklemiyor (onaylandı, iptal edildi ya da çok uzun süre açık kaldı). Lütfen dosyayı yeniden seçin.
error-import-not-klar = Bu bir Klar ilerleme dosyası değil. Hiçbir şey değiştirilmedi.
error-import-newer = Bu dosya Klar'ın daha yeni bir sürümüyle oluşturulmuş. Lütfen bu bilgisayardaki Klar'ı güncelleyin; hiçbir şey değiştirilmedi.
error-import-corrupt = Bu ilerleme dosyası bozuk olduğu için içe aktarılmadı. Hiçbir şey değiştirilmedi. ({ $detail })
error-import-too-large = Bu dosya bir Klar ilerleme dosyası için çok büyük ({ $count } MB'tan fazla). Hiçbir şey değiştirilmedi.

## A lesson's page for teachers

teachers-title = Öğretmenler için

## Sınıf ne kadar emindi (ilk cevaplarda “Ne kadar eminsin?”)
teacher-calibration-title = Sınıf ne kadar emindi
teacher-calibration-explain = İlk cevap kontrol edilmeden önce her öğrenci ne kadar emin olduğunu söyler. Her soru için: her seviyede kaç kişinin doğru (✓) ve yanlış (✗) cevap verdiği. “Emin ama yanlış” üzerine konuşmaya değer.
teacher-calibration-none = Henüz hiçbir öğrenci ne kadar emin olduğunu söylemedi.
teacher-calibration-question = Soru
teacher-calibration-place = Ders { $lesson }, soru { $question }
