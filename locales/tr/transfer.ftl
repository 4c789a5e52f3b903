## İlerleme dosyasını içe aktarma: bir şey değişmeden önce gösterilen önizleme.

import-preview-title = Bu ilerleme dosyası içe aktarılsın mı?
import-preview-intro = Henüz hiçbir şey değişmedi. Bu dosyanın neler yapacağına bak, sonra "İçe aktar" ya da "Vazgeç"i seç.
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
import-preview-look-alike = Burada aynı ada sahip başka biri var. Bunun gerçekten başka bir kişi olduğundan emin ol.
import-preview-look-alikes = Başka birinin adına benzeyen adlar: { $count }. Lütfen içe aktarmadan önce bunları kontrol et.
import-preview-completed = Tamamlandı olarak işaretlenecek:
import-preview-other-lessons = Bu bilgisayarda olmayan dersler: { $count }
import-preview-details = Dersler: { $lessons } · cevaplar: { $answers } · düşünceler: { $reflections }
import-preview-confirm = İçe aktar
import-preview-cancel = Vazgeç
error-import-expired = Bu içe aktarma artık beklemiyor (onaylandı, iptal edildi ya da çok uzun süre açık kaldı). Lütfen dosyayı yeniden seç.

## Öğretmenin bir öğrenciyi dışa aktarması: gizli düşünceler dahil edilmez.

teacher-export-learner-data = Verileri dışa aktar (JSON ve CSV, yalnızca paylaşılan düşünceler)
