## وضع الجهاز، تسجيل الدخول في الصف، الضيوف في المكتبة، عرض المعلّم

mode-choose-legend = اختر واحدًا
mode-pin-hint = يجب أن يعرف هذا الرمز الشخص الذي يُعدّ هذا الحاسوب فقط. يلزم لفتح عرض المعلّم ولتغيير الوضع.
mode-continue = متابعة
settings-mode = وضع الجهاز
settings-mode-change = تغيير وضع الجهاز
settings-mode-hint = تغيير الوضع يُخرج من يتعلّم الآن.
settings-mode-save = تغيير الوضع

classroom-title = من أنت؟
classroom-pick-name = اختر اسمك.
classroom-empty = لا يوجد أحد في قائمة الصف بعد. معلّمك يضيف المتعلّمين.
classroom-hello = مرحبًا يا { $name }!
classroom-pictures-prompt = اضغط على صورك الثلاث بالترتيب الصحيح.
classroom-pin-prompt = رمزك السري
classroom-sign-in = تسجيل الدخول
pictures-chosen = الصور المختارة حتى الآن
pictures-empty-slot = لم تُختر بعد
pictures-clear = البدء من جديد

library-title = أهلًا وسهلًا!
library-start = البدء كضيف
library-guest-note = على هذا الحاسوب تتعلّم كضيف. لا يُحفظ شيء مما تفعله: يُحذف كل شيء عند تسجيل الخروج، وبعد 10 دقائق دون نشاط، وعند إغلاق Klar.
library-guest-banner = أنت ضيف. يُحذف كل ما تفعله هنا عند تسجيل الخروج أو بعد 10 دقائق دون نشاط.
idle-title = هل ما زلت هنا؟
idle-ended = انتهت جلسة الضيف بعد 10 دقائق دون نشاط. حُذف كل ما فيها.

teacher-button = المعلّم
teacher-pin-title = عرض المعلّم
teacher-pin-submit = فتح عرض المعلّم
teacher-badge = المعلّم
teacher-lock = مغادرة عرض المعلّم
teacher-title = صفّك
teacher-export-csv = تصدير الجدول (CSV)
teacher-export-class = تصدير تقدّم الصف
teacher-import = استيراد التقدّم
teacher-add-done = تم
teacher-sign-in-toggle = يسجّل المتعلّمون الدخول بكلمة مرور من الصور أو برمز سري
teacher-report-title = التقدّم
teacher-report-hint = يحتوي تصدير CSV على هذا الجدول تمامًا. اختر اسمًا لعرض صفحة المتعلّم.
teacher-no-learners = لا يوجد متعلّمون بعد. أضف متعلّمي صفّك بزر «متعلّم جديد».
teacher-difficult-title = أسئلة صعبة
teacher-difficult-none = لم تُجب أي سؤال إجابة خاطئة في المحاولة الأولى بعد.
teacher-difficult-count = خطأ في المحاولة الأولى: { $wrong } من { $answered } متعلّمين
teacher-imported = استُورد التقدّم: متعلّمون جدد: { $added }، محدَّثون: { $updated }، دروس مدمجة: { $lessons }.
teacher-back-class = العودة إلى الصف
teacher-learner-summary = الدروس المنجزة: { $done } من { $total } · الوقت المستغرق: { $minutes } دقيقة
teacher-record = سجلّ الدروس المنجزة
teacher-export-learner = تصدير التقدّم
teacher-export-data = تصدير كل البيانات (JSON و CSV)
teacher-delete = حذف المتعلّم
teacher-secret-title = تسجيل الدخول
teacher-secret-none = لا توجد كلمة مرور من الصور ولا رمز سري بعد.
teacher-secret-pictures = يسجّل الدخول بكلمة مرور من الصور.
teacher-secret-pin = يسجّل الدخول برمز سري.
teacher-secret-off-hint = تسجيل الدخول بكلمة مرور من الصور أو برمز سري متوقّف للصف؛ يختار المتعلّمون أسماءهم فقط.
teacher-set-pictures = تعيين كلمة مرور من الصور
teacher-set-pin = تعيين رمز سري
teacher-clear-secret = إزالة تسجيل الدخول
teacher-pictures-help = اختر ثلاث صور بالترتيب لـ { $name }. يمكنك بعد ذلك طباعتها كبطاقة.
teacher-pin-label = الرمز السري (من 4 إلى 8 أرقام)
teacher-secret-save = حفظ
teacher-secret-saved = حُفظ تسجيل الدخول.
teacher-lessons-title = الدروس
teacher-col-lesson = الدرس
teacher-col-state = الحالة
teacher-col-score = النتيجة
teacher-col-time = الوقت
teacher-shared-title = التأمّلات المشارَكة
teacher-shared-none = لم يشارك هذا المتعلّم أي تأمّل. تبقى التأمّلات خاصة ما لم يشاركها المتعلّم.

record-lessons = الدروس المنجزة: { $done } من { $total } ({ $minutes } دقيقة)
record-none = لم يُنجز أي درس بعد.
record-col-completed = تاريخ الإنجاز
record-col-topics = المواضيع
record-topics-title = المواضيع التي غُطّيت

card-title = بطاقة كلمة المرور من الصور
card-once = اطبع هذه البطاقة الآن: تُحفظ كلمة المرور من الصور بطريقة لا يستطيع أحد قراءتها، لذلك لا يمكن عرض البطاقة مرة أخرى لاحقًا.
card-prompt = صوري لـ Klar، بهذا الترتيب:

reflect-share = المشاركة مع معلّمي
reflect-shared = يستطيع معلّمك قراءة هذا التأمّل.

data-title = بياناتي
data-hint = احفظ كل ما يحفظه Klar عنك (التقدّم والإجابات والتأمّلات) كملفات JSON و CSV في مجلّد تختاره.
data-export = تصدير بياناتي
data-exported = حُفظت الملفات ({ $count }): { $files }
file-saved = حُفظ باسم { $file }.

## Sign-in protection: escalating locks, the admin PIN's length, failed attempts, idle sign-out

error-locked-minutes = محاولات خاطئة كثيرة. يُرجى الانتظار ثم المحاولة من جديد (الدقائق المتبقية: { $count }).
admin-pin-enter-label = رمز PIN للمشرف
admin-pin-new-label = رمز PIN للمشرف (من 6 إلى 8 أرقام)
teacher-sign-in-off-explain = بدون تسجيل الدخول يستطيع أي شخص على هذا الحاسوب أن يختار أي اسم ويفتح دروس هذا الزميل وتأمّلاته الخاصة.
teacher-sign-in-off-title = إيقاف تسجيل الدخول؟
teacher-sign-in-off-confirm = أوقف تسجيل الدخول
teacher-sign-in-keep = أبقِ تسجيل الدخول مفعّلًا
teacher-sign-in-off-warning = تسجيل الدخول متوقّف. يستطيع أي شخص على هذا الحاسوب فتح دروس أي زميل وتأمّلاته الخاصة.
teacher-attempts-title = تسجيل الدخول
teacher-attempts-missing = عدد المتعلّمين الذين ليس لديهم بعد كلمة مرور من الصور أو رمز سري ولا يستطيعون تسجيل الدخول: { $count }. اختر اسمًا لتعيين واحدة.
teacher-col-learner = المتعلّم
teacher-col-sign-in = تسجيل الدخول
teacher-col-failed = المحاولات الخاطئة
teacher-col-last-failed = آخر محاولة خاطئة
teacher-col-locked = مقفل
teacher-sign-in-none = لا يوجد بعد
teacher-sign-in-pictures = كلمة مرور من الصور
teacher-sign-in-pin = رمز سري
teacher-locked-minutes = { $count } دقيقة
teacher-attempts-hint = تُحسب المحاولات الخاطئة منذ آخر تسجيل دخول ناجح للمتعلّم. قد تعني المحاولات الخاطئة الكثيرة أن شخصًا حاول الدخول باسم هذا المتعلّم.
teacher-admin-failed = منذ آخر مرة فُتح فيها عرض المعلّم، أُدخل رمز PIN خاطئ للمشرف. عدد المرات: { $count } (آخر مرة: { $time }).
teacher-pin-short = رمز PIN للمشرف أقصر من 6 أرقام، لذلك يسهل تخمينه. يُرجى اختيار رمز جديد من 6 إلى 8 أرقام.
teacher-pin-change = غيّر رمز PIN للمشرف
teacher-pin-changed = تم تغيير رمز PIN للمشرف.
teacher-idle-label = سجّل خروج المتعلّمين بعد هذا العدد من الدقائق دون نشاط
teacher-idle-hint = من 1 إلى 240 دقيقة. وبذلك لا يجد الشخص التالي على هذا الحاسوب عمل المتعلّم السابق مفتوحًا.
teacher-idle-save = احفظ
teacher-idle-saved = تم حفظ المدة.
teacher-added-no-secret = تمت إضافة { $name }. عيّن الآن كلمة مرور من الصور أو رمزًا سريًا حتى يستطيع { $name } تسجيل الدخول.
teacher-set-sign-in-now = عيّن تسجيل الدخول الآن
teacher-learner-failed = المحاولات الخاطئة منذ آخر تسجيل دخول ناجح: { $count }
teacher-learner-last-failed = آخر محاولة خاطئة: { $time }
teacher-learner-locked = مقفل: المحاولة التالية ممكنة بعد { $count } دقيقة.
teacher-secret-none-required = لا يستطيع { $name } تسجيل الدخول حتى تعيّن كلمة مرور من الصور أو رمزًا سريًا.
settings-delete-ask-teacher = في الصف، المعلّم وحده يستطيع حذف متعلّم. يُرجى سؤال معلّمك.
