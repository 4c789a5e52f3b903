## Yapay zekâ laboratuvarı: tüm demoların ortak metinleri

lab-title = Yapay zekâ laboratuvarı
lab-intro = Gerçek yapay zekâyı bu bilgisayarda dene. Burada yazdığın hiçbir şey bu bilgisayardan dışarı çıkmaz. Küçük dil modeli tam burada çalışır; bu yüzden yavaştır ve sık sık yanılır – bu da öğreneceklerinin bir parçası.
lab-open = Laboratuvarı aç
lab-back-to-lab = Tüm demolar
lab-model-line = Dil modeli: { $file } ({ $size } MB)
lab-model-none = Henüz bir dil modeli kurulu değil. Model gerektiren demolar, modelin nasıl ekleneceğini açıklar; diğerleri model olmadan da çalışır.
lab-needs-model = dil modeli gerekir
lab-desc-next-token = Modelin sıradaki kelime olarak hangilerini olası gördüğünü ve sıcaklığın bu olasılıkları nasıl değiştirdiğini gör.
lab-desc-tokenizer = Modelin metni nasıl token'lara böldüğünü – ve bazı dillerin neden daha pahalıya geldiğini – gör.
lab-desc-chat = Bu bilgisayarda çalışan küçük bir yapay zekâyla sohbet et ve her kelimeden ne kadar emin olduğunu gör.
lab-desc-hallucination = Hiç yaşamamış birini sor ve her iddiayı bir kaynakla karşılaştır.
lab-desc-bias-probe = Farklı meslekler hakkındaki cümlelerden sonra erkeği ya da kadını gösteren bir kelimenin gelme olasılığını karşılaştır.
lab-desc-classifier = Resimler çiz, onlarla kendi küçük yapay zekânı eğit ve onu test et.
lab-desc-detector = Bir metni “yapay zekâ dedektörlerinin” yaptığı gibi puanla – ve bu dedektörlerin neden insanları haksız yere suçladığını gör.
lab-desc-injection = Bir yapay zekâyı kandırıp bir sırrı ele vermesini sağlamaya çalış, seviye seviye.
lab-desc-privacy = Bir mesajı göndermeden önce içinde hangi kişisel verilerin olduğunu gör.
lab-desc-energy = Tek bir cevabın bu bilgisayarda ne kadar enerji harcadığını ölç ve bunu büyük ölçekte hesapla.
lab-no-model-needed = dil modeli olmadan çalışır

lab-loading-model = Dil modeli yükleniyor… (yalnızca ilk seferde)
lab-working = İşleniyor…
lab-stopping = Durduruluyor…
lab-stop = Durdur
lab-model-missing-hint = Bir öğretmen ya da yönetici model dosyasını bu klasöre kopyalayabilir (README'ye bak: “cargo xtask fetch-models” dosyayı bir kez indirir). Klar'daki diğer her şey model olmadan da çalışmaya devam eder.
lab-ai-label = Bunu bir yapay zekâ yazdı – yanlış olabilir
lab-english-note = Bu bilgisayardaki küçük model çoğunlukla İngilizce öğrendi; bu yüzden buradaki istemler İngilizce. Başka dillerde çok daha kötü yazar – deneyip kendin gör.
lab-multilingual-note = Burada çok dilli model cevap veriyor. Pek çok dil öğrendi; bu yüzden kendi dilinde yazabilirsin.
lab-prompt = Metnin başlangıcı
lab-temperature = Sıcaklık
lab-temperature-cold = soğuk: her zaman en olası kelime
lab-temperature-hot = sıcak: daha şaşırtıcı
lab-seed = Tohum sayısı (seed)
lab-new-seed = Yeni tohum sayısı
lab-generate = Üret
lab-settings = Ayarlar
lab-chars-left = { $count ->
    [one] { $count } karakter kaldı
   *[other] { $count } karakter kaldı
}
lab-goal-reached = Tebrikler – bu demonun konusu olan şeyi denedin. Hazır olduğunda devam et.

## Sonraki token kâşifi

lab-nt-show = Sonraki token'ları göster
lab-nt-undo = Son token'ı geri al
lab-nt-start-over = Baştan başla
lab-nt-so-far = Şimdiye kadarki metin
lab-nt-bars-title = Sırada ne gelebilir (sıcaklık { $temperature })
lab-nt-pick = Seç: “{ $token }”
lab-nt-rest = Diğer tüm token'lar birlikte: { $percent }.
lab-nt-pick-hint = O token'ı kendin seçmek için bir çubuğa tıkla.
lab-nt-generate-title = Model devam etsin
lab-nt-seed-used = Tohum sayısı { $seed } ve sıcaklık { $temperature } ile yazıldı. Aynı tohum sayısı aynı metni yeniden verir; yeni bir tohum sayısı farklı bir metin verir.

## Sohbet

lab-chat-system = Sohbetten önce modele söylenenler (sistem mesajı)
lab-chat-you = Sen
lab-chat-model = Küçük yapay zekâ modeli
lab-chat-writing = Model yazıyor…
lab-chat-stopped = Durduruldu
lab-chat-why = Bunu neden söyledi?
lab-chat-why-hide = Olasılıkları gizle
lab-chat-why-title = Model, kelime kelime ne kadar emindi?
lab-chat-why-explain = İşaretli parçalar model için bile düşük olasılıklıydı: Onları şans eseri seçti. Başka neleri değerlendirdiğini görmek için bir parçaya tıkla.
lab-chat-why-token = “{ $token }” için olasılık: { $percent }. Bu noktada en olası olanlar:
lab-chat-message = Mesajın
lab-chat-send = Gönder
lab-chat-start-over = Yeni sohbet başlat

## Laboratuvar hataları

lab-error-model-missing = Dil modeli bu bilgisayarda kurulu değil. Modelin yeri { $folder } klasörü (dosya: { $file }).
lab-error-io = Model dosyası okunamıyor: { $file }
lab-error-bad-model-file = { $file } dosyası kullanılabilir bir dil modeli değil (hasarlı ya da eksik olabilir). Dosyayı yeniden kopyala.
lab-error-unsupported-model = { $file } dosyası, Klar'ın çalıştıramadığı türde bir model. Klar, GGUF biçimindeki llama türü modelleri çalıştırır.
lab-error-out-of-memory = Model için yeterli boş bellek yok: Yaklaşık { $needed } MB gerekiyor, yalnızca { $available } MB boş. Diğer programları kapat ve yeniden dene.
lab-error-context-exceeded = Bu, model için çok uzun: { $tokens } token; model en fazla { $context } token işleyebilir. Yeni bir sohbet başlat ya da metni kısalt.
lab-error-too-long = Bu çok uzun: { $chars } karakter; en fazla { $max } olabilir.
lab-error-invalid-input = Bu girdi kullanılamıyor. Kontrol et ve yeniden dene.
lab-error-too-few-classes = Bir sınıflandırıcının en az { $min } sınıfı olmalı.
lab-error-too-many-classes = Bir sınıflandırıcının en fazla { $max } sınıfı olabilir.
lab-error-class-name-empty = Her sınıfın bir adı olmalı.
lab-error-class-name-too-long = Bir sınıf adı en fazla { $max } karakter olabilir.
lab-error-duplicate-class-name = İki sınıfın adı da “{ $class }”. Her sınıfa kendine ait bir ad ver.
lab-error-unknown-class = Bir çizim artık var olmayan bir sınıfa ait. Çizimi kaldır ve yeniden dene.
lab-error-too-few-drawings = “{ $class }” sınıfında { $count } çizim var; en az { $needed } çizim gerekiyor.
lab-error-too-many-drawings = “{ $class }” sınıfında çok fazla çizim var: Sınıf başına en fazla { $max } çizim olabilir.
lab-error-empty-drawing = Çizim boş. Önce bir şey çiz.
lab-error-drawing-too-complex = Bu çizimde çok fazla çizgi var. Alanı temizle ve daha basit bir şekilde yeniden çiz.
lab-error-bad-point = Çizimin bir kısmı çizim alanının dışında. Alanı temizle ve yeniden çiz.
lab-error-compute = Model hesaplama sırasında bir sorunla karşılaştı. Yeniden dene; yine olursa Klar'ı yeniden başlat.
lab-error-cancelled = Durduruldu.

## Gizlilik vurgulayıcısı

lab-privacy-message = Çevrim içi bir sohbet robotuna göndermek istediğin mesaj
lab-privacy-check = Göndermeden önce kontrol et
lab-privacy-placeholders = İşaretli verileri yer tutucularla değiştir
lab-privacy-offline = Hiçbir yere bir şey gönderilmez: Kontrol bu bilgisayarda, hiçbir yapay zekâ modeli kullanılmadan yapılır.
lab-privacy-found = { $count ->
    [0] Kişisel veri bulunamadı
    [one] { $count } kişisel veri bulundu
   *[other] { $count } kişisel veri bulundu
}
lab-privacy-none = Vurgulayıcı hiçbir şey bulamadı. Mesajı bir de kendin oku: Yine de birinin kim olduğunu ele veriyor mu?
lab-privacy-truncated = Bu uzun metnin yalnızca başı kontrol edildi.
lab-privacy-limits = Vurgulayıcı kurallara göre çalışır ve bazı şeyleri kaçırır: “Bay”, “Bayan” ya da “benim adım” olmadan yazılmış bir isim, alışılmadık biçimde yazılmış bir sokak adı, isim olmadan da birini tanınır kılan ayrıntılar. Neyi göndereceğine yine sen karar verirsin.

## Kendi sınıflandırıcını eğit

lab-classifier-step-classes = 1. Sınıflarına ad ver
lab-classifier-class-name = { $number }. sınıfın adı
lab-classifier-count = { $count } / { $needed } çizim
lab-classifier-add-class = Sınıf ekle
lab-classifier-remove-class = Kaldır
lab-classifier-skewed = Bu ders için veriler bilerek dengesiz: “{ $class }” için yalnızca iki örnek çiz, diğerleri için daha fazla.
lab-classifier-step-draw = 2. Örnekler çiz
lab-classifier-pad = Çizim alanı: fareyle, kalemle ya da parmağınla çiz
lab-classifier-add-as = “{ $class }” olarak ekle
lab-classifier-clear = Temizle
lab-classifier-delete-drawing = Bu çizimi sil
lab-classifier-step-train = 3. Eğit
lab-classifier-train = Modeli eğit
lab-classifier-not-ready = Önce her sınıfın bir adı ve yeterince çizimi olmalı.
lab-classifier-training = Model çizimlerinden öğreniyor…
lab-classifier-axis-round = Eğitim turu
lab-classifier-axis-loss = Hata (loss)
lab-classifier-trained = Eğitim { $seconds } saniye sürdü. Model, senin çizdiğin örneklerde { $accuracy } oranında doğru tahmin ediyor – asıl test ise yeni çizimler.
lab-classifier-stopped = Eğitim durduruldu. Model şimdiye kadar öğrendiklerini korur.
lab-classifier-step-test = 4. Yeni çizimlerle test et
lab-classifier-test-pad = Test alanı: yeni bir şey çiz
lab-classifier-what-is-it = Bu ne?
lab-classifier-always-picks = Model yalnızca senin sınıflarını bilir ve her zaman bunlardan birini seçer – hiçbirine uymayan bir çizim için bile.
lab-classifier-keep = Çizimlerimi bu bilgisayarda sakla
lab-classifier-forget = Çizimlerimi sil
lab-classifier-kept = Çizimlerin bu bilgisayarda senin için saklanıyor.
lab-classifier-deleted = Çizimlerin silindi.
lab-classifier-restored = Sakladığın çizimler geri geldi.
