## Puanlı bir cevap kontrol edilmeden önce "Ne kadar eminsin?" ve dersin sonunda: ne kadar emindin,
## cevapların nasıl çıktı (yalnızca ilk cevaplar).

calibration-ask = Ne kadar eminsin?
calibration-ask-hint = Birini seç, sonra cevabını kontrol et.
calibration-sure = Eminim
calibration-think = Sanırım öyle
calibration-guess = Tahmin ediyorum
calibration-you-said = Seçimin: { $confidence }
calibration-title = Ne kadar emindin?
calibration-table = Bu dersteki ilk cevapların: ne kadar emin olduğun ve cevabın doğru olup olmadığı
calibration-right = Doğru
calibration-wrong = Yanlış
calibration-empty = Soruları cevapla ve ne kadar emin olduğunu söyle. Burada hissinin ne kadar tuttuğunu göreceksin.
calibration-sure-wrong = { $count ->
    [one] Bir kez
   *[other] { $count } kez
} emindin ve yanıldın — tıpkı { $lesson }. dersteki model gibi.
calibration-sure-wrong-plain = { $count ->
    [one] Bir kez
   *[other] { $count } kez
} emindin ve yanıldın. Emin hissetmek bir cevabı doğru yapmaz.
calibration-sure-wrong-here = { $count ->
    [one] Bir kez
   *[other] { $count } kez
} emindin ve yanıldın — tıpkı bu dersteki model gibi.
calibration-guesses-right = { $count ->
    [one] Bir kez tahmin ettin ve doğru bildin
   *[other] { $count } kez tahmin ettin ve her seferinde doğru bildin
} — düşündüğünden fazlasını biliyorsun.
calibration-sure-right = { $count ->
    [one] Bir kez emindin ve haklıydın.
   *[other] Emin olduğunda her seferinde haklıydın ({ $count } kez).
}
calibration-all-guesses = { $count ->
    [one] Tek cevabında tahmin ettin ve cevabın { $right ->
        [0] yanlıştı
       *[other] doğruydu
    }. Dersi yeniden okumak seni daha emin yapabilir.
   *[other] { $count } cevabın hepsinde tahmin ettin; { $right } tanesi doğruydu. Dersi yeniden okumak seni daha emin yapabilir.
}
calibration-think-result = { $total ->
    [one] Bir kez "Sanırım öyle" dedin ve { $right ->
        [0] yanıldın
       *[other] haklıydın
    }.
   *[other] { $total } kez "Sanırım öyle" dedin; bunların { $right } tanesinde haklıydın.
}
