## Klar hakkında (Ayarlar'dan): sürüm, derleme tarihi ve uygulamadaki her şeyin lisansları

about-open = Klar hakkında
about-title = Klar hakkında
about-version = Sürüm { $version }, { $date } tarihinde derlendi
about-what = Klar, yapay zekânın nasıl çalıştığını, nerede yanıldığını ve onu nasıl güvenle kullanacağını öğretir. Her şey bu bilgisayarda, internetsiz çalışır.
about-licences-title = Lisanslar
about-licences-intro = Klar, emeklerini özgürce paylaşan birçok kişinin çalışmasıyla yapıldı. Lisansları burada.
about-models = Dil modelleri
about-model-not-installed = Bu bilgisayarda kurulu değil. Bir öğretmen ya da yönetici dosyayı eklediğinde Klar onu kullanabilir.
about-fonts = Yazı tipleri
about-crates = Rust kütüphaneleri ({ $count })
about-npm = Arayüz kütüphaneleri ({ $count })
about-licence-text = Lisans metni
about-licences-missing = Klar'ın bu kopyası lisans listesi olmadan derlendi. Kurulum paketinde bu liste var.
