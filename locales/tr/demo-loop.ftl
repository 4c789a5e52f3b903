## Dersteki bir demo: önce tahmin et, sonra dene, sonra kendi sonucuna bak.

demo-loop-predict-title = Önce tahmin et
demo-loop-predict-hint = Burada doğru ya da yanlış yok. Ne beklediğini seç – sonra dene ve gör.
demo-loop-your-guess = Tahminin:
demo-loop-change = Tahminimi değiştir
demo-loop-run-title = Şimdi dene
demo-loop-run-after-guess = Önce tahminini yap. Sonra demo açılır.
demo-loop-debrief-title = Ne gördün?
demo-loop-you-expected = Beklediğin:
demo-loop-debrief-hint = Bir an düşün ya da biriyle konuş. Değerlerin bu bilgisayarda kalır.
demo-loop-debrief-waiting = Demoyu denediğinde kendi sonucun burada görünür.
demo-loop-record-failed = Klar sonucunu kaydedemedi: { $message }

## Gerçek bilgiler içeren kartla kontrol: öğrencinin işareti kartınkiyle yan yana.
demo-loop-your-mark = Senin işaretin: { $mark }.
demo-loop-card-says = Kart: { $card }.
demo-loop-card-silent = Kart bu konuda bir şey söylemiyor – bunu başka bir yerden kontrol etmen gerekir.
