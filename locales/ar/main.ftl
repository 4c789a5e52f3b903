# Klar – نصوص واجهة المستخدم بالعربية (القالب هو الملف الإنجليزي؛ المعرّفات نفسها).

app-title = Klar
app-tagline = تعلّم استخدام الذكاء الاصطناعي – بوعي وأمان.

## First start (التشغيل الأول)

language-choose-title = اختر لغتك
language-choose-hint = يمكنك تغييرها لاحقًا من الإعدادات.
language-continue = متابعة
welcome-title = أهلًا بك في Klar
welcome-body = يعلّمك Klar كيف يعمل الذكاء الاصطناعي، وأين يخطئ، وكيف تستخدمه بأمان – في دروس قصيرة مع تجارب صغيرة على هذا الحاسوب.
welcome-offline = كل شيء يبقى على هذا الحاسوب. لا يستخدم Klar الإنترنت، ولا يخرج أي شيء تكتبه من هذا الجهاز.
welcome-start = هيا نبدأ

## Learners (المتعلّمون)

learners-title = من يتعلّم الآن؟
learners-new = متعلّم جديد
learners-guest = المتابعة كضيف
learners-guest-note = عند الدخول كضيف، يُحفظ العمل فقط إلى أن يُغلَق تطبيق Klar.
learners-empty = لم يبدأ أحد بعد. أضف متعلّمًا جديدًا أو تابع كضيف.
learner-create-title = متعلّم جديد
learner-name-label = اسمك (أو اسم مستعار)
learner-name-hint = يظهر على هذا الحاسوب فقط. لا بريد إلكتروني ولا تاريخ ميلاد.
learner-avatar-label = اختر صورة
learner-create = إنشاء
learner-cancel = إلغاء
learner-switch = تغيير المتعلّم
learner-guest-name = ضيف
guest-banner = هذه جلسة ضيف. يُحفظ عملك فقط إلى أن تُغلق تطبيق Klar.

avatar-sun = شمس
avatar-moon = قمر
avatar-star = نجمة
avatar-tree = شجرة
avatar-flower = زهرة
avatar-leaf = ورقة شجر
avatar-fish = سمكة
avatar-mountain = جبل
avatar-wave = موجة
avatar-heart = قلب
avatar-bolt = برق
avatar-cloud = غيمة

## Course map (خريطة الدورة)

home-title = دورتك
home-lesson-number = الدرس { $number }
home-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
lesson-state-not-started = لم يبدأ بعد
lesson-state-in-progress = قيد التعلّم
lesson-state-done = مكتمل
lesson-score = الإجابات الصحيحة من المحاولة الأولى: { $correct } من { $total }
lesson-unavailable = لا يمكن فتح هذا الدرس الآن.
lesson-unavailable-reason = السبب: { $reason }
lesson-open = فتح
lesson-continue = متابعة
lesson-review = مراجعة

## Lesson player (عرض الدرس)

player-back = العودة إلى الدورة
player-step-of = الخطوة { $current } من { $total }
player-previous = السابق
player-next = التالي
player-finish = إنهاء الدرس
player-finished = انتهى الدرس. أحسنت!
step-kind-summary = باختصار
step-kind-takeaway = عادة تستحق المحافظة عليها
step-kind-sources = المصادر
step-facts-checked = آخر تحقّق من المعلومات: { $month }
quiz-title = سؤال
quiz-warmup-title = ما رأيك؟
quiz-choose-one = اختر إجابة واحدة.
quiz-choose-many = اختر كل الإجابات المناسبة.
quiz-check = تحقّق من الإجابة
quiz-try-again = حاول مرة أخرى
quiz-correct = صحيح!
quiz-incorrect = ليس تمامًا. اقرأ الشرح وحاول مرة أخرى.
quiz-warmup-thanks = شكرًا – احتفظ بإجابتك في ذهنك وأنت تتابع القراءة.
quiz-first-try-kept = إجابتك الأولى هي التي تُحسب في النتيجة؛ ومع ذلك يمكنك المحاولة مرة أخرى.
reflect-title = تأمّلك
reflect-private = خاص: أنت وحدك ترى هذا، على هذا الحاسوب.
reflect-placeholder = اكتب أفكارك هنا…
reflect-save = حفظ
reflect-saving = جارٍ الحفظ…
reflect-saved = حُفظ في الساعة { $time }
reflect-unsaved = لم يُحفظ بعد
demo-title = تجربة حيّة: { $demo }
demo-preset = الإعداد المسبق: { $preset }
demo-task = مهمّتك

demo-name-next-token = مستكشف التوكن التالي
demo-name-tokenizer = عرض التوكنات
demo-name-chat = محادثة مع النموذج الصغير
demo-name-hallucination = فحص الهلوسة
demo-name-bias-probe = اختبار التحيّز
demo-name-classifier = درّب مصنِّفك الخاص
demo-name-detector = كاشف نصوص الذكاء الاصطناعي
demo-name-injection = لعبة حقن التعليمات
demo-name-privacy = إبراز البيانات الشخصية
demo-name-energy = عدّاد الطاقة

glossary-title = قاموس المصطلحات
glossary-close = إغلاق

## Settings (الإعدادات)

settings-title = الإعدادات
settings-language = اللغة
settings-text-size = حجم الخط
settings-text-size-small = صغير
settings-text-size-medium = متوسط
settings-text-size-large = كبير
settings-text-size-xlarge = كبير جدًا
settings-contrast = تباين عالٍ
settings-motion = تقليل الحركة
settings-data-file = أين تُحفظ بياناتك
settings-data-file-hint = ملف واحد على هذا الحاسوب. لا يُرسَل أي شيء إلى أي مكان.
settings-guest-data = عمل الضيف لا يُحفظ على الجهاز بعد إغلاق Klar.
settings-delete-learner = حذف هذا المتعلّم وكل بياناته
settings-delete-confirm-title = حذف { $name }؟
settings-delete-confirm-body = سيؤدي هذا إلى حذف كل بيانات { $name } من هذا الحاسوب: التقدّم والإجابات والتأمّلات. لا يمكن التراجع عن ذلك.
settings-delete-confirm = نعم، احذف كل شيء
settings-delete-cancel = لا تحذف
settings-deleted = حُذف المتعلّم وكل بياناته.
settings-close = إغلاق

## Errors (رسائل الخطأ التي يراها المتعلّمون)

error-title = حدث خطأ ما
error-not-found = هذا العنصر لم يعد موجودًا.
error-invalid-input = لم ينجح ذلك: { $detail }
error-database-newer = حُفظت بياناتك بإصدار أحدث من Klar. يُرجى تحديث Klar؛ لم يتغيّر شيء في بياناتك.
error-database-corrupt = ملف بيانات Klar تالف. نسخك السابقة محفوظة في مجلد النسخ الاحتياطية بجانبه. يُرجى طلب المساعدة قبل حذف أي شيء.
error-database-busy = ملف بيانات Klar قيد الاستخدام. انتظر لحظة وحاول مرة أخرى.
error-disk-full = القرص ممتلئ، لذلك لم يتمكّن Klar من الحفظ. أفرغ بعض المساحة؛ لن يضيع شيء مما حُفظ من قبل.
error-read-only = لا يستطيع Klar الكتابة في مجلد بياناته. يُرجى التحقّق من صلاحيات المجلد.
error-io = لم يتمكّن Klar من قراءة ملف أو كتابته: { $detail }
error-lesson-unavailable = لا يمكن فتح هذا الدرس الآن.
error-internal = حدث خطأ غير متوقّع. عملك المحفوظ في أمان.
error-already-running = تطبيق Klar مفتوح بالفعل، وقد نُقلت نافذته إلى الواجهة.
error-dismiss = حسنًا

## Added for the UI

error-retry = حاول مرة أخرى

## Classroom

mode-choose-title = كيف سيُستخدم هذا الحاسوب؟
mode-personal = في البيت
mode-personal-hint = متعلّم واحد أو بضعة متعلّمين. دون تسجيل دخول.
mode-classroom = في الصف
mode-classroom-hint = قائمة بأسماء الصف. يختار المتعلّمون أسماءهم، ويرى المعلّم التقدّم.
mode-library = في مكتبة عامة
mode-library-hint = جلسات ضيوف فقط. لا يُحفظ شيء مما يفعله الضيف.
idle-warning = ستنتهي هذه الجلسة بعد { $count ->
    [zero] لحظات
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $count } ثوانٍ
    [many] { $count } ثانية
   *[other] { $count } ثانية
}، وسيُحذف كل ما فيها.
idle-stay = ما زلت هنا

record-title = شهادة تدريب على الإلمام بالذكاء الاصطناعي
# label form: the number stands after a colon, so no plural agreement is needed
record-statement = الاسم: { $name }. عدد الدروس المكتملة من دورة Klar لفهم الذكاء الاصطناعي واستخدامه: { $count }. يمكن استخدام هذه الشهادة دليلًا على إجراء لدعم الإلمام بالذكاء الاصطناعي وفق المادة 4 من قانون الذكاء الاصطناعي الأوروبي (AI Act، اللائحة الأوروبية رقم 2024/1689).

picture-apple = تفاحة
picture-ball = كرة
picture-bird = طائر
picture-boat = قارب
picture-car = سيارة
picture-cat = قطة
picture-dog = كلب
picture-house = بيت
picture-key = مفتاح
picture-cup = كوب
picture-umbrella = مظلة
picture-bicycle = دراجة

# label form: the number stands after a colon, so no plural agreement is needed
error-admin-pin-wrong = الرمز السري غير صحيح. المحاولات المتبقية: { $count }. بعدها يُقفل الرمز لمدة دقيقة.
# label form: the number stands after a colon, so no plural agreement is needed
error-locked = محاولات خاطئة كثيرة. يُرجى الانتظار ثم المحاولة من جديد (الثواني المتبقية: { $count }).
error-admin-required = لا يستطيع فعل هذا إلا المعلّم. يُرجى إدخال الرمز السري للمشرف أولًا.
error-not-allowed-in-mode = هذا غير ممكن بالطريقة التي ضُبط بها هذا الحاسوب.
# label form: the number stands after a colon, so no plural agreement is needed
error-sign-in-wrong = هذا غير صحيح. المحاولات المتبقية: { $count }.
error-sign-in-secret-missing = لم يُعِدّ معلّمك كلمة المرور المصوّرة أو الرمز السري الخاص بك بعد. يُرجى سؤال معلّمك.

## Lab: privacy highlighter

privacy-kind-name = الاسم
privacy-why-name = اسمك يكشف هويتك. قد تُحفظ المحادثات مع روبوتات المحادثة على الإنترنت ويقرؤها أشخاص آخرون، ومع معلومات أخرى يصبح العثور عليك سهلًا.
privacy-kind-address = عنوان السكن
privacy-why-address = عنوانك يكشف مكان سكنك. إذا حُفظت المحادثة أو تسرّبت، فقد يعرف الغرباء أين يجدونك.
privacy-kind-phone = رقم الهاتف
privacy-why-phone = رقم الهاتف يوصل إليك مباشرة. إذا وقع في أيدٍ غير أمينة، فقد يُستخدم في الرسائل المزعجة ومكالمات الاحتيال.
privacy-kind-email = البريد الإلكتروني
privacy-why-email = كثيرًا ما يتضمن عنوان بريدك الإلكتروني اسمك، وهو مفتاح كثير من حساباتك. إذا تسرّب، فقد تصلك رسائل مزعجة أو رسائل مزيفة هدفها خداعك.
privacy-kind-iban = الحساب المصرفي (IBAN)
privacy-why-iban = رقم الآيبان (IBAN) هو رقم حسابك المصرفي. يمكن للمحتالين استخدامه في عمليات خصم مزيفة أو في رسائل احتيال تبدو حقيقية.
privacy-kind-birth-date = تاريخ الميلاد
privacy-why-birth-date = تستخدم البنوك والجهات الرسمية تاريخ ميلادك للتحقق من هويتك. ومع اسمك، يسهّل على الآخرين انتحال شخصيتك.
privacy-kind-health = معلومات صحية
privacy-why-health = الأمراض والعلاج والحمل معلومات شديدة الخصوصية. بعد إرسالها إلى روبوت محادثة على الإنترنت، لا يعود بإمكانك التحكم في من يحفظها أو يقرؤها.
privacy-kind-id-number = رقم الهوية أو رقم التعريف الضريبي
privacy-why-id-number = رقم جواز السفر، ورقم الهوية، ورقم التعريف الضريبي (Steuer-ID)، ورقم التأمين الاجتماعي (Sozialversicherungsnummer): كلها تخصّك وحدك. وبها يمكن لغيرك انتحال شخصيتك أو توقيع عقود باسمك.
