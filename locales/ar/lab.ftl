## The AI lab (مختبر الذكاء الاصطناعي: نصوص مشتركة بين كل التجارب)

lab-title = مختبر الذكاء الاصطناعي
lab-intro = هنا يمكنك تجربة ذكاء اصطناعي حقيقي على هذا الحاسوب. لا يخرج أي شيء تكتبه هنا من هذا الجهاز. النموذج اللغوي الصغير يعمل هنا مباشرة، لذلك هو بطيء وكثيرًا ما يخطئ – وهذا أيضًا جزء مما تتعلّمه.
lab-open = فتح المختبر
lab-back-to-lab = كل التجارب
lab-model-line = النموذج اللغوي: { $file } ({ $size } ميغابايت)
lab-model-none = لم يُثبَّت أي نموذج لغوي بعد. التجارب التي تحتاج إليه تشرح كيفية إضافته، أما التجارب الأخرى فتعمل من دونه.
lab-needs-model = تحتاج إلى النموذج اللغوي
lab-desc-next-token = عرض الكلمات التي يرى النموذج أنها قد تأتي بعد ذلك، وكيف تغيّر درجة الحرارة فرصها.
lab-desc-tokenizer = اكتشاف كيف يقطّع النموذج النص إلى توكنات – ولماذا تكلّف بعض اللغات أكثر من غيرها.
lab-desc-chat = محادثة مع ذكاء اصطناعي صغير يعمل على هذا الحاسوب، مع عرض مدى ثقته في كل كلمة.
lab-desc-hallucination = سؤال عن شخص لم يوجد قط، ثم مقارنة كل ادعاء بمصدر.
lab-desc-bias-probe = مقارنة احتمال ظهور كلمة تالية تدل على رجل أو على امرأة بعد جمل عن مهن مختلفة.
lab-desc-classifier = رسم صور، وتدريب ذكاء اصطناعي صغير خاص بك عليها، ثم اختباره.
lab-desc-detector = تقييم نص كما تفعل «كاشفات الذكاء الاصطناعي» – ومعرفة لماذا تتّهم الناس ظلمًا.
lab-desc-injection = محاولة خداع ذكاء اصطناعي ليكشف سرًّا، مستوى بعد مستوى.
lab-desc-privacy = معرفة البيانات الشخصية الموجودة في رسالة قبل إرسالها.
lab-desc-energy = قياس الطاقة التي تستهلكها إجابة واحدة على هذا الحاسوب، ثم تقدير ما يعنيه ذلك على نطاق واسع.
lab-no-model-needed = تعمل من دون نموذج لغوي

lab-loading-model = جارٍ تحميل النموذج اللغوي… (في المرة الأولى فقط)
lab-working = جارٍ العمل…
lab-stopping = جارٍ الإيقاف…
lab-stop = إيقاف
lab-model-missing-hint = يمكن للمعلّم أو المشرف نسخ ملف النموذج إلى ذلك المجلد (انظر ملف README: الأمر «cargo xtask fetch-models» ينزّله مرة واحدة). كل ما عدا ذلك في Klar يعمل من دونه.
lab-ai-label = كتبه ذكاء اصطناعي – وقد يكون خاطئًا
lab-english-note = النموذج الصغير على هذا الحاسوب تعلّم الإنجليزية في الغالب، لذلك الطلبات هنا بالإنجليزية. أما بلغات أخرى فيكتب بشكل أسوأ بكثير – ويمكنك أن تجرّب ذلك بنفسك.
lab-multilingual-note = يجيب هنا النموذج متعدد اللغات. تعلّم لغات كثيرة، لذلك يمكنك أن تكتب بلغتك.
lab-prompt = بداية نص
lab-temperature = درجة الحرارة
lab-temperature-cold = باردة: الكلمة الأكثر احتمالًا دائمًا
lab-temperature-hot = ساخنة: مفاجآت أكثر
lab-seed = البذرة (Seed)
lab-new-seed = بذرة جديدة
lab-generate = توليد
lab-settings = الإعدادات
lab-chars-left = { $count ->
    [zero] لم يبق أي حرف
    [one] بقي حرف واحد
    [two] بقي حرفان
    [few] بقيت { $count } أحرف
    [many] بقي { $count } حرفًا
   *[other] بقي { $count } حرف
}
lab-goal-reached = أحسنت – لقد جرّبت ما تدور حوله هذه التجربة. يمكنك المتابعة متى شئت.

## Next-token explorer (مستكشف التوكن التالي)

lab-nt-show = عرض التوكنات التالية
lab-nt-undo = التراجع عن آخر توكن
lab-nt-start-over = البدء من جديد
lab-nt-so-far = النص حتى الآن
lab-nt-bars-title = ما الذي قد يأتي بعد ذلك (درجة الحرارة { $temperature })
lab-nt-pick = اختيار «{ $token }»
lab-nt-rest = كل التوكنات الأخرى معًا: { $percent }.
lab-nt-pick-hint = يمكنك النقر على عمود لتختار ذلك التوكن بنفسك.
lab-nt-generate-title = متابعة الكتابة بواسطة النموذج
lab-nt-seed-used = كُتب بالبذرة { $seed } ودرجة الحرارة { $temperature }. البذرة نفسها تعطي النص نفسه مرة أخرى، والبذرة الجديدة تعطي نصًا مختلفًا.

## Chat (المحادثة)

lab-chat-system = ما قيل للنموذج قبل المحادثة (رسالة النظام)
lab-chat-you = أنت
lab-chat-model = نموذج ذكاء اصطناعي صغير
lab-chat-writing = النموذج يكتب…
lab-chat-stopped = توقّف
lab-chat-why = لماذا قال ذلك؟
lab-chat-why-hide = إخفاء الاحتمالات
lab-chat-why-title = ما مدى ثقة النموذج، كلمة بكلمة؟
lab-chat-why-explain = الأجزاء المميّزة كانت غير مرجّحة حتى بالنسبة إلى النموذج: لقد اختارها بالصدفة. عند النقر على جزء تظهر الخيارات الأخرى التي كان النموذج ينظر فيها.
lab-chat-why-token = كان احتمال «{ $token }» هو { $percent }. الأكثر احتمالًا في هذا الموضع:
lab-chat-message = رسالتك
lab-chat-send = إرسال
lab-chat-start-over = بدء محادثة جديدة

## Errors of the lab (أخطاء المختبر)

lab-error-model-missing = النموذج اللغوي غير مثبّت على هذا الحاسوب. اسم الملف: { $file }. مكانه في هذا المجلد: { $folder }
lab-error-io = تتعذّر قراءة ملف النموذج { $file }.
lab-error-bad-model-file = الملف { $file } ليس نموذجًا لغويًا صالحًا للاستخدام (ربما يكون تالفًا أو غير مكتمل). يُرجى نسخه مرة أخرى.
lab-error-unsupported-model = الملف { $file } نوع من النماذج لا يستطيع Klar تشغيله. يشغّل Klar نماذج من نوع llama بصيغة GGUF.
lab-error-out-of-memory = لا توجد ذاكرة حرة كافية للنموذج: يحتاج إلى نحو { $needed } ميغابايت، والمتاح { $available } ميغابايت فقط. يُرجى إغلاق البرامج الأخرى والمحاولة مرة أخرى.
lab-error-context-exceeded = هذا أطول مما يستطيع النموذج معالجته: عدد التوكنات { $tokens }، والحد الأقصى { $context }. يُرجى بدء محادثة جديدة أو تقصير النص.
lab-error-too-long = هذا طويل جدًا: عدد الأحرف { $chars }، والحد الأقصى { $max }.
lab-error-invalid-input = لا يمكن استخدام هذا الإدخال. يُرجى التحقّق منه والمحاولة مرة أخرى.
lab-error-too-few-classes = الحد الأدنى لعدد الفئات في المصنِّف: { $min }.
lab-error-too-many-classes = الحد الأقصى لعدد الفئات في المصنِّف: { $max }.
lab-error-class-name-empty = تحتاج كل فئة إلى اسم.
lab-error-class-name-too-long = الحد الأقصى لعدد الأحرف في اسم الفئة: { $max }.
lab-error-duplicate-class-name = هناك فئتان تحملان الاسم نفسه: «{ $class }». يجب أن يكون لكل فئة اسم خاص بها.
lab-error-unknown-class = أحد الرسوم ينتمي إلى فئة لم تعد موجودة. يُرجى إزالته والمحاولة مرة أخرى.
lab-error-too-few-drawings = عدد الرسوم في فئة «{ $class }» هو { $count }، والمطلوب { $needed } على الأقل.
lab-error-too-many-drawings = الرسوم في فئة «{ $class }» أكثر من اللازم: الحد الأقصى { $max } لكل فئة.
lab-error-empty-drawing = الرسم فارغ. يجب رسم شيء أولًا.
lab-error-drawing-too-complex = في هذا الرسم خطوط كثيرة جدًا. يُرجى مسح المساحة ورسمه من جديد بشكل أبسط.
lab-error-bad-point = جزء من الرسم خارج مساحة الرسم. يُرجى مسح المساحة والرسم من جديد.
lab-error-compute = واجه النموذج مشكلة أثناء الحساب. يُرجى المحاولة مرة أخرى، وإذا تكرّر ذلك فيُرجى إعادة تشغيل Klar.
lab-error-cancelled = تم الإيقاف.

## Privacy highlighter (إبراز البيانات الشخصية)

lab-privacy-message = الرسالة التي تريد إرسالها إلى روبوت محادثة على الإنترنت
lab-privacy-check = الفحص قبل الإرسال
lab-privacy-placeholders = استبدال البيانات المميّزة بعبارات بديلة
lab-privacy-offline = لا يُرسَل أي شيء إلى أي مكان: يجري الفحص على هذا الحاسوب، دون أي نموذج ذكاء اصطناعي.
lab-privacy-found = { $count ->
    [0] لم يُعثر على بيانات شخصية
    [zero] لم يُعثر على بيانات شخصية
    [one] عُثر على معلومة شخصية واحدة
    [two] عُثر على معلومتين شخصيتين
    [few] عُثر على { $count } معلومات شخصية
    [many] عُثر على { $count } معلومة شخصية
   *[other] عُثر على { $count } معلومة شخصية
}
lab-privacy-none = لم يعثر الفحص على شيء. يُستحسن أن تقرأ الرسالة بنفسك مرة أخرى: هل ما زالت تكشف هوية أحد؟
lab-privacy-truncated = فُحصت بداية هذا النص الطويل فقط.
lab-privacy-limits = يتّبع الفحص قواعد ثابتة، وتفوته بعض الأشياء: اسم لا تسبقه كلمة «السيد» أو «السيدة» أو «اسمي»، أو طريقة غير مألوفة لكتابة اسم شارع، أو تفاصيل تكشف هوية شخص حتى من دون اسم. القرار فيما ترسله يبقى لك.

## Train your own classifier (درّب مصنِّفك الخاص)

lab-classifier-step-classes = 1. تسمية الفئات
lab-classifier-class-name = اسم الفئة { $number }
lab-classifier-count = الرسوم: { $count } من { $needed }
lab-classifier-add-class = إضافة فئة
lab-classifier-remove-class = إزالة
lab-classifier-skewed = في هذا الدرس البيانات غير متوازنة عن قصد: ارسم مثالين فقط لفئة «{ $class }»، وأمثلة أكثر للفئات الأخرى.
lab-classifier-step-draw = 2. رسم الأمثلة
lab-classifier-pad = مساحة الرسم: يمكن الرسم بالفأرة أو بالقلم أو بالإصبع
lab-classifier-add-as = إضافة إلى «{ $class }»
lab-classifier-clear = مسح
lab-classifier-delete-drawing = حذف هذا الرسم
lab-classifier-step-train = 3. التدريب
lab-classifier-train = تدريب النموذج
lab-classifier-not-ready = تحتاج كل فئة أولًا إلى اسم وعدد كافٍ من الرسوم.
lab-classifier-training = النموذج يتعلّم من رسومك…
lab-classifier-axis-round = جولة التدريب
lab-classifier-axis-loss = الخطأ (Loss)
lab-classifier-trained = مدة التدريب بالثواني: { $seconds }. على رسومك أنت يصيب النموذج في { $accuracy } من الحالات – لكن الاختبار الحقيقي هو الرسوم الجديدة.
lab-classifier-stopped = توقّف التدريب. يحتفظ النموذج بما تعلّمه حتى الآن.
lab-classifier-step-test = 4. الاختبار برسوم جديدة
lab-classifier-test-pad = مساحة الاختبار: ارسم شيئًا جديدًا
lab-classifier-what-is-it = ما هذا؟
lab-classifier-always-picks = لا يعرف النموذج إلا فئاتك، ويختار دائمًا واحدة منها – حتى لرسم لا ينتمي إلى أي منها.
lab-classifier-keep = الاحتفاظ برسومي على هذا الحاسوب
lab-classifier-forget = حذف رسومي
lab-classifier-kept = تُحفظ رسومك لك على هذا الحاسوب.
lab-classifier-deleted = حُذفت رسومك.
lab-classifier-restored = عادت رسومك المحفوظة.
