## Cihaz modu, sınıfta giriş, kütüphanede misafirler

mode-choose-legend = Birini seç
mode-continue = Devam
settings-mode = Cihaz modu
settings-mode-change = Cihaz modunu değiştir
settings-mode-hint = Mod değişince şu anda öğrenen kişinin oturumu kapanır.
settings-mode-save = Modu değiştir

classroom-title = Adın ne?
classroom-pick-name = Adını seç.
classroom-empty = Sınıf listesinde henüz kimse yok. Öğrencileri öğretmenin ekler.
classroom-hello = Merhaba, { $name }!
classroom-pictures-prompt = Üç resmine doğru sırayla dokun.
classroom-pin-prompt = PIN kodun
classroom-sign-in = Giriş yap
pictures-chosen = Şimdiye kadar seçilen resimler
pictures-empty-slot = Henüz seçilmedi
pictures-clear = Baştan başla

library-title = Hoş geldin!
library-start = Misafir olarak başla
library-guest-note = Bu bilgisayarda misafir olarak öğreniyorsun. Yaptığın hiçbir şey saklanmaz: oturumu kapattığında, 10 dakika işlem yapılmazsa ve Klar kapandığında silinir.
library-guest-banner = Misafirsin. Burada yaptığın her şey, oturumu kapattığında veya 10 dakika işlem yapılmazsa silinir.
idle-title = Hâlâ burada mısın?
idle-ended = Misafir oturumu 10 dakika işlem yapılmadığı için sona erdi. İçindeki her şey silindi.

teacher-button = Öğretmen
teacher-col-lesson = Ders
teacher-col-time = Süre

record-lessons = Tamamlanan dersler: { $total } dersten { $done } ({ $minutes } dk)
record-none = Henüz tamamlanan ders yok.
record-col-completed = Tamamlanma tarihi
record-col-topics = Konular
record-topics-title = İşlenen konular

card-prompt = Klar için resimlerim, bu sırayla:

reflect-share = Öğretmenimle paylaş
reflect-shared = Öğretmenin bu düşünceni okuyabilir.

data-title = Verilerim
data-hint = Klar'ın senin hakkında sakladığı her şeyi (ilerleme, cevaplar, düşünceler) seçtiğin bir klasöre JSON ve CSV dosyaları olarak kaydet.
data-export = Verilerimi dışa aktar
data-exported = { $count } dosya kaydedildi: { $files }
file-saved = { $file } olarak kaydedildi.

## Sign-in protection: locks after wrong tries; deleting a learner in a classroom

error-locked-minutes = Çok fazla yanlış deneme yapıldı. Lütfen { $count } dakika bekle ve tekrar dene.
settings-delete-ask-teacher = Bir sınıfta öğrenciyi yalnızca öğretmen silebilir. Lütfen öğretmenine sor.
