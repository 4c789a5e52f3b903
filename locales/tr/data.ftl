## Veri dosyasının kopyaları: açılışta ve Ayarlar'da geri yükleme

error-data-missing = Klar'ın veri dosyası yok ya da boş. Klar bu dosyanın kopyalarını sakladı, yani hiçbir şey kaybolmak zorunda değil.
restore-title = Klar verilerin bulunamadı
restore-intro = Klar veri dosyasını bulamıyor ya da dosya boş. Klar bu dosyanın kopyalarını sakladı. En yeni kopyayı geri getirebilirsin.
restore-newest = En yeni kopyayı geri yükle ({ $date } tarihli)
restore-none-good = Kopyaların hiçbiri okunamıyor. Boş bir Klar ile başlamadan önce lütfen yardım iste.
restore-other-copies = Diğer kopyalar
restore-copy = { $date } tarihli kopya
restore-copy-size = { $kib } KB
restore-copy-damaged = Bozuk
restore-this = Bu kopyayı geri yükle
restore-empty = Boş bir Klar ile başla
restore-empty-warning = Klar o zaman hiçbir öğrenci ve ilerleme olmadan açılır, ve yeni biri bu bilgisayarı kurabilir. Bunu yalnızca eski verilere gerçekten ihtiyaç yoksa seç.
restore-empty-confirm = Evet, boş başla
restore-empty-cancel = Geri dön
backups-title = Yedekler
backups-intro = Klar verilerinin kopyalarını saklar. Bir kopyayı geri yüklemek, şu anda kayıtlı olan her şeyin yerine geçer. Klar önce mevcut verilerin bir kopyasını alır.
backups-none = Henüz kopya yok.
backups-restore = Geri yükle
backups-confirm = Tüm veriler { $date } tarihli kopyayla değiştirilsin mi?
backups-confirm-yes = Evet, geri yükle
backups-cancel = Vazgeç
backups-restored = Kopya geri yüklendi. Lütfen yeniden giriş yap.
