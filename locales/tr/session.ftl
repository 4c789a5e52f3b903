## Sessions: the idle rule for classroom learners and guests

error-session-expired = Bu bilgisayarı sonra kullanacak kişi devam edemesin diye bu oturum { $count } dakika işlem yapılmadığı için sona erdi. Lütfen yeniden giriş yap.
idle-ended-learner = { $count } dakika işlem yapılmadığı için oturumun kapatıldı. Çalışman kaydedildi: devam etmek için adını seç.
idle-warning-learner = { $count } saniye içinde oturumun kapatılacak. Çalışman kaydedildi.
