## نسخ ملف البيانات: الاستعادة عند التشغيل وفي الإعدادات

error-data-missing = ملف بيانات Klar مفقود أو فارغ. احتفظ Klar بنسخ منه، فلا داعي لأن يضيع شيء.
restore-title = بيانات Klar مفقودة
restore-intro = لا يجد Klar ملف بياناته، أو أن الملف فارغ. احتفظ Klar بنسخ منه. يمكنك استعادة أحدث نسخة.
restore-newest = استعادة أحدث نسخة (من { $date })
restore-none-good = لا يمكن قراءة أيّ من النسخ. يُرجى طلب المساعدة قبل البدء بـ Klar فارغ.
restore-other-copies = نسخ أخرى
restore-copy = نسخة من { $date }
restore-copy-size = { $kib } كيلوبايت
restore-copy-damaged = تالفة
restore-this = استعادة هذه النسخة
restore-empty = البدء بـ Klar فارغ
restore-empty-warning = سيبدأ Klar حينها دون أي متعلّمين أو تقدّم، ويمكن لشخص جديد إعداد هذا الحاسوب. لا تختر هذا إلا إذا كانت البيانات القديمة غير مطلوبة فعلًا.
restore-empty-confirm = نعم، ابدأ فارغًا
restore-empty-cancel = رجوع
backups-title = النسخ الاحتياطية
backups-intro = يحتفظ Klar بنسخ من بياناته. استعادة نسخة تحلّ محلّ كل ما هو محفوظ الآن. يأخذ Klar أولًا نسخة من البيانات الحالية.
backups-none = لا توجد نسخ بعد.
backups-restore = استعادة
backups-confirm = هل تريد استبدال كل البيانات بالنسخة المأخوذة في { $date }؟
backups-confirm-yes = نعم، استعِد
backups-cancel = إلغاء
backups-restored = تمت استعادة النسخة. يُرجى تسجيل الدخول من جديد.
