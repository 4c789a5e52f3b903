## وضع الجهاز، تسجيل الدخول في الصف، الضيوف في المكتبة

mode-choose-legend = اختر واحدًا
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
library-guest-banner = هذه جلسة ضيف. يُحذف كل ما تفعله هنا عند تسجيل الخروج أو بعد 10 دقائق دون نشاط.
idle-title = هل ما زلت هنا؟
idle-ended = انتهت جلسة الضيف بعد 10 دقائق دون نشاط. حُذف كل ما فيها.

teacher-button = المعلّم
teacher-col-lesson = الدرس
teacher-col-time = الوقت

record-lessons = الدروس المنجزة: { $done } من { $total } ({ $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
})
record-none = لم يُنجز أي درس بعد.
record-col-completed = تاريخ الإنجاز
record-col-topics = المواضيع
record-topics-title = المواضيع التي غُطّيت

card-prompt = صوري لـ Klar، بهذا الترتيب:

reflect-share = المشاركة مع معلّمي
reflect-shared = يستطيع معلّمك قراءة هذا التأمّل.

data-title = بياناتي
data-hint = احفظ كل ما يحفظه Klar عنك (التقدّم والإجابات والتأمّلات) كملفات JSON و CSV في مجلّد تختاره.
data-export = تصدير بياناتي
data-exported = حُفظت الملفات ({ $count }): { $files }
file-saved = حُفظ باسم { $file }.

## Sign-in protection: locks after wrong tries; deleting a learner in a classroom

# label form: the number stands after a colon, so no plural agreement is needed
error-locked-minutes = محاولات خاطئة كثيرة. يُرجى الانتظار ثم المحاولة من جديد (الدقائق المتبقية: { $count }).
settings-delete-ask-teacher = في الصف، المعلّم وحده يستطيع حذف متعلّم. يُرجى سؤال معلّمك.
