# Klar – strings of the teacher and admin screens only: the admin PIN, the teacher view, a learner's
# page in it, the class report and its CSV, imports of progress files, the teachers' pages.
# A learner never meets these. Leichte Sprache (de-x-ls) needs no copy of this file: it falls back
# to standard German. Every string a learner can meet belongs in one of the other files.

## Admin PIN: setting up a classroom or library PC, and opening the teacher view

mode-pin-hint = يجب ألّا يعرف هذا الرمز إلا الشخص الذي يُعِدّ هذا الحاسوب. يلزم لفتح عرض المعلّم ولتغيير الوضع.
admin-pin-enter-label = الرمز السري للمشرف
admin-pin-new-label = الرمز السري للمشرف (من 6 إلى 8 أرقام)
teacher-pin-title = عرض المعلّم
teacher-pin-submit = فتح عرض المعلّم
teacher-badge = المعلّم
teacher-lock = مغادرة عرض المعلّم
teacher-pin-short = الرمز السري للمشرف أقصر من 6 أرقام، لذلك يسهل تخمينه. يُرجى اختيار رمز جديد من 6 إلى 8 أرقام.
teacher-pin-change = تغيير الرمز السري للمشرف
teacher-pin-changed = تم تغيير الرمز السري للمشرف.
# label form: the number stands after a colon, so no plural agreement is needed
teacher-admin-failed = منذ آخر مرة فُتح فيها عرض المعلّم، أُدخل رمز سري خاطئ للمشرف. عدد المرات: { $count } (آخر مرة: { $time }).

## Teacher view: the class

teacher-title = صفّكم
teacher-export-csv = تصدير الجدول (CSV)
teacher-export-class = تصدير تقدّم الصف
teacher-import = استيراد التقدّم
teacher-imported = استُورد التقدّم: متعلّمون جدد: { $added }، محدَّثون: { $updated }، دروس مدمجة: { $lessons }.
teacher-add-done = تم
teacher-added-no-secret = تمت إضافة { $name }. عيّنوا الآن كلمة مرور مصوّرة أو رمزًا سريًا حتى يصبح بإمكان { $name } تسجيل الدخول.
teacher-set-sign-in-now = تعيين تسجيل الدخول الآن
teacher-sign-in-toggle = يسجّل المتعلّمون الدخول بكلمة مرور مصوّرة أو برمز سري
teacher-sign-in-off-explain = بدون تسجيل الدخول يستطيع أي شخص على هذا الحاسوب أن يختار أي اسم ويفتح دروس هذا الزميل وتأمّلاته الخاصة.
teacher-sign-in-off-title = إيقاف تسجيل الدخول؟
teacher-sign-in-off-confirm = إيقاف تسجيل الدخول
teacher-sign-in-keep = إبقاء تسجيل الدخول مفعّلًا
teacher-sign-in-off-warning = تسجيل الدخول متوقّف. يستطيع أي شخص على هذا الحاسوب فتح دروس أي زميل وتأمّلاته الخاصة.
teacher-report-title = التقدّم
teacher-print-grid = طباعة النظرة العامة
teacher-grid-hint = خانة لكل متعلّم ولكل درس. اختاروا خانة لعرض الإجابات، أو اسمًا لعرض صفحة المتعلّم. يحتوي تصدير CSV أيضًا على الوقت المستغرق في كل درس.
teacher-grid-legend = ما تعرضه الخانات
teacher-grid-score-hint = { $correct }/{ $total } = { $correct } من { $total } أسئلة صحيحة من المحاولة الأولى
teacher-grid-cell-label = { $name }، الدرس { $number }: { $state }، { $score }
teacher-grid-cell-label-no-score = { $name }، الدرس { $number }: { $state }
teacher-no-learners = لا يوجد متعلّمون بعد. أضيفوا متعلّمي صفّكم بزر «متعلّم جديد».
teacher-difficult-title = أسئلة صعبة
teacher-difficult-none = لم يُجِب أحد بعد عن أي سؤال إجابة خاطئة في المحاولة الأولى.
teacher-difficult-count = أخطأ في المحاولة الأولى: { $wrong } من أصل { $answered }
# label form: the number stands after a colon, so no plural agreement is needed
teacher-difficult-common = الإجابة الخاطئة الأكثر اختيارًا (عدد المتعلّمين: { $count }):
teacher-attempts-title = تسجيل الدخول
# label form: the number stands after a colon, so no plural agreement is needed
teacher-attempts-missing = عدد المتعلّمين الذين ليس لديهم بعد كلمة مرور مصوّرة أو رمز سري ولا يستطيعون تسجيل الدخول: { $count }. اختاروا اسمًا لتعيين واحدة.
teacher-col-learner = المتعلّم
teacher-col-sign-in = تسجيل الدخول
teacher-col-failed = المحاولات الخاطئة
teacher-col-last-failed = آخر محاولة خاطئة
teacher-col-locked = مقفل
teacher-sign-in-none = لا يوجد بعد
teacher-sign-in-pictures = كلمة مرور مصوّرة
teacher-sign-in-pin = رمز سري
teacher-locked-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
teacher-attempts-hint = تُحسب المحاولات الخاطئة منذ آخر تسجيل دخول ناجح للمتعلّم. قد تعني المحاولات الخاطئة الكثيرة أن شخصًا حاول الدخول باسم هذا المتعلّم.
teacher-idle-label = تسجيل خروج المتعلّمين بعد هذا العدد من الدقائق دون نشاط
teacher-idle-hint = من 1 إلى 240 دقيقة. وبذلك لا يجد الشخص التالي على هذا الحاسوب عمل المتعلّم السابق مفتوحًا.
teacher-idle-save = حفظ
teacher-idle-saved = تم حفظ المدة.

## Teacher view: one learner's page (private reflections stay out of the teacher's export)

teacher-back-class = العودة إلى الصف
teacher-learner-summary = الدروس المنجزة: { $done } من { $total } · الوقت المستغرق: { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
teacher-record = سجلّ الدروس المنجزة
teacher-export-learner = تصدير التقدّم
teacher-export-learner-data = تصدير البيانات (JSON و CSV، التأمّلات المشارَكة فقط)
teacher-delete = حذف المتعلّم
teacher-secret-title = تسجيل الدخول
teacher-secret-none = لا توجد كلمة مرور مصوّرة ولا رمز سري بعد.
teacher-secret-pictures = يسجّل الدخول بكلمة مرور مصوّرة.
teacher-secret-pin = يسجّل الدخول برمز سري.
teacher-secret-off-hint = تسجيل الدخول بكلمة مرور مصوّرة أو برمز سري متوقّف للصف؛ يختار المتعلّمون أسماءهم فقط.
teacher-secret-none-required = لا يمكن لـ{ $name } تسجيل الدخول قبل أن تعيّنوا كلمة مرور مصوّرة أو رمزًا سريًا.
teacher-learner-failed = المحاولات الخاطئة منذ آخر تسجيل دخول ناجح: { $count }
teacher-learner-last-failed = آخر محاولة خاطئة: { $time }
teacher-learner-locked = مقفل: المحاولة التالية ممكنة بعد { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}.
teacher-set-pictures = تعيين كلمة مرور مصوّرة
teacher-set-pin = تعيين رمز سري
teacher-clear-secret = إزالة تسجيل الدخول
teacher-pictures-help = اختاروا ثلاث صور بالترتيب لـ { $name }. يمكنكم بعد ذلك طباعتها كبطاقة.
teacher-pin-label = الرمز السري (من 4 إلى 8 أرقام)
teacher-secret-save = حفظ
teacher-secret-saved = حُفظ تسجيل الدخول.
teacher-lessons-title = الدروس
teacher-col-state = الحالة
teacher-col-score = النتيجة
teacher-shared-title = التأمّلات المشارَكة
teacher-shared-none = لم يشارك هذا المتعلّم أي تأمّل. تبقى التأمّلات خاصة ما لم يشاركها المتعلّم.
teacher-detail-started = البداية
teacher-detail-completed = الإنجاز
teacher-detail-answers = الإجابات
teacher-detail-no-answers = لم تتم الإجابة عن أي سؤال في هذا الدرس بعد.
teacher-detail-first-right = صحيحة من المحاولة الأولى
teacher-detail-first-wrong = خاطئة في المحاولة الأولى
# label form: the number stands after a colon, so no plural agreement is needed
teacher-detail-tries = عدد المحاولات: { $count }
teacher-detail-later-right = صحيحة لاحقًا
teacher-detail-first-choice = الإجابة الأولى:
teacher-detail-learner-page = فتح صفحة المتعلّم
teacher-detail-close = إغلاق

## The picture password card, on screen for the teacher (the printed card's own line, card-prompt, is in classroom.ftl)

card-title = بطاقة كلمة المرور المصوّرة
card-once = اطبعوا هذه البطاقة الآن: تُحفظ كلمة المرور المصوّرة بطريقة لا يستطيع أحد قراءتها، لذلك لا يمكن عرض البطاقة مرة أخرى لاحقًا.

## The class report and its CSV export (built in Rust)

report-col-learner = المتعلّم
report-col-state = { $name }: الحالة
report-col-score = { $name }: النتيجة
report-col-time = { $name }: الوقت
report-score = { $correct } من { $total }
report-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}

## Importing a progress file in the teacher view: the preview shown before anything changes, and the import's errors

import-preview-title = هل تريدون استيراد ملف التقدّم هذا؟
import-preview-intro = لم يتغيّر شيء بعد. راجعوا ما سيفعله هذا الملف، ثم اختاروا «استيراد» أو «إلغاء».
import-preview-source = صُدِّر في { $date } من الحاسوب «{ $device }».
import-preview-source-unnamed = صُدِّر في { $date }.
import-preview-kind-class = صفّ كامل
import-preview-kind-learner = تقدّم متعلّم واحد
import-preview-kind-learner-data = كل بيانات متعلّم واحد
import-preview-counts = متعلّمون جدد: { $added }. محدَّثون: { $updated }. دون تغيير: { $unchanged }.
import-preview-nothing-new = لا يحتوي هذا الملف على شيء جديد لهذا الحاسوب.
import-preview-new = جديد
import-preview-updated = سيُحدَّث
import-preview-name-in-file = الاسم في الملف: { $name }
import-preview-look-alike = يوجد هنا شخص آخر بالاسم نفسه. تأكّدوا أنّ هذا شخص مختلف فعلًا.
import-preview-look-alikes = أسماء تشبه أسماء أشخاص آخرين: { $count }. يُرجى التحقّق منها قبل الاستيراد.
import-preview-completed = سيُعلَّم كمكتمل:
import-preview-other-lessons = دروس غير موجودة على هذا الحاسوب: { $count }
import-preview-details = الدروس: { $lessons } · الإجابات: { $answers } · التأمّلات: { $reflections }
import-preview-confirm = استيراد
import-preview-cancel = إلغاء
error-import-expired = لم يعد هذا الاستيراد بانتظاركم (فقد أُكِّد أو أُلغي أو بقي مفتوحًا مدة طويلة). يُرجى اختيار الملف مرة أخرى.
error-import-not-klar = هذا ليس ملف تقدّم من Klar. لم يتغيّر شيء.
error-import-newer = أُنشئ هذا الملف بإصدار أحدث من Klar. يُرجى تحديث Klar على هذا الحاسوب؛ لم يتغيّر شيء.
error-import-corrupt = ملف التقدّم هذا تالف، لذلك لم يُستورد. لم يتغيّر شيء. التفاصيل التقنية: { $detail }
error-import-too-large = هذا الملف أكبر من اللازم لملف تقدّم من Klar (أكثر من { $count } ميغابايت). لم يتغيّر شيء.

## A lesson's page for teachers

teachers-title = للمعلّمين

## مدى ثقة الصف (سؤال «ما مدى ثقتك؟» مع الإجابات الأولى)
teacher-calibration-title = مدى ثقة الصف
teacher-calibration-explain = قبل التحقق من الإجابة الأولى يقول كل متعلم مدى تأكده. لكل سؤال: كم أجاب إجابة صحيحة (✓) وكم أخطأ (✗) في كل مستوى. حالات «متأكد لكنه أخطأ» تستحق النقاش.
teacher-calibration-none = لم يذكر أي متعلم بعد مدى تأكده.
teacher-calibration-question = السؤال
teacher-calibration-place = الدرس { $lesson }، السؤال { $question }
